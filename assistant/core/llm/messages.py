"""What a chat turn is made of: messages, sampling settings, and a reply's figures."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from assistant.core.i18n import translate
from assistant.core.settings import Settings


@dataclass(frozen=True)
class ChatMessage:
    """One message of a conversation, as the chat template sees it."""

    role: str
    content: str

    def as_dict(self) -> dict[str, str]:
        """The ``{"role": ..., "content": ...}`` mapping templates expect."""
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True)
class GenerationParams:
    """Sampling settings for one reply. ``temperature`` 0 means greedy.

    A ``seed`` repeats a sampled reply from the same starting state (a fresh load, as in each
    ``pequeno chat`` run). Within a session the cached context may be re-evaluated in batches
    of other sizes, which changes the last bits of the logits, so a repeat can drift.
    ``stop_loops`` ends a reply that keeps repeating itself (see
    :mod:`assistant.core.llm.repetition`); it never changes a reply that does not.
    """

    max_tokens: int = 1024
    temperature: float = 0.7
    top_p: float = 0.95
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.1
    seed: int | None = None
    stop_loops: bool = True

    @classmethod
    def from_settings(cls, settings: Settings, **overrides: Any) -> GenerationParams:
        """The user's sampling settings, with ``overrides`` (``None`` values ignored)."""
        values: dict[str, Any] = {"max_tokens": settings.max_tokens,
                                  "temperature": settings.temperature,
                                  "top_p": settings.top_p}
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def recorded(self) -> dict[str, Any]:
        """The settings a conversation keeps with itself."""
        return {"temperature": self.temperature, "top_p": self.top_p,
                "max_tokens": self.max_tokens}


class StopReason(StrEnum):
    """Why a reply ended."""

    END_OF_TURN = "end_of_turn"
    MAX_TOKENS = "max_tokens"
    CONTEXT_FULL = "context_full"
    CANCELLED = "cancelled"
    REPEATING = "repeating"  # stopped: the reply kept repeating itself


@dataclass(frozen=True)
class ReplyStats:
    """Figures for one reply. Times are in seconds."""

    prompt_tokens: int
    cached_prompt_tokens: int
    completion_tokens: int
    time_to_first_token: float
    tokens_per_second: float
    total_time: float
    stop_reason: StopReason

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping."""
        data = asdict(self)
        data["stop_reason"] = str(self.stop_reason)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ReplyStats | None:
        """The figures :meth:`as_dict` wrote (as a message keeps them); ``None`` if incomplete.

        A stored message's ``stats`` may hold other details (a summary's) or none at all.
        """
        try:
            return cls(prompt_tokens=int(data["prompt_tokens"]),
                       cached_prompt_tokens=int(data["cached_prompt_tokens"]),
                       completion_tokens=int(data["completion_tokens"]),
                       time_to_first_token=float(data["time_to_first_token"]),
                       tokens_per_second=float(data["tokens_per_second"]),
                       total_time=float(data["total_time"]),
                       stop_reason=StopReason(data["stop_reason"]))
        except (KeyError, TypeError, ValueError):
            return None

    def stop_note(self) -> str | None:
        """What the user is told about how the reply ended, when it ended unusually."""
        if self.stop_reason is StopReason.REPEATING:
            return translate("Reply", "The reply was stopped because it kept repeating itself.")
        return None


def conversation(system: str | None, turns: Iterable[ChatMessage]) -> tuple[ChatMessage, ...]:
    """What the model reads: the system prompt (if any), then every turn that has text."""
    head = (ChatMessage("system", system),) if system else ()
    return head + tuple(turn for turn in turns if turn.content)


def as_messages(messages: Sequence[ChatMessage | Mapping[str, str]]) -> tuple[ChatMessage, ...]:
    """``messages`` as :class:`ChatMessage` (mappings with ``role`` and ``content`` too)."""
    return tuple(m if isinstance(m, ChatMessage) else ChatMessage(m["role"], m["content"])
                 for m in messages)
