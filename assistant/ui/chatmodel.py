"""The messages of the open conversation, as a Qt list model.

Only the newest messages are rows at first (``WINDOW``); scrolling to the top brings older ones
in by pages, so opening a conversation of thousands of messages costs the same as a short one.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from assistant.core.conversation.documents import Citation
from assistant.core.history.store import MessageState, Role, StoredMessage
from assistant.core.llm.messages import ReplyStats
from assistant.ui.citations import citations_in_stats, sources_in_stats

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
    # A boundary row (not a message): this many messages above it are outside the context,
    # and maybe summarized.
    boundary: int = 0
    summarized: bool = False
    # When it was written (microseconds since the epoch, 0: unknown), by which model (for a
    # reply; ``None``: unknown), and a finished reply's figures.
    created: int = 0
    model: str | None = None
    stats: ReplyStats | None = None
    # Whether the reply's figures are shown (asked for per reply; never saved).
    details: bool = False
    # The sources a reply answered from documents cites (its [n] become links to them).
    citations: tuple[Citation, ...] = ()
    # Every passage it was given (listed when it cites none).
    sources: tuple[Citation, ...] = ()
    # For a document's summary, the file summarized (questions about it can follow).
    document: Path | None = None
    version: int = field(default_factory=lambda: next(_versions))

    def touch(self) -> None:
        """Mark the item as changed (its rendering must be redone)."""
        self.version = next(_versions)

    @classmethod
    def from_stored(cls, message: StoredMessage) -> ChatItem:
        """An item for a saved message."""
        return cls(message.role, message.content, message.state, message.id,
                   created=message.created, model=message.model,
                   stats=ReplyStats.from_dict(message.stats),
                   citations=citations_in_stats(message.stats),
                   sources=sources_in_stats(message.stats),
                   document=summarized_document(message.stats))


def summarized_document(stats: Mapping[str, Any]) -> Path | None:
    """The file a stored summary was made of (kept by the window since document questions)."""
    summary = stats.get("summary")
    path = summary.get("path") if isinstance(summary, Mapping) else None
    return Path(path) if isinstance(path, str) and path else None


Index = QModelIndex | QPersistentModelIndex


class ChatModel(QAbstractListModel):
    """The open conversation's messages (without the system prompt)."""

    def __init__(self) -> None:
        super().__init__()
        self._items: list[ChatItem] = []
        self._first_shown = 0
        self._boundary: ChatItem | None = None

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._items) - self._first_shown

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        item = self._items[self._first_shown + index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.boundary_text(item) if item.boundary else item.content
        if role == ChatRole.ITEM:
            return item
        return None

    def boundary_text(self, item: ChatItem) -> str:
        """What a boundary row says, in the current language."""
        if item.summarized:
            return self.tr("The %n message(s) above are outside the model's memory: it sees a "
                           "summary of them instead.", "", item.boundary)
        return self.tr("The %n message(s) above are outside the model's memory: it no longer "
                       "sees them when it answers.", "", item.boundary)

    # -- contents ---------------------------------------------------------------------------

    def set_messages(self, messages: list[StoredMessage]) -> None:
        """Show a conversation: its newest messages now, older ones on demand."""
        self.beginResetModel()
        self._items = [ChatItem.from_stored(m) for m in messages if m.role is not Role.SYSTEM]
        self._first_shown = max(0, len(self._items) - WINDOW)
        self._boundary = None
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
        return [item for item in self._items if not item.boundary]

    @property
    def boundary(self) -> ChatItem | None:
        """The row marking the messages outside the model's context, if any are."""
        return self._boundary

    def set_boundary(self, first_kept: ChatItem | None, dropped: int, *,
                     summarized: bool = False) -> None:
        """Mark the ``dropped`` messages before ``first_kept`` as outside the model's context.

        ``dropped`` 0 (or ``first_kept`` gone) removes the mark.
        """
        if self._boundary is not None:
            if self._boundary.boundary == dropped and self._next_to(self._boundary, first_kept) \
                    and self._boundary.summarized == summarized:
                return
            self._remove_at(self._items.index(self._boundary))
            self._boundary = None
        if dropped > 0 and first_kept is not None and first_kept in self._items:
            self._boundary = ChatItem(Role.SYSTEM, "", boundary=dropped, summarized=summarized)
            self._insert_at(self._items.index(first_kept), self._boundary)

    def _next_to(self, boundary: ChatItem, item: ChatItem | None) -> bool:
        position = self._items.index(boundary)
        return position + 1 < len(self._items) and self._items[position + 1] is item

    def _remove_at(self, position: int) -> None:
        row = position - self._first_shown
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[position]
            self.endRemoveRows()
        else:
            del self._items[position]
            self._first_shown -= 1

    def _insert_at(self, position: int, item: ChatItem) -> None:
        row = position - self._first_shown
        if row >= 0:
            self.beginInsertRows(QModelIndex(), row, row)
            self._items.insert(position, item)
            self.endInsertRows()
        else:
            self._items.insert(position, item)
            self._first_shown += 1

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
        if self._boundary is not None and self._boundary not in self._items:
            self._boundary = None

    def last_reply(self) -> ChatItem | None:
        """The newest assistant message."""
        return next((i for i in reversed(self._items) if i.role is Role.ASSISTANT), None)
