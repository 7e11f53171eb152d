"""Switching models in a running window: unload, load with progress, new context size."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from assistant.core.errors import Cancelled
from assistant.core.i18n import format_number
from assistant.core.llm import speed
from assistant.core.llm.loading import LoadProgress
from assistant.core.llm.speed import SpeedFigures, SpeedProfile
from assistant.core.models import memory
from assistant.core.models.info import ModelInfo, inspect_model
from assistant.core.settings import Settings
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FakeEngine


def _switch(qtbot: QtBot, window: object, path: Path) -> None:
    from assistant.ui.mainwindow import MainWindow

    assert isinstance(window, MainWindow)
    window.load_model(path)
    qtbot.waitUntil(lambda: window.loaded_model is not None
                    and window.loaded_model.info.path == path, timeout=120_000)


def test_switching_between_phi3_variants_and_the_starter(qtbot: QtBot,
                                                         make_window: WindowFactory,
                                                         phi3_4k: Path, phi3_128k: Path,
                                                         starter_model: Path) -> None:
    window = make_window()
    budget = min(memory.available_bytes(), memory.usable_bytes())

    for path, variant in ((phi3_4k, "4K"), (phi3_128k, "128K"), (starter_model, "8K")):
        _switch(qtbot, window, path)
        expected = memory.largest_context(inspect_model(path), budget)
        assert window.context_meter.maximum() == expected
        # The label says what is allocated (a 4K start), the tooltip how far it may grow.
        assert format_number(min(expected, 4096)) in window.model_label.text()
        assert variant in window.model_label.toolTip()
        assert format_number(expected) in window.model_label.toolTip()
        assert window.send_button.isEnabled()
        with qtbot.waitSignal(window.replyDone, timeout=60_000) as done:
            window.send("Hello")
        assert done.args[0] is not None, "the new model answered"
        window.new_conversation()

    # The long-context model got far more than the 4K one, as its memory allows.
    assert memory.largest_context(inspect_model(phi3_128k), budget) > 4096


class _HeldLoadingEngine(FakeEngine):
    """Loads only once the test lets it (a load the test can watch in progress)."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.release.set()

    def load(self, path: Path, *, n_ctx: int | None = None, n_threads: int | None = None,
             n_gpu_layers: int = 0, progress: LoadProgress | None = None,
             repack: bool = False) -> ModelInfo:
        self.release.wait(timeout=30)
        return super().load(path, n_ctx=n_ctx, n_threads=n_threads, n_gpu_layers=n_gpu_layers,
                            progress=progress)


def test_typing_goes_on_while_a_model_loads_and_sends_once_it_is_ready(
        qtbot: QtBot, make_window: WindowFactory, phi3_4k: Path) -> None:
    engine = _HeldLoadingEngine()
    window = make_window(engine=engine)
    window.focus_composer()
    engine.release.clear()
    window.load_model(phi3_4k)
    qtbot.waitUntil(lambda: "Loading" in window.model_label.text(), timeout=5_000)

    qtbot.keyClicks(window.composer, "Hello there")
    qtbot.keyClick(window.composer, Qt.Key.Key_Return)  # too early: nothing is sent

    assert window.composer.hasFocus()
    assert window.composer.toPlainText() == "Hello there"
    assert not window.send_button.isEnabled()
    engine.release.set()
    qtbot.waitUntil(lambda: window.send_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(window.replyDone, timeout=10_000):
        qtbot.keyClick(window.composer, Qt.Key.Key_Return)
    assert window.composer.toPlainText() == ""


def test_reopening_a_conversation_offers_the_model_it_was_held_with(
        qtbot: QtBot, make_window: WindowFactory, phi3_4k: Path) -> None:
    window = make_window()
    with qtbot.waitSignal(window.replyDone, timeout=60_000):
        window.send("Hello")
    assert window.conversation is not None
    first = window.conversation.id
    starter = window.loaded_model.info.path if window.loaded_model else None
    _switch(qtbot, window, phi3_4k)
    window.new_conversation()

    window.open_conversation(first)

    assert window.hint.isVisible()
    assert "held with" in window.hint.label.text()
    qtbot.mouseClick(window.hint.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.loaded_model is not None
                    and window.loaded_model.info.path == starter,
                    timeout=60_000)


class _ProgressingEngine(FakeEngine):
    """Reports load progress until told to finish, or until the window cancels the load."""

    def __init__(self) -> None:
        super().__init__()
        self.finish = threading.Event()
        self.started = threading.Event()
        self.loads: list[Path] = []

    def load(self, path: Path, *, n_ctx: int | None = None, n_threads: int | None = None,
             n_gpu_layers: int = 0, progress: LoadProgress | None = None,
             repack: bool = False) -> ModelInfo:
        assert progress is not None
        self.loads.append(path)
        self.started.set()
        share = 0.0
        while not self.finish.wait(0.01):
            share = min(share + 0.01, 0.99)
            if not progress(share):
                self.started.clear()
                raise Cancelled("cancelled")
        if not progress(1.0):  # llama.cpp reports the end too, and may be cancelled there
            raise Cancelled("cancelled")
        return super().load(path, n_ctx=n_ctx, n_threads=n_threads, n_gpu_layers=n_gpu_layers)


def test_a_load_shows_its_progress_and_can_be_cancelled(qtbot: QtBot, make_window: WindowFactory,
                                                       phi3_4k: Path) -> None:
    engine = _ProgressingEngine()
    engine.finish.set()
    window = make_window(engine=engine)
    qtbot.waitUntil(lambda: window.loaded_model is not None, timeout=10_000)  # the default
    engine.finish.clear()
    engine.started.clear()
    window.load_model(phi3_4k)
    qtbot.waitUntil(lambda: "%" in window.model_label.text()
                    and not window.model_label.text().endswith(" 0%"), timeout=10_000)
    assert window.cancel_load_button.isVisible()
    assert not window.send_button.isEnabled()

    qtbot.mouseClick(window.cancel_load_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not window.cancel_load_button.isVisible(), timeout=10_000)
    assert window.loaded_model is None
    assert window.model_label.text() == "No model loaded"
    assert "cancelled" in window.statusBar().currentMessage()
    assert not window.send_button.isEnabled()
    # The window stays usable: the next load works.
    engine.finish.set()
    _switch(qtbot, window, phi3_4k)
    assert window.send_button.isEnabled()


def test_a_second_load_replaces_the_first_instead_of_waiting_for_it(
        qtbot: QtBot, make_window: WindowFactory, phi3_4k: Path, phi3_128k: Path) -> None:
    engine = _ProgressingEngine()
    engine.finish.set()
    window = make_window(engine=engine)
    qtbot.waitUntil(lambda: window.loaded_model is not None, timeout=10_000)  # the default
    engine.finish.clear()
    engine.started.clear()
    engine.loads.clear()
    loaded: list[Path] = []
    window.worker.modelLoaded.connect(lambda model: loaded.append(model.info.path))

    window.load_model(phi3_4k)
    assert engine.started.wait(10)
    window.load_model(phi3_128k)  # while the first is still loading
    engine.finish.set()

    qtbot.waitUntil(lambda: window.loaded_model is not None
                    and window.loaded_model.info.path == phi3_128k, timeout=10_000)
    assert "Loading" not in window.model_label.text()
    assert loaded == [phi3_128k]  # the first never finished loading
    assert engine.loads == [phi3_4k, phi3_128k]


def test_the_window_says_when_the_context_grows_and_shows_what_is_allocated(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(settings=Settings(max_tokens=6000, temperature=0.0))
    qtbot.waitUntil(lambda: window.loaded_model is not None, timeout=60_000)
    assert format_number(4096) in window.model_label.text()
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)

    with qtbot.waitSignal(window.replyDone, timeout=120_000) as done:
        window.send("What is the capital of France?")

    assert done.args[0] is not None
    assert f"Enlarging the model's context to {format_number(8192)} tokens…" in messages
    qtbot.waitUntil(lambda: format_number(8192) in window.model_label.text(), timeout=5_000)


class _RecordingLoads(FakeEngine):
    """Remembers whether each load asked for weight repacking."""

    def __init__(self) -> None:
        super().__init__()
        self.repacks: list[bool] = []

    def load(self, path: Path, *, n_ctx: int | None = None, n_threads: int | None = None,
             n_gpu_layers: int = 0, progress: LoadProgress | None = None,
             repack: bool = False) -> ModelInfo:
        self.repacks.append(repack)
        return super().load(path, n_ctx=n_ctx, n_threads=n_threads, n_gpu_layers=n_gpu_layers)


def test_the_window_loads_a_model_the_way_measured_for_it_unless_the_setting_says(
        qtbot: QtBot, make_window: WindowFactory, phi3_4k: Path, phi3_128k: Path) -> None:
    engine = _RecordingLoads()
    window = make_window(engine=engine)
    quick = SpeedFigures(1.0, 0.01, 0.0, 0.05)
    slow = SpeedFigures(9.0, 0.02, 0.0, 0.08)
    speed.save_profile(window.paths.cache, phi3_4k, SpeedProfile(plain=slow, repacked=quick))

    _switch(qtbot, window, phi3_4k)
    _switch(qtbot, window, phi3_128k)
    window.settings = window.settings.replace(weight_repacking="off")
    _switch(qtbot, window, phi3_4k)

    # Measured quicker; never measured (off, safe everywhere); the setting says off.
    assert engine.repacks[-3:] == [True, False, False]
