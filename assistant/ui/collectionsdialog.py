"""The documents indexed for questions ("collections"): their counts, refresh, remove."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    # The index module brings the document readers: imported when first used, not at start.
    from assistant.core.history.collections import Collection

COLLECTION_ID = Qt.ItemDataRole.UserRole + 1


def collection_summary(collection: Collection) -> str:
    """“report.pdf — 1 file, 120 passages”, in the current language."""
    files = QCoreApplication.translate("CollectionsDialog", "%n file(s)", "", collection.files)
    passages = QCoreApplication.translate("CollectionsDialog", "%n passage(s)", "",
                                          collection.passages)
    return QCoreApplication.translate("CollectionsDialog", "{name} — {files}, {passages}").format(
        name=collection.name, files=files, passages=passages)


def _when(updated: int) -> str:
    """A collection's update time (microseconds since the epoch), in the locale's short form."""
    moment = QDateTime.fromMSecsSinceEpoch(updated // 1000)
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat) if moment.isValid() else ""


class CollectionsDialog(QDialog):
    """Every collection with its files and passages; ask, refresh or remove the selected one.

    The work is the window's (indexing runs on the worker): the dialog asks for it with its
    signals and shows what it is told (:meth:`set_collections`, :meth:`set_status`).
    """

    askRequested = Signal(int)  # collection id
    refreshRequested = Signal(int)
    removeRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setColumnCount(4)
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setStretchLastSection(False)
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.list.itemActivated.connect(lambda *_: self._ask())
        self.intro.setBuddy(self.list)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, self._remove,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it quotes names
        self.status.setWordWrap(True)
        self.ask_button = QPushButton()
        self.ask_button.clicked.connect(self._ask)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self._refresh)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        role = QDialogButtonBox.ButtonRole.ActionRole
        for button in (self.ask_button, self.refresh_button, self.remove_button):
            button.setAutoDefault(False)
            self.buttons.addButton(button, role)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(640, 380)
        self._collections: list[Collection] = []
        self._busy = False
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Collections"))
        self.intro.setText(self.tr(
            "Documents and folders indexed for questions. The index is kept encrypted in the "
            "history; removing it leaves the files themselves untouched."))
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Files"), self.tr("Passages"),
                                   self.tr("Updated")])
        self.list.setAccessibleName(self.tr("Collections"))
        self.list.setAccessibleDescription(self.tr(
            "Enter asks questions about the selected collection; Delete removes it."))
        self.ask_button.setText(self.tr("&Ask questions"))
        self.ask_button.setAccessibleName(self.tr("Ask questions about the collection"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Index the collection's changes"))
        self.remove_button.setText(self.tr("Re&move…"))
        self.remove_button.setAccessibleName(self.tr("Remove the collection"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.status.setAccessibleName(self.tr("Status"))
        self.set_collections(self._collections)

    def set_collections(self, collections: Sequence[Collection]) -> None:
        """Show ``collections``, keeping the selection where it can."""
        selected = self.selected()
        self._collections = list(collections)
        self.list.clear()
        locale = QLocale()
        for collection in collections:
            item = QTreeWidgetItem([collection.name, locale.toString(collection.files),
                                    locale.toString(collection.passages),
                                    _when(collection.updated)])
            item.setData(0, COLLECTION_ID, collection.id)
            item.setToolTip(0, str(collection.source))
            for column in (1, 2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
            if selected is not None and collection.id == selected.id:
                self.list.setCurrentItem(item)
        for column in (1, 2, 3):
            self.list.resizeColumnToContents(column)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        empty = self.tr("Nothing is indexed yet: choose File › Ask about a document… to start.")
        if not collections:
            self.status.setText(empty)
        elif self.status.text() == empty:
            self.status.clear()
        self._update()

    def set_status(self, text: str) -> None:
        """Say what is happening (or what happened) to a collection."""
        self.status.setText(text)

    def set_busy(self, busy: bool) -> None:
        """Whether a collection is being indexed (nothing else can start meanwhile)."""
        self._busy = busy
        self._update()

    def selected(self) -> Collection | None:
        """The selected collection, if any."""
        item = self.list.currentItem()
        if item is None:
            return None
        collection_id = item.data(0, COLLECTION_ID)
        return next((c for c in self._collections if c.id == collection_id), None)

    def _update(self) -> None:
        chosen = self.selected() is not None
        for button in (self.ask_button, self.refresh_button, self.remove_button):
            button.setEnabled(chosen and not self._busy)

    def _ask(self) -> None:
        collection = self.selected()
        if collection is not None and not self._busy:
            self.askRequested.emit(collection.id)

    def _refresh(self) -> None:
        collection = self.selected()
        if collection is not None and not self._busy:
            self.refreshRequested.emit(collection.id)

    def _remove(self) -> None:
        collection = self.selected()
        if collection is None or self._busy:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove the collection"),
            self.tr("Remove \u201c{name}\u201d from the index? Its passages are deleted from "
                    "the history; the files are not touched. Conversations about it can no "
                    "longer look things up in it.").format(name=collection.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.removeRequested.emit(collection.id)
