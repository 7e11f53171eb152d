"""The Conversation settings dialog: one conversation's own prompt and sampling.

Its system prompt, temperature and reply length take the place of the user's settings for its
replies.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from assistant.core.conversation.own_settings import (
    MAX_TOKENS_RANGE,
    TEMPERATURE_RANGE,
    ConversationSettings,
)
from assistant.core.i18n import format_number
from assistant.core.settings import Settings

# The value below each range that stands for "as in Settings" (shown as a word, not a number).
_TEMPERATURE_STEP = 0.05
_USER_TEMPERATURE = TEMPERATURE_RANGE[0] - _TEMPERATURE_STEP
_USER_MAX_TOKENS = MAX_TOKENS_RANGE[0] - 1


class ConversationSettingsDialog(QDialog):
    """Edit one conversation's own settings.

    Once accepted, :meth:`system_prompt_text` and :meth:`own_settings` give what was chosen.
    """

    def __init__(self, system_prompt: str, own: ConversationSettings, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.system_prompt = QPlainTextEdit(system_prompt)
        self.system_prompt.setTabChangesFocus(True)  # Tab leaves the field, as in a form
        self.temperature = QDoubleSpinBox()
        self.temperature.setDecimals(2)
        self.temperature.setRange(_USER_TEMPERATURE, TEMPERATURE_RANGE[1])
        self.temperature.setSingleStep(_TEMPERATURE_STEP)
        self.temperature.setValue(_USER_TEMPERATURE if own.temperature is None
                                  else own.temperature)
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(_USER_MAX_TOKENS, MAX_TOKENS_RANGE[1])
        self.max_tokens.setValue(_USER_MAX_TOKENS if own.max_tokens is None else own.max_tokens)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._fields: list[QWidget] = [self.system_prompt, self.temperature, self.max_tokens]
        self._labels = [QLabel() for _ in self._fields]
        form = QFormLayout()
        for label, field in zip(self._labels, self._fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Conversation settings"))
        self.note.setText(self.tr(
            "These apply to this conversation only. Values left at \u201cAs in Settings\u201d "
            "follow File \u203a Settings."))
        texts = [
            (self.tr("System prompt"),
             self.tr("Instructions the assistant follows in this conversation")),
            (self.tr("Temperature"),
             self.tr("Higher is more varied, 0 always picks the likeliest word")),
            (self.tr("Longest reply (tokens)"),
             self.tr("The most tokens a reply in this conversation may have")),
        ]
        for label, field, (name, description) in zip(self._labels, self._fields, texts,
                                                      strict=True):
            label.setText(name)
            field.setAccessibleName(name)
            field.setAccessibleDescription(description)
            field.setToolTip(description)
        self.temperature.setSpecialValueText(self.tr("As in Settings ({value})").format(
            value=format_number(self._settings.temperature, 2)))
        self.max_tokens.setSpecialValueText(self.tr("As in Settings ({value})").format(
            value=format_number(self._settings.max_tokens)))

    def system_prompt_text(self) -> str:
        """The system prompt as edited."""
        return self.system_prompt.toPlainText()

    def own_settings(self) -> ConversationSettings:
        """The conversation's own values as edited (``None`` where Settings apply)."""
        temperature = round(self.temperature.value(), 2)
        max_tokens = self.max_tokens.value()
        return ConversationSettings(
            temperature=None if temperature < TEMPERATURE_RANGE[0] else temperature,
            max_tokens=None if max_tokens < MAX_TOKENS_RANGE[0] else max_tokens)
