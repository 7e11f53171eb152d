"""The first-run choice: stay on the starter model, or download Phi-3-mini.

Offered once, on the very first start (no settings file, no history, never offered before),
from the app's entry point only: a window built anywhere else (tests, tools) never shows it.
Nothing is measured over the network before the user agrees, so the time a download takes
is given as an example at a fixed speed, labelled as one.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core.history.store import DATABASE_FILE
from assistant.core.i18n import format_number
from assistant.core.models import catalog, memory
from assistant.core.models.catalog import CatalogEntry
from assistant.core.models.downloads import format_size
from assistant.core.paths import AppPaths
from assistant.core.settings import Settings

if TYPE_CHECKING:
    from assistant.ui.mainwindow import MainWindow

RECOMMENDED = "phi-3-mini-4k-instruct-q4"  # the catalog model the first run offers
EXAMPLE_SPEED = 10_000_000  # bytes a second: an example speed for the estimate, not measured


class FirstRunChoice(StrEnum):
    """What the user chose on the first run."""

    STARTER = "starter"
    DOWNLOAD = "download"


def is_first_start(paths: AppPaths, settings: Settings) -> bool:
    """Whether this is Pequeno's very first start for this user.

    Call it before anything is written: no settings file and no history yet, no model
    chosen, and the choice never offered. An existing user (who has either) never sees it.
    """
    if settings.first_run_offered or settings.model_path:
        return False
    return not paths.settings_file.exists() and not (paths.data / DATABASE_FILE).exists()


def example_minutes(size: int, speed: int = EXAMPLE_SPEED) -> int:
    """Whole minutes (at least one) to download ``size`` bytes at ``speed`` bytes a second."""
    return max(1, round(size / speed / 60))


class FirstRunDialog(QDialog):
    """Asks once: keep the quick starter model, or download Phi-3-mini now."""

    def __init__(self, entry: CatalogEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.choice = FirstRunChoice.STARTER  # closing the dialog keeps the starter model
        self.intro_label = self._label()
        self.model_label = self._label()
        self.time_label = self._label()
        self.later_label = self._label()
        self.stay_button = QPushButton()
        self.download_button = QPushButton()
        self.stay_button.setDefault(True)  # Enter never starts a large download by surprise
        self.stay_button.clicked.connect(self.stay)
        self.download_button.clicked.connect(self.download)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.stay_button)
        buttons.addWidget(self.download_button)
        layout = QVBoxLayout(self)
        for label in (self.intro_label, self.model_label, self.time_label, self.later_label):
            layout.addWidget(label)
        layout.addLayout(buttons)
        self.setModal(True)
        self.retranslate()
        self.stay_button.setFocus()

    def _label(self) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        entry = self.entry
        self.setWindowTitle(self.tr("Welcome to Pequeno"))
        self.intro_label.setText(self.tr(
            "Pequeno runs on this computer, offline. It has started with a small starter "
            "model: quick, but often wrong."))
        context = memory.context_on_this_machine(entry.model_info())
        fit = self.tr("it fits this computer, with up to {n} tokens of context").format(
            n=format_number(context)) if context else self.tr(
            "it needs more memory than this computer can give it, so it may not run here")
        self.model_label.setText(self.tr(
            "{name} gives much better answers. It is a {size} download; {fit}.").format(
                name=entry.name, size=format_size(entry.size_bytes).replace(" ", "\u00a0"),
                fit=fit))  # a size never breaks between number and unit
        self.time_label.setText(self.tr(
            "How long it takes depends on your connection. For example, at 10 MB/s it takes "
            "about %n minute(s).", "", example_minutes(entry.size_bytes)))
        self.later_label.setText(self.tr(
            "Nothing is downloaded unless you choose it. You can change models at any time "
            "in File › Models… (Ctrl+M)."))
        for button, text, name in (
                (self.stay_button, self.tr("&Keep the starter model"),
                 self.tr("Keep the starter model")),
                (self.download_button, self.tr("&Download {name}").format(name=entry.name),
                 self.tr("Download {name}").format(name=entry.name))):
            button.setText(text)
            button.setAccessibleName(name)
        for label in (self.intro_label, self.model_label, self.time_label, self.later_label):
            label.setAccessibleName(label.text())

    def stay(self) -> None:
        """Keep the starter model."""
        self.choice = FirstRunChoice.STARTER
        self.accept()

    def download(self) -> None:
        """Download the recommended model."""
        self.choice = FirstRunChoice.DOWNLOAD
        self.accept()


def offer_first_run(window: MainWindow) -> FirstRunChoice:
    """Ask the first-run question over ``window``, remember it was asked, and act on it.

    The answer is remembered before anything else happens, so it is never asked again, even
    if the download is cancelled or the app is closed. Choosing the download opens the models
    dialog with it started.
    """
    window.settings = window.settings.replace(first_run_offered=True)
    window.save_settings()
    dialog = FirstRunDialog(catalog.find(RECOMMENDED), window)
    try:
        dialog.exec()
        choice = dialog.choice
    finally:
        dialog.deleteLater()
    if choice is FirstRunChoice.DOWNLOAD:
        window.models.open_dialog_downloading(RECOMMENDED)
    return choice
