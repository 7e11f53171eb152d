"""Branching keeps a running summary only while it stands in for messages the branch holds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.core.conversation.branching import branch
from assistant.core.conversation.running_summary import SETTINGS_KEY, RunningSummary
from assistant.core.history.store import HistoryStore, Role


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "history.db", "a1" * 32) as opened:
        yield opened


def _with_summary(store: HistoryStore, covers: int) -> list[int]:
    conversation = store.create_conversation(system_prompt="Be brief.")
    ids = [store.add_message(conversation.id, Role.USER if n % 2 == 0 else Role.ASSISTANT,
                             f"Message {n}").id for n in range(6)]
    summary = RunningSummary(enabled=True, text="They talked.", covers=covers)
    store.update_settings(conversation.id, **{SETTINGS_KEY: summary.as_settings()})
    return ids


def test_a_summary_of_messages_the_branch_holds_comes_along(store: HistoryStore) -> None:
    ids = _with_summary(store, covers=2)
    copy = branch(store, ids[3], "Branch")
    assert RunningSummary.from_settings(copy.settings) == RunningSummary(True, "They talked.", 2)
    assert [m.content for m in store.messages(copy.id)] == [f"Message {n}" for n in range(4)]


def test_a_summary_of_later_messages_starts_afresh(store: HistoryStore) -> None:
    ids = _with_summary(store, covers=4)
    copy = branch(store, ids[1], "Branch")
    assert RunningSummary.from_settings(copy.settings) == RunningSummary(enabled=True)
    assert copy.system_prompt == "Be brief."
