"""The sidebar: search, "New chat", "Summarize a document…" and the list of conversations."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core.errors import PequenoError
from assistant.core.history.store import HIGHLIGHT_END, HIGHLIGHT_START, HistoryStore
from assistant.ui.conversationlist import CONVERSATION_ID, RICH_TEXT, RichTextDelegate

LIST_LIMIT = 200


class Sidebar(QWidget):
    """Conversations, newest first (pinned on top), or the hits of a full-text search."""

    conversationActivated = Signal(int)
    newRequested = Signal()
    summarizeRequested = Signal()
    menuRequested = Signal(QPoint)  # global position
    errorOccurred = Signal(str)
    deleted = Signal(int)  # a conversation was deleted

    def __init__(self, store: HistoryStore | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.current: int | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.newRequested)
        self.summarize_button = QPushButton()
        self.summarize_button.clicked.connect(self.summarizeRequested)
        self.conversations = QStandardItemModel(self)
        self.conversation_list = QListView()
        self.conversation_list.setModel(self.conversations)
        self.conversation_list.setItemDelegate(RichTextDelegate(self.conversation_list))
        self.conversation_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.conversation_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.conversation_list.activated.connect(self._activated)
        self.conversation_list.clicked.connect(self._activated)
        self.conversation_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.conversation_list.customContextMenuRequested.connect(
            lambda position: self.menuRequested.emit(
                self.conversation_list.viewport().mapToGlobal(position)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.new_button)
        layout.addWidget(self.summarize_button)
        layout.addWidget(self.conversation_list, 1)
        self.setTabOrder(self.search, self.new_button)
        self.setTabOrder(self.new_button, self.summarize_button)
        self.setTabOrder(self.summarize_button, self.conversation_list)

    def retranslate(self) -> None:
        """Set every text in the current language, and redraw the list."""
        self.search.setPlaceholderText(self.tr("Search conversations"))
        self.search.setAccessibleName(self.tr("Search conversations"))
        self.new_button.setText(self.tr("New chat"))
        self.new_button.setAccessibleName(self.tr("New chat"))
        self.summarize_button.setText(self.tr("Summarize a document…"))
        self.summarize_button.setAccessibleName(self.tr("Summarize a document"))
        self.summarize_button.setAccessibleDescription(self.tr(
            "Choose a file to summarize; you can also drop a file onto the window."))
        self.conversation_list.setAccessibleName(self.tr("Conversations"))
        self.refresh()

    def selected(self) -> int | None:
        """The conversation selected in the list, else the open one."""
        index = self.conversation_list.currentIndex()
        value = index.data(CONVERSATION_ID) if index.isValid() else None
        return int(value) if value is not None else self.current

    def set_current(self, conversation_id: int | None) -> None:
        """Mark the open conversation (``None``: a new chat, nothing selected)."""
        self.current = conversation_id
        if conversation_id is None:
            self.conversation_list.clearSelection()
            return
        for row in range(self.conversations.rowCount()):
            item = self.conversations.item(row)
            if item.data(CONVERSATION_ID) == conversation_id:
                self.conversation_list.setCurrentIndex(item.index())
                return

    def refresh(self) -> None:
        """Fill the list: the newest conversations, or the search results."""
        if self.store is None:
            return
        query = self.search.text().strip()
        self.conversations.clear()
        try:
            if query:
                seen: set[int] = set()
                for hit in self.store.search(query):
                    if hit.conversation in seen:  # best hit first: one row per conversation
                        continue
                    seen.add(hit.conversation)
                    snippet = html.escape(hit.snippet).replace(HIGHLIGHT_START, "<b>") \
                        .replace(HIGHLIGHT_END, "</b>")
                    title = hit.title or self.tr("New conversation")
                    self._add_row(hit.conversation, title,
                                  f"<b>{html.escape(title)}</b><br><small>{snippet}</small>")
            else:
                for conversation in self.store.list_conversations(limit=LIST_LIMIT):
                    title = conversation.title or self.tr("New conversation")
                    pin = "📌 " if conversation.pinned else ""
                    self._add_row(conversation.id, title, html.escape(pin + title))
        except PequenoError as exc:
            self.errorOccurred.emit(exc.message)

    def _add_row(self, conversation_id: int, title: str, rich: str) -> None:
        row = QStandardItem(title)
        row.setData(conversation_id, CONVERSATION_ID)
        row.setData(rich, RICH_TEXT)
        row.setEditable(False)
        self.conversations.appendRow(row)
        if conversation_id == self.current:
            self.conversation_list.setCurrentIndex(row.index())

    def rename_selected(self) -> None:
        """Ask for a new title for the selected conversation."""
        conversation_id = self.selected()
        if conversation_id is None or self.store is None:
            return
        try:
            current = self.store.conversation(conversation_id).title
        except PequenoError as exc:
            self.errorOccurred.emit(exc.message)
            return
        title, ok = QInputDialog.getText(self, self.tr("Rename conversation"),
                                         self.tr("Title:"), text=current)
        if ok and title.strip() and self._store_call(self.store.rename, conversation_id,
                                                     title.strip()):
            self.refresh()

    def toggle_pin_selected(self) -> None:
        """Pin the selected conversation to the top, or unpin it."""
        conversation_id = self.selected()
        if conversation_id is None or self.store is None:
            return
        store = self.store
        if self._store_call(lambda: store.set_pinned(
                conversation_id, not store.conversation(conversation_id).pinned)):
            self.refresh()

    def delete_selected(self) -> None:
        """Delete the selected conversation after asking."""
        conversation_id = self.selected()
        if conversation_id is None or self.store is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete conversation"), self.tr(
            "Delete this conversation? This cannot be undone."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self.store
        if self._store_call(lambda: store.delete_conversation(conversation_id)):
            self.deleted.emit(conversation_id)
        self.refresh()

    def _store_call(self, function: Callable[..., object], *args: object) -> bool:
        try:
            function(*args)
        except PequenoError as exc:
            self.errorOccurred.emit(exc.message)
            return False
        return True

    def _activated(self, index: QModelIndex) -> None:
        conversation_id = index.data(CONVERSATION_ID)
        if conversation_id is not None and conversation_id != self.current:
            self.conversationActivated.emit(int(conversation_id))
