"""The models dialog on a local server: download, pause, resume, cancel, resume later, use."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from assistant.core.models import catalog
from assistant.core.models.store import ModelStore
from assistant.core.settings import Settings
from assistant.ui.modelsdialog import ModelsDialog
from tests.modelserver import Served, serve_model
from tests.ui.conftest import WindowFactory

MODEL = "phi-3-mini-4k-instruct-q4"


@pytest.fixture
def slow_server(phi3_4k: Path) -> Iterator[tuple[str, Served]]:
    # ~15 MB in 256 KiB pieces 40 ms apart: a download of a few seconds.
    with serve_model(catalog.find(MODEL), phi3_4k, chunk=256 << 10, delay=0.04) as server:
        yield server


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path,
           slow_server: tuple[str, Served]) -> Iterator[ModelsDialog]:
    store = ModelStore(tmp_path / "models")
    opened = ModelsDialog(store, Settings(download_endpoint=slow_server[0]))
    qtbot.addWidget(opened)
    opened.show()
    yield opened
    opened.close()


def _part(dialog: ModelsDialog) -> Path:
    entry = catalog.find(MODEL)
    return dialog.store.path_for(entry).with_name(entry.file + ".part")


def test_download_pause_resume_then_use(qtbot: QtBot, dialog: ModelsDialog,
                                        phi3_4k: Path) -> None:
    dialog.select(MODEL)
    qtbot.mouseClick(dialog.download_button, qtbot_left())
    qtbot.waitUntil(lambda: _part(dialog).exists() and _part(dialog).stat().st_size > 0,
                    timeout=10_000)

    qtbot.mouseClick(dialog.pause_button, qtbot_left())
    qtbot.waitUntil(lambda: dialog.worker.current is not None
                    and dialog.worker.current.state == "paused", timeout=5_000)
    size = _part(dialog).stat().st_size
    qtbot.wait(400)
    assert _part(dialog).stat().st_size == size, "nothing arrives while paused"
    assert dialog.pause_button.text().replace("&", "") == "Resume"

    with qtbot.waitSignal(dialog.downloadEnded, timeout=30_000):
        qtbot.mouseClick(dialog.pause_button, qtbot_left())
    assert dialog.downloading is None

    installed = dialog.store.find(MODEL)
    assert installed.path.read_bytes() == phi3_4k.read_bytes()
    assert not _part(dialog).exists()
    assert "verified" in dialog.status.text()
    chosen: list[str] = []
    dialog.modelChosen.connect(lambda path: chosen.append(path))
    dialog.select(MODEL)
    qtbot.mouseClick(dialog.use_button, qtbot_left())
    assert chosen == [str(installed.path)]


def test_cancel_deletes_the_partial_download(qtbot: QtBot, dialog: ModelsDialog) -> None:
    dialog.select(MODEL)
    dialog.download_selected()
    qtbot.waitUntil(lambda: _part(dialog).exists(), timeout=10_000)

    with qtbot.waitSignal(dialog.downloadEnded, timeout=10_000):
        qtbot.mouseClick(dialog.cancel_button, qtbot_left())
    assert dialog.downloading is None

    assert not _part(dialog).exists()
    assert dialog.store.installed() == []


def test_closing_keeps_the_partial_file_and_the_next_download_resumes_it(
        qtbot: QtBot, tmp_path: Path, slow_server: tuple[str, Served], phi3_4k: Path) -> None:
    endpoint, served = slow_server
    store = ModelStore(tmp_path / "models")
    first = ModelsDialog(store, Settings(download_endpoint=endpoint))
    qtbot.addWidget(first)
    first.select(MODEL)
    first.download_selected()
    qtbot.waitUntil(lambda: _part(first).exists() and _part(first).stat().st_size > 1 << 20,
                    timeout=10_000)
    first.close()
    kept = _part(first).stat().st_size
    assert kept > 0

    second = ModelsDialog(store, Settings(download_endpoint=endpoint))
    qtbot.addWidget(second)
    row = second.tree.topLevelItem(0)
    assert row is not None
    assert "partly downloaded" in row.text(2)
    second.select(MODEL)
    with qtbot.waitSignal(second.downloadEnded, timeout=30_000):
        second.download_selected()
    second.close()

    assert served.ranges[-1] == kept, "the second download asked only for the rest"
    assert store.find(MODEL).path.read_bytes() == phi3_4k.read_bytes()


def test_the_window_loads_the_model_chosen_in_the_dialog(
        qtbot: QtBot, make_window: WindowFactory, phi3_128k: Path) -> None:
    window = make_window()
    window.use_model(str(phi3_128k))

    qtbot.waitUntil(lambda: window.loaded_model is not None
                    and window.loaded_model.info.path == phi3_128k, timeout=60_000)
    assert window.settings.model_path == str(phi3_128k)
    assert "128K" in window.model_label.text()


def qtbot_left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
