"""Our engine against raw llama-cpp-python on the same model, in the same run.

Both sides get the same conversation, greedy sampling and thread count, and start every round
from an empty KV cache; they alternate for several rounds. Prints the medians and the ratios
ours ÷ raw for tokens/s (target >= 0.98) and time to first token.

    .venv/bin/python bench/engine_overhead.py [--model PATH] [--rounds N] [--tokens N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import llama_cpp

from assistant.core.llm.engine import Engine
from assistant.core.llm.loading import without_weight_repacking
from assistant.core.llm.messages import ChatMessage, GenerationParams
from assistant.core.models.memory import physical_cores
from tests.models import cached_starter_model

MESSAGES: list[Any] = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "Write a detailed essay about the history of lighthouses, "
                                "their engineering and the lives of their keepers."},
]


def _ours(engine: Engine, tokens: int) -> tuple[float, float, str]:
    params = GenerationParams(temperature=0.0, max_tokens=tokens, repeat_penalty=1.0,
                              top_k=40, top_p=0.95, min_p=0.05)
    engine.clear_cache()
    start = time.perf_counter()
    first = 0.0
    pieces = []
    for piece in engine.chat([ChatMessage(**m) for m in MESSAGES], params):
        if not first:
            first = time.perf_counter()
        pieces.append(piece)
    return first - start, time.perf_counter() - first, "".join(pieces)


def _raw(llm: llama_cpp.Llama, tokens: int) -> tuple[float, float, str]:
    llm.reset()  # type: ignore[no-untyped-call]
    start = time.perf_counter()
    first = 0.0
    pieces = []
    for chunk in llm.create_chat_completion(messages=MESSAGES, stream=True, max_tokens=tokens,
                                            temperature=0.0, repeat_penalty=1.0, top_k=40,
                                            top_p=0.95, min_p=0.05):
        content = chunk["choices"][0]["delta"].get("content")  # type: ignore[union-attr,index]
        if content:
            if not first:
                first = time.perf_counter()
            pieces.append(str(content))
    return first - start, time.perf_counter() - first, "".join(pieces)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--tokens", type=int, default=256)
    args = parser.parse_args()
    model = args.model or cached_starter_model()
    threads = physical_cores()

    engine = Engine()
    engine.load(model, n_ctx=2048, n_threads=threads)
    cache = engine.cache_type.ggml_type
    with without_weight_repacking():  # the same load as ours, so the two compare fairly
        raw = llama_cpp.Llama(model_path=str(model), n_ctx=2048, n_batch=512,
                              n_threads=threads, n_threads_batch=threads, flash_attn=True,
                              type_k=cache, type_v=cache, verbose=False)
    measure = engine.count_tokens
    results: dict[str, list[tuple[float, float]]] = {"ours": [], "raw": []}
    texts: dict[str, set[str]] = {"ours": set(), "raw": set()}
    _ours(engine, 16)  # warm-up: page the weights in for both
    _raw(raw, 16)
    for round_ in range(args.rounds):
        names = ("ours", "raw") if round_ % 2 == 0 else ("raw", "ours")
        for name in names:
            ttft, decode, text = _ours(engine, args.tokens) if name == "ours" \
                else _raw(raw, args.tokens)
            # Both sides produce the same greedy text; count its tokens the same way.
            rate = max(measure(text) - 1, 1) / decode
            results[name].append((ttft, rate))
            texts[name].add(text)
            print(f"round {round_ + 1} {name:4}: ttft {ttft * 1000:7.1f} ms  "
                  f"{rate:6.1f} tok/s  ({measure(text)} tokens)")
    median = {name: (statistics.median(r[0] for r in rows),
                     statistics.median(r[1] for r in rows)) for name, rows in results.items()}
    print(f"model: {model.name}, threads: {threads}, rounds: {args.rounds}, "
          f"same text on both sides: {'yes' if texts['ours'] == texts['raw'] else 'NO'}")
    for name, (ttft, rate) in median.items():
        print(f"{name:4} median: ttft {ttft * 1000:.1f} ms, {rate:.1f} tok/s")
    print(f"tokens/s ratio (ours / raw): {median['ours'][1] / median['raw'][1]:.3f}  "
          "(target >= 0.98)")
    print(f"TTFT ratio (ours / raw): {median['ours'][0] / median['raw'][0]:.3f}  "
          "(lower is better)")
    engine.unload()
    raw.close()


if __name__ == "__main__":
    main()
