"""The context policy: what of a conversation the model reads before each reply.

A conversation may grow far past the model's context window. Before each turn the policy keeps
the system prompt and as many of the newest *whole* turns (a user message and what answered it)
as fit the context budget, the context size minus room for the reply. What is left out is
reported, never silently dropped: the window marks it and the CLI says it. A running summary of
the left-out turns may take their place. A newest message that alone cannot fit raises
:class:`MessageTooLarge`, so the app can offer to summarize it as a document instead.

Counting walks from the newest turn back and stops at the budget, so the cost of a turn depends
on the context size, not on the length of the conversation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assistant.core.errors import EngineError
from assistant.core.i18n import translate
from assistant.core.llm.messages import ChatMessage
from assistant.core.llm.protocol import Tokenizer

# Tokens a chat template adds around one message (role markers, separators): an estimate the
# exact count of the kept messages then corrects.
MESSAGE_OVERHEAD = 8
# A reply always has at least this share of the context, whatever the maximum reply length.
MIN_REPLY_SHARE = 4
MIN_REPLY_TOKENS = 16

SUMMARY_HEADING = ("Summary of the earlier part of this conversation, whose messages you can "
                   "no longer see:")


class MessageTooLarge(EngineError):
    """The newest message does not fit the context window even on its own.

    Attributes:
        tokens: The message's size in tokens.
        limit: The most a message can take in this context.
        text: The message, so it can be summarized as a document instead.

    """

    def __init__(self, tokens: int, limit: int, text: str) -> None:
        super().__init__(translate(
            "Context", "This message is too long for the model: it takes {tokens} tokens and "
            "the model can read at most {limit} at a time. Summarize it as a document instead, "
            "or send a shorter message.").format(tokens=tokens, limit=limit))
        self.tokens = tokens
        self.limit = limit
        self.text = text


@dataclass(frozen=True)
class FittedConversation:
    """What the model reads for one reply, and what was left out.

    Attributes:
        messages: The system prompt (with the running summary, if any) and the kept turns.
        dropped: How many of the given turns, from the oldest, are left out.
        prompt_tokens: The exact size of :attr:`messages` as the model reads them.
        budget: The most the prompt may take (the context minus room for the reply).
        summarized: Whether a running summary stands in for the left-out turns.

    """

    messages: tuple[ChatMessage, ...]
    dropped: int
    prompt_tokens: int
    budget: int
    summarized: bool = False


def reply_room(n_ctx: int, max_tokens: int) -> int:
    """Tokens kept free for the reply: ``max_tokens``, at most a quarter of the context."""
    return max(MIN_REPLY_TOKENS, min(max_tokens, n_ctx // MIN_REPLY_SHARE))


def with_summary(system: str | None, summary: str | None) -> str | None:
    """The system prompt with a running summary of left-out turns appended."""
    if not summary:
        return system
    block = f"{SUMMARY_HEADING}\n{summary.strip()}"
    return f"{system}\n\n{block}" if system else block


def _turn_starts(turns: Sequence[ChatMessage]) -> list[int]:
    """Where each whole turn begins: at every user message (and at the very start)."""
    starts = [0] if turns else []
    starts += [i for i, turn in enumerate(turns) if i and turn.role == "user"]
    return starts


def fit_conversation(tokenizer: Tokenizer, system: str | None, turns: Sequence[ChatMessage], *,
                     n_ctx: int, max_tokens: int, summary: str | None = None,
                     covered: int = 0) -> FittedConversation:
    """Fit ``turns`` (oldest first, the newest user message last) into the context.

    Args:
        tokenizer: The loaded engine.
        system: The system prompt; always kept.
        turns: The conversation without its system prompt. Empty messages are skipped.
        n_ctx: The context size.
        max_tokens: The longest reply wanted; see :func:`reply_room`.
        summary: A running summary, used in the system prompt when turns are left out and it
            fits beside the newest turn (else it is left out too: :attr:`~FittedConversation.
            summarized` says which).
        covered: The turns, from the oldest, the summary stands in for: they stay out even
            when they would fit (once it is folded, the summary may take less room than the
            one the fold was planned with).

    Raises:
        MessageTooLarge: the newest message cannot fit together with the system prompt.

    """
    budget = n_ctx - reply_room(n_ctx, max_tokens)
    starts = _turn_starts(turns)
    last = len(starts) - 1
    # The oldest turn that may be kept.
    lowest = next((p for p, start in enumerate(starts) if start >= covered), last) \
        if summary and covered else 0
    sizes: dict[int, int] = {}  # tokens of each turn's text alone, measured once

    def content(index: int) -> int:
        if index not in sizes:
            sizes[index] = tokenizer.count_tokens(turns[index].content)
        return sizes[index]

    def turn_size(position: int, overhead: float) -> float:
        end = starts[position + 1] if position < last else len(turns)
        return sum(content(i) + overhead for i in range(starts[position], end)
                   if turns[i].content)

    head_sizes: dict[bool, int] = {}

    def head(summarized: bool) -> str | None:
        return with_summary(system, summary) if summarized else system

    def head_size(summarized: bool) -> int:
        if summarized not in head_sizes:
            text = head(summarized)
            head_sizes[summarized] = tokenizer.count_tokens(text) if text else 0
        return head_sizes[summarized]

    def estimate(overhead: float) -> int:
        """The oldest turn to keep by estimate: walk back from the newest until the budget."""
        if last < 0:
            return 0
        system_cost = head_size(False) + overhead if system else 0
        summary_cost = head_size(True) - head_size(False) + (0 if system else overhead)
        used = system_cost + turn_size(last, overhead)
        kept = last
        for position in range(last - 1, lowest - 1, -1):
            used += turn_size(position, overhead)
            if used > budget:
                break
            # Earlier turns stay out, so the summary comes in; once it no longer fits, only
            # keeping every turn (and no summary) still can.
            if position == 0 or not summary or used + summary_cost <= budget:
                kept = position
        return kept

    def exact(position: int) -> tuple[tuple[ChatMessage, ...], int, bool]:
        first = starts[position] if starts else 0
        summarized = bool(first and summary)
        system_text = head(summarized)
        messages = ((ChatMessage("system", system_text),) if system_text else ()) + tuple(
            turn for turn in turns[first:] if turn.content)
        return messages, len(tokenizer.prompt_tokens(messages)), summarized

    kept = estimate(MESSAGE_OVERHEAD)
    messages, tokens, summarized = exact(kept)
    # The template's real cost per message differs from the estimate: measure it on the
    # exact count and estimate again.
    if messages and starts:
        text_tokens = head_size(summarized) + sum(
            content(i) for i in range(starts[kept], len(turns)) if turns[i].content)
        overhead = max(1.0, (tokens - text_tokens) / len(messages))
        if overhead != MESSAGE_OVERHEAD:
            better = estimate(overhead)
            if better != kept:
                kept = better
                messages, tokens, summarized = exact(kept)
    # Correct what is left of the estimate's error exactly: drop turns while the prompt is
    # too long, then take back older ones while they fit.
    if tokens > budget:
        while tokens > budget and kept < last:
            kept += 1
            messages, tokens, summarized = exact(kept)
    else:
        while kept > lowest:
            trial = exact(kept - 1)
            if trial[1] > budget:
                break
            kept -= 1
            messages, tokens, summarized = trial
    if tokens > budget and summarized:
        # The summary does not fit beside the newest turn: do without it.
        return fit_conversation(tokenizer, system, turns, n_ctx=n_ctx, max_tokens=max_tokens)
    if tokens > budget:
        newest = turns[-1].content if turns else ""
        size = tokenizer.count_tokens(newest)
        limit = budget - (tokens - size)
        raise MessageTooLarge(size, max(limit, 0), newest)
    return FittedConversation(messages=messages, dropped=starts[kept] if starts else 0,
                              prompt_tokens=tokens, budget=budget, summarized=summarized)
