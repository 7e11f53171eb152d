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


def test_an_unknown_model_is_a_clear_error_naming_the_known_ones() -> None:
    with pytest.raises(PequenoError, match="phi-3-mini-4k-instruct-q4"):
        catalog.find("gpt-17")
