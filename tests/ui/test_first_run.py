"""The first-run choice: offered once on a new install, never to an existing user.

``is_first_start`` is asked before the history or the settings exist, as the app's entry point
asks it; ``offer_first_run`` is what the entry point runs once the window shows. The download
comes from a loopback HTTPS server serving the tiny phi3 model under the catalog's name.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from assistant.core.models import catalog
from assistant.core.paths import AppPaths
from assistant.core.settings import Settings, load_settings, save_settings
from assistant.ui.firstrun import (
    RECOMMENDED,
    FirstRunChoice,
    FirstRunDialog,
    example_minutes,
    is_first_start,
    offer_first_run,
)
from assistant.ui.modelsdialog import ModelsDialog
from tests.modelserver import LoopbackTLS, Served, pinned_to, serve_model, use_catalog
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FakeEngine
from tests.ui.modal import answer


@pytest.fixture
def server(phi3_4k: Path, trusted: LoopbackTLS,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, Served]]:
    """The recommended model, pinned to the tiny phi3, served slowly on 127.0.0.1."""
    use_catalog(monkeypatch, pinned_to(catalog.find(RECOMMENDED), phi3_4k))
    with serve_model(catalog.find(RECOMMENDED), phi3_4k, tls=trusted, chunk=256 << 10,
                     delay=0.04) as served:
        yield served


def test_the_offer_names_the_size_and_an_example_time_not_a_measured_one(
        qtbot: QtBot) -> None:
    entry = catalog.find(RECOMMENDED)
    dialog = FirstRunDialog(entry)
    qtbot.addWidget(dialog)

    assert example_minutes(entry.size_bytes) == 4  # 2.4 GB at 10 MB/s: 239 s
    assert "2.4\u00a0GB download" in dialog.model_label.text(), "never wrapped inside"
    # An example at a speed it names, not a measurement (English plurals come from the
    # English catalogue, which tests do not load: "minute(s)" here).
    assert "For example, at 10 MB/s it takes about 4 minute" in dialog.time_label.text()
    assert "quick, but often wrong" in dialog.intro_label.text()
    assert dialog.stay_button.isDefault(), "Enter keeps the starter model"
    assert dialog.stay_button.accessibleName() == "Keep the starter model"
    assert dialog.download_button.accessibleName() == f"Download {entry.name}"


def test_shown_once_and_staying_is_remembered(
        qtbot: QtBot, app_paths: AppPaths, make_window: WindowFactory) -> None:
    assert is_first_start(app_paths, load_settings(app_paths.settings_file))
    window = make_window(engine=FakeEngine())
    shown: list[str] = []

    def stay(dialog: FirstRunDialog) -> None:
        shown.append(dialog.windowTitle())
        qtbot.keyClick(dialog.stay_button, Qt.Key.Key_Space)

    asked = answer(FirstRunDialog, stay)
    choice = offer_first_run(window)
    asked.check()

    assert shown == ["Welcome to Pequeno"]
    assert choice is FirstRunChoice.STARTER
    assert load_settings(app_paths.settings_file).first_run_offered
    assert not is_first_start(app_paths, load_settings(app_paths.settings_file)), \
        "never offered again"
    assert window.settings.model_path is None, "the starter model stays"


def test_choosing_the_download_opens_the_models_dialog_with_it_started(
        qtbot: QtBot, app_paths: AppPaths, make_window: WindowFactory,
        server: tuple[str, Served]) -> None:
    endpoint, served = server
    assert is_first_start(app_paths, Settings())
    window = make_window(engine=FakeEngine(), settings=Settings(download_endpoint=endpoint))
    started: list[str | None] = []

    def download(dialog: FirstRunDialog) -> None:
        qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)

    def watch(dialog: ModelsDialog) -> None:
        started.append(dialog.downloading)
        card = dialog.card(RECOMMENDED)
        assert card is not None
        assert card.progress.isVisible(), "the card shows the download"
        qtbot.waitUntil(lambda: bool(served.ranges), timeout=10_000)
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    asked = answer(FirstRunDialog, download)
    models = answer(ModelsDialog, watch)
    choice = offer_first_run(window)
    asked.check()
    models.check()

    assert choice is FirstRunChoice.DOWNLOAD
    assert started == [RECOMMENDED]
    assert served.ranges == [0], "the download reached the server once the user agreed"
    assert load_settings(app_paths.settings_file).first_run_offered


def test_not_offered_to_an_existing_user(tmp_path: Path) -> None:
    with_settings = AppPaths.under(tmp_path / "a").ensure()
    save_settings(Settings(temperature=0.3), with_settings.settings_file)
    with_history = AppPaths.under(tmp_path / "b").ensure()
    (with_history.data / "history.db").write_bytes(b"x")
    fresh = AppPaths.under(tmp_path / "c").ensure()

    assert not is_first_start(with_settings, load_settings(with_settings.settings_file))
    assert not is_first_start(with_history, Settings())
    assert not is_first_start(fresh, Settings(model_path="/models/mine.gguf"))
    assert not is_first_start(fresh, Settings(first_run_offered=True))
    assert is_first_start(fresh, Settings())


def test_a_window_built_outside_the_app_entry_point_never_offers_it(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(engine=FakeEngine())
    qtbot.wait(100)

    assert not any(isinstance(w, FirstRunDialog) for w in QApplication.topLevelWidgets())
    assert QApplication.activeModalWidget() is None
    assert not window.settings.first_run_offered
