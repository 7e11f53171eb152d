"""The models dialog: download, pause, resume, cancel, import, remove and choose models.

A download runs on its own thread (the GUI never waits on the network); pause, resume and
cancel are thread-safe calls on the running download. Closing the dialog pauses a download by
keeping its partial file, so the next download of that model resumes where it stopped.

Model and file names come from files and servers, so every text here is shown as plain text.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.core.errors import EngineError, PequenoError
from assistant.core.i18n import format_number
from assistant.core.models import catalog, memory
from assistant.core.models.catalog import CatalogEntry
from assistant.core.models.downloads import (
    Download,
    DownloadCancelled,
    DownloadSpec,
    Progress,
    format_size,
)
from assistant.core.models.info import ModelInfo, inspect_model
from assistant.core.models.store import InstalledModel, ModelStore
from assistant.core.settings import Settings

log = logging.getLogger(__name__)

ROLE_ID = Qt.ItemDataRole.UserRole + 1


class DownloadWorker(QObject):
    """Runs one download at a time on its own thread."""

    progressed = Signal(object)  # Progress
    finished = Signal(str, str)  # model id, path
    failed = Signal(str, str)  # model id, message
    cancelled = Signal(str)  # model id

    def __init__(self) -> None:
        super().__init__()
        self.current: Download | None = None

    @Slot(str, object)
    def start(self, model_id: str, spec: DownloadSpec) -> None:
        """Download ``spec`` (blocking this worker's thread), then check the file."""
        download = Download(spec, on_progress=self.progressed.emit)
        self.current = download
        try:
            path = download.run()
            inspect_model(path)  # a file that is not a usable model is never listed
        except DownloadCancelled:
            self.cancelled.emit(model_id)
            return
        except EngineError as exc:
            spec.destination.unlink(missing_ok=True)
            self.failed.emit(model_id, exc.message)
            return
        except PequenoError as exc:
            self.failed.emit(model_id, exc.message)
            return
        finally:
            self.current = None
        self.finished.emit(model_id, str(path))


class ModelsDialog(QDialog):
    """Lists the catalog and the installed models; downloads and switches them."""

    modelChosen = Signal(str)  # path of the model to load
    downloadRequested = Signal(str, object)  # model id, DownloadSpec
    downloadEnded = Signal(str)  # model id: finished, failed or stopped (shown in the status)

    def __init__(self, store: ModelStore, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.downloading: str | None = None
        self._models: dict[str, InstalledModel] = {}  # as read by the last refresh()
        self.paused = False  # what the user asked for; the download follows within a chunk
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(3)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.download_button = QPushButton()
        self.pause_button = QPushButton()
        self.cancel_button = QPushButton()
        self.use_button = QPushButton()
        self.import_button = QPushButton()
        self.remove_button = QPushButton()
        self.close_button = QPushButton()
        self.download_button.clicked.connect(self.download_selected)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.cancel_button.clicked.connect(self.cancel_download)
        self.use_button.clicked.connect(self.use_selected)
        self.import_button.clicked.connect(self.import_file)
        self.remove_button.clicked.connect(self.remove_selected)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.download_button, self.pause_button, self.cancel_button,
                       self.use_button, self.import_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(820, 420)

        self._thread = QThread(self)
        self._thread.setObjectName("downloads")
        self.worker = DownloadWorker()
        self.worker.moveToThread(self._thread)
        self.downloadRequested.connect(self.worker.start)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self._thread.start()
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Models"))
        self.tree.setHeaderLabels([self.tr("Model"), self.tr("Size"), self.tr("State")])
        self.tree.setAccessibleName(self.tr("Models"))
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.status.setAccessibleName(self.tr("Download status"))
        for button, text in ((self.download_button, self.tr("&Download")),
                             (self.cancel_button, self.tr("&Cancel download")),
                             (self.use_button, self.tr("&Use")),
                             (self.import_button, self.tr("&Import a GGUF file…")),
                             (self.remove_button, self.tr("Remo&ve")),
                             (self.close_button, self.tr("Close"))):
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
        self._update_buttons()

    # -- the list -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Rebuild the list from the catalog and the models folder."""
        selected = self.selected_id()
        self.tree.clear()
        self._models = {model.id: model for model in self.store.installed()}
        installed = dict(self._models)
        for entry in catalog.entries():
            self._add(entry.id, entry.name, entry.size_bytes, self._state(entry, installed))
        for model in installed.values():
            if model.entry is None:
                self._add(model.id, model.path.name, model.size_bytes,
                          self._installed_state(model))
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, ROLE_ID) == selected:
                self.tree.setCurrentItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self._update_buttons()

    def _add(self, model_id: str, name: str, size: int, state: str) -> None:
        item = QTreeWidgetItem([name, format_size(size), state])
        item.setData(0, ROLE_ID, model_id)
        self.tree.addTopLevelItem(item)

    def _fit(self, info: ModelInfo) -> str:
        context = memory.largest_context(info, memory.usable_bytes())
        if not context:
            return self.tr("too large for this computer's memory")
        return self.tr("fits: up to {n} tokens of context").format(n=format_number(context))

    def _state(self, entry: CatalogEntry, installed: dict[str, InstalledModel]) -> str:
        if entry.id in installed:
            return self._installed_state(installed[entry.id])
        if self.downloading == entry.id:
            return self.tr("downloading…")
        partial = self.store.path_for(entry).with_name(entry.file + ".part")
        state = self.tr("not installed") if not partial.exists() \
            else self.tr("partly downloaded ({size}); resumes where it stopped").format(
                size=format_size(partial.stat().st_size))
        return f"{state} · {self._fit(entry.model_info())}"

    def _installed_state(self, model: InstalledModel) -> str:
        in_use = self.settings.model_path and Path(self.settings.model_path) == model.path
        state = self.tr("in use") if in_use else self.tr("installed")
        try:
            return f"{state} · {self._fit(model.info())}"
        except EngineError as exc:
            return f"{state} · {exc.message}"

    def selected_id(self) -> str | None:
        """The id of the selected row's model."""
        item = self.tree.currentItem()
        return item.data(0, ROLE_ID) if item is not None else None

    def select(self, model_id: str) -> None:
        """Select the row of ``model_id``."""
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, ROLE_ID) == model_id:
                self.tree.setCurrentItem(item)

    def _installed(self, model_id: str | None) -> InstalledModel | None:
        # From the last refresh: this runs on every progress report, no folder scan here.
        return self._models.get(model_id) if model_id is not None else None

    def _update_buttons(self) -> None:
        model_id = self.selected_id()
        installed = self._installed(model_id)
        downloadable = model_id is not None and installed is None and \
            any(e.id == model_id for e in catalog.entries())
        busy = self.downloading is not None
        self.download_button.setEnabled(downloadable and not busy)
        self.pause_button.setEnabled(busy)
        self.cancel_button.setEnabled(busy)
        self.use_button.setEnabled(installed is not None)
        self.remove_button.setEnabled(installed is not None and model_id != self.downloading)
        self.pause_button.setText(self.tr("&Resume") if self.paused else self.tr("&Pause"))

    # -- actions ------------------------------------------------------------------------------

    def download_selected(self) -> None:
        """Start (or resume) downloading the selected catalog model."""
        model_id = self.selected_id()
        if model_id is None or self.downloading is not None:
            return
        entry = catalog.find(model_id)
        if entry.from_pypi:
            self.status.setText(self.tr(
                "The starter model comes with Pequeno's installer ('make run')."))
            return
        try:
            spec = entry.download_spec(self.store.path_for(entry),
                                       self.settings.download_endpoint)
        except PequenoError as exc:  # the download address is not HTTPS
            self.status.setText(exc.message)
            return
        self.downloading = model_id
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Downloading {name}…").format(name=entry.name))
        self.downloadRequested.emit(model_id, spec)
        self.refresh()

    def toggle_pause(self) -> None:
        """Pause the download, or resume it."""
        download = self.worker.current
        if download is None:
            return
        self.paused = not self.paused
        if self.paused:
            download.pause()
            self.status.setText(self.tr("Download paused."))
        else:
            download.resume()
            self.status.setText(self.tr("Download resumed."))
        self._update_buttons()

    def cancel_download(self) -> None:
        """Stop the download and delete what was downloaded."""
        download = self.worker.current
        if download is not None:
            download.cancel(keep_partial=False)

    @Slot(object)
    def _progressed(self, progress: Progress) -> None:
        if progress.total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * progress.received / progress.total))
        eta = ""
        if progress.eta is not None:
            eta = self.tr(", about {minutes} min left").format(
                minutes=max(1, round(progress.eta / 60)))
        self.status.setText(self.tr("{received} of {total} at {speed}/s{eta}").format(
            received=format_size(progress.received),
            total=format_size(progress.total or 0), speed=format_size(int(progress.speed)),
            eta=eta))
        self._update_buttons()

    @Slot(str, str)
    def _finished(self, model_id: str, path: str) -> None:
        self.status.setText(self.tr("{id} is downloaded and verified.").format(id=model_id))
        self._done(model_id)

    @Slot(str, str)
    def _failed(self, model_id: str, message: str) -> None:
        self.status.setText(message)
        self._done(model_id)

    @Slot(str)
    def _cancelled(self, model_id: str) -> None:
        self.status.setText(self.tr("Download stopped."))
        self._done(model_id)

    def _done(self, model_id: str) -> None:
        self.downloading = None
        self.paused = False
        self.progress.hide()
        self.refresh()
        self.downloadEnded.emit(model_id)

    def use_selected(self) -> None:
        """Load the selected installed model in the window."""
        model = self._installed(self.selected_id())
        if model is not None:
            self.modelChosen.emit(str(model.path))
            self.settings = self.settings.replace(model_path=str(model.path))
            self.refresh()

    def import_file(self) -> None:
        """Link a GGUF file from this computer into the models folder."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a model"), str(Path.home()),
                                              self.tr("GGUF models (*.gguf)"))
        if not name:
            return
        try:
            model = self.store.import_file(Path(name))
        except PequenoError as exc:
            self.status.setText(exc.message)
            return
        self.status.setText(self.tr("Imported {id}.").format(id=model.id))
        self.refresh()
        self.select(model.id)

    def remove_selected(self) -> None:
        """Delete the selected model after asking."""
        model = self._installed(self.selected_id())
        if model is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove model"), self.tr(
            "Delete {name} from this computer?").format(name=model.path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        answer = box.exec()
        box.deleteLater()
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            freed = self.store.remove(model.id)
        except PequenoError as exc:
            self.status.setText(exc.message)
            return
        self.status.setText(self.tr("Removed; {size} freed.").format(size=format_size(freed)))
        self.refresh()

    def _stop_downloads(self) -> None:
        """Stop a download, keeping its partial file so it resumes next time; join the thread."""
        download = self.worker.current
        if download is not None:
            download.cancel(keep_partial=True)
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_downloads()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        # Escape and Close end here as well as the window's close button.
        self._stop_downloads()
        super().done(result)
