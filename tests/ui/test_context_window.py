"""A conversation longer than the model's context, in the window, on the real starter model."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from assistant.core.history import Role
from assistant.core.settings import Settings
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FakeEngine

TOPICS = ("the harbour", "the bakery", "a train timetable", "the library", "rainy weather",
          "a chess opening", "the garden", "a bicycle repair")


def _long_conversation(window: object, turns: int) -> int:
    store = window.store  # type: ignore[attr-defined]
    conversation = store.create_conversation(title="A very long chat")
    for number in range(turns):
        topic = TOPICS[number % len(TOPICS)]
        store.add_message(conversation.id, Role.USER,
                          f"Question {number}: tell me one thing about {topic}.")
        store.add_message(conversation.id, Role.ASSISTANT,
                          f"Answer {number}: {topic} is worth a visit on a quiet morning.")
    return int(conversation.id)


def test_a_2000_turn_conversation_keeps_answering_with_the_oldest_marked(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(settings=Settings(context_size=2048, max_tokens=32, temperature=0.0))
    conversation_id = _long_conversation(window, 2000)
    window.refresh_conversations()
    window.open_conversation(conversation_id)
    # What is outside the model's memory is marked as soon as the conversation opens.
    qtbot.waitUntil(lambda: window.chat_model.boundary is not None, timeout=30_000)
    for _ in range(2):
        with qtbot.waitSignal(window.replyDone, timeout=60_000) as done:
            window.send("What did we talk about last?")
        assert done.args[0] is not None, window.error_banner.label.text()
        reply = window.chat_model.last_reply()
        assert reply is not None
        assert reply.content.strip()
    boundary = window.chat_model.boundary
    assert boundary is not None
    items = window.chat_model.items()
    assert len(items) == 4004
    # Whole turns are left out: the first message the model still sees is a question.
    kept = window.chat_model._items.index(boundary)  # the boundary sits just before it
    assert window.chat_model._items[kept + 1].role is Role.USER
    assert boundary.boundary == kept, "every message above the mark is outside"
    assert 3900 < boundary.boundary < 4004
    assert "older message" in window.context_meter.format()
    assert window.context_meter.value() <= window.context_meter.maximum()
    # Scrolling up brings the mark in; it is text for screen readers too.
    while kept < window.chat_model._first_shown:
        window.chat_model.fetch_older()
    row = kept - window.chat_model._first_shown
    text = window.chat_model.data(window.chat_model.index(row))
    assert "outside the model's memory" in text


def test_the_mark_moves_and_disappears_with_the_conversation(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(FakeEngine(reply="Noted."))
    conversation_id = _long_conversation(window, 400)  # ~10 words a message: 8,000 words
    window.open_conversation(conversation_id)
    qtbot.waitUntil(lambda: window.chat_model.boundary is not None, timeout=10_000)
    first = window.chat_model.boundary
    assert first is not None
    with qtbot.waitSignal(window.replyDone, timeout=10_000):
        window.send("One more question about the harbour, please.")
    second = window.chat_model.boundary
    assert second is not None
    assert second.boundary > first.boundary
    assert window.chat_model._items.count(second) == 1
    assert first not in window.chat_model._items
    window.new_conversation()
    assert window.chat_model.boundary is None
    assert "older message" not in window.context_meter.format()


@pytest.mark.parametrize("language", ["ru", "pt_BR", "zh_CN"])
def test_the_meter_shows_its_whole_text_in_every_language(
        qtbot: QtBot, make_window: WindowFactory, language: str) -> None:
    window = make_window(FakeEngine(reply="Noted."))
    try:
        window.set_language(language)
        window.open_conversation(_long_conversation(window, 400))
        qtbot.waitUntil(lambda: window.chat_model.boundary is not None, timeout=10_000)
        meter = window.context_meter
        meter.setValue(meter.maximum())  # the longest the text gets

        boundary = window.chat_model.boundary
        assert boundary is not None
        assert str(boundary.boundary) in meter.text()
        assert meter.minimumWidth() > meter.fontMetrics().horizontalAdvance(meter.text())
    finally:
        window.set_language("en")


def test_a_running_summary_stands_in_for_the_turns_that_left(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(settings=Settings(context_size=1024, max_tokens=24, temperature=0.0))
    conversation_id = _long_conversation(window, 120)
    window.open_conversation(conversation_id)
    qtbot.waitUntil(lambda: window.chat_model.boundary is not None, timeout=30_000)
    window.conversation_menu.aboutToShow.emit()
    assert window.fold_action.isEnabled()
    assert not window.fold_action.isChecked()
    window.fold_action.trigger()
    assert window.store is not None
    covered = []
    for _ in range(2):
        with qtbot.waitSignal(window.replyDone, timeout=120_000) as done:
            window.send("Which places did we talk about?")
        assert done.args[0] is not None, window.error_banner.label.text()
        folding = window.store.conversation(conversation_id).settings["running_summary"]
        assert folding["enabled"] is True
        assert folding["text"].strip(), "the model wrote no running summary"
        covered.append(folding["covers"])
        boundary = window.chat_model.boundary
        assert boundary is not None
        assert boundary.summarized
        assert "a summary of them" in window.chat_model.boundary_text(boundary)
    # The summary covers exactly the turns outside the context, and follows them as they go.
    assert 0 < covered[0] <= covered[1]
    assert covered[1] <= window.chat_model.boundary.boundary  # type: ignore[union-attr]
