"""Questions about documents from the window: index on the worker, then ask in a conversation.

"Ask about a document…" (and a dropped file or folder, and a summary's "Ask questions" link)
indexes the file or folder on the worker, which is the only thread writing the history there,
with progress in the status bar and a cancel button; then a new conversation is attached to the
collection (:func:`assistant.core.conversation.documents.attach`) and opened, the composer
focused. The conversation service answers its questions from the collection's passages, and
the replies' ``[n]`` link to the passages they cite (:class:`PassageViewer`). The Collections
dialog lists what is indexed, and refreshes or removes it.

The window's own history connection only reads the index here (names, counts, a passage to
show); indexing and removing happen on the worker's.
"""

from __future__ import annotations

import itertools
import threading
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox

from assistant.core.conversation.documents import Citation, attach, attached
from assistant.core.documents.loaders import SUFFIXES
from assistant.core.errors import PequenoError
from assistant.core.history.store import Conversation
from assistant.ui.askdialog import AskDocumentDialog
from assistant.ui.banner import Banner
from assistant.ui.chatcontroller import Busy
from assistant.ui.chatmodel import ChatItem
from assistant.ui.citations import find
from assistant.ui.collectionsdialog import CollectionsDialog
from assistant.ui.indexingstatus import IndexingStatus
from assistant.ui.passageviewer import PassageViewer
from assistant.ui.worker import IndexRequest

if TYPE_CHECKING:
    from assistant.core.history.collections import Collection, DocumentIndex, IndexReport
    from assistant.ui.mainwindow import MainWindow

SKIPPED_SHOWN = 3  # skipped files named in the notice; the rest are counted


def dropped_path(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local document of a kind Pequeno reads, or folder, being dropped, if so."""
    urls = event.mimeData().urls() if event.mimeData() is not None else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    if path.suffix.lower() in SUFFIXES:
        return path
    return path if path.is_dir() else None


class Then(Enum):
    """What follows an indexing job."""

    ASK = "ask"  # open a conversation about the collection
    REFRESH = "refresh"  # show the Collections dialog's new counts


class DocumentQuestions(QObject):
    """At most one indexing job at a time; conversations about collections; the viewers."""

    indexRequested = Signal(object)  # IndexRequest, to the worker
    removeRequested = Signal(int, int)  # job id, collection id, to the worker
    indexDone = Signal(object)  # IndexReport, or None (failed or cancelled)
    opened = Signal(int)  # a conversation about a collection was created and opened
    errorOccurred = Signal(str)

    def __init__(self, window: MainWindow, status: IndexingStatus, banner: Banner) -> None:
        super().__init__(window)
        self._window = window
        self._status = status
        self._banner = banner
        self._jobs = itertools.count(1)
        self._job: tuple[IndexRequest, Then, str] | None = None
        self._removing: int | None = None
        self._index: DocumentIndex | None = None
        self.viewer: PassageViewer | None = None
        self.collections_dialog: CollectionsDialog | None = None
        status.cancelRequested.connect(self.cancel)

    # -- state ------------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        """Whether documents are being indexed (or a collection removed)."""
        return self._job is not None or self._removing is not None

    def can_start(self) -> bool:
        """Whether indexing can start now: nothing else runs on the worker (no model needed)."""
        return not self.active and self._window.store is not None \
            and self._window.chat.busy in (Busy.READY, Busy.NO_MODEL)

    def _documents(self) -> DocumentIndex | None:
        """The index, read over the window's history connection."""
        store = self._window.store
        if store is None:
            self._index = None
        elif self._index is None:
            # Imported on first use: it brings the stemmers, which a plain chat never needs.
            from assistant.core.history.collections import DocumentIndex

            self._index = DocumentIndex(store)
        return self._index

    def collections(self) -> list[Collection]:
        """Every collection (none when the history cannot be read; the error is shown)."""
        index = self._documents()
        if index is None:
            return []
        try:
            return index.collections()
        except PequenoError as exc:
            self.errorOccurred.emit(exc.message)
            return []

    # -- asking -----------------------------------------------------------------------------

    def choose(self, path: Path | None = None) -> None:
        """Ask which file, folder or collection to ask about, then start."""
        if not self.can_start():
            return
        dialog = AskDocumentDialog(self.collections(), path, self._window)
        try:
            if dialog.exec() == AskDocumentDialog.DialogCode.Accepted:
                chosen = dialog.chosen()
                if chosen is not None:
                    self.ask_about(chosen)
        finally:
            dialog.deleteLater()

    def ask_about(self, target: Path | int) -> bool:
        """Ask about a file or folder (indexed first) or a collection (its id); whether begun."""
        if isinstance(target, int):
            return self.open_collection(target)
        return self._start(Then.ASK, path=target)

    def open_collection(self, collection_id: int) -> bool:
        """Open a new conversation whose questions are answered from the collection."""
        index = self._documents()
        if index is None or not self.can_start():
            return False
        try:
            collection = index.get(collection_id)
        except PequenoError as exc:
            self.errorOccurred.emit(exc.message)
            return False
        return self._open(collection)

    def _open(self, collection: Collection) -> bool:
        window = self._window
        chat = window.chat
        if collection.passages == 0:
            self.errorOccurred.emit(self.tr(
                "There is nothing to ask about in \u201c{name}\u201d: no text could be read "
                "from it.").format(name=collection.name))
            return False
        store = chat.store
        if store is None or not chat.new():
            return False
        try:
            conversation = chat.create(
                chat.default_system_prompt(),
                title=self.tr("Questions about \u201c{name}\u201d").format(name=collection.name))
            attach(store, conversation.id, collection.id)
        except PequenoError as exc:
            self.errorOccurred.emit(exc.message)
            return False
        window.chat_view.delegate.forget()
        chat.open(conversation.id)
        window.refresh_conversations()
        window.focus_composer()
        self.opened.emit(conversation.id)
        return True

    def conversation_changed(self, conversation: Conversation | None) -> None:
        """Say, above the chat, which documents the open conversation is answered from."""
        collection_id = attached(conversation) if conversation is not None else None
        if collection_id is None:
            self._banner.hide()
            return
        index = self._documents()
        try:
            name = index.get(collection_id).name if index is not None else None
        except PequenoError:
            name = None
        if name is None:
            self._banner.show_message(self.tr(
                "The documents of this conversation are no longer indexed: choose File › Ask "
                "about a document… to index them again."))
        else:
            self._banner.show_message(self.tr(
                "Questions here are answered from \u201c{name}\u201d.").format(name=name))

    # -- indexing jobs ----------------------------------------------------------------------

    def _start(self, then: Then, *, path: Path | None = None,
               collection: Collection | None = None) -> bool:
        if not self.can_start():
            return False
        name = collection.name if collection is not None else (path.name if path else "")
        request = IndexRequest(next(self._jobs), threading.Event(), path=path,
                               collection_id=collection.id if collection else None)
        self._job = (request, then, name)
        self._status.start(name or str(path))
        self._window.chat.indexing(True)
        if self.collections_dialog is not None:
            self.collections_dialog.set_busy(True)
        self.indexRequested.emit(request)
        return True

    def refresh(self, collection_id: int) -> bool:
        """Index what changed in a collection's files since; whether it started."""
        if not self._can_start_from_dialog():
            return False
        collection = next((c for c in self.collections() if c.id == collection_id), None)
        return collection is not None and self._start(Then.REFRESH, collection=collection)

    def remove(self, collection_id: int) -> bool:
        """Remove a collection from the index (on the worker); whether it started."""
        if not self._can_start_from_dialog():
            return False
        self._removing = next(self._jobs)
        self._window.chat.indexing(True)
        if self.collections_dialog is not None:
            self.collections_dialog.set_busy(True)
        self.removeRequested.emit(self._removing, collection_id)
        return True

    @Slot(int)
    def answering(self, passages: int) -> None:
        """Say in the status bar how many passages the reply is answered from."""
        if passages:
            self._window.statusBar().showMessage(self.tr(
                "Answering from %n passage(s) of the documents…", "", passages), 10_000)

    def cancel(self) -> None:
        """Stop indexing (what was indexed so far is kept for next time)."""
        if self._job is not None:
            self._job[0].cancel.set()
            self._status.cancelling()

    def shutdown(self) -> None:
        """The window closes: stop the job without waiting."""
        if self._job is not None:
            self._job[0].cancel.set()

    def _end(self) -> None:
        self._job = None
        self._removing = None
        if self._status.cancel_button.hasFocus():
            self._window.focus_composer()
        self._status.hide()
        self._window.chat.indexing(False)
        if self.collections_dialog is not None:
            self.collections_dialog.set_busy(False)
            self.collections_dialog.set_collections(self.collections())

    def _mine(self, job_id: int) -> bool:
        return self._job is not None and self._job[0].job_id == job_id

    @Slot(int, int, int)
    def progress(self, job_id: int, done: int, total: int) -> None:
        if self._mine(job_id):
            self._status.update_progress(done, total)

    @Slot(int, object)
    def finished(self, job_id: int, report: IndexReport) -> None:
        if not self._mine(job_id):
            return
        assert self._job is not None
        request, then, _ = self._job
        self._end()
        if request.cancel.is_set():
            self.indexDone.emit(None)
            return
        self._report(report, then)
        self.indexDone.emit(report)
        if then is Then.ASK:
            self._open(report.collection)

    @Slot(int, str)
    def failed(self, job_id: int, message: str) -> None:
        if not (self._mine(job_id) or job_id == self._removing):
            return
        self._end()
        if message:
            self.errorOccurred.emit(message)
            if self.collections_dialog is not None:
                self.collections_dialog.set_status(message)
        self.indexDone.emit(None)

    @Slot(int, int)
    def removed(self, job_id: int, collection_id: int) -> None:
        if job_id != self._removing:
            return
        self._end()
        if self.collections_dialog is not None:
            self.collections_dialog.set_status(self.tr("The collection was removed."))
        self.conversation_changed(self._window.chat.conversation)

    def _report(self, report: IndexReport, then: Then) -> None:
        name = report.collection.name
        if then is Then.REFRESH and self.collections_dialog is not None:
            self.collections_dialog.set_status(self.tr(
                "\u201c{name}\u201d is up to date: {added} added, {updated} changed, {removed} "
                "removed, {unchanged} unchanged.").format(
                    name=name, added=report.added, updated=report.updated,
                    removed=report.removed, unchanged=report.unchanged))
        if report.skipped:
            named = [self.tr("{file} ({reason})").format(file=path.name, reason=reason)
                     for path, reason in report.skipped[:SKIPPED_SHOWN]]
            more = len(report.skipped) - len(named)
            text = "; ".join(named)
            if more:
                text = self.tr("{files} and %n more", "", more).format(files=text)
            self._window.hint.show_message(self.tr(
                "%n file(s) in \u201c{name}\u201d could not be read and were left out: "
                "{files}", "", len(report.skipped)).format(name=name, files=text))

    # -- dropping ---------------------------------------------------------------------------

    def dropped(self, path: Path) -> None:
        """A file or folder was dropped: ask whether to summarize it or ask questions."""
        window = self._window
        if path.is_dir():
            self.choose(path)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("What should Pequeno do?"),
                          self.tr("What should Pequeno do with \u201c{name}\u201d?").format(
                              name=path.name),
                          QMessageBox.StandardButton.Cancel, window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        summarize = box.addButton(self.tr("&Summarize"), QMessageBox.ButtonRole.AcceptRole)
        ask = box.addButton(self.tr("&Ask questions"), QMessageBox.ButtonRole.AcceptRole)
        summarize.setAccessibleName(self.tr("Summarize the document"))
        ask.setAccessibleName(self.tr("Ask questions about the document"))
        box.setDefaultButton(ask)
        try:
            box.exec()
            clicked = box.clickedButton()
        finally:
            box.deleteLater()
        if clicked is summarize:
            window.summarize_document(path)
        elif clicked is ask:
            self.ask_about(path)

    # -- sources and collections ------------------------------------------------------------

    def show_passage(self, item: ChatItem, number: int, *, given: bool = False) -> None:
        """Show the passage a reply cites as ``[number]``.

        With ``given``, the passage it was given as source ``number``, cited or not.
        """
        citation = find(item.sources if given else item.citations, number)
        if citation is None:
            return
        self._show(citation)

    def _show(self, citation: Citation) -> None:
        passage, problem = None, None
        index = self._documents()
        try:
            if index is not None:
                passage = index.passage(citation.passage_id)
        except PequenoError:
            passage = None
        if passage is None:
            problem = self.tr(
                "This passage is no longer in the index: its collection was removed or "
                "refreshed since. The reply cited {place} of {file}.").format(
                    place=citation.label, file=citation.file.name)
        if self.viewer is None:
            self.viewer = PassageViewer(self._window)
        self.viewer.show_passage(citation, passage, problem)

    def open_collections(self) -> None:
        """Show the collections (one dialog, brought to the front if open)."""
        if self.collections_dialog is None:
            dialog = CollectionsDialog(self._window)
            dialog.askRequested.connect(self._ask_from_dialog)
            dialog.refreshRequested.connect(self.refresh)
            dialog.removeRequested.connect(self.remove)
            self.collections_dialog = dialog
        dialog = self.collections_dialog
        dialog.set_busy(self.active)
        dialog.set_collections(self.collections())
        if dialog.isVisible():
            dialog.raise_()
        else:
            dialog.show()
        dialog.activateWindow()
        dialog.list.setFocus()

    def _ask_from_dialog(self, collection_id: int) -> None:
        if self._can_start_from_dialog() and self.open_collection(collection_id) \
                and self.collections_dialog is not None:
            self.collections_dialog.close()

    def _can_start_from_dialog(self) -> bool:
        """Whether the dialog's request can start now; if not, the dialog says why."""
        if self.can_start():
            return True
        if self.collections_dialog is not None:
            self.collections_dialog.set_status(self.tr(
                "Pequeno is busy: try again once the reply or the job in progress has "
                "finished."))
        return False

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self._status.retranslate()
        for dialog in (self.viewer, self.collections_dialog):
            if dialog is not None:
                dialog.retranslate()
        self.conversation_changed(self._window.chat.conversation)

