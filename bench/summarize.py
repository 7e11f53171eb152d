"""Does summarizing a long document cost only the model's own time? Wall time ÷ model floor.

Summarizes about 15,000 tokens of real prose (the Python reference topics that ship with the
standard library, ``pydoc_data.topics``) with the starter model at a 2048-token context: the
chunk-then-combine path, every call computed (a fresh in-memory cache per run). The floor is
what the model alone needs for the same work, from rates measured on the same engine in the
same run at the depth the summary worked at (its mean prompt):

    floor = prompt tokens evaluated ÷ prompt-eval rate + tokens written ÷ generation rate

The prompt-eval rate is a fresh prompt of that size evaluated with ``max_tokens=1`` after
``clear_cache()``; the generation rate is tokens/s over up to 128 tokens written right after
such a prompt (medians of several, measured after each summary). Prints the figures, where the
wall time went (model calls, the summarizer's tokenizer calls, the rest) and wall ÷ floor
(target <= 1.15); exits 1 when the median ratio is above ``--max-ratio``. No absolute times
are checked.

    .venv/bin/python bench/summarize.py [--model PATH] [--context N] [--tokens N]
                                        [--repeat N] [--samples N] [--threads N]
                                        [--max-ratio R]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pydoc_data.topics import topics

from assistant.core.documents.loaders import Document, document_from_text
from assistant.core.documents.summarize import SAMPLING, Summarizer, Summary
from assistant.core.history.summary_cache import MemoryCache
from assistant.core.llm.engine import Engine
from assistant.core.llm.messages import ChatMessage, GenerationParams, ReplyStats
from assistant.core.models.memory import physical_cores
from tests.engines import EngineWrapper
from tests.models import cached_starter_model

GENERATION_TOKENS = 128


def long_document(engine: Engine, tokens: int) -> Document:
    """Whole reference topics, in order, until the text holds at least ``tokens`` tokens."""
    texts: list[str] = []
    count = 0
    for name in sorted(topics):
        texts.append(topics[name].strip())
        count += engine.count_tokens(texts[-1])
        if count >= tokens:
            break
    return document_from_text("\n\n".join(texts), "Python language reference topics")


def prompt_of(text: str) -> tuple[ChatMessage, ...]:
    """A prompt shaped like the summarizer's per-chunk prompt."""
    return (ChatMessage("user", f"Here is part 1 of 9 (paragraphs 1\u201340) of a document "
                                f"titled \"Python reference\".\n\n<text>\n{text}\n</text>\n\n"
                                "Summarize this part in English, in at most 150 words. Keep "
                                "names, numbers, dates, decisions and conclusions. Write only "
                                "the summary."),)


def chunk_texts(engine: Engine, document: Document, tokens: int, count: int) -> list[str]:
    """``count`` different slices of the document whose prompts are about ``tokens`` long."""
    room = tokens - len(engine.prompt_tokens(prompt_of("")))
    words = document.text.split(" ")
    pieces: list[str] = []
    start = 0
    while len(pieces) < count:
        end = start + 1
        while end < len(words) and engine.count_tokens(" ".join(words[start:end + 16])) < room:
            end += 16
        if end >= len(words):  # ran off the end: start again from the top
            start = 0
            continue
        pieces.append(" ".join(words[start:end]))
        start = end
    return pieces


def _params(max_tokens: int) -> GenerationParams:
    return GenerationParams(max_tokens=max_tokens, temperature=SAMPLING.temperature,
                            top_p=SAMPLING.top_p, top_k=SAMPLING.top_k, min_p=SAMPLING.min_p,
                            repeat_penalty=SAMPLING.repeat_penalty, seed=SAMPLING.seed)


@dataclass(frozen=True)
class Rates:
    """Model speeds measured at a chunk's depth."""

    prompt: float  # prompt tokens evaluated per second
    generation: float  # tokens written per second
    prompt_tokens: int  # the size of the prompts measured
    written: int  # tokens written per generation sample (median)


def measure_rates(engine: Engine, texts: Sequence[str]) -> Rates:
    """Prompt-eval and generation rates, medians over ``texts`` (one sample each)."""
    prompt_rates, generation_rates, sizes, written = [], [], [], []
    for text in texts:
        messages = prompt_of(text)
        engine.clear_cache()
        stream = engine.chat(messages, _params(1))
        start = time.perf_counter()
        stream.text()
        elapsed = time.perf_counter() - start
        assert stream.stats is not None
        assert stream.stats.cached_prompt_tokens == 0
        prompt_rates.append(stream.stats.prompt_tokens / elapsed)
        sizes.append(stream.stats.prompt_tokens)
        engine.clear_cache()
        stream = engine.chat(messages, _params(GENERATION_TOKENS))
        stream.text()
        assert stream.stats is not None
        if stream.stats.tokens_per_second > 0:
            generation_rates.append(stream.stats.tokens_per_second)
            written.append(stream.stats.completion_tokens)
    if not generation_rates:
        raise SystemExit("the model wrote fewer than two tokens in every generation sample")
    return Rates(statistics.median(prompt_rates), statistics.median(generation_rates),
                 int(statistics.median(sizes)), int(statistics.median(written)))


class _TimedStream:
    """A reply stream that adds the time spent producing its pieces to its engine's total."""

    def __init__(self, owner: TimedEngine, messages: Sequence[ChatMessage],
                 params: GenerationParams | None, cancel: threading.Event | None) -> None:
        self._owner = owner
        self._stream = owner.engine.chat(messages, params, cancel=cancel)
        self.stats: ReplyStats | None = None

    def __iter__(self) -> Iterator[str]:
        pieces = iter(self._stream)
        while True:
            start = time.perf_counter()
            try:
                piece = next(pieces)
            except StopIteration:
                return
            finally:
                self._owner.model_seconds += time.perf_counter() - start
                self.stats = self._stream.stats
            yield piece

    def cancel(self) -> None:
        self._stream.cancel()


class TimedEngine(EngineWrapper):
    """The engine, timing what the summarizer asks of it: model calls and tokenizer calls."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        self.model_seconds = 0.0
        self.tokenizer_seconds = 0.0
        self.tokenizer_calls = 0

    def count_tokens(self, text: str) -> int:
        """The engine's count, timed."""
        start = time.perf_counter()
        try:
            return self.engine.count_tokens(text)
        finally:
            self.tokenizer_seconds += time.perf_counter() - start
            self.tokenizer_calls += 1

    def prompt_tokens(self, messages: Sequence[ChatMessage]) -> list[int]:
        """The engine's prompt tokens, timed."""
        start = time.perf_counter()
        try:
            return self.engine.prompt_tokens(messages)
        finally:
            self.tokenizer_seconds += time.perf_counter() - start
            self.tokenizer_calls += 1

    def chat(self, messages: Sequence[ChatMessage], params: GenerationParams | None = None, *,
             cancel: threading.Event | None = None, keep_warm: bool = True) -> _TimedStream:
        """The engine's reply stream, its pieces timed."""
        return _TimedStream(self, messages, params, cancel)


@dataclass(frozen=True)
class Run:
    """One summary and the floor it is measured against."""

    summary: Summary
    wall: float
    model: float
    tokenizer: float
    tokenizer_calls: int
    rates: Rates

    @property
    def floor(self) -> float:
        """Seconds the model alone needs to evaluate and write what this summary did."""
        return (self.summary.prompt_tokens / self.rates.prompt
                + self.summary.completion_tokens / self.rates.generation)

    @property
    def ratio(self) -> float:
        """Wall time ÷ floor."""
        return self.wall / self.floor


def summarize_once(engine: Engine, document: Document, samples: int) -> Run:
    """Summarize ``document`` from an empty cache, then measure the rates at its depth.

    The depth is the mean prompt the summary's calls evaluated: attention costs grow with the
    depth, so rates measured on longer (or shorter) prompts would misstate the floor.
    """
    engine.clear_cache()
    timed = TimedEngine(engine)
    start = time.perf_counter()
    summary = Summarizer(timed, MemoryCache()).summarize(document)
    wall = time.perf_counter() - start
    depth = summary.prompt_tokens // max(summary.calls - summary.cached_calls, 1)
    rates = measure_rates(engine, chunk_texts(engine, document, depth, samples))
    return Run(summary, wall, timed.model_seconds, timed.tokenizer_seconds,
               timed.tokenizer_calls, rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path)
    parser.add_argument("--context", type=int, default=2048)
    parser.add_argument("--tokens", type=int, default=15_000,
                        help="document length in tokens (at least)")
    parser.add_argument("--repeat", type=int, default=3, help="summaries to time")
    parser.add_argument("--samples", type=int, default=3,
                        help="rate samples before each summary")
    parser.add_argument("--threads", type=int,
                        help="CPU threads (default: physical cores, as the app)")
    parser.add_argument("--max-ratio", type=float, default=1.15)
    args = parser.parse_args()
    model = args.model or cached_starter_model()
    engine = Engine()
    engine.load(model, n_ctx=args.context, n_threads=args.threads)
    document = long_document(engine, args.tokens)
    measure_rates(engine, chunk_texts(engine, document, engine.n_ctx // 2, 1))  # warm-up
    print(f"model: {model.name}, context: {engine.n_ctx}, threads: "
          f"{args.threads or physical_cores()}, document: "
          f"{engine.count_tokens(document.text)} tokens in {len(document.sections)} sections")
    runs = []
    for number in range(1, args.repeat + 1):
        run = summarize_once(engine, document, args.samples)
        runs.append(run)
        s, r = run.summary, run.rates
        other = run.wall - run.model - run.tokenizer
        print(f"run {number}: {s.chunks} chunks, {s.rounds} combining rounds, {s.calls} calls; "
              f"{s.prompt_tokens} prompt tokens evaluated, {s.completion_tokens} written")
        print(f"  rates at its mean depth: prompt eval {r.prompt:7.1f} tok/s "
              f"({r.prompt_tokens}-token prompts), "
              f"generation {r.generation:6.1f} tok/s ({r.written} tokens written)")
        print(f"  wall {run.wall:7.2f} s = model calls {run.model:7.2f} s + summarizer's "
              f"tokenizer {run.tokenizer:5.2f} s ({run.tokenizer_calls} calls) + other "
              f"{other:5.2f} s")
        print(f"  floor {run.floor:7.2f} s  (prompt {s.prompt_tokens / r.prompt:6.2f} s + "
              f"generation {s.completion_tokens / r.generation:6.2f} s);  wall / floor "
              f"{run.ratio:.3f}")
    ratio = statistics.median(run.ratio for run in runs)
    print(f"median wall / floor over {len(runs)} runs: {ratio:.3f}  "
          f"(target <= {args.max_ratio})")
    engine.unload()
    if ratio > args.max_ratio:
        sys.exit(1)


if __name__ == "__main__":
    main()
