"""Indexing in the status bar: what is being indexed, how far, and a button to cancel."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget


class IndexingStatus(QWidget):
    """Shown while documents are indexed for questions; hidden otherwise."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes a file's name
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(140)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton()
        self.cancel_button.clicked.connect(self.cancelRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._name = ""
        self._done: tuple[int, int] | None = None
        self._cancelling = False
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel indexing"))
        self.bar.setAccessibleName(self.tr("Indexing progress"))
        self._show()

    def start(self, name: str) -> None:
        """Show that ``name`` is being indexed."""
        self._name, self._done, self._cancelling = name, None, False
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self._show()
        self.show()

    def update_progress(self, done: int, total: int) -> None:
        """Show how far indexing is (``done`` of ``total`` steps)."""
        self._done = (done, total)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        self._show()

    def cancelling(self) -> None:
        """Show that indexing is stopping."""
        self._cancelling = True
        self.cancel_button.setEnabled(False)
        self._show()

    def _show(self) -> None:
        if self._cancelling:
            text = self.tr("Cancelling the indexing of \u201c{name}\u201d…").format(
                name=self._name)
        elif self._done is None or self._done[1] <= 0:
            text = self.tr("Indexing \u201c{name}\u201d…").format(name=self._name)
        else:
            locale = QLocale()
            text = self.tr("Indexing \u201c{name}\u201d: {done} of {total}").format(
                name=self._name, done=locale.toString(self._done[0]),
                total=locale.toString(self._done[1]))
        self.label.setText(text)
        self.setAccessibleName(text)
