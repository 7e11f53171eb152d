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
from assistant.core.models.choice import default_model
from assistant.core.models.store import ModelStore
from assistant.ui.modelsdialog import ModelsDialog
from assistant.ui.worker import LoadedModel, LoadRequest

if TYPE_CHECKING:
    from assistant.ui.mainwindow import MainWindow


class ModelController(QObject):
    """Loads models on the worker and keeps the window's model label and hints current."""

    loadRequested = Signal(object)  # LoadRequest, to the worker

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._starter_hint = False

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
        self.loadRequested.emit(LoadRequest(path, settings.context_size, settings.n_threads,
                                            settings.n_gpu_layers))

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
        window = self._window
        dialog = ModelsDialog(ModelStore(window.paths.models), window.settings, window)
        dialog.modelChosen.connect(self.use)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

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

    @Slot(object)
    def loading(self, request: LoadRequest) -> None:
        self._window.chat.model_loading()
        self._window.model_label.setText(
            self.tr("Loading {name}…").format(name=request.path.name))

    @Slot(object)
    def loaded(self, loaded: LoadedModel) -> None:
        window = self._window
        window.context_meter.set_capacity(loaded.n_ctx)
        window.chat.model_loaded(loaded)
        self.retranslate()
        window.focus_composer()

    @Slot(str)
    def failed(self, message: str) -> None:
        self._window.chat.model_failed()
        self._window.model_label.setText(self.tr("No model loaded"))
        self._window.show_error(message)

    def retranslate(self) -> None:
        """Say which model is loaded, and the starter hint, in the current language."""
        window = self._window
        if self._starter_hint and window.hint.isVisible():
            window.hint.show_message(self._starter_text())
        loaded = window.chat.loaded
        if loaded is not None:
            window.model_label.setText(self.tr("{name} · {variant} context").format(
                name=loaded.info.name, variant=loaded.info.variant))
