"""Each message says who wrote it and when; a reply shows its figures on demand, also reopened."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator, Sequence
from typing import cast

from PySide6.QtCore import QDateTime, QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from assistant.core.history.records import now_us
from assistant.core.history.store import Role
from assistant.core.i18n import format_number
from assistant.core.llm.messages import ChatMessage, GenerationParams, ReplyStats, StopReason
from assistant.ui.chatmodel import ChatItem, ChatRole
from assistant.ui.chatview import ChatView
from assistant.ui.mainwindow import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FakeEngine, FakeStream

STATS = ReplyStats(prompt_tokens=120, cached_prompt_tokens=0, completion_tokens=42,
                   time_to_first_token=0.5, tokens_per_second=12.5, total_time=4.0,
                   stop_reason=StopReason.MAX_TOKENS)


@dataclasses.dataclass
class RepeatingStream(FakeStream):
    """The fake reply, ended as the repetition guard ends a reply that loops."""

    def __iter__(self) -> Iterator[str]:
        yield from super().__iter__()
        assert self.stats is not None
        self.stats = dataclasses.replace(self.stats, stop_reason=StopReason.REPEATING)


@dataclasses.dataclass
class RepeatingEngine(FakeEngine):
    """A fake engine whose every reply is stopped for repeating itself."""

    def chat(self, messages: Sequence[ChatMessage], params: GenerationParams | None = None, *,
             cancel: threading.Event | None = None, keep_warm: bool = True) -> FakeStream:
        stream = super().chat(messages, params, cancel=cancel, keep_warm=keep_warm)
        return RepeatingStream(stream.pieces, stream.cancel_event, stream.delay)


def _chat(qtbot: QtBot, window: MainWindow, text: str = "Hello?") -> None:
    with qtbot.waitSignal(window.replyDone, timeout=10_000):
        window.send(text)


def _shown_text(view: ChatView, item: ChatItem) -> str:
    return view.delegate.document(item, view.palette()).text()


def _words(text: str) -> str:
    """``text`` with every run of spaces (a locale's narrow no-break space too) as one space."""
    return " ".join(text.split())


def _row_of(view: ChatView, item: ChatItem) -> int:
    model = view.chat_model()
    return next(row for row in range(model.rowCount()) if model.item(row) is item)


def _click_text(qtbot: QtBot, view: ChatView, item: ChatItem, text: str) -> None:
    """Click the middle of the first character of ``text`` in ``item``, as a user would."""
    view.scrollToBottom()
    index = view.model().index(_row_of(view, item), 0)
    cached = view.delegate.document(index.data(ChatRole.ITEM), view.palette())
    for document, top in zip(cached.documents, cached.offsets(), strict=True):
        cursor = document.find(text, 0, QTextDocument.FindFlag.FindCaseSensitively)
        if cursor.isNull():
            continue
        block = cursor.block()
        where = document.documentLayout().blockBoundingRect(block).topLeft()
        column = cursor.selectionStart() - block.position()
        line = block.layout().lineForTextPosition(column)
        left, right = (cast(tuple[float, int], line.cursorToX(c))[0] for c in (column, column + 1))
        point = QPointF(view.visualRect(index).topLeft()) + where + QPointF(
            (left + right) / 2, top + line.y() + line.height() / 2)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(int(point.x()), int(point.y())))
        return
    raise AssertionError(f"{text!r} is not shown")


def _figures(stats: ReplyStats) -> list[str]:
    return [f"{format_number(stats.tokens_per_second, 1)} tokens/s",
            f"Reply tokens: {format_number(stats.completion_tokens)}",
            f"Prompt tokens: {format_number(stats.prompt_tokens)}",
            f"First token after {format_number(stats.time_to_first_token, 2)} s"]


def _reopen(window: MainWindow) -> ChatItem:
    """Open the conversation again from the history; its reply, as read back."""
    conversation = window.conversation
    assert conversation is not None
    window.new_conversation()
    window.open_conversation(conversation.id)
    reply = window.chat_model.last_reply()
    assert reply is not None
    return reply


def test_each_message_shows_its_author_and_time(qtbot: QtBot,
                                                make_window: WindowFactory) -> None:
    window = make_window(engine=FakeEngine())
    before = now_us()
    _chat(qtbot, window)
    user, reply = window.chat_model.items()

    assert before <= user.created <= reply.created <= now_us()
    for item in (user, reply):
        written = QDateTime.fromMSecsSinceEpoch(item.created // 1000).time()
        time = QLocale().toString(written, QLocale.FormatType.ShortFormat)
        assert _words(time) in _words(_shown_text(window.chat_view, item))
    assert _shown_text(window.chat_view, user).startswith("You")
    assert _shown_text(window.chat_view, reply).startswith("Fake model")


def test_the_author_and_time_are_read_back_with_the_conversation(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(engine=FakeEngine())
    _chat(qtbot, window)
    created = window.chat_model.items()[1].created

    reply = _reopen(window)

    # The window stamps the reply as it asks for it, the history as it saves it: a moment apart.
    assert abs(reply.created - created) < 1_000_000
    assert _shown_text(window.chat_view, reply).startswith("Fake model")


def test_an_older_message_shows_its_date_and_an_unknown_model_is_pequeno(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(engine=FakeEngine(), wait_loaded=False)
    created = now_us() - 3 * 24 * 3600 * 1_000_000
    item = ChatItem(Role.ASSISTANT, "An old answer.", created=created)
    window.chat_model.append(item)

    stamp = QDateTime.fromMSecsSinceEpoch(created // 1000)
    text = _shown_text(window.chat_view, item)
    assert text.startswith("Pequeno")
    assert _words(QLocale().toString(stamp, QLocale.FormatType.ShortFormat)) in _words(text)


def test_a_models_name_is_shown_as_plain_text(qtbot: QtBot,
                                              make_window: WindowFactory) -> None:
    window = make_window(engine=FakeEngine(), wait_loaded=False)
    item = ChatItem(Role.ASSISTANT, "Hi.", model='<a href="pequeno:regenerate">Evil</a> <i>x</i>',
                    stats=STATS, details=True)
    window.chat_model.append(item)

    text = _shown_text(window.chat_view, item)

    assert text.startswith('<a href="pequeno:regenerate">Evil</a> <i>x</i>')


def test_a_replys_details_are_hidden_until_asked_for(qtbot: QtBot,
                                                     make_window: WindowFactory) -> None:
    window = make_window(engine=FakeEngine())
    _chat(qtbot, window)
    reply = window.chat_model.items()[1]
    assert reply.stats is not None
    figures = _figures(reply.stats)

    hidden = _shown_text(window.chat_view, reply)
    assert "Details" in hidden
    assert not any(figure in hidden for figure in figures)

    _click_text(qtbot, window.chat_view, reply, "Details")
    shown = _shown_text(window.chat_view, reply)
    assert all(figure in shown for figure in figures)
    assert "finished on its own" in shown
    assert "Hide details" in shown

    _click_text(qtbot, window.chat_view, reply, "Hide details")
    assert not any(figure in _shown_text(window.chat_view, reply) for figure in figures)


def test_the_details_are_read_back_with_the_conversation(qtbot: QtBot,
                                                         make_window: WindowFactory) -> None:
    window = make_window(engine=FakeEngine())
    _chat(qtbot, window)
    stats = window.chat_model.items()[1].stats

    reply = _reopen(window)

    assert reply.stats is not None
    assert reply.stats == stats
    assert not reply.details
    window.chat_view.toggle_details(reply)
    shown = _shown_text(window.chat_view, reply)
    assert all(figure in shown for figure in _figures(reply.stats))


def test_a_reply_stopped_for_repeating_itself_says_so_in_its_details(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(engine=RepeatingEngine())
    _chat(qtbot, window)

    for reopen in (False, True):
        reply = _reopen(window) if reopen else window.chat_model.items()[1]
        assert reply.stats is not None
        assert reply.stats.stop_reason is StopReason.REPEATING
        assert "kept repeating" not in _shown_text(window.chat_view, reply)
        window.chat_view.toggle_details(reply)
        assert "stopped: kept repeating itself" in _shown_text(window.chat_view, reply)


def test_a_stopped_reply_and_one_at_the_length_limit_say_why(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(engine=FakeEngine(), wait_loaded=False)
    for reason, note in ((StopReason.CANCELLED, "stopped by you"),
                         (StopReason.MAX_TOKENS, "reached the length limit")):
        item = ChatItem(Role.ASSISTANT, "Cut short", details=True,
                        stats=dataclasses.replace(STATS, stop_reason=reason))
        window.chat_model.append(item)
        assert note in _shown_text(window.chat_view, item)


def test_a_reply_without_figures_offers_no_details(qtbot: QtBot,
                                                   make_window: WindowFactory) -> None:
    window = make_window(engine=FakeEngine(), wait_loaded=False)
    item = ChatItem(Role.ASSISTANT, "Saved before figures were kept.")
    window.chat_model.append(item)

    window.chat_view.toggle_details(item)

    assert not item.details
    assert "Details" not in _shown_text(window.chat_view, item)


def test_stored_figures_are_read_only_when_complete() -> None:
    assert ReplyStats.from_dict(STATS.as_dict()) == STATS
    assert ReplyStats.from_dict({}) is None
    assert ReplyStats.from_dict({"summary": {"document": "x"}}) is None
    assert ReplyStats.from_dict({**STATS.as_dict(), "stop_reason": "bored"}) is None
