"""A short running summary of the turns a conversation has pushed out of the model's context.

Optional, per conversation. Each time turns leave the context, the model folds them into the
summary it wrote before, so the summary stays short however long the conversation grows and
each update reads only what left since the last one. The summary then stands in for the left
turns in the system prompt (see :func:`assistant.core.conversation.context.with_summary`).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.core.llm.messages import ChatMessage, GenerationParams
from assistant.core.llm.protocol import ChatEngine
from assistant.core.llm.reply import complete

SUMMARY_TOKENS = 200
SAMPLING = GenerationParams(max_tokens=SUMMARY_TOKENS, temperature=0.3, top_p=0.9,
                            repeat_penalty=1.1, seed=1234)
_ROLES = {"user": "User", "assistant": "Assistant"}
SETTINGS_KEY = "running_summary"


@dataclass(frozen=True)
class RunningSummary:
    """A conversation's running summary, as kept in its settings.

    Attributes:
        enabled: Whether the user asked for it (the Conversation menu's Keep a summary...).
        text: The summary so far ("" before the first update).
        covers: How many leading messages it stands in for.

    """

    enabled: bool = False
    text: str = ""
    covers: int = 0

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> RunningSummary:
        """The record in a conversation's settings (tolerant of missing or odd values)."""
        raw = settings.get(SETTINGS_KEY)
        if not isinstance(raw, Mapping):
            return cls()
        covers, text = raw.get("covers"), raw.get("text")
        return cls(enabled=bool(raw.get("enabled")), text=text if isinstance(text, str) else "",
                   covers=covers if isinstance(covers, int) and covers > 0 else 0)

    def as_settings(self) -> dict[str, Any]:
        """The mapping stored under :data:`SETTINGS_KEY`."""
        return {"enabled": self.enabled, "text": self.text, "covers": self.covers}


def _prompt(previous: str | None, transcript: str) -> tuple[ChatMessage, ...]:
    earlier = (f"Summary of the conversation so far:\n<summary>\n{previous}\n</summary>\n\n"
               if previous else "")
    return (ChatMessage("user", (
        f"{earlier}The conversation continued:\n<conversation>\n{transcript}\n"
        "</conversation>\n\nWrite an updated summary of the whole conversation in at most "
        f"{int(SUMMARY_TOKENS * 0.6)} words: the topics, the facts the user gave, and what "
        "was decided or answered. Write it in the language of the conversation, and write only "
        "the summary.")),)


def update(engine: ChatEngine, previous: str | None, left: Sequence[ChatMessage], *,
           cancel: threading.Event | None = None) -> str:
    """Fold the turns that ``left`` the context into the ``previous`` summary.

    When more left at once than one prompt holds (the first summary of a long conversation),
    the newest of them are used: a running summary is short by design.

    Raises:
        Cancelled: ``cancel`` was set.

    """
    room = engine.n_ctx - SUMMARY_TOKENS - len(engine.prompt_tokens(_prompt(previous, "")))
    lines: list[str] = []
    used = 0
    for message in reversed(left):
        line = f"{_ROLES.get(message.role, message.role)}: {message.content}"
        size = engine.count_tokens(line) + 1
        if used + size > room:
            break
        lines.append(line)
        used += size
    if not lines:
        return previous or ""
    text, _ = complete(engine, _prompt(previous, "\n".join(reversed(lines))), SAMPLING,
                       cancel or threading.Event())
    return text or previous or ""
