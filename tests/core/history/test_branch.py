"""Branching: a new conversation copies another up to one message, in one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.core.errors import PequenoError
from assistant.core.history.store import HistoryStore, MessageState, Role

KEY = "b7" * 32


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "history.db", KEY) as opened:
        yield opened


def _conversation(store: HistoryStore) -> tuple[int, list[int]]:
    conversation = store.create_conversation(
        title="Otters", model="/models/phi3.gguf", system_prompt="Answer like a pirate.",
        settings={"temperature": 0.3, "own_settings": {"max_tokens": 99}})
    ids = [store.add_message(conversation.id, Role.USER, "Tell me about otters").id,
           store.add_message(conversation.id, Role.ASSISTANT, "Otters hold hands asleep.",
                             stats={"completion_tokens": 6}).id,
           store.add_message(conversation.id, Role.USER, "And volcanoes?").id,
           store.add_message(conversation.id, Role.ASSISTANT, "Hot.",
                             state=MessageState.PARTIAL).id]
    return conversation.id, ids


def test_a_branch_holds_the_messages_up_to_the_chosen_one(store: HistoryStore) -> None:
    original, ids = _conversation(store)
    before = store.messages(original)

    branch = store.branch(ids[1], "Otters (branch)")

    assert branch.id != original
    assert (branch.title, branch.model, branch.system_prompt, branch.settings) == (
        "Otters (branch)", "/models/phi3.gguf", "Answer like a pirate.",
        {"temperature": 0.3, "own_settings": {"max_tokens": 99}})
    copied = store.messages(branch.id)
    assert [(m.role, m.content, m.created, m.stats, m.state) for m in copied] == [
        (m.role, m.content, m.created, m.stats, m.state) for m in before[:2]]
    assert all(m.id not in ids for m in copied), "copies, not the same rows"
    assert store.messages(original) == before, "the original is untouched"
    assert store.auto_title(branch.id) is None, "the given title stays"


def test_a_branch_is_searchable_and_deleting_it_keeps_the_original(store: HistoryStore) -> None:
    original, ids = _conversation(store)
    branch = store.branch(ids[0], "Branch title")

    assert {hit.conversation for hit in store.search("otters")} >= {original, branch.id}
    assert [hit.conversation for hit in store.search("Branch title")] == [branch.id]
    assert not [hit for hit in store.search("volcanoes") if hit.conversation == branch.id]

    store.delete_conversation(branch.id)
    assert len(store.messages(original)) == 4
    assert {hit.conversation for hit in store.search("otters")} == {original}


def test_a_branch_may_replace_the_settings(store: HistoryStore) -> None:
    _, ids = _conversation(store)
    assert store.branch(ids[0], "t", settings={"a": 1}).settings == {"a": 1}


def test_branching_from_no_message_is_an_error_and_adds_nothing(store: HistoryStore) -> None:
    _conversation(store)
    with pytest.raises(PequenoError, match="no message"):
        store.branch(12345, "Nothing")
    assert store.count_conversations() == 1


def test_a_branch_that_fails_part_way_leaves_nothing_behind(store: HistoryStore) -> None:
    original, ids = _conversation(store)
    # The second copied message fails to insert, after the conversation and the first copy.
    store._db.execute("CREATE TEMP TRIGGER refuse BEFORE INSERT ON messages "
                      "WHEN NEW.conversation != " + str(original) + " AND NEW.role = 'assistant' "
                      "BEGIN SELECT RAISE(ABORT, 'refused'); END")
    with pytest.raises(Exception, match="refused"):
        store.branch(ids[1], "Half")
    store._db.execute("DROP TRIGGER refuse")

    assert [c.id for c in store.list_conversations()] == [original]
    assert store.count_messages(original) == 4
    assert {hit.conversation for hit in store.search("Half otters")} == set()
