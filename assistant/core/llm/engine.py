"""The inference engine: one loaded GGUF model, streaming chat replies from it.

Qt-free and single-threaded by contract: one thread loads, generates and unloads; any other
thread may only call :meth:`Engine.cancel` or :meth:`ReplyStream.cancel`, which set a
``threading.Event`` checked before every token is handed out.

The engine keeps one ``llama_cpp.Llama`` per loaded model and feeds it whole rendered prompts;
llama.cpp then reuses the KV cache for the prefix shared with the previous turn, so a follow-up
turn only evaluates its new tokens. The caches of recently left conversations are kept in RAM
(:mod:`assistant.core.llm.warm`), so returning to one costs only its new tokens too.

Unless a fixed size is asked for, the context is allocated on demand: it starts at
:data:`START_CONTEXT` tokens and grows (or shrinks) with what a reply needs, up to the largest
context that fits the machine, keeping the weights loaded. The KV cache is stored as 8-bit
numbers with flash attention, which halves its memory against 16-bit.
"""

from __future__ import annotations

import codecs
import logging
import random
import threading
import time
from collections.abc import Generator, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.core.errors import Cancelled, EngineError
from assistant.core.i18n import format_number, translate
from assistant.core.llm import speed, warm
from assistant.core.llm.abort import AbortFlag
from assistant.core.llm.loading import (
    N_BATCH,
    LoadProgress,
    ProgressReporter,
    model_loading,
    route_llama_logs,
    vocabulary,
    without_chat_template_compilation,
)
from assistant.core.llm.messages import (
    ChatMessage,
    GenerationParams,
    ReplyStats,
    StopReason,
    as_messages,
)
from assistant.core.llm.repetition import LoopGuard, numbers
from assistant.core.llm.speed import SpeedFigures
from assistant.core.llm.stopfilter import StopFilter
from assistant.core.llm.template import CHATML_TEMPLATE, ChatTemplate
from assistant.core.models import memory
from assistant.core.models.info import ModelInfo, inspect_model

if TYPE_CHECKING:
    import llama_cpp

log = logging.getLogger(__name__)

# llama.cpp pads the context to memory.CONTEXT_STEP, while llama-cpp-python sizes its token
# buffer from the requested value; asking for a multiple keeps the two in agreement.
CONTEXT_STEP = memory.CONTEXT_STEP
# A context allocated on demand starts at this size and grows in steps of GROWTH_STEP.
START_CONTEXT = 4096
GROWTH_STEP = 4096
# ... and shrinks when a reply needs at most this share of it.
SHRINK_SHARE = 4

class ReplyStream:
    """A reply being generated: iterate it for text pieces; :attr:`stats` when it is done.

    Iterate it on the engine's thread. :meth:`cancel` may be called from any thread; no piece
    is handed out after the token during which it was called.
    """

    def __init__(self, engine: Engine, messages: tuple[ChatMessage, ...],
                 params: GenerationParams, cancel: threading.Event | None = None) -> None:
        self._cancel = cancel if cancel is not None else threading.Event()
        self._abort = engine._abort
        self._keep_warm = True
        self.stats: ReplyStats | None = None
        self._pieces: Generator[str, None, None] = engine._generate(messages, params, self)

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        return next(self._pieces)

    def cancel(self) -> None:
        """Stop the reply within one token (thread-safe), also during prompt evaluation."""
        self._cancel.set()
        self._abort.set()

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._cancel.is_set()

    def close(self) -> None:
        """Stop generating at once and release the model for the next request."""
        self._pieces.close()

    def text(self) -> str:
        """Consume the rest of the reply and return it whole."""
        return "".join(self)


class Engine:
    """Loads one GGUF model at a time and streams chat replies from it."""

    def __init__(self) -> None:
        self._llm: llama_cpp.Llama | None = None
        self._info: ModelInfo | None = None
        self._template: ChatTemplate | None = None
        self._pieces: list[bytes] = []
        self._numbers: frozenset[int] = frozenset()  # tokens that are only digits
        self._end_tokens: frozenset[int] = frozenset()
        self._busy = threading.Lock()
        self._active: ReplyStream | None = None
        self._abort = AbortFlag()
        self._limit = 0
        self._fixed = False
        self._cache = memory.CacheType.F16
        self._live_keep = True
        self._load_seconds = 0.0
        self.repacked = False
        """Whether the loaded model's weights were repacked by llama.cpp."""
        self.warm_budget: int | None = None
        """Bytes the caches of left conversations may take (``None``: automatic, 0: none)."""
        self._warm = warm.WarmStates(self._warm_bytes)

    # -- loading ---------------------------------------------------------------------------

    @property
    def info(self) -> ModelInfo | None:
        """The loaded model's metadata, or ``None``."""
        return self._info

    @property
    def n_ctx(self) -> int:
        """The context a conversation may use (0 when no model is loaded).

        With a context allocated on demand, the largest it may grow to; see
        :attr:`allocated_ctx` for what is allocated now.
        """
        return self._limit if self._llm is not None else 0

    @property
    def allocated_ctx(self) -> int:
        """The context allocated now, in tokens (0 when no model is loaded)."""
        return self._llm.n_ctx() if self._llm is not None else 0

    @property
    def cache_type(self) -> memory.CacheType:
        """How the loaded model's KV cache is stored."""
        return self._cache

    def load(self, path: Path, *, n_ctx: int | None = None, n_threads: int | None = None,
             n_gpu_layers: int = 0, progress: LoadProgress | None = None,
             repack: bool = False) -> ModelInfo:
        """Validate and load the GGUF at ``path``, replacing any loaded model.

        ``n_ctx`` fixes the context size (rounded up to a multiple of 256, as llama.cpp
        does). Without it the context is allocated on demand, up to the largest that fits
        this machine's memory and at most the trained one. ``n_threads`` defaults to the
        physical cores. ``progress`` is told how much of the load is done; when it returns
        ``False`` the load stops and :class:`Cancelled` is raised. ``repack`` lets llama.cpp
        repack the weights for this CPU (see :mod:`assistant.core.llm.speed` for when it pays).

        Raises:
            EngineError: bad file, unsafe template, not enough memory, or llama.cpp refused.
            Cancelled: ``progress`` cancelled the load.

        """
        info = inspect_model(path)
        template = ChatTemplate(info.chat_template or CHATML_TEMPLATE,
                                bos_token=info.bos_token, eos_token=info.eos_token)
        fixed = n_ctx is not None
        budget = min(memory.available_bytes(), memory.usable_bytes())
        cache = memory.cache_type_for(info, budget)
        if n_ctx is None:
            n_ctx = memory.largest_context(info, budget, cache) or CONTEXT_STEP
        if n_ctx < 16:
            raise EngineError(translate("Engine", "A context of {n} tokens is too small.")
                              .format(n=n_ctx))
        limit = _round_up(n_ctx, CONTEXT_STEP)
        start = limit if fixed else min(limit, START_CONTEXT)
        needed = memory.load_bytes(info, start, cache)
        available = memory.available_bytes()
        if needed > available:
            raise EngineError(translate(
                "Engine", "Not enough memory to load {name} with a context of {n_ctx} tokens: "
                "it needs about {needed} GiB and {available} GiB is available. "
                "Choose a smaller context size.").format(
                    name=info.name, n_ctx=format_number(start),
                    needed=format_number(needed / 2**30, 1),
                    available=format_number(available / 2**30, 1)))
        self.unload()
        threads = n_threads or memory.physical_cores()
        log.info("loading a %s model of %d bytes (n_ctx=%d of %d, kv=%s, threads=%d, "
                 "gpu_layers=%d, repack=%s)", info.architecture, info.size_bytes, start, limit,
                 cache, threads, n_gpu_layers, repack)
        import llama_cpp  # deferred: importing it loads the native library (~0.3 s)

        route_llama_logs()
        reporter = ProgressReporter(progress)
        began = time.perf_counter()
        try:
            with model_loading(progress=reporter.callback, repack=repack), \
                    without_chat_template_compilation():
                llm = llama_cpp.Llama(
                    model_path=str(path), n_ctx=start, n_batch=min(N_BATCH, start),
                    n_threads=threads, n_threads_batch=threads, n_gpu_layers=n_gpu_layers,
                    flash_attn=True, type_k=cache.ggml_type, type_v=cache.ggml_type,
                    verbose=False,
                    chat_format="chatml",  # we render the GGUF's template ourselves
                )
        except (ValueError, RuntimeError, OSError) as exc:
            if reporter.cancelled:
                raise Cancelled(translate("Engine", "Loading the model was cancelled.")) \
                    from None
            log.warning("llama.cpp could not load the model (%s)", type(exc).__name__)
            raise EngineError(translate(
                "Engine", "The model {name} could not be loaded with a context of {n_ctx} "
                "tokens. The file may be damaged, or the machine may lack memory for it.")
                .format(name=info.name, n_ctx=start)) from exc
        self._llm, self._info, self._template = llm, info, template
        self._limit, self._fixed, self._cache = limit, fixed, cache
        self._load_seconds, self.repacked = time.perf_counter() - began, repack
        self._abort.attach(llm)
        self._pieces, self._end_tokens = vocabulary(llm, info)
        self._numbers = numbers(self._pieces)
        return info

    def unload(self) -> None:
        """Free the loaded model, if any (cancelling a reply in progress)."""
        if self._active is not None:
            self._active.cancel()
            self._active.close()
            self._active = None
        self._warm.clear(release=True)
        if self._llm is not None:
            self._llm.close()
        self._llm = self._info = self._template = None
        self._pieces, self._end_tokens = [], frozenset()
        self._limit = 0

    # -- context size ----------------------------------------------------------------------

    def context_for(self, tokens: int) -> int:
        """The context allocated for a reply that needs ``tokens`` (prompt and reply)."""
        allocated = self.allocated_ctx
        if self._fixed or self._llm is None:
            return allocated
        wanted = min(self._limit, max(START_CONTEXT, _round_up(tokens, GROWTH_STEP)))
        if wanted > allocated or wanted * SHRINK_SHARE <= allocated:
            return wanted
        return allocated

    def reserve(self, tokens: int) -> int:
        """Allocate the context :meth:`context_for` gives for ``tokens``; return its size.

        Growing keeps the weights and what the context holds (unless the RoPE factors
        change with the size, as for LongRoPE models past their original context).

        Raises:
            EngineError: the machine lacks the memory for the larger context now.

        """
        llm, _ = self._require()
        wanted = self.context_for(tokens)
        if wanted != llm.n_ctx():
            self._resize(llm, wanted)
        return llm.n_ctx()

    def _regime(self, n_ctx: int) -> bool:
        """Whether a context of ``n_ctx`` computes RoPE with a model's long factors."""
        info = self._info
        return bool(info is not None and info.long_context and info.original_context
                    and n_ctx > info.original_context)

    def _resize(self, llm: llama_cpp.Llama, n_ctx: int) -> None:
        from llama_cpp import _internals

        info = self._info
        assert info is not None
        old = llm.n_ctx()
        extra = memory.kv_cache_bytes(info, n_ctx - old, self._cache)
        if extra > memory.available_bytes() + self._warm.bytes:
            raise EngineError(translate(
                "Engine", "Not enough memory to enlarge the context to {n_ctx} tokens. "
                "Close other programs, or start a new conversation.").format(
                    n_ctx=format_number(n_ctx)))
        if self._regime(old) == self._regime(n_ctx):
            self._keep_live(llm, force=True)
        log.info("context %d -> %d tokens", old, n_ctx)
        params = llm.context_params
        params.n_ctx = n_ctx
        llm._ctx.close()  # type: ignore[no-untyped-call]
        try:
            context = _internals.LlamaContext(model=llm._model, params=params, verbose=False)
        except ValueError as exc:
            params.n_ctx = old
            llm._ctx = _internals.LlamaContext(model=llm._model, params=params, verbose=False)
            self._after_resize(llm)
            raise EngineError(translate(
                "Engine", "Not enough memory to enlarge the context to {n_ctx} tokens. "
                "Close other programs, or start a new conversation.").format(
                    n_ctx=format_number(n_ctx))) from exc
        llm._ctx = context
        self._after_resize(llm)

    def _after_resize(self, llm: llama_cpp.Llama) -> None:
        import numpy as np

        llm._stack.callback(llm._ctx.close)
        llm._n_ctx = llm.n_ctx()
        llm.input_ids = np.ndarray((llm._n_ctx,), dtype=np.intc)
        llm.n_tokens = 0
        llm._requires_eval = True
        self._abort.attach(llm)

    def measure_speed(self) -> SpeedFigures | None:
        """Time prompts and replies (each at several depths) on the loaded model, in its context.

        What the context held is kept warm first (within the budget). ``None`` when the
        context is too small to measure in.
        """
        llm, _ = self._require()
        prompt = min(speed.PROBE_PROMPT, (llm.n_ctx() - 2 * speed.PROBE_GENERATE - 8)
                     // speed.PROBE_BATCH * speed.PROBE_BATCH)
        if prompt < 3 * speed.PROBE_BATCH:
            return None
        self._keep_live(llm)
        try:
            return speed.time_prompt_and_replies(llm, self._load_seconds, prompt)
        finally:
            llm.reset()  # type: ignore[no-untyped-call]
            llm._ctx.kv_cache_seq_rm(-1, 0, -1)

    # -- conversations kept warm -----------------------------------------------------------

    def _warm_bytes(self) -> int:
        if self.warm_budget is not None:
            return max(0, self.warm_budget)
        # Half of what the machine has free beyond the share the memory-fit policy leaves to
        # the system; the budget shrinks as other programs take memory.
        total = memory.total_bytes()
        reserve = total - memory.usable_bytes(total)
        return max(0, (memory.available_bytes() + self._warm.bytes - reserve) // 2)

    @property
    def warm_conversations(self) -> int:
        """How many left conversations are kept warm."""
        return len(self._warm)

    def _keep_live(self, llm: llama_cpp.Llama, *, force: bool = False) -> None:
        """Keep what the context holds warm, unless it is a one-off or too short to matter.

        ``force`` keeps it beyond the budget, for the moment the context is re-sized.
        """
        if not self._live_keep or (not force and llm.n_tokens < warm.MIN_TOKENS):
            return
        size = warm.state_size(llm)
        if size == 0 or (not force and not self._warm.room_for(size)):
            return
        buffer = self._warm.buffer(size)
        state = warm.save(llm, self._regime(llm.n_ctx()), buffer)
        if state is None:
            buffer.release()
        else:
            self._warm.keep(state, force=force)

    def _ready_spare(self, llm: llama_cpp.Llama) -> None:
        """After a reply: ready memory to keep its conversation warm should the user leave."""
        if self._live_keep and llm.n_tokens >= warm.MIN_TOKENS:
            self._warm.prepare(warm.state_size(llm))

    def _warm_up(self, llm: llama_cpp.Llama, tokens: list[int]) -> None:
        """Bring back the saved state that shares most of ``tokens``, keeping the live one."""
        live = warm.common_prefix(llm._input_ids, tokens)
        regime = self._regime(llm.n_ctx())
        index, shared = self._warm.best(tokens, regime, llm.n_ctx())
        returning = self._warm.take(index) if index >= 0 and shared >= live + warm.MIN_GAIN \
            else None
        if live < llm.n_tokens // 2:  # another conversation: keep the one being left
            self._keep_live(llm)
        if returning is not None:
            warm.restore(llm, returning)
            self._warm.give_back(returning.wipe())
        self._warm.trim()

    def _require(self) -> tuple[llama_cpp.Llama, ChatTemplate]:
        if self._llm is None or self._template is None:
            raise EngineError(translate("Engine", "No model is loaded."))
        return self._llm, self._template

    # -- tokens ----------------------------------------------------------------------------

    def count_tokens(self, text: str) -> int:
        """How many tokens ``text`` takes for the loaded model."""
        llm, _ = self._require()
        return len(llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def render_prompt(self, messages: Sequence[ChatMessage | Mapping[str, str]]) -> str:
        """The prompt text the model reads for ``messages``, in its own chat format."""
        _, template = self._require()
        return template.render([m.as_dict() for m in as_messages(messages)])

    def prompt_tokens(self, messages: Sequence[ChatMessage | Mapping[str, str]]) -> list[int]:
        """The prompt the model reads for ``messages``, as tokens."""
        llm, _ = self._require()
        text = self.render_prompt(messages)
        bos = self._info.bos_token if self._info is not None else ""
        # Templates that write the BOS token themselves must not get a second one.
        add_bos = not (bos and text.startswith(bos))
        return llm.tokenize(text.encode("utf-8"), add_bos=add_bos, special=True)

    # -- generation ------------------------------------------------------------------------

    def chat(self, messages: Sequence[ChatMessage | Mapping[str, str]],
             params: GenerationParams | None = None, *,
             cancel: threading.Event | None = None, keep_warm: bool = True) -> ReplyStream:
        """Start a reply to ``messages``; nothing runs until the stream is iterated.

        ``cancel``, when given, is the stream's stop flag: setting it (from any thread) stops
        the reply at the next token, as :meth:`ReplyStream.cancel` does. ``keep_warm=False``
        marks a one-off prompt (a summary's part) whose cache is not worth keeping once
        another conversation needs the context.
        """
        self._require()
        if self._active is not None:
            self._active.close()
        self._active = ReplyStream(self, as_messages(messages), params or GenerationParams(),
                                   cancel)
        self._active._keep_warm = keep_warm
        return self._active

    def clear_cache(self) -> None:
        """Forget the cached context and the conversations kept warm.

        The next reply evaluates its whole prompt.
        """
        llm, _ = self._require()
        self._warm.clear()
        llm.reset()  # type: ignore[no-untyped-call]

    def cancel(self) -> None:
        """Stop the reply in progress within one token (thread-safe)."""
        active = self._active
        if active is not None:
            active.cancel()

    def _generate(self, messages: tuple[ChatMessage, ...], params: GenerationParams,
                  stream: ReplyStream) -> Generator[str, None, None]:
        if not self._busy.acquire(blocking=False):
            raise EngineError(translate("Engine", "The model is busy with another reply."))
        try:
            yield from self._generate_locked(messages, params, stream)
        finally:
            self._busy.release()

    def _generate_locked(self, messages: tuple[ChatMessage, ...], params: GenerationParams,
                         stream: ReplyStream) -> Iterator[str]:
        llm, _ = self._require()
        info = self._info
        assert info is not None
        start = time.perf_counter()
        tokens = self.prompt_tokens(messages)
        if len(tokens) >= self._limit:
            raise EngineError(translate(
                "Engine", "The conversation ({n} tokens) does not fit the model's context "
                "window ({n_ctx} tokens).").format(n=len(tokens), n_ctx=self._limit))
        self.reserve(len(tokens) + min(params.max_tokens, self._limit - len(tokens)))
        self._warm_up(llm, tokens)
        self._live_keep = stream._keep_warm
        n_ctx = llm.n_ctx()
        if len(tokens) >= n_ctx:
            raise EngineError(translate(
                "Engine", "The conversation ({n} tokens) does not fit the model's context "
                "window ({n_ctx} tokens).").format(n=len(tokens), n_ctx=n_ctx))
        room = n_ctx - len(tokens)
        budget = min(params.max_tokens, room)
        cached = _cached_prefix(llm, tokens)
        llm.set_seed(params.seed if params.seed is not None else random.getrandbits(31))

        pieces, end_tokens = self._pieces, self._end_tokens
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        guard = StopFilter(info.end_of_turn_tokens)
        loops = LoopGuard(self._numbers) if params.stop_loops else None
        reason = StopReason.MAX_TOKENS if budget == params.max_tokens \
            else StopReason.CONTEXT_FULL
        completion = 0
        first = last = 0.0
        cancel = stream._cancel
        self._abort.clear()
        tokens_out = llm.generate(
            tokens, top_k=params.top_k, top_p=params.top_p, min_p=params.min_p,
            temp=params.temperature, repeat_penalty=params.repeat_penalty, reset=True)
        try:
            if cancel.is_set():
                reason = StopReason.CANCELLED
            else:
                tokens_out = _aborted_as_stop(tokens_out, cancel)
                for token in tokens_out:
                    last = time.perf_counter()
                    if not first:
                        first = last
                    if cancel.is_set():
                        reason = StopReason.CANCELLED
                        break
                    if token in end_tokens:
                        reason = StopReason.END_OF_TURN
                        break
                    completion += 1
                    text = guard.feed(decoder.decode(pieces[token]))
                    if text:
                        yield text
                    if guard.stopped:
                        reason = StopReason.END_OF_TURN
                        break
                    if loops is not None and loops.feed(token):
                        reason = StopReason.REPEATING
                        break
                    if completion >= budget:
                        break
        finally:
            tokens_out.close()
            if cancel.is_set() and reason is not StopReason.END_OF_TURN:
                reason = StopReason.CANCELLED
            stream.stats = ReplyStats(
                prompt_tokens=len(tokens),
                cached_prompt_tokens=cached,
                completion_tokens=completion,
                time_to_first_token=(first - start) if first else 0.0,
                tokens_per_second=(completion - 1) / (last - first)
                if completion > 1 and last > first else 0.0,
                total_time=time.perf_counter() - start,
                stop_reason=reason,
            )
            self._ready_spare(llm)
        if reason is not StopReason.CANCELLED:
            tail = guard.feed(decoder.decode(b"", final=True)) + guard.flush()
            if tail:
                yield tail


def _round_up(n: int, step: int) -> int:
    return -(-n // step) * step


def _aborted_as_stop(tokens: Generator[int, Any, None], cancel: threading.Event
                     ) -> Generator[int, Any, None]:
    """``tokens``, ending quietly when a stop aborted llama.cpp in the middle of a decode."""
    try:
        yield from tokens
    except RuntimeError as exc:  # llama_decode returned 2: aborted by _AbortFlag
        if not cancel.is_set():
            raise EngineError(translate(
                "Engine", "The model failed while generating: {reason}").format(reason=exc)
            ) from exc
    finally:
        tokens.close()


def _cached_prefix(llm: llama_cpp.Llama, tokens: list[int]) -> int:
    """How many leading prompt tokens llama.cpp will take from its KV cache (as it decides)."""
    previous = llm._input_ids  # what the context holds now
    shared = 0
    for a, b in zip(previous, tokens, strict=False):
        if a != b:
            break
        shared += 1
    if shared == len(tokens) and len(previous) != len(tokens):
        shared -= 1  # llama.cpp re-evaluates one token to refresh the logits
    return max(shared, 0)


