"""Generated conversations for tests: long, varied chats stored the way the app stores them."""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence

from assistant.core.history.store import HistoryStore, MessageState, now_us
from assistant.core.llm.messages import ChatMessage
from tests.documents import report_pages


def sentences(seed: int) -> list[str]:
    """Sentences of a generated report (varied, realistic length)."""
    text = " ".join(report_pages(30, seed=seed)).replace("\n\n", " ")
    return [s.strip() + "." for s in text.split(". ") if len(s.split()) > 3]


def long_conversation(turns: int, seed: int = 7) -> list[ChatMessage]:
    """A varied ``turns``-turn chat about a fictional report, ending with a user question."""
    rng = random.Random(seed)
    said = sentences(seed)
    openers = ("What happened with", "Can you remind me about", "Summarize what we know about",
               "Who is responsible for", "Why was there a delay with", "Any news on")
    topics = ("the delivery fleet", "the billing system", "the Porto depot", "the audit",
              "the training programme", "the supplier contracts", "the budget")
    messages = []
    for number in range(turns):
        question = f"{rng.choice(openers)} {rng.choice(topics)}? (question {number + 1})"
        if rng.random() < 0.3:
            question += " " + rng.choice(said)
        messages.append(ChatMessage("user", question))
        messages.append(ChatMessage("assistant", " ".join(rng.sample(said, rng.randint(1, 4)))))
    messages.append(ChatMessage("user", "So what did the board decide about the budget?"))
    return messages


def store_conversation(store: HistoryStore, messages: Sequence[ChatMessage], *,
                       system: str | None = None, title: str = "A long chat",
                       settings: dict[str, object] | None = None) -> int:
    """Save ``messages`` as one conversation (in one transaction, as an import does)."""
    stamp = now_us()
    return store.restore(
        {"uid": uuid.uuid4().hex, "title": title, "created": stamp, "updated": stamp,
         "model": None, "system_prompt": system, "settings": settings or {}, "pinned": False},
        [{"role": m.role, "content": m.content, "created": stamp + i, "model": None,
          "stats": {}, "state": str(MessageState.COMPLETE)} for i, m in enumerate(messages)])
