"""Logging: one rotating log file per user, named loggers per subsystem.

The log holds no user content. Its files are private to the user (mode 0600, whatever the
umask), and the formatter of every handler set up here keeps what a record carries to types
and ids:

- an exception passed as an argument (``log.warning("failed: %s", exc)``) is written as its
  type, with its errno or SQLite error name when it has one, never its message, which may
  quote a message, a document's text or a path;
- a path object passed as an argument is written as ``<path>``;
- a traceback (``log.exception``, ``exc_info=``) keeps its frames and exception types and
  leaves out every exception's message.

Text passed as a plain string is written as it is, so callers log ids and counts, never a
message's text, a document's title or a path as ``str``.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import logging.handlers
import os
import traceback
from pathlib import Path, PurePath
from types import TracebackType
from typing import Any

from assistant.core.errors import PequenoError
from assistant.core.i18n import translate

LOG_FILE = "pequeno.log"
BACKUP_COUNT = 3
FILE_MODE = 0o600
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class LogError(PequenoError):
    """The log files could not be deleted."""


def exception_summary(exc: BaseException) -> str:
    """What a log may say about ``exc``: its type and error code, never its message.

    ``OSError(ENOSPC)`` for an operating-system error, ``OperationalError(SQLITE_FULL)`` for a
    database one, the bare type name otherwise.
    """
    name = type(exc).__name__
    if isinstance(exc, OSError) and exc.errno is not None:
        return f"{name}({errno.errorcode.get(exc.errno, exc.errno)})"
    code = getattr(exc, "sqlite_errorname", None)
    if isinstance(code, str):
        return f"{name}({code})"
    return name


class _Redacted(str):
    """What stands in for an exception or a path: the same with ``%s`` and ``%r``."""

    __slots__ = ()

    def __repr__(self) -> str:
        return str(self)


def _private(value: Any) -> Any:
    if isinstance(value, BaseException):
        return _Redacted(exception_summary(value))
    if isinstance(value, PurePath):
        return _Redacted("<path>")
    return value


def _frames_only(exc: BaseException, seen: set[int]) -> list[str]:
    """A traceback like Python's, each exception shown by its type alone."""
    seen.add(id(exc))
    lines: list[str] = []
    if exc.__cause__ is not None and id(exc.__cause__) not in seen:
        lines += _frames_only(exc.__cause__, seen)
        lines.append("\nThe above exception was the direct cause of the following "
                     "exception:\n\n")
    elif (exc.__context__ is not None and not exc.__suppress_context__
          and id(exc.__context__) not in seen):
        lines += _frames_only(exc.__context__, seen)
        lines.append("\nDuring handling of the above exception, another exception "
                     "occurred:\n\n")
    if exc.__traceback__ is not None:
        lines.append("Traceback (most recent call last):\n")
        lines += traceback.StackSummary.extract(traceback.walk_tb(exc.__traceback__)).format()
    lines.append(f"{type(exc).__module__}.{type(exc).__qualname__} "
                 "(message not logged)\n")
    return lines


class PrivateFormatter(logging.Formatter):
    """A formatter that writes exceptions and paths by their type (see the module's notes)."""

    def format(self, record: logging.LogRecord) -> str:
        """Format a copy of ``record`` with its exceptions and paths made private."""
        record = logging.makeLogRecord(record.__dict__)
        record.exc_text = None  # another handler may have cached the full traceback
        if isinstance(record.msg, BaseException | PurePath):
            record.msg = _private(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_private(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: _private(value) for key, value in record.args.items()}
        return super().format(record)

    def formatException(self, ei: Any) -> str:
        """The traceback's frames and exception types, without any exception's message."""
        value = ei[1] if isinstance(ei, tuple) else None
        if not isinstance(value, BaseException):
            return "(no exception information)"
        return "".join(_frames_only(value, set())).rstrip("\n")


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file created with mode 0600 whatever the umask (rotated ones too)."""

    def _open(self) -> Any:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND,
                             FILE_MODE)
        with contextlib.suppress(OSError, AttributeError):  # no fchmod on Windows
            os.fchmod(descriptor, FILE_MODE)  # a file left by an older version
        return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)


def log_files(log_dir: Path) -> list[Path]:
    """The log file and its rotated copies that exist in ``log_dir``."""
    names = [LOG_FILE] + [f"{LOG_FILE}.{n}" for n in range(1, BACKUP_COUNT + 1)]
    return [log_dir / name for name in names if (log_dir / name).exists()]


def _our_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger("assistant").handlers if getattr(h, "_pequeno", False)]


def setup_logging(log_dir: Path, *, verbose: bool = False) -> Path:
    """Send the app's log records to a rotating file in ``log_dir``; return the file.

    With ``verbose``, records at INFO and above are echoed to stderr as well.
    """
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_FILE
    for rotated in log_files(log_dir):
        with contextlib.suppress(OSError):
            rotated.chmod(FILE_MODE)
    root = logging.getLogger("assistant")
    root.setLevel(logging.INFO)
    for handler in _our_handlers():
        root.removeHandler(handler)
        handler.close()
    file_handler = PrivateRotatingFileHandler(
        path, maxBytes=2 * 1024 * 1024, backupCount=BACKUP_COUNT, encoding="utf-8")
    file_handler.setFormatter(PrivateFormatter(_FORMAT))
    handlers: list[logging.Handler] = [file_handler]
    if verbose:
        echo = logging.StreamHandler()
        echo.setFormatter(PrivateFormatter())
        handlers.append(echo)
    for handler in handlers:
        handler._pequeno = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    return path


def clear_logs(log_dir: Path) -> None:
    """Delete the log file and its rotated copies; logging goes on in a fresh file.

    Raises:
        LogError: a log file could not be deleted.
    """
    for handler in _our_handlers():
        if isinstance(handler, logging.FileHandler):
            handler.acquire()
            try:
                # Closed, not removed: the next record opens a new file (Windows cannot
                # delete a file that is open).
                if handler.stream is not None:
                    handler.stream.close()
                    handler.stream = None
            finally:
                handler.release()
    for path in log_files(log_dir):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise LogError(translate(
                "Logs", "The log file {path} could not be deleted: {reason}").format(
                    path=path, reason=exc.strerror or exc)) from exc
