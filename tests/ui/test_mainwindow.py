"""The window on the real starter model: streaming, stop, regenerate, edit, close."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from assistant.core.history.store import HistoryStore, MessageState, Role
from assistant.core.settings import Settings
from assistant.ui.chatview import EDIT, REGENERATE
from tests.ui.conftest import WindowFactory

LONG = Settings(max_tokens=1500, temperature=0.8)


def _saved(window: object) -> list[tuple[Role, str, MessageState]]:
    from assistant.ui.mainwindow import MainWindow

    assert isinstance(window, MainWindow)
    assert window.store is not None
    assert window.conversation is not None
    return [(m.role, m.content, m.state)
            for m in window.store.messages(window.conversation.id)]


def _shown(window: object) -> list[tuple[Role, str]]:
    from assistant.ui.mainwindow import MainWindow

    assert isinstance(window, MainWindow)
    return [(item.role, item.content) for item in window.chat_model.items()]


def _send_by_keyboard(qtbot: QtBot, window: object, text: str) -> None:
    from assistant.ui.mainwindow import MainWindow

    assert isinstance(window, MainWindow)
    window.composer.setFocus()
    qtbot.keyClicks(window.composer, text)
    qtbot.keyClick(window.composer, Qt.Key.Key_Return)


def test_a_reply_streams_while_the_window_stays_responsive(qtbot: QtBot,
                                                           make_window: WindowFactory) -> None:
    window = make_window()
    batches: list[float] = []
    ticks: list[float] = []
    window.worker.replyText.connect(lambda *_: batches.append(time.perf_counter()))
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(5)

    with qtbot.waitSignal(window.replyDone, timeout=60_000):
        _send_by_keyboard(qtbot, window, "List five fruits, one per line.")
    timer.stop()

    assert len(batches) >= 2, "the reply arrived in pieces"
    during = [t for t in ticks if batches[0] <= t <= batches[-1]]
    assert during, "the event loop kept running while the model wrote"
    saved = _saved(window)
    assert [(r, c) for r, c, _ in saved] == _shown(window)
    assert saved[0] == (Role.USER, "List five fruits, one per line.", MessageState.COMPLETE)
    assert saved[1][0] is Role.ASSISTANT
    assert saved[1][1].strip()
    assert saved[1][2] is MessageState.COMPLETE
    assert window.composer.toPlainText() == ""
    assert "tokens/s" in window.speed_label.text()
    assert window.context_meter.value() > 0


def test_escape_stops_the_reply_and_keeps_the_partial_text(qtbot: QtBot,
                                                           make_window: WindowFactory) -> None:
    window = make_window(settings=LONG)
    _send_by_keyboard(qtbot, window, "Write a very long story about the sea.")
    qtbot.waitUntil(lambda: len(_shown(window)[-1][1]) > 20, timeout=60_000)

    with qtbot.waitSignal(window.replyDone, timeout=30_000) as finished:
        qtbot.keyClick(window.composer, Qt.Key.Key_Escape)

    stats = finished.args[0]
    assert stats.stop_reason == "cancelled"
    assert stats.completion_tokens < LONG.max_tokens
    saved = _saved(window)
    assert saved[-1][2] is MessageState.PARTIAL
    assert saved[-1][1] == _shown(window)[-1][1]
    assert saved[-1][1]
    assert window.send_button.isEnabled()
    assert not window.stop_button.isEnabled()


def test_regenerate_replaces_the_reply_in_view_and_store(qtbot: QtBot,
                                                         make_window: WindowFactory) -> None:
    window = make_window(settings=Settings(max_tokens=32, temperature=1.0))
    with qtbot.waitSignal(window.replyDone, timeout=60_000):
        window.send("Invent a name for a boat.")
    store = window.store
    assert store is not None
    conversation = window.conversation
    assert conversation is not None
    first_reply = store.messages(conversation.id)[1]

    reply_item = window.chat_model.item(1)
    with qtbot.waitSignal(window.replyDone, timeout=60_000):
        window.chat_view.delegate.linkActivated.emit(reply_item, REGENERATE)

    messages = store.messages(conversation.id)
    assert [m.role for m in messages] == [Role.USER, Role.ASSISTANT]
    assert messages[0].content == "Invent a name for a boat."
    assert messages[1].id != first_reply.id
    assert messages[1].state is MessageState.COMPLETE
    assert _shown(window) == [(m.role, m.content) for m in messages]


def test_edit_and_resend_drops_what_followed(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    for prompt in ("Name a colour.", "Name an animal."):
        with qtbot.waitSignal(window.replyDone, timeout=60_000):
            window.send(prompt)
    assert len(_shown(window)) == 4

    first_question = window.chat_model.item(0)
    window.chat_view.delegate.linkActivated.emit(first_question, EDIT)
    assert window.composer.toPlainText() == "Name a colour."
    window.composer.clear()
    with qtbot.waitSignal(window.replyDone, timeout=60_000):
        _send_by_keyboard(qtbot, window, "Name a planet.")

    saved = _saved(window)
    assert [(r, s) for r, _, s in saved] == [(Role.USER, MessageState.COMPLETE),
                                              (Role.ASSISTANT, MessageState.COMPLETE)]
    assert saved[0][1] == "Name a planet."
    assert [(r, c) for r, c, _ in saved] == _shown(window)


def test_closing_mid_reply_ends_the_thread_and_loses_nothing(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(settings=LONG)
    _send_by_keyboard(qtbot, window, "Write a very long story about a mountain.")
    qtbot.waitUntil(lambda: len(_shown(window)[-1][1]) > 20, timeout=60_000)
    conversation = window.conversation
    assert conversation is not None

    window.close()

    assert window.worker_thread().isFinished()
    store, _ = HistoryStore.open_default(window.paths)
    with store:
        messages = store.messages(conversation.id)
    assert messages[0].content == "Write a very long story about a mountain."
    assert messages[1].state is MessageState.PARTIAL
    assert len(messages[1].content) > 20
