"""The summary planner against the fixed ways, on one document in one run.

Summarizes a generated document of about ``--tokens`` tokens three ways on one loaded model
(context on demand, nothing cached between runs): as planned by the model's speed figures,
in one pass, and in parts of 4,096 tokens. Prints each wall time, the planner's time ÷ the
best of the other two (target <= 1.1), and the planner's first time-left estimate against its
real time (target: within 30%).

    .venv/bin/python bench/summary_plan.py [--model PATH] [--tokens N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.core.documents.loaders import document_from_text
from assistant.core.documents.summarize import Progress, Style, Summarizer
from assistant.core.llm import speed
from assistant.core.llm.engine import Engine
from tests.models import cached_starter_model


class Planned(Summarizer):
    """The planner, remembering what it chose (``None``: one pass)."""

    chosen: int | None = None

    def _plan(self, whole: int, fits: bool, widest: int, overhead: int, part: int,
              final: int, n_ctx: int) -> int | None:
        self.chosen = super()._plan(whole, fits, widest, overhead, part, final, n_ctx)
        return self.chosen


class FixedParts(Summarizer):
    """Always reads the document in parts of ``room`` tokens."""

    room = 4096

    def _plan(self, whole: int, fits: bool, widest: int, overhead: int, part: int,
              final: int, n_ctx: int) -> int | None:
        return min(self.room, widest)


def document(tokens: int) -> str:
    """About ``tokens`` tokens of harbour records, in paragraphs."""
    sentences = [f"In year {1500 + i} the harbour of town {i % 23} shipped {i * 37 % 101} tons "
                 f"of cork and {i * 11 % 53} barrels of wine." for i in range(tokens // 24)]
    return "\n\n".join(" ".join(sentences[i:i + 6]) for i in range(0, len(sentences), 6))


def run(label: str, summarizer: Summarizer, engine: Engine, text: str) -> tuple[float, float]:
    """Summarize ``text``; print and return (wall seconds, first time-left estimate)."""
    engine.clear_cache()
    reports: list[Progress] = []
    started = time.perf_counter()
    summary = summarizer.summarize(document_from_text(text, "Harbour records"),
                                   style=Style.BRIEF, progress=reports.append)
    took = time.perf_counter() - started
    first = next((r.eta_seconds for r in reports if r.eta_seconds is not None), 0.0)
    print(f"{label:22}: {took:7.1f} s, {summary.chunks} part(s), {summary.calls} call(s), "
          f"first time-left estimate {first:7.1f} s", flush=True)
    return took, first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path)
    parser.add_argument("--tokens", type=int, default=12_000)
    args = parser.parse_args()
    engine = Engine()
    engine.load(args.model or cached_starter_model())
    text = document(args.tokens)
    print(f"model {engine.info.name if engine.info else '?'}, document of "
          f"{engine.count_tokens(text)} tokens, context up to {engine.n_ctx}", flush=True)
    with tempfile.TemporaryDirectory() as cache:
        started = time.perf_counter()
        figures = speed.figures_for(engine, Path(cache))
        assert figures is not None
        print(f"speed figures (measured in {time.perf_counter() - started:.1f} s): prompt "
              f"{1 / figures.prompt_seconds:.1f} tokens/s at depth 0, +{figures.prompt_growth:.2e}"
              f" s per token of depth, replies {1 / figures.generate_seconds:.1f} tokens/s at "
              f"depth 0, +{figures.generate_growth:.2e} s per token of depth", flush=True)
    planner = Planned(engine, speed=lambda: figures)
    planned, estimate = run("planned", planner, engine, text)
    print(f"the planner chose {f'parts of {planner.chosen}' if planner.chosen else 'one pass'}",
          flush=True)
    # A strategy the planner ran is not run twice (a 12K-token run takes tens of minutes at
    # Phi-3-mini's size on 2 cores): its time counts for that row.
    whole = planned if planner.chosen is None else run("one pass", Summarizer(engine), engine,
                                                       text)[0]
    parts = planned if planner.chosen == FixedParts.room else run(
        "parts of 4,096 tokens", FixedParts(engine), engine, text)[0]
    engine.unload()
    print(f"planned / best of the others: {planned / min(whole, parts):.2f} (target <= 1.1)")
    print(f"first time-left estimate / real time: {estimate / planned:.2f} "
          "(target within 0.7 to 1.3)")


if __name__ == "__main__":
    main()
