"""Conversations from the window: export, import, branch, and a conversation's own settings.

Everything the history command line does with conversations, reached through the window's
menus and a message's context menu, on the fast fake engine. File dialogs, the menu's popup
and the settings dialog's ``exec`` are replaced by functions that answer as a user would, so a
failing test cannot leave a modal loop hanging.
"""

from __future__ import annotations

import json
import stat
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from assistant.core.conversation.own_settings import ConversationSettings
from assistant.core.history.export import export_json, import_json
from assistant.core.history.store import HistoryStore, Role
from assistant.core.llm.messages import ChatMessage, GenerationParams
from assistant.core.settings import Settings
from assistant.ui import mainwindow
from assistant.ui.conversationactions import _export_path
from assistant.ui.conversationlist import CONVERSATION_ID
from assistant.ui.conversationsettingsdialog import ConversationSettingsDialog
from assistant.ui.mainwindow import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FakeEngine, FakeStream

USER_SETTINGS = Settings(temperature=0.2, max_tokens=64)


@dataclass
class RecordingEngine(FakeEngine):
    """A fake engine that also keeps the sampling settings of every request."""

    params: list[GenerationParams | None] = field(default_factory=list)

    def chat(self, messages: Sequence[ChatMessage], params: GenerationParams | None = None, *,
             cancel: threading.Event | None = None, keep_warm: bool = True) -> FakeStream:
        self.params.append(params)
        return super().chat(messages, params, cancel=cancel, keep_warm=keep_warm)


# -- helpers --------------------------------------------------------------------------------


def _chat(qtbot: QtBot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.replyDone, timeout=10_000):
        window.send(text)


def _store(window: MainWindow) -> HistoryStore:
    assert window.store is not None
    return window.store


def _open_id(window: MainWindow) -> int:
    assert window.conversation is not None
    return window.conversation.id


def _menu_item(menu: QMenu, text: str) -> QAction:
    """The item of ``menu`` a user reads as ``text`` (mnemonic ampersands left out)."""
    menu.aboutToShow.emit()  # as when the user opens it
    found = [a for a in menu.actions() if a.text().replace("&", "") == text]
    assert found, f"{text!r} is not in {[a.text() for a in menu.actions()]}"
    return found[0]


def _choose_item(menu: QMenu, text: str) -> None:
    item = _menu_item(menu, text)
    assert item.isEnabled(), f"{text!r} is disabled"
    item.trigger()


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path, kind: str) -> list[str]:
    """Answer the next save dialogs with ``path`` and the filter naming ``kind``."""
    offered: list[str] = []

    def get_save_file_name(_parent: object, _caption: str, _where: str, filters: str,
                           *_args: object, **_kwargs: object) -> tuple[str, str]:
        offered.extend(filters.split(";;"))
        return str(path), next(f for f in offered if kind in f)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return offered


def _open_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_args, **_kwargs: (str(path), "")))


def _two_chats(qtbot: QtBot, window: MainWindow) -> tuple[int, int]:
    _chat(qtbot, window, "Tell me about otters")
    _chat(qtbot, window, "Do otters hold hands?")
    otters = _open_id(window)
    window.new_conversation()
    _chat(qtbot, window, "Tell me about volcanoes")
    return otters, _open_id(window)


def _answer_settings(monkeypatch: pytest.MonkeyPatch,
                     fill: Callable[[ConversationSettingsDialog], None],
                     button: QDialogButtonBox.StandardButton
                     = QDialogButtonBox.StandardButton.Ok) -> list[ConversationSettingsDialog]:
    seen: list[ConversationSettingsDialog] = []

    def exec_(dialog: ConversationSettingsDialog) -> int:
        seen.append(dialog)
        fill(dialog)
        dialog.buttons.button(button).click()
        return dialog.result()

    monkeypatch.setattr(ConversationSettingsDialog, "exec", exec_)
    return seen


# -- export ---------------------------------------------------------------------------------


def test_export_writes_private_markdown_and_json_that_imports_back(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_window(FakeEngine())
    otters, volcanoes = _two_chats(qtbot, window)
    window.open_conversation(otters)

    offered = _save_as(monkeypatch, tmp_path / "otters", "*.md")
    _choose_item(window.menus.conversation_menu, "Export…")
    markdown = tmp_path / "otters.md"
    text = markdown.read_text(encoding="utf-8")
    assert text.startswith("# Tell me about otters")
    assert "Do otters hold hands?" in text
    assert "volcanoes" not in text
    assert stat.S_IMODE(markdown.stat().st_mode) == 0o600, "readable by the user only"
    assert len(offered) == 2, "Markdown and JSON are offered"
    assert str(markdown) in window.statusBar().currentMessage()

    _save_as(monkeypatch, tmp_path / "otters.md", "*.json")  # the filter decides the format
    _choose_item(window.menus.conversation_menu, "Export…")
    exported = (tmp_path / "otters.json").read_text(encoding="utf-8")
    assert stat.S_IMODE((tmp_path / "otters.json").stat().st_mode) == 0o600
    with HistoryStore.in_memory() as elsewhere:
        assert import_json(elsewhere, exported).imported == 1
        (copy,) = elsewhere.list_conversations()
        assert [(m.role, m.content) for m in elsewhere.messages(copy.id)] == [
            (m.role, m.content) for m in _store(window).messages(otters)]
    assert not window.error_banner.isVisible()

    _save_as(monkeypatch, tmp_path / "everything.json", "*.json")
    _choose_item(window.menus.file_menu, "Export all conversations…")
    document = json.loads((tmp_path / "everything.json").read_text(encoding="utf-8"))
    assert {c["title"] for c in document["conversations"]} == {
        _store(window).conversation(i).title for i in (otters, volcanoes)}


def test_export_never_replaces_a_file_the_dialog_did_not_ask_about(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_window(FakeEngine())
    _chat(qtbot, window, "Tell me about otters")
    kept = tmp_path / "notes.md"
    kept.write_text("my own notes", encoding="utf-8")

    _save_as(monkeypatch, tmp_path / "notes", "*.md")  # the suffix is added: not asked about
    _choose_item(window.menus.conversation_menu, "Export…")

    assert kept.read_text(encoding="utf-8") == "my own notes"
    assert window.error_banner.isVisible()
    assert "already exists" in window.error_banner.label.text()


def test_the_chosen_filter_decides_the_format_and_the_suffix() -> None:
    assert _export_path(Path("/a/x.md"), "Markdown (*.md)") == (Path("/a/x.md"), False, True)
    assert _export_path(Path("/a/x.md"), "JSON (*.json)") == (Path("/a/x.json"), True, False)
    assert _export_path(Path("/a/x"), "JSON (*.json)") == (Path("/a/x.json"), True, False)
    assert _export_path(Path("/a/x.JSON"), "") == (Path("/a/x.JSON"), True, True)


def test_export_is_off_without_an_open_conversation(make_window: WindowFactory) -> None:
    window = make_window(FakeEngine())
    assert not _menu_item(window.menus.conversation_menu, "Export…").isEnabled()
    assert not _menu_item(window.menus.conversation_menu, "Conversation settings…").isEnabled()
    assert _menu_item(window.menus.file_menu, "Import conversations…").isEnabled()


# -- import ---------------------------------------------------------------------------------


def _export_file(path: Path, titles: Sequence[str]) -> Path:
    with HistoryStore.in_memory() as elsewhere:
        for title in titles:
            conversation = elsewhere.create_conversation(title=title)
            elsewhere.add_message(conversation.id, Role.USER, f"A question about {title}")
            elsewhere.add_message(conversation.id, Role.ASSISTANT, f"An answer on {title}")
        path.write_text(export_json(elsewhere), encoding="utf-8")
    return path


def test_import_adds_the_conversations_and_says_how_many(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_window(FakeEngine())
    _open_file(monkeypatch, _export_file(tmp_path / "two.json", ["Tea", "Coffee"]))

    _choose_item(window.menus.file_menu, "Import conversations…")

    store = _store(window)
    assert sorted(c.title for c in store.list_conversations()) == ["Coffee", "Tea"]
    assert window.statusBar().currentMessage() == "Imported 2 conversations."
    listed = [window.conversations.index(row, 0).data(CONVERSATION_ID)
              for row in range(window.conversations.rowCount())]
    assert len([i for i in listed if i is not None]) == 2, "the sidebar lists them"
    assert not window.error_banner.isVisible()

    _choose_item(window.menus.file_menu, "Import conversations…")  # the same file again
    assert store.count_conversations() == 2
    message = window.statusBar().currentMessage()
    assert message.startswith("Imported 0 conversation")
    assert "2 conversation" in message


@pytest.mark.parametrize("content", [
    b"\x00\xff\xfe not text at all",
    b'{"format": "pequeno-history", "version": 1, "conversations": "nope"}',
    b"[" * 100_000,
    b'{"format": "pequeno-history", "version": 99, "conversations": []}',
], ids=["binary", "wrong-shape", "deep-nesting", "newer-version"])
def test_a_hostile_or_invalid_file_shows_an_error_and_imports_nothing(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    content: bytes
) -> None:
    window = make_window(FakeEngine())
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    _open_file(monkeypatch, bad)

    _choose_item(window.menus.file_menu, "Import conversations…")

    assert window.error_banner.isVisible()
    assert window.error_banner.label.text()
    assert window.error_banner.label.textFormat() == Qt.TextFormat.PlainText
    assert _store(window).count_conversations() == 0


def test_a_file_with_one_bad_conversation_imports_none_of_them(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_window(FakeEngine())
    path = _export_file(tmp_path / "three.json", ["One", "Two", "Three"])
    document = json.loads(path.read_text(encoding="utf-8"))
    document["conversations"][2]["messages"][0]["role"] = "<script>alert(1)</script>"
    path.write_text(json.dumps(document), encoding="utf-8")
    _open_file(monkeypatch, path)

    _choose_item(window.menus.file_menu, "Import conversations…")

    assert "conversation 3" in window.error_banner.label.text()
    assert _store(window).count_conversations() == 0


# -- branching ------------------------------------------------------------------------------


def _branch_from_row(qtbot: QtBot, window: MainWindow, row: int,
                     monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Open a message's context menu as a right click does, and choose Branch from here."""
    offered: list[str] = []

    class ChoosingMenu(QMenu):
        """A context menu that, instead of waiting for a click, chooses Branch from here."""

        def exec(self, *_args: object) -> QAction | None:  # type: ignore[override]
            offered.extend(a.text() for a in self.actions())
            chosen = next((a for a in self.actions() if a.text() == "Branch from here"), None)
            if chosen is not None:
                chosen.trigger()
            return chosen

    # Qt's own exec cannot be replaced on QMenu itself (it is a C++ overload set).
    monkeypatch.setattr(mainwindow, "QMenu", ChoosingMenu)
    view = window.chat_view
    rect = view.visualRect(window.chat_model.index(row))
    assert rect.isValid()
    view.customContextMenuRequested.emit(rect.center())
    return offered


def test_branch_from_the_second_message_opens_a_copy_of_the_first_two(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(FakeEngine())
    _chat(qtbot, window, "Tell me about otters")
    _chat(qtbot, window, "Do otters hold hands?")
    store = _store(window)
    original = _open_id(window)
    store.set_system_prompt(original, "Answer like a pirate.")
    window.chat.reload()
    before = store.messages(original)
    assert len(before) == 4

    offered = _branch_from_row(qtbot, window, 1, monkeypatch)

    assert "Branch from here" in offered
    branch = window.conversation
    assert branch is not None
    assert branch.id != original
    assert branch.title == "Tell me about otters (branch)"
    assert branch.system_prompt == "Answer like a pirate."
    assert branch.settings == store.conversation(original).settings
    copied = store.messages(branch.id)
    assert [(m.role, m.content) for m in copied] == [(m.role, m.content) for m in before[:2]]
    assert [item.content for item in window.chat_model.items()] == [m.content for m in before[:2]]
    assert store.messages(original) == before, "the original is untouched"
    listed = [window.conversations.index(row, 0).data(CONVERSATION_ID)
              for row in range(window.conversations.rowCount())]
    assert sorted(i for i in listed if i is not None) == sorted([original, branch.id]), \
        "the sidebar lists the branch"

    _chat(qtbot, window, "What else?")  # the branch goes on by itself
    assert len(store.messages(branch.id)) == 4
    assert store.messages(original) == before


# -- the conversation's own settings --------------------------------------------------------


def test_a_conversations_own_settings_reach_the_engine_for_it_only(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = RecordingEngine()
    window = make_window(engine, settings=USER_SETTINGS)
    _chat(qtbot, window, "Be creative.")
    creative = _open_id(window)

    def fill(dialog: ConversationSettingsDialog) -> None:
        assert dialog.temperature.text().startswith("As in Settings")
        assert dialog.max_tokens.text().startswith("As in Settings")
        dialog.temperature.setValue(1.3)
        dialog.max_tokens.setValue(77)
        dialog.system_prompt.setPlainText("Speak in rhymes.")

    seen = _answer_settings(monkeypatch, fill)
    _choose_item(window.menus.conversation_menu, "Conversation settings…")
    assert len(seen) == 1
    _chat(qtbot, window, "Again.")
    params = engine.params[-1]
    assert params is not None
    assert (params.temperature, params.max_tokens) == (1.3, 77)
    assert engine.requests[-1][0] == ChatMessage("system", "Speak in rhymes.")

    window.new_conversation()
    _chat(qtbot, window, "Be plain.")
    params = engine.params[-1]
    assert params is not None
    assert (params.temperature, params.max_tokens) == (0.2, 64), "other conversations: Settings"
    assert engine.requests[-1][0] != ChatMessage("system", "Speak in rhymes.")

    window.open_conversation(creative)
    _chat(qtbot, window, "Once more.")
    params = engine.params[-1]
    assert params is not None
    assert (params.temperature, params.max_tokens) == (1.3, 77), "kept with the conversation"

    def back_to_settings(dialog: ConversationSettingsDialog) -> None:
        assert dialog.temperature.value() == pytest.approx(1.3)
        assert dialog.max_tokens.value() == 77
        assert dialog.system_prompt.toPlainText() == "Speak in rhymes."
        dialog.temperature.setValue(dialog.temperature.minimum())
        dialog.max_tokens.setValue(dialog.max_tokens.minimum())

    _answer_settings(monkeypatch, back_to_settings)
    _choose_item(window.menus.conversation_menu, "Conversation settings…")
    _chat(qtbot, window, "And now?")
    params = engine.params[-1]
    assert params is not None
    assert (params.temperature, params.max_tokens) == (0.2, 64)


def test_cancel_changes_nothing(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(RecordingEngine(), settings=USER_SETTINGS)
    _chat(qtbot, window, "Hello")
    before = window.conversation

    def fill(dialog: ConversationSettingsDialog) -> None:
        dialog.temperature.setValue(1.9)
        dialog.system_prompt.setPlainText("Changed my mind.")

    _answer_settings(monkeypatch, fill, QDialogButtonBox.StandardButton.Cancel)
    _choose_item(window.menus.conversation_menu, "Conversation settings…")

    assert _store(window).conversation(_open_id(window)) == before


# -- keyboard and screen readers ------------------------------------------------------------


def test_every_new_item_has_a_mnemonic_of_its_own_in_its_menu(make_window: WindowFactory) -> None:
    window = make_window(FakeEngine())
    for menu, texts in ((window.menus.file_menu, ["Import conversations…",
                                                  "Export all conversations…"]),
                        (window.menus.conversation_menu, ["Export…",
                                                          "Conversation settings…"])):
        keys = [a.text().lower().split("&")[1][:1] for a in menu.actions()
                if not a.isSeparator() and "&" in a.text()]
        for text in texts:
            item = _menu_item(menu, text)
            assert "&" in item.text(), f"{text!r} has no mnemonic"
            key = item.text().lower().split("&")[1][:1]
            assert keys.count(key) == 1, f"{text!r} shares its mnemonic {key!r}"


def test_the_settings_dialog_is_named_for_screen_readers_and_closes_with_escape(
    qtbot: QtBot,
) -> None:
    dialog = ConversationSettingsDialog("Be brief.", ConversationSettings(), USER_SETTINGS)
    qtbot.addWidget(dialog)
    for widget in (dialog.system_prompt, dialog.temperature, dialog.max_tokens):
        assert widget.accessibleName()
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.temperature.setFocus()
    qtbot.keyClick(dialog.temperature, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == ConversationSettingsDialog.DialogCode.Rejected
