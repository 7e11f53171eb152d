"""The conversation sidebar: groups by date under headings, and deleting with "Undo".

Through the window, on the fake engine. Conversations with chosen update times are put in the
history the way an import does (``HistoryStore.restore``), which keeps their times.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from assistant.core.errors import PequenoError
from assistant.core.history.store import HistoryStore, Role
from assistant.core.paths import AppPaths
from assistant.ui.conversationlist import CONVERSATION_ID, GROUP_HEADER
from assistant.ui.mainwindow import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FakeEngine

Row = tuple[str, int | str]  # ("heading", its text) or ("chat", a conversation id)


def _store(window: MainWindow) -> HistoryStore:
    assert window.store is not None
    return window.store


def _add(store: HistoryStore, title: str, updated: datetime, *, pinned: bool = False) -> int:
    """A conversation of two messages, last updated at ``updated`` (local time)."""
    stamp = int(updated.timestamp() * 1_000_000)
    messages: list[dict[str, Any]] = [
        {"role": role, "content": f"{title}: {role}", "created": stamp, "model": None,
         "stats": {}, "state": "complete"}
        for role in ("user", "assistant")
    ]
    return store.restore({"uid": uuid.uuid4().hex, "title": title, "created": stamp,
                          "updated": stamp, "model": None, "system_prompt": None,
                          "settings": {}, "pinned": pinned}, messages)


def _rows(window: MainWindow) -> list[Row]:
    rows: list[Row] = []
    for row in range(window.conversations.rowCount()):
        index = window.conversations.index(row, 0)
        if index.data(GROUP_HEADER):
            rows.append(("heading", str(index.data())))
        else:
            rows.append(("chat", int(index.data(CONVERSATION_ID))))
    return rows


def _chats(window: MainWindow) -> list[int]:
    return [value for kind, value in _rows(window) if kind == "chat" and isinstance(value, int)]


def _current(window: MainWindow) -> int | None:
    value = window.conversation_list.currentIndex().data(CONVERSATION_ID)
    return int(value) if value is not None else None


def _open(window: MainWindow) -> int | None:
    conversation = window.conversation
    return conversation.id if conversation is not None else None


def _offered(window: MainWindow) -> bool:
    """Whether "Undo" could still bring a deleted conversation back."""
    return window.undo_delete.pending is not None


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _key(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(_focus(), key)


def _keys(qtbot: QtBot, sequence: str | QKeySequence.StandardKey) -> None:
    qtbot.keySequence(_focus(), QKeySequence(sequence))


def _contents(store: HistoryStore, conversation_id: int) -> list[tuple[int, Role, str]]:
    return [(m.id, m.role, m.content) for m in store.messages(conversation_id)]


Listed = tuple[MainWindow, dict[str, int]]


@pytest.fixture
def listed(qtbot: QtBot, make_window: WindowFactory) -> Listed:
    """A window on the fake engine, active, listing conversations of every age (by name)."""
    window = make_window(engine=FakeEngine())
    store = _store(window)
    now = datetime.now()
    ids = {
        "today": _add(store, "Otters", now - timedelta(seconds=5)),
        "old pinned": _add(store, "Recipes", now - timedelta(days=90), pinned=True),
        "yesterday": _add(store, "Volcanoes", now - timedelta(days=1)),
        "3 days": _add(store, "Quokkas", now - timedelta(days=3)),
        "month": _add(store, "Geysers", now - timedelta(days=30)),
    }
    window.refresh_conversations()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window, ids


# -- groups ---------------------------------------------------------------------------------


def test_conversations_are_grouped_by_date_with_the_pinned_first(listed: Listed) -> None:
    window, ids = listed

    assert _rows(window) == [
        ("heading", "Pinned"), ("chat", ids["old pinned"]),
        ("heading", "Today"), ("chat", ids["today"]),
        ("heading", "Yesterday"), ("chat", ids["yesterday"]),
        ("heading", "Previous 7 days"), ("chat", ids["3 days"]),
        ("heading", "Older"), ("chat", ids["month"]),
    ]


def test_a_new_message_moves_a_conversation_to_today(qtbot: QtBot, listed: Listed) -> None:
    window, ids = listed
    window.open_conversation(ids["month"])
    with qtbot.waitSignal(window.replyDone, timeout=10_000):
        window.send("Tell me more about geysers")

    rows = _rows(window)
    assert rows[2:5] == [("heading", "Today"), ("chat", ids["month"]), ("chat", ids["today"])]
    assert ("heading", "Older") not in rows, "the group left empty is gone"


def test_headings_cannot_be_selected_and_are_read_as_text(
        qtbot: QtBot, listed: Listed) -> None:
    window, _ = listed
    view = window.conversation_list
    heading = window.conversations.index(2, 0)  # "Today"
    assert heading.data(GROUP_HEADER)
    flags = heading.flags()
    assert not flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & Qt.ItemFlag.ItemIsEnabled
    assert heading.data(Qt.ItemDataRole.AccessibleTextRole) == "Today"

    interface = QAccessible.queryAccessibleInterface(view)
    assert interface is not None
    names = [interface.child(row).text(QAccessible.Text.Name)
             for row in range(interface.childCount())]
    assert names[:3] == ["Pinned", "Recipes", "Today"]

    rect = view.visualRect(heading)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _open(window) is None, "a click on a heading opens nothing"
    assert not view.selectionModel().isSelected(heading)
    assert _current(window) is None


def test_the_arrow_keys_pass_over_the_headings(qtbot: QtBot, listed: Listed) -> None:
    window, ids = listed
    window.conversation_list.setFocus()
    window.conversation_list.setCurrentIndex(window.conversations.index(1, 0))
    assert _current(window) == ids["old pinned"]

    seen = []
    for _ in range(5):
        _key(qtbot, Qt.Key.Key_Down)
        seen.append(_current(window))
    assert seen == [ids["today"], ids["yesterday"], ids["3 days"], ids["month"], ids["month"]]

    for _ in range(4):
        _key(qtbot, Qt.Key.Key_Up)
    assert _current(window) == ids["old pinned"]
    _key(qtbot, Qt.Key.Key_Up)
    assert _current(window) == ids["old pinned"], "the first heading is not a stop either"

    _key(qtbot, Qt.Key.Key_End)
    assert _current(window) == ids["month"]
    _key(qtbot, Qt.Key.Key_Home)
    assert _current(window) == ids["old pinned"]

    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    assert _open(window) == ids["today"]


def test_search_results_are_a_flat_list_and_the_groups_come_back(
        qtbot: QtBot, listed: Listed) -> None:
    window, ids = listed
    window.search.setFocus()
    qtbot.keyClicks(window.search, "quokkas")

    assert _rows(window) == [("chat", ids["3 days"])]

    window.search.clear()
    assert len(_chats(window)) == 5
    assert _rows(window)[0] == ("heading", "Pinned")


# -- delete and undo ------------------------------------------------------------------------


def test_delete_then_undo_brings_the_conversation_back_with_its_messages(
        qtbot: QtBot, listed: Listed) -> None:
    window, ids = listed
    store = _store(window)
    pinned = ids["old pinned"]
    window.open_conversation(pinned)
    before = store.conversation(pinned)
    messages = _contents(store, pinned)

    window.delete_conversation()

    assert pinned not in _chats(window)
    assert ("heading", "Pinned") not in _rows(window), "its group went with it"
    with pytest.raises(PequenoError):
        store.conversation(pinned)
    assert window.conversation is None, "the chat it showed is closed"
    assert window.undo_banner.isVisible()
    assert "Recipes" in window.undo_banner.label.text()
    assert window.undo_banner.action_button.text() == "Undo"
    assert window.undo_banner.action_button.accessibleName() == "Undo"

    qtbot.mouseClick(window.undo_banner.action_button, Qt.MouseButton.LeftButton)

    assert not window.undo_banner.isVisible()
    assert store.conversation(pinned) == before, "same id, title, pin, times and settings"
    assert _contents(store, pinned) == messages
    assert _rows(window)[:2] == [("heading", "Pinned"), ("chat", pinned)]
    assert _open(window) == pinned, "the conversation it showed opens again"
    assert [(i.role, i.content) for i in window.chat_model.items()] == \
        [(role, content) for _, role, content in messages]
    assert not _offered(window)


def test_delete_and_undo_by_keyboard_in_the_list(qtbot: QtBot, listed: Listed) -> None:
    window, ids = listed
    store = _store(window)
    window.conversation_list.setFocus()
    window.sidebar.select(ids["yesterday"])
    messages = _contents(store, ids["yesterday"])

    _keys(qtbot, QKeySequence.StandardKey.Delete)

    assert ids["yesterday"] not in _chats(window)
    assert _focus() is window.conversation_list
    assert _current(window) == ids["3 days"], "the cursor moves on to the next conversation"
    assert window.undo_banner.isVisible()
    assert _open(window) is None, "moving the cursor opens nothing"

    # Tab reaches "Undo" right after the list; Space presses it.
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focus() is window.undo_banner.action_button
    _key(qtbot, Qt.Key.Key_Space)

    assert _contents(store, ids["yesterday"]) == messages
    assert ("chat", ids["yesterday"]) in _rows(window)
    assert _focus() is window.conversation_list, "the focus goes back to the list"
    assert _current(window) == ids["yesterday"]

    # Delete, then Ctrl+Z in the list.
    _keys(qtbot, QKeySequence.StandardKey.Delete)
    assert ids["yesterday"] not in _chats(window)
    _keys(qtbot, QKeySequence.StandardKey.Undo)
    assert _contents(store, ids["yesterday"]) == messages
    assert not window.undo_banner.isVisible()


def test_the_context_menus_delete_offers_undo_too(qtbot: QtBot, listed: Listed) -> None:
    window, ids = listed
    window.sidebar.select(ids["month"])
    window.menus.delete.trigger()

    assert ids["month"] not in _chats(window)
    assert window.undo_banner.isVisible()


def test_not_undone_in_time_the_deletion_stands(qtbot: QtBot, listed: Listed) -> None:
    window, ids = listed
    store = _store(window)
    window.undo_delete.timer.setInterval(50)
    window.sidebar.select(ids["today"])
    window.delete_conversation()
    assert _offered(window)

    qtbot.waitUntil(lambda: not window.undo_banner.isVisible(), timeout=5_000)

    assert not _offered(window), "no copy is kept to bring it back"
    with pytest.raises(PequenoError):
        store.conversation(ids["today"])
    assert store.messages(ids["today"]) == []
    assert store.search("Otters") == []
    window.undo_delete_conversation()  # too late: nothing happens
    assert ids["today"] not in _chats(window)


def test_a_second_delete_ends_the_first_ones_undo(qtbot: QtBot, listed: Listed) -> None:
    window, ids = listed
    store = _store(window)
    for name in ("today", "3 days"):
        window.sidebar.select(ids[name])
        window.delete_conversation()

    window.undo_delete_conversation()

    assert store.conversation(ids["3 days"]).title == "Quokkas"
    with pytest.raises(PequenoError):
        store.conversation(ids["today"])


def test_dismissing_the_offer_lets_the_deletion_stand(qtbot: QtBot, listed: Listed) -> None:
    window, ids = listed
    window.sidebar.select(ids["today"])
    window.delete_conversation()

    qtbot.mouseClick(window.undo_banner.close_button, Qt.MouseButton.LeftButton)

    assert not _offered(window)
    assert not window.undo_banner.isVisible()


def test_closing_the_window_commits_a_pending_delete(
        qtbot: QtBot, listed: Listed, app_paths: AppPaths) -> None:
    window, ids = listed
    window.sidebar.select(ids["3 days"])
    window.delete_conversation()
    assert _offered(window)

    window.close()

    assert not _offered(window)
    store, _ = HistoryStore.open_default(app_paths)
    with store:
        assert ids["3 days"] not in [c.id for c in store.list_conversations()]
        assert store.messages(ids["3 days"]) == []
        assert store.search("Quokkas") == []
        assert store.count_conversations() == 4
