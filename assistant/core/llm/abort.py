"""Stopping llama.cpp in the middle of a decode, from any thread, without taking the GIL."""

from __future__ import annotations

import ctypes
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import llama_cpp


class AbortFlag:
    """A flag llama.cpp polls between the operations of a decode, without Python.

    llama.cpp calls an abort callback, ``bool (*)(void *data)``, after each node of the compute
    graph (about a thousand per decode). A Python callback there would take the GIL each time
    and stall the compute threads whenever another thread holds it, so the callback is the C
    library's ``strlen`` on a two-byte buffer: it returns 1 once the first byte is set, else 0,
    in the register a ``bool`` is returned in on every ABI llama.cpp runs on. This lets a
    stop interrupt a long prompt evaluation (many seconds on a 3.8B model) between operations.
    """

    def __init__(self) -> None:
        self._buffer = ctypes.create_string_buffer(2)
        self.callback: Any = None

    def attach(self, llm: llama_cpp.Llama) -> None:
        """Make ``llm``'s context poll this flag (again after its context was rebuilt)."""
        import llama_cpp

        strlen = _c_strlen()
        if strlen is None:
            return  # no C library found: stops wait for the current decode to finish
        self.callback = llama_cpp.ggml_abort_callback(strlen)
        llama_cpp.llama_set_abort_callback(llm.ctx, self.callback,
                                           ctypes.cast(self._buffer, ctypes.c_void_p))

    def set(self) -> None:
        """Abort the decode in progress (any thread)."""
        self._buffer[0] = b"\x01"

    def clear(self) -> None:
        """Let the next decode run."""
        self._buffer[0] = b"\x00"


def _c_strlen() -> int | None:
    import ctypes.util
    import sys

    try:
        libc = ctypes.cdll.msvcrt if sys.platform == "win32" else \
            ctypes.CDLL(ctypes.util.find_library("c"))
        return ctypes.cast(libc.strlen, ctypes.c_void_p).value
    except (OSError, AttributeError):
        return None
