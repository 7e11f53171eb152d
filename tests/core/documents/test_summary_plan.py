"""Summaries planned by cost: the cost model, and the plan on the real starter model."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.core.documents.loaders import document_from_text
from assistant.core.documents.plan import map_reduce_seconds, one_pass_seconds
from assistant.core.documents.summarize import Progress, Style, Summarizer
from assistant.core.llm import speed
from assistant.core.llm.engine import Engine
from assistant.core.llm.messages import ChatMessage
from assistant.core.llm.speed import SpeedFigures

# Attention dominating: a prompt token at depth 5,000 costs 20 times one at depth 0.
DEEP_COST = SpeedFigures(load_seconds=1.0, prompt_seconds=0.05, prompt_growth=2e-4,
                         generate_seconds=0.05)
# Attention for free, writing expensive: fewer calls (less to write) win.
FLAT_COST = SpeedFigures(load_seconds=1.0, prompt_seconds=0.05, prompt_growth=0.0,
                         generate_seconds=0.5)


def test_deep_prompts_make_parts_cheaper_than_one_pass() -> None:
    whole = one_pass_seconds(DEEP_COST, 12_000, 300)
    parts = sum(map_reduce_seconds(DEEP_COST, 12_000, 4096, 100, 300, 300, 131072))

    assert parts < whole


def test_without_a_depth_cost_one_pass_wins() -> None:
    whole = one_pass_seconds(FLAT_COST, 12_000, 300)
    parts = sum(map_reduce_seconds(FLAT_COST, 12_000, 4096, 100, 300, 300, 131072))

    assert whole < parts


def test_parts_that_do_not_fit_one_combining_call_are_combined_in_rounds() -> None:
    calls = map_reduce_seconds(FLAT_COST, 100_000, 1024, 50, 300, 300, 4096)

    assert len(calls) > 98 + 1  # the parts, then more than one combining call


@pytest.fixture(scope="module")
def engine(starter_model: Path) -> Iterator[Engine]:
    loaded = Engine()
    loaded.load(starter_model)  # on demand, up to 8,192 tokens
    yield loaded
    loaded.unload()


def _document(words: int) -> str:
    sentences = [f"In year {1900 + i} the harbour of town {i % 17} shipped {i * 37 % 101} "
                 f"tons of cork." for i in range(words // 12)]
    return "\n\n".join(" ".join(sentences[i:i + 8]) for i in range(0, len(sentences), 8))


def _summarize(engine: Engine, text: str, figures: SpeedFigures | None,
               asked: list[bool]) -> tuple[Summarizer, list[Progress], int]:
    def measure() -> SpeedFigures | None:
        asked.append(True)
        return figures

    summarizer = Summarizer(engine, speed=measure)
    reports: list[Progress] = []
    summary = summarizer.summarize(document_from_text(text, "Harbour records"),
                                   style=Style.BRIEF, progress=reports.append)
    return summarizer, reports, summary.chunks


def test_a_long_document_is_read_the_way_its_cost_model_prefers(engine: Engine) -> None:
    text = _document(3000)  # fits the 8K context whole: one pass is possible
    asked: list[bool] = []

    deep, deep_reports, deep_chunks = _summarize(engine, text, DEEP_COST, asked)
    flat, flat_reports, flat_chunks = _summarize(engine, text, FLAT_COST, asked)

    assert flat_chunks == 1  # one pass
    assert deep_chunks > 1  # parts
    for summarizer, reports in ((deep, deep_reports), (flat, flat_reports)):
        # The first report comes before any call, with the plan's whole estimate.
        assert reports[0].done == 0
        assert summarizer.estimate is not None
        assert reports[0].eta_seconds == pytest.approx(summarizer.estimate)
        assert reports[-1].done == reports[-1].total
    assert asked == [True, True]


def test_a_short_document_is_not_measured_for(engine: Engine) -> None:
    asked: list[bool] = []

    _, reports, chunks = _summarize(engine, _document(300), DEEP_COST, asked)

    assert chunks == 1
    assert not asked
    assert reports[0].done == 1


def test_the_loaded_models_figures_are_measured_once_and_kept(engine: Engine,
                                                              tmp_path: Path) -> None:
    figures = speed.figures_for(engine, tmp_path)

    assert figures is not None
    assert 0 < figures.prompt_seconds < figures.generate_seconds
    assert figures.load_seconds > 0
    assert (tmp_path / speed.CACHE_FILE).is_file()
    assert speed.figures_for(engine, tmp_path) == figures  # from the cache, not measured


def test_the_measured_figures_predict_a_deep_prompt_and_its_reply(engine: Engine) -> None:
    """The figures, measured at depths up to 2,048, foretell a 5,000-token prompt's call."""
    figures = engine.measure_speed()
    assert figures is not None
    llm = engine._llm
    assert llm is not None
    engine.reserve(5200)
    tokens = engine.prompt_tokens(
        (ChatMessage("user", _document(5000)),))[:5000]
    llm.reset()
    began = time.perf_counter()
    llm.eval(tokens)
    for _ in range(48):
        llm.eval([tokens[1]])
    real = time.perf_counter() - began
    llm.reset()

    predicted = figures.prompt_time(len(tokens)) + figures.generate_time(48, len(tokens))
    # A ratio measured in one run; loose, since a shared CI machine is noisy.
    assert 0.5 < predicted / real < 2.0, (predicted, real)
