"""A fast fake engine for UI tests that are about the window, not the model.

Every capability also has a test on the real starter model; this one only makes window
behaviour (batching, shortcuts, error display) quick and exact to test.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.core.errors import Cancelled, EngineError
from assistant.core.llm.loading import LoadProgress
from assistant.core.llm.messages import ChatMessage, GenerationParams, ReplyStats, StopReason
from assistant.core.models.info import ModelInfo


def fake_info(path: Path) -> ModelInfo:
    """Metadata for the fake model."""
    return ModelInfo(path=path, size_bytes=1, name="Fake model", architecture="llama",
                     parameters=1, quantization="F16", trained_context=4096,
                     original_context=None, n_layer=1, n_embd=8, n_head=1, n_head_kv=1,
                     chat_template=None, bos_token="", eos_token="", end_of_turn_tokens=())


@dataclass
class FakeStream:
    """Yields the fake reply piece by piece, honouring cancel between pieces."""

    pieces: list[str]
    cancel_event: threading.Event
    delay: float
    stats: ReplyStats | None = None

    def cancel(self) -> None:
        self.cancel_event.set()

    def __iter__(self) -> Iterator[str]:
        start = time.perf_counter()
        sent = 0
        reason = StopReason.END_OF_TURN
        for piece in self.pieces:
            if self.cancel_event.is_set():
                reason = StopReason.CANCELLED
                break
            if self.delay:
                time.sleep(self.delay)
            sent += 1
            yield piece
        self.stats = ReplyStats(prompt_tokens=10, cached_prompt_tokens=0,
                                completion_tokens=sent, time_to_first_token=0.001,
                                tokens_per_second=1000.0,
                                total_time=time.perf_counter() - start, stop_reason=reason)


@dataclass
class FakeEngine:
    """Replies with ``reply`` split into ``pieces`` pieces; or fails with ``error``."""

    reply: str = "Hello from the **fake** model."
    pieces: int = 8
    delay: float = 0.0
    error: str | None = None
    fail_load: str | None = None
    vary: bool = False
    requests: list[tuple[ChatMessage, ...]] = field(default_factory=list)
    _info: ModelInfo | None = None
    warm_budget: int | None = None
    _cancel: threading.Event = field(default_factory=threading.Event)

    @property
    def info(self) -> ModelInfo | None:
        return self._info

    @property
    def n_ctx(self) -> int:
        return 4096 if self._info else 0

    @property
    def allocated_ctx(self) -> int:
        return self.n_ctx

    def context_for(self, tokens: int) -> int:
        return self.n_ctx

    def reserve(self, tokens: int) -> int:
        return self.n_ctx

    def load(self, path: Path, *, n_ctx: int | None = None, n_threads: int | None = None,
             n_gpu_layers: int = 0, progress: LoadProgress | None = None,
             repack: bool = False) -> ModelInfo:
        if self.fail_load:
            raise EngineError(self.fail_load)
        if progress is not None and not (progress(0.0) and progress(1.0)):
            raise Cancelled("cancelled")
        self._info = fake_info(path)
        return self._info

    def unload(self) -> None:
        self._info = None

    def cancel(self) -> None:
        self._cancel.set()

    def count_tokens(self, text: str) -> int:
        """One token a word: enough for the context policy's arithmetic."""
        return len(text.split())

    def prompt_tokens(self, messages: Sequence[ChatMessage]) -> list[int]:
        return list(range(sum(self.count_tokens(m.content) + 4 for m in messages)))

    def chat(self, messages: Sequence[ChatMessage], params: GenerationParams | None = None, *,
             cancel: threading.Event | None = None, keep_warm: bool = True) -> FakeStream:
        self.requests.append(tuple(messages))
        if self.error:
            raise EngineError(self.error)
        self._cancel = cancel if cancel is not None else threading.Event()
        # vary: a different text each time, so no rendering cache is warm from last time.
        reply = self.reply.replace(" ", f" {len(self.requests)}", 3) if self.vary else self.reply
        size = max(1, len(reply) // self.pieces)
        parts = [reply[i:i + size] for i in range(0, len(reply), size)]
        return FakeStream(parts, self._cancel, self.delay)
