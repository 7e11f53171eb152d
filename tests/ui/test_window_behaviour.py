"""What a user relies on in the window, on the fast fake engine.

Keyboard, shortcuts, batching, errors, the conversation sidebar, long conversations, settings,
first run and closing. The real model is covered by ``test_mainwindow.py``; here every reply is
the fake's, so each test takes a fraction of a second and is exact.

Waiting follows one rule: wait on ``window.replyDone`` (emitted on the GUI thread once the
window has shown the end of a reply) or poll GUI state with ``qtbot.waitUntil`` — never on the
worker's own signals, whose waiter would return before the GUI thread had processed them.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog
from pytestqt.qtbot import QtBot

from assistant.core.errors import PequenoError
from assistant.core.history.store import HistoryStore, MessageState, Role, StoredMessage, now_us
from assistant.core.llm.messages import ChatMessage, GenerationParams, ReplyStats, StopReason
from assistant.core.logs import PrivateFormatter
from assistant.core.models import starter
from assistant.core.paths import AppPaths
from assistant.core.settings import Settings, load_settings
from assistant.ui.app import ErrorRelay, install_error_hooks
from assistant.ui.chatcontroller import Busy
from assistant.ui.chatmodel import WINDOW, ChatItem
from assistant.ui.chatview import EDIT
from assistant.ui.conversationlist import CONVERSATION_ID, RICH_TEXT
from assistant.ui.mainwindow import MainWindow
from assistant.ui.settingsdialog import SettingsDialog
from assistant.ui.worker import BATCH_SECONDS
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FakeEngine, FakeStream

FAKE_REPLY = FakeEngine().reply
LONG_REPLY = "".join(f"w{i:03d} " for i in range(400))  # 400 pieces of 5 characters


@dataclass
class RecordingEngine(FakeEngine):
    """A fake engine that also keeps the sampling settings of every request."""

    params: list[GenerationParams | None] = field(default_factory=list)

    def chat(self, messages: Sequence[ChatMessage], params: GenerationParams | None = None, *,
             cancel: threading.Event | None = None, keep_warm: bool = True) -> FakeStream:
        self.params.append(params)
        return super().chat(messages, params, cancel=cancel, keep_warm=keep_warm)


@dataclass
class SlowStartEngine(FakeEngine):
    """A fake engine that takes a moment before its reply starts (a prompt being read)."""

    start_delay: float = 0.2

    def chat(self, messages: Sequence[ChatMessage], params: GenerationParams | None = None, *,
             cancel: threading.Event | None = None, keep_warm: bool = True) -> FakeStream:
        time.sleep(self.start_delay)
        return super().chat(messages, params, cancel=cancel, keep_warm=keep_warm)


# -- helpers --------------------------------------------------------------------------------


def _activate(qtbot: QtBot, window: MainWindow) -> None:
    """Make the window the active one, so shortcuts and focus behave as on a desktop."""
    with qtbot.waitActive(window):
        window.activateWindow()


def _type_and_enter(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.composer.setFocus()
    qtbot.keyClicks(window.composer, text)
    qtbot.keyClick(window.composer, Qt.Key.Key_Return)


def _chat(qtbot: QtBot, window: MainWindow, text: str) -> ReplyStats | None:
    """Send ``text`` and wait until the window has shown the whole reply."""
    with qtbot.waitSignal(window.replyDone, timeout=10_000) as done:
        window.send(text)
    stats = done.args[0]
    assert stats is None or isinstance(stats, ReplyStats)
    return stats


def _press(qtbot: QtBot, sequence: str) -> None:
    """Press a key sequence where the keyboard focus is, as a user would."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keySequence(target, QKeySequence(sequence))


def _store(window: MainWindow) -> HistoryStore:
    assert window.store is not None
    return window.store


def _conversation_id(window: MainWindow) -> int:
    conversation = window.conversation
    assert conversation is not None
    return conversation.id


def _saved(window: MainWindow) -> list[StoredMessage]:
    return _store(window).messages(_conversation_id(window))


def _shown(window: MainWindow) -> list[tuple[Role, str, MessageState]]:
    return [(item.role, item.content, item.state) for item in window.chat_model.items()]


def _sidebar(window: MainWindow) -> list[tuple[int, str, str]]:
    """The sidebar's conversations (not the group headings): id, title, rich text."""
    rows = []
    for row in range(window.conversations.rowCount()):
        index = window.conversations.index(row, 0)
        if index.data(CONVERSATION_ID) is None:
            continue  # a heading: "Today", "Pinned"…
        rows.append(
            (int(index.data(CONVERSATION_ID)), str(index.data()), str(index.data(RICH_TEXT)))
        )
    return rows


def _sidebar_index(window: MainWindow, conversation_id: int) -> QModelIndex:
    for row in range(window.conversations.rowCount()):
        index = window.conversations.index(row, 0)
        if index.data(CONVERSATION_ID) == conversation_id:
            return index
    raise AssertionError(f"conversation {conversation_id} is not in the sidebar")


def _click_conversation(qtbot: QtBot, window: MainWindow, conversation_id: int) -> None:
    view = window.conversation_list
    rect = view.visualRect(_sidebar_index(window, conversation_id))
    assert rect.isValid()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _rendered_text(window: MainWindow, item: ChatItem) -> str:
    """The text the chat view paints for ``item`` (header, message, links)."""
    cached = window.chat_view.delegate.document(item, window.chat_view.palette())
    return cached.text()


# -- 1. keyboard in the composer ------------------------------------------------------------


def test_enter_sends_the_message(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(FakeEngine())

    with qtbot.waitSignal(window.replyDone, timeout=10_000):
        _type_and_enter(qtbot, window, "What is an otter?")

    assert [(m.role, m.content, m.state) for m in _saved(window)] == [
        (Role.USER, "What is an otter?", MessageState.COMPLETE),
        (Role.ASSISTANT, FAKE_REPLY, MessageState.COMPLETE),
    ]
    assert _shown(window) == [(m.role, m.content, m.state) for m in _saved(window)]
    assert window.composer.toPlainText() == ""


def test_shift_enter_starts_a_new_line_without_sending(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    engine = FakeEngine()
    window = make_window(engine)
    window.composer.setFocus()

    qtbot.keyClicks(window.composer, "line one")
    qtbot.keyClick(window.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.composer, "line two")
    qtbot.wait(50)  # a send, had there been one, would have reached the worker by now

    assert window.composer.toPlainText() == "line one\nline two"
    assert window.chat_model.rowCount() == 0
    assert engine.requests == []
    assert _store(window).count_conversations() == 0

    with qtbot.waitSignal(window.replyDone, timeout=10_000):
        qtbot.keyClick(window.composer, Qt.Key.Key_Return)
    assert _saved(window)[0].content == "line one\nline two"


def test_escape_stops_the_reply_in_progress(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(FakeEngine(reply=LONG_REPLY, pieces=400, delay=0.005))
    _type_and_enter(qtbot, window, "Write a long story.")
    qtbot.waitUntil(lambda: window.chat_model.items()[-1].content != "", timeout=5_000)
    assert window.stop_button.isEnabled()

    with qtbot.waitSignal(window.replyDone, timeout=5_000) as done:
        qtbot.keyClick(window.composer, Qt.Key.Key_Escape)

    stats = done.args[0]
    assert isinstance(stats, ReplyStats)
    assert stats.stop_reason is StopReason.CANCELLED
    assert 0 < stats.completion_tokens < 400
    reply = _saved(window)[-1]
    assert reply.state is MessageState.PARTIAL
    assert reply.content
    assert LONG_REPLY.startswith(reply.content)
    assert _shown(window)[-1] == (Role.ASSISTANT, reply.content, MessageState.PARTIAL)
    assert "(stopped)" in _rendered_text(window, window.chat_model.items()[-1])
    assert window.send_button.isEnabled()
    assert not window.stop_button.isEnabled()


def test_escape_cancels_editing_an_earlier_message(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(FakeEngine())
    _chat(qtbot, window, "Name a colour.")
    _chat(qtbot, window, "Name an animal.")
    first_question = window.chat_model.item(0)
    window.chat_view.delegate.linkActivated.emit(first_question, EDIT)
    assert window.composer.toPlainText() == "Name a colour."
    assert window.editing_label.isVisible()

    qtbot.keyClick(window.composer, Qt.Key.Key_Escape)

    assert not window.editing_label.isVisible()
    assert window.composer.toPlainText() == ""
    # What is sent now is a new message at the end: nothing earlier is replaced or dropped.
    with qtbot.waitSignal(window.replyDone, timeout=10_000):
        _type_and_enter(qtbot, window, "Name a planet.")
    assert [m.content for m in _saved(window) if m.role is Role.USER] == [
        "Name a colour.",
        "Name an animal.",
        "Name a planet.",
    ]
    assert len(_saved(window)) == 6


# -- 2. shortcuts ---------------------------------------------------------------------------
# Real key events work offscreen once the window is active (waitActive), so no test here
# falls back to QAction.trigger().


def test_ctrl_n_starts_a_new_empty_chat(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(FakeEngine())
    _activate(qtbot, window)
    _chat(qtbot, window, "First chat.")
    first = _conversation_id(window)
    window.search.setFocus()

    _press(qtbot, "Ctrl+N")

    assert window.chat_model.rowCount() == 0
    assert window.conversation is None
    assert QApplication.focusWidget() is window.composer
    _chat(qtbot, window, "Second chat.")
    assert _conversation_id(window) != first
    assert [m.content for m in _saved(window)] == ["Second chat.", FAKE_REPLY]
    assert _store(window).count_conversations() == 2


def test_ctrl_f_focuses_the_search_box(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(FakeEngine())
    _activate(qtbot, window)
    window.search.setText("otter")
    window.composer.setFocus()
    assert QApplication.focusWidget() is window.composer

    _press(qtbot, "Ctrl+F")

    assert QApplication.focusWidget() is window.search
    assert window.search.selectedText() == "otter", "typing replaces the previous search"


def test_ctrl_l_focuses_the_composer(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(FakeEngine())
    _activate(qtbot, window)
    window.search.setFocus()
    assert QApplication.focusWidget() is window.search

    _press(qtbot, "Ctrl+L")

    assert QApplication.focusWidget() is window.composer


def test_ctrl_shift_c_copies_the_last_reply(qtbot: QtBot, make_window: WindowFactory) -> None:
    engine = FakeEngine()
    window = make_window(engine)
    _activate(qtbot, window)
    _chat(qtbot, window, "First question.")
    engine.reply = "The second answer."
    _chat(qtbot, window, "Second question.")
    QGuiApplication.clipboard().setText("something else")
    window.composer.setFocus()

    _press(qtbot, "Ctrl+Shift+C")

    assert QGuiApplication.clipboard().text() == "The second answer."


# -- 3. batching ----------------------------------------------------------------------------


def test_a_fast_model_reaches_the_window_in_batches(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    reply = "abcd " * 1000  # 5,000 one-character pieces
    window = make_window(FakeEngine(reply=reply, pieces=5000))
    emissions: list[int] = []
    window.worker.replyText.connect(lambda _request, text: emissions.append(len(text)))

    started = time.perf_counter()
    stats = _chat(qtbot, window, "Go as fast as you can.")
    duration = time.perf_counter() - started

    assert stats is not None
    assert stats.completion_tokens == 5000
    assert sum(emissions) == len(reply), "every piece arrived once"
    assert 1 <= len(emissions) <= duration / BATCH_SECONDS + 2, (len(emissions), duration)
    assert window.chat_model.items()[-1].content == reply
    assert _saved(window)[-1].content == reply


# -- 4. errors ------------------------------------------------------------------------------


def test_a_failed_reply_is_shown_and_the_window_keeps_working(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    engine = FakeEngine(error="The model ran out of memory.")
    window = make_window(engine)
    assert not window.error_banner.isVisible()

    with qtbot.waitSignal(window.replyDone, timeout=10_000) as done:
        _type_and_enter(qtbot, window, "Summarise War and Peace.")

    assert done.args[0] is None
    assert window.error_banner.isVisible()
    assert window.error_banner.label.text() == "The model ran out of memory."
    failed = window.chat_model.items()[-1]
    assert (failed.role, failed.state, failed.streaming) == (
        Role.ASSISTANT,
        MessageState.ERROR,
        False,
    )
    assert "(failed)" in _rendered_text(window, failed)
    assert [(m.role, m.state) for m in _saved(window)] == [
        (Role.USER, MessageState.COMPLETE),
        (Role.ASSISTANT, MessageState.ERROR),
    ]
    assert window.send_button.isEnabled()

    engine.error = None
    stats = _chat(qtbot, window, "Then just say hello.")

    assert stats is not None
    assert stats.stop_reason is StopReason.END_OF_TURN
    assert _shown(window)[-1] == (Role.ASSISTANT, FAKE_REPLY, MessageState.COMPLETE)
    assert (_saved(window)[-1].content, _saved(window)[-1].state) == (
        FAKE_REPLY,
        MessageState.COMPLETE,
    )


def test_a_model_that_fails_to_load_is_explained_and_sending_is_off(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    message = "That file is not a valid GGUF model file."
    window = make_window(FakeEngine(fail_load=message), wait_loaded=False)

    qtbot.waitUntil(
        lambda: window.error_banner.isVisible() and window.error_banner.label.text() == message,
        timeout=5_000,
    )
    assert not window.send_button.isEnabled()
    assert window.model_label.text() == "No model loaded"

    _type_and_enter(qtbot, window, "Hello?")
    assert window.chat_model.rowCount() == 0
    assert window.composer.toPlainText() == "Hello?", "what was typed is not thrown away"


def test_an_exception_in_a_thread_reaches_the_banner_and_the_log(
    qtbot: QtBot, make_window: WindowFactory, caplog: pytest.LogCaptureFixture
) -> None:
    window = make_window(FakeEngine())
    relay = ErrorRelay()
    saved_hooks = (sys.excepthook, threading.excepthook)

    secret = " ".join(("the", "disk", "caught", "fire"))  # not in the source lines logged

    def crash() -> None:
        raise RuntimeError(secret)

    def polite() -> None:
        raise PequenoError("The disk is full.")

    try:
        install_error_hooks(relay)
        relay.errorRaised.connect(window.show_error)
        with caplog.at_level(logging.ERROR, logger="assistant.ui.app"):
            thread = threading.Thread(target=crash)
            thread.start()
            thread.join()
            qtbot.waitUntil(window.error_banner.isVisible, timeout=5_000)
            shown_for_bug = window.error_banner.label.text()

            thread = threading.Thread(target=polite)
            thread.start()
            thread.join()
            qtbot.waitUntil(
                lambda: window.error_banner.label.text() == "The disk is full.", timeout=5_000
            )
    finally:
        sys.excepthook, threading.excepthook = saved_hooks

    assert "RuntimeError" in shown_for_bug
    assert "log file" in shown_for_bug
    assert "the disk caught fire" not in shown_for_bug, "details go to the log, not the user"
    # As the log file has it: the type and the frames, never the message (it may hold text).
    formatter = PrivateFormatter()
    logged = "\n".join(formatter.format(r) for r in caplog.records
                       if r.name == "assistant.ui.app")
    assert "RuntimeError" in logged
    assert "Traceback" in logged, "the traceback is logged"
    assert "in crash" in logged
    assert "the disk caught fire" not in logged


# -- 5. conversations in the sidebar --------------------------------------------------------


def _two_chats(qtbot: QtBot, window: MainWindow) -> tuple[int, int]:
    _chat(qtbot, window, "Tell me about otters")
    otters = _conversation_id(window)
    window.new_conversation()
    _chat(qtbot, window, "Explain volcanoes please")
    _chat(qtbot, window, "Do geysers erupt like volcanoes?")
    return otters, _conversation_id(window)


def test_the_sidebar_lists_and_searches_conversations(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(FakeEngine())
    otters, volcanoes = _two_chats(qtbot, window)

    assert [(i, t) for i, t, _ in _sidebar(window)] == [
        (volcanoes, "Explain volcanoes please"),
        (otters, "Tell me about otters"),
    ]

    window.search.setFocus()
    qtbot.keyClicks(window.search, "geysers")

    rows = _sidebar(window)
    assert {i for i, _, _ in rows} == {volcanoes}
    assert any("<b>geysers</b>" in rich for _, _, rich in rows), rows

    window.search.clear()
    assert [i for i, _, _ in _sidebar(window)] == [volcanoes, otters]

    qtbot.keyClicks(window.search, "otters")
    rows = _sidebar(window)
    assert {i for i, _, _ in rows} == {otters}
    assert all("<b>otters</b>" in rich for _, _, rich in rows), rows


def test_search_lists_each_conversation_once(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(FakeEngine())
    _chat(qtbot, window, "Explain volcanoes please")

    window.search.setText("volcanoes")

    assert [i for i, _, _ in _sidebar(window)] == [_conversation_id(window)]


def test_the_sidebar_opens_renames_pins_and_deletes(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(FakeEngine())
    otters, volcanoes = _two_chats(qtbot, window)
    store = _store(window)

    _click_conversation(qtbot, window, otters)

    assert _conversation_id(window) == otters
    assert _shown(window) == [(m.role, m.content, m.state) for m in store.messages(otters)]
    assert [item.message_id for item in window.chat_model.items()] == [
        m.id for m in store.messages(otters)
    ]

    asked: list[str] = []

    def get_text(*_args: object, text: str = "", **_kwargs: object) -> tuple[str, bool]:
        asked.append(text)
        return "  Otter notes  ", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    window.conversation_list.setFocus()
    _press(qtbot, "F2")
    assert asked == ["Tell me about otters"], "the dialog offers the current title"
    assert store.conversation(otters).title == "Otter notes"
    assert (otters, "Otter notes") in [(i, t) for i, t, _ in _sidebar(window)]

    window.toggle_pin()
    assert store.conversation(otters).pinned
    assert [i for i, _, _ in _sidebar(window)] == [otters, volcanoes]
    assert "📌" in _sidebar(window)[0][2]
    assert "📌" not in _sidebar(window)[1][2]

    window.delete_conversation()  # no question: "Undo" is offered instead
    assert [c.id for c in store.list_conversations()] == [volcanoes]
    assert [i for i, _, _ in _sidebar(window)] == [volcanoes]
    assert window.conversation is None
    assert window.chat_model.rowCount() == 0
    assert window.undo_banner.isVisible()


# -- 6. a long conversation -----------------------------------------------------------------


def test_a_long_conversation_opens_with_a_window_of_rows(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(FakeEngine())
    store = _store(window)
    start = now_us() - 10_000_000
    messages: list[dict[str, Any]] = [
        {
            "role": str(Role.USER if n % 2 == 0 else Role.ASSISTANT),
            "content": f"Message {n}",
            "created": start + n,
            "model": None,
            "stats": {},
            "state": "complete",
        }
        for n in range(1000)
    ]
    conversation_id = store.restore(
        {
            "uid": uuid.uuid4().hex,
            "title": "A very long chat",
            "created": start,
            "updated": start + 1000,
            "model": None,
            "system_prompt": None,
            "settings": {},
            "pinned": False,
        },
        messages,
    )
    window.refresh_conversations()
    view, model = window.chat_view, window.chat_model

    _click_conversation(qtbot, window, conversation_id)

    assert model.rowCount() == WINDOW
    assert model.item(WINDOW - 1).content == "Message 999"
    assert model.item(0).content == f"Message {1000 - WINDOW}"
    assert all(view.indexWidget(model.index(row)) is None for row in range(model.rowCount()))
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum(), timeout=5_000)

    bar.setValue(0)

    assert model.rowCount() == 2 * WINDOW
    assert model.item(0).content == f"Message {1000 - 2 * WINDOW}"
    assert model.item(model.rowCount() - 1).content == "Message 999"
    assert bar.value() > 0, "the reader stays where they were instead of jumping to the top"
    assert all(view.indexWidget(model.index(row)) is None for row in range(model.rowCount()))


# -- 7. settings ----------------------------------------------------------------------------


def test_settings_are_saved_and_used_by_the_next_request(
    qtbot: QtBot, make_window: WindowFactory, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = RecordingEngine()
    window = make_window(engine, settings=Settings(temperature=0.2, max_tokens=64))
    dialogs: list[SettingsDialog] = []

    def choose(button: QDialogButtonBox.StandardButton) -> Any:
        def exec_(dialog: SettingsDialog) -> int:
            # The dialog is driven as a user would (values, then a button) without a nested
            # event loop, so a failure here cannot leave a modal dialog hanging.
            dialogs.append(dialog)
            assert dialog.temperature.value() == pytest.approx(window.settings.temperature)
            assert dialog.max_tokens.value() == window.settings.max_tokens
            dialog.temperature.setValue(1.3)
            dialog.max_tokens.setValue(222)
            dialog.buttons.button(button).click()
            return dialog.result()

        return exec_

    monkeypatch.setattr(SettingsDialog, "exec", choose(QDialogButtonBox.StandardButton.Cancel))
    window.open_settings()
    assert not app_paths.settings_file.exists(), "Cancel saves nothing"
    assert (window.settings.temperature, window.settings.max_tokens) == (0.2, 64)

    monkeypatch.setattr(SettingsDialog, "exec", choose(QDialogButtonBox.StandardButton.Ok))
    window.open_settings()

    assert len(dialogs) == 2
    saved = load_settings(app_paths.settings_file)
    assert (saved.temperature, saved.max_tokens) == (1.3, 222)
    _chat(qtbot, window, "Be creative.")
    params = engine.params[-1]
    assert params is not None
    assert (params.temperature, params.max_tokens) == (1.3, 222)


def test_the_memory_for_recent_conversations_is_a_setting_applied_at_once(
    qtbot: QtBot, make_window: WindowFactory, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = RecordingEngine()
    window = make_window(engine)
    qtbot.waitUntil(lambda: window.loaded_model is not None, timeout=10_000)
    assert [engine.warm_budget] == [None]  # automatic
    values: list[str] = []

    def exec_(dialog: SettingsDialog) -> int:
        values.append(dialog.warm_memory.text())
        dialog.warm_memory.setValue(512)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    window.open_settings()

    assert values == ["Automatic"]
    assert load_settings(app_paths.settings_file).warm_memory_mb == 512
    assert engine.warm_budget == 512 * 2**20  # no reload needed
    assert window.loaded_model is not None
    window.load_model(window.loaded_model.info.path)
    qtbot.waitUntil(lambda: window.loaded_model is not None, timeout=10_000)
    assert engine.warm_budget == 512 * 2**20  # and a load keeps it


def test_the_default_system_prompt_from_settings_is_kept_encrypted_and_used(
    qtbot: QtBot, make_window: WindowFactory, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = RecordingEngine()
    window = make_window(engine)
    prompt = "Answer like a ship's captain, in one sentence."

    def exec_(dialog: SettingsDialog) -> int:
        dialog.system_prompt.setPlainText(prompt)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    window.open_settings()
    _chat(qtbot, window, "Where are we?")

    assert engine.requests[-1][0] == ChatMessage("system", prompt)
    assert prompt not in app_paths.settings_file.read_text(encoding="utf-8")
    store, _ = HistoryStore.open_default(app_paths)
    with store:
        assert store.default_system_prompt() == prompt


# -- 8. first run ---------------------------------------------------------------------------


def test_first_run_with_the_starter_model_suggests_phi3(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(FakeEngine())

    assert window.settings.model_path is None
    assert window.hint.isVisible()
    assert "Phi-3-mini" in window.hint.label.text()
    assert not window.error_banner.isVisible()
    assert window.send_button.isEnabled()


def test_first_run_without_any_model_says_so_and_sending_is_off(
    qtbot: QtBot, make_window: WindowFactory, app_paths: AppPaths
) -> None:
    starter.starter_path(app_paths.models).unlink()
    engine = FakeEngine()
    window = make_window(engine, wait_loaded=False)
    qtbot.wait(50)  # a load, had one been asked for, would have happened by now

    assert window.error_banner.isVisible()
    assert "No model is installed" in window.error_banner.label.text()
    assert not window.send_button.isEnabled()
    assert engine.info is None
    assert "Phi-3-mini" not in window.hint.label.text(), "no starter-model hint without it"


# -- 9. closing -----------------------------------------------------------------------------


def test_closing_mid_reply_ends_the_thread_and_keeps_the_partial_reply(
    qtbot: QtBot, make_window: WindowFactory, app_paths: AppPaths
) -> None:
    window = make_window(FakeEngine(reply=LONG_REPLY, pieces=400, delay=0.005))
    window.send("Write a long story.")
    qtbot.waitUntil(lambda: window.chat_model.items()[-1].content != "", timeout=5_000)
    conversation_id = _conversation_id(window)
    shown = window.chat_model.items()[-1].content

    window.close()

    assert window.worker_thread().isFinished()
    store, _ = HistoryStore.open_default(app_paths)
    with store:
        messages = store.messages(conversation_id)
    assert messages[0].content == "Write a long story."
    assert messages[1].state is MessageState.PARTIAL
    assert messages[1].content.startswith(shown)
    assert LONG_REPLY.startswith(messages[1].content)
    assert len(messages[1].content) < len(LONG_REPLY)


# -- known bugs -----------------------------------------------------------------------------


def test_stop_right_after_send_stops_the_reply(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(SlowStartEngine(reply=LONG_REPLY, pieces=400, delay=0.001))

    with qtbot.waitSignal(window.replyDone, timeout=10_000) as done:
        _type_and_enter(qtbot, window, "Write a long story.")
        qtbot.keyClick(window.composer, Qt.Key.Key_Escape)

    stats = done.args[0]
    assert isinstance(stats, ReplyStats)
    assert stats.stop_reason is StopReason.CANCELLED


def test_a_new_conversation_shows_its_title_while_the_reply_is_written(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    engine = FakeEngine(reply="word " * 200, pieces=200, delay=0.02)
    window = make_window(engine)
    window.new_conversation()

    window.send("How tall is the Torre de Belém?")

    qtbot.waitUntil(lambda: any(title == "How tall is the Torre de Belém?"
                                for _, title, _ in _sidebar(window)), timeout=5_000)
    assert window.chat.busy is Busy.REPLYING  # the title came before the reply's end
    with qtbot.waitSignal(window.replyDone, timeout=30_000):
        window.stop()


def test_a_looping_reply_on_the_starter_model_is_stopped_and_the_window_says_so(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(settings=Settings(max_tokens=600, temperature=0.0))
    window.chat.set_default_system_prompt("")  # the prompt the core test loops on

    with qtbot.waitSignal(window.replyDone, timeout=120_000) as done:
        window.send("请列出中国的城市。")
    stats = done.args[0]

    assert stats is not None
    assert stats.stop_reason is StopReason.REPEATING
    assert window.statusBar().currentMessage() == \
        "The reply was stopped because it kept repeating itself."
