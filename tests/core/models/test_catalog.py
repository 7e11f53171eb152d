"""The model catalog shipped in the package."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.core.errors import PequenoError
from assistant.core.models import catalog, starter


def test_the_catalog_offers_both_phi3_variants_and_the_starter() -> None:
    entries = {entry.id: entry for entry in catalog.entries()}

    assert len(entries) == len(catalog.entries()), "ids are unique"
    four_k = entries["phi-3-mini-4k-instruct-q4"]
    long = entries["phi-3-mini-128k-instruct-q4_k_m"]
    assert (four_k.trained_context, long.trained_context) == (4096, 131072)
    assert long.original_context == 4096
    assert four_k.repo.startswith("microsoft/")
    assert all(e.license for e in entries.values())


def test_the_starter_entry_matches_the_real_file(starter_model: Path) -> None:
    entry = catalog.find("smollm2-135m-instruct-q4_1")

    assert entry.from_pypi
    assert entry.sha256 == starter.SHA256
    assert entry.size_bytes == starter_model.stat().st_size
    assert entry.file == starter.FILE_NAME


def test_download_addresses_follow_the_endpoint_setting() -> None:
    entry = catalog.find("phi-3-mini-4k-instruct-q4")

    assert entry.url() == ("https://huggingface.co/microsoft/Phi-3-mini-4k-instruct-gguf/"
                           "resolve/main/Phi-3-mini-4k-instruct-q4.gguf")
    assert entry.url("https://mirror.example/hf/").startswith("https://mirror.example/hf/microsoft/")


def test_the_microsoft_4k_model_is_pinned_to_its_published_size_and_hash() -> None:
    entry = catalog.find("phi-3-mini-4k-instruct-q4")

    assert (entry.repo, entry.file) == ("microsoft/Phi-3-mini-4k-instruct-gguf",
                                        "Phi-3-mini-4k-instruct-q4.gguf")
    assert entry.size_bytes == 2393231072
    assert entry.size_exact
    assert entry.sha256 == "8a83c7fb9049a9b2e92266fa7ad04933bb53aa1e85136b7b30f1b8000ff2edef"


@pytest.mark.parametrize("endpoint", ["http://mirror.example", "HTTP://huggingface.co",
                                      "ftp://mirror.example", "mirror.example", "https://"])
def test_a_download_endpoint_that_is_not_https_is_refused_plainly(endpoint: str) -> None:
    entry = catalog.find("phi-3-mini-4k-instruct-q4")

    with pytest.raises(PequenoError, match="only over HTTPS") as caught:
        entry.url(endpoint)

    assert endpoint in caught.value.message


def test_a_download_carries_the_catalogs_pin_and_size(tmp_path: Path) -> None:
    pinned = catalog.find("phi-3-mini-4k-instruct-q4").download_spec(tmp_path / "a.gguf")
    long = catalog.find("phi-3-mini-128k-instruct-q4_k_m").download_spec(tmp_path / "b.gguf")

    assert pinned.sha256 == catalog.find("phi-3-mini-4k-instruct-q4").sha256
    assert pinned.max_size == 2393231072
    assert long.sha256 is None, "no pin: the server must publish the hash over HTTPS"
    assert long.max_size is not None
    assert long.max_size <= 1.05 * 2390000000
    assert not long.allows(128), "a tiny file is never taken for Phi-3"


def test_an_unknown_model_is_a_clear_error_naming_the_known_ones() -> None:
    with pytest.raises(PequenoError, match="phi-3-mini-4k-instruct-q4"):
        catalog.find("gpt-17")
