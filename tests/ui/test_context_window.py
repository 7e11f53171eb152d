"""A conversation longer than the model's context, in the window, on the real starter model."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from assistant.core.history.store import Role
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
    assert items[boundary.boundary].role is Role.USER
    assert 3900 < boundary.boundary < 4004
    meter = window.context_meter
    assert "older message" in meter.text()
    assert meter.value() <= meter.maximum()
    # Scrolling up brings the mark in, just above that question, and every message above
    # it is outside; it is text for screen readers too.
    model = window.chat_model
    while not any(model.item(row) is boundary for row in range(model.rowCount())):
        assert model.fetch_older(), "the mark never came into view"
    row = next(row for row in range(model.rowCount()) if model.item(row) is boundary)
    assert model.item(row + 1) is items[boundary.boundary]
    above = [model.item(r) for r in range(row)]
    assert all(item in items[:boundary.boundary] for item in above)
    text = model.data(model.index(row))
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
    while window.chat_model.fetch_older():  # every row, as scrolling to the top shows them
        pass
    rows = [window.chat_model.item(r) for r in range(window.chat_model.rowCount())]
    assert [row for row in rows if row.boundary] == [second], "one mark, moved"
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
    window.menus.conversation_menu.aboutToShow.emit()
    assert window.menus.fold.isEnabled()
    assert not window.menus.fold.isChecked()
    window.menus.fold.trigger()
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
