"""Questions about documents from the window: ask, index, cited answers, sources, collections.

Through the window's own controls: its menu's shortcut, the dialogs' keys, a link clicked in a
reply, a file dropped, the Collections dialog's buttons. The fake engine answers with fixed text
citing ``[1]``, which the conversation service gives the passage that matches the question best;
one test asks the real starter model.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from assistant.core.conversation.documents import attached
from assistant.core.history.collections import DocumentIndex
from assistant.core.history.store import HistoryStore, Role
from assistant.core.settings import Settings
from assistant.ui.askdialog import AskDocumentDialog
from assistant.ui.chatmodel import ChatItem
from assistant.ui.chatview import ASK_DOCUMENT
from assistant.ui.citations import cite_href, given_href
from assistant.ui.mainwindow import MainWindow
from assistant.ui.rendering import LINK_PREFIX
from tests.documents import make_pdf, report_pages
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FakeEngine
from tests.ui.modal import answer

FACT = ("The lighthouse keeper named her rowing boat Marigold, after the flowers that grew "
        "beside the harbour wall.")
QUESTION = "What did the lighthouse keeper name her rowing boat?"
FACT_PAGE = 4
CITED_REPLY = "Her rowing boat is called Marigold [1]."


# -- helpers --------------------------------------------------------------------------------


@pytest.fixture
def report(tmp_path: Path) -> Path:
    """A six-page PDF report with one planted fact on page 4."""
    pages = report_pages(6, words=200)
    pages[FACT_PAGE - 1] += "\n\n" + FACT
    path = tmp_path / "harbour report.pdf"
    path.write_bytes(make_pdf(pages))
    return path


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _activate(qtbot: QtBot, window: QWidget) -> None:
    """What a desktop's window manager does (the offscreen platform has none)."""
    with qtbot.waitActive(window):
        window.activateWindow()


def _store(window: MainWindow) -> HistoryStore:
    assert window.store is not None
    return window.store


def _ask_by_keyboard(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    """Ctrl+Shift+A, type the path, Enter; wait until the conversation about it is open."""
    def steps(dialog: AskDocumentDialog) -> None:
        assert _focus() is dialog.path_edit, "the path field should have the focus"
        assert dialog.path_edit.accessibleName() == "Document or folder"
        qtbot.keyClicks(dialog.path_edit, str(path))
        qtbot.keyClick(_focus(), Qt.Key.Key_Return)

    def typed(dialog: AskDocumentDialog) -> None:
        # A user types once the dialog is on screen and has taken the keyboard.
        qtbot.waitUntil(dialog.isActiveWindow)
        steps(dialog)

    asked = answer(AskDocumentDialog, typed)
    with qtbot.waitSignal(window.documents.opened, timeout=30_000):
        qtbot.keySequence(_focus(), QKeySequence("Ctrl+Shift+A"))
        qtbot.waitUntil(lambda: asked.seen and not asked.problems
                        and window.documents.active, timeout=10_000)
    asked.check()


def _send(qtbot: QtBot, window: MainWindow, text: str) -> ChatItem:
    """Type ``text`` in the composer and press Enter; the reply, once finished."""
    _activate(qtbot, window)
    window.focus_composer()
    qtbot.keyClicks(window.composer, text)
    with qtbot.waitSignal(window.replyDone, timeout=120_000):
        qtbot.keyClick(window.composer, Qt.Key.Key_Return)
    reply = window.chat_model.last_reply()
    assert reply is not None
    return reply


def _row(window: MainWindow, item: ChatItem) -> int:
    model = window.chat_model
    return next(row for row in range(model.rowCount()) if model.item(row) is item)


def _links(window: MainWindow, item: ChatItem) -> dict[str, str]:
    """Every link painted in ``item``'s message: href → its text."""
    cached = window.chat_view.delegate.document(item, window.chat_view.palette())
    found: dict[str, str] = {}
    for document in cached.documents:
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                href = fragment.charFormat().anchorHref()
                if fragment.isValid() and href:
                    found[href] = found.get(href, "") + fragment.text()
                fragments += 1
            block = block.next()
    return found


def _click_link(qtbot: QtBot, window: MainWindow, item: ChatItem, href: str) -> None:
    """Click the link ``href`` of ``item``'s message as a user would, with the mouse."""
    view = window.chat_view
    index = window.chat_model.index(_row(window, item))
    view.scrollTo(index)
    rect = view.visualRect(index)
    cached = view.delegate.document(item, view.palette())
    for document, top in zip(cached.documents, cached.offsets(), strict=True):
        layout = document.documentLayout()
        height, width = int(document.size().height()), int(document.size().width())
        for y in range(0, height, 3):
            for x in range(0, width, 3):
                if layout.anchorAt(QPointF(x, y)) == href:
                    point = rect.topLeft() + QPoint(x, int(top) + y)
                    assert view.viewport().rect().contains(point), "the link is out of view"
                    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
                    return
    raise AssertionError(f"no link {href!r} in the message")


def _drop(window: MainWindow, path: Path) -> bool:
    """Drop ``path`` onto the window the way Qt delivers a drag from a file manager."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(400, 300), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(400, 300), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return drop.isAccepted()


def _button(box: QMessageBox, text: str) -> QAbstractButton:
    found = [b for b in box.buttons() if b.text().replace("&", "") == text]
    assert found, f"{text!r} not in {[b.text() for b in box.buttons()]}"
    return found[0]


@pytest.fixture
def asked(qtbot: QtBot, make_window: WindowFactory, report: Path
          ) -> tuple[MainWindow, FakeEngine]:
    """A window whose open conversation is about the report, asked by keyboard."""
    engine = FakeEngine(reply=CITED_REPLY, pieces=4)
    window = make_window(engine)
    _activate(qtbot, window)
    _ask_by_keyboard(qtbot, window, report)
    return window, engine


# -- asking ---------------------------------------------------------------------------------


def test_ask_about_a_pdf_by_keyboard_answers_with_a_link_to_the_cited_page(
        qtbot: QtBot, asked: tuple[MainWindow, FakeEngine], report: Path) -> None:
    window, engine = asked
    conversation = window.conversation
    assert conversation is not None
    assert attached(conversation) is not None
    assert conversation.title == "Questions about \u201charbour report.pdf\u201d"
    assert window.documents_banner.isVisible()
    assert window.documents_banner.label.text() == \
        "Questions here are answered from \u201charbour report.pdf\u201d."
    assert window.indexing_status.isHidden()
    _activate(qtbot, window)
    assert _focus() is window.composer, "the composer waits for the question"

    reply = _send(qtbot, window, QUESTION)
    assert reply.content == CITED_REPLY
    # The model was given the passages, the planted fact among them, numbered.
    system = engine.requests[-1][0]
    assert system.role == "system"
    assert "Marigold" in system.content
    assert "[1]" in system.content
    assert [(c.number, c.page, c.label) for c in reply.citations] == \
        [(1, FACT_PAGE, f"p. {FACT_PAGE}")]
    links = _links(window, reply)
    assert links[cite_href(1)].startswith(f"[p. {FACT_PAGE}]"), links
    stored = _store(window).messages(conversation.id)[-1]
    assert stored.stats["citations"][0]["page"] == FACT_PAGE

    # The link opens the passage, as plain text, with its file and page.
    _click_link(qtbot, window, reply, cite_href(1))
    viewer = window.documents.viewer
    assert viewer is not None
    qtbot.waitUntil(viewer.isVisible)
    assert "Marigold" in viewer.passage_text()
    assert viewer.place_label.text() == f"p. {FACT_PAGE}"
    assert viewer.file_label.text() == str(report.resolve())
    assert viewer.windowTitle() == "Source [1] — harbour report.pdf"
    for widget in (viewer.text, viewer.file_label, viewer.place_label, viewer.copy_button):
        assert widget.accessibleName(), f"{type(widget).__name__} has no accessible name"
    assert viewer.text.isReadOnly()
    qtbot.keyClick(viewer.text, Qt.Key.Key_Escape)
    assert not viewer.isVisible()


def test_a_reopened_conversation_links_its_sources_and_the_menu_offers_them(
        qtbot: QtBot, asked: tuple[MainWindow, FakeEngine], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _ = asked
    _send(qtbot, window, QUESTION)
    conversation = window.conversation
    assert conversation is not None
    window.new_conversation()
    assert window.documents_banner.isHidden()
    window.open_conversation(conversation.id)
    assert window.documents_banner.isVisible()
    reply = window.chat_model.last_reply()
    assert reply is not None
    assert [c.page for c in reply.citations] == [FACT_PAGE]
    assert _links(window, reply)[cite_href(1)].startswith(f"[p. {FACT_PAGE}]")

    # The context menu (the keyboard's way to a message's links) lists the source too.
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from assistant.ui import mainwindow

    offered: list[str] = []

    class ChoosingMenu(QMenu):
        def exec(self, *_args: object) -> QAction | None:  # type: ignore[override]
            offered.extend(a.text() for a in self.actions())
            chosen = next((a for a in self.actions() if a.text().startswith("Show source")),
                          None)
            if chosen is not None:
                chosen.trigger()
            return chosen

    monkeypatch.setattr(mainwindow, "QMenu", ChoosingMenu)
    rect = window.chat_view.visualRect(window.chat_model.index(_row(window, reply)))
    window.chat_view.customContextMenuRequested.emit(rect.center())
    assert f"Show source [1]: p. {FACT_PAGE}" in offered
    assert window.documents.viewer is not None
    assert window.documents.viewer.isVisible()
    assert "Marigold" in window.documents.viewer.passage_text()


def test_model_text_cannot_make_source_links(
        qtbot: QtBot, asked: tuple[MainWindow, FakeEngine]) -> None:
    window, engine = asked
    engine.reply = (f"Marigold [1], not [2]. [1]({LINK_PREFIX}cite/1) <a href=\"{LINK_PREFIX}"
                    f"cite/1\">[1]</a> `[1]` [see [1]](https://example.org)")
    reply = _send(qtbot, window, QUESTION)
    links = _links(window, reply)
    # Only the app's links use its scheme: a cited number links to our passage, with our
    # label, wherever the model put it; an uncited one, and the model's own URLs, stay text.
    ours = {href for href in links if href.startswith(LINK_PREFIX)}
    assert ours <= {cite_href(1), *(f"{LINK_PREFIX}{name}" for name in
                                    ("copy", "regenerate", "details"))}, ours
    assert cite_href(2) not in links
    painted = window.chat_view.delegate.document(reply, window.chat_view.palette()).text()
    assert "not [2]" in painted
    assert f"[p. 4]({LINK_PREFIX}cite/1)" in painted  # the model's URL, as text
    assert f'<a href="{LINK_PREFIX}cite/1">' in painted
    assert "`" not in painted
    assert "[1]" in painted
    assert links.get("https://example.org") == "see [1]"


def test_a_question_the_document_does_not_answer_is_told_so_without_the_model(
        qtbot: QtBot, asked: tuple[MainWindow, FakeEngine]) -> None:
    window, engine = asked
    before = len(engine.requests)
    reply = _send(qtbot, window, "Quokka zeppelin xylophone?")
    assert reply.content == "I found nothing about this in harbour report.pdf."
    assert len(engine.requests) == before, "the model was asked anyway"
    assert reply.citations == ()
    assert not [h for h in _links(window, reply) if "/cite/" in h]


def test_a_collection_indexed_before_is_chosen_by_keyboard_without_indexing_again(
        qtbot: QtBot, asked: tuple[MainWindow, FakeEngine], report: Path) -> None:
    window, _ = asked
    first = window.conversation
    assert first is not None
    indexed: list[object] = []
    window.worker.indexProgress.connect(lambda *args: indexed.append(args),
                                        Qt.ConnectionType.QueuedConnection)
    _activate(qtbot, window)

    def steps(dialog: AskDocumentDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.collections.isVisible()
        assert dialog.collections.accessibleName() == "Documents indexed before"
        for _ in range(3):  # the path, Choose a file…, Choose a folder…, then the list
            qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
        assert _focus() is dialog.collections
        assert dialog.path_edit.text() == "", "passing by the list changes nothing"
        seen.append(dialog)
        qtbot.keyClick(_focus(), Qt.Key.Key_Return)  # asks about the one shown first

    seen: list[AskDocumentDialog] = []
    chosen = answer(AskDocumentDialog, steps)
    with qtbot.waitSignal(window.documents.opened, timeout=10_000) as opened:
        qtbot.keySequence(_focus(), QKeySequence("Ctrl+Shift+A"))
        qtbot.waitUntil(lambda: bool(seen) or bool(chosen.problems), timeout=8_000)
    chosen.check()
    second = window.conversation
    assert second is not None
    assert opened.args == [second.id]
    assert second.id != first.id
    assert attached(second) == attached(first)
    assert indexed == [], "the collection was indexed again"
    assert window.documents_banner.isVisible()


# -- indexing -------------------------------------------------------------------------------


def test_a_folder_shows_progress_and_cancel_keeps_the_window_as_it_was(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window(FakeEngine())
    folder = tmp_path / "reports"
    folder.mkdir()
    for number in range(40):
        (folder / f"report {number:02d}.pdf").write_bytes(
            make_pdf(report_pages(4, seed=number, words=150)))
    conversations = _store(window).list_conversations()
    status = window.indexing_status
    with qtbot.waitSignal(window.indexDone, timeout=60_000) as done:
        assert window.documents.ask_about(folder)
        # The first file is done: the status bar counts the folder's documents.
        qtbot.waitUntil(lambda: status.bar.maximum() == 40 and status.bar.value() >= 1,
                        timeout=30_000)
        assert status.isVisible()
        assert "Indexing \u201creports\u201d: " in status.label.text()
        assert status.cancel_button.accessibleName() == "Cancel indexing"
        assert not window.send_button.isEnabled(), "no chatting while indexing"
        qtbot.mouseClick(status.cancel_button, Qt.MouseButton.LeftButton)
        assert status.label.text().startswith("Cancelling")
    assert done.args == [None]
    assert status.isHidden()
    assert window.error_banner.isHidden(), "cancelling is not an error"
    assert _store(window).list_conversations() == conversations
    kept = DocumentIndex(_store(window)).collections()
    assert len(kept) <= 1
    assert all(c.files < 40 for c in kept), "indexing went on after cancel"
    assert window.send_button.isEnabled()


def test_an_unreadable_file_says_why_and_opens_nothing(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window(FakeEngine())
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    with qtbot.waitSignal(window.indexDone, timeout=20_000) as done:
        window.documents.ask_about(broken)
    assert done.args == [None]
    assert window.error_banner.isVisible()
    assert "broken.pdf" in window.error_banner.label.text()
    assert window.conversation is None
    assert window.menus.ask.isEnabled()


def test_a_dropped_file_asks_whether_to_summarize_or_ask_questions(
        qtbot: QtBot, make_window: WindowFactory, report: Path) -> None:
    window = make_window(FakeEngine())
    offered: list[str] = []

    def choose(box: QMessageBox) -> None:
        offered.extend(b.text().replace("&", "") for b in box.buttons())
        assert "harbour report.pdf" in box.text()
        _button(box, "Ask questions").click()

    chosen = answer(QMessageBox, choose)
    with qtbot.waitSignal(window.documents.opened, timeout=30_000):
        assert _drop(window, report)
    chosen.check()
    assert {"Summarize", "Ask questions", "Cancel"} <= set(offered)
    conversation = window.conversation
    assert conversation is not None
    assert attached(conversation) is not None


def test_a_finished_summary_offers_questions_about_its_document(
        qtbot: QtBot, make_window: WindowFactory, report: Path) -> None:
    from assistant.core.documents.summarize import Style

    window = make_window(FakeEngine(reply="A harbour report over six pages."))
    with qtbot.waitSignal(window.summaryDone, timeout=30_000) as done:
        window.start_summary(report, Style.BRIEF, None)
    assert done.args[0] is not None
    summary = window.chat_model.last_reply()
    assert summary is not None
    assert summary.document == report.resolve()
    assert _links(window, summary)[ASK_DOCUMENT] == "Ask questions about this document"
    with qtbot.waitSignal(window.documents.opened, timeout=30_000):
        _click_link(qtbot, window, summary, ASK_DOCUMENT)
    conversation = window.conversation
    assert conversation is not None
    assert attached(conversation) is not None
    assert conversation.id != done.args[0]


# -- collections ----------------------------------------------------------------------------


def test_the_collections_dialog_lists_refreshes_and_removes_after_confirmation(
        qtbot: QtBot, asked: tuple[MainWindow, FakeEngine]) -> None:
    window, _ = asked
    reply = _send(qtbot, window, QUESTION)
    store = _store(window)
    collection = DocumentIndex(store).collections()[0]
    window.menus.collections.trigger()
    dialog = window.documents.collections_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.list.accessibleName() == "Collections"
    assert dialog.status.text() == ""
    assert dialog.list.topLevelItemCount() == 1
    row = dialog.list.topLevelItem(0)
    assert row is not None
    assert [row.text(0), row.text(1), row.text(2)] == \
        ["harbour report.pdf", "1", str(collection.passages)]
    assert collection.passages > 1

    with qtbot.waitSignal(window.indexDone, timeout=30_000) as done:
        qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    assert done.args[0] is not None
    assert "up to date" in dialog.status.text()

    # Delete asks first; No keeps it.
    def no(box: QMessageBox) -> None:
        assert "harbour report.pdf" in box.text()
        box.button(QMessageBox.StandardButton.No).click()

    refused = answer(QMessageBox, no)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    refused.check()
    assert len(DocumentIndex(store).collections()) == 1

    confirmed = answer(QMessageBox,
                       lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    confirmed.check()
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 0, timeout=20_000)
    assert DocumentIndex(store).collections() == []
    assert dialog.status.text() == "The collection was removed."
    dialog.close()
    # The conversation stays; its banner says its documents are gone, and a source says so.
    assert "no longer indexed" in window.documents_banner.label.text()
    window.documents.show_passage(reply, 1)
    viewer = window.documents.viewer
    assert viewer is not None
    assert "no longer in the index" in viewer.passage_text()
    assert viewer.place_label.text() == f"p. {FACT_PAGE}"


# -- the real model -------------------------------------------------------------------------


def test_the_starter_model_answers_from_the_document_and_links_the_right_page(
        qtbot: QtBot, make_window: WindowFactory, report: Path) -> None:
    window = make_window(settings=Settings(max_tokens=48, temperature=0.0))
    _activate(qtbot, window)
    _ask_by_keyboard(qtbot, window, report)
    reply = _send(qtbot, window, QUESTION)
    assert reply.role is Role.ASSISTANT
    assert reply.content.strip()
    links = _links(window, reply)
    if reply.citations:
        # The model cited its sources: each [n] it wrote links the page it came from.
        assert all(c.page == FACT_PAGE for c in reply.citations), reply.citations
        shown = [text for href, text in links.items() if "/cite/" in href]
    else:
        # The starter model seldom writes [n]: the reply lists the passages it was given,
        # the best match first.
        assert reply.sources, "the model was given no passages"
        assert reply.sources[0].page == FACT_PAGE, reply.sources
        shown = [links[given_href(1)]]
    assert shown
    assert all(f"p. {FACT_PAGE}" in text for text in shown), links
    # Its link opens the page's passage, with the planted fact.
    href = cite_href(reply.citations[0].number) if reply.citations else given_href(1)
    _click_link(qtbot, window, reply, href)
    viewer = window.documents.viewer
    assert viewer is not None
    qtbot.waitUntil(viewer.isVisible)
    assert "Marigold" in viewer.passage_text()
    assert viewer.place_label.text() == f"p. {FACT_PAGE}"
