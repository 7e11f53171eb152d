"""The models dialog on a local server: download, pause, resume, cancel, resume later, use.

The catalog's Phi-3 entry is pinned to the tiny test model, and the local server speaks HTTPS
with a certificate the test trusts through ``SSL_CERT_FILE``.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from assistant.core.i18n import format_number
from assistant.core.models import catalog, memory
from assistant.core.models.store import ModelStore
from assistant.core.settings import Settings
from assistant.ui.modelcard import ModelCard
from assistant.ui.modelsdialog import ModelsDialog
from tests.modelserver import (
    LoopbackTLS,
    Served,
    pinned_to,
    serve_model,
    use_catalog,
)
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FakeEngine

MODEL = "phi-3-mini-4k-instruct-q4"
LONG_MODEL = "phi-3-mini-128k-instruct-q4_k_m"


@pytest.fixture
def pinned(phi3_4k: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The catalog's Phi-3 entry pinned to the tiny test model's size and SHA-256."""
    use_catalog(monkeypatch, pinned_to(catalog.find(MODEL), phi3_4k))


@pytest.fixture
def slow_server(phi3_4k: Path, trusted: LoopbackTLS,
                pinned: None) -> Iterator[tuple[str, Served]]:
    # ~15 MB in 256 KiB pieces 40 ms apart: a download of a few seconds.
    with serve_model(catalog.find(MODEL), phi3_4k, tls=trusted, chunk=256 << 10,
                     delay=0.04) as server:
        yield server


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path,
           slow_server: tuple[str, Served]) -> Iterator[ModelsDialog]:
    store = ModelStore(tmp_path / "models")
    opened = ModelsDialog(store, Settings(download_endpoint=slow_server[0]))
    qtbot.addWidget(opened)
    opened.show()
    yield opened
    opened.close()


def _card(dialog: ModelsDialog, model_id: str = MODEL) -> ModelCard:
    card = dialog.card(model_id)
    assert card is not None, f"no card for {model_id}"
    return card


def _part(dialog: ModelsDialog) -> Path:
    entry = catalog.find(MODEL)
    return dialog.store.path_for(entry).with_name(entry.file + ".part")


def test_download_pause_resume_then_use(qtbot: QtBot, dialog: ModelsDialog,
                                        phi3_4k: Path) -> None:
    card = _card(dialog)
    qtbot.mouseClick(card.download_button, qtbot_left())
    qtbot.waitUntil(lambda: _part(dialog).exists() and _part(dialog).stat().st_size > 0,
                    timeout=10_000)

    qtbot.mouseClick(card.pause_button, qtbot_left())
    qtbot.waitUntil(lambda: dialog.worker.current is not None
                    and dialog.worker.current.state == "paused", timeout=5_000)
    size = _part(dialog).stat().st_size
    qtbot.wait(400)
    assert _part(dialog).stat().st_size == size, "nothing arrives while paused"
    assert card.pause_button.text().replace("&", "") == "Resume"

    with qtbot.waitSignal(dialog.downloadEnded, timeout=30_000):
        qtbot.mouseClick(card.pause_button, qtbot_left())
    assert dialog.downloading is None

    installed = dialog.store.find(MODEL)
    assert installed.path.read_bytes() == phi3_4k.read_bytes()
    assert not _part(dialog).exists()
    assert "verified" in dialog.status.text()
    chosen: list[str] = []
    dialog.modelChosen.connect(lambda path: chosen.append(path))
    qtbot.mouseClick(card.use_button, qtbot_left())
    assert chosen == [str(installed.path)]


def test_cancel_deletes_the_partial_download(qtbot: QtBot, dialog: ModelsDialog) -> None:
    dialog.select(MODEL)
    dialog.download_selected()
    qtbot.waitUntil(lambda: _part(dialog).exists(), timeout=10_000)

    with qtbot.waitSignal(dialog.downloadEnded, timeout=10_000):
        qtbot.mouseClick(_card(dialog).cancel_button, qtbot_left())
    assert dialog.downloading is None

    assert not _part(dialog).exists()
    assert dialog.store.installed() == []


def test_closing_keeps_the_partial_file_and_the_next_download_resumes_it(
        qtbot: QtBot, tmp_path: Path, slow_server: tuple[str, Served], phi3_4k: Path) -> None:
    endpoint, served = slow_server
    store = ModelStore(tmp_path / "models")
    first = ModelsDialog(store, Settings(download_endpoint=endpoint))
    qtbot.addWidget(first)
    first.select(MODEL)
    first.download_selected()
    qtbot.waitUntil(lambda: _part(first).exists() and _part(first).stat().st_size > 1 << 20,
                    timeout=10_000)
    first.close()
    kept = _part(first).stat().st_size
    assert kept > 0

    second = ModelsDialog(store, Settings(download_endpoint=endpoint))
    qtbot.addWidget(second)
    assert second.model_ids()[0] == MODEL
    assert "partly downloaded" in _card(second).state_label.text()
    second.select(MODEL)
    with qtbot.waitSignal(second.downloadEnded, timeout=30_000):
        second.download_selected()
    second.close()

    assert served.ranges[-1] == kept, "the second download asked only for the rest"
    assert store.find(MODEL).path.read_bytes() == phi3_4k.read_bytes()


OpenDialog = Callable[[str], ModelsDialog]


@pytest.fixture
def open_dialog(qtbot: QtBot, tmp_path: Path) -> Iterator[OpenDialog]:
    """Open dialogs on one models folder, with a download endpoint; closed (joined) after."""
    opened: list[ModelsDialog] = []

    def open_one(endpoint: str) -> ModelsDialog:
        dialog = ModelsDialog(ModelStore(tmp_path / "models"),
                              Settings(download_endpoint=endpoint))
        qtbot.addWidget(dialog)
        opened.append(dialog)
        return dialog

    yield open_one
    for dialog in opened:
        dialog.close()  # stops and joins its download thread


def test_a_plain_http_endpoint_is_refused_with_a_clear_message(
        qtbot: QtBot, open_dialog: OpenDialog, phi3_4k: Path, pinned: None) -> None:
    with serve_model(catalog.find(MODEL), phi3_4k, tls=None) as (endpoint, served):
        opened = open_dialog(endpoint)
        opened.select(MODEL)

        opened.download_selected()
        qtbot.wait(300)

    assert opened.downloading is None
    assert "only over HTTPS" in opened.status.text()
    assert served.ranges == [], "nothing was requested"
    assert _card(opened).download_button.isEnabled()
    assert opened.store.installed() == []


def test_a_model_the_server_gives_no_hash_for_is_refused_not_called_verified(
        qtbot: QtBot, open_dialog: OpenDialog, phi3_128k: Path, trusted: LoopbackTLS,
        monkeypatch: pytest.MonkeyPatch) -> None:
    entry = dataclasses.replace(catalog.find(LONG_MODEL), sha256=None, size_exact=True,
                                size_bytes=phi3_128k.stat().st_size)
    use_catalog(monkeypatch, entry)
    with serve_model(entry, phi3_128k, tls=trusted, publish_hash=False) as (endpoint, _):
        opened = open_dialog(endpoint)
        opened.select(LONG_MODEL)

        with qtbot.waitSignal(opened.downloadEnded, timeout=30_000):
            opened.download_selected()

    assert "cannot be verified" in opened.status.text()
    assert "verified." not in opened.status.text()
    assert opened.store.installed() == []


def test_names_from_files_are_shown_as_plain_text(
        open_dialog: OpenDialog, tmp_path: Path, phi3_4k: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    hostile = tmp_path / "<h1>big<img src=x>.gguf"
    shutil.copyfile(phi3_4k, hostile)
    opened = open_dialog("https://huggingface.co")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(hostile), ""))
    asked: list[tuple[Qt.TextFormat, str]] = []

    def refuse(box: QMessageBox) -> int:
        asked.append((box.textFormat(), box.text()))
        return QMessageBox.StandardButton.No

    def refuse_static(parent: QWidget, title: str, text: str, *args: object) -> int:
        asked.append((Qt.TextFormat.AutoText, text))  # a static box guesses the format
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "question", refuse_static)

    opened.import_file()
    shown = opened.status

    assert "<h1>big<img src=x>" in shown.text()
    assert shown.textFormat() == Qt.TextFormat.PlainText
    opened.select("<h1>big<img src=x>")
    opened.remove_selected()
    assert asked == [(Qt.TextFormat.PlainText,
                      "Delete <h1>big<img src=x>.gguf from this computer?")]
    assert [model.id for model in opened.store.installed()] == ["<h1>big<img src=x>"]


def test_cards_show_name_description_size_licence_and_fit(
        open_dialog: OpenDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "usable_bytes", lambda total=None: 64 << 30)
    opened = open_dialog("https://huggingface.co")
    entry = catalog.find(MODEL)

    assert opened.model_ids() == [e.id for e in catalog.entries()], "one card a model"
    card = _card(opened)
    assert card.name_label.text() == entry.name
    assert card.description_label.text() == entry.description
    assert card.details_label.text() == "2.4 GB · licence: MIT"
    four_k = format_number(4096)  # as the locale writes it
    assert card.fit_label.text() == f"fits: up to {four_k} tokens of context"
    assert card.state_label.text() == "not installed"
    assert _card(opened, LONG_MODEL).details_label.text() == "about 2.4 GB · licence: MIT"
    assert card.download_button.isVisibleTo(opened)
    assert card.download_button.isEnabled()
    assert not card.use_button.isVisibleTo(opened), "nothing to use before the download"
    assert card.download_button.accessibleName() == f"Download {entry.name}"
    assert card.accessibleName() == entry.name
    assert f"fits: up to {four_k} tokens" in card.accessibleDescription()
    for widget in (card.name_label, card.description_label, card.details_label,
                   card.fit_label, card.state_label):
        assert widget.textFormat() == Qt.TextFormat.PlainText


def test_a_card_says_why_a_model_does_not_fit(
        open_dialog: OpenDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "usable_bytes", lambda total=None: 2 << 30)

    card = _card(open_dialog("https://huggingface.co"))

    assert card.fit_label.text().startswith("too large for this computer's memory: it needs "
                                            "at least 2.")
    assert card.fit_label.text().endswith("this computer can give a model 2.1 GB")


def test_a_download_shows_its_speed_and_time_left_on_its_card(
        qtbot: QtBot, dialog: ModelsDialog) -> None:
    card = _card(dialog)
    qtbot.mouseClick(card.download_button, qtbot_left())
    assert card.progress.isVisible()
    assert card.pause_button.isVisible()
    assert card.cancel_button.isVisible()
    assert not card.download_button.isVisible()

    qtbot.waitUntil(lambda: card.progress.maximum() == 1000 and card.progress.value() > 0
                    and bool(card.time_left_label.text()), timeout=10_000)
    speed = card.speed_label.text()
    assert re.fullmatch(r"[\d.,]+ [kM]?B of [\d.,]+ MB at [\d.,]+ [kM]?B/s", speed), speed
    assert card.time_left_label.isVisible()
    assert card.time_left_label.text() == "less than a minute left", "a few seconds here"
    assert card.speed_label.accessibleName() == "Download speed"
    assert card.time_left_label.accessibleName() == "Time left"

    with qtbot.waitSignal(dialog.downloadEnded, timeout=10_000):
        qtbot.mouseClick(card.cancel_button, qtbot_left())
    assert not card.progress.isVisible()
    assert not card.time_left_label.isVisible()
    assert card.download_button.isVisible()


def test_time_left_is_said_in_words(open_dialog: OpenDialog) -> None:
    opened = open_dialog("https://huggingface.co")

    assert opened.time_left(20) == "less than a minute left"
    assert opened.time_left(4 * 60 + 10).startswith("about 4 minute")
    assert opened.time_left(3 * 3600).startswith("about 3 hour")


def test_the_window_loads_the_model_chosen_in_the_dialog(
        qtbot: QtBot, make_window: WindowFactory, phi3_128k: Path) -> None:
    window = make_window()
    window.use_model(str(phi3_128k))

    qtbot.waitUntil(lambda: window.loaded_model is not None
                    and window.loaded_model.info.path == phi3_128k, timeout=60_000)
    assert window.settings.model_path == str(phi3_128k)
    assert "128K" in window.model_label.toolTip()


def qtbot_left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_the_model_in_use_says_so_and_offers_no_use_button(
        qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(engine=FakeEngine())  # the starter model, loaded by default
    seen: dict[str, tuple[str, bool]] = {}

    def exec_(dialog: ModelsDialog) -> int:
        for model_id in dialog.model_ids():
            card = _card(dialog, model_id)
            seen[model_id] = (card.state_label.text(), card.use_button.isHidden())
        dialog.reject()  # closes as a user would (its download thread ends)
        return dialog.result()

    monkeypatch.setattr(ModelsDialog, "exec", exec_)
    window.models.open_dialog()

    assert seen["smollm2-135m-instruct-q4_1"] == ("in use", True)
    assert [state for state, _ in seen.values()].count("in use") == 1
