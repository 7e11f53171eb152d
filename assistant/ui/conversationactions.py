"""What the window does with whole conversations: export, import, branch and their settings.

The history command line's export and import (:mod:`assistant.core.history.export`) and the
core's branching, reached from the window's menus: Conversation > Export… and Conversation
settings…, File > Export all conversations… and Import conversations…, and a message's
"Branch from here". Problems are shown in the window's error banner; results in its status bar.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog

from assistant.core.conversation.branching import branch
from assistant.core.conversation.own_settings import SETTINGS_KEY
from assistant.core.errors import PequenoError
from assistant.core.history.export import (
    export_json,
    export_markdown,
    import_json,
    read_export,
    write_export,
)
from assistant.ui.chatcontroller import Busy
from assistant.ui.chatmodel import ChatItem
from assistant.ui.conversationsettingsdialog import ConversationSettingsDialog

if TYPE_CHECKING:
    from assistant.ui.mainwindow import MainWindow

log = logging.getLogger(__name__)

MARKDOWN_SUFFIX = ".md"
JSON_SUFFIX = ".json"
STATUS_MS = 10_000


class ConversationActions(QObject):
    """Export, import, branching and per-conversation settings, for the window's menus."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

        def action(slot: object) -> QAction:
            item = QAction(window)
            item.triggered.connect(slot)
            window.addAction(item)
            return item

        self.export = action(self.export_open)
        self.export_all = action(self.export_everything)
        self.import_ = action(self.import_file)
        self.settings = action(self.edit_settings)
        self.settings_dialog: ConversationSettingsDialog | None = None

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.export.setText(self.tr("E&xport…"))
        self.export.setToolTip(self.tr("Save this conversation as Markdown to read, or as "
                                       "JSON to import again"))
        self.export_all.setText(self.tr("E&xport all conversations…"))
        self.import_.setText(self.tr("&Import conversations…"))
        self.import_.setToolTip(self.tr("Add the conversations of a JSON export; those "
                                        "already here are skipped"))
        self.settings.setText(self.tr("Conversation se&ttings…"))
        self.settings.setToolTip(self.tr("This conversation's system prompt, temperature and "
                                         "reply length"))

    def update(self) -> None:
        """Enable what applies to the open conversation only while one is open."""
        window = self._window
        has_one = window.conversation is not None and window.store is not None
        self.export.setEnabled(has_one)
        self.settings.setEnabled(has_one and window.chat.busy is not Busy.REPLYING)
        self.export_all.setEnabled(window.store is not None)
        self.import_.setEnabled(window.store is not None)

    # -- export -----------------------------------------------------------------------------

    def export_open(self) -> None:
        """Ask where to save the open conversation, as Markdown or JSON, and save it there."""
        conversation = self._window.conversation
        if conversation is None or self._window.store is None:
            return
        name = conversation.title or self.tr("Conversation")
        self._export([conversation.id], self.tr("Export the conversation"), name)

    def export_everything(self) -> None:
        """Ask where to save every conversation, as Markdown or JSON, and save them there."""
        if self._window.store is None:
            return
        self._export(None, self.tr("Export all conversations"), self.tr("Pequeno conversations"))

    def _markdown_filter(self) -> str:
        return self.tr("Markdown, to read (*.md)")

    def _json_filter(self) -> str:
        return self.tr("JSON, to import again (*.json)")

    def _export(self, ids: list[int] | None, caption: str, name: str) -> None:
        window = self._window
        store = window.store
        assert store is not None
        suggested = Path.home() / (_file_name(name) + MARKDOWN_SUFFIX)
        chosen, selected = QFileDialog.getSaveFileName(
            window, caption, str(suggested),
            ";;".join((self._markdown_filter(), self._json_filter())))
        if not chosen:
            return
        path, as_json, confirmed = _export_path(Path(chosen), selected)
        try:
            text = export_json(store, ids) if as_json else export_markdown(store, ids)
            # The file dialog asked before replacing the name it was given; never another.
            write_export(path, text + "\n", replace=confirmed)
        except PequenoError as exc:
            window.show_error(exc.message)
            return
        window.statusBar().showMessage(self.tr("Saved to {path}.").format(path=path),
                                       STATUS_MS)

    # -- import -----------------------------------------------------------------------------

    def import_file(self) -> None:
        """Ask for a JSON export and add its conversations (whole, or not at all)."""
        window = self._window
        store = window.store
        if store is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            window, self.tr("Import conversations"), str(Path.home()), self._json_filter())
        if not chosen:
            return
        try:
            result = import_json(store, read_export(Path(chosen)))
        except PequenoError as exc:
            window.show_error(exc.message)
            return
        window.refresh_conversations()
        text = self.tr("Imported %n conversation(s).", "", result.imported)
        if result.skipped:
            skipped = result.skipped
            text += " " + self.tr("%n conversation(s) were already there.", "", skipped)
        window.statusBar().showMessage(text, STATUS_MS)

    # -- branching --------------------------------------------------------------------------

    def branch_from(self, item: ChatItem) -> None:
        """Start a new conversation with the messages up to ``item``, and open it."""
        window = self._window
        conversation, store = window.conversation, window.store
        if conversation is None or store is None or not item.message_id \
                or window.chat.busy is Busy.REPLYING:
            return
        title = self.tr("{title} (branch)").format(
            title=conversation.title or self.tr("Conversation"))
        try:
            copy = branch(store, item.message_id, title)
        except PequenoError as exc:
            window.show_error(exc.message)
            return
        window.refresh_conversations()
        window.open_conversation(copy.id)
        window.focus_composer()

    # -- the conversation's own settings ----------------------------------------------------

    def edit_settings(self) -> None:
        """Edit the open conversation's system prompt, temperature and reply length."""
        window = self._window
        chat, store = window.chat, window.store
        conversation = chat.conversation
        if conversation is None or store is None or chat.busy is Busy.REPLYING:
            return
        shown = conversation.system_prompt if conversation.system_prompt is not None \
            else chat.default_system_prompt()
        dialog = ConversationSettingsDialog(shown, chat.own_settings(), window.settings, window)
        self.settings_dialog = dialog
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            prompt = dialog.system_prompt_text()
            if prompt != shown:
                store.set_system_prompt(conversation.id, prompt)
            store.update_settings(conversation.id,
                                  **{SETTINGS_KEY: dialog.own_settings().as_settings()})
        except PequenoError as exc:
            window.show_error(exc.message)
        finally:
            self.settings_dialog = None
            dialog.deleteLater()
            chat.reload()
            chat.measure()  # the reply length decides what of the conversation fits


def _file_name(title: str) -> str:
    """A title made safe as a file name (no folders, no characters file systems refuse)."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in title)
    return cleaned.strip(" .")[:80] or "conversation"


def _export_path(chosen: Path, selected_filter: str) -> tuple[Path, bool, bool]:
    """Where to write, whether as JSON, and whether the dialog confirmed replacing that file.

    The chosen filter says the format (the name's suffix does only when no filter came back).
    A name without that format's suffix gets it, in place of a .md or .json it had: a name
    the dialog did not ask about, so an existing file by that name is never replaced.
    """
    suffix = chosen.suffix.lower()
    known = (MARKDOWN_SUFFIX, JSON_SUFFIX)
    as_json = f"*{JSON_SUFFIX}" in selected_filter if selected_filter else suffix == JSON_SUFFIX
    wanted = JSON_SUFFIX if as_json else MARKDOWN_SUFFIX
    if suffix == wanted:
        return chosen, as_json, True
    stem = chosen.stem if suffix in known else chosen.name
    return chosen.with_name(stem + wanted), as_json, False
