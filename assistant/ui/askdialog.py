"""The dialog that starts questions about documents: a file, a folder, or one indexed before."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core.documents.loaders import SUFFIXES
from assistant.ui.collectionsdialog import collection_summary

if TYPE_CHECKING:
    from assistant.core.history.collections import Collection

COLLECTION_ID = Qt.ItemDataRole.UserRole + 1


class AskDocumentDialog(QDialog):
    """Asks which file or folder to ask about, or which collection indexed before; Enter starts.

    Choosing a collection in the list puts its file or folder in the path field; a path typed
    or chosen there is indexed (only what changed, when it was indexed before).
    """

    def __init__(self, collections: Sequence[Collection], path: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.path_label = QLabel()
        self.path_edit = QLineEdit(str(path) if path else "")
        self.path_edit.textEdited.connect(self._typed)
        self.path_edit.textChanged.connect(self._update)
        self.path_label.setBuddy(self.path_edit)
        self.file_button = QPushButton()
        self.file_button.clicked.connect(self._choose_file)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self._choose_folder)
        self.list_label = QLabel()
        self.collections = QListWidget()
        self.list_label.setBuddy(self.collections)
        self._sources: dict[int, Path] = {}
        for collection in collections:
            item = QListWidgetItem()
            item.setData(COLLECTION_ID, collection.id)
            self._sources[collection.id] = collection.source
            self.collections.addItem(item)
        self._collections = list(collections)
        self.collections.itemSelectionChanged.connect(self._picked)
        self.collections.itemActivated.connect(self._activated)
        self.list_label.setVisible(bool(collections))
        self.collections.setVisible(bool(collections))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_if_chosen)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.file_button)
        row.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.path_label)
        layout.addLayout(row)
        layout.addWidget(self.list_label)
        layout.addWidget(self.collections, 1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.path_edit, self.file_button)
        self.setTabOrder(self.file_button, self.folder_button)
        self.setTabOrder(self.folder_button, self.collections)
        self.resize(560, 360 if collections else 200)
        self.retranslate()
        self.path_edit.setFocus()
        self._update()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Ask about a document"))
        self.intro.setText(self.tr(
            "Pequeno indexes the document, or every document in a folder, on this computer "
            "and answers your questions from the passages that match them, citing the page or "
            "section. Text, Markdown, PDF, Word and web page files work."))
        self.path_label.setText(self.tr("&Document or folder:"))
        self.path_edit.setAccessibleName(self.tr("Document or folder"))
        self.path_edit.setPlaceholderText(self.tr("The file or folder to ask about"))
        self.file_button.setText(self.tr("Choose a &file…"))
        self.file_button.setAccessibleName(self.tr("Choose a document"))
        self.folder_button.setText(self.tr("Choose a f&older…"))
        self.folder_button.setAccessibleName(self.tr("Choose a folder"))
        self.list_label.setText(self.tr("Or &one indexed before:"))
        self.collections.setAccessibleName(self.tr("Documents indexed before"))
        for row, collection in enumerate(self._collections):
            item = self.collections.item(row)
            item.setText(collection_summary(collection))
            item.setToolTip(str(collection.source))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Ask questions"))

    def _picked(self) -> None:
        item = self._selected()
        if item is not None:
            self.path_edit.setText(str(self._sources[int(item.data(COLLECTION_ID))]))

    def _activated(self, item: QListWidgetItem) -> None:
        # Enter (or a double click) on a collection asks about it, selected or not.
        item.setSelected(True)
        self._accept_if_chosen()

    def _selected(self) -> QListWidgetItem | None:
        selected = self.collections.selectedItems()
        return selected[0] if selected else None

    def _typed(self) -> None:
        # A path of the user's own: no longer the collection picked in the list.
        self.collections.clearSelection()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.chosen() is not None)

    def _accept_if_chosen(self) -> None:
        if self.chosen() is not None:
            self.accept()

    def _choose_file(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in SUFFIXES)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a document"), self.path_edit.text() or str(Path.home()),
            self.tr("Documents ({patterns})").format(patterns=patterns))
        if name:
            self._typed()
            self.path_edit.setText(name)

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder"), self.path_edit.text() or str(Path.home()))
        if name:
            self._typed()
            self.path_edit.setText(name)

    def chosen(self) -> Path | int | None:
        """The collection picked in the list (its id), else the path typed; ``None``: neither."""
        item = self._selected()
        text = self.path_edit.text().strip()
        if item is not None:
            collection_id = int(item.data(COLLECTION_ID))
            if text == str(self._sources[collection_id]):
                return collection_id
        return Path(text).expanduser() if text else None
