"""Taking a whole conversation out of the history and putting it back, and copying one.

:class:`ConversationCopies` is a part of :class:`assistant.core.history.store.HistoryStore`:
the recoverable delete behind the window's Undo, and "branch from here". Both move rows column
for column, so they live together, apart from the store's everyday reads and writes.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from assistant.core.errors import PequenoError
from assistant.core.history.database import Connection, rows, transaction
from assistant.core.history.records import Conversation, Role, StoredMessage, now_us
from assistant.core.i18n import translate

_MESSAGE_COLUMNS = ("id, conversation, role, content, created, model, prompt_tokens, "
                    "completion_tokens, stats, state")
# Every column, for taking a conversation out and putting it back (see delete_recoverably).
_ROW_CONVERSATION_COLUMNS = ("id, uid, title, title_set, created, updated, model, "
                             "system_prompt, settings, pinned")
_ROW_MESSAGE_COLUMNS = _MESSAGE_COLUMNS
_ROW_SUMMARY_COLUMNS = "key, summary, created, document"
# The documents whose summaries a conversation holds (the one parameter: its id).
_SUMMARY_DOCUMENTS = ("SELECT CASE WHEN json_valid(stats) THEN "
                      "json_extract(stats, '$.summary.document') END FROM messages "
                      "WHERE conversation = ? AND role = 'assistant'")


def _placeholders(columns: str) -> str:
    return ", ".join("?" for _ in columns.split(","))


@dataclass(frozen=True)
class DeletedConversation:
    """A deleted conversation's rows, kept in memory so the deletion can be undone.

    Made by :meth:`HistoryStore.delete_recoverably`, given back to
    :meth:`HistoryStore.undelete`. ``row``, ``messages`` and ``summaries`` are the
    database's own rows; only the store reads them.
    """

    id: int
    title: str
    row: tuple[Any, ...] = field(repr=False)
    messages: tuple[tuple[Any, ...], ...] = field(repr=False)
    summaries: tuple[tuple[Any, ...], ...] = field(repr=False)


class ConversationCopies:
    """Recoverable deletes and branches; the store provides the connection and indexing."""

    _db: Connection

    def _delete(self, conversation_id: int) -> None:
        raise NotImplementedError

    def _index_title(self, conversation_id: int, title: str) -> None:
        raise NotImplementedError

    def _index_message(self, message_id: int, role: Role, content: str) -> None:
        raise NotImplementedError

    def message(self, message_id: int) -> StoredMessage:
        """One message (the store's)."""
        raise NotImplementedError

    def conversation(self, conversation_id: int) -> Conversation:
        """One conversation (the store's)."""
        raise NotImplementedError

    def delete_recoverably(self, conversation_id: int) -> DeletedConversation:
        """Delete a conversation now, and return a copy that :meth:`undelete` puts back.

        The rows go from the file at once, as with :meth:`delete_conversation`; the copy lives
        only in memory, held by the caller for as long as the deletion may be undone (the
        window's "Undo"). Dropping the copy commits the deletion: nothing is left to recover,
        and a crash meanwhile cannot bring back what the user deleted. The copy holds every
        column, so :meth:`undelete` restores the same ids, times, title, pin, settings,
        messages and cached summary calls.

        Raises:
            PequenoError: there is no such conversation.
        """
        with transaction(self._db):
            header = rows(self._db, f"SELECT {_ROW_CONVERSATION_COLUMNS} FROM conversations "
                          "WHERE id = ?", (conversation_id,))
            if not header:
                raise PequenoError(translate("History", "There is no conversation {id}.")
                                   .format(id=conversation_id))
            messages = rows(self._db, f"SELECT {_ROW_MESSAGE_COLUMNS} FROM messages "
                            "WHERE conversation = ? ORDER BY id", (conversation_id,))
            summaries = rows(self._db, f"SELECT {_ROW_SUMMARY_COLUMNS} FROM summary_cache "
                             f"WHERE document IN ({_SUMMARY_DOCUMENTS})", (conversation_id,))
            self._delete(conversation_id)
        return DeletedConversation(
            id=conversation_id, title=str(header[0][2]), row=tuple(header[0]),
            messages=tuple(tuple(row) for row in messages),
            summaries=tuple(tuple(row) for row in summaries))

    def undelete(self, deleted: DeletedConversation) -> None:
        """Put back a conversation :meth:`delete_recoverably` deleted, with the same ids.

        Ids are never reused (``AUTOINCREMENT``), so the old ones are free.

        Raises:
            StorageError: the history cannot be written.
        """
        with transaction(self._db):
            self._db.execute(
                f"INSERT INTO conversations ({_ROW_CONVERSATION_COLUMNS}) "
                f"VALUES ({_placeholders(_ROW_CONVERSATION_COLUMNS)})", deleted.row)
            title = str(deleted.row[2])
            self._index_title(deleted.id, title)
            for message in deleted.messages:
                self._db.execute(
                    f"INSERT INTO messages ({_ROW_MESSAGE_COLUMNS}) "
                    f"VALUES ({_placeholders(_ROW_MESSAGE_COLUMNS)})", message)
                self._index_message(int(message[0]), Role(message[2]), str(message[3]))
            for summary in deleted.summaries:
                self._db.execute(
                    f"INSERT OR REPLACE INTO summary_cache ({_ROW_SUMMARY_COLUMNS}) "
                    f"VALUES ({_placeholders(_ROW_SUMMARY_COLUMNS)})", summary)

    def branch(self, message_id: int, title: str, *,
               settings: Mapping[str, Any] | None = None) -> Conversation:
        """Copy a conversation up to and including ``message_id`` into a new one, titled ``title``.

        The copy keeps the model, the system prompt and (unless ``settings`` is given) the
        settings of the original, and each message as it is (times, state, statistics). One
        transaction: the new conversation is there whole, or not at all.

        Raises:
            PequenoError: there is no such message.
            StorageError: the history cannot be written.

        """
        message = self.message(message_id)
        source = self.conversation(message.conversation)
        stamp = now_us()
        kept = source.settings if settings is None else dict(settings)
        with transaction(self._db):
            cursor = self._db.execute(
                "INSERT INTO conversations (uid, title, title_set, created, updated, model, "
                "system_prompt, settings) VALUES (?, ?, 1, ?, ?, ?, ?, ?)",
                (uuid.uuid4().hex, title, stamp, stamp, source.model, source.system_prompt,
                 json.dumps(kept)))
            conversation_id = int(cursor.lastrowid or 0)
            self._index_title(conversation_id, title)
            copied = rows(self._db, "SELECT id, role, content FROM messages "
                          "WHERE conversation = ? AND id <= ? ORDER BY id",
                          (source.id, message_id))
            for original, role, content in copied:
                cursor = self._db.execute(
                    "INSERT INTO messages (conversation, role, content, created, model, "
                    "prompt_tokens, completion_tokens, stats, state) SELECT ?, role, content, "
                    "created, model, prompt_tokens, completion_tokens, stats, state "
                    "FROM messages WHERE id = ?", (conversation_id, original))
                self._index_message(int(cursor.lastrowid or 0), Role(role), content)
        return self.conversation(conversation_id)
