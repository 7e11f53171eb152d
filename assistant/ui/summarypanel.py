"""The panel above the chat that shows a summary being made, with a button to cancel it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from assistant.core.documents.summarize import Progress


def format_duration(seconds: float) -> str:
    """“about 2 min” or “about 40 s”, in the current language."""
    if seconds >= 90:
        return QCoreApplication.translate("SummaryPanel", "about {minutes} min").format(
            minutes=QLocale().toString(round(seconds / 60)))
    return QCoreApplication.translate("SummaryPanel", "about {seconds} s").format(
        seconds=QLocale().toString(max(5, round(seconds / 5) * 5)))


class SummaryPanel(QFrame):
    """What a summary job is doing; hidden when there is none."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the document's name
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancelRequested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._title = ""
        self._progress: Progress | None = None
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the summary"))
        self.bar.setAccessibleName(self.tr("Summary progress"))
        self._show()

    def start(self, title: str) -> None:
        """Show that ``title`` is being read."""
        self._title, self._progress = title, None
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self._show()
        self.show()

    def update_progress(self, progress: Progress | None) -> None:
        """Show how far the summary is."""
        self._progress = progress
        if progress is not None:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(progress.done)
        self._show()

    def cancelling(self) -> None:
        """Show that the job is stopping."""
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling the summary of \u201c{title}\u201d…").format(
            title=self._title))

    def _show(self) -> None:
        progress = self._progress
        if progress is None:
            text = self.tr("Reading \u201c{title}\u201d…").format(title=self._title)
        else:
            if progress.combining:
                text = self.tr("Summarizing \u201c{title}\u201d: combining the parts, step "
                               "{done} of {total}").format(title=self._title,
                                                           done=progress.done,
                                                           total=progress.total)
            else:
                text = self.tr("Summarizing \u201c{title}\u201d: step {done} of {total}").format(
                    title=self._title, done=progress.done, total=progress.total)
            if progress.eta_seconds is not None and progress.done < progress.total:
                text = self.tr("{progress}, {time} left").format(
                    progress=text, time=format_duration(progress.eta_seconds))
        self.label.setText(text)
        self.setAccessibleName(text)
