"""A process that streams replies from the starter model into the history, until killed.

Run by ``test_history_kill.py``. It prints one line per durable event, flushed, so the parent
knows what had been committed when the SIGKILL came: ``U <id>`` once a user message is
committed, ``A <id>`` once a reply is marked complete.
"""

from __future__ import annotations

import sys
from pathlib import Path

from assistant.core.engine import ChatMessage, Engine, GenerationParams
from assistant.core.history import HistoryStore, Role


def main(database: str, key: str, model: str) -> None:
    """Chat forever into ``database``."""
    store = HistoryStore.open(Path(database), key)
    engine = Engine()
    engine.load(Path(model), n_ctx=1024)
    conversation = store.create_conversation(title="kill test")
    print(f"C {conversation.id}", flush=True)
    turn = 0
    while True:
        turn += 1
        prompt = f"Tell me story number {turn} about a lighthouse keeper."
        message = store.add_message(conversation.id, Role.USER, prompt)
        print(f"U {message.id}", flush=True)
        recorder = store.record_reply(conversation.id, model="starter")
        stream = engine.chat([ChatMessage("user", prompt)],
                             GenerationParams(max_tokens=200, temperature=0.8))
        for piece in stream:
            recorder.append(piece)
        recorder.finish(stream.stats.as_dict() if stream.stats else None)
        print(f"A {recorder.message_id}", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
