"""The loop guard: a reply repeating itself is stopped, a repetitive but sane one is not."""

from __future__ import annotations

import random
from dataclasses import replace

from assistant.core.llm.engine import Engine
from assistant.core.llm.messages import ChatMessage, GenerationParams, ReplyStats, StopReason
from assistant.core.llm.repetition import MIN_REPEATED, LoopGuard

LOOPING_PROMPT = "请列出中国的城市。"  # "List China's cities."


def _fed_until_stopped(guard: LoopGuard, tokens: list[int]) -> int | None:
    for count, token in enumerate(tokens, 1):
        if guard.feed(token):
            return count
    return None


def test_a_sentence_repeated_over_and_over_is_stopped_soon() -> None:
    intro = list(range(1000, 1040))
    sentence = [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]
    guard = LoopGuard()

    stopped = _fed_until_stopped(guard, intro + sentence * 100)

    assert stopped is not None
    # Stopped within the guard's bound: the first occurrence, then MIN_REPEATED more tokens.
    assert stopped <= len(intro) + len(sentence) + MIN_REPEATED
    assert guard.period == len(sentence)


def test_one_token_repeated_is_stopped() -> None:
    assert _fed_until_stopped(LoopGuard(), [5] * 200) == MIN_REPEATED + 1


def test_a_long_paragraph_repeated_three_times_is_stopped() -> None:
    paragraph = random.Random(1).sample(range(50_000), 150)
    guard = LoopGuard()

    stopped = _fed_until_stopped(guard, paragraph * 4)

    assert stopped == 3 * len(paragraph)  # the third time round is the proof
    assert guard.period == len(paragraph)


def test_repetitive_text_that_is_not_a_loop_goes_on() -> None:
    rng = random.Random(2)
    rule = [42] * 20  # a Markdown table rule, a line of dashes
    rows = [[7, 8, 9, rng.randrange(100, 200), 10, 11] for _ in range(60)]  # similar lines
    text = rule + [token for row in rows for token in row] + rule
    varied = [rng.randrange(1000) for _ in range(5000)]

    assert _fed_until_stopped(LoopGuard(), text) is None
    assert _fed_until_stopped(LoopGuard(), varied) is None
    # A block said twice (a quote repeated back) is not a loop.
    block = rng.sample(range(50_000), 100)
    assert _fed_until_stopped(LoopGuard(), block + block) is None


# On the real starter model: greedy, with the default repeat penalty, this prompt numbers the
# same three lines over and over until the token limit without the guard.
LOOPING = (ChatMessage("user", LOOPING_PROMPT),)
NOT_LOOPING = (ChatMessage("user", "Write two sentences about the sea."),)
GREEDY = GenerationParams(temperature=0.0, max_tokens=600)


def _reply(engine: Engine, messages: tuple[ChatMessage, ...],
           params: GenerationParams) -> tuple[str, ReplyStats]:
    stream = engine.chat(messages, params)
    text = "".join(stream)
    assert stream.stats is not None
    return text, stream.stats


def test_a_looping_reply_on_the_starter_model_is_stopped_for_repeating(
        starter_engine: Engine) -> None:
    free, free_stats = _reply(starter_engine, LOOPING, replace(GREEDY, stop_loops=False))
    guarded, stats = _reply(starter_engine, LOOPING, GREEDY)

    assert free_stats.stop_reason is StopReason.MAX_TOKENS  # it loops today
    assert stats.stop_reason is StopReason.REPEATING
    assert stats.completion_tokens < free_stats.completion_tokens
    assert free.startswith(guarded.rstrip())  # the same reply, cut short
    assert stats.stop_note() is not None


def test_a_reply_that_does_not_loop_is_unchanged(starter_engine: Engine) -> None:
    free, free_stats = _reply(starter_engine, NOT_LOOPING, replace(GREEDY, stop_loops=False))
    guarded, stats = _reply(starter_engine, NOT_LOOPING, GREEDY)

    assert guarded == free
    assert stats.stop_reason is free_stats.stop_reason is not StopReason.REPEATING
    assert stats.stop_note() is None


def test_a_numbered_list_of_the_same_lines_is_a_loop() -> None:
    digits = set(range(100, 200))
    lines = [[7, 8, 9, 10, 11, 12], [20, 21, 22, 23, 24], [30, 31, 32, 33, 34, 35, 36]]
    numbered = [token for i in range(60) for token in (100 + i, 5, *lines[i % 3], 6)]

    assert _fed_until_stopped(LoopGuard(digits), numbered) is not None
    assert _fed_until_stopped(LoopGuard(), numbered) is None  # numbers told apart: no loop
