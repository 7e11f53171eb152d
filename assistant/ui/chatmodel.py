"""The messages of the open conversation, as a Qt list model.

Only the newest messages are rows at first (``WINDOW``); scrolling to the top brings older ones
in by pages, so opening a conversation of thousands of messages costs the same as a short one.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from assistant.core.history import MessageState, Role, StoredMessage

WINDOW = 80
_versions = itertools.count(1)


class ChatRole(IntEnum):
    """Data roles beyond ``DisplayRole`` (which holds the plain text, for screen readers)."""

    ITEM = Qt.ItemDataRole.UserRole + 1


@dataclass(eq=False)
class ChatItem:
    """One message in the view. ``version`` changes whenever what is shown changes."""

    role: Role
    content: str
    state: MessageState = MessageState.COMPLETE
    message_id: int = 0
    streaming: bool = False
    version: int = field(default_factory=lambda: next(_versions))

    def touch(self) -> None:
        """Mark the item as changed (its rendering must be redone)."""
        self.version = next(_versions)

    @classmethod
    def from_stored(cls, message: StoredMessage) -> ChatItem:
        """An item for a saved message."""
        return cls(message.role, message.content, message.state, message.id)


Index = QModelIndex | QPersistentModelIndex


class ChatModel(QAbstractListModel):
    """The open conversation's messages (without the system prompt)."""

    def __init__(self) -> None:
        super().__init__()
        self._items: list[ChatItem] = []
        self._first_shown = 0

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._items) - self._first_shown

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        item = self._items[self._first_shown + index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.content
        if role == ChatRole.ITEM:
            return item
        return None

    # -- contents ---------------------------------------------------------------------------

    def set_messages(self, messages: list[StoredMessage]) -> None:
        """Show a conversation: its newest messages now, older ones on demand."""
        self.beginResetModel()
        self._items = [ChatItem.from_stored(m) for m in messages if m.role is not Role.SYSTEM]
        self._first_shown = max(0, len(self._items) - WINDOW)
        self.endResetModel()

    def clear(self) -> None:
        """Show no conversation."""
        self.set_messages([])

    def can_fetch_older(self) -> bool:
        """Whether older messages are waiting above the first row."""
        return self._first_shown > 0

    def fetch_older(self, count: int = WINDOW) -> int:
        """Bring up to ``count`` older messages in at the top; return how many came."""
        count = min(count, self._first_shown)
        if count:
            self.beginInsertRows(QModelIndex(), 0, count - 1)
            self._first_shown -= count
            self.endInsertRows()
        return count

    def item(self, row: int) -> ChatItem:
        """The item shown at ``row``."""
        return self._items[self._first_shown + row]

    def items(self) -> list[ChatItem]:
        """Every message of the conversation, shown or not, oldest first."""
        return list(self._items)

    def append(self, item: ChatItem) -> int:
        """Add a message at the bottom; return its row."""
        row = self.rowCount()
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(item)
        self.endInsertRows()
        return row

    def changed(self, item: ChatItem) -> None:
        """Tell the view that ``item`` must be drawn again."""
        item.touch()
        row = self._items.index(item) - self._first_shown
        if row >= 0:
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def truncate(self, item: ChatItem) -> None:
        """Remove ``item`` and everything after it."""
        position = self._items.index(item)
        row = max(position - self._first_shown, 0)
        if row < self.rowCount():
            self.beginRemoveRows(QModelIndex(), row, self.rowCount() - 1)
            del self._items[position:]
            self._first_shown = min(self._first_shown, position)
            self.endRemoveRows()

    def last_reply(self) -> ChatItem | None:
        """The newest assistant message."""
        return next((i for i in reversed(self._items) if i.role is Role.ASSISTANT), None)
