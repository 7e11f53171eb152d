"""The history database's schema, as ordered migrations (``PRAGMA user_version`` counts them).

Version 1: conversations and messages with a full-text index; 2: the summary cache; 3: cached
summaries filed by document, and the user's preferences (the default system prompt); 4: the
passage index of documents and folders questions are asked about (see
:mod:`assistant.core.history.collections`).
"""

from __future__ import annotations

from assistant.core.history import database
from assistant.core.history.database import Connection


def _schema_v1(connection: Connection) -> None:
    # One statement at a time: executescript() would commit the migration's transaction.
    for statement in _SCHEMA_V1.split(";"):
        if statement.strip():
            connection.execute(statement)


_SCHEMA_V1 = """
        CREATE TABLE conversations (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            title_set INTEGER NOT NULL DEFAULT 0,
            created INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            model TEXT,
            system_prompt TEXT,
            settings TEXT NOT NULL DEFAULT '{}',
            pinned INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX conversations_by_recency ON conversations (pinned DESC, updated DESC);
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
            content TEXT NOT NULL,
            created INTEGER NOT NULL,
            model TEXT,
            prompt_tokens INTEGER,
            completion_tokens INTEGER,
            stats TEXT NOT NULL DEFAULT '{}',
            state TEXT NOT NULL DEFAULT 'complete'
                CHECK (state IN ('complete', 'partial', 'error'))
        );
        CREATE INDEX messages_by_conversation ON messages (conversation, id);
        CREATE VIRTUAL TABLE message_search USING fts5(
            body, tokenize = 'unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE title_search USING fts5(
            body, tokenize = 'unicode61 remove_diacritics 2');
"""


def _schema_v2(connection: Connection) -> None:
    # Finished model calls of summaries (see core.summarize), by a hash of what the model read:
    # as private as the conversations, so they live in the same encrypted file.
    connection.execute("CREATE TABLE summary_cache (key TEXT PRIMARY KEY, "
                       "summary TEXT NOT NULL, created INTEGER NOT NULL)")


def _schema_v3(connection: Connection) -> None:
    # Private preferences (the default system prompt) move out of the plain-text settings.
    connection.execute("CREATE TABLE preferences (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
    # Each cached summary call records the document it read, so deleting the conversation a
    # summary opened deletes them. Older entries cannot be tied to a document: they go (the
    # cache only saves time).
    connection.execute("DELETE FROM summary_cache")
    connection.execute("ALTER TABLE summary_cache ADD COLUMN document TEXT")
    connection.execute("CREATE INDEX summary_cache_by_document ON summary_cache (document)")


def _schema_v4(connection: Connection) -> None:
    for statement in _SCHEMA_V4.split(";"):
        if statement.strip():
            connection.execute(statement)
    # Deleting a passage removes its words from the index itself, not only marks them deleted.
    connection.execute("INSERT INTO passage_search (passage_search, rank) "
                       "VALUES ('secure-delete', 1)")


# passage_search keeps no copy of the text (contentless): the passages table has it. Its
# ``collection`` column holds one token, "c<id>", so a search stays inside one collection
# within the index.
_SCHEMA_V4 = """
        CREATE TABLE collections (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('file', 'folder')),
            source TEXT NOT NULL UNIQUE,
            created INTEGER NOT NULL,
            updated INTEGER NOT NULL
        );
        CREATE TABLE collection_files (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            collection INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            language TEXT,
            problem TEXT,
            UNIQUE (collection, path)
        );
        CREATE TABLE passages (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            file INTEGER NOT NULL REFERENCES collection_files (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            text TEXT NOT NULL,
            label TEXT NOT NULL,
            page INTEGER,
            section TEXT
        );
        CREATE INDEX passages_by_file ON passages (file, ordinal);
        CREATE VIRTUAL TABLE passage_search USING fts5(
            collection, body, terms, content = '', contentless_delete = 1,
            tokenize = 'unicode61 remove_diacritics 2')
"""


MIGRATIONS: list[database.Migration] = [_schema_v1, _schema_v2, _schema_v3, _schema_v4]
