"""The sidebar: search, "New chat", "Summarize a document…" and the list of conversations.

The list shows pinned conversations first, then the others grouped by the day of their last
update (:mod:`assistant.core.history.dategroups`) under headings; search results are one flat
list, best match first, without headings.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core.errors import PequenoError
from assistant.core.history.dategroups import DateGroup, group_conversations
from assistant.core.history.store import HIGHLIGHT_END, HIGHLIGHT_START, HistoryStore
from assistant.ui.conversationlist import (
    CONVERSATION_ID,
    GROUP_HEADER,
    RICH_TEXT,
    ConversationListView,
    RichTextDelegate,
)

LIST_LIMIT = 200


class Sidebar(QWidget):
    """Conversations in groups (pinned, today, yesterday…), or the hits of a full-text search."""

    conversationActivated = Signal(int)
    newRequested = Signal()
    summarizeRequested = Signal()
    menuRequested = Signal(QPoint)  # global position
    deleteRequested = Signal()  # the Delete key in the list
    undoRequested = Signal()  # Ctrl+Z in the list
    errorOccurred = Signal(str)
    deleted = Signal(object)  # a DeletedConversation: deleted, and the copy that undoes it

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
        self.conversation_list = ConversationListView()
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
        # Only while the list has the focus: elsewhere these keys edit text.
        for key, signal in ((QKeySequence.StandardKey.Delete, self.deleteRequested),
                            (QKeySequence.StandardKey.Undo, self.undoRequested)):
            QShortcut(key, self.conversation_list, signal.emit,
                      context=Qt.ShortcutContext.WidgetShortcut)
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
        """Fill the list: the newest conversations in their groups, or the search results."""
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
                conversations = self.store.list_conversations(limit=LIST_LIMIT)
                for group, members in group_conversations(conversations):
                    self._add_header(self._group_title(group))
                    for conversation in members:
                        title = conversation.title or self.tr("New conversation")
                        pin = "📌 " if conversation.pinned else ""
                        self._add_row(conversation.id, title, html.escape(pin + title))
        except PequenoError as exc:
            self.errorOccurred.emit(exc.message)

    def _group_title(self, group: DateGroup) -> str:
        titles = {
            DateGroup.PINNED: self.tr("Pinned"),
            DateGroup.TODAY: self.tr("Today"),
            DateGroup.YESTERDAY: self.tr("Yesterday"),
            DateGroup.PREVIOUS_7_DAYS: self.tr("Previous 7 days"),
            DateGroup.OLDER: self.tr("Older"),
        }
        return titles[group]

    def _add_header(self, title: str) -> None:
        row = QStandardItem(title)
        row.setData(True, GROUP_HEADER)
        row.setData(f"<small><b>{html.escape(title)}</b></small>", RICH_TEXT)
        row.setData(title, Qt.ItemDataRole.AccessibleTextRole)
        row.setData(self.tr("Group heading"), Qt.ItemDataRole.AccessibleDescriptionRole)
        # Not enabled: the arrow keys pass over it and a click does not select it.
        row.setFlags(Qt.ItemFlag.ItemNeverHasChildren)
        self.conversations.appendRow(row)

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
        """Delete the selected conversation now; :attr:`deleted` carries the copy that undoes it.

        There is no question first: the window offers "Undo" instead.
        """
        conversation_id = self.selected()
        if conversation_id is None or self.store is None:
            return
        row = self.conversation_list.currentIndex().row()
        try:
            deleted = self.store.delete_recoverably(conversation_id)
        except PequenoError as exc:
            self.errorOccurred.emit(exc.message)
            self.refresh()
            return
        self.deleted.emit(deleted)
        self.refresh()
        if self.conversation_list.hasFocus() and row >= 0:
            self._select_near(row)

    def select(self, conversation_id: int) -> None:
        """Put the list's cursor on a conversation, without opening it."""
        for row in range(self.conversations.rowCount()):
            item = self.conversations.item(row)
            if item.data(CONVERSATION_ID) == conversation_id:
                self.conversation_list.setCurrentIndex(item.index())
                return

    def _select_near(self, row: int) -> None:
        """Put the cursor on the conversation at ``row``, else the nearest one before it."""
        count = self.conversations.rowCount()
        candidates = [*range(min(row, count - 1), count), *range(min(row, count) - 1, -1, -1)]
        for candidate in candidates:
            item = self.conversations.item(candidate)
            if item is not None and item.data(CONVERSATION_ID) is not None:
                self.conversation_list.setCurrentIndex(item.index())
                return

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
