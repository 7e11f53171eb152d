"""History out of and back into the store: Markdown to read, JSON to keep and restore.

The JSON export holds everything the store knows except internal row ids, so
export -> wipe -> import -> export gives back the same document. Each conversation carries a
stable ``uid``; importing a conversation that is already there skips it instead of doubling it.

An export file holds every conversation in plain text, so it is created private to the user
(mode 0600), never through a symbolic link, and never over an existing file unless asked. An
imported file is untrusted: it is read up to a size limit and checked whole (types, number
ranges, nesting, text) before anything is written.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeGuard

from assistant.core.errors import PequenoError
from assistant.core.history.store import Conversation, HistoryStore, MessageState, Role
from assistant.core.i18n import translate
from assistant.core.models.downloads import format_size

log = logging.getLogger(__name__)

FORMAT = "pequeno-history"
VERSION = 1
MAX_IMPORT_BYTES = 256 * 2**20
# The export nests five levels deep; settings and stats add a few.
MAX_DEPTH = 16
_INT64_MAX = 2**63 - 1
# Times are microseconds since the epoch; later than this is no real time (and no date can
# show it).
_LAST_STAMP = int(datetime(3000, 1, 1, tzinfo=UTC).timestamp()) * 10**6
_SURROGATE = re.compile("[\ud800-\udfff]")


class HistoryImportError(PequenoError):
    """The file is not a Pequeno history export we can read."""


class HistoryExportError(PequenoError):
    """The export file could not be written."""


class ExportFileExists(HistoryExportError):
    """The export file (or a link by its name) exists, and replacing it was not asked for."""


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    imported: int
    skipped: int


def _iso(stamp_us: int) -> str:
    return datetime.fromtimestamp(stamp_us / 1e6, tz=UTC).strftime("%Y-%m-%d %H:%M UTC")


def _conversations(store: HistoryStore, ids: Iterable[int] | None) -> list[Conversation]:
    if ids is None:
        return list(store.iter_conversations())
    return [store.conversation(i) for i in ids]


def export_json(store: HistoryStore, ids: Iterable[int] | None = None) -> str:
    """A JSON document with the given conversations (all when ``ids`` is ``None``)."""
    conversations = []
    for conversation in _conversations(store, ids):
        conversations.append({
            "uid": conversation.uid,
            "title": conversation.title,
            "created": conversation.created,
            "updated": conversation.updated,
            "model": conversation.model,
            "system_prompt": conversation.system_prompt,
            "settings": conversation.settings,
            "pinned": conversation.pinned,
            "messages": [
                {"role": str(m.role), "content": m.content, "created": m.created,
                 "model": m.model, "stats": m.stats, "state": str(m.state)}
                for m in store.messages(conversation.id)
            ],
        })
    return json.dumps({"format": FORMAT, "version": VERSION, "conversations": conversations},
                      ensure_ascii=False, indent=2)


def export_markdown(store: HistoryStore, ids: Iterable[int] | None = None) -> str:
    """The given conversations as readable Markdown (all when ``ids`` is ``None``)."""
    names = {Role.USER: translate("Export", "You"),
             Role.ASSISTANT: translate("Export", "Assistant"),
             Role.SYSTEM: translate("Export", "System")}
    parts = []
    for conversation in _conversations(store, ids):
        title = conversation.title or translate("Export", "Untitled conversation")
        lines = [f"# {title}", ""]
        about = _iso(conversation.created)
        if conversation.model:
            about += f" · {conversation.model}"
        lines += [f"_{about}_", ""]
        for message in store.messages(conversation.id):
            heading = f"**{names[message.role]}**"
            if message.state is MessageState.PARTIAL:
                heading += " " + translate("Export", "(unfinished)")
            elif message.state is MessageState.ERROR:
                heading += " " + translate("Export", "(failed)")
            lines += [heading, "", message.content, ""]
        parts.append("\n".join(lines))
    return "\n---\n\n".join(parts)


# -- writing an export file -------------------------------------------------------------------


def write_export(path: Path, text: str, *, replace: bool = False) -> None:
    """Write an export to ``path``, readable by the user only (mode 0600).

    Without ``replace``, ``path`` must not exist: a file, or a symbolic link by that name even
    if it points nowhere, is left alone. With ``replace``, the text goes to a new private file in
    the same folder, which then takes the place of ``path`` (a link there is replaced, never
    followed).

    Raises:
        ExportFileExists: ``path`` exists and ``replace`` is false.
        HistoryExportError: The file cannot be written (the message says why).

    """
    data = text.encode("utf-8")
    try:
        if replace:
            _replace(path, data)
        else:
            _create(path, data)
    except FileExistsError as exc:
        raise ExportFileExists(translate("Export", "{path} already exists.").format(
            path=path)) from exc
    except OSError as exc:
        raise HistoryExportError(translate("Export", "Cannot write {path}: {reason}").format(
            path=path, reason=exc.strerror or type(exc).__name__)) from exc


_CREATE_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                 | getattr(os, "O_BINARY", 0))


def _create(path: Path, data: bytes) -> None:
    fd = os.open(path, _CREATE_FLAGS, 0o600)
    try:
        try:
            _write_all(fd, data)
        finally:
            os.close(fd)
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()  # ours and half written: a second try must not find it in the way
        raise


def _replace(path: Path, data: bytes) -> None:
    # mkstemp creates the file 0600, exclusively, without following links.
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=".pequeno-export-", suffix=".tmp")
    temporary = Path(name)
    try:
        try:
            _write_all(fd, data)
        finally:
            os.close(fd)
        temporary.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
    os.fsync(fd)


# -- reading and checking an import ---------------------------------------------------------


def read_export(path: Path, *, max_bytes: int = MAX_IMPORT_BYTES) -> str:
    """The text of an export file, refused beyond ``max_bytes``.

    Raises:
        HistoryImportError: The file cannot be read, is too large, or is not UTF-8 text.

    """
    try:
        with path.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size > max_bytes:
                raise _too_large(max_bytes)
            chunks: list[bytes] = []
            size = 0
            # In pieces: a pipe or a device has no size to check first.
            while size <= max_bytes:
                chunk = handle.read(min(2**20, max_bytes + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
    except OSError as exc:
        raise HistoryImportError(translate("Export", "Cannot read {path}: {reason}").format(
            path=path, reason=exc.strerror or type(exc).__name__)) from exc
    if size > max_bytes:
        raise _too_large(max_bytes)
    try:
        return b"".join(chunks).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _invalid(translate("Export", "it is not UTF-8 text")) from exc


def _too_large(max_bytes: int) -> HistoryImportError:
    return HistoryImportError(translate(
        "Export", "The file is larger than {limit}, the most Pequeno imports.").format(
            limit=format_size(max_bytes)))


def _invalid(reason: str) -> HistoryImportError:
    return HistoryImportError(translate("Export", "This is not a Pequeno history file: {reason}")
                              .format(reason=reason))


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def _no_constant(text: str) -> float:
    raise ValueError(text)  # NaN and Infinity are not JSON


def _parse(text: str) -> Any:
    if len(text) > MAX_IMPORT_BYTES:
        raise _too_large(MAX_IMPORT_BYTES)
    try:
        return json.loads(text, parse_float=_finite, parse_constant=_no_constant)
    except RecursionError as exc:
        raise _invalid(translate("Export", "it is nested too deeply")) from exc
    except ValueError as exc:
        raise _invalid(translate("Export", "it is not valid JSON")) from exc


def _check_values(document: Any) -> None:
    """Refuse deep nesting, integers SQLite cannot hold and broken text, anywhere."""
    pending: list[tuple[Any, int]] = [(document, 1)]
    while pending:
        value, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise _invalid(translate("Export", "it is nested too deeply"))
        if isinstance(value, dict):
            pending.extend((key, depth) for key in value)
            pending.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            pending.extend((item, depth + 1) for item in value)
        elif isinstance(value, str):
            if _SURROGATE.search(value):
                raise _invalid(translate("Export", "it holds text that is not valid Unicode"))
        elif isinstance(value, int) and not -_INT64_MAX - 1 <= value <= _INT64_MAX:
            raise _invalid(translate("Export", "it holds a number too large to keep"))


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _wrong(where: str, field: str) -> HistoryImportError:
    return _invalid(translate("Export", "{where}: \u201c{field}\u201d is missing or wrong")
                    .format(where=where, field=field))


def _check_stamp(item: Mapping[str, Any], field: str, where: str) -> None:
    value = item.get(field)
    if not _is_int(value):
        raise _wrong(where, field)
    if not 0 <= value <= _LAST_STAMP:
        raise _invalid(translate("Export", "{where}: the time \u201c{field}\u201d is out of "
                                 "range").format(where=where, field=field))


def _check_fields(item: Mapping[str, Any], where: str, kinds: Mapping[str, type],
                  optional_text: Iterable[str]) -> None:
    for field, kind in kinds.items():
        value = item.get(field)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise _wrong(where, field)
    for field in optional_text:
        if item.get(field) is not None and not isinstance(item[field], str):
            raise _wrong(where, field)


def _check_conversation(item: Any, number: int) -> None:
    where = translate("Export", "conversation {number}").format(number=number)
    if not isinstance(item, dict):
        raise _wrong(where, "conversation")
    _check_fields(item, where, {"uid": str, "title": str, "pinned": bool, "settings": dict,
                                "messages": list}, ("model", "system_prompt"))
    if not item["uid"]:
        raise _wrong(where, "uid")
    for field in ("created", "updated"):
        _check_stamp(item, field, where)
    roles, states = set(map(str, Role)), set(map(str, MessageState))
    for index, message in enumerate(item["messages"], 1):
        where = translate("Export", "conversation {number}, message {index}").format(
            number=number, index=index)
        if not isinstance(message, dict):
            raise _wrong(where, "message")
        _check_fields(message, where, {"content": str, "stats": dict}, ("model",))
        if message.get("role") not in roles:
            raise _wrong(where, "role")
        if message.get("state") not in states:
            raise _wrong(where, "state")
        _check_stamp(message, "created", where)
        for field in ("prompt_tokens", "completion_tokens"):
            tokens = message["stats"].get(field)
            if tokens is not None and not (_is_int(tokens) and tokens >= 0):
                raise _wrong(where, f"stats.{field}")


def _checked(text: str) -> list[dict[str, Any]]:
    """The conversations of an export, every one of them checked."""
    document = _parse(text)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _invalid(translate("Export", "the format marker is missing"))
    version = document.get("version")
    if not _is_int(version) or version > VERSION:
        raise _invalid(translate("Export", "it comes from a newer Pequeno"))
    conversations = document.get("conversations")
    if not isinstance(conversations, list):
        raise _invalid(translate("Export", "it has no conversation list"))
    _check_values(document)
    for number, item in enumerate(conversations, 1):
        _check_conversation(item, number)
    return conversations


def import_json(store: HistoryStore, text: str) -> ImportResult:
    """Add the conversations of a JSON export; those already present are skipped.

    The whole file is checked before anything is written, and it is imported whole or not at
    all: when writing fails part way (a full disk, Ctrl+C), what was added is taken out again.

    Raises:
        HistoryImportError: The text is not a history export this version can read.
        StorageError: The history could not be written.

    """
    conversations = _checked(text)
    fresh: list[dict[str, Any]] = []
    seen: set[str] = set()
    for item in conversations:
        if item["uid"] not in seen and not store.has_uid(item["uid"]):
            fresh.append(item)
        seen.add(item["uid"])
    _restore_all(store, fresh)
    return ImportResult(len(fresh), len(conversations) - len(fresh))


def _restore_all(store: HistoryStore, conversations: list[dict[str, Any]]) -> None:
    added: list[int] = []
    try:
        for item in conversations:
            added.append(store.restore(
                {**item, "model": item.get("model"), "system_prompt": item.get("system_prompt")},
                [{**m, "model": m.get("model")} for m in item["messages"]]))
    except BaseException as exc:
        log.warning("history import stopped (%s) after %d of %d conversations; undoing it",
                    type(exc).__name__, len(added), len(conversations))
        for conversation_id in reversed(added):
            try:
                store.delete_conversation(conversation_id)
            except PequenoError as undo:
                log.error("imported conversation %d could not be taken out (%s)",
                          conversation_id, type(undo).__name__)
        raise
