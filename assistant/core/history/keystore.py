"""The key that encrypts the history database: in the OS keyring, or a private file.

The key is 256 random bits, made once, when no history database exists yet. It lives in the
OS keyring (Secret Service, macOS Keychain, Windows Credential Locker). Where there is no
keyring (a headless Linux box) it goes to a file readable only by the user, and the user is
told once that history is then only as safe as that file, and again whenever that file can be
read by other users.

The key file is created whole or not at all and never over another key file: written aside,
flushed, then hard-linked into place. A drive without hard links (FAT or exFAT, as on a USB
stick given as ``--data-dir``) gets a rename instead. The folder is flushed too, so the file
survives a power cut.

A database that exists without its key is never replaced by a new empty one: that is an error
the user must see, not a silent loss of every conversation.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import secrets
import stat
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import keyring
import keyring.errors

from assistant.core.errors import PequenoError
from assistant.core.i18n import translate

log = logging.getLogger(__name__)

SERVICE = "pequeno"
ACCOUNT = "history-database-key"
KEY_FILE = "history.key"
KEY_BYTES = 32


class KeySource(StrEnum):
    """Where the history key is kept."""

    KEYRING = "keyring"
    FILE = "file"


@dataclass(frozen=True)
class HistoryKey:
    """The key and where it came from. ``notice`` is set the one time the user must be told."""

    hex: str
    source: KeySource
    notice: str | None = None


class HistoryKeyError(PequenoError):
    """The history key is missing, unreadable or wrong."""


def _valid(key: str) -> bool:
    return len(key) == 2 * KEY_BYTES and all(c in "0123456789abcdef" for c in key)


def _read_key_file(path: Path) -> str | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise HistoryKeyError(translate(
            "KeyStore", "Cannot read the history key file {path}: {reason}")
            .format(path=path, reason=exc)) from exc
    if not _valid(text):
        raise HistoryKeyError(translate(
            "KeyStore", "The history key file {path} is damaged.").format(path=path))
    return text


def _readable_by_others(path: Path) -> bool:
    """Whether the file's permissions let other users read it (POSIX only: Windows has ACLs)."""
    if os.name == "nt":
        return False
    try:
        return bool(path.stat().st_mode & (stat.S_IRGRP | stat.S_IROTH))
    except OSError:
        return False


def _exposed_key_notice(path: Path) -> str:
    """Make a key file others can read private if the drive allows; what to tell the user."""
    with contextlib.suppress(OSError):
        path.chmod(0o600)
    log.warning("the history key file was readable by other users")
    if _readable_by_others(path):
        return translate(
            "KeyStore", "The key to your encrypted history, {path}, can be read by other users "
            "of this computer, and its drive does not keep file permissions (FAT and exFAT do "
            "not). Anyone who can read that file can read your history.").format(path=path)
    return translate(
        "KeyStore", "The key to your encrypted history, {path}, could be read by other users "
        "of this computer. It is private now, but anyone who copied it can still read your "
        "history.").format(path=path)


def _sync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk, where the system can (not on Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError as exc:  # some file systems cannot flush a folder; the key is written
        log.warning("the key file's folder could not be flushed: %s", exc)
    finally:
        os.close(descriptor)


def _write_key_file(path: Path, key: str) -> None:
    """Write the key whole or not at all, and never over an existing key file."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=".history-key-", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)  # fails if a key file appeared meanwhile, unlike a rename
        except FileExistsError:
            raise
        except OSError:
            # No hard links here (FAT, exFAT). A rename replaces a file on POSIX, so look
            # first; only two first starts within the same instant could still race.
            if path.exists():
                raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path)) \
                    from None
            Path(tmp).rename(path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    _sync_folder(path.parent)


def _keyring_get() -> str | None:
    """The key from the OS keyring; ``None`` if absent. Raises NoKeyringError without one."""
    try:
        stored = keyring.get_password(SERVICE, ACCOUNT)
    except keyring.errors.NoKeyringError:
        raise
    except keyring.errors.KeyringError as exc:
        raise HistoryKeyError(translate(
            "KeyStore", "The system keyring could not be read ({reason}). Unlock it and try "
            "again.").format(reason=exc)) from exc
    if stored is None:
        return None
    # A key restored by hand (secret-tool, a password manager) often gains a newline.
    key = stored.strip().lower()
    if not _valid(key):
        raise HistoryKeyError(translate(
            "KeyStore", "The history key in the system keyring is damaged (entry "
            "\u201c{service}/{account}\u201d). Your history is kept as it is.").format(
                service=SERVICE, account=ACCOUNT))
    return key


def load_or_create_key(config_dir: Path, *, database_exists: bool) -> HistoryKey:
    """Find the history key, or make one when there is no database yet.

    Raises:
        HistoryKeyError: the database exists but its key is nowhere to be found, or the key
            store cannot be read.
    """
    key_file = config_dir / KEY_FILE
    from_file = _read_key_file(key_file)
    if from_file is not None:
        notice = _exposed_key_notice(key_file) if _readable_by_others(key_file) else None
        return HistoryKey(from_file, KeySource.FILE, notice)
    try:
        from_keyring = _keyring_get()
        has_keyring = True
    except keyring.errors.NoKeyringError:
        from_keyring, has_keyring = None, False
    if from_keyring is not None:
        return HistoryKey(from_keyring, KeySource.KEYRING)
    if database_exists:
        raise HistoryKeyError(translate(
            "KeyStore", "The key to your encrypted history is missing from the system keyring "
            "and from {path}. Your history is kept as it is; restore the key to read it."
        ).format(path=key_file))

    key = secrets.token_hex(KEY_BYTES)
    if has_keyring:
        try:
            keyring.set_password(SERVICE, ACCOUNT, key)
            if keyring.get_password(SERVICE, ACCOUNT) == key:
                return HistoryKey(key, KeySource.KEYRING)
        except keyring.errors.KeyringError as exc:
            log.warning("keyring refused the history key (%s); using a key file", exc)
        notice = translate(
            "KeyStore", "The system keyring did not keep the key that encrypts your history, "
            "so it is stored in {path}. Your history is only as safe as that file.")
    else:
        notice = translate(
            "KeyStore", "No system keyring is available, so the key that encrypts your "
            "history is stored in {path}. Your history is only as safe as that file.")
    try:
        _write_key_file(key_file, key)
    except OSError as exc:
        raise HistoryKeyError(translate(
            "KeyStore", "Cannot store the history key in {path}: {reason}")
            .format(path=key_file, reason=exc.strerror or exc)) from exc
    log.warning("no usable keyring: the history key is stored in a key file")
    notice = notice.format(path=key_file)
    if _readable_by_others(key_file):  # a drive without permissions
        notice += " " + _exposed_key_notice(key_file)
    return HistoryKey(key, KeySource.FILE, notice=notice)
