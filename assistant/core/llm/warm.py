"""Conversations kept warm: the model's memory of recent conversations, held in RAM.

Evaluating a prompt is the slow part of a reply on a CPU (a 3.8B model reads some 20-50
tokens a second), and llama.cpp's context holds the evaluated tokens (its KV cache) of one
prompt at a time. When the user switches to another conversation, the cache of the one left
is copied out here (llama.cpp saves a sequence's state), and copied back when the user
returns, so the follow-up evaluates only its new tokens.

The states are the conversations' content in the model's own form: they stay in this
process's memory, within a byte budget, and are wiped when dropped. They are never written
to disk.
"""

from __future__ import annotations

import ctypes
import logging
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


@dataclass
class SavedState:
    """One conversation's evaluated tokens and their KV cache, copied out of llama.cpp.

    Attributes:
        tokens: The evaluated tokens, in order.
        data: llama.cpp's serialised sequence state (the KV cache of ``tokens``).
        size: Bytes used of ``data``.
        regime: What the cache was computed under (models with LongRoPE use other RoPE
            factors once the context exceeds the original one): a state only goes back into
            a context of the same regime.

    """

    tokens: npt.NDArray[np.intc]
    data: npt.NDArray[np.uint8] | None
    size: int
    regime: bool

    def wipe(self) -> None:
        """Overwrite the copied cache (it is the conversation's content in another form)."""
        if self.data is not None:
            self.data.fill(0)
            self.data = None


def _pointer(data: npt.NDArray[np.uint8]) -> Any:
    return data.ctypes.data_as(ctypes.POINTER(ctypes.c_uint8))


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


def save(llm: llama_cpp.Llama, regime: bool) -> SavedState | None:
    """Copy out what the context holds now (``None`` when it holds nothing or cannot)."""
    import llama_cpp

    n_tokens = llm.n_tokens
    if n_tokens == 0:
        return None
    ctx = llm._ctx.ctx
    size = llama_cpp.llama_state_seq_get_size(ctx, 0)
    if size <= 0:
        return None
    # numpy leaves the buffer unfilled (a ctypes array zero-fills it first: 0.35 s for the
    # 96 MiB of 250 tokens of Phi-3-mini here, slower than the copy itself).
    data = np.empty(size, dtype=np.uint8)
    written = llama_cpp.llama_state_seq_get_data(ctx, _pointer(data), size, 0)
    if written <= 0:
        return None
    return SavedState(np.array(llm.input_ids[:n_tokens], dtype=np.intc), data, int(written),
                      regime)


def restore(llm: llama_cpp.Llama, state: SavedState) -> bool:
    """Put ``state`` back into the context, replacing what it held.

    On failure the context is left empty (the next reply evaluates its whole prompt).
    """
    import llama_cpp

    llm._ctx.kv_cache_seq_rm(-1, 0, -1)
    llm.n_tokens = 0
    llm._requires_eval = True
    n = len(state.tokens)
    if state.data is None or n > llm.n_ctx():
        return False
    read = llama_cpp.llama_state_seq_set_data(llm._ctx.ctx, _pointer(state.data), state.size, 0)
    if read != state.size:
        log.warning("llama.cpp could not restore a saved conversation state")
        llm._ctx.kv_cache_seq_rm(-1, 0, -1)
        return False
    llm.input_ids[:n] = state.tokens
    llm.n_tokens = n
    return True


class WarmStates:
    """Saved states, least recently used first, within a byte budget.

    ``budget`` is asked each time a state is kept, so an automatic budget follows the
    memory the machine has free at that moment.
    """

    def __init__(self, budget: Callable[[], int]) -> None:
        self._budget = budget
        self._states: list[SavedState] = []

    def __len__(self) -> int:
        return len(self._states)

    @property
    def bytes(self) -> int:
        """Memory the kept states take."""
        return sum(state.size for state in self._states)

    def keep(self, state: SavedState, *, force: bool = False) -> bool:
        """Keep ``state`` as the most recently used, evicting the oldest to make room.

        ``force`` keeps it even beyond the budget (for the moment a context is re-sized);
        the next :meth:`trim` brings the total back within it.
        """
        budget = self._budget()
        if not force and state.size > budget:
            state.wipe()
            return False
        self._states.append(state)
        self.trim(budget if not force else None)
        return True

    def trim(self, budget: int | None = None) -> None:
        """Drop the least recently used states until the rest fit ``budget``.

        ``budget`` defaults to the budget now.
        """
        limit = self._budget() if budget is None else budget
        while self._states and self.bytes > limit:
            self._states.pop(0).wipe()

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

    def clear(self) -> None:
        """Drop every state, wiping it."""
        for state in self._states:
            state.wipe()
        self._states.clear()
