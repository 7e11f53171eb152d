"""Does a follow-up turn cost only its new tokens? TTFT of turn 20 against turn 1.

A 20-turn conversation on one loaded model; each turn sends the whole conversation again, as
the app does, and llama.cpp should take the shared prefix from its KV cache. Prints the time to
first token per turn and TTFT(turn 20) ÷ TTFT(turn 1) (target <= 1.3), as the median over
several conversations.

    .venv/bin/python bench/followup_ttft.py [--model PATH] [--conversations N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.core.llm.engine import Engine
from assistant.core.llm.messages import ChatMessage, GenerationParams
from tests.models import cached_starter_model

TURNS = 20
QUESTIONS = [
    "Name a country in Europe.", "What is its capital?", "Name a river there.",
    "What food is it known for?", "Name a famous person from there.",
    "What language do they speak?", "Name a neighbouring country.",
    "What is the weather like?", "Name a sport popular there.", "What currency is used?",
]


def conversation(engine: Engine) -> list[tuple[float, int, int]]:
    """Run one conversation; (ttft, prompt tokens, cached tokens) per turn."""
    engine.clear_cache()
    messages = [ChatMessage("system", "You are a helpful assistant. Answer briefly.")]
    params = GenerationParams(temperature=0.0, max_tokens=48, repeat_penalty=1.0)
    figures = []
    for turn in range(TURNS):
        messages.append(ChatMessage("user", QUESTIONS[turn % len(QUESTIONS)]))
        stream = engine.chat(messages, params)
        reply = stream.text()
        assert stream.stats is not None
        figures.append((stream.stats.time_to_first_token, stream.stats.prompt_tokens,
                        stream.stats.cached_prompt_tokens))
        messages.append(ChatMessage("assistant", reply))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path)
    parser.add_argument("--conversations", type=int, default=5)
    args = parser.parse_args()
    model = args.model or cached_starter_model()
    engine = Engine()
    engine.load(model, n_ctx=4096)
    conversation(engine)  # warm-up
    runs = [conversation(engine) for _ in range(args.conversations)]
    for turn in range(TURNS):
        ttft = statistics.median(run[turn][0] for run in runs)
        _, prompt, cached = runs[0][turn]
        print(f"turn {turn + 1:2}: ttft {ttft * 1000:6.1f} ms  prompt {prompt:5} tokens, "
              f"{cached:5} from cache")
    ratio = statistics.median(run[-1][0] / run[0][0] for run in runs)
    print(f"model: {model.name}, conversations: {args.conversations}")
    print(f"TTFT ratio turn {TURNS} / turn 1: {ratio:.3f}  (target <= 1.3)")
    engine.unload()


if __name__ == "__main__":
    main()
