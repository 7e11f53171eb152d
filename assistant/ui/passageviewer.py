"""The passage a reply cites, shown as it is in the document: its file, its page, its text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core.conversation.documents import Citation

if TYPE_CHECKING:
    from assistant.core.history.collections import PassageHit


def _plain_label() -> QLabel:
    label = QLabel()
    # File names and passage text come from documents: never rich text.
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


class PassageViewer(QDialog):
    """One cited passage, as plain text, with where it is; Esc closes.

    One viewer serves a window: following another citation shows that passage in it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _plain_label()
        self.file_label = _plain_label()
        self.place_label = _plain_label()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.file_caption = QLabel()
        self.place_caption = QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.file_caption, self.file_label)
        self.form.addRow(self.place_caption, self.place_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self._citation: Citation | None = None
        self._passage: PassageHit | None = None
        self._problem: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.file_caption.setText(self.tr("File:"))
        self.place_caption.setText(self.tr("Where:"))
        self.file_label.setAccessibleName(self.tr("Source file"))
        self.place_label.setAccessibleName(self.tr("Place in the file"))
        self.text.setAccessibleName(self.tr("Passage text"))
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the passage"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        if self._citation is not None:
            self._fill()

    def show_passage(self, citation: Citation, passage: PassageHit | None,
                     problem: str | None = None) -> None:
        """Show the passage ``citation`` names (``passage``: as read now from the index).

        Without ``passage`` (the collection was removed since), ``problem`` says why, and the
        place the reply recorded is still shown.
        """
        self._citation, self._passage, self._problem = citation, passage, problem
        self._fill()
        if self.isVisible():
            self.raise_()
        else:
            self.show()
        self.activateWindow()
        self.text.setFocus()

    def _fill(self) -> None:
        citation, passage = self._citation, self._passage
        assert citation is not None
        file = passage.file if passage is not None else citation.file
        label = passage.label if passage is not None else citation.label
        place = label
        if passage is not None and passage.section and passage.section not in label:
            place = self.tr("{label} ({section})").format(label=label, section=passage.section)
        heading = self.tr("Source [{number}]: {place}").format(number=citation.number,
                                                                place=label)
        self.setWindowTitle(self.tr("Source [{number}] — {file}").format(
            number=citation.number, file=file.name))
        self.heading.setText(heading)
        self.heading.setAccessibleName(heading)
        self.file_label.setText(str(file))
        self.place_label.setText(place)
        self.text.setPlainText(passage.text if passage is not None else self._problem or "")
        self.copy_button.setEnabled(passage is not None)

    def passage_text(self) -> str:
        """The text shown."""
        return self.text.toPlainText()

    def copy(self) -> None:
        """Copy the passage's text to the clipboard."""
        if self._passage is not None:
            QGuiApplication.clipboard().setText(self._passage.text)
