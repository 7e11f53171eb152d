"""The settings dialog: system prompt, sampling, context, threads and appearance."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from assistant.core.i18n import format_number
from assistant.core.llm import speed
from assistant.core.llm.speed import SETTING_VALUES as REPACKING
from assistant.core.llm.speed import SpeedFigures, SpeedProfile
from assistant.core.models.memory import physical_cores
from assistant.core.settings import APPEARANCES, Settings
from assistant.ui.speedmeasurer import SpeedMeasurer


class SettingsDialog(QDialog):
    """Edit a copy of the settings; :meth:`result_settings` gives the edited copy."""

    def __init__(self, settings: Settings, conversation_prompt: str | None,
                 parent: QWidget | None = None, *, model: Path | None = None,
                 measurer: SpeedMeasurer | None = None, cache_dir: Path | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._model, self._measurer, self._cache_dir = model, measurer, cache_dir
        self.system_prompt = QPlainTextEdit(settings.system_prompt)
        self.conversation_prompt = QPlainTextEdit(conversation_prompt or "")
        self.conversation_prompt.setEnabled(conversation_prompt is not None)
        self.temperature = QDoubleSpinBox()
        self.temperature.setRange(0.0, 2.0)
        self.temperature.setSingleStep(0.05)
        self.temperature.setValue(settings.temperature)
        self.top_p = QDoubleSpinBox()
        self.top_p.setRange(0.05, 1.0)
        self.top_p.setSingleStep(0.05)
        self.top_p.setValue(settings.top_p)
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(16, 32768)
        self.max_tokens.setValue(settings.max_tokens)
        self.context_size = QSpinBox()
        self.context_size.setRange(0, 131072)
        self.context_size.setSingleStep(256)
        self.context_size.setValue(settings.context_size or 0)
        self.warm_memory = QSpinBox()
        self.warm_memory.setRange(-1, 1 << 20)  # MB; -1 is "Automatic"
        self.warm_memory.setSingleStep(256)
        self.warm_memory.setValue(-1 if settings.warm_memory_mb is None
                                  else settings.warm_memory_mb)
        self.repacking = QComboBox()
        for value in REPACKING:
            self.repacking.addItem("", value)
        self.repacking.setCurrentIndex(max(0, self.repacking.findData(settings.weight_repacking)))
        self.threads = QSpinBox()
        self.threads.setRange(0, 256)
        self.threads.setValue(settings.n_threads or 0)
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(0, 999)
        self.gpu_layers.setValue(settings.n_gpu_layers)
        self.appearance = QComboBox()
        for value in APPEARANCES:
            self.appearance.addItem("", value)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(settings.appearance)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._fields: list[QWidget] = [
            self.system_prompt, self.conversation_prompt, self.temperature, self.top_p,
            self.max_tokens, self.context_size, self.warm_memory, self.repacking, self.threads,
            self.gpu_layers, self.appearance]
        self._labels = [QLabel() for _ in self._fields]
        form = QFormLayout()
        for label, field in zip(self._labels, self._fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        # Under the repacking choice: measuring the loaded model both ways, and what was found.
        self.measure_button = QPushButton()
        self.measure_button.clicked.connect(self._measure)
        self.measured = QLabel()
        self.measured.setWordWrap(True)
        measuring = QHBoxLayout()
        measuring.addWidget(self.measure_button)
        measuring.addWidget(self.measured, 1)
        form.insertRow(self._fields.index(self.repacking) + 1, "", measuring)
        if measurer is not None:
            measurer.measured.connect(self._was_measured)
            measurer.runningChanged.connect(self._show_measurement)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._cores = physical_cores()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Settings"))
        texts = [
            (self.tr("Default system prompt"),
             self.tr("Instructions the assistant follows in new conversations")),
            (self.tr("This conversation's system prompt"),
             self.tr("Instructions for the open conversation only")),
            (self.tr("Temperature"),
             self.tr("Higher is more varied, 0 always picks the likeliest word")),
            (self.tr("Top-p"), self.tr("Sample only from the likeliest words that add up to "
                                       "this probability")),
            (self.tr("Longest reply (tokens)"), self.tr("The most tokens a reply may have")),
            (self.tr("Context size (tokens)"),
             self.tr("How much of the conversation the model reads; applies when a model "
                     "is loaded. Automatic grows it as a conversation needs, up to the most "
                     "this computer's memory allows.")),
            (self.tr("Memory for recent conversations (MB)"),
             self.tr("Recently left conversations stay ready in this much memory, so going "
                     "back to one answers at once. Automatic "
                     "uses half of the free memory; 0 keeps none.")),
            (self.tr("Weight repacking"),
             self.tr("llama.cpp can rearrange a model's weights for this processor when it "
                     "loads. Automatic does it when measuring (below, or 'pequeno models "
                     "measure') found it quicker for this model; applies when a model is "
                     "loaded.")),
            (self.tr("CPU threads"),
             self.tr("0 means one per physical core ({cores})").format(cores=self._cores)),
            (self.tr("GPU layers"), self.tr("Layers to run on a GPU, when this build has one")),
            (self.tr("Appearance"),
             self.tr("Light or dark colours, or the same as the rest of the system")),
        ]
        for label, field, (name, description) in zip(self._labels, self._fields, texts,
                                                      strict=True):
            label.setText(name)
            field.setAccessibleName(name)
            field.setAccessibleDescription(description)
            field.setToolTip(description)
        self.threads.setSpecialValueText(self.tr("Automatic"))
        self.context_size.setSpecialValueText(self.tr("Automatic (as much as fits)"))
        self.warm_memory.setSpecialValueText(self.tr("Automatic"))
        for index, text in enumerate((self.tr("Automatic (as measured)"), self.tr("On"),
                                      self.tr("Off"))):
            self.repacking.setItemText(index, text)
        for index, text in enumerate((self.tr("Follow the system"), self.tr("Light"),
                                      self.tr("Dark"))):
            self.appearance.setItemText(index, text)
        self.measure_button.setText(self.tr("Measure both ways"))
        self.measure_button.setAccessibleName(self.tr("Measure weight repacking"))
        self.measure_button.setToolTip(self.tr(
            "Load the model with and without repacking, in the background, and time each way. "
            "Takes a minute or more per way for a large model; replies are slower meanwhile."))
        self._show_measurement()

    def _profile(self) -> SpeedProfile | None:
        if self._model is None or self._cache_dir is None:
            return None
        return speed.cached_profile(self._cache_dir, self._model, self._settings.n_threads)

    def _way(self, figures: SpeedFigures) -> str:
        return self.tr("loads in {load} s, reads {prompt} tokens/s, writes {reply} tokens/s")\
            .format(load=format_number(figures.load_seconds, 1),
                    prompt=format_number(1 / figures.prompt_seconds, 1),
                    reply=format_number(1 / figures.generate_seconds, 1))

    @Slot()
    def _show_measurement(self) -> None:
        """The measured figures of the model, or what measuring is doing."""
        running = self._measurer is not None and self._measurer.running is not None
        self.measure_button.setEnabled(self._model is not None and self._measurer is not None
                                       and not running)
        if running:
            self.measured.setText(self.tr("Measuring\u2026"))
            return
        if self._model is None:
            self.measured.setText(self.tr("No model is loaded."))
            return
        profile = self._profile()
        if profile is None:
            self.measured.setText(self.tr("Not measured for this model yet: Automatic loads it "
                                          "without repacking."))
            return
        lines = []
        for name, figures, error in (
                (self.tr("Without repacking"), profile.plain, None),
                (self.tr("With repacking"), profile.repacked, profile.repacked_error)):
            lines.append(self.tr("{way}: {figures}").format(way=name, figures=self._way(
                figures)) if figures is not None else self.tr("{way}: failed ({reason})").format(
                    way=name, reason=error or self.tr("unknown")))
        lines.append(self.tr("Automatic loads it with repacking.") if profile.repack
                     else self.tr("Automatic loads it without repacking."))
        self.measured.setText("\n".join(lines))

    @Slot()
    def _measure(self) -> None:
        if self._model is not None and self._measurer is not None:
            self._measurer.measure(self._model, self._settings.n_threads)

    @Slot(object, object)
    def _was_measured(self, path: Path, profile: SpeedProfile) -> None:
        self._show_measurement()

    def result_settings(self) -> Settings:
        """The settings as edited."""
        return self._settings.replace(
            system_prompt=self.system_prompt.toPlainText(),
            temperature=round(self.temperature.value(), 2),
            top_p=round(self.top_p.value(), 2),
            max_tokens=self.max_tokens.value(),
            context_size=self.context_size.value() or None,
            warm_memory_mb=None if self.warm_memory.value() < 0 else self.warm_memory.value(),
            weight_repacking=str(self.repacking.currentData()),
            n_threads=self.threads.value() or None,
            n_gpu_layers=self.gpu_layers.value(),
            appearance=str(self.appearance.currentData()),
        )

    def conversation_system_prompt(self) -> str | None:
        """The open conversation's system prompt as edited (``None`` without one open)."""
        return self.conversation_prompt.toPlainText() \
            if self.conversation_prompt.isEnabled() else None
