"""The dialog that starts a summary: which file, in what style, in which language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core.documents.loaders import SUFFIXES
from assistant.core.documents.summarize import Style

# Languages offered for the summary besides the document's own: the app's, then others the
# model writes well. Names are each language's own, so they need no translation.
SUMMARY_LANGUAGES = (
    ("en", "English"), ("pt_BR", "Português (Brasil)"), ("zh_CN", "简体中文"), ("ru", "Русский"),
    ("es", "Español"), ("fr", "Français"), ("de", "Deutsch"), ("it", "Italiano"),
    ("ja", "日本語"), ("uk", "Українська"),
)


class SummarizeDialog(QDialog):
    """Asks for a document and how to summarize it; Enter starts."""

    def __init__(self, path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path_edit = QLineEdit(str(path) if path else "")
        self.path_edit.textChanged.connect(self._update)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._browse)
        self.style_box = QComboBox()
        self.language_box = QComboBox()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        # Labels made here: addRow("") would make none, leaving nothing to name the fields
        # and no Alt shortcut to reach them.
        self.field_labels = (QLabel(), QLabel(), QLabel())
        self.form = QFormLayout()
        self.form.addRow(self.field_labels[0], row)
        self.form.addRow(self.field_labels[1], self.style_box)
        self.form.addRow(self.field_labels[2], self.language_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.path_edit, self.browse_button)
        self.setTabOrder(self.browse_button, self.style_box)
        self.setTabOrder(self.style_box, self.language_box)
        self.retranslate()
        self.path_edit.setFocus()
        self._update()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Summarize a document"))
        self.intro.setText(self.tr(
            "Pequeno reads the document on this computer and writes a summary you can ask "
            "follow-up questions about. Text, Markdown, PDF, Word and web page files work."))
        labels = (self.tr("&Document:"), self.tr("&Style:"), self.tr("&Language:"))
        fields = (self.path_edit, self.style_box, self.language_box)
        for label, text, field in zip(self.field_labels, labels, fields, strict=True):
            label.setText(text)
            label.setBuddy(field)
        self.path_edit.setAccessibleName(self.tr("Document"))
        self.path_edit.setPlaceholderText(self.tr("The file to summarize"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose the document"))
        self.style_box.setAccessibleName(self.tr("Style"))
        self.language_box.setAccessibleName(self.tr("Language of the summary"))
        styles = ((Style.BRIEF, self.tr("Brief: one paragraph")),
                  (Style.DETAILED, self.tr("Detailed: several paragraphs")),
                  (Style.POINTS, self.tr("Key points: a list")))
        self._refill(self.style_box, [(str(style), text) for style, text in styles])
        languages: list[tuple[str | None, str]] = [(None, self.tr("The document's language"))]
        self._refill(self.language_box, [*languages, *SUMMARY_LANGUAGES])
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Summarize"))

    @staticmethod
    def _refill(box: QComboBox, entries: list[tuple[str | None, str]]) -> None:
        current = box.currentIndex()
        box.clear()
        for data, text in entries:
            box.addItem(text, data)
        box.setCurrentIndex(max(current, 0))

    def _browse(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in SUFFIXES)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a document"), self.path_edit.text() or str(Path.home()),
            self.tr("Documents ({patterns})").format(patterns=patterns))
        if name:
            self.path_edit.setText(name)

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.path_edit.text().strip()))

    def chosen_path(self) -> Path:
        """The chosen file."""
        return Path(self.path_edit.text().strip()).expanduser()

    def chosen_style(self) -> Style:
        """The chosen style."""
        return Style(self.style_box.currentData())

    def chosen_language(self) -> str | None:
        """The chosen language code, or ``None`` for the document's own."""
        data = self.language_box.currentData()
        return str(data) if data else None
