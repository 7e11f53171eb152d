"""The context policy: which turns of a long conversation the model reads, and what it drops.

The first half checks the policy's arithmetic with a tokenizer that counts words (so every
number can be worked out by hand); the second half runs it on the real starter model.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from assistant.core.conversation.context import (
    MESSAGE_OVERHEAD,
    SUMMARY_HEADING,
    FittedConversation,
    MessageTooLarge,
    fit_conversation,
    reply_room,
    with_summary,
)
from assistant.core.llm.engine import Engine
from assistant.core.llm.messages import ChatMessage, GenerationParams, StopReason
from tests.conversations import long_conversation, sentences

SYSTEM = "You are a careful assistant for the operations team."
SUMMARY = "Earlier the user asked about the Porto depot budget and the answer was 40,000 euros."


class Words:
    """A tokenizer where a token is a word and a message costs ``overhead`` more.

    It counts what it is asked, so a test can tell how much work a fit took.
    """

    def __init__(self, overhead: int = MESSAGE_OVERHEAD, tail: int = 3) -> None:
        self.overhead = overhead
        self.tail = tail  # the assistant header that ends every prompt
        self.counted = 0  # texts measured with count_tokens
        self.rendered = 0  # messages rendered by prompt_tokens, summed over calls

    def count_tokens(self, text: str) -> int:
        self.counted += 1
        return len(text.split())

    def prompt_tokens(self, messages: Sequence[ChatMessage]) -> list[int]:
        self.rendered += len(messages)
        size = sum(len(m.content.split()) + self.overhead for m in messages) + self.tail
        return list(range(size))

    def size(self, messages: Sequence[ChatMessage]) -> int:
        """The exact prompt size of ``messages``, without counting it as work."""
        return sum(len(m.content.split()) + self.overhead for m in messages) + self.tail


def words(count: int, word: str = "word") -> str:
    return " ".join([word] * count)


def dialogue(turns: int, user_words: int = 10, reply_words: int = 20) -> list[ChatMessage]:
    """``turns`` user/assistant pairs, then the newest user message."""
    messages = []
    for number in range(turns):
        messages.append(ChatMessage("user", f"q{number} " + words(user_words - 1)))
        messages.append(ChatMessage("assistant", f"a{number} " + words(reply_words - 1)))
    messages.append(ChatMessage("user", "newest " + words(user_words - 1)))
    return messages


def kept_turns(fitted: FittedConversation, turns: Sequence[ChatMessage]) -> tuple[
        ChatMessage, ...]:
    """The conversation messages the fit kept, checked to be exactly the newest ones."""
    body = fitted.messages[1:] if fitted.messages[0].role == "system" else fitted.messages
    assert body == tuple(turn for turn in turns[fitted.dropped:] if turn.content)
    return body


# --- the arithmetic, with a word tokenizer -----------------------------------------------------


def test_a_short_conversation_is_kept_whole() -> None:
    tokenizer = Words()
    turns = dialogue(3)
    fitted = fit_conversation(tokenizer, SYSTEM, turns, n_ctx=1000, max_tokens=100,
                              summary=SUMMARY)
    assert fitted.dropped == 0
    assert fitted.messages == (ChatMessage("system", SYSTEM), *turns)
    assert not fitted.summarized
    assert fitted.budget == 900
    assert fitted.prompt_tokens == tokenizer.size(fitted.messages)


@pytest.mark.parametrize("overhead", [2, MESSAGE_OVERHEAD, 20],
                         ids=["estimate-high", "estimate-exact", "estimate-low"])
def test_the_oldest_whole_turns_are_dropped_and_as_many_kept_as_fit(overhead: int) -> None:
    tokenizer = Words(overhead=overhead)
    turns = dialogue(50)
    fitted = fit_conversation(tokenizer, SYSTEM, turns, n_ctx=1024, max_tokens=200)

    assert fitted.budget == 1024 - 200
    assert fitted.dropped > 0
    assert fitted.dropped % 2 == 0  # whole turns: a user message and its answer
    body = kept_turns(fitted, turns)
    assert body[0].role == "user"
    assert fitted.messages[0] == ChatMessage("system", SYSTEM)
    assert fitted.prompt_tokens == tokenizer.size(fitted.messages)
    assert fitted.prompt_tokens <= fitted.budget
    # Nothing that fits is left out: one more turn would not fit.
    one_more = (fitted.messages[0], *turns[fitted.dropped - 2:])
    assert tokenizer.size(one_more) > fitted.budget


def test_the_running_summary_stands_in_only_for_dropped_turns() -> None:
    tokenizer = Words()
    long = dialogue(60)
    fitted = fit_conversation(tokenizer, SYSTEM, long, n_ctx=1024, max_tokens=200,
                              summary=SUMMARY)
    assert fitted.dropped > 0
    assert fitted.summarized
    assert fitted.messages[0] == ChatMessage("system", with_summary(SYSTEM, SUMMARY) or "")
    assert SUMMARY in fitted.messages[0].content
    assert fitted.prompt_tokens == tokenizer.size(fitted.messages) <= fitted.budget
    kept_turns(fitted, long)

    short = dialogue(2)
    fitted = fit_conversation(tokenizer, SYSTEM, short, n_ctx=1024, max_tokens=200,
                              summary=SUMMARY)
    assert fitted.dropped == 0
    assert not fitted.summarized
    assert SUMMARY not in fitted.messages[0].content


def test_without_a_system_prompt_the_summary_is_the_system_message() -> None:
    tokenizer = Words()
    fitted = fit_conversation(tokenizer, None, dialogue(60), n_ctx=1024, max_tokens=200,
                              summary=SUMMARY)
    assert fitted.summarized
    assert fitted.messages[0].role == "system"
    assert fitted.messages[0].content == f"{SUMMARY_HEADING}\n{SUMMARY}"

    fitted = fit_conversation(tokenizer, None, dialogue(2), n_ctx=1024, max_tokens=200,
                              summary=SUMMARY)
    assert fitted.messages[0].role == "user"


def test_empty_messages_are_left_out_but_not_reported_dropped() -> None:
    tokenizer = Words()
    turns = [ChatMessage("user", "hello there"), ChatMessage("assistant", ""),
             ChatMessage("user", "are you there")]
    fitted = fit_conversation(tokenizer, SYSTEM, turns, n_ctx=512, max_tokens=64)
    assert fitted.dropped == 0
    assert [m.content for m in fitted.messages] == [SYSTEM, "hello there", "are you there"]


def test_a_greeting_before_the_first_question_is_its_own_turn() -> None:
    tokenizer = Words()
    turns = [ChatMessage("assistant", "Hello! " + words(300)), *dialogue(1, 5, 5)]
    fitted = fit_conversation(tokenizer, SYSTEM, turns, n_ctx=400, max_tokens=50)
    assert fitted.dropped == 1
    assert fitted.messages[1].role == "user"


def test_the_newest_message_always_stays_even_when_little_else_fits() -> None:
    tokenizer = Words()
    turns = [*dialogue(5)[:-1], ChatMessage("user", words(780))]
    fitted = fit_conversation(tokenizer, SYSTEM, turns, n_ctx=1024, max_tokens=200)
    assert fitted.messages[-1] == turns[-1]
    assert fitted.dropped == len(turns) - 1
    assert fitted.prompt_tokens <= fitted.budget


def test_a_message_too_large_for_the_context_names_both_sizes() -> None:
    tokenizer = Words()
    text = words(2000, "lorem")
    turns = [*dialogue(3)[:-1], ChatMessage("user", text)]
    with pytest.raises(MessageTooLarge) as caught:
        fit_conversation(tokenizer, SYSTEM, turns, n_ctx=1024, max_tokens=200)
    error = caught.value
    assert error.text == text
    assert error.tokens == 2000
    assert error.limit < error.tokens
    assert str(error.tokens) in error.message
    assert str(error.limit) in error.message
    assert "document" in error.message


def test_the_limit_told_to_the_user_is_exact() -> None:
    tokenizer = Words()
    with pytest.raises(MessageTooLarge) as caught:
        fit_conversation(tokenizer, SYSTEM, [ChatMessage("user", words(5000))], n_ctx=1024,
                         max_tokens=200)
    limit = caught.value.limit
    fitted = fit_conversation(tokenizer, SYSTEM, [ChatMessage("user", words(limit))],
                              n_ctx=1024, max_tokens=200)
    assert fitted.prompt_tokens == fitted.budget
    with pytest.raises(MessageTooLarge):
        fit_conversation(tokenizer, SYSTEM, [ChatMessage("user", words(limit + 1))],
                         n_ctx=1024, max_tokens=200)


def test_a_long_summary_never_hides_turns_that_fit_without_it() -> None:
    tokenizer = Words()
    summary = words(300, "summary")
    # Every turn fits beside the system prompt (812 of 824 tokens); with the summary the
    # newest message alone would not.
    turns = [*dialogue(4)[:-1], ChatMessage("user", words(600))]
    assert tokenizer.size([ChatMessage("system", SYSTEM), *turns]) <= 824
    fitted = fit_conversation(tokenizer, SYSTEM, turns, n_ctx=1024, max_tokens=200,
                              summary=summary)
    assert fitted.dropped == 0
    assert fitted.messages == (ChatMessage("system", SYSTEM), *turns)
    assert not fitted.summarized


def test_a_summary_too_long_to_fit_beside_the_newest_message_is_left_out() -> None:
    tokenizer = Words()
    summary = words(300, "summary")
    turns = [*dialogue(10)[:-1], ChatMessage("user", words(600))]
    fitted = fit_conversation(tokenizer, SYSTEM, turns, n_ctx=1024, max_tokens=200,
                              summary=summary)
    assert fitted.messages[-1] == turns[-1]
    assert 0 < fitted.dropped < len(turns) - 1  # older turns still fill the room
    assert fitted.prompt_tokens == tokenizer.size(fitted.messages) <= fitted.budget
    one_more = (fitted.messages[0], *turns[fitted.dropped - 2:])
    assert tokenizer.size(one_more) > fitted.budget
    assert not fitted.summarized  # the caller is told the summary did not fit
    assert summary not in fitted.messages[0].content


def test_a_long_summary_is_kept_when_it_fits() -> None:
    tokenizer = Words()
    summary = words(300, "summary")
    turns = dialogue(30)
    fitted = fit_conversation(tokenizer, SYSTEM, turns, n_ctx=1024, max_tokens=200,
                              summary=summary)
    assert fitted.summarized
    assert fitted.prompt_tokens == tokenizer.size(fitted.messages) <= fitted.budget
    kept_turns(fitted, turns)
    one_more = (fitted.messages[0], *turns[fitted.dropped - 2:])
    assert tokenizer.size(one_more) > fitted.budget


@pytest.mark.parametrize(("n_ctx", "max_tokens", "room"), [
    (2048, 256, 256), (2048, 4096, 512), (4096, 1024, 1024), (32, 1, 16)])
def test_reply_room(n_ctx: int, max_tokens: int, room: int) -> None:
    assert reply_room(n_ctx, max_tokens) == room


def test_with_summary() -> None:
    assert with_summary(SYSTEM, None) == SYSTEM
    assert with_summary(SYSTEM, "") == SYSTEM
    assert with_summary(None, None) is None
    assert with_summary(SYSTEM, f"  {SUMMARY}\n") == f"{SYSTEM}\n\n{SUMMARY_HEADING}\n{SUMMARY}"


def test_fitting_costs_what_fits_not_what_was_said() -> None:
    costs = []
    for length in (200, 20_000):
        tokenizer = Words()
        turns = dialogue(length)
        fitted = fit_conversation(tokenizer, SYSTEM, turns, n_ctx=1024, max_tokens=200)
        kept = len(fitted.messages)
        assert tokenizer.counted <= kept + 4
        assert tokenizer.rendered <= 3 * kept
        costs.append((tokenizer.counted, tokenizer.rendered))
    assert costs[0] == costs[1]


# --- on the real starter model -----------------------------------------------------------------


class CountingEngine:
    """The real engine's tokenizer, counting the messages it is asked to measure."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.counted = 0
        self.rendered = 0

    def count_tokens(self, text: str) -> int:
        self.counted += 1
        return self.engine.count_tokens(text)

    def prompt_tokens(self, messages: Sequence[ChatMessage]) -> list[int]:
        self.rendered += len(messages)
        return self.engine.prompt_tokens(messages)


REPLY = GenerationParams(max_tokens=24, temperature=0.0, seed=1)


def test_a_two_thousand_turn_conversation_keeps_answering(starter_engine: Engine) -> None:
    engine = starter_engine
    turns = long_conversation(2000)
    assert len(turns) == 4001
    counting = CountingEngine(engine)

    fitted = fit_conversation(counting, SYSTEM, turns, n_ctx=engine.n_ctx, max_tokens=256)

    assert fitted.budget == engine.n_ctx - 256
    assert fitted.dropped > 3000
    assert fitted.dropped % 2 == 0
    body = kept_turns(fitted, turns)
    assert body[0].role == "user"
    assert fitted.prompt_tokens == len(engine.prompt_tokens(fitted.messages))
    assert fitted.prompt_tokens <= fitted.budget
    # The work is about what fits, not the 4,000 messages that were said.
    kept = len(fitted.messages)
    assert counting.counted <= kept + 4
    assert counting.rendered <= 3 * kept

    stream = engine.chat(fitted.messages, REPLY)
    reply = stream.text().strip()
    assert reply
    assert stream.stats is not None
    assert stream.stats.prompt_tokens == fitted.prompt_tokens
    assert stream.stats.stop_reason is not StopReason.CONTEXT_FULL

    # A later turn, with a long question: it drops more old turns and still answers.
    question = "Here are my notes from today. " + " ".join(sentences(99)[:25]) + \
        " Which of these decisions matter most?"
    later = [*turns, ChatMessage("assistant", reply), ChatMessage("user", question)]
    again = fit_conversation(engine, SYSTEM, later, n_ctx=engine.n_ctx, max_tokens=256)
    assert again.dropped > fitted.dropped
    assert again.messages[-1].content == question
    assert again.prompt_tokens == len(engine.prompt_tokens(again.messages)) <= again.budget
    stream = engine.chat(again.messages, REPLY)
    assert stream.text().strip()
    assert stream.stats is not None
    assert stream.stats.stop_reason is not StopReason.CONTEXT_FULL


def test_a_message_larger_than_the_context_is_refused_with_its_text(
        starter_engine: Engine) -> None:
    engine = starter_engine
    text = " ".join(sentences(3) * 3)
    tokens = engine.count_tokens(text)
    assert tokens > engine.n_ctx
    turns = [*long_conversation(5)[:-1], ChatMessage("user", text)]
    with pytest.raises(MessageTooLarge) as caught:
        fit_conversation(engine, SYSTEM, turns, n_ctx=engine.n_ctx, max_tokens=256)
    error = caught.value
    assert error.text == text
    assert error.tokens == tokens
    assert 0 < error.limit < engine.n_ctx - 256
    assert f"{tokens}" in error.message
    assert f"{error.limit}" in error.message


def test_the_summary_is_in_the_system_message_only_when_turns_are_dropped(
        starter_engine: Engine) -> None:
    engine = starter_engine
    long = fit_conversation(engine, SYSTEM, long_conversation(300), n_ctx=engine.n_ctx,
                            max_tokens=256, summary=SUMMARY)
    assert long.dropped > 0
    assert long.summarized
    assert long.messages[0].role == "system"
    assert SYSTEM in long.messages[0].content
    assert SUMMARY in long.messages[0].content
    assert long.prompt_tokens == len(engine.prompt_tokens(long.messages)) <= long.budget

    short = fit_conversation(engine, SYSTEM, long_conversation(3), n_ctx=engine.n_ctx,
                             max_tokens=256, summary=SUMMARY)
    assert short.dropped == 0
    assert not short.summarized
    assert short.messages[0] == ChatMessage("system", SYSTEM)
