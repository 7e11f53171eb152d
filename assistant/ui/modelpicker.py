"""The model picker in the status bar: the installed models, how each fits, and "Get more…".

Choosing a model loads it through the :class:`ModelController` (the same path as the models
dialog and File > Open model file), and the picker follows a load done anywhere else: it shows
the model being loaded, then the loaded one. Its last entry opens the models dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from assistant.core.errors import EngineError
from assistant.core.models import memory, starter
from assistant.core.models.info import ModelInfo, inspect_model, known_model
from assistant.core.models.store import ModelStore
from assistant.ui.modelcontroller import ModelController

ROLE_PATH = Qt.ItemDataRole.UserRole + 1
GET_MORE = "get-more"  # the data of the last entry, which opens the models dialog


@dataclass(frozen=True)
class PickerEntry:
    """One model the picker offers."""

    path: Path
    name: str
    info: ModelInfo | None  # None: the file cannot be used (``problem`` says why), or loading
    problem: str = ""
    loading: bool = False


def installed_entries(models: Path, extra: Path | None = None,
                      extra_info: ModelInfo | None = None) -> list[PickerEntry]:
    """The models in the folder ``models``, the bundled starter model, and ``extra``.

    ``extra`` is a model loaded or being loaded from elsewhere (File > Open model file), listed
    so that the picker can show it as the current one; ``extra_info`` is what its load found.
    """
    entries: list[PickerEntry] = []
    seen: set[Path] = set()
    for model in ModelStore(models).installed():
        seen.add(model.path)
        name = model.entry.name if model.entry is not None else model.path.stem
        try:
            # A catalog model's metadata is known without reading the file; a header check
            # of every file on each refresh would cost little but prove nothing more here.
            info = model.entry.model_info(model.path) if model.entry is not None \
                else model.info()
        except EngineError as exc:
            entries.append(PickerEntry(model.path, name, None, exc.message))
            continue
        entries.append(PickerEntry(model.path, name, info))
    for path in (starter.bundled(), extra):
        if path is None or path in seen:
            continue
        seen.add(path)
        if path == extra:
            known = extra_info if extra_info is not None and extra_info.path == path \
                else known_model(path)
            # Unknown while being loaded: the worker reads its header, not the window's thread.
            entries.append(PickerEntry(path, path.stem, known, loading=known is None))
            continue
        try:
            entries.append(PickerEntry(path, path.stem, inspect_model(path)))
        except EngineError as exc:
            entries.append(PickerEntry(path, path.stem, None, exc.message))
    return entries


class ModelPicker(QComboBox):
    """A combo box of the installed models with their fit, and "Get more…" at the end."""

    def __init__(self, controller: ModelController, models: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._models = models
        self._current: Path | None = None  # the model loading or loaded
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.activated.connect(self._activated)
        controller.modelChanged.connect(self.follow)
        controller.modelsChanged.connect(self.refresh)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setAccessibleName(self.tr("Model"))
        self.setAccessibleDescription(self.tr(
            "The model Pequeno chats with. Choose another to load it, or Get more to "
            "download one."))
        self.setToolTip(self.tr("Choose the model to chat with"))
        self.setPlaceholderText(self.tr("No model loaded"))
        self.refresh()

    def _fit(self, entry: PickerEntry) -> str:
        if entry.loading:
            return self.tr("loading…")
        if entry.info is None:
            return self.tr("cannot be used")
        if memory.context_on_this_machine(entry.info):
            return self.tr("fits")
        return self.tr("too large for this computer")

    def refresh(self) -> None:
        """List the installed models again (after a download, an import or a removal)."""
        self.blockSignals(True)
        try:
            self.clear()
            current = -1
            loaded = self._controller.loaded_info()
            for entry in installed_entries(self._models, self._current, loaded):
                self.addItem(self.tr("{name} · {fit}").format(name=entry.name,
                                                               fit=self._fit(entry)))
                index = self.count() - 1
                self.setItemData(index, str(entry.path), ROLE_PATH)
                tip = entry.problem or str(entry.path)
                self.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
                items = self.model()
                if entry.info is None and not entry.loading \
                        and isinstance(items, QStandardItemModel):
                    # Listed, so the user learns why (its tooltip), but not choosable.
                    item = items.item(index)
                    if item is not None:
                        item.setEnabled(False)
                if self._current is not None and entry.path == self._current:
                    current = index
            self.addItem(self.tr("Get more…"))
            self.setItemData(self.count() - 1, GET_MORE, ROLE_PATH)
            self.setItemData(self.count() - 1, self.tr("Download or import models"),
                             Qt.ItemDataRole.ToolTipRole)
            self.setCurrentIndex(current)
        finally:
            self.blockSignals(False)

    def paths(self) -> list[str]:
        """The paths of the models listed, in order (without "Get more…")."""
        return [str(self.itemData(i, ROLE_PATH)) for i in range(self.count())
                if self.itemData(i, ROLE_PATH) != GET_MORE]

    @Slot(object)
    def follow(self, path: Path | None) -> None:
        """Show ``path`` as the current model (``None``: none is loaded)."""
        self._current = path
        self.refresh()

    @Slot(int)
    def _activated(self, index: int) -> None:
        chosen = self.itemData(index, ROLE_PATH)
        if chosen == GET_MORE:
            self.refresh()  # back to the current model while the dialog is open
            # The dialog is modal: open it once the popup has closed.
            QTimer.singleShot(0, self._controller.open_dialog)
            return
        if chosen and (self._current is None or Path(chosen) != self._current):
            self._controller.use(str(chosen))
