"""History out of and back into the store: Markdown to read, JSON to keep and restore.

The JSON export holds everything the store knows except internal row ids, so
export -> wipe -> import -> export gives back the same document. Each conversation carries a
stable ``uid``; importing a conversation that is already there skips it instead of doubling it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from assistant.core.errors import PequenoError
from assistant.core.history.store import Conversation, HistoryStore, MessageState, Role
from assistant.core.i18n import translate

FORMAT = "pequeno-history"
VERSION = 1


class HistoryImportError(PequenoError):
    """The file is not a Pequeno history export we can read."""


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


def _invalid(reason: str) -> HistoryImportError:
    return HistoryImportError(translate("Export", "This is not a Pequeno history file: {reason}")
                        .format(reason=reason))


def _check_conversation(item: Any) -> None:
    if not isinstance(item, dict):
        raise _invalid("a conversation is not an object")
    expected = {"uid": str, "title": str, "created": int, "updated": int, "pinned": bool,
                "settings": dict, "messages": list}
    for key, kind in expected.items():
        if not isinstance(item.get(key), kind):
            raise _invalid(f"conversation field {key!r} is missing or wrong")
    for key in ("model", "system_prompt"):
        if item.get(key) is not None and not isinstance(item[key], str):
            raise _invalid(f"conversation field {key!r} is wrong")
    for message in item["messages"]:
        if not isinstance(message, dict) or message.get("role") not in set(map(str, Role)) \
                or not isinstance(message.get("content"), str) \
                or not isinstance(message.get("created"), int) \
                or message.get("state") not in set(map(str, MessageState)) \
                or not isinstance(message.get("stats"), dict):
            raise _invalid("a message is missing fields or has wrong ones")


def import_json(store: HistoryStore, text: str) -> ImportResult:
    """Add the conversations of a JSON export; those already present are skipped.

    The whole file is checked before anything is written.

    Raises:
        HistoryImportError: the text is not a history export this version can read.
    """
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise _invalid(translate("Export", "it is not valid JSON")) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _invalid(translate("Export", "the format marker is missing"))
    if not isinstance(document.get("version"), int) or document["version"] > VERSION:
        raise _invalid(translate("Export", "it comes from a newer Pequeno"))
    conversations = document.get("conversations")
    if not isinstance(conversations, list):
        raise _invalid(translate("Export", "it has no conversation list"))
    for item in conversations:
        _check_conversation(item)
    imported = skipped = 0
    for item in conversations:
        if store.has_uid(item["uid"]):
            skipped += 1
            continue
        store.restore({**item, "model": item.get("model"),
                       "system_prompt": item.get("system_prompt")},
                      [{**m, "model": m.get("model")} for m in item["messages"]])
        imported += 1
    return ImportResult(imported, skipped)
