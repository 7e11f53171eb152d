"""Which model the window runs, and what the window says about it.

The default model at start, a file or a catalog model the user picks, loaded on the worker;
the status bar's model label and the hints about the starter model and a conversation's model.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog

from assistant.core.history.store import Conversation
from assistant.core.i18n import format_number
from assistant.core.models.choice import default_model
from assistant.core.models.info import ModelInfo
from assistant.core.models.store import ModelStore
from assistant.ui.modelsdialog import ModelsDialog
from assistant.ui.worker import LoadedModel, LoadRequest

if TYPE_CHECKING:
    from assistant.ui.mainwindow import MainWindow


class ModelController(QObject):
    """Loads models on the worker and keeps the window's model label and hints current."""

    loadRequested = Signal(object)  # LoadRequest, to the worker
    modelChanged = Signal(object)  # Path of the model loading or loaded; None: no model
    modelsChanged = Signal()  # the models dialog closed: models may be installed or removed

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._starter_hint = False
        self._allocated = 0
        self._loading: LoadRequest | None = None
        self._progress = 0.0

    def _starter_text(self) -> str:
        return self.tr(
            "You are chatting with the small starter model, which is quick but often "
            "wrong. For much better answers, download Phi-3-mini from File › Models… (Ctrl+M), "
            "or open a GGUF file you already have with File › Open model file…")

    def load_default(self) -> None:
        """Load the model from the settings, or the starter model (downloaded or bundled)."""
        window = self._window
        chosen = default_model(window.paths, window.settings)
        if chosen is None:
            window.chat.model_failed()
            window.error_banner.show_message(self.tr(
                "No model is installed yet. Run 'make run' once, or open a GGUF model file "
                "with File › Open model file…"))
            return
        self.load(chosen.path)
        if chosen.is_starter:
            self._starter_hint = True
            window.hint.show_message(self._starter_text())

    def load(self, path: Path) -> None:
        """Ask the worker to load ``path`` (the composer waits meanwhile)."""
        settings = self._window.settings
        serial = self._window.worker.new_load()  # a load in progress gives way to this one
        warm = settings.warm_memory_mb
        self.loadRequested.emit(LoadRequest(path, settings.context_size, settings.n_threads,
                                            settings.n_gpu_layers, serial,
                                            None if warm is None else warm * 2**20,
                                            settings.weight_repacking, self._window.paths.cache))

    def cancel_load(self) -> None:
        """Stop loading the model (the window is left without one)."""
        self._window.worker.cancel_load()

    def use(self, path: str) -> None:
        """Make ``path`` the model Pequeno uses, and load it now."""
        window = self._window
        window.settings = window.settings.replace(model_path=path)
        window.save_settings()
        self._starter_hint = False
        window.hint.hide()
        self.load(Path(path))

    def choose_file(self) -> None:
        """Let the user pick a GGUF file and switch to it."""
        name, _ = QFileDialog.getOpenFileName(self._window, self.tr("Open a model"),
                                              str(Path.home()), self.tr("GGUF models (*.gguf)"))
        if name:
            self.use(name)

    def open_dialog(self) -> None:
        """Show the models dialog (download, import, remove, choose)."""
        self._run_dialog(None)

    def open_dialog_downloading(self, model_id: str) -> None:
        """Show the models dialog with the download of the catalog model ``model_id`` started."""
        self._run_dialog(model_id)

    def _run_dialog(self, download: str | None) -> None:
        window = self._window
        loaded = window.loaded_model
        dialog = ModelsDialog(ModelStore(window.paths.models), window.settings, window,
                              loaded.info.path if loaded is not None else None)
        dialog.modelChosen.connect(self.use)
        try:
            if download is not None:
                dialog.select(download)
                dialog.download(download)
            dialog.exec()
        finally:
            dialog.deleteLater()
            self.modelsChanged.emit()

    def offer_for(self, conversation: Conversation | None) -> None:
        """Offer the model a reopened conversation was held with, when another is loaded."""
        loaded = self._window.chat.loaded
        used = conversation.model if conversation is not None else None
        if not used or loaded is None or used == str(loaded.info.path) \
                or not Path(used).is_file():
            return
        self._window.hint.show_message(
            self.tr("This conversation was held with {name}.").format(name=Path(used).name),
            (self.tr("Switch to it"), lambda: self.use(used)))

    def loaded_info(self) -> ModelInfo | None:
        """What the loaded model's header says (``None`` while no model is loaded)."""
        loaded = self._window.loaded_model
        return loaded.info if loaded is not None else None

    @property
    def loading_request(self) -> LoadRequest | None:
        """The load in progress, if any."""
        return self._loading

    @Slot(object)
    def loading(self, request: LoadRequest) -> None:
        self._loading, self._progress = request, 0.0
        self.modelChanged.emit(request.path)
        self._window.chat.model_loading()
        self._window.cancel_load_button.show()
        self.retranslate()

    @Slot(object, float)
    def progress(self, request: LoadRequest, share: float) -> None:
        if request == self._loading:
            self._progress = share
            self.retranslate()

    @Slot(object)
    def loaded(self, loaded: LoadedModel) -> None:
        window = self._window
        self._loading = None
        self._allocated = loaded.allocated
        window.cancel_load_button.hide()
        window.context_meter.set_capacity(loaded.n_ctx)
        window.chat.model_loaded(loaded)
        self.retranslate()
        self.modelChanged.emit(loaded.info.path)
        window.focus_composer()

    def _no_model(self) -> None:
        self._loading = None
        self._window.cancel_load_button.hide()
        self._window.chat.model_failed()
        self._window.model_label.setText(self.tr("No model loaded"))
        self.modelChanged.emit(None)

    @Slot(str)
    def failed(self, message: str) -> None:
        self._no_model()
        self._window.show_error(message)

    @Slot(object)
    def cancelled(self, request: LoadRequest) -> None:
        self._no_model()
        self._window.statusBar().showMessage(
            self.tr("Loading {name} was cancelled.").format(name=request.path.name), 10_000)

    @Slot(int, str)
    def context_resizing(self, _request_id: int, text: str) -> None:
        """The worker is re-allocating the context for a reply: say so for a moment."""
        self._window.statusBar().showMessage(text, 10_000)

    @Slot(int)
    def context_allocated(self, tokens: int) -> None:
        """The worker's context now holds ``tokens``."""
        if tokens and self._window.chat.loaded is not None:
            self._allocated = tokens
            self.retranslate()

    def retranslate(self) -> None:
        """Say which model is loaded, and the starter hint, in the current language."""
        window = self._window
        if self._starter_hint and window.hint.isVisible():
            window.hint.show_message(self._starter_text())
        window.cancel_load_button.setText(self.tr("Cancel"))
        window.cancel_load_button.setAccessibleName(self.tr("Cancel loading the model"))
        loading = self._loading
        if loading is not None:
            window.model_label.setText(self.tr("Loading {name}… {percent}%").format(
                name=loading.path.name, percent=int(self._progress * 100)))
            window.model_label.setToolTip("")
            return
        loaded = window.chat.loaded
        if loaded is not None:
            window.model_label.setText(self.tr("{name} · context of {n} tokens").format(
                name=loaded.info.name, n=format_number(self._allocated or loaded.n_ctx)))
            window.model_label.setToolTip(self.tr(
                "The memory the model has for a conversation grows as the conversation "
                "needs, up to {limit} tokens on this machine ({variant} trained).").format(
                    limit=format_number(loaded.n_ctx), variant=loaded.info.variant))
