"""A real engine behind a wrapper that tests and benchmarks extend to watch what is asked of it."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from assistant.core.llm.engine import Engine
from assistant.core.llm.loading import LoadProgress
from assistant.core.llm.messages import ChatMessage, GenerationParams
from assistant.core.llm.protocol import ChatStream
from assistant.core.models.info import ModelInfo


class EngineWrapper:
    """Passes every call of the engine protocol to a real :class:`Engine`; override to watch."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def info(self) -> ModelInfo | None:
        """The loaded model's metadata."""
        return self.engine.info

    @property
    def n_ctx(self) -> int:
        """The context size."""
        return self.engine.n_ctx

    @property
    def warm_budget(self) -> int | None:
        """The engine's budget for left conversations."""
        return self.engine.warm_budget

    @warm_budget.setter
    def warm_budget(self, value: int | None) -> None:
        self.engine.warm_budget = value

    @property
    def allocated_ctx(self) -> int:
        """The context allocated now."""
        return self.engine.allocated_ctx

    def context_for(self, tokens: int) -> int:
        """The engine's context for ``tokens``."""
        return self.engine.context_for(tokens)

    def reserve(self, tokens: int) -> int:
        """Allocate the engine's context for ``tokens``."""
        return self.engine.reserve(tokens)

    def count_tokens(self, text: str) -> int:
        """The engine's count."""
        return self.engine.count_tokens(text)

    def prompt_tokens(self, messages: Sequence[ChatMessage]) -> list[int]:
        """The engine's prompt tokens."""
        return self.engine.prompt_tokens(messages)

    def load(self, path: Path, *, n_ctx: int | None = None, n_threads: int | None = None,
             n_gpu_layers: int = 0, progress: LoadProgress | None = None,
             repack: bool = False) -> ModelInfo:
        """Load a model into the engine."""
        return self.engine.load(path, n_ctx=n_ctx, n_threads=n_threads,
                                n_gpu_layers=n_gpu_layers, progress=progress, repack=repack)

    def unload(self) -> None:
        """Free the engine's model."""
        self.engine.unload()

    def cancel(self) -> None:
        """Stop the engine's reply."""
        self.engine.cancel()

    def chat(self, messages: Sequence[ChatMessage], params: GenerationParams | None = None, *,
             cancel: threading.Event | None = None, keep_warm: bool = True) -> ChatStream:
        """The engine's reply stream."""
        return self.engine.chat(messages, params, cancel=cancel, keep_warm=keep_warm)
