"""What one chat turn through the conversation service costs beyond the model itself.

On a stored conversation (2,000 turns by default), each round runs a turn through
:class:`ConversationService` (save, read the newest messages, fit, stream, save) and then the
same prompt straight into the engine, both from an empty KV cache. Prints the time to first
token of each and their ratio (service ÷ engine, target <= 1.05), and the time fitting takes
on a 20-turn and on the long conversation (it should not grow with the length).

    .venv/bin/python bench/turn_overhead.py [--model PATH] [--turns N] [--rounds N] [--context N]
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.core.conversation.service import (
    ContextFitted,
    ConversationService,
    ReplyText,
    TurnRequest,
)
from assistant.core.history.store import HistoryStore
from assistant.core.llm.engine import Engine
from assistant.core.llm.messages import GenerationParams
from tests.conversations import long_conversation, store_conversation
from tests.models import cached_starter_model

PARAMS = GenerationParams(max_tokens=4, temperature=0.0)


def _service_ttft(service: ConversationService, conversation: int, question: str
                  ) -> tuple[float, ContextFitted]:
    started = time.perf_counter()
    fitted: ContextFitted | None = None
    first = 0.0
    for event in service.turn(TurnRequest(conversation, question, PARAMS)):
        if isinstance(event, ContextFitted):
            fitted = event
        elif isinstance(event, ReplyText) and not first:
            first = time.perf_counter() - started
    assert fitted is not None
    return first, fitted


def _engine_ttft(engine: Engine, fitted: ContextFitted) -> float:
    started = time.perf_counter()
    stream = engine.chat(fitted.messages, PARAMS)
    first = 0.0
    for _ in stream:
        first = first or time.perf_counter() - started
    return first


def _fit_ms(service: ConversationService, conversation: int, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        service.fit(conversation, PARAMS)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path)
    parser.add_argument("--turns", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--context", type=int, default=1024)
    args = parser.parse_args()
    engine = Engine()
    info = engine.load(args.model or cached_starter_model(), n_ctx=args.context)
    folder = Path(tempfile.mkdtemp(prefix="pequeno-turn-"))
    with HistoryStore.open(folder / "history.db", secrets.token_hex(32)) as store:
        turns = long_conversation(args.turns)
        long_id = store_conversation(store, turns[:-1])
        short_id = store_conversation(store, long_conversation(20)[:-1])
        service = ConversationService(engine, store)
        print(f"model {info.name}, context {engine.n_ctx}, {len(turns) - 1} stored messages")
        print(f"fitting: {_fit_ms(service, short_id):.1f} ms for 40 messages, "
              f"{_fit_ms(service, long_id):.1f} ms for {len(turns) - 1}")
        ours, raw = [], []
        for number in range(args.rounds):
            engine.clear_cache()
            ttft, fitted = _service_ttft(service, long_id, turns[-1].content)
            engine.clear_cache()
            direct = _engine_ttft(engine, fitted)
            newest = store.messages(long_id, newest=2)
            store.delete_from(newest[0].id)  # the same conversation for the next round
            ours.append(ttft)
            raw.append(direct)
            print(f"round {number + 1}: service {ttft * 1000:.0f} ms, engine "
                  f"{direct * 1000:.0f} ms ({fitted.prompt_tokens} prompt tokens)")
        ratio = statistics.median(ours) / statistics.median(raw)
        print(f"TTFT ratio (service / engine): {ratio:.3f}  (target <= 1.05)")
    engine.unload()


if __name__ == "__main__":
    main()
