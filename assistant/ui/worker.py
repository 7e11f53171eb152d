"""The inference worker: the one object that touches the model, on its own thread.

Shaped like gpt4all-chat's ``ChatLLM``: created without a parent, moved to a ``QThread``, and
driven only by queued signals carrying immutable snapshots. Stopping sets the engine's cancel
event directly (thread-safe), so it takes effect within one token even while the worker's
thread is busy generating. Text reaches the GUI in batches, at most ~30 a second, so a fast
model cannot flood the event loop. The worker also saves the streaming reply through its own
history connection, so the GUI thread never waits for a write.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal, Slot

from assistant.core import running_summary
from assistant.core.context import (
    FittedConversation,
    MessageTooLarge,
    Tokenizer,
    fit_conversation,
)
from assistant.core.documents import Document, document_from_text, load_document
from assistant.core.engine import ChatMessage, GenerationParams, ReplyStats, StopReason
from assistant.core.errors import PequenoError
from assistant.core.history import HistoryStore, MessageState, ReplyRecorder
from assistant.core.modelinfo import ModelInfo
from assistant.core.summarize import (
    MemoryCache,
    Progress,
    StoredCache,
    Style,
    Summarizer,
    SummaryCache,
    SummaryCancelled,
)

log = logging.getLogger(__name__)

BATCH_SECONDS = 1 / 30


class ChatEngine(Tokenizer, Protocol):
    """What the worker needs of an engine (the real one, or a fast fake in UI tests)."""

    @property
    def info(self) -> ModelInfo | None: ...

    @property
    def n_ctx(self) -> int: ...

    def load(self, path: Path, *, n_ctx: int | None = None, n_threads: int | None = None,
             n_gpu_layers: int = 0) -> ModelInfo: ...

    def unload(self) -> None: ...

    def cancel(self) -> None: ...

    def chat(self, messages: Sequence[ChatMessage], params: GenerationParams | None = None
             ) -> ChatStream: ...


class ChatStream(Protocol):
    """A reply being generated (see :class:`assistant.core.engine.ReplyStream`)."""

    stats: ReplyStats | None

    def __iter__(self) -> Iterator[str]: ...

    def cancel(self) -> None: ...


@dataclass(frozen=True)
class LoadRequest:
    """Load this model with these options."""

    path: Path
    n_ctx: int | None
    n_threads: int | None
    n_gpu_layers: int


@dataclass(frozen=True)
class ReplyRequest:
    """Answer the conversation and save the reply into ``conversation_id``.

    ``turns`` is the whole conversation without its system prompt; the worker fits it into
    the model's context (see :mod:`assistant.core.context`) and reports what it left out.
    """

    request_id: int
    conversation_id: int
    turns: tuple[ChatMessage, ...]
    params: GenerationParams
    system: str | None = None
    keep_summary: bool = False  # fold the turns that leave the context into a summary
    summary: str | None = None  # the running summary so far
    summary_covers: int = 0  # how many leading turns it covers


@dataclass(frozen=True)
class ContextReport:
    """What the model reads for a reply: how much of the context, and what was left out."""

    dropped: int  # messages, from the oldest, outside the context
    prompt_tokens: int
    n_ctx: int
    summarized: bool = False  # a running summary stands in for them


@dataclass(frozen=True)
class SummaryRequest:
    """Summarize a file (``path``) or a text (``text``, e.g. a message too long to send).

    ``cancel`` is set by the GUI to stop the job; it is checked at every page while reading
    and at every token while the model writes.
    """

    job_id: int
    title: str
    style: Style
    language: str | None
    cancel: threading.Event
    path: Path | None = None
    text: str | None = None


@dataclass(frozen=True)
class SummaryProgress:
    """A job's progress: ``progress`` is ``None`` while the document is being read."""

    job_id: int
    title: str
    progress: Progress | None


@dataclass(frozen=True)
class LoadedModel:
    """What the GUI shows about the loaded model."""

    info: ModelInfo
    n_ctx: int


class InferenceWorker(QObject):
    """Owns the engine; lives on its own thread. Talk to it only through signals."""

    modelLoading = Signal(object)  # LoadRequest
    modelLoaded = Signal(object)  # LoadedModel
    modelLoadFailed = Signal(str)
    modelUnloaded = Signal()
    replyStarted = Signal(int, int)  # request id, assistant message id
    replyText = Signal(int, str)  # request id, text since the last batch
    replyFinished = Signal(int, object)  # request id, ReplyStats
    replyFailed = Signal(int, str)  # request id, message for the user
    contextUsed = Signal(int)  # prompt tokens of the conversation as sent
    contextFitted = Signal(int, object)  # request id, ContextReport (before the reply starts)
    messageTooLarge = Signal(int, str)  # request id, the message (replyFailed follows)
    summaryProgress = Signal(object)  # SummaryProgress
    summaryFinished = Signal(int, object)  # job id, Summary
    summaryFailed = Signal(int, str)  # job id, message for the user ("" when cancelled)
    runningSummaryStarted = Signal(int)  # request id: older turns are being summarized

    def __init__(self, engine: ChatEngine, store: HistoryStore | None) -> None:
        super().__init__()
        self._engine = engine
        self._store = store
        self._stream: ChatStream | None = None
        self._stopped: set[int] = set()
        self._stop_all = False
        self._folding: threading.Event | None = None
        self._cache: SummaryCache = StoredCache(store) if store is not None else MemoryCache()

    def stop(self, request_id: int | None = None) -> None:
        """Stop request ``request_id`` (``None``: every request) within one token.

        Safe to call from any thread, also before the worker has started the request: the
        id is remembered first and checked once the stream exists, so no stop is lost.
        """
        if request_id is None:
            self._stop_all = True
        else:
            self._stopped.add(request_id)
        stream = self._stream
        if stream is not None:
            stream.cancel()
        folding = self._folding
        if folding is not None:
            folding.set()

    def _is_stopped(self, request_id: int) -> bool:
        return self._stop_all or request_id in self._stopped

    @Slot(object)
    def load(self, request: LoadRequest) -> None:
        """Unload the current model and load another."""
        self.modelLoading.emit(request)
        try:
            info = self._engine.load(request.path, n_ctx=request.n_ctx,
                                     n_threads=request.n_threads,
                                     n_gpu_layers=request.n_gpu_layers)
        except PequenoError as exc:
            self.modelLoadFailed.emit(exc.message)
            return
        self.modelLoaded.emit(LoadedModel(info, self._engine.n_ctx))

    @Slot()
    def unload(self) -> None:
        """Free the model."""
        self._engine.unload()
        self.modelUnloaded.emit()

    def _fit(self, request: ReplyRequest, summary: str | None = None) -> FittedConversation:
        return fit_conversation(self._engine, request.system, request.turns,
                                n_ctx=self._engine.n_ctx, max_tokens=request.params.max_tokens,
                                summary=summary or request.summary)

    def _fold(self, request: ReplyRequest, fitted: FittedConversation) -> FittedConversation:
        """Fold newly left-out turns into the conversation's running summary, and refit."""
        covers = min(request.summary_covers, fitted.dropped)
        if not request.keep_summary or fitted.dropped <= covers:
            return fitted
        self.runningSummaryStarted.emit(request.request_id)
        self._folding = threading.Event()
        if self._is_stopped(request.request_id):
            self._folding.set()
        try:
            summary = running_summary.update(self._engine, request.summary,
                                             request.turns[covers:fitted.dropped],
                                             cancel=self._folding)
        finally:
            self._folding = None
        if self._store is not None and summary:
            try:
                self._store.update_settings(request.conversation_id, running_summary={
                    "enabled": True, "text": summary, "covers": fitted.dropped})
            except PequenoError as exc:
                log.warning("the running summary could not be saved: %s", exc)
        return self._fit(request, summary)

    def _report_context(self, request_id: int, fitted: FittedConversation) -> None:
        self.contextFitted.emit(request_id, ContextReport(
            fitted.dropped, fitted.prompt_tokens, self._engine.n_ctx, fitted.summarized))

    @Slot(object)
    def measure(self, request: ReplyRequest) -> None:
        """Report what of a conversation fits the context, without generating."""
        if self._engine.info is None:
            return
        try:
            fitted = self._fit(request)
        except PequenoError:
            return  # the reply will say it
        self._report_context(request.request_id, fitted)

    @Slot(object)
    def generate(self, request: ReplyRequest) -> None:
        """Stream a reply to ``request``, saving it as it grows."""
        info = self._engine.info
        recorder = None
        try:
            fitted = self._fold(request, self._fit(request))
        except MessageTooLarge as exc:
            self.messageTooLarge.emit(request.request_id, exc.text)
            self.replyFailed.emit(request.request_id, exc.message)
            return
        except SummaryCancelled:  # stopped while folding old turns: nothing to report
            self._stopped.discard(request.request_id)
            self.replyFailed.emit(request.request_id, "")
            return
        except PequenoError as exc:
            self.replyFailed.emit(request.request_id, exc.message)
            return
        self._report_context(request.request_id, fitted)
        try:
            if self._store is not None:
                recorder = self._store.record_reply(
                    request.conversation_id, model=info.name if info else None)
                self.replyStarted.emit(request.request_id, recorder.message_id)
            else:
                self.replyStarted.emit(request.request_id, 0)
            stream = self._engine.chat(fitted.messages, request.params)
            self._stream = stream
            if self._is_stopped(request.request_id):
                stream.cancel()  # nothing is generated: the stream checks before it starts
            pending: list[str] = []
            sent_at = time.monotonic()
            for piece in stream:
                pending.append(piece)
                if recorder is not None:
                    recorder.append(piece)
                now = time.monotonic()
                if now - sent_at >= BATCH_SECONDS:
                    self.replyText.emit(request.request_id, "".join(pending))
                    pending.clear()
                    sent_at = now
            if pending:
                self.replyText.emit(request.request_id, "".join(pending))
        except PequenoError as exc:
            self._stream = None
            if recorder is not None:
                self._finish(recorder, None, MessageState.ERROR)
            self.replyFailed.emit(request.request_id, exc.message)
            return
        self._stream = None
        self._stopped.discard(request.request_id)
        stats = stream.stats
        if recorder is not None:
            stopped = stats is not None and stats.stop_reason is StopReason.CANCELLED
            self._finish(recorder, stats,
                         MessageState.PARTIAL if stopped else MessageState.COMPLETE)
        if stats is not None:
            self.contextUsed.emit(stats.prompt_tokens + stats.completion_tokens)
        self.replyFinished.emit(request.request_id, stats)

    @staticmethod
    def _finish(recorder: ReplyRecorder, stats: ReplyStats | None, state: MessageState) -> None:
        try:
            recorder.finish(stats.as_dict() if stats else None, state=state)
        except PequenoError as exc:
            log.warning("could not save the end of a reply: %s", exc)

    @Slot(object)
    def summarize(self, request: SummaryRequest) -> None:
        """Read a document and summarize it, reporting progress after each model call."""
        def report(progress: Progress | None) -> None:
            self.summaryProgress.emit(SummaryProgress(request.job_id, request.title, progress))

        report(None)
        try:
            document: Document
            if request.path is not None:
                document = load_document(request.path, cancel=request.cancel)
            else:
                document = document_from_text(request.text or "", request.title)
            summary = Summarizer(self._engine, self._cache).summarize(
                document, style=request.style, language=request.language, progress=report,
                cancel=request.cancel)
        except PequenoError as exc:
            cancelled = request.cancel.is_set() or isinstance(exc, SummaryCancelled)
            self.summaryFailed.emit(request.job_id, "" if cancelled else exc.message)
            return
        except Exception:  # a bug: keep the app alive, and log it for the report
            log.exception("summarizing %s failed", request.path or request.title)
            self.summaryFailed.emit(request.job_id, self.tr(
                "The summary failed because of an error in Pequeno. Details are in the log."))
            return
        self.summaryFinished.emit(request.job_id, summary)

    @Slot()
    def shutdown(self) -> None:
        """Free the model and the history connection (called on the worker's thread)."""
        self._engine.unload()
        if self._store is not None:
            self._store.close()
            self._store = None
