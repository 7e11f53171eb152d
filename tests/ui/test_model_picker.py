"""The model picker in the status bar: what it lists, choosing a model, Get more, following loads.

Driven through the picker itself (keys on the combo box, the dialog's own buttons); the engine
is the fast fake, which loads any file by name.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from assistant.core.models import memory, starter
from assistant.core.models.info import ModelInfo
from assistant.core.models.store import ModelStore
from assistant.core.paths import AppPaths
from assistant.ui.mainwindow import MainWindow
from assistant.ui.modelsdialog import ModelsDialog
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FakeEngine
from tests.ui.modal import answer

STARTER = "SmolLM2-135M-Instruct (starter)"
TINY = "tiny-phi3-4k"


@pytest.fixture
def with_tiny_phi3(app_paths: AppPaths, phi3_4k: Path) -> Path:
    """The tiny phi3 model imported into the window's models folder (a link)."""
    return ModelStore(app_paths.models).import_file(phi3_4k).path


def _texts(window: MainWindow) -> list[str]:
    picker = window.model_picker
    return [picker.itemText(i) for i in range(picker.count())]


def _loaded(window: MainWindow, path: Path) -> bool:
    loaded = window.loaded_model
    return loaded is not None and loaded.info.path == path


def test_lists_the_installed_models_with_their_fit_and_get_more_last(
        make_window: WindowFactory, with_tiny_phi3: Path) -> None:
    window = make_window(engine=FakeEngine())
    picker = window.model_picker

    assert _texts(window) == [f"{STARTER} · fits", f"{TINY} · fits", "Get more…"]
    assert picker.currentText() == f"{STARTER} · fits", "the loaded model is the current one"
    assert picker.accessibleName() == "Model"
    assert "Choose another to load it" in picker.accessibleDescription()
    assert picker.focusPolicy() & Qt.FocusPolicy.TabFocus, "Tab reaches the picker"


def test_says_when_a_model_is_too_large_for_this_computer(
        make_window: WindowFactory, with_tiny_phi3: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "usable_bytes", lambda total=None: 1 << 20)  # 1 MiB of memory
    window = make_window(engine=FakeEngine())

    assert _texts(window) == [f"{STARTER} · too large for this computer",
                              f"{TINY} · too large for this computer", "Get more…"]


def test_choosing_a_model_loads_it_and_keeps_it(
        qtbot: QtBot, make_window: WindowFactory, with_tiny_phi3: Path) -> None:
    window = make_window(engine=FakeEngine())
    picker = window.model_picker
    picker.setFocus()

    qtbot.keyClick(picker, Qt.Key.Key_Down)  # the next model: the tiny phi3

    qtbot.waitUntil(lambda: _loaded(window, with_tiny_phi3), timeout=10_000)
    assert window.settings.model_path == str(with_tiny_phi3)
    assert picker.currentText() == f"{TINY} · fits"
    assert window.model_label.text().startswith("Fake model")


def test_get_more_opens_the_models_dialog_and_keeps_the_current_model(
        qtbot: QtBot, make_window: WindowFactory, with_tiny_phi3: Path) -> None:
    window = make_window(engine=FakeEngine())
    picker = window.model_picker
    picker.setFocus()
    seen: list[list[str]] = []

    def close(dialog: ModelsDialog) -> None:
        seen.append(dialog.model_ids())
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    opened = answer(ModelsDialog, close)
    qtbot.keyClick(picker, Qt.Key.Key_End)  # "Get more…"
    qtbot.waitUntil(lambda: opened.seen or bool(opened.problems), timeout=10_000)
    opened.check()

    assert seen
    assert "phi-3-mini-4k-instruct-q4" in seen[0]
    assert picker.currentText() == f"{STARTER} · fits", "Get more… never becomes current"
    assert _loaded(window, starter.starter_path(window.paths.models))


def test_follows_a_model_chosen_in_the_models_dialog(
        qtbot: QtBot, make_window: WindowFactory, with_tiny_phi3: Path) -> None:
    window = make_window(engine=FakeEngine())

    def use_tiny(dialog: ModelsDialog) -> None:
        card = dialog.card(TINY)
        assert card is not None
        qtbot.mouseClick(card.use_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    used = answer(ModelsDialog, use_tiny)
    window.menus.models.trigger()  # File › Models… (Ctrl+M)
    used.check()

    qtbot.waitUntil(lambda: _loaded(window, with_tiny_phi3), timeout=10_000)
    assert window.model_picker.currentText() == f"{TINY} · fits"


def test_follows_a_model_file_opened_from_elsewhere_and_lists_it(
        qtbot: QtBot, make_window: WindowFactory, phi3_128k: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(engine=FakeEngine())
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(phi3_128k), ""))

    window.menus.open_model.trigger()  # File › Open model file…

    qtbot.waitUntil(lambda: _loaded(window, phi3_128k), timeout=10_000)
    picker = window.model_picker
    assert picker.currentText() == "tiny-phi3-128k · fits"
    assert str(phi3_128k) in picker.paths()
    assert picker.itemText(picker.count() - 1) == "Get more…"


def test_tab_reaches_the_picker_after_the_composer_buttons(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(engine=FakeEngine())
    window.activateWindow()
    window.send_button.setFocus()

    qtbot.keyClick(window.send_button, Qt.Key.Key_Tab)

    assert QApplication.focusWidget() is window.model_picker


class _HeldLoad(FakeEngine):
    """Loads like the fake, once ``release`` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def load(self, path: Path, **kwargs: Any) -> ModelInfo:
        self.release.wait(10)
        return super().load(path, **kwargs)


def test_a_model_from_elsewhere_reads_loading_until_it_is_loaded(
        qtbot: QtBot, make_window: WindowFactory, phi3_128k: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A file nobody has read yet in this process (headers once read are remembered).
    phi3_128k = Path(shutil.copy(phi3_128k, tmp_path / phi3_128k.name))
    engine = _HeldLoad()
    engine.release.set()
    window = make_window(engine=engine)
    engine.release.clear()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(phi3_128k), ""))
    picker = window.model_picker

    window.menus.open_model.trigger()
    # Listed at once, without reading its header on the window's thread: the load does that.
    qtbot.waitUntil(lambda: picker.currentText() == "tiny-phi3-128k · loading…", timeout=10_000)
    engine.release.set()

    qtbot.waitUntil(lambda: _loaded(window, phi3_128k), timeout=10_000)
    assert picker.currentText() == "tiny-phi3-128k · fits"
