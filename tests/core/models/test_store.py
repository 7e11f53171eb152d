"""Installed models: import by link or copy, list, resolve, remove."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.core.errors import EngineError, PequenoError
from assistant.core.models.store import ModelStore


@pytest.fixture
def store(tmp_path: Path) -> ModelStore:
    return ModelStore(tmp_path / "models")


def test_importing_by_link_costs_no_space_and_removing_keeps_the_original(
        store: ModelStore, phi3_4k: Path) -> None:
    model = store.import_file(phi3_4k)

    assert model.linked
    assert model.path.is_symlink()
    assert model.path.resolve() == phi3_4k.resolve()
    assert model.info().architecture == "phi3"
    assert store.remove(model.id) == 0
    assert phi3_4k.exists()
    assert store.installed() == []


def test_importing_by_copy_and_removing_frees_the_space(store: ModelStore,
                                                         phi3_128k: Path) -> None:
    model = store.import_file(phi3_128k, copy=True)

    assert not model.linked
    assert model.path.read_bytes() == phi3_128k.read_bytes()
    assert store.remove(model.id) == phi3_128k.stat().st_size
    assert not model.path.exists()
    assert not list(store.folder.glob("*.part"))


def test_a_broken_file_is_refused_and_nothing_is_added(store: ModelStore,
                                                        tmp_path: Path) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + os.urandom(512))

    with pytest.raises(EngineError):
        store.import_file(broken, copy=True)
    assert store.installed() == []


def test_the_same_name_twice_is_refused(store: ModelStore, phi3_4k: Path) -> None:
    store.import_file(phi3_4k)

    with pytest.raises(PequenoError, match="already installed"):
        store.import_file(phi3_4k, copy=True)


def test_catalog_models_are_listed_by_catalog_id_and_downloads_in_progress_are_not(
        store: ModelStore, starter_model: Path, phi3_4k: Path) -> None:
    store.folder.mkdir(parents=True)
    os.link(starter_model, store.folder / starter_model.name)
    store.import_file(phi3_4k)
    (store.folder / "Phi-3-mini-4k-instruct-q4.gguf.part").write_bytes(b"half")

    listed = [(m.id, m.entry is not None) for m in store.installed()]

    assert listed == [("smollm2-135m-instruct-q4_1", True), ("tiny-phi3-4k", False)]
    assert store.resolve("smollm2-135m-instruct-q4_1") == store.folder / starter_model.name
    assert store.resolve(str(phi3_4k)) == phi3_4k


def test_an_unknown_id_is_a_clear_error(store: ModelStore) -> None:
    with pytest.raises(PequenoError, match="No installed model"):
        store.find("nothing")
