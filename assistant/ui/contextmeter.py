"""The status bar's context meter: how much of the model's memory the conversation takes."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QWidget

from assistant.core.conversation.service import ContextFitted
from assistant.core.i18n import format_number

MIN_WIDTH = 200


class ContextMeter(QProgressBar):
    """Tokens used of the context, and how many older messages are left out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(MIN_WIDTH)
        self.setTextVisible(True)
        self.setRange(0, 1)
        self.setValue(0)
        self._report: ContextFitted | None = None

    @property
    def report(self) -> ContextFitted | None:
        """What the model read (or would read) for the open conversation, if measured."""
        return self._report

    def set_capacity(self, n_ctx: int) -> None:
        """A model with a context of ``n_ctx`` tokens is loaded: start from empty."""
        self.setRange(0, max(n_ctx, 1))
        self.setValue(0)
        self.retranslate()

    def show_used(self, tokens: int) -> None:
        """The conversation now takes ``tokens``."""
        self.setValue(min(tokens, self.maximum()))
        self.retranslate()

    def show_report(self, report: ContextFitted | None) -> None:
        """Show what of the conversation fits (``None``: not known, e.g. a new chat)."""
        self._report = report
        if report is not None:
            self.show_used(report.prompt_tokens)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.setAccessibleName(self.tr("Context used"))
        dropped = self._report.dropped if self._report is not None else 0
        # Our own text rather than Qt's %v and %m, which print numbers without the locale's
        # digit grouping ("4096" where the user reads "4,096" or "4 096").
        if dropped:
            text = self.tr("{used} / {total} tokens · %n older message(s) left out", "", dropped)
            self.setToolTip(self.tr(
                "The conversation is longer than the model can read at once: it answers "
                "from the newest messages, and %n older message(s) are outside its memory.",
                "", dropped))
        else:
            text = self.tr("{used} / {total} tokens")
            self.setToolTip(self.tr(
                "How much of the model's memory (its context) the conversation takes."))
        total = format_number(self.maximum())
        self.setFormat(text.format(used=format_number(self.value()), total=total))
        # A progress bar neither wraps nor elides its text: make room for the longest it shows.
        longest = text.format(used=total, total=total)
        width = self.fontMetrics().horizontalAdvance(longest) + 24
        self.setMinimumWidth(max(MIN_WIDTH, width))
