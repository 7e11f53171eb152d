"""What the rest of the core needs of an engine: one protocol for the real engine and fakes.

:class:`assistant.core.llm.engine.Engine` implements :class:`ChatEngine`; the UI tests' fast fake
does too. Code that only counts tokens (the context policy) asks for the narrower
:class:`Tokenizer`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Protocol

from assistant.core.llm.loading import LoadProgress
from assistant.core.llm.messages import ChatMessage, GenerationParams, ReplyStats
from assistant.core.models.info import ModelInfo


class Tokenizer(Protocol):
    """Counting tokens the way the loaded model does."""

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text`` alone."""

    def prompt_tokens(self, messages: Sequence[ChatMessage]) -> list[int]:
        """The exact prompt the model reads for ``messages``."""


class ChatStream(Protocol):
    """A reply being generated (see :class:`assistant.core.llm.engine.ReplyStream`)."""

    stats: ReplyStats | None

    def __iter__(self) -> Iterator[str]:
        """The reply's text, piece by piece."""

    def cancel(self) -> None:
        """Stop within one token (thread-safe)."""


class ChatEngine(Tokenizer, Protocol):
    """One loaded model: load, count, and stream replies. Used from one thread at a time."""

    warm_budget: int | None
    """Bytes the caches of left conversations may take (``None``: automatic, 0: none)."""

    @property
    def info(self) -> ModelInfo | None:
        """The loaded model's metadata, or ``None``."""

    @property
    def n_ctx(self) -> int:
        """The context a conversation may use (0 when none is loaded)."""

    @property
    def allocated_ctx(self) -> int:
        """The context allocated now (at most :attr:`n_ctx`; it grows on demand)."""

    def context_for(self, tokens: int) -> int:
        """The context that would be allocated for a reply needing ``tokens``."""

    def reserve(self, tokens: int) -> int:
        """Allocate the context for a reply needing ``tokens``; return its size."""

    def load(self, path: Path, *, n_ctx: int | None = None, n_threads: int | None = None,
             n_gpu_layers: int = 0, progress: LoadProgress | None = None,
             repack: bool = False) -> ModelInfo:
        """Load the GGUF at ``path``, replacing any loaded model (``progress`` may cancel)."""

    def unload(self) -> None:
        """Free the loaded model."""

    def cancel(self) -> None:
        """Stop the reply in progress within one token (thread-safe)."""

    def chat(self, messages: Sequence[ChatMessage], params: GenerationParams | None = None, *,
             cancel: threading.Event | None = None, keep_warm: bool = True) -> ChatStream:
        """Start a reply to ``messages``; setting ``cancel`` stops it within one token.

        ``keep_warm=False``: a one-off prompt, not worth keeping once the context moves on.
        """
