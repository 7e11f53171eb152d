"""One chat turn, end to end, on the real starter model and a real encrypted history."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from assistant.core.conversation.context import fit_conversation
from assistant.core.conversation.running_summary import SETTINGS_KEY, RunningSummary
from assistant.core.conversation.service import (
    WINDOW,
    ContextFitted,
    ContextResizing,
    ConversationService,
    ReplyFinished,
    ReplyStarted,
    ReplyText,
    SummaryFolding,
    TurnEvent,
    TurnFailed,
    TurnRequest,
    UserMessageSaved,
    new_conversation,
    prompt_turns,
)
from assistant.core.history.store import HistoryStore, MessageState, Role, StoredMessage
from assistant.core.i18n import format_number
from assistant.core.llm.engine import Engine
from assistant.core.llm.messages import ChatMessage, GenerationParams
from tests.conversations import long_conversation, store_conversation

PARAMS = GenerationParams(max_tokens=24, temperature=0.0, seed=1)
SYSTEM = "You are a helpful assistant."


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "history.db", secrets.token_hex(32)) as opened:
        yield opened


@pytest.fixture
def service(starter_engine: Engine, store: HistoryStore) -> ConversationService:
    return ConversationService(starter_engine, store)


def run(service: ConversationService, request: TurnRequest) -> list[TurnEvent]:
    return list(service.turn(request))


E = TypeVar("E")


def of(events: list[TurnEvent], kind: type[E]) -> list[E]:
    return [event for event in events if isinstance(event, kind)]


def test_a_turn_saves_the_message_first_titles_at_once_and_records_the_reply(
        service: ConversationService, store: HistoryStore) -> None:
    conversation = new_conversation(store, service.engine.info, system=SYSTEM, params=PARAMS)
    seen_saved_before_reply: list[bool] = []
    events: list[TurnEvent] = []
    for event in service.turn(TurnRequest(conversation.id, "What is the capital of France?",
                                          PARAMS)):
        events.append(event)
        if isinstance(event, ReplyText):
            # While the reply streams, the question is already in the history and titled.
            messages = store.messages(conversation.id)
            seen_saved_before_reply.append(messages[0].content.startswith("What is the"))
            assert store.conversation(conversation.id).title.startswith("What is the capital")

    kinds = [type(event) for event in events]
    assert kinds[:3] == [UserMessageSaved, ContextFitted, ReplyStarted]
    assert kinds[-1] is ReplyFinished
    assert seen_saved_before_reply
    assert all(seen_saved_before_reply)
    text = "".join(event.text for event in of(events, ReplyText))
    stored = store.messages(conversation.id)
    assert [m.role for m in stored] == [Role.USER, Role.ASSISTANT]
    assert stored[1].content == text
    assert text.strip()
    assert stored[1].state is MessageState.COMPLETE
    assert stored[1].completion_tokens
    assert stored[1].completion_tokens > 0
    info = service.engine.info
    assert info is not None
    assert store.conversation(conversation.id).model == str(info.path)


def test_a_failed_reply_is_not_sent_to_the_model_again(
        service: ConversationService, store: HistoryStore) -> None:
    conversation_id = store_conversation(store, [ChatMessage("user", "Hello there.")],
                                         system=SYSTEM)
    failed = store.record_reply(conversation_id)
    failed.append("half a repl")
    failed.finish(state=MessageState.ERROR)

    events = run(service, TurnRequest(conversation_id, "Are you there?", PARAMS))

    fitted = of(events, ContextFitted)[0]
    assert isinstance(fitted, ContextFitted)
    contents = [m.content for m in fitted.messages]
    assert contents == [SYSTEM, "Hello there.", "Are you there?"]
    # The failed reply stays in the history, as the user saw it.
    assert "half a repl" in [m.content for m in store.messages(conversation_id)]


def test_a_two_thousand_turn_conversation_is_answered_from_its_newest_turns(
        service: ConversationService, store: HistoryStore) -> None:
    turns = long_conversation(2000)
    conversation_id = store_conversation(store, turns[:-1], system=SYSTEM)

    events = run(service, TurnRequest(conversation_id, turns[-1].content, PARAMS))

    fitted = of(events, ContextFitted)[0]
    assert isinstance(fitted, ContextFitted)
    assert fitted.dropped > 3000
    assert fitted.prompt_tokens <= service.engine.n_ctx - PARAMS.max_tokens
    assert fitted.messages[-1].content == turns[-1].content
    stored = store.messages(conversation_id)
    assert fitted.first_kept == [m.id for m in stored][fitted.dropped]
    finished = of(events, ReplyFinished)
    assert finished
    assert stored[-1].content.strip()
    assert stored[-1].state is MessageState.COMPLETE


def test_fitting_reads_what_fits_not_the_whole_conversation(
        service: ConversationService, store: HistoryStore,
        monkeypatch: pytest.MonkeyPatch) -> None:
    turns = long_conversation(2000)
    conversation_id = store_conversation(store, turns, system=SYSTEM)
    everything = fit_conversation(service.engine, SYSTEM, turns, n_ctx=service.engine.n_ctx,
                                  max_tokens=PARAMS.max_tokens)
    read: list[int] = []
    original = HistoryStore.messages

    def counted(self: HistoryStore, conversation: int, *, newest: int | None = None
                ) -> list[StoredMessage]:
        found = original(self, conversation, newest=newest)
        read.append(len(found))
        return found

    monkeypatch.setattr(HistoryStore, "messages", counted)

    fitted = service.fit(conversation_id, PARAMS, SYSTEM)

    assert sum(read) <= WINDOW < len(turns)
    assert fitted.dropped == everything.dropped
    assert fitted.messages == everything.messages
    assert fitted.prompt_tokens == everything.prompt_tokens


def test_a_message_too_long_for_the_context_is_kept_and_offered_for_summary(
        service: ConversationService, store: HistoryStore) -> None:
    conversation = new_conversation(store, service.engine.info, system=None, params=PARAMS)
    huge = "The quarterly report covers many depots. " * 600

    events = run(service, TurnRequest(conversation.id, huge, PARAMS))

    failure = events[-1]
    assert isinstance(failure, TurnFailed)
    assert failure.too_large == huge
    assert "too long" in failure.message
    assert not of(events, ReplyStarted)
    assert [m.content for m in store.messages(conversation.id)] == [huge]


def test_a_stop_before_the_reply_begins_writes_nothing(
        service: ConversationService, store: HistoryStore) -> None:
    conversation = new_conversation(store, service.engine.info, system=SYSTEM, params=PARAMS)
    request = TurnRequest(conversation.id, "Tell me a long story.", PARAMS)
    request.cancel.set()

    events = run(service, request)

    finished = events[-1]
    assert isinstance(finished, ReplyFinished)
    assert finished.state is MessageState.PARTIAL
    assert not of(events, ReplyText)
    assert store.messages(conversation.id)[-1].state is MessageState.PARTIAL


def test_a_stop_mid_reply_keeps_what_was_written_as_partial(
        service: ConversationService, store: HistoryStore) -> None:
    conversation = new_conversation(store, service.engine.info, system=SYSTEM, params=PARAMS)
    request = TurnRequest(conversation.id, "Count from one to fifty in words.",
                          GenerationParams(max_tokens=200, temperature=0.0))
    pieces = []
    for event in service.turn(request):
        if isinstance(event, ReplyText):
            pieces.append(event.text)
            request.cancel.set()

    last = store.messages(conversation.id)[-1]
    assert last.state is MessageState.PARTIAL
    assert last.content == "".join(pieces)
    assert last.completion_tokens is not None
    assert last.completion_tokens < 200


def test_the_running_summary_folds_left_out_turns_and_is_saved(
        starter_model: Path, store: HistoryStore) -> None:
    engine = Engine()
    engine.load(starter_model, n_ctx=1024)
    try:
        turns = long_conversation(40)
        conversation_id = store_conversation(
            store, turns[:-1], system=SYSTEM,
            settings={SETTINGS_KEY: RunningSummary(enabled=True).as_settings()})
        service = ConversationService(engine, store)

        events = run(service, TurnRequest(conversation_id, turns[-1].content, PARAMS))

        assert of(events, SummaryFolding)
        fitted = of(events, ContextFitted)[0]
        assert isinstance(fitted, ContextFitted)
        assert fitted.summarized
        assert fitted.dropped > 0
        record = RunningSummary.from_settings(store.conversation(conversation_id).settings)
        assert record.enabled
        assert record.text
        # It covers what had left the context before it came in (the rest folds next turn).
        assert 0 < record.covers <= fitted.dropped
        assert record.text in (fitted.messages[0].content or "")
        assert of(events, ReplyFinished)
    finally:
        engine.unload()


def test_a_stop_while_folding_ends_the_turn_quietly(starter_model: Path,
                                                    store: HistoryStore) -> None:
    engine = Engine()
    engine.load(starter_model, n_ctx=1024)
    try:
        turns = long_conversation(40)
        conversation_id = store_conversation(
            store, turns[:-1], settings={SETTINGS_KEY: {"enabled": True}})
        request = TurnRequest(conversation_id, turns[-1].content, PARAMS)
        events = []
        for event in ConversationService(engine, store).turn(request):
            events.append(event)
            if isinstance(event, SummaryFolding):
                request.cancel.set()
        assert events[-1] == TurnFailed("")
        assert RunningSummary.from_settings(
            store.conversation(conversation_id).settings).text == ""
    finally:
        engine.unload()


def test_an_unsaved_chat_lives_in_memory_only(starter_engine: Engine, tmp_path: Path) -> None:
    store = HistoryStore.in_memory()
    try:
        service = ConversationService(starter_engine, store)
        conversation = new_conversation(store, starter_engine.info, system=None, params=PARAMS)
        events = run(service, TurnRequest(conversation.id, "My name is Ana.", PARAMS))
        events += run(service, TurnRequest(conversation.id, "What is my name?", PARAMS))
        second = of(events, ContextFitted)[1]
        assert isinstance(second, ContextFitted)
        assert next(m.content for m in second.messages) == "My name is Ana."
    finally:
        store.close()
    assert not [path for path in tmp_path.rglob("*") if path.is_file()]
    assert not Path(":memory:").exists()


@pytest.mark.parametrize(("raw", "expected"), [
    (None, RunningSummary()),
    ("not a mapping", RunningSummary()),
    ({"enabled": 1, "text": "s", "covers": 4}, RunningSummary(True, "s", 4)),
    ({"enabled": True, "text": 5, "covers": -3}, RunningSummary(True, "", 0)),
    ({"enabled": True, "covers": "12"}, RunningSummary(True, "", 0)),
])
def test_a_running_summary_record_survives_odd_settings(raw: object,
                                                        expected: RunningSummary) -> None:
    assert RunningSummary.from_settings({SETTINGS_KEY: raw}) == expected


def test_prompt_turns_skip_failed_and_empty_messages(store: HistoryStore) -> None:
    conversation_id = store_conversation(store, [ChatMessage("user", "a"),
                                                 ChatMessage("assistant", "b")])
    store.add_message(conversation_id, Role.USER, "")
    store.add_message(conversation_id, Role.ASSISTANT, "broken", state=MessageState.ERROR)
    store.add_message(conversation_id, Role.USER, "c")

    turns, ids = prompt_turns(store.messages(conversation_id))

    assert [t.content for t in turns] == ["a", "b", "c"]
    assert len(ids) == 3


def test_a_turn_says_when_the_context_grows_for_it(starter_model: Path,
                                                   store: HistoryStore) -> None:
    engine = Engine()
    engine.load(starter_model)  # on demand: a 4K start
    try:
        service = ConversationService(engine, store)
        conversation = new_conversation(store, engine.info, system=SYSTEM, params=PARAMS)
        long_replies = GenerationParams(max_tokens=6000, temperature=0.0)

        events = run(service, TurnRequest(conversation.id, "What is the capital of France?",
                                          long_replies))

        kinds = [type(event) for event in events]
        assert kinds[:4] == [UserMessageSaved, ContextFitted, ContextResizing, ReplyStarted]
        resizing = of(events, ContextResizing)[0]
        assert (resizing.old, resizing.new) == (4096, 8192)
        assert resizing.message() == \
            f"Enlarging the model's context to {format_number(8192)} tokens\u2026"
        assert engine.allocated_ctx == 8192
        assert of(events, ReplyFinished)
        # The next turn with the usual reply length needs no new allocation.
        events = run(service, TurnRequest(conversation.id, "And of Spain?", PARAMS))
        assert not of(events, ContextResizing)
    finally:
        engine.unload()
