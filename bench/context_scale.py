"""The 128K model against the 4K one: time to answer "hi" from a fresh start, and memory.

Each measurement runs in a fresh process (so resident memory is the model's alone): load the
model as the app does (context on demand, or ``--before``: the largest context that fits, with
a 16-bit cache and no flash attention, as the previous version allocated it), answer "hi",
and report load time, time from start to the first token, and resident memory then. Prints
128K ÷ 4K for the time (target <= 1.3) and the memory (target <= 1.3).

Also prints the context the 128K model gets on 8 / 16 / 24 / 32 GiB machines, before and after
the 8-bit cache, from the memory model; ``--real-load`` loads the 128K model once at this
machine's figure and compares the resident memory with the estimate.

    .venv/bin/python bench/context_scale.py [--model-4k PATH] [--model-128k PATH] [--before]
                                            [--real-load] [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psutil

from assistant.core.llm.engine import Engine
from assistant.core.llm.messages import ChatMessage, GenerationParams
from assistant.core.models import catalog, memory
from assistant.core.models.info import inspect_model
from assistant.core.settings import Settings
from tests.models import phi3_shaped

GIB = 2**30


def child(model: Path, mode: str) -> dict[str, Any]:
    """Load ``model`` and answer "hi" in this process; the figures."""
    start = time.perf_counter()
    engine = Engine()
    if mode == "before":
        return _before(model, start)
    if mode.startswith("fixed:"):
        engine.load(model, n_ctx=int(mode.split(":")[1]))
    else:
        engine.load(model)
    loaded = time.perf_counter() - start
    params = GenerationParams.from_settings(Settings(), temperature=0.0, max_tokens=4)
    stream = engine.chat([ChatMessage("user", "hi")], params)
    first = 0.0
    for _ in stream:
        if not first:
            first = time.perf_counter() - start
    rss = psutil.Process().memory_info().rss
    return {"model": model.name, "mode": mode, "load_s": loaded, "ttft_s": first,
            "rss_bytes": rss, "allocated": engine.allocated_ctx, "limit": engine.n_ctx,
            "cache": str(engine.cache_type)}


def _before(model: Path, start: float) -> dict[str, Any]:
    """The previous version's load, as raw llama-cpp-python with its parameters.

    The largest context that fits, a 16-bit cache, no flash attention.
    """
    import llama_cpp

    from assistant.core.llm.loading import without_weight_repacking

    info = inspect_model(model)
    budget = min(memory.available_bytes(), memory.usable_bytes())
    n_ctx = memory.largest_context(info, budget, memory.CacheType.F16, flash_attention=False)
    threads = memory.physical_cores()
    with without_weight_repacking():
        llm = llama_cpp.Llama(model_path=str(model), n_ctx=n_ctx, n_batch=512,
                              n_threads=threads, n_threads_batch=threads, verbose=False)
    loaded = time.perf_counter() - start
    first = 0.0
    for _ in llm.create_chat_completion(messages=[{"role": "user", "content": "hi"}],
                                        max_tokens=4, temperature=0.0, stream=True):
        if not first:
            first = time.perf_counter() - start
    return {"model": model.name, "mode": "before", "load_s": loaded, "ttft_s": first,
            "rss_bytes": psutil.Process().memory_info().rss, "allocated": n_ctx,
            "limit": n_ctx, "cache": "f16"}


def measure(model: Path, mode: str) -> dict[str, Any]:
    """:func:`child` in a fresh process."""
    result = subprocess.run([sys.executable, __file__, "--child", str(model), mode],
                            capture_output=True, text=True, check=True)
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def _median(runs: list[dict[str, Any]]) -> dict[str, Any]:
    figures = dict(runs[0])
    for key in ("load_s", "ttft_s", "rss_bytes"):
        figures[key] = statistics.median(run[key] for run in runs)
    return figures


def _page_in(path: Path) -> None:
    with path.open("rb") as file:
        while file.read(1 << 24):
            pass


def show(figures: dict[str, Any]) -> None:
    print(f"  {figures['model']} ({figures['mode']}): load {figures['load_s']:.1f} s, "
          f"first token after {figures['ttft_s']:.1f} s, resident "
          f"{figures['rss_bytes'] / GIB:.2f} GiB, context {figures['allocated']} of "
          f"{figures['limit']} ({figures['cache']})", flush=True)


def memory_table() -> None:
    info = catalog.find("phi-3-mini-128k-instruct-q4_k_m").model_info()
    print("context Phi-3-mini-128k (Q4_K_M, 2.4 GB) gets, from the memory model (all but "
          "max(1/4, 2 GiB) of RAM):")
    for ram in (8, 16, 24, 32):
        budget = memory.usable_bytes(ram * GIB)
        before = memory.largest_context(info, budget, memory.CacheType.F16,
                                        flash_attention=False)
        after = memory.largest_context(info, budget)
        print(f"  {ram:2} GiB: before {before:6} tokens (16-bit, no flash attention), after "
              f"{after:6} tokens ({memory.cache_type_for(info, budget)}, flash attention): "
              f"x{after / before:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-4k", type=Path)
    parser.add_argument("--model-128k", type=Path)
    parser.add_argument("--before", action="store_true",
                        help="also measure the 128K model as the previous version loaded it")
    parser.add_argument("--real-load", action="store_true",
                        help="load the 128K model at this machine's largest context")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(Path(args.child[0]), args.child[1])))
        return
    small = args.model_4k or phi3_shaped("4k")
    large = args.model_128k or phi3_shaped("128k")
    memory_table()
    for path in (small, large):  # both from the page cache, as after any earlier start
        _page_in(path)
    print(f"fresh start, 'hi' (each in its own process, alternating, median of {args.rounds}):")
    runs: dict[Path, list[dict[str, Any]]] = {small: [], large: []}
    for _ in range(args.rounds):
        for path in (small, large):
            runs[path].append(measure(path, "auto"))
    four, long = (_median(runs[small]), _median(runs[large]))
    show(four)
    show(long)
    print(f"128K / 4K: time to first token {long['ttft_s'] / four['ttft_s']:.2f} "
          f"(target <= 1.3), resident memory {long['rss_bytes'] / four['rss_bytes']:.2f} "
          "(target <= 1.3)")
    if args.before:
        before = measure(large, "before")
        show(before)
        print(f"previous version / now (128K): time {before['ttft_s'] / long['ttft_s']:.1f}x, "
              f"memory {before['rss_bytes'] / long['rss_bytes']:.1f}x")
    if args.real_load:
        info = inspect_model(large)
        budget = min(memory.available_bytes(), memory.usable_bytes())
        n_ctx = memory.largest_context(info, budget)
        real = measure(large, f"fixed:{n_ctx}")
        show(real)
        estimate = memory.load_bytes(info, n_ctx)
        print(f"estimate {estimate / GIB:.2f} GiB for {n_ctx} tokens; resident "
              f"{real['rss_bytes'] / GIB:.2f} GiB (weights are mapped: resident counts the "
              "pages read)")


if __name__ == "__main__":
    main()
