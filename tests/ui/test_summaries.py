"""Summarizing documents from the window: the dialog, drag and drop, progress, cancel, errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from assistant.core.documents.summarize import Style
from assistant.core.history.store import Role
from assistant.core.settings import Settings
from assistant.ui.summarizedialog import SummarizeDialog
from tests.documents import make_pdf, report_pages
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FakeEngine
from tests.ui.modal import answer


def _accept_dialog_when_shown(qtbot: QtBot, choose: Style | None = None) -> list[Path]:
    """Press Enter in the summarize dialog as soon as it is open; report the path it held."""
    seen: list[Path] = []

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SummarizeDialog):
            QTimer.singleShot(20, press)
            return
        seen.append(dialog.chosen_path())
        if choose is not None:
            dialog.style_box.setCurrentIndex(dialog.style_box.findData(str(choose)))
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, press)
    return seen


def _drop(window: object, path: Path) -> bool:
    """Drop ``path`` onto the window the way Qt delivers a drag from a file manager."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(400, 300), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)  # type: ignore[arg-type]
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(400, 300), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)  # type: ignore[arg-type]
    return drop.isAccepted()


def test_a_dropped_pdf_is_summarized_into_a_conversation_that_answers_follow_ups(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window(settings=Settings(max_tokens=24, temperature=0.0))
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(report_pages(1)))
    # A dropped file asks whether to summarize it or ask questions about it.
    chosen = answer(QMessageBox, lambda box: next(
        b for b in box.buttons() if b.text().replace("&", "") == "Summarize").click())
    seen = _accept_dialog_when_shown(qtbot)
    with qtbot.waitSignal(window.summaryDone, timeout=120_000) as done:
        assert _drop(window, path)
    chosen.check()
    assert seen == [path]
    conversation_id = done.args[0]
    assert conversation_id is not None
    assert window.store is not None
    messages = window.store.messages(conversation_id)
    assert [m.role for m in messages] == [Role.USER, Role.ASSISTANT]
    assert "report" in messages[0].content
    assert messages[1].content.strip(), "the summary is empty"
    assert window.summary_panel.isHidden()
    conversation = window.store.conversation(conversation_id)
    assert "report" in conversation.title
    assert conversation.system_prompt is not None
    # Short enough: the follow-up questions see the document itself, not only the summary.
    assert "<document>" in conversation.system_prompt
    assert [item.content for item in window.chat_model.items()] == \
        [m.content for m in messages]

    with qtbot.waitSignal(window.replyDone, timeout=60_000):
        window.send("Who is mentioned in the report?")
    reply = window.chat_model.last_reply()
    assert reply is not None
    assert reply.content.strip()


def test_a_long_pdf_shows_progress_and_cancel_stops_within_one_part(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window(settings=Settings(context_size=1024, max_tokens=48, temperature=0.0))
    path = tmp_path / "long.pdf"
    path.write_bytes(make_pdf(report_pages(12)))
    steps: list[tuple[int, int]] = []

    def progressed(update: object) -> None:
        progress = getattr(update, "progress", None)
        if progress is not None:
            steps.append((progress.done, progress.total))
            if progress.done == 1:
                window.cancel_summary()

    window.worker.summaryProgress.connect(progressed)
    with qtbot.waitSignal(window.summaryDone, timeout=120_000) as done:
        window.start_summary(path, Style.BRIEF, None)
        assert window.summary_panel.isVisible()
        assert not window.send_button.isEnabled(), "no chatting while the model summarizes"
    assert done.args == [None]
    assert steps, "no part was finished before the cancel"
    assert steps[0][1] > 2, "a long document takes several parts"
    assert len(steps) <= 2, f"the job went on after cancel: {steps}"
    assert window.summary_panel.isHidden()
    assert window.error_banner.isHidden(), "cancelling is not an error"
    assert window.send_button.isEnabled()


def test_an_unreadable_file_says_why_and_the_window_carries_on(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window(FakeEngine())
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    with qtbot.waitSignal(window.summaryDone, timeout=10_000) as done:
        window.start_summary(broken, Style.BRIEF, None)
    assert done.args == [None]
    assert window.error_banner.isVisible()
    assert "broken.pdf" in window.error_banner.label.text()
    assert window.summary_panel.isHidden()
    assert window.summarize_button.isEnabled()


def test_only_one_supported_local_file_is_taken_by_drop(
        make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window(FakeEngine())
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG")
    assert not _drop(window, picture)
    assert window.summary_panel.isHidden()


def test_a_message_too_long_for_the_context_offers_a_summary_instead(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    engine = FakeEngine(reply="A short summary of your message.")
    window = make_window(engine)
    words = " ".join(f"word{i}" for i in range(5000))  # the fake context is 4096 words
    with qtbot.waitSignal(window.replyDone, timeout=10_000):
        window.send(words)
    assert window.error_banner.isVisible()
    assert "5000" in window.error_banner.label.text()
    assert window.error_banner.action_button.isVisible()
    items = window.chat_model.items()
    assert [item.role for item in items] == [Role.USER], "no failed reply is left behind"
    assert window.store is not None
    with qtbot.waitSignal(window.summaryDone, timeout=20_000) as done:
        window.error_banner.action_button.click()
    assert done.args[0] is not None
    assert window.store.messages(done.args[0])[1].content == "A short summary of your message."
