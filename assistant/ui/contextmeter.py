"""The status bar's context meter: how much of the model's memory the conversation takes."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QWidget

from assistant.core.conversation.service import ContextFitted

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

    def show_used(self, tokens: int) -> None:
        """The conversation now takes ``tokens``."""
        self.setValue(min(tokens, self.maximum()))

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
        if dropped:
            self.setFormat(self.tr("%v / %m tokens · %n older message(s) left out", "", dropped))
            self.setToolTip(self.tr(
                "The conversation is longer than the model can read at once: it answers "
                "from the newest messages, and %n older message(s) are outside its memory.",
                "", dropped))
        else:
            self.setFormat(self.tr("%v / %m tokens"))
            self.setToolTip(self.tr(
                "How much of the model's memory (its context) the conversation takes."))
        # A progress bar neither wraps nor elides its text: make room for the longest it shows.
        longest = self.format().replace("%v", "%m").replace(
            "%m", str(self.maximum())).replace("%p", "100")
        width = self.fontMetrics().horizontalAdvance(longest) + 24
        self.setMinimumWidth(max(MIN_WIDTH, width))
