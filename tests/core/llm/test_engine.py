"""The engine on real models: the starter model and the tiny phi3 fixtures."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from assistant.core.errors import EngineError
from assistant.core.llm.engine import Engine
from assistant.core.llm.messages import ChatMessage, GenerationParams, StopReason

GREEDY = GenerationParams(temperature=0.0, max_tokens=64, repeat_penalty=1.0)
MARKERS = ("<|im_end|>", "<|im_start|>", "<|endoftext|>", "<|end|>")


def _conversation(*turns: str) -> list[ChatMessage]:
    messages = [ChatMessage("system", "You are a helpful assistant.")]
    for index, text in enumerate(turns):
        messages.append(ChatMessage("user" if index % 2 == 0 else "assistant", text))
    return messages


def test_reply_streams_in_pieces_with_stats(starter_engine: Engine) -> None:
    stream = starter_engine.chat(_conversation("List three colours, one per line."), GREEDY)
    pieces = list(stream)

    assert len(pieces) > 3, "a reply arrives piece by piece, not all at once"
    text = "".join(pieces)
    assert text.strip()
    stats = stream.stats
    assert stats is not None
    assert stats.prompt_tokens > 10
    assert 0 < stats.completion_tokens <= GREEDY.max_tokens
    assert stats.completion_tokens >= len(pieces)
    assert stats.time_to_first_token > 0
    assert stats.tokens_per_second > 0
    assert stats.total_time >= stats.time_to_first_token
    assert stats.stop_reason in (StopReason.END_OF_TURN, StopReason.MAX_TOKENS)


def test_reply_ends_at_end_of_turn_without_markers(starter_engine: Engine) -> None:
    stream = starter_engine.chat(_conversation("What is the capital of France?"),
                                 GenerationParams(temperature=0.0, max_tokens=200))
    text = stream.text()

    assert stream.stats is not None
    assert stream.stats.stop_reason is StopReason.END_OF_TURN
    assert "Paris" in text
    assert not any(marker in text for marker in MARKERS)


def test_max_tokens_bounds_the_reply(starter_engine: Engine) -> None:
    stream = starter_engine.chat(_conversation("Write a long story about a lighthouse."),
                                 GenerationParams(temperature=0.0, max_tokens=5))
    stream.text()

    assert stream.stats is not None
    assert stream.stats.completion_tokens == 5
    assert stream.stats.stop_reason is StopReason.MAX_TOKENS


def test_cancel_from_another_thread_stops_within_one_token(starter_engine: Engine) -> None:
    stream = starter_engine.chat(_conversation("Write a very long story about the sea."),
                                 GenerationParams(temperature=0.8, max_tokens=1500, seed=7))
    lock = threading.Lock()
    pieces: list[str] = []
    started = threading.Event()
    seen_at_cancel: list[int] = []

    def cancel_soon() -> None:
        started.wait(timeout=60)
        with lock:
            stream.cancel()
            seen_at_cancel.append(len(pieces))

    canceller = threading.Thread(target=cancel_soon)
    canceller.start()
    for piece in stream:
        with lock:
            pieces.append(piece)
        if len(pieces) == 10:
            started.set()
    canceller.join()

    assert stream.stats is not None
    assert stream.stats.stop_reason is StopReason.CANCELLED
    assert len(pieces) - seen_at_cancel[0] <= 1
    assert stream.stats.completion_tokens < 1500


def test_stop_interrupts_a_long_prompt_evaluation(starter_engine: Engine) -> None:
    """A stop need not wait for the prompt: on Phi-3 a long one takes many seconds."""
    words = " ".join(f"item{i}" for i in range(450))
    messages = [ChatMessage("user", f"{words}\nWhich item comes first?")]
    prompt = len(starter_engine.prompt_tokens(messages))
    assert prompt > 1200
    starter_engine.clear_cache()
    stream = starter_engine.chat(messages, GenerationParams(max_tokens=16, temperature=0))
    timer = threading.Timer(0.05, stream.cancel)
    timer.start()
    assert stream.text() == ""
    timer.join()
    assert stream.stats is not None
    assert stream.stats.stop_reason is StopReason.CANCELLED
    assert stream.stats.completion_tokens == 0
    llm = starter_engine._llm
    assert llm is not None
    assert llm.n_tokens < prompt - 1, "the whole prompt was evaluated before the stop"
    # The context is consistent afterwards: the next reply works.
    again = starter_engine.chat([ChatMessage("user", "Say hello.")],
                                GenerationParams(max_tokens=4, temperature=0))
    assert again.text()
    assert again.stats is not None
    assert again.stats.stop_reason is not StopReason.CANCELLED


def test_follow_up_turn_reads_its_prefix_from_the_cache(starter_engine: Engine) -> None:
    first = starter_engine.chat(_conversation("Name a fruit."), GREEDY)
    answer = first.text()
    second = starter_engine.chat(_conversation("Name a fruit.", answer, "Name another one."),
                                 GREEDY)
    second.text()

    assert first.stats is not None
    assert second.stats is not None
    assert second.stats.cached_prompt_tokens > 0
    # Everything up to the end of the first answer comes from the cache.
    assert second.stats.cached_prompt_tokens >= first.stats.prompt_tokens
    assert second.stats.prompt_tokens > second.stats.cached_prompt_tokens


def test_seed_makes_a_sampled_reply_repeatable(starter_model: Path) -> None:
    params = GenerationParams(temperature=1.0, max_tokens=24, seed=1234)
    prompt = _conversation("Invent a name for a cat.")
    replies = []
    for _ in range(2):
        engine = Engine()
        engine.load(starter_model, n_ctx=256)
        replies.append(engine.chat(prompt, params).text())
        engine.unload()
    assert replies[0] == replies[1]
    assert replies[0].strip()


def test_count_tokens(starter_engine: Engine) -> None:
    short = starter_engine.count_tokens("hello")
    long = starter_engine.count_tokens("hello " * 50)

    assert 1 <= short <= 2
    assert 50 <= long <= 100
    assert starter_engine.count_tokens("") == 0


def test_a_conversation_longer_than_the_context_is_refused(starter_model: Path) -> None:
    engine = Engine()
    engine.load(starter_model, n_ctx=256)
    try:
        with pytest.raises(EngineError, match="does not fit"):
            engine.chat(_conversation("word " * 400)).text()
        # The engine is still usable afterwards.
        assert engine.chat(_conversation("Hi"), GenerationParams(max_tokens=3)).text() \
            is not None
    finally:
        engine.unload()


def test_a_reply_near_the_context_end_stops_as_context_full(starter_model: Path) -> None:
    engine = Engine()
    engine.load(starter_model, n_ctx=256)
    try:
        stream = engine.chat(_conversation("Tell me a long story. " * 30),
                             GenerationParams(temperature=0.8, max_tokens=500, seed=5))
        stream.text()
        assert stream.stats is not None
        assert stream.stats.prompt_tokens > 200
        assert stream.stats.stop_reason in (StopReason.CONTEXT_FULL, StopReason.END_OF_TURN)
        assert stream.stats.prompt_tokens + stream.stats.completion_tokens <= 256
    finally:
        engine.unload()


def test_chat_without_a_model_is_a_clear_error() -> None:
    with pytest.raises(EngineError, match="No model is loaded"):
        Engine().chat(_conversation("Hi"))


def test_unload_frees_the_model(starter_model: Path) -> None:
    engine = Engine()
    engine.load(starter_model, n_ctx=256)
    engine.unload()

    assert engine.info is None
    assert engine.n_ctx == 0


@pytest.mark.parametrize(("fixture", "trained", "variant"),
                         [("phi3_4k", 4096, "4K"), ("phi3_128k", 131072, "128K")])
def test_tiny_phi3_loads_and_generates(request: pytest.FixtureRequest, fixture: str,
                                       trained: int, variant: str) -> None:
    path: Path = request.getfixturevalue(fixture)
    engine = Engine()
    info = engine.load(path, n_ctx=512)
    try:
        assert info.architecture == "phi3"
        assert info.trained_context == trained
        assert info.variant == variant
        assert info.long_context is (trained > 4096)
        assert engine.n_ctx == 512
        stream = engine.chat([ChatMessage("user", "Hello")],
                             GenerationParams(temperature=1.0, max_tokens=16, seed=3))
        text = stream.text()
        assert stream.stats is not None
        assert stream.stats.completion_tokens > 0
        assert "<|end|>" not in text
    finally:
        engine.unload()


def test_tiny_phi3_128k_runs_beyond_its_original_context(phi3_128k: Path) -> None:
    engine = Engine()
    engine.load(phi3_128k, n_ctx=8192)
    try:
        assert engine.n_ctx == 8192
        long_prompt = [ChatMessage("user", "lorem ipsum " * 1200)]
        stream = engine.chat(long_prompt, GenerationParams(max_tokens=4, seed=1))
        stream.text()
        assert stream.stats is not None
        assert 4096 < stream.stats.prompt_tokens < 8192
    finally:
        engine.unload()


def test_phi3_models_get_their_own_chat_template(phi3_4k: Path) -> None:
    engine = Engine()
    engine.load(phi3_4k, n_ctx=256)
    try:
        prompt = engine.render_prompt([ChatMessage("user", "Hello")])
        assert "<|user|>\nHello<|end|>\n<|assistant|>\n" in prompt
    finally:
        engine.unload()
