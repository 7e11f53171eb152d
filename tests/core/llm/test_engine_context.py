"""The context on demand and the conversations kept warm, on real models."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from assistant.core.errors import Cancelled, EngineError
from assistant.core.llm.engine import START_CONTEXT, Engine
from assistant.core.llm.loading import without_weight_repacking
from assistant.core.llm.messages import ChatMessage, GenerationParams, ReplyStats

GREEDY = GenerationParams(temperature=0.0, max_tokens=12, repeat_penalty=1.0)


@pytest.fixture
def engine() -> Iterator[Engine]:
    engine = Engine()
    yield engine
    engine.unload()


def _reply(engine: Engine, messages: list[ChatMessage],
           params: GenerationParams = GREEDY) -> tuple[str, ReplyStats]:
    stream = engine.chat(messages, params)
    text = stream.text()
    assert stream.stats is not None
    return text, stream.stats


def _topic(name: str, words: int) -> list[ChatMessage]:
    """A conversation with a long system prompt about ``name`` (``words`` words)."""
    facts = " ".join(f"{name} fact {i} is {i * 7 % 13}." for i in range(words // 5))
    return [ChatMessage("system", f"You know this about {name}: {facts}"),
            ChatMessage("user", f"Tell me about {name} in one sentence.")]


def test_the_context_starts_small_and_grows_when_a_reply_needs_more(
        engine: Engine, starter_model: Path) -> None:
    engine.load(starter_model)

    assert engine.allocated_ctx == START_CONTEXT
    assert engine.n_ctx == 8192  # the starter's trained context fits this machine
    # A reply allowed 6,000 tokens needs more than the start: the context grows first.
    text, stats = _reply(engine, _topic("Lisbon", 50),
                         GenerationParams(temperature=0.0, max_tokens=6000))
    assert engine.allocated_ctx == 8192
    assert text.strip()
    assert stats.completion_tokens < 6000
    # The grown context keeps answering, from the cache of what it holds.
    follow_up = [*_topic("Lisbon", 50), ChatMessage("assistant", text),
                 ChatMessage("user", "And its river?")]
    _, again = _reply(engine, follow_up)
    assert again.cached_prompt_tokens >= stats.prompt_tokens


def test_growing_keeps_what_the_context_holds(engine: Engine, starter_model: Path) -> None:
    engine.load(starter_model)
    first = _topic("Porto", 600)
    text, stats = _reply(engine, first)
    assert engine.allocated_ctx == START_CONTEXT

    follow_up = [*first, ChatMessage("assistant", text), ChatMessage("user", "Why?")]
    _, grown = _reply(engine, follow_up, GenerationParams(temperature=0.0, max_tokens=5000))

    assert engine.allocated_ctx == 8192
    assert grown.cached_prompt_tokens >= stats.prompt_tokens  # not evaluated again


def test_a_fixed_context_stays_as_asked(engine: Engine, starter_model: Path) -> None:
    engine.load(starter_model, n_ctx=1024)

    _reply(engine, _topic("Braga", 20), GenerationParams(temperature=0.0, max_tokens=5000))

    assert engine.allocated_ctx == engine.n_ctx == 1024
    with pytest.raises(EngineError, match="does not fit"):
        _reply(engine, _topic("Braga", 1500))


def test_the_context_shrinks_back_for_a_short_conversation(engine: Engine,
                                                           phi3_128k: Path) -> None:
    engine.load(phi3_128k)
    _reply(engine, _topic("Faro", 20), GenerationParams(temperature=0.0, max_tokens=20_000))
    assert engine.allocated_ctx >= 20_000

    _reply(engine, _topic("Evora", 20))

    assert engine.allocated_ctx == START_CONTEXT


def test_long_rope_factors_engage_past_the_original_context(engine: Engine,
                                                            phi3_128k: Path) -> None:
    """The 128K model reads past 4,096 tokens with its long RoPE factors, also after growing.

    The cache of the first turn was computed with the short factors (a 4K context): it must
    be evaluated again, not carried into the grown context.
    """
    engine.load(phi3_128k)
    first = _topic("Coimbra", 1200)  # about 3,000 tokens: within the original 4K
    text, _ = _reply(engine, first)
    assert engine.allocated_ctx == START_CONTEXT
    follow_up = [*first, ChatMessage("assistant", text),
                 ChatMessage("user", " ".join(["Again?"] * 900))]  # past 4K

    grown_text, grown = _reply(engine, follow_up)

    assert engine.allocated_ctx > 4096
    assert grown.prompt_tokens > 4096
    assert grown.cached_prompt_tokens == 0  # short-factor cache not reused
    fresh = Engine()
    try:
        fresh.load(phi3_128k, n_ctx=engine.allocated_ctx)
        assert _reply(fresh, follow_up)[0] == grown_text
    finally:
        fresh.unload()
    # What llama.cpp does with these contexts: the same tokens read differently in a 4K
    # context (short factors) than in a larger one (long factors).
    tokens = engine.prompt_tokens(first)
    assert not np.allclose(_last_logits(phi3_128k, 4096, tokens),
                           _last_logits(phi3_128k, 8192, tokens))


def _last_logits(path: Path, n_ctx: int, tokens: list[int]) -> npt.NDArray[np.float32]:
    import llama_cpp

    with without_weight_repacking():
        llm = llama_cpp.Llama(model_path=str(path), n_ctx=n_ctx, flash_attn=True,
                              verbose=False)
    try:
        llm.eval(tokens)
        return np.ctypeslib.as_array(llm._ctx.get_logits(), shape=(llm.n_vocab(),)).copy()
    finally:
        llm.close()


def test_returning_to_a_conversation_evaluates_only_its_new_tokens(
        engine: Engine, starter_model: Path) -> None:
    engine.load(starter_model)
    lisbon, porto = _topic("Lisbon", 400), _topic("Porto", 400)
    text, first = _reply(engine, lisbon)
    follow_up = [*lisbon, ChatMessage("assistant", text), ChatMessage("user", "And its river?")]
    _reply(engine, porto)  # the user switches away...

    answer, back = _reply(engine, follow_up)  # ... and comes back

    assert engine.warm_conversations == 1  # Porto's, now
    assert back.cached_prompt_tokens >= first.prompt_tokens
    assert back.prompt_tokens - back.cached_prompt_tokens < 30
    # Exactly what it would have answered without the switch.
    engine.clear_cache()
    _reply(engine, lisbon)
    assert _reply(engine, follow_up)[0] == answer


def test_without_a_budget_nothing_is_kept_warm(engine: Engine, starter_model: Path) -> None:
    engine.load(starter_model)
    engine.warm_budget = 0
    lisbon = _topic("Lisbon", 400)
    _, first = _reply(engine, lisbon)
    _reply(engine, _topic("Porto", 400))

    _, back = _reply(engine, lisbon)

    assert engine.warm_conversations == 0
    assert back.cached_prompt_tokens < first.prompt_tokens // 2


def test_the_least_recently_used_conversation_leaves_first(engine: Engine,
                                                           starter_model: Path) -> None:
    engine.load(starter_model)
    topics = [_topic(name, 400) for name in ("Lisbon", "Porto", "Faro")]
    _, first = _reply(engine, topics[0])
    # Room for one conversation of this size: keeping a second evicts the older.
    engine.warm_budget = int(first.prompt_tokens * 1.5 * _bytes_per_token(engine))
    for messages in topics[1:]:
        _reply(engine, messages)
    assert engine.warm_conversations == 1  # Porto's; Lisbon's left

    _, porto = _reply(engine, topics[1])
    _, lisbon = _reply(engine, topics[0])

    assert porto.cached_prompt_tokens >= porto.prompt_tokens - 1
    assert lisbon.cached_prompt_tokens < lisbon.prompt_tokens // 2


def _bytes_per_token(engine: Engine) -> float:
    from assistant.core.models import memory

    assert engine.info is not None
    return memory.kv_cache_bytes(engine.info, 1, engine.cache_type)


def test_a_load_reports_progress_and_can_be_cancelled(engine: Engine,
                                                      starter_model: Path) -> None:
    shares: list[float] = []

    def record(share: float) -> bool:
        shares.append(share)
        return True

    engine.load(starter_model, progress=record)
    assert shares[-1] == 1.0
    assert shares == sorted(shares)

    with pytest.raises(Cancelled):
        engine.load(starter_model, progress=lambda share: share < 0.5)
    assert engine.info is None

    engine.load(starter_model)  # and the next load works
    assert _reply(engine, _topic("Lisbon", 10))[0].strip()
