"""The models dialog: download, pause, resume, cancel, import, remove and choose models.

Each model is a card (:mod:`assistant.ui.modelcard`): its name, description, size, licence,
what fits this machine, and during a download its speed and time left, with its own buttons.

A download runs on its own thread (the GUI never waits on the network); pause, resume and
cancel are thread-safe calls on the running download. Closing the dialog pauses a download by
keeping its partial file, so the next download of that model resumes where it stopped.

Model and file names come from files and servers, so every text here is shown as plain text.
"""

from __future__ import annotations

import itertools
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
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
from assistant.ui.modelcard import ButtonTexts, CardView, ModelCard

log = logging.getLogger(__name__)


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
    """The catalog and the installed models as cards; downloads and switches them."""

    modelChosen = Signal(str)  # path of the model to load
    downloadRequested = Signal(str, object)  # model id, DownloadSpec
    downloadEnded = Signal(str)  # model id: finished, failed or stopped (shown in the status)

    def __init__(self, store: ModelStore, settings: Settings,
                 parent: QWidget | None = None, loaded: Path | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.loaded = loaded  # the model in use now (the starter's path when it is the default)
        self.downloading: str | None = None
        self._models: dict[str, InstalledModel] = {}  # as read by the last refresh()
        self._cards: dict[str, ModelCard] = {}
        self._selected: str | None = None
        self.paused = False  # what the user asked for; the download follows within a chunk
        self.cards = QWidget()
        self._card_column = QVBoxLayout(self.cards)
        self._card_column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.cards)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the cards' buttons
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.import_button = QPushButton()
        self.close_button = QPushButton()
        self.import_button.clicked.connect(self.import_file)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(820, 560)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

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
        self.retranslate()  # builds the cards too

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Models"))
        self.scroll_area.setAccessibleName(self.tr("Models"))
        self.status.setAccessibleName(self.tr("Download status"))
        for button, text in ((self.import_button, self.tr("&Import a GGUF file…")),
                             (self.close_button, self.tr("Close"))):
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
        self.refresh()

    # -- the cards ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Rebuild the cards from the catalog and the models folder (kept where they exist)."""
        self._models = {model.id: model for model in self.store.installed()}
        views: dict[str, CardView] = {}
        for entry in catalog.entries():
            views[entry.id] = self._catalog_view(entry)
        for model in self._models.values():
            if model.entry is None:
                views[model.id] = self._imported_view(model)
        for model_id in [i for i in self._cards if i not in views]:
            gone = self._cards.pop(model_id)
            self._card_column.removeWidget(gone)
            gone.deleteLater()
        for index, (model_id, view) in enumerate(views.items()):
            card = self._cards.get(model_id) or self._new_card(model_id)
            self._cards[model_id] = card
            self._card_column.insertWidget(index, card)
            card.set_view(view)
            self._name_buttons(card, view.name)
        self._chain_focus()

    def _new_card(self, model_id: str) -> ModelCard:
        card = ModelCard(model_id)
        card.downloadClicked.connect(self.download)
        card.pauseClicked.connect(lambda _: self.toggle_pause())
        card.cancelClicked.connect(lambda _: self.cancel_download())
        card.useClicked.connect(self.use)
        card.removeClicked.connect(self.remove)
        return card

    def _chain_focus(self) -> None:
        """Tab goes through the cards in their order, then to the dialog's own buttons."""
        order = [self.card(i) for i in self.model_ids()]
        chain: list[QWidget] = [button for card in order if card is not None
                                for button in card.buttons()]
        chain += [self.import_button, self.close_button]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _name_buttons(self, card: ModelCard, name: str) -> None:
        pause = (self.tr("&Resume"), self.tr("Resume the download of {name}")) if self.paused \
            else (self.tr("&Pause"), self.tr("Pause the download of {name}"))
        card.set_button_texts(ButtonTexts(
            download=(self.tr("&Download"), self.tr("Download {name}").format(name=name)),
            pause=(pause[0], pause[1].format(name=name)),
            cancel=(self.tr("&Cancel download"),
                    self.tr("Cancel the download of {name}").format(name=name)),
            use=(self.tr("&Use"), self.tr("Use {name}").format(name=name)),
            remove=(self.tr("Remo&ve"), self.tr("Remove {name}").format(name=name))))
        card.set_progress_names(self.tr("Download progress"), self.tr("Download speed"),
                                self.tr("Time left"))

    def _catalog_view(self, entry: CatalogEntry) -> CardView:
        installed = self._models.get(entry.id)
        if installed is not None:
            state, fit = self._installed_state(installed)
            in_use = self._in_use(installed)
        else:
            in_use = False
            fit = self._fit(entry.model_info())
            if self.downloading == entry.id:
                state = self.tr("downloading…")
            else:
                partial = self.store.path_for(entry).with_name(entry.file + ".part")
                state = self.tr("not installed") if not partial.exists() \
                    else self.tr("partly downloaded ({size}); resumes where it stopped").format(
                        size=format_size(partial.stat().st_size))
        size = format_size(entry.size_bytes) if entry.size_exact \
            else self.tr("about {size}").format(size=format_size(entry.size_bytes))
        return CardView(
            name=entry.name, description=entry.description,
            details=self.tr("{size} · licence: {license}").format(size=size,
                                                                   license=entry.license),
            state=state, fit=fit, downloadable=installed is None,
            installed=installed is not None,
            removable=installed is not None and entry.id != self.downloading,
            downloading=self.downloading == entry.id,
            can_download=self.downloading is None, in_use=in_use)

    def _imported_view(self, model: InstalledModel) -> CardView:
        state, fit = self._installed_state(model)
        return CardView(
            name=model.path.name, description="",
            details=self.tr("{size} · a file you imported").format(
                size=format_size(model.size_bytes)),
            state=state, fit=fit, downloadable=False, installed=True,
            removable=model.id != self.downloading, downloading=False, can_download=False,
            in_use=self._in_use(model))

    def _fit(self, info: ModelInfo) -> str:
        context = memory.context_on_this_machine(info)
        if not context:
            return self.tr("too large for this computer's memory: it needs at least {need}, "
                           "and this computer can give a model {usable}").format(
                need=format_size(memory.smallest_load_bytes(info)),
                usable=format_size(memory.usable_bytes()))
        return self.tr("fits: up to {n} tokens of context").format(n=format_number(context))

    def _in_use(self, model: InstalledModel) -> bool:
        chosen = self.loaded or (Path(self.settings.model_path) if self.settings.model_path
                                 else None)
        return chosen is not None and chosen.resolve() == model.path.resolve()

    def _installed_state(self, model: InstalledModel) -> tuple[str, str]:
        state = self.tr("in use") if self._in_use(model) else self.tr("installed")
        try:
            return state, self._fit(model.info())
        except EngineError as exc:
            return state, exc.message

    def model_ids(self) -> list[str]:
        """The ids of the cards, in the order they are shown."""
        ids = []
        for index in range(self._card_column.count()):
            item = self._card_column.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, ModelCard):
                ids.append(widget.model_id)
        return ids

    def card(self, model_id: str) -> ModelCard | None:
        """The card of ``model_id``."""
        return self._cards.get(model_id)

    def selected_id(self) -> str | None:
        """The id of the model whose card was chosen last (by focus or :meth:`select`)."""
        return self._selected if self._selected in self._cards else None

    def select(self, model_id: str) -> None:
        """Choose the card of ``model_id``: show it and move the keyboard focus to it."""
        card = self._cards.get(model_id)
        if card is None:
            return
        self._selected = model_id
        self.scroll_area.ensureWidgetVisible(card)
        button = card.first_button()
        if button is not None and self.isVisible():
            button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        ids = self.model_ids()
        if ids:
            self.select(self._selected or ids[0])

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self.cards.isAncestorOf(new):
            return
        parent = new.parentWidget()
        while parent is not None and not isinstance(parent, ModelCard):
            parent = parent.parentWidget()
        if isinstance(parent, ModelCard):
            self._selected = parent.model_id
            self.scroll_area.ensureWidgetVisible(new)

    def _installed(self, model_id: str | None) -> InstalledModel | None:
        # From the last refresh: this runs on every progress report, no folder scan here.
        return self._models.get(model_id) if model_id is not None else None

    # -- actions ------------------------------------------------------------------------------

    def download_selected(self) -> None:
        """Start (or resume) downloading the selected catalog model."""
        model_id = self.selected_id()
        if model_id is not None:
            self.download(model_id)

    def download(self, model_id: str) -> None:
        """Start (or resume) downloading the catalog model ``model_id``."""
        if self.downloading is not None or model_id in self._models:
            return
        self._selected = model_id
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
        self.status.setText(self.tr("Downloading {name}…").format(name=entry.name))
        self.downloadRequested.emit(model_id, spec)
        self.refresh()
        card = self._cards[model_id]
        card.show_progress(None, running=True)
        if self.isVisible():
            card.pause_button.setFocus()  # the pressed Download button is hidden now

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
        card = self._cards.get(self.downloading or "")
        if card is not None:
            self._name_buttons(card, card.name_label.text())

    def cancel_download(self) -> None:
        """Stop the download and delete what was downloaded."""
        download = self.worker.current
        if download is not None:
            download.cancel(keep_partial=False)

    def time_left(self, seconds: float) -> str:
        """About how long a download still takes, in words."""
        minutes = round(seconds / 60)
        if minutes < 1:
            return self.tr("less than a minute left")
        if minutes < 90:
            return self.tr("about %n minute(s) left", "", minutes)
        return self.tr("about %n hour(s) left", "", round(seconds / 3600))

    @Slot(object)
    def _progressed(self, progress: Progress) -> None:
        card = self._cards.get(self.downloading or "")
        if card is None:
            return
        speed = self.tr("{received} of {total} at {speed}/s{eta}").format(
            received=format_size(progress.received),
            total=format_size(progress.total or 0), speed=format_size(int(progress.speed)),
            eta="")
        card.show_progress(progress.received / progress.total if progress.total else None,
                           speed, self.time_left(progress.eta) if progress.eta is not None
                           else "", running=True)

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
        focused = self.focusWidget()
        card = self._cards.get(model_id)
        had_focus = card is not None and focused is not None and card.isAncestorOf(focused)
        self.downloading = None
        self.paused = False
        self.refresh()
        self.downloadEnded.emit(model_id)
        card = self._cards.get(model_id)
        if had_focus and card is not None and (button := card.first_button()) is not None:
            button.setFocus()  # the Pause and Cancel buttons are gone

    def use_selected(self) -> None:
        """Load the selected installed model in the window."""
        model_id = self.selected_id()
        if model_id is not None:
            self.use(model_id)

    def use(self, model_id: str) -> None:
        """Load the installed model ``model_id`` in the window."""
        model = self._installed(model_id)
        if model is not None:
            self._selected = model_id
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
        model_id = self.selected_id()
        if model_id is not None:
            self.remove(model_id)

    def remove(self, model_id: str) -> None:
        """Delete the installed model ``model_id`` after asking."""
        model = self._installed(model_id)
        if model is None or model_id == self.downloading:
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
        remaining = self.model_ids()
        if remaining and self.isVisible():
            self.select(model_id if model_id in remaining else remaining[0])

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
