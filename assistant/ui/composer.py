"""Where the user writes: Enter sends, Shift+Enter starts a new line, Esc stops."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class Composer(QPlainTextEdit):
    """A message editor that sends on Enter."""

    submitted = Signal(str)
    stopRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        lines = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(3 * lines)
        self.setMaximumHeight(6 * lines)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.setPlaceholderText(self.tr("Message Pequeno (Enter sends, Shift+Enter: new line)"))
        self.setAccessibleName(self.tr("Message"))
        self.setAccessibleDescription(self.tr(
            "Type a message. Enter sends it, Shift+Enter starts a new line, Escape stops a "
            "reply."))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # A dropped file is for the window (it offers to summarize it), not text to insert.
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.ignore()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.ignore()
            return
        super().dragMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            text = self.toPlainText().strip()
            if text and self.isEnabled():
                self.submitted.emit(text)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.stopRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
