"""Conversation history: one encrypted SQLite database on the user's machine.

Every write is a transaction, so a crash or a kill leaves either the old state or the new.
The user's message is committed before the model starts; a streaming reply is saved as
``partial`` at most once a second by :class:`ReplyRecorder` and marked ``complete`` (or
``error``) at the end, so a kill loses at most a second of reply and never a committed message.

Search uses FTS5 in any language (see :mod:`assistant.core.history.search_text`).

The user's default system prompt is kept here too
(:meth:`HistoryStore.default_system_prompt`), not in the plain-text settings file.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core.errors import PequenoError
from assistant.core.history import database, keystore
from assistant.core.history.copies import (
    _MESSAGE_COLUMNS,
    _SUMMARY_DOCUMENTS,
    ConversationCopies,
    DeletedConversation,
)
from assistant.core.history.database import (
    Connection,
    StorageError,
    rows,
    storage_errors,
    transaction,
)
from assistant.core.history.records import (
    Conversation,
    MessageState,
    Role,
    SearchHit,
    StoredMessage,
    now_us,
)
from assistant.core.history.schema import MIGRATIONS
from assistant.core.history.search_text import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    display_snippet,
    index_text,
    match_query,
)
from assistant.core.i18n import translate
from assistant.core.paths import AppPaths
from assistant.core.settings import DEFAULT_SYSTEM_PROMPT, move_system_prompt

log = logging.getLogger(__name__)

DATABASE_FILE = "history.db"
SAVE_INTERVAL = 1.0
TITLE_LENGTH = 60

_DEFAULT_SYSTEM_PROMPT = "default_system_prompt"


def auto_title(text: str) -> str:
    """A short title from the first line of a message, cut at a word boundary."""
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    line = " ".join(line.split())
    if len(line) <= TITLE_LENGTH:
        return line
    cut = line[:TITLE_LENGTH]
    if " " in cut[TITLE_LENGTH // 2:]:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(" ,.;:") + "…"



_CONVERSATION_COLUMNS = ("id, uid, title, created, updated, model, system_prompt, settings, "
                         "pinned")





def _conversation(row: Sequence[Any]) -> Conversation:
    return Conversation(id=row[0], uid=row[1], title=row[2], created=row[3], updated=row[4],
                        model=row[5], system_prompt=row[6], settings=json.loads(row[7]),
                        pinned=bool(row[8]))


def _message(row: Sequence[Any]) -> StoredMessage:
    return StoredMessage(id=row[0], conversation=row[1], role=Role(row[2]), content=row[3],
                         created=row[4], model=row[5], prompt_tokens=row[6],
                         completion_tokens=row[7], stats=json.loads(row[8]),
                         state=MessageState(row[9]))


class HistoryStore(ConversationCopies):
    """The user's conversations. Use from one thread at a time."""

    def __init__(self, connection: Connection, path: Path, key_hex: str) -> None:
        self._db = connection
        self._key = key_hex
        self.path = path

    @classmethod
    def open(cls, path: Path, key_hex: str) -> HistoryStore:
        """Open the database at ``path`` with a known key.

        Raises:
            database.WrongKeyError: the key does not decrypt the file (left untouched).
            StorageError: the file or disk prevents it.
        """
        return cls(database.open_encrypted(path, key_hex, MIGRATIONS), path, key_hex)

    @classmethod
    def in_memory(cls) -> HistoryStore:
        """A store that writes nothing to disk and is gone when closed (unsaved chats)."""
        return cls(database.open_in_memory(MIGRATIONS), Path(":memory:"), "")

    def another_connection(self) -> HistoryStore:
        """A second store on the same file, for another thread (WAL lets them share it)."""
        return HistoryStore.open(self.path, self._key)

    @classmethod
    def open_default(cls, paths: AppPaths) -> tuple[HistoryStore, str | None]:
        """Open the user's history with the key from the keyring (or key file).

        Returns the store and, when it applies, a notice for the user about the key: where it
        is kept (the one time it is made), or that its file was readable by others. A default
        system prompt an older version left in the settings file moves into the history.
        """
        path = paths.data / DATABASE_FILE
        exists = path.exists() and path.stat().st_size > 0
        key = keystore.load_or_create_key(paths.config, database_exists=exists)
        store = cls.open(path, key.hex)
        try:
            move_system_prompt(paths.settings_file, store._adopt_system_prompt)
        except (OSError, PequenoError) as exc:
            # Tried again at the next start; the history has it or the file still does.
            log.warning("the system prompt stays in the settings file for now: %s", exc)
        return store, key.notice

    def close(self) -> None:
        """Fold the journal into the database file if the disk allows, and close."""
        if not self._key:  # in memory: nothing to fold
            self._db.close()
            return
        try:
            with storage_errors():
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except StorageError as exc:
            # Everything committed is safe in the WAL; SQLite folds it in on the next open.
            log.warning("history checkpoint skipped on close: %s", exc)
        finally:
            self._db.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- conversations ----------------------------------------------------------------------

    def create_conversation(self, *, title: str = "", model: str | None = None,
                            system_prompt: str | None = None,
                            settings: Mapping[str, Any] | None = None) -> Conversation:
        """Start a new, empty conversation."""
        stamp = now_us()
        with transaction(self._db):
            cursor = self._db.execute(
                "INSERT INTO conversations (uid, title, title_set, created, updated, model, "
                "system_prompt, settings) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (uuid.uuid4().hex, title, int(bool(title)), stamp, stamp, model, system_prompt,
                 json.dumps(dict(settings or {}))))
            conversation_id = int(cursor.lastrowid or 0)
            if title:
                self._index_title(conversation_id, title)
        return self.conversation(conversation_id)

    def conversation(self, conversation_id: int) -> Conversation:
        """One conversation's header.

        Raises:
            PequenoError: there is no such conversation.
        """
        found = rows(self._db, f"SELECT {_CONVERSATION_COLUMNS} FROM conversations WHERE id = ?",
                     (conversation_id,))
        if not found:
            raise PequenoError(translate("History", "There is no conversation {id}.")
                               .format(id=conversation_id))
        return _conversation(found[0])

    def list_conversations(self, *, limit: int = 50, offset: int = 0) -> list[Conversation]:
        """Conversations, pinned first, then the most recently updated first."""
        return [_conversation(row) for row in rows(
            self._db, f"SELECT {_CONVERSATION_COLUMNS} FROM conversations "
            "ORDER BY pinned DESC, updated DESC, id DESC LIMIT ? OFFSET ?", (limit, offset))]

    def count_conversations(self) -> int:
        """How many conversations there are."""
        return int(rows(self._db, "SELECT count(*) FROM conversations")[0][0])

    def rename(self, conversation_id: int, title: str) -> None:
        """Give a conversation a title chosen by the user (auto-titling stops)."""
        self.conversation(conversation_id)
        with transaction(self._db):
            self._db.execute("UPDATE conversations SET title = ?, title_set = 1 WHERE id = ?",
                             (title, conversation_id))
            self._index_title(conversation_id, title)

    def auto_title(self, conversation_id: int) -> str | None:
        """Title an untitled conversation from its first user message; return the title."""
        found = rows(self._db, "SELECT title_set FROM conversations WHERE id = ?",
                     (conversation_id,))
        if not found or found[0][0]:
            return None
        first = rows(self._db, "SELECT content FROM messages WHERE conversation = ? AND "
                     "role = 'user' ORDER BY id LIMIT 1", (conversation_id,))
        if not first:
            return None
        title = auto_title(first[0][0])
        if not title:
            return None
        with transaction(self._db):
            self._db.execute("UPDATE conversations SET title = ?, title_set = 1 WHERE id = ?",
                             (title, conversation_id))
            self._index_title(conversation_id, title)
        return title

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        """Pin a conversation to the top of the list, or unpin it."""
        with transaction(self._db):
            self._db.execute("UPDATE conversations SET pinned = ? WHERE id = ?",
                             (int(pinned), conversation_id))

    def set_system_prompt(self, conversation_id: int, prompt: str) -> None:
        """Change the system prompt of one conversation."""
        with transaction(self._db):
            self._db.execute("UPDATE conversations SET system_prompt = ? WHERE id = ?",
                             (prompt, conversation_id))

    def set_model(self, conversation_id: int, model: str | None) -> None:
        """Record the model a conversation uses."""
        with transaction(self._db):
            self._db.execute("UPDATE conversations SET model = ? WHERE id = ?",
                             (model, conversation_id))

    def update_settings(self, conversation_id: int, **changes: Any) -> Conversation:
        """Change some of a conversation's own settings (``None`` removes one)."""
        with transaction(self._db):
            current = self.conversation(conversation_id).settings
            current.update(changes)
            current = {k: v for k, v in current.items() if v is not None}
            self._db.execute("UPDATE conversations SET settings = ? WHERE id = ?",
                             (json.dumps(current), conversation_id))
        return self.conversation(conversation_id)

    def delete_conversation(self, conversation_id: int) -> None:
        """Delete a conversation and its messages (their text is overwritten in the file).

        A conversation a document's summary opened takes the document's cached summary calls
        with it: a message whose stats hold a summary's details (``stats["summary"]``, see
        ``Summary.as_dict``) names the document.
        """
        with transaction(self._db):
            self._delete(conversation_id)

    def _delete(self, conversation_id: int) -> None:
        self._db.execute(f"DELETE FROM summary_cache WHERE document IN ({_SUMMARY_DOCUMENTS})",
                         (conversation_id,))
        self._db.execute(
            "DELETE FROM message_search WHERE rowid IN "
            "(SELECT id FROM messages WHERE conversation = ?)", (conversation_id,))
        self._db.execute("DELETE FROM title_search WHERE rowid = ?", (conversation_id,))
        self._db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))

    def wipe(self) -> None:
        """Delete every conversation and indexed document, leaving none of their text."""
        with transaction(self._db):
            self._db.execute("DELETE FROM messages")
            self._db.execute("DELETE FROM conversations")
            self._db.execute("DELETE FROM summary_cache")
            self._db.execute("DELETE FROM preferences")
            # Documents indexed for questions are history too: their passages go with it.
            self._db.execute("DELETE FROM passages")
            self._db.execute("DELETE FROM collection_files")
            self._db.execute("DELETE FROM collections")
            self._db.execute("INSERT INTO passage_search (passage_search) VALUES ('delete-all')")
            # A plain DELETE leaves the old index segments (every word ever indexed) behind
            # tombstones; rebuilding from the now empty tables drops them.
            for table in ("message_search", "title_search"):
                self._db.execute(f"DELETE FROM {table}")
                self._db.execute(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")
        with storage_errors():
            self._db.execute("VACUUM")
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _index_title(self, conversation_id: int, title: str) -> None:
        self._db.execute("DELETE FROM title_search WHERE rowid = ?", (conversation_id,))
        if title:
            self._db.execute("INSERT INTO title_search (rowid, body) VALUES (?, ?)",
                             (conversation_id, index_text(title)))

    # -- messages ---------------------------------------------------------------------------

    def messages(self, conversation_id: int, *, newest: int | None = None
                 ) -> list[StoredMessage]:
        """A conversation's messages, oldest first; only the ``newest`` ones if given."""
        if newest is None:
            return [_message(row) for row in rows(
                self._db, f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE conversation = ? "
                "ORDER BY id", (conversation_id,))]
        return [_message(row) for row in reversed(rows(
            self._db, f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE conversation = ? "
            "ORDER BY id DESC LIMIT ?", (conversation_id, newest)))]

    def count_messages(self, conversation_id: int, *, before: int | None = None,
                       readable: bool = False) -> int:
        """How many messages a conversation has (with ids below ``before``, if given).

        ``readable`` counts only those a model may read: user and assistant messages with
        text that did not fail (the rule of the conversation service's ``prompt_turns``,
        in SQL; the two must agree).
        """
        sql = "SELECT count(*) FROM messages WHERE conversation = ?"
        parameters: tuple[Any, ...] = (conversation_id,)
        if before is not None:
            sql += " AND id < ?"
            parameters += (before,)
        if readable:
            sql += " AND role != 'system' AND content != '' AND state != 'error'"
        return int(rows(self._db, sql, parameters)[0][0])

    def message(self, message_id: int) -> StoredMessage:
        """One message.

        Raises:
            PequenoError: there is no such message.
        """
        found = rows(self._db, f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE id = ?",
                     (message_id,))
        if not found:
            raise PequenoError(translate("History", "There is no message {id}.")
                               .format(id=message_id))
        return _message(found[0])

    def add_message(self, conversation_id: int, role: Role | str, content: str, *,
                    model: str | None = None, state: MessageState = MessageState.COMPLETE,
                    stats: Mapping[str, Any] | None = None) -> StoredMessage:
        """Append a message and commit it before returning."""
        stamp = now_us()
        role = Role(role)
        stats = dict(stats or {})
        with transaction(self._db):
            cursor = self._db.execute(
                "INSERT INTO messages (conversation, role, content, created, model, "
                "prompt_tokens, completion_tokens, stats, state) VALUES (?, ?, ?, ?, ?, ?, ?, "
                "?, ?)", (conversation_id, str(role), content, stamp, model,
                          stats.get("prompt_tokens"), stats.get("completion_tokens"),
                          json.dumps(stats), str(state)))
            message_id = int(cursor.lastrowid or 0)
            self._index_message(message_id, role, content)
            self._db.execute("UPDATE conversations SET updated = ? WHERE id = ?",
                             (stamp, conversation_id))
        return self.message(message_id)

    def update_message(self, message_id: int, content: str, *, state: MessageState,
                       stats: Mapping[str, Any] | None = None) -> None:
        """Replace a message's text (and state, and stats when given) in one commit."""
        with transaction(self._db):
            if stats is None:
                cursor = self._db.execute(
                    "UPDATE messages SET content = ?, state = ? WHERE id = ? RETURNING role",
                    (content, str(state), message_id))
            else:
                cursor = self._db.execute(
                    "UPDATE messages SET content = ?, state = ?, stats = ?, prompt_tokens = ?, "
                    "completion_tokens = ? WHERE id = ? RETURNING role",
                    (content, str(state), json.dumps(dict(stats)), stats.get("prompt_tokens"),
                     stats.get("completion_tokens"), message_id))
            found = cursor.fetchall()
            if found:
                self._index_message(message_id, Role(found[0][0]), content)

    def edit_and_truncate(self, message_id: int, content: str) -> list[StoredMessage]:
        """Replace message k's text and delete every later message of its conversation.

        Returns the conversation's messages as they are afterwards, ready for a resend.
        """
        message = self.message(message_id)
        with transaction(self._db):
            self._delete_after(message.conversation, message_id)
            self._db.execute("UPDATE messages SET content = ?, state = 'complete' WHERE id = ?",
                             (content, message_id))
            self._index_message(message_id, message.role, content)
            self._db.execute("UPDATE conversations SET updated = ? WHERE id = ?",
                             (now_us(), message.conversation))
        return self.messages(message.conversation)

    def delete_from(self, message_id: int) -> list[StoredMessage]:
        """Delete message k and everything after it (for regenerating a reply)."""
        message = self.message(message_id)
        with transaction(self._db):
            self._delete_after(message.conversation, message_id - 1)
        return self.messages(message.conversation)

    def _delete_after(self, conversation_id: int, message_id: int) -> None:
        self._db.execute(
            "DELETE FROM message_search WHERE rowid IN (SELECT id FROM messages WHERE "
            "conversation = ? AND id > ?)", (conversation_id, message_id))
        self._db.execute("DELETE FROM messages WHERE conversation = ? AND id > ?",
                         (conversation_id, message_id))

    def _index_message(self, message_id: int, role: Role, content: str) -> None:
        self._db.execute("DELETE FROM message_search WHERE rowid = ?", (message_id,))
        if role is not Role.SYSTEM and content:
            self._db.execute("INSERT INTO message_search (rowid, body) VALUES (?, ?)",
                             (message_id, index_text(content)))

    def record_reply(self, conversation_id: int, *, model: str | None = None,
                     interval: float = SAVE_INTERVAL,
                     clock: Callable[[], float] = time.monotonic) -> ReplyRecorder:
        """Start saving a streaming assistant reply (see :class:`ReplyRecorder`)."""
        message = self.add_message(conversation_id, Role.ASSISTANT, "", model=model,
                                   state=MessageState.PARTIAL)
        return ReplyRecorder(self, message.id, interval=interval, clock=clock)

    # -- search -----------------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 50) -> list[SearchHit]:
        """Conversations and messages matching every word of ``query``, best first."""
        match = match_query(query)
        if match is None:
            return []
        titles = rows(
            self._db, "SELECT c.id, c.title, highlight(title_search, 0, ?, ?), "
            "bm25(title_search) AS rank FROM title_search JOIN conversations c "
            "ON c.id = title_search.rowid WHERE title_search MATCH ? ORDER BY rank LIMIT ?",
            (HIGHLIGHT_START, HIGHLIGHT_END, match, limit))
        # Rank and cut inside the index first, then join only the best rows: joining every
        # match before the LIMIT decrypts a page per match (68 ms against 10 ms for a common
        # word in 100,000 messages).
        messages = rows(
            self._db, "SELECT m.conversation, c.title, top.id, top.snippet, top.rank FROM "
            "(SELECT rowid AS id, snippet(message_search, 0, ?, ?, '…', 16) AS snippet, "
            "bm25(message_search) AS rank FROM message_search WHERE message_search MATCH ? "
            "ORDER BY rank LIMIT ?) AS top "
            "JOIN messages m ON m.id = top.id JOIN conversations c ON c.id = m.conversation "
            "ORDER BY top.rank",
            (HIGHLIGHT_START, HIGHLIGHT_END, match, limit))
        hits = [SearchHit(row[0], row[1], None, display_snippet(row[2]), row[3])
                for row in titles]
        hits += [SearchHit(row[0], row[1], row[2], display_snippet(row[3]), row[4])
                 for row in messages]
        return hits[:limit]

    # -- export and import (in history_export) use these -------------------------------------

    def iter_conversations(self) -> Iterator[Conversation]:
        """Every conversation, oldest first."""
        for row in rows(self._db, f"SELECT {_CONVERSATION_COLUMNS} FROM conversations "
                        "ORDER BY created, id"):
            yield _conversation(row)

    def has_uid(self, uid: str) -> bool:
        """Whether a conversation with this export identity exists."""
        return bool(rows(self._db, "SELECT 1 FROM conversations WHERE uid = ?", (uid,)))

    def restore(self, conversation: Mapping[str, Any],
                messages: Sequence[Mapping[str, Any]]) -> int:
        """Insert an exported conversation with its identity and times, in one transaction."""
        with transaction(self._db):
            cursor = self._db.execute(
                "INSERT INTO conversations (uid, title, title_set, created, updated, model, "
                "system_prompt, settings, pinned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (conversation["uid"], conversation["title"], int(bool(conversation["title"])),
                 conversation["created"], conversation["updated"], conversation["model"],
                 conversation["system_prompt"], json.dumps(conversation["settings"]),
                 int(conversation["pinned"])))
            conversation_id = int(cursor.lastrowid or 0)
            self._index_title(conversation_id, conversation["title"])
            for message in messages:
                stats = message["stats"]
                cursor = self._db.execute(
                    "INSERT INTO messages (conversation, role, content, created, model, "
                    "prompt_tokens, completion_tokens, stats, state) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (conversation_id, message["role"], message["content"], message["created"],
                     message["model"], stats.get("prompt_tokens"),
                     stats.get("completion_tokens"), json.dumps(stats), message["state"]))
                self._index_message(int(cursor.lastrowid or 0), Role(message["role"]),
                                    message["content"])
        return conversation_id

    # -- summaries --------------------------------------------------------------------------

    def cached_summary(self, key: str) -> str | None:
        """A finished summary call stored under ``key`` (see the documents summarizer)."""
        found = rows(self._db, "SELECT summary FROM summary_cache WHERE key = ?", (key,))
        return str(found[0][0]) if found else None

    def cache_summary(self, key: str, text: str, *, document: str | None = None) -> None:
        """Keep a finished summary call of ``document`` (an id of the document it read).

        A full disk only costs the cache, so it is logged.
        """
        try:
            with transaction(self._db):
                self._db.execute("INSERT OR REPLACE INTO summary_cache (key, summary, created, "
                                 "document) VALUES (?, ?, ?, ?)",
                                 (key, text, now_us(), document))
        except StorageError as exc:
            log.warning("a chunk summary could not be cached: %s", exc)

    def count_cached_summaries(self, document: str | None = None) -> int:
        """How many summary calls are cached (of ``document`` only, if given)."""
        if document is None:
            return int(rows(self._db, "SELECT count(*) FROM summary_cache")[0][0])
        return int(rows(self._db, "SELECT count(*) FROM summary_cache WHERE document = ?",
                        (document,))[0][0])

    # -- preferences ------------------------------------------------------------------------

    def default_system_prompt(self) -> str:
        """The system prompt of new conversations the user chose (else the built-in one)."""
        found = rows(self._db, "SELECT value FROM preferences WHERE name = ?",
                     (_DEFAULT_SYSTEM_PROMPT,))
        return str(found[0][0]) if found else DEFAULT_SYSTEM_PROMPT

    def set_default_system_prompt(self, prompt: str) -> None:
        """Keep the system prompt of new conversations (encrypted, like the conversations).

        Raises:
            StorageError: the history cannot be written.
        """
        with transaction(self._db):
            self._db.execute("INSERT OR REPLACE INTO preferences (name, value) VALUES (?, ?)",
                             (_DEFAULT_SYSTEM_PROMPT, prompt))

    def _adopt_system_prompt(self, prompt: str) -> None:
        """Take over a prompt from the old settings file, unless one was already chosen here."""
        with transaction(self._db):
            self._db.execute("INSERT OR IGNORE INTO preferences (name, value) VALUES (?, ?)",
                             (_DEFAULT_SYSTEM_PROMPT, prompt))

    def integrity_check(self) -> str:
        """SQLite's own verdict on the file: ``"ok"`` when it is sound."""
        return str(rows(self._db, "PRAGMA integrity_check")[0][0])


@dataclass
class ReplyRecorder:
    """Saves a streaming reply: at most once per ``interval`` seconds, then once at the end."""

    store: HistoryStore
    message_id: int
    interval: float = SAVE_INTERVAL
    clock: Callable[[], float] = time.monotonic
    text: str = ""
    _saved_at: float = field(default=0.0, init=False)
    _saved_length: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self._saved_at = self.clock()

    def append(self, piece: str) -> None:
        """Add streamed text; it is saved (as ``partial``) once ``interval`` has passed."""
        self.text += piece
        if self.clock() - self._saved_at >= self.interval:
            self.save()

    def save(self) -> None:
        """Save what has streamed so far as ``partial`` now."""
        if len(self.text) != self._saved_length:
            self.store.update_message(self.message_id, self.text, state=MessageState.PARTIAL)
            self._saved_length = len(self.text)
        self._saved_at = self.clock()

    def finish(self, stats: Mapping[str, Any] | None = None, *,
               state: MessageState = MessageState.COMPLETE) -> None:
        """Save the whole reply with its final state and statistics."""
        self.store.update_message(self.message_id, self.text, state=state, stats=stats or {})


__all__ = ["HIGHLIGHT_END", "HIGHLIGHT_START", "Conversation", "DeletedConversation",
           "HistoryStore", "MessageState", "ReplyRecorder", "Role", "SearchHit", "StorageError",
           "StoredMessage", "now_us"]
