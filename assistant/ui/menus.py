"""The window's menus and shortcuts: File, Edit, Conversation, Language and Help."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDialog

from assistant.ui.aboutdialog import AboutDialog
from assistant.ui.shortcutsdialog import ShortcutsDialog
from assistant.ui.translations import LANGUAGES

if TYPE_CHECKING:
    from assistant.ui.mainwindow import MainWindow


class Menus(QObject):
    """Every action of the main window, in its menu bar and as window-wide shortcuts."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

        def action(shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                   slot: Callable[[], object]) -> QAction:
            item = QAction(window)
            if shortcut is not None:
                item.setShortcut(QKeySequence(shortcut))
            item.triggered.connect(slot)
            window.addAction(item)
            return item

        self.new = action(QKeySequence.StandardKey.New, window.new_conversation)
        self.open_model = action(QKeySequence.StandardKey.Open, window.models.choose_file)
        self.models = action("Ctrl+M", window.models.open_dialog)
        self.summarize = action("Ctrl+Shift+O", lambda: window.summarize_document())
        self.ask = action("Ctrl+Shift+A", lambda: window.ask_about_document())
        self.collections = action(None, window.documents.open_collections)
        self.settings = action("Ctrl+,", window.open_settings)
        self.quit = action(QKeySequence.StandardKey.Quit, window.close)
        self.search = action(QKeySequence.StandardKey.Find, window.focus_search)
        self.composer = action("Ctrl+L", window.focus_composer)
        self.copy_reply = action("Ctrl+Shift+C", window.copy_last_reply)
        self.stop = action(None, window.stop)
        self.rename = action("F2", window.rename_conversation)
        self.delete = action(None, window.delete_conversation)
        self.pin = action(None, window.toggle_pin)
        self.fold = action(None, window.toggle_running_summary)
        self.fold.setCheckable(True)
        self.shortcuts_help = action(QKeySequence.StandardKey.HelpContents, self.show_shortcuts)
        self.about = action(None, self.show_about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.about_dialog: AboutDialog | None = None
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new, self.summarize, self.ask, self.collections,
                                   self.models, self.open_model, self.settings])
        conversations = window.conversation_actions
        self.file_menu.addSeparator()
        self.file_menu.addActions([conversations.import_, conversations.export_all])
        self.file_menu.aboutToShow.connect(conversations.update)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.search, self.composer, self.copy_reply, self.stop])
        self.conversation_menu = bar.addMenu("")
        self.conversation_menu.addActions([self.rename, self.pin, self.fold, self.delete])
        self.conversation_menu.aboutToShow.connect(self.update_fold)
        self.conversation_menu.insertActions(self.delete, [conversations.settings,
                                                           conversations.export])
        self.conversation_menu.aboutToShow.connect(conversations.update)
        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(window)
        self.system_language = QAction(window)
        choices: list[tuple[QAction, str | None]] = [(self.system_language, None)]
        choices += [(QAction(name, window), language) for language, name in LANGUAGES]
        for item, choice in choices:
            item.setCheckable(True)
            item.setChecked(choice == window.settings.language)
            item.setData(choice)
            item.triggered.connect(lambda _=False, choice=choice: window.set_language(choice))
            self.language_group.addAction(item)
            self.language_menu.addAction(item)
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.shortcuts_help, self.about])

    def update_fold(self) -> None:
        """Show whether the open conversation keeps a running summary."""
        chat = self._window.chat
        self.fold.setEnabled(chat.conversation is not None and chat.store is not None)
        self.fold.setChecked(chat.running_summary().enabled)

    def show_shortcuts(self) -> None:
        """Show every keyboard shortcut (one overview, brought to the front if open)."""
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(self._window)
        _show(self.shortcuts_dialog)

    def show_about(self) -> None:
        """Show the version, the loaded model and the libraries' licences."""
        if self.about_dialog is None:
            window = self._window
            self.about_dialog = AboutDialog(
                lambda: window.loaded_model.info if window.loaded_model else None, window)
        self.about_dialog.refresh()  # an open one may show a model loaded since
        _show(self.about_dialog)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.new.setText(self.tr("&New chat"))
        self.summarize.setText(self.tr("S&ummarize a document…"))
        self.ask.setText(self.tr("&Ask about a document…"))
        self.ask.setToolTip(self.tr(
            "Index a document or a folder and ask questions about it; answers cite the pages "
            "they come from."))
        self.collections.setText(self.tr("Co&llections…"))
        self.open_model.setText(self.tr("&Open model file…"))
        self.models.setText(self.tr("&Models…"))
        self.settings.setText(self.tr("&Settings…"))
        self.quit.setText(self.tr("&Quit"))
        self.search.setText(self.tr("&Find in conversations"))
        self.composer.setText(self.tr("&Write a message"))
        self.copy_reply.setText(self.tr("&Copy last reply"))
        self.stop.setText(self.tr("S&top the reply"))
        self.rename.setText(self.tr("&Rename…"))
        self.delete.setText(self.tr("&Delete"))
        self.pin.setText(self.tr("&Pin or unpin"))
        self.fold.setText(self.tr("&Keep a summary of older messages"))
        self.fold.setToolTip(self.tr(
            "When messages no longer fit the model's memory, the model summarizes them and "
            "keeps the summary in view. Each update takes a moment before the reply."))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.conversation_menu.setTitle(self.tr("&Conversation"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_help.setText(self.tr("&Keyboard shortcuts"))
        self.about.setText(self.tr("&About Pequeno"))
        self.system_language.setText(self.tr("The system's language"))


def _show(dialog: QDialog) -> None:
    if dialog.isVisible():
        dialog.raise_()
    else:
        dialog.show()
    dialog.activateWindow()
