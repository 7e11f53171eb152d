"""The encrypted SQLite (SQLCipher) connection: opening, schema migrations, transactions.

Errors are split as qutebrowser does: the environment's fault (full disk, read-only file,
wrong key, damaged file) becomes a :class:`StorageError` with a plain message for the user;
anything else is a bug and propagates with its traceback.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlcipher3 import dbapi2

from assistant.core.errors import PequenoError
from assistant.core.i18n import translate

log = logging.getLogger(__name__)

Connection = dbapi2.Connection
Migration = Callable[[Connection], None]


class StorageError(PequenoError):
    """The history cannot be read or written because of the disk, the file or the key."""


class WrongKeyError(StorageError):
    """The file does not decrypt with the key we have (wrong key, or not our database)."""


def _read_only(path: Path | None) -> bool:
    if path is None:
        return False
    try:
        return bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY) or \
            not os.access(path.parent, os.W_OK)
    except (OSError, AttributeError):  # AttributeError: no statvfs on Windows
        return False


def describe(exc: dbapi2.Error, path: Path | None = None) -> StorageError | None:
    """A user-facing error for a database failure the environment caused; ``None`` for bugs."""
    text = str(exc).lower()
    if "full" in text:
        return StorageError(translate(
            "Database", "The disk is full, so the history could not be saved. Free some space; "
            "everything saved before is kept."))
    if "readonly" in text or "read-only" in text or _read_only(path):
        return StorageError(translate(
            "Database", "The history file is read-only, so nothing new can be saved."))
    if "unable to open" in text:
        return StorageError(translate("Database", "The history file cannot be opened."))
    if "disk i/o" in text:
        return StorageError(translate(
            "Database", "The disk reported an error while saving the history."))
    if "locked" in text or "busy" in text:
        return StorageError(translate(
            "Database", "The history is in use by another Pequeno; close it and try again."))
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StorageError(translate(
            "Database", "The history file is damaged and cannot be read."))
    return None


@contextlib.contextmanager
def storage_errors(path: Path | None = None) -> Iterator[None]:
    """Turn environment failures inside the block into :class:`StorageError`."""
    try:
        yield
    except dbapi2.Error as exc:
        error = describe(exc, path)
        if error is None:
            raise
        log.warning("history storage error: %s", exc)
        raise error from exc


def open_encrypted(path: Path, key_hex: str, migrations: list[Migration]) -> Connection:
    """Open (or create) the database at ``path`` with a raw 256-bit key and migrate it.

    The file is private to the user (mode 0600), journaled with WAL, and deleted content is
    overwritten (``secure_delete``).

    Raises:
        WrongKeyError: the file exists but does not decrypt with ``key_hex``.
        StorageError: the disk or file prevents opening it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        # Create it private before SQLCipher writes a byte into it.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    with storage_errors(path):
        connection = sqlcipher3.connect(str(path), timeout=5.0, isolation_level=None,
                                        check_same_thread=False)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = \"x'{key_hex}'\"")
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi2.DatabaseError as exc:
            if "not a database" in str(exc):
                raise WrongKeyError(translate(
                    "Database", "The history could not be decrypted: the key does not match "
                    "this file. The file has been left untouched.")) from exc
            error = describe(exc, path)
            if error is None:
                raise
            raise error from exc
        with storage_errors(path):
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute("PRAGMA secure_delete = ON")
            _migrate(connection, migrations)
    except BaseException:
        connection.close()
        raise
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").chmod(0o600)
    return connection


def open_in_memory(migrations: list[Migration]) -> Connection:
    """A database that lives in this process's memory only (for chats that are not saved)."""
    connection = sqlcipher3.connect(":memory:", isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA foreign_keys = ON")
    _migrate(connection, migrations)
    return connection


def _migrate(connection: Connection, migrations: list[Migration]) -> None:
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if version > len(migrations):
        raise StorageError(translate(
            "Database", "The history was written by a newer Pequeno (schema {found}); update "
            "Pequeno to open it.").format(found=version))
    for number in range(version, len(migrations)):
        with transaction(connection):
            migrations[number](connection)
            connection.execute(f"PRAGMA user_version = {number + 1}")
        log.info("history schema migrated to version %d", number + 1)


@contextlib.contextmanager
def transaction(connection: Connection) -> Iterator[Connection]:
    """Run the block in one transaction: all of it is saved, or none of it.

    Environment failures anywhere in it (a full disk on an INSERT as well as on COMMIT) come
    out as :class:`StorageError`.
    """
    with storage_errors():
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield connection
            connection.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(dbapi2.Error):
                connection.execute("ROLLBACK")
            raise


def rows(connection: Connection, sql: str, parameters: tuple[Any, ...] = ()) -> list[Any]:
    """All rows of a query, with environment failures made readable."""
    with storage_errors():
        return list(connection.execute(sql, parameters).fetchall())
