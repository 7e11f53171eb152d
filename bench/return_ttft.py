"""Returning to a conversation costs only its new tokens: the follow-up, timed three ways.

A conversation of about 600 tokens gets a reply; then its follow-up is timed on
one loaded model:

1. straight after the reply (the context still holds the conversation);
2. after one reply in another conversation, with conversations kept warm (the default), twice
   (the first switch of the process, and one more);
3. the same, with nothing kept warm (``warm_budget = 0``: the previous behaviour).

Prints the follow-up's time to first token for each, and (2) ÷ (1) (target <= 1.5) and
(3) ÷ (1). ``--pause`` waits that long after every reply, in all three, as a user reads a
reply before sending the next message or picking another conversation (the engine readies
memory for a switch in that time); 0 measures back-to-back requests.

    .venv/bin/python bench/return_ttft.py [--model PATH] [--words N] [--pause SECONDS]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.core.llm.engine import Engine
from assistant.core.llm.messages import ChatMessage, GenerationParams, ReplyStats
from tests.models import cached_starter_model

PARAMS = GenerationParams(temperature=0.0, max_tokens=8, repeat_penalty=1.0)


def topic(name: str, words: int) -> list[ChatMessage]:
    """A conversation about ``name`` of about ``words`` words."""
    notes = " ".join(f"Note {i} about {name}: item {i * 7 % 13}." for i in range(words // 6))
    return [ChatMessage("system", "You are a helpful assistant."),
            ChatMessage("user", f"Here are my notes. {notes}"),
            ChatMessage("assistant", "Thank you, I have read them."),
            ChatMessage("user", f"What stands out about {name}?")]


def reply(engine: Engine, messages: list[ChatMessage], pause: float = 0.0,
          ) -> tuple[str, ReplyStats]:
    """Reply to ``messages``, then wait ``pause`` seconds (the user reading it)."""
    stream = engine.chat(messages, PARAMS)
    text = stream.text()
    assert stream.stats is not None
    time.sleep(pause)
    return text, stream.stats


def follow_up(engine: Engine, words: int, *, switch: bool, pause: float) -> ReplyStats:
    """Reply in the first conversation, maybe switch away, then time its follow-up."""
    engine.clear_cache()
    first = topic("the lighthouse", words)
    text, _ = reply(engine, first, pause)
    if switch:
        reply(engine, topic("the harbour", words), pause)
    _, stats = reply(engine, [*first, ChatMessage("assistant", text or "I see."),
                              ChatMessage("user", "Tell me more.")], pause)
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path)
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument("--pause", type=float, default=1.0,
                        help="seconds after each reply (default %(default)s)")
    args = parser.parse_args()
    engine = Engine()
    engine.load(args.model or cached_starter_model())
    reply(engine, topic("warm-up", 20))

    straight = follow_up(engine, args.words, switch=False, pause=args.pause)
    first = follow_up(engine, args.words, switch=True, pause=args.pause)
    warm = follow_up(engine, args.words, switch=True, pause=args.pause)
    engine.warm_budget = 0
    cold = follow_up(engine, args.words, switch=True, pause=args.pause)
    engine.unload()
    for label, stats in (("without a switch", straight),
                         ("after a switch, kept warm (1st)", first),
                         ("after a switch, kept warm (2nd)", warm),
                         ("after a switch, nothing kept", cold)):
        print(f"{label:31}: follow-up first token after {stats.time_to_first_token:6.2f} s "
              f"({stats.prompt_tokens} prompt tokens, {stats.cached_prompt_tokens} cached)")
    print(f"kept warm / no switch: {first.time_to_first_token / straight.time_to_first_token:.2f}"
          f" the first time, {warm.time_to_first_token / straight.time_to_first_token:.2f} the "
          "second (target <= 1.5)")
    if args.pause <= 0:
        print("(back to back: the switch waits for the memory readied after the reply it left)")
    print(f"nothing kept / no switch: "
          f"{cold.time_to_first_token / straight.time_to_first_token:.1f}")


if __name__ == "__main__":
    main()
