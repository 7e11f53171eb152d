"""The inference worker: the one object that touches the model, on its own thread.

Shaped like gpt4all-chat's ``ChatLLM``: created without a parent, moved to a ``QThread``, and
driven only by queued signals carrying immutable snapshots. Stopping sets the engine's cancel
event directly (thread-safe), so it takes effect within one token even while the worker's
thread is busy generating. Text reaches the GUI in batches, at most ~30 a second, so a fast
model cannot flood the event loop. The worker also saves the streaming reply through its own
history connection, so the GUI thread never waits for a write, and indexes documents for
questions (:class:`IndexRequest`) there too.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import logging
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from assistant.core.conversation.service import (
    ContextFitted,
    ContextResizing,
    ConversationService,
    ReplyCited,
    ReplyFinished,
    ReplyStarted,
    ReplyText,
    SourcesFound,
    SummaryFolding,
    TurnFailed,
    TurnRequest,
    UserMessageSaved,
)
from assistant.core.documents.loaders import Document, document_from_text, load_document
from assistant.core.documents.summarize import Progress, Style, Summarizer, SummaryCancelled
from assistant.core.errors import Cancelled, PequenoError
from assistant.core.history.store import HistoryStore
from assistant.core.history.summary_cache import SummaryCache, cache_for
from assistant.core.llm import speed
from assistant.core.llm.messages import GenerationParams
from assistant.core.llm.protocol import ChatEngine
from assistant.core.models.info import ModelInfo

if TYPE_CHECKING:
    from assistant.core.history.collections import DocumentIndex, IndexReport

log = logging.getLogger(__name__)

BATCH_SECONDS = 1 / 30
# The worker's niceness on Linux (see _yield_to_the_window).
WORKER_NICE = 5
PROGRESS_STEP = 0.01  # load progress is reported in steps of 1%
INDEX_PROGRESS_SECONDS = 0.1  # indexing progress is reported at most ten times a second


@dataclass(frozen=True)
class LoadRequest:
    """Load this model with these options."""

    path: Path
    n_ctx: int | None
    n_threads: int | None
    n_gpu_layers: int
    serial: int = 0  # from InferenceWorker.new_load(); a newer serial replaces this load
    warm_bytes: int | None = None  # memory for left conversations' caches (None: automatic)
    # llama.cpp's weight repacking: the setting, decided here (core.llm.speed.repacking) with
    # the speed profiles kept in ``cache_dir``; off without one.
    repacking: str = "off"
    cache_dir: Path | None = None


@dataclass(frozen=True)
class ReplyRequest:
    """Run ``turn`` (see :class:`assistant.core.conversation.service.TurnRequest`)."""

    request_id: int
    turn: TurnRequest


@dataclass(frozen=True)
class MeasureRequest:
    """Report what of a conversation fits the context, generating nothing."""

    request_id: int
    conversation_id: int
    params: GenerationParams
    default_system: str | None


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
class IndexRequest:
    """Index a file or a folder (``path``), or refresh a collection (``collection_id``).

    A file or folder indexed before is only brought up to date. ``cancel`` is set by the GUI
    to stop the job between files and pages.
    """

    job_id: int
    cancel: threading.Event
    path: Path | None = None
    collection_id: int | None = None


@dataclass(frozen=True)
class LoadedModel:
    """What the GUI shows about the loaded model."""

    info: ModelInfo
    n_ctx: int  # the context a conversation may use
    allocated: int  # the context allocated now (it grows on demand)


class InferenceWorker(QObject):
    """Owns the engine; lives on its own thread. Talk to it only through signals.

    Chat turns run through the core's :class:`ConversationService`, exactly as in the command
    line; this class only maps its events to signals, batching the reply's text.
    """

    modelLoading = Signal(object)  # LoadRequest
    modelLoaded = Signal(object)  # LoadedModel
    modelLoadFailed = Signal(str)
    modelLoadProgress = Signal(object, float)  # LoadRequest, share done (0 to 1)
    modelLoadCancelled = Signal(object)  # LoadRequest (no model is loaded now)
    contextResizing = Signal(int, str)  # request id, what to tell the user
    contextAllocated = Signal(int)  # tokens of context allocated now
    modelUnloaded = Signal()
    userMessageSaved = Signal(int, int)  # request id, the user message's id
    replyStarted = Signal(int, int)  # request id, assistant message id
    replyText = Signal(int, str)  # request id, text since the last batch
    replyFinished = Signal(int, object)  # request id, ReplyStats (None if unknown)
    replyFailed = Signal(int, str)  # request id, message for the user ("" when stopped)
    contextUsed = Signal(int)  # prompt tokens of the conversation as sent
    contextFitted = Signal(int, object)  # request id, ContextFitted (before the reply starts)
    messageTooLarge = Signal(int, str)  # request id, the message (replyFailed follows)
    summaryProgress = Signal(object)  # SummaryProgress
    summaryFinished = Signal(int, object)  # job id, Summary
    summaryFailed = Signal(int, str)  # job id, message for the user ("" when cancelled)
    runningSummaryStarted = Signal(int)  # request id: older turns are being summarized
    sourcesFound = Signal(int, object)  # request id, the passages given (empty: none found)
    replyCited = Signal(int, object)  # request id, the Citations of the reply (after its text)
    indexProgress = Signal(int, int, int)  # job id, done, total
    indexFinished = Signal(int, object)  # job id, IndexReport
    indexFailed = Signal(int, str)  # job id, message for the user ("" when cancelled)
    collectionRemoved = Signal(int, int)  # job id, collection id

    def __init__(self, engine: ChatEngine, store: HistoryStore | None,
                 cache_dir: Path | None = None) -> None:
        super().__init__()
        self._engine = engine
        self._cache_dir = cache_dir  # where the models' speed figures are kept
        self._store = store
        self._service = ConversationService(engine, store) if store is not None else None
        self._index: DocumentIndex | None = None
        self._current: ReplyRequest | None = None
        self._stopped: set[int] = set()
        self._stop_all = False
        self._cache: SummaryCache = cache_for(store)
        self._load_serial = itertools.count(1)
        self._latest_load = 0
        self._cancel_mark = -1

    def stop(self, request_id: int | None = None) -> None:
        """Stop request ``request_id`` (``None``: every request) within one token.

        Safe to call from any thread, also before the worker has started the request: the
        id is remembered first and checked once the turn starts, so no stop is lost.
        """
        if request_id is None:
            self._stop_all = True
        else:
            self._stopped.add(request_id)
        current = self._current
        if current is not None and (request_id is None or current.request_id == request_id):
            current.turn.cancel.set()
            self._engine.cancel()  # also interrupts a long prompt evaluation

    def _is_stopped(self, request_id: int) -> bool:
        return self._stop_all or request_id in self._stopped

    def new_load(self) -> int:
        """A serial for the next :class:`LoadRequest`; it replaces any load before it.

        Safe to call from any thread: a load in progress stops at its next progress report,
        and a queued one is skipped.
        """
        self._latest_load = next(self._load_serial)
        return self._latest_load

    def set_warm_budget(self, megabytes: int | None) -> None:
        """Memory for the caches of left conversations (``None``: automatic; thread-safe).

        The engine reads the budget each time it keeps a conversation: one attribute, written
        whole.
        """
        self._engine.warm_budget = None if megabytes is None else megabytes * 2**20

    def cancel_load(self) -> None:
        """Stop the load in progress, and any queued (thread-safe)."""
        self._cancel_mark = self._latest_load = next(self._load_serial)

    def _current_load(self, request: LoadRequest) -> bool:
        return not request.serial or request.serial == self._latest_load

    def _newer_queued(self) -> bool:
        """Whether the newest serial is a load request (not a cancellation)."""
        return self._latest_load != self._cancel_mark

    @Slot(object)
    def load(self, request: LoadRequest) -> None:
        """Unload the current model and load another, reporting progress."""
        _yield_to_the_window()
        if not self._current_load(request):
            if not self._newer_queued():
                self.modelLoadCancelled.emit(request)
            return
        self.modelLoading.emit(request)
        reported = -1.0

        def progress(share: float) -> bool:
            nonlocal reported
            if share - reported >= PROGRESS_STEP or share >= 1.0 > reported:
                reported = share
                self.modelLoadProgress.emit(request, share)
            return self._current_load(request)

        # Decided here, not in the window: it reads the model's header and the kept profiles.
        repack = request.repacking == "on" if request.cache_dir is None else speed.repacking(
            request.repacking, request.cache_dir, request.path, request.n_threads)
        try:
            info = self._engine.load(request.path, n_ctx=request.n_ctx,
                                     n_threads=request.n_threads,
                                     n_gpu_layers=request.n_gpu_layers, progress=progress,
                                     repack=repack)
        except Cancelled:
            if not self._newer_queued():
                self.modelLoadCancelled.emit(request)
            return
        except PequenoError as exc:
            self.modelLoadFailed.emit(exc.message)
            return
        self._engine.warm_budget = request.warm_bytes
        # What a load leaves (the vocabulary's pieces, the header) lives as long as the model:
        # out of the collector's sight, a full collection during a reply no longer walks it
        # (30 ms of frozen window for Phi-3-mini here, 13 ms after). Freezing is O(1); the
        # cyclic garbage alive at this moment stays, and a load leaves little.
        gc.freeze()
        self.modelLoaded.emit(LoadedModel(info, self._engine.n_ctx, self._engine.allocated_ctx))

    @Slot()
    def unload(self) -> None:
        """Free the model."""
        self._engine.unload()
        self.modelUnloaded.emit()

    @Slot(object)
    def measure(self, request: MeasureRequest) -> None:
        """Report what of a conversation fits the context, without generating."""
        if self._engine.info is None or self._service is None:
            return
        try:
            fitted = self._service.fit(request.conversation_id, request.params,
                                       request.default_system)
        except PequenoError:
            return  # the reply will say it
        self.contextFitted.emit(request.request_id, fitted)

    @Slot(object)
    def generate(self, request: ReplyRequest) -> None:
        """Run one chat turn, streaming the reply to the window in batches."""
        _yield_to_the_window()
        rid = request.request_id
        if self._service is None:
            self.replyFailed.emit(rid, self.tr("There is no history to save the chat in."))
            return
        self._current = request
        if self._is_stopped(rid):
            request.turn.cancel.set()
        pending: list[str] = []
        sent_at = time.monotonic()
        try:
            for event in self._service.turn(request.turn):
                if isinstance(event, ReplyText):
                    pending.append(event.text)
                    now = time.monotonic()
                    if now - sent_at >= BATCH_SECONDS:
                        self.replyText.emit(rid, "".join(pending))
                        pending.clear()
                        sent_at = now
                    continue
                if pending:
                    self.replyText.emit(rid, "".join(pending))
                    pending.clear()
                self._emit(rid, event)
        finally:
            self._current = None
            self._stopped.discard(rid)
            self.contextAllocated.emit(self._engine.allocated_ctx)

    def _emit(self, rid: int, event: object) -> None:
        if isinstance(event, UserMessageSaved):
            self.userMessageSaved.emit(rid, event.message_id)
        elif isinstance(event, ContextFitted):
            self.contextFitted.emit(rid, event)
        elif isinstance(event, SummaryFolding):
            self.runningSummaryStarted.emit(rid)
        elif isinstance(event, ContextResizing):
            self.contextResizing.emit(rid, event.message())
        elif isinstance(event, SourcesFound):
            self.sourcesFound.emit(rid, tuple(event.hits))
        elif isinstance(event, ReplyStarted):
            self.replyStarted.emit(rid, event.message_id)
        elif isinstance(event, ReplyCited):
            self.replyCited.emit(rid, tuple(event.citations))
        elif isinstance(event, ReplyFinished):
            if event.stats is not None:
                self.contextUsed.emit(event.stats.prompt_tokens + event.stats.completion_tokens)
            self.replyFinished.emit(rid, event.stats)
        elif isinstance(event, TurnFailed):
            if event.too_large is not None:
                self.messageTooLarge.emit(rid, event.too_large)
            self.replyFailed.emit(rid, event.message)

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
            summary = Summarizer(
                self._engine, self._cache,
                speed=lambda: speed.figures_for(self._engine, self._cache_dir)).summarize(
                document, style=request.style, language=request.language, progress=report,
                cancel=request.cancel)
        except PequenoError as exc:
            cancelled = request.cancel.is_set() or isinstance(exc, SummaryCancelled)
            self.summaryFailed.emit(request.job_id, "" if cancelled else exc.message)
            return
        except Exception:  # a bug: keep the app alive, and log it for the report
            log.exception("summarizing a document failed (job %d)", request.job_id)
            self.summaryFailed.emit(request.job_id, self.tr(
                "The summary failed because of an error in Pequeno. Details are in the log."))
            return
        self.summaryFinished.emit(request.job_id, summary)

    def _documents(self) -> DocumentIndex | None:
        if self._index is None and self._store is not None:
            # Imported on first use: it brings the stemmers, which a plain chat never needs.
            from assistant.core.history.collections import DocumentIndex

            self._index = DocumentIndex(self._store)
        return self._index

    @Slot(object)
    def index(self, request: IndexRequest) -> None:
        """Index a file or folder, or refresh a collection, reporting progress."""
        _yield_to_the_window()
        job = request.job_id
        index = self._documents()
        if index is None:
            self.indexFailed.emit(job, self.tr("There is no history to keep the index in."))
            return
        reported = 0.0

        def progress(done: int, total: int) -> None:
            nonlocal reported
            now = time.monotonic()
            if now - reported >= INDEX_PROGRESS_SECONDS or done >= total:
                reported = now
                self.indexProgress.emit(job, done, total)

        try:
            report: IndexReport
            if request.collection_id is not None:
                report = index.refresh(request.collection_id, cancel=request.cancel,
                                       progress=progress)
            else:
                assert request.path is not None
                indexer = index.index_folder if request.path.is_dir() else index.index_file
                report = indexer(request.path, cancel=request.cancel, progress=progress)
        except PequenoError as exc:
            cancelled = request.cancel.is_set() or isinstance(exc, Cancelled)
            self.indexFailed.emit(job, "" if cancelled else exc.message)
            return
        except Exception:  # a bug: keep the app alive, and log it for the report
            log.exception("indexing failed (job %d)", job)
            self.indexFailed.emit(job, self.tr(
                "Indexing failed because of an error in Pequeno. Details are in the log."))
            return
        self.indexFinished.emit(job, report)

    @Slot(int, int)
    def remove_collection(self, job_id: int, collection_id: int) -> None:
        """Remove a collection and every passage of it from the history."""
        index = self._documents()
        try:
            if index is None:
                raise PequenoError(self.tr("There is no history to keep the index in."))
            index.remove(collection_id)
        except PequenoError as exc:
            self.indexFailed.emit(job_id, exc.message)
            return
        self.collectionRemoved.emit(job_id, collection_id)

    @Slot()
    def shutdown(self) -> None:
        """Free the model and the history connection (called on the worker's thread)."""
        self._engine.unload()
        if self._store is not None:
            self._store.close()
            self._store = None
            self._service = None
            self._index = None


def _yield_to_the_window() -> None:
    """Lower the calling (worker) thread's priority, so the window's thread runs first.

    llama.cpp keeps every core busy while it computes; on a machine with few cores the window's
    thread would otherwise wait for a time slice (20-30 ms seen on 2 cores) and stutter. Its
    compute threads are started from this one and inherit the priority; the window's thread
    sleeps almost always, so the model loses next to no speed. Qt's thread priorities are
    ignored on Linux, where a thread's nice value does this instead.
    """
    if not sys.platform.startswith("linux"):
        return
    thread = threading.get_native_id()
    with contextlib.suppress(OSError):
        if os.getpriority(os.PRIO_PROCESS, thread) < WORKER_NICE:
            os.setpriority(os.PRIO_PROCESS, thread, WORKER_NICE)
