"""The running summary of turns that left the context, on the real starter model."""

from __future__ import annotations

import threading

import pytest

from assistant.core.conversation import running_summary
from assistant.core.errors import Cancelled
from assistant.core.llm.engine import Engine
from assistant.core.llm.messages import ChatMessage


def _turns(count: int) -> list[ChatMessage]:
    turns = []
    for number in range(count):
        turns.append(ChatMessage("user", f"My cat number {number} is called Tom {number}."))
        turns.append(ChatMessage("assistant", f"Noted: cat {number} is Tom {number}."))
    return turns


def test_left_turns_become_a_short_summary(starter_engine: Engine) -> None:
    summary = running_summary.update(starter_engine, None, _turns(3))
    assert summary.strip()
    assert starter_engine.count_tokens(summary) <= running_summary.SUMMARY_TOKENS


def test_more_than_a_prompt_holds_keeps_the_newest_and_stays_within_the_context(
        starter_engine: Engine) -> None:
    turns = _turns(3000)  # far more than any context: only the newest are read
    summary = running_summary.update(starter_engine, "Earlier: the user talked about dogs.",
                                     turns)
    assert summary.strip()


def test_nothing_left_keeps_the_previous_summary(starter_engine: Engine) -> None:
    assert running_summary.update(starter_engine, "Before.", []) == "Before."


def test_cancel_stops_the_update(starter_engine: Engine) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        running_summary.update(starter_engine, None, _turns(2), cancel=cancel)
