"""Summary jobs from the window: start one on the worker, show its progress, open the result.

The model is the worker's, so a summary and a chat reply never run at once: the chat controller
is told when a job starts and ends. The finished summary opens as a new conversation whose
system prompt holds the document (or, for a long one, the summary) for follow-up questions.
"""

from __future__ import annotations

import itertools
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from assistant.core.documents.summarize import Style, Summary, follow_up_prompt
from assistant.core.errors import PequenoError
from assistant.core.history.store import Role
from assistant.ui.chatcontroller import Busy, ChatController
from assistant.ui.chatmodel import ChatItem
from assistant.ui.summarizedialog import SummarizeDialog
from assistant.ui.summarypanel import SummaryPanel
from assistant.ui.worker import SummaryProgress, SummaryRequest


class SummaryController(QObject):
    """At most one summary job at a time, shown in the summary panel."""

    summarizeRequested = Signal(object)  # SummaryRequest, to the worker
    summaryDone = Signal(object)  # the new conversation's id, or None (failed or cancelled)
    errorOccurred = Signal(str)
    opened = Signal(int)  # the summary's conversation was created and opened

    def __init__(self, chat: ChatController, panel: SummaryPanel) -> None:
        super().__init__()
        self._chat = chat
        self._panel = panel
        self._jobs = itertools.count(1)
        self._job: SummaryRequest | None = None
        panel.cancelRequested.connect(self.cancel)

    @property
    def active(self) -> bool:
        """Whether a summary is being made."""
        return self._job is not None

    def can_start(self) -> bool:
        """Whether a summary can start now (a model is loaded and nothing else runs)."""
        return self._job is None and self._chat.busy is Busy.READY

    def choose(self, parent: QWidget, path: Path | None = None) -> None:
        """Ask which document to summarize and how (``path`` preselected), then start."""
        if not self.can_start():
            return
        dialog = SummarizeDialog(path, parent)
        try:
            if dialog.exec() == SummarizeDialog.DialogCode.Accepted:
                self.start(dialog.chosen_path(), dialog.chosen_style(), dialog.chosen_language())
        finally:
            dialog.deleteLater()

    def start(self, path: Path | None, style: Style, language: str | None, *,
              text: str | None = None, title: str | None = None) -> bool:
        """Summarize the file at ``path`` (or ``text``) on the worker; whether it started."""
        if not self.can_start():
            return False
        name = title or (path.name if path is not None else "")
        self._job = SummaryRequest(next(self._jobs), name, style, language, threading.Event(),
                                   path=path, text=text)
        self._panel.start(name)
        self._chat.summarizing(True)
        self.summarizeRequested.emit(self._job)
        return True

    def cancel(self) -> None:
        """Stop the summary being made (the parts already done are kept for next time)."""
        if self._job is not None:
            self._job.cancel.set()
            self._panel.cancelling()

    def shutdown(self) -> None:
        """The window closes: stop the job without waiting."""
        if self._job is not None:
            self._job.cancel.set()

    def _mine(self, job_id: int) -> bool:
        return self._job is not None and job_id == self._job.job_id

    @Slot(object)
    def progress(self, update: SummaryProgress) -> None:
        if self._mine(update.job_id):
            self._panel.update_progress(update.progress)

    def _end(self) -> None:
        self._job = None
        self._panel.hide()
        self._chat.summarizing(False)

    @Slot(int, object)
    def finished(self, job_id: int, summary: Summary) -> None:
        if not self._mine(job_id):
            return
        assert self._job is not None
        path = self._job.path
        self._end()
        self.summaryDone.emit(self._save(summary, path))

    @Slot(int, str)
    def failed(self, job_id: int, message: str) -> None:
        if not self._mine(job_id):
            return
        self._end()
        if message:
            self.errorOccurred.emit(message)
        self.summaryDone.emit(None)

    def _save(self, summary: Summary, path: Path | None) -> int | None:
        """Open the summary as a new conversation, saved when there is a history.

        The file's path is kept with the summary, so it can offer questions about the file.
        """
        chat = self._chat
        request = self.tr("Summarize \u201c{title}\u201d.").format(title=summary.title)
        details = {k: v for k, v in summary.as_dict().items() if k != "summary"}
        if path is not None:
            details["path"] = str(path.resolve())
        if chat.store is None or chat.loaded is None:
            chat.new()
            chat.chat_model.append(ChatItem(Role.USER, request))
            chat.chat_model.append(ChatItem(Role.ASSISTANT, summary.text, document=path))
            return None
        try:
            conversation = chat.create(
                follow_up_prompt(chat.default_system_prompt(), summary),
                title=self.tr("Summary of \u201c{title}\u201d").format(title=summary.title))
            chat.store.add_message(conversation.id, Role.USER, request)
            chat.store.add_message(conversation.id, Role.ASSISTANT, summary.text,
                                   model=chat.loaded.info.name, stats={"summary": details})
        except PequenoError as exc:
            self.errorOccurred.emit(exc.message)
            return None
        chat.open(conversation.id)
        self.opened.emit(conversation.id)
        return conversation.id
