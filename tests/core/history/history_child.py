"""A process that streams replies from the starter model into the history, until killed.

Run by ``test_history_kill.py``. It prints one line per durable event, flushed, so the parent
knows what had been committed when the SIGKILL came: ``U <id>`` once a user message is
committed, ``A <id>`` once a reply is marked complete.
"""

from __future__ import annotations

import sys
from pathlib import Path

from assistant.core.conversation.service import (
    ConversationService,
    ReplyFinished,
    ReplyStarted,
    TurnRequest,
    UserMessageSaved,
)
from assistant.core.history.store import HistoryStore
from assistant.core.llm.engine import Engine
from assistant.core.llm.messages import GenerationParams


def main(database: str, key: str, model: str) -> None:
    """Chat forever into ``database``, through the same turn the window and the CLI run."""
    store = HistoryStore.open(Path(database), key)
    engine = Engine()
    engine.load(Path(model), n_ctx=1024)
    service = ConversationService(engine, store)
    conversation = store.create_conversation(title="kill test")
    print(f"C {conversation.id}", flush=True)
    params = GenerationParams(max_tokens=200, temperature=0.8)
    turn = 0
    reply_id = 0
    while True:
        turn += 1
        prompt = f"Tell me story number {turn} about a lighthouse keeper."
        for event in service.turn(TurnRequest(conversation.id, prompt, params)):
            if isinstance(event, UserMessageSaved):
                print(f"U {event.message_id}", flush=True)
            elif isinstance(event, ReplyStarted):
                reply_id = event.message_id
            elif isinstance(event, ReplyFinished):
                print(f"A {reply_id}", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
