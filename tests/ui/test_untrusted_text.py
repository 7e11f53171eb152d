"""Text the app did not write (replies, model names, file names) is shown as text, never run.

A reply can be steered by a summarized document; model names come from model files and file
names from anyone. None of them may make the window open a file (a FIFO would hang it; a
``//host/share`` path is an SMB connection on Windows) or act as one of the app's own links.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from assistant.core.documents.summarize import Style
from assistant.core.llm.loading import LoadProgress
from assistant.core.models.info import ModelInfo
from assistant.ui.chatcontroller import Busy
from assistant.ui.chatmodel import ChatItem, ChatRole
from assistant.ui.chatview import ChatView
from assistant.ui.rendering import InertDocument
from assistant.ui.summarypanel import SummaryPanel
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FakeEngine

# A name relative to the working directory: file names cannot hold a slash.
FIFO = "fifo"
HOSTILE = f'<img src="{FIFO}"><b>Evil'


# Run apart from the tests' process: a thread could not run while Qt holds the GIL, blocked.
_WATCHER = """
import errno, os, sys, time
fifo, log = sys.argv[1:]
while True:
    try:
        # Succeeds only while a reader is blocked in open(); it then reads until the close,
        # so the open is logged before the reader can go on.
        writer = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno != errno.ENXIO:  # ENXIO: nobody is reading, as it should be
            raise
    else:
        with open(log, "a") as opened:
            opened.write("opened\\n")
        os.close(writer)
    time.sleep(0.005)
"""


class FifoWatch:
    """A FIFO, and a process that notices (and releases) anyone who opens it to read."""

    def __init__(self, path: Path) -> None:
        os.mkfifo(path)
        self._log = path.with_name("fifo-opened.log")
        self._log.touch()
        self._process = subprocess.Popen([sys.executable, "-c", _WATCHER, str(path),
                                          str(self._log)])

    @property
    def opened(self) -> int:
        """How many times the FIFO was opened to read."""
        return len(self._log.read_text().splitlines())

    def stop(self) -> None:
        """Stop watching."""
        self._process.terminate()
        self._process.wait()


@pytest.fixture
def fifo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FifoWatch]:
    """A watched FIFO named ``FIFO`` in the working directory."""
    monkeypatch.chdir(tmp_path)
    watch = FifoWatch(tmp_path / FIFO)
    yield watch
    watch.stop()


def _shown_text(view: ChatView, item: ChatItem) -> str:
    return view.delegate.document(item, view.palette()).text()


def _click_text(qtbot: QtBot, view: ChatView, row: int, text: str) -> None:
    """Click the middle of the first character of ``text`` in ``row``, as a user would."""
    index = view.model().index(row, 0)
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
    raise AssertionError(f"{text!r} is not shown in row {row}")


def _assert_drawn_as_text(label: QLabel, text: str) -> None:
    """The label is wide enough to show ``text`` character by character."""
    label.setWordWrap(False)
    assert label.sizeHint().width() >= label.fontMetrics().horizontalAdvance(text)


def _red_picture(path: Path) -> Path:
    picture = QImage(64, 64, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    assert picture.save(str(path))
    return path


def test_a_document_we_show_loads_no_image_it_names(qapp: QApplication, fifo: FifoWatch,
                                                    tmp_path: Path) -> None:
    picture = _red_picture(tmp_path / "secret.png")
    document = InertDocument()
    document.setHtml(f'<p>a<img src="{FIFO}">b<img src="{picture}">c'
                     f'<img src="//host/share/x.png"></p>')
    document.setTextWidth(300)
    canvas = QImage(600, 200, QImage.Format.Format_RGB32)
    canvas.setDevicePixelRatio(2)  # Qt also looks for "@2x" files on high-DPI screens
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    document.drawContents(painter)
    painter.end()

    assert fifo.opened == 0, "the document opened a file it names"
    assert document.toPlainText() == "abc"
    assert QColor("red").rgb() not in {canvas.pixel(x, y) for x in range(0, 600, 4)
                                       for y in range(0, 200, 4)}


def test_a_forged_action_link_in_a_reply_does_nothing_when_clicked(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    engine = FakeEngine(reply="Click [FORGED](pequeno:regenerate) please.\n\n"
                              "Or [COPYME](pequeno:copy) or [CODEME](pequeno:copy-code/0).\n\n"
                              "Or <pequeno:regenerate>.")
    window = make_window(engine)
    with qtbot.waitSignal(window.replyDone, timeout=10_000):
        window.send("Summarize the attached document.")
    view, row = window.chat_view, window.chat_model.rowCount() - 1
    activated: list[str] = []
    view.delegate.linkActivated.connect(lambda _, href: activated.append(href))
    QGuiApplication.clipboard().setText("what the user copied")

    for text in ("FORGED", "COPYME", "CODEME", "pequeno:regenerate"):
        _click_text(qtbot, view, row, text)
        assert window.chat.busy is Busy.READY, f"clicking {text} regenerated the reply"
    qtbot.wait(100)

    assert activated == []
    assert len(engine.requests) == 1
    assert QGuiApplication.clipboard().text() == "what the user copied"
    # The app's own link in the same row still works when clicked the same way.
    with qtbot.waitSignal(window.replyDone, timeout=10_000):
        _click_text(qtbot, view, row, "Regenerate")
    assert len(engine.requests) == 2


def test_an_image_in_a_reply_opens_no_file(qtbot: QtBot, make_window: WindowFactory,
                                           fifo: FifoWatch, tmp_path: Path) -> None:
    picture = _red_picture(tmp_path / "secret.png")
    window = make_window(FakeEngine(
        reply=f"![a]({FIFO}) ![b]({picture}) ![c](//host/share/x.png) "
              f"[d]({FIFO}) <img src=\"{FIFO}\">"))

    with qtbot.waitSignal(window.replyDone, timeout=10_000):
        window.send("Summarize the attached document.")
    window.chat_view.viewport().grab()  # lay out and paint the reply
    qtbot.wait(50)

    assert fifo.opened == 0, "the window opened a file named in a reply"
    reply = window.chat_model.last_reply()
    assert reply is not None
    shown = _shown_text(window.chat_view, reply)
    assert "\ufffc" not in shown, "a picture is shown in the reply"
    assert "secret.png" in shown
    assert "//host/share/x.png" in shown


def test_a_model_name_with_markup_is_shown_as_text(qtbot: QtBot, make_window: WindowFactory,
                                                   fifo: FifoWatch) -> None:
    class HostileModel(FakeEngine):
        """A model whose file names it with markup (GGUF ``general.name``)."""

        def load(self, path: Path, *, n_ctx: int | None = None, n_threads: int | None = None,
                 n_gpu_layers: int = 0, progress: LoadProgress | None = None,
             repack: bool = False) -> ModelInfo:
            self._info = dataclasses.replace(super().load(path), name=HOSTILE)
            return self._info

    window = make_window(HostileModel())
    window.model_label.grab()
    qtbot.wait(50)

    assert fifo.opened == 0, "the model's name made the window open a file"
    assert window.model_label.text().startswith(HOSTILE)
    _assert_drawn_as_text(window.model_label, HOSTILE)


def test_a_model_file_name_with_markup_is_shown_as_text(
        qtbot: QtBot, make_window: WindowFactory, fifo: FifoWatch, tmp_path: Path) -> None:
    window = make_window(FakeEngine())
    starter = window.loaded_model.info.path if window.loaded_model else None
    assert starter is not None
    hostile = tmp_path / f"{HOSTILE}.gguf"
    hostile.write_bytes(b"GGUF")
    window.use_model(str(hostile))
    qtbot.waitUntil(lambda: window.loaded_model is not None
                    and window.loaded_model.info.path == hostile, timeout=10_000)
    with qtbot.waitSignal(window.replyDone, timeout=10_000):
        window.send("Hello")
    assert window.conversation is not None
    first = window.conversation.id
    window.use_model(str(starter))
    qtbot.waitUntil(lambda: window.loaded_model is not None
                    and window.loaded_model.info.path == starter, timeout=10_000)
    window.new_conversation()

    window.open_conversation(first)  # offers the model it was held with, by file name
    window.hint.label.grab()
    qtbot.wait(50)

    assert fifo.opened == 0, "a file name made the window open a file"
    assert HOSTILE in window.hint.label.text()
    _assert_drawn_as_text(window.hint.label, HOSTILE)


def test_an_error_quoting_a_file_name_is_shown_as_text(
        qtbot: QtBot, make_window: WindowFactory, fifo: FifoWatch, tmp_path: Path) -> None:
    window = make_window(FakeEngine())
    broken = tmp_path / f"{HOSTILE}.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not really a pdf")

    with qtbot.waitSignal(window.summaryDone, timeout=10_000):
        window.start_summary(broken, Style.BRIEF, None)  # the panel shows the name meanwhile
    window.error_banner.label.grab()
    qtbot.wait(50)

    assert fifo.opened == 0, "a file name made the window open a file"
    assert HOSTILE in window.error_banner.label.text()
    _assert_drawn_as_text(window.error_banner.label, HOSTILE)


def test_the_summary_panel_shows_a_file_name_with_markup_as_text(qtbot: QtBot,
                                                                 fifo: FifoWatch) -> None:
    panel = SummaryPanel()
    qtbot.addWidget(panel)

    panel.start(f"{HOSTILE}.pdf")
    panel.label.grab()
    qtbot.wait(50)

    assert fifo.opened == 0, "a file name made the window open a file"
    _assert_drawn_as_text(panel.label, HOSTILE)
