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
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal, Slot

from assistant.core.engine import ChatMessage, GenerationParams, ReplyStats, StopReason
from assistant.core.errors import PequenoError
from assistant.core.history import HistoryStore, MessageState, ReplyRecorder
from assistant.core.modelinfo import ModelInfo

log = logging.getLogger(__name__)

BATCH_SECONDS = 1 / 30


class ChatEngine(Protocol):
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
    """Answer ``messages`` and save the reply into ``conversation_id``."""

    request_id: int
    conversation_id: int
    messages: tuple[ChatMessage, ...]
    params: GenerationParams


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

    def __init__(self, engine: ChatEngine, store: HistoryStore | None) -> None:
        super().__init__()
        self._engine = engine
        self._store = store
        self._stream: ChatStream | None = None
        self._stopped: set[int] = set()
        self._stop_all = False

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

    @Slot(object)
    def generate(self, request: ReplyRequest) -> None:
        """Stream a reply to ``request``, saving it as it grows."""
        info = self._engine.info
        recorder = None
        try:
            if self._store is not None:
                recorder = self._store.record_reply(
                    request.conversation_id, model=info.name if info else None)
                self.replyStarted.emit(request.request_id, recorder.message_id)
            else:
                self.replyStarted.emit(request.request_id, 0)
            stream = self._engine.chat(request.messages, request.params)
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

    @Slot()
    def shutdown(self) -> None:
        """Free the model and the history connection (called on the worker's thread)."""
        self._engine.unload()
        if self._store is not None:
            self._store.close()
            self._store = None
