"""Fixtures for window tests: a window on a temporary home, and a leak check."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from assistant.core.history.store import HistoryStore
from assistant.core.llm.engine import Engine
from assistant.core.llm.protocol import ChatEngine
from assistant.core.models import starter
from assistant.core.paths import AppPaths
from assistant.core.settings import Settings
from assistant.ui.mainwindow import MainWindow

WindowFactory = Callable[..., MainWindow]


def _flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture(autouse=True)
def no_leaked_widgets(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves top-level widgets behind (napari's check)."""
    before = set(QApplication.topLevelWidgets())
    yield
    _flush_deletes()
    leaked = [w for w in QApplication.topLevelWidgets() if w not in before]
    for widget in leaked:
        widget.deleteLater()
    _flush_deletes()
    assert not leaked, f"widgets leaked: {[type(w).__name__ for w in leaked]}"


@pytest.fixture
def app_paths(tmp_path: Path, starter_model: Path) -> AppPaths:
    """App folders under tmp, with the starter model installed (hard link, no copy)."""
    paths = AppPaths.under(tmp_path / "home").ensure()
    target = starter.starter_path(paths.models)
    try:
        os.link(starter_model, target)
    except OSError:
        target.symlink_to(starter_model)
    return paths


@pytest.fixture
def make_window(qtbot: QtBot, app_paths: AppPaths) -> Iterator[WindowFactory]:
    """Build a shown window (real engine unless given one), loaded and ready to chat."""
    windows: list[MainWindow] = []

    def make(engine: ChatEngine | None = None, settings: Settings | None = None,
             wait_loaded: bool = True) -> MainWindow:
        store, notice = HistoryStore.open_default(app_paths)
        window = MainWindow(app_paths, settings or Settings(max_tokens=48, temperature=0.0),
                            store, engine if engine is not None else Engine(),
                            key_notice=notice)
        windows.append(window)
        window.show()
        if wait_loaded:
            qtbot.waitUntil(lambda: window.loaded_model is not None, timeout=60_000)
        return window

    yield make
    for window in windows:
        window.close()
        assert window.worker_thread().isFinished(), "the inference thread outlived its window"
        window.deleteLater()
    _flush_deletes()
