"""Conversations kept warm: the model's memory of recent conversations, held in RAM.

Evaluating a prompt is the slow part of a reply on a CPU (a 3.8B model reads some 20-50
tokens a second), and llama.cpp's context holds the evaluated tokens (its KV cache) of one
prompt at a time. When the user switches to another conversation, the cache of the one left
is copied out here (llama.cpp saves a sequence's state), and copied back when the user
returns, so the follow-up evaluates only its new tokens.

Copying is quick (0.04 s each way for 300 MB of Phi-3-mini's cache); memory the process has
not touched before is not: the kernel maps and zeroes it page by page on first write, which
costs a VM here 0.2-1.5 s for the same 300 MB. So buffers are reused, and while the user
reads a reply a background thread readies a *spare* buffer the size of the conversation on
screen, for the moment the user leaves it.

The states are the conversations' content in the model's own form: they stay in this
process's memory, within a byte budget, and are wiped when dropped. They are never written
to disk.
"""

from __future__ import annotations

import ctypes
import logging
import mmap
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    import llama_cpp

log = logging.getLogger(__name__)

# A state shorter than this is cheaper to evaluate again than to keep.
MIN_TOKENS = 64
# Restoring pays for itself once it saves this many tokens over what the context holds.
MIN_GAIN = 16
# Buffers are allocated in steps of this size, with a quarter more than asked, so the
# spare readied for a conversation still fits it after its next reply or two.
_STEP = 2**20
# Pages are touched this much at a time: each call releases the interpreter.
_TOUCH_CHUNK = 16 * 2**20


class Buffer:
    """Memory for one saved state, given back to the system when released.

    An anonymous mapping rather than a numpy array: numpy asks the kernel for transparent
    huge pages on large arrays, and the kernel may then compact memory at first touch
    (0.8-1.5 s against 0.2 s for 300 MB measured here).
    """

    def __init__(self, capacity: int) -> None:
        self._map: mmap.mmap | None = mmap.mmap(-1, capacity)
        self._address = ctypes.addressof(ctypes.c_uint8.from_buffer(self._map))

    @property
    def capacity(self) -> int:
        """Bytes it holds (0 once released)."""
        return len(self._map) if self._map is not None else 0

    def pointer(self) -> Any:
        """The buffer as a ``uint8_t *`` for llama.cpp."""
        return ctypes.cast(self._address, ctypes.POINTER(ctypes.c_uint8))

    def read(self, size: int) -> bytes:
        """A copy of the first ``size`` bytes."""
        return ctypes.string_at(self._address, min(size, self.capacity))

    def zero(self, size: int | None = None) -> None:
        """Overwrite the first ``size`` bytes (all by default), touching their pages."""
        end = self.capacity if size is None else min(size, self.capacity)
        for offset in range(0, end, _TOUCH_CHUNK):
            ctypes.memset(self._address + offset, 0, min(_TOUCH_CHUNK, end - offset))

    def release(self) -> None:
        """Give the memory back to the system."""
        if self._map is not None:
            self._map.close()
            self._map, self._address = None, 0


def capacity_for(size: int) -> int:
    """The capacity allocated for a state of ``size`` bytes (with room to grow)."""
    return -(-(size + size // 4) // _STEP) * _STEP


@dataclass
class SavedState:
    """One conversation's evaluated tokens and their KV cache, copied out of llama.cpp.

    Attributes:
        tokens: The evaluated tokens, in order.
        buffer: Where llama.cpp's serialised sequence state (the KV cache of ``tokens``)
            was copied.
        size: Bytes used of ``buffer``.
        regime: What the cache was computed under (models with LongRoPE use other RoPE
            factors once the context exceeds the original one): a state only goes back into
            a context of the same regime.

    """

    tokens: npt.NDArray[np.intc]
    buffer: Buffer | None
    size: int
    regime: bool

    def wipe(self) -> Buffer | None:
        """Overwrite the copied cache (it is the conversation's content in another form).

        Returns the emptied buffer, for reuse.
        """
        buffer, self.buffer = self.buffer, None
        if buffer is not None:
            buffer.zero(self.size)
        return buffer


def common_prefix(a: Sequence[int] | npt.NDArray[np.intc],
                  b: Sequence[int] | npt.NDArray[np.intc]) -> int:
    """How many leading tokens ``a`` and ``b`` share."""
    n = min(len(a), len(b))
    if n == 0:
        return 0
    left = np.asarray(a[:n], dtype=np.intc)
    right = np.asarray(b[:n], dtype=np.intc)
    differ = np.flatnonzero(left != right)
    return int(differ[0]) if differ.size else n


def state_size(llm: llama_cpp.Llama) -> int:
    """Bytes a saved state of what the context holds now takes (0: nothing to save)."""
    import llama_cpp

    if llm.n_tokens == 0:
        return 0
    return max(0, int(llama_cpp.llama_state_seq_get_size(llm._ctx.ctx, 0)))


def save(llm: llama_cpp.Llama, regime: bool, buffer: Buffer) -> SavedState | None:
    """Copy what the context holds now into ``buffer``.

    ``None`` when it holds nothing or cannot be copied (``buffer`` is then left as it was).
    """
    import llama_cpp

    n_tokens = llm.n_tokens
    if n_tokens == 0:
        return None
    written = llama_cpp.llama_state_seq_get_data(llm._ctx.ctx, buffer.pointer(),
                                                 buffer.capacity, 0)
    if written <= 0:
        return None
    return SavedState(np.array(llm.input_ids[:n_tokens], dtype=np.intc), buffer,
                      int(written), regime)


def restore(llm: llama_cpp.Llama, state: SavedState) -> bool:
    """Put ``state`` back into the context, replacing what it held.

    On failure the context is left empty (the next reply evaluates its whole prompt).
    """
    import llama_cpp

    llm._ctx.kv_cache_seq_rm(-1, 0, -1)
    llm.n_tokens = 0
    llm._requires_eval = True
    n = len(state.tokens)
    if state.buffer is None or n > llm.n_ctx():
        return False
    read = llama_cpp.llama_state_seq_set_data(llm._ctx.ctx, state.buffer.pointer(),
                                              state.size, 0)
    if read != state.size:
        log.warning("llama.cpp could not restore a saved conversation state")
        llm._ctx.kv_cache_seq_rm(-1, 0, -1)
        return False
    llm.input_ids[:n] = state.tokens
    llm.n_tokens = n
    return True


class WarmStates:
    """Saved states, least recently used first, and one spare buffer, within a byte budget.

    ``budget`` is asked each time a state is kept, so an automatic budget follows the
    memory the machine has free at that moment. Call it from one thread (the engine's);
    only :meth:`prepare`'s own thread runs beside it.
    """

    def __init__(self, budget: Callable[[], int]) -> None:
        self._budget = budget
        self._states: list[SavedState] = []
        self._spare: Buffer | None = None
        self._readying: threading.Thread | None = None
        self._readied: Buffer | None = None

    def __len__(self) -> int:
        return len(self._states)

    @property
    def bytes(self) -> int:
        """Memory the kept states and the spare buffer take."""
        spare = self._spare.capacity if self._spare is not None else 0
        return sum(s.buffer.capacity for s in self._states if s.buffer is not None) + spare

    @property
    def spare_bytes(self) -> int:
        """Capacity of the spare buffer (waiting for one being readied)."""
        self._collect()
        return self._spare.capacity if self._spare is not None else 0

    def room_for(self, size: int) -> bool:
        """Whether a state of ``size`` bytes may be kept at all."""
        return 0 < size <= self._budget()

    # -- buffers ---------------------------------------------------------------------------

    def buffer(self, size: int) -> Buffer:
        """A buffer of at least ``size`` bytes: the spare if it fits, else a new one."""
        self._collect()
        spare = self._spare
        if spare is not None and spare.capacity >= size:
            self._spare = None
            return spare
        return Buffer(capacity_for(size))

    def give_back(self, buffer: Buffer | None) -> None:
        """Take back an emptied buffer: it becomes the spare if larger than the one held."""
        if buffer is None:
            return
        self._collect()
        if self._spare is not None and self._spare.capacity >= buffer.capacity:
            buffer.release()
            return
        if self._spare is not None:
            self._spare.release()
        self._spare = buffer
        self.trim()

    def prepare(self, size: int) -> None:
        """Ready a spare for a state of ``size`` bytes in the background, if none fits.

        Only within the budget; the thread maps and touches the pages while the engine
        is idle, so the copy that later fills them runs at memory speed.
        """
        if self._readying is not None and self._readying.is_alive():
            return  # one at a time, and a reply's end never waits for it
        self._collect()
        spare = self._spare.capacity if self._spare is not None else 0
        if spare >= size:
            return
        capacity = capacity_for(size)
        if self.bytes - spare + capacity > self._budget():
            return
        self._drop_spare()
        self._readying = threading.Thread(target=self._ready, args=(capacity,),
                                          name="warm-spare", daemon=True)
        self._readying.start()

    def _ready(self, capacity: int) -> None:
        try:
            buffer = Buffer(capacity)
            buffer.zero()
        except (OSError, ValueError, MemoryError):
            log.info("no memory for a spare state buffer of %d bytes", capacity)
            return
        self._readied = buffer

    def _drop_spare(self) -> None:
        if self._spare is not None:
            self._spare.release()
            self._spare = None

    def _collect(self) -> None:
        """Wait for a spare being readied (it is faster to finish than to start over)."""
        if self._readying is None:
            return
        self._readying.join()
        self._readying = None
        readied, self._readied = self._readied, None
        if readied is not None:
            self.give_back(readied)

    # -- states ----------------------------------------------------------------------------

    def keep(self, state: SavedState, *, force: bool = False) -> bool:
        """Keep ``state`` as the most recently used, evicting the oldest to make room.

        ``force`` keeps it even beyond the budget (for the moment a context is re-sized);
        the next :meth:`trim` brings the total back within it.
        """
        budget = self._budget()
        if not force and state.size > budget:
            self.give_back(state.wipe())
            return False
        self._states.append(state)
        self.trim(budget if not force else None)
        return True

    def trim(self, budget: int | None = None) -> None:
        """Drop the spare, then the least recently used states, until the rest fit ``budget``.

        ``budget`` defaults to the budget now.
        """
        limit = self._budget() if budget is None else budget
        if self.bytes > limit:
            self._drop_spare()
        while self._states and self.bytes > limit:
            _discard(self._states.pop(0))

    def best(self, tokens: Sequence[int], regime: bool, room: int) -> tuple[int, int]:
        """The kept state sharing the longest prefix with ``tokens``: its index and prefix.

        Only states computed under ``regime`` with at most ``room`` tokens count; ``(-1, 0)``
        when none shares any.
        """
        found, longest = -1, 0
        for index, state in enumerate(self._states):
            if state.regime != regime or len(state.tokens) > room:
                continue
            shared = common_prefix(state.tokens, tokens)
            if shared > longest:
                found, longest = index, shared
        return found, longest

    def take(self, index: int) -> SavedState:
        """Remove and return the state at ``index`` (it goes back into the context)."""
        return self._states.pop(index)

    def clear(self, *, release: bool = False) -> None:
        """Drop every state, wiping it; ``release`` gives the spare back to the system too."""
        for state in self._states:
            _discard(state)
        self._states.clear()
        self._collect()
        if release:
            self._drop_spare()


def _discard(state: SavedState) -> None:
    """Wipe ``state`` and give its memory back to the system."""
    buffer = state.wipe()
    if buffer is not None:
        buffer.release()
