"""The window by keyboard alone: no mouse events, and no direct calls for any action.

Every key goes to the widget that has the keyboard focus (``QApplication.focusWidget()``), the
way a real keyboard's would. A dialog is driven from a timer while its ``exec()`` runs, also
through the widget that has the focus inside it. The test only reads state, to check what the
user would see. The engine is the fast fake: this test is about the window, not the model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from assistant.core.history.store import MessageState, Role
from assistant.ui.conversationlist import CONVERSATION_ID
from assistant.ui.mainwindow import MainWindow
from assistant.ui.modelsdialog import ModelsDialog
from assistant.ui.summarizedialog import SummarizeDialog
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FakeEngine

LONG_REPLY = "".join(f"w{i:03d} " for i in range(300))  # 300 pieces, 10 ms each: 3 s
QUOKKA_REPLY = "Quokkas live on Rottnest Island."
SUMMARY = "- Otters hold hands.\n- They sleep on the water."
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
DialogSteps = Callable[[QtBot, QDialog], None]


# -- keys, always where the focus is ----------------------------------------------------------


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _key(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    qtbot.keyClick(_focus(), key, modifier)


def _keys(qtbot: QtBot, sequence: str) -> None:
    """Press a shortcut such as ``Ctrl+N``."""
    qtbot.keySequence(_focus(), QKeySequence(sequence))


def _type(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(_focus(), text)


def _describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    return f"{type(widget).__name__}({widget.accessibleName() or widget.objectName()!r})"


def _shows_focus(widget: QWidget) -> bool:
    """Has the focus, takes it from Tab, and is visible and enabled, so its focus is drawn."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() \
        and widget.isEnabled() and widget.hasFocus()


def _window_manager_activates(qtbot: QtBot, window: QWidget) -> None:
    """What a desktop's window manager does: activate the window, again when a dialog closes.

    The offscreen platform activates a window when it is shown, but it has no window manager
    to give the activation back to the main window when a modal dialog closes (a real desktop
    does), so without this step nothing would have the keyboard focus. Not a user's action.
    """
    with qtbot.waitActive(window):
        window.activateWindow()


def _tab_cycle(qtbot: QtBot, root: QWidget, limit: int = 20) -> list[QWidget]:
    """Press Tab from the focus until it comes back to it; the widgets visited, in order."""
    start = _focus()
    visited = [start]
    for _ in range(limit):
        _key(qtbot, Qt.Key.Key_Tab)
        widget = _focus()
        if widget is start:
            return visited
        assert root.isAncestorOf(widget), f"Tab left {_describe(root)} for {_describe(widget)}"
        assert _shows_focus(widget), f"Tab reached {_describe(widget)}, which shows no focus"
        visited.append(widget)
    raise AssertionError(f"Tab never came back to {_describe(start)}")


@dataclass
class DialogRun:
    """What happened in a dialog driven by :func:`_in_dialog`."""

    kind: type[QDialog]
    ran: bool = False  # the steps ran inside the dialog
    problems: list[str] = field(default_factory=list)
    abandoned: bool = False

    def check(self) -> None:
        """Fail unless the dialog opened and the steps' keys closed it; stop waiting for it."""
        self.abandoned = True
        assert self.ran, f"no {self.kind.__name__} opened"
        assert self.problems == []


def _in_dialog(qtbot: QtBot, kind: type[QDialog], steps: DialogSteps) -> DialogRun:
    """Run ``steps`` inside the next ``kind`` dialog while its ``exec()`` runs.

    Call ``check()`` on the result once ``exec()`` has returned. When a step fails, the dialog
    is rejected so that ``exec()`` returns and the test reports the failure instead of hanging;
    that call is never how a passing run closes it.
    """
    run = DialogRun(kind)

    def drive() -> None:
        if run.abandoned:
            return
        dialog = QApplication.activeModalWidget()
        # A user types once the dialog is on screen and has taken the keyboard.
        if not isinstance(dialog, kind) or not dialog.isActiveWindow():
            QTimer.singleShot(20, drive)
            return
        run.ran = True
        try:
            steps(qtbot, dialog)
        except Exception as exc:  # any failure must still close the dialog
            run.problems.append(f"{type(exc).__name__}: {exc}")
        if dialog.isVisible():
            if not run.problems:
                run.problems.append(f"the keys left the {kind.__name__} open")
            dialog.reject()

    QTimer.singleShot(0, drive)
    return run


# -- the dialogs ------------------------------------------------------------------------------


def _browse_the_models_dialog(qtbot: QtBot, dialog: QDialog) -> None:
    assert isinstance(dialog, ModelsDialog)
    assert dialog.isModal()
    assert QApplication.activeModalWidget() is dialog
    focus = _focus()
    assert dialog.isAncestorOf(focus), f"the focus stayed outside: {_describe(focus)}"
    first = dialog.card(dialog.model_ids()[0])
    assert first is not None
    assert focus is first.first_button(), \
        f"the first model's card should have the focus: {_describe(focus)}"
    assert _shows_focus(focus)
    cycle = _tab_cycle(qtbot, dialog)
    names = [_describe(w) for w in cycle]
    for model_id in dialog.model_ids():  # every card is reached, in the order shown
        card = dialog.card(model_id)
        assert card is not None
        assert card.first_button() in cycle, names
    assert dialog.close_button in cycle, names
    assert _focus() is first.first_button()
    _key(qtbot, Qt.Key.Key_Escape)


def _summarize_by_keyboard(path: Path) -> DialogSteps:
    def steps(qtbot: QtBot, dialog: QDialog) -> None:
        assert isinstance(dialog, SummarizeDialog)
        assert QApplication.activeModalWidget() is dialog
        assert _focus() is dialog.path_edit, f"focus: {_describe(_focus())}"
        _type(qtbot, str(path))
        _key(qtbot, Qt.Key.Key_Tab)
        assert _focus() is dialog.browse_button, f"focus: {_describe(_focus())}"
        _key(qtbot, Qt.Key.Key_Tab)
        assert _focus() is dialog.style_box, f"focus: {_describe(_focus())}"
        assert _shows_focus(dialog.style_box)
        for _ in range(dialog.style_box.count()):
            if dialog.style_box.currentData() == "points":
                break
            _key(qtbot, Qt.Key.Key_Down)
        assert dialog.style_box.currentText().startswith("Key points"), \
            f"Down did not reach Key points: {dialog.style_box.currentText()!r}"
        assert dialog.language_box.currentData() is None, "the document's language is kept"
        # Each field is named by a visible label whose Alt shortcut reaches it.
        assert [label.text() for label in dialog.field_labels] == [
            "&Document:", "&Style:", "&Language:"]
        qtbot.keyClick(_focus(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
        assert _focus() is dialog.language_box, f"Alt+L: {_describe(_focus())}"
        qtbot.keyClick(_focus(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        assert _focus() is dialog.path_edit, f"Alt+D: {_describe(_focus())}"
        _key(qtbot, Qt.Key.Key_Return)

    return steps


# -- the test ---------------------------------------------------------------------------------


def _open(window: MainWindow) -> int | None:
    """The id of the conversation the chat shows (``None``: a new, empty one)."""
    conversation = window.conversation
    return conversation.id if conversation is not None else None


def _sidebar_ids(window: MainWindow) -> list[int]:
    """The conversations in the sidebar, without the group headings."""
    ids = [window.conversations.index(row, 0).data(CONVERSATION_ID)
           for row in range(window.conversations.rowCount())]
    return [int(i) for i in ids if i is not None]


def test_chat_search_models_and_summary_by_keyboard_alone(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    engine = FakeEngine(reply=LONG_REPLY, pieces=300, delay=0.01)
    window = make_window(engine)
    _window_manager_activates(qtbot, window)
    store = window.store
    assert store is not None

    # 1. Ctrl+N, type, Enter: the reply streams; Esc stops it and keeps what was written.
    _keys(qtbot, "Ctrl+N")
    assert window.chat_model.rowCount() == 0
    assert _open(window) is None
    assert _focus() is window.composer
    _type(qtbot, "Tell me about otters")
    with qtbot.waitSignal(window.replyDone, timeout=10_000) as stopped:
        _key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(window.chat_model.items()) == 2
                        and bool(window.chat_model.items()[1].content), timeout=5_000)
        assert _focus() is window.composer
        _key(qtbot, Qt.Key.Key_Escape)
    assert stopped.args[0] is not None, "the reply failed instead of stopping"
    otters = _open(window)
    assert otters is not None
    saved = store.messages(otters)
    assert [(m.role, m.state) for m in saved] == [
        (Role.USER, MessageState.COMPLETE), (Role.ASSISTANT, MessageState.PARTIAL)]
    assert saved[0].content == "Tell me about otters"
    assert 0 < len(saved[1].content) < len(LONG_REPLY), "Esc did not stop the reply"
    assert window.chat_model.items()[1].state is MessageState.PARTIAL
    assert _focus() is window.composer

    # 2. Ctrl+N again, a message with a word found nowhere else, and its whole reply.
    engine.delay, engine.reply, engine.pieces = 0.0, QUOKKA_REPLY, 4
    _keys(qtbot, "Ctrl+N")
    assert window.chat_model.rowCount() == 0
    assert _focus() is window.composer
    _type(qtbot, "What is a quokka?")
    with qtbot.waitSignal(window.replyDone, timeout=10_000):
        _key(qtbot, Qt.Key.Key_Return)
    quokkas = _open(window)
    assert quokkas is not None
    assert quokkas != otters
    assert [m.content for m in store.messages(quokkas)] == ["What is a quokka?", QUOKKA_REPLY]

    # The Tab order through the window, forwards and back; each stop shows its focus.
    _keys(qtbot, "Ctrl+F")
    # A notice shown above the messages (here: where the history key is kept) comes in
    # reading order, between the conversations and the messages.
    notices = [button for banner in (window.error_banner, window.hint)
               for button in (banner.action_button, banner.close_button)
               if button.isVisibleTo(window)]
    expected = [window.search, window.new_button, window.summarize_button,
                window.conversation_list, *notices, window.chat_view, window.composer,
                window.send_button]
    assert _focus() is window.search
    forwards = [_focus()]
    for _ in expected[1:]:
        _key(qtbot, Qt.Key.Key_Tab)
        assert _shows_focus(_focus()), f"{_describe(_focus())} shows no focus"
        forwards.append(_focus())
    assert [_describe(w) for w in forwards] == [_describe(w) for w in expected]
    backwards = [_focus()]
    for _ in expected[1:]:
        _key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert _shows_focus(_focus()), f"{_describe(_focus())} shows no focus"
        backwards.append(_focus())
    assert [_describe(w) for w in backwards] == [_describe(w) for w in reversed(expected)]

    # 3. Ctrl+N, Ctrl+F, the word: the sidebar shows the match; Tab to it, Down, Enter.
    _keys(qtbot, "Ctrl+N")
    assert window.chat_model.rowCount() == 0
    _keys(qtbot, "Ctrl+F")
    assert _focus() is window.search
    _type(qtbot, "quokka")
    assert _sidebar_ids(window) == [quokkas]
    while _focus() is not window.conversation_list:
        assert _focus() in expected[:3], f"Tab went to {_describe(_focus())}"
        _key(qtbot, Qt.Key.Key_Tab)
    assert _shows_focus(window.conversation_list)
    _key(qtbot, Qt.Key.Key_Down)
    assert window.conversation_list.currentIndex().data(CONVERSATION_ID) == quokkas
    _key(qtbot, Qt.Key.Key_Return)
    assert _open(window) == quokkas
    assert [(i.role, i.content) for i in window.chat_model.items()] == [
        (Role.USER, "What is a quokka?"), (Role.ASSISTANT, QUOKKA_REPLY)]

    # 4. Ctrl+M: the models dialog is modal with the focus inside; Tab cycles; Esc closes.
    models = _in_dialog(qtbot, ModelsDialog, _browse_the_models_dialog)
    _keys(qtbot, "Ctrl+M")
    models.check()
    assert QApplication.activeModalWidget() is None
    _window_manager_activates(qtbot, window)
    assert _focus() is window.conversation_list, "the focus is back where it was"

    # 5. Ctrl+Shift+O: type the path, Tab to the style, Down to Key points, Enter: a summary.
    document = tmp_path / "otters.txt"
    document.write_text("Otters hold hands while they sleep so that they do not drift "
                        "apart.\n", encoding="utf-8")
    engine.reply = SUMMARY
    summarize = _in_dialog(qtbot, SummarizeDialog, _summarize_by_keyboard(document))
    with qtbot.waitSignal(window.summaryDone, timeout=10_000) as done:
        _keys(qtbot, "Ctrl+Shift+O")
        summarize.check()
    summary = done.args[0]
    assert isinstance(summary, int), "the summary failed"
    assert summary not in (otters, quokkas)
    assert _open(window) == summary, "the summary is not the open conversation"
    saved = store.messages(summary)
    assert [m.role for m in saved] == [Role.USER, Role.ASSISTANT]
    assert "otters" in saved[0].content
    assert saved[1].content == SUMMARY
    assert saved[1].stats["summary"]["style"] == "points"
    assert [(i.role, i.content) for i in window.chat_model.items()] == \
        [(m.role, m.content) for m in saved]
