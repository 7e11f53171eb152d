"""What the history holds: conversations, messages, search hits, and who wrote what."""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class MessageState(StrEnum):
    """Whether a message is whole."""

    COMPLETE = "complete"
    PARTIAL = "partial"
    ERROR = "error"


class Role(StrEnum):
    """Who wrote a message."""

    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"


@dataclass(frozen=True)
class Conversation:
    """A conversation's header (its messages are read separately)."""

    id: int
    uid: str
    title: str
    created: int
    updated: int
    model: str | None
    system_prompt: str | None
    settings: dict[str, Any]
    pinned: bool


@dataclass(frozen=True)
class StoredMessage:
    """One saved message. Times are microseconds since the Unix epoch."""

    id: int
    conversation: int
    role: Role
    content: str
    created: int
    model: str | None
    prompt_tokens: int | None
    completion_tokens: int | None
    stats: dict[str, Any]
    state: MessageState


@dataclass(frozen=True)
class SearchHit:
    """A search result. ``snippet`` marks matches with HIGHLIGHT_START/END characters."""

    conversation: int
    title: str
    message: int | None
    snippet: str
    rank: float


def now_us() -> int:
    """The current time in microseconds since the Unix epoch."""
    return time.time_ns() // 1000
