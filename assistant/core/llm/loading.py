"""Building a ``llama_cpp.Llama`` the way Pequeno needs it.

llama-cpp-python exposes neither llama.cpp's weight repacking switch nor its load progress,
and compiles every chat template in the file while it builds the object; the context managers
here set what it does not expose and keep it from compiling. :func:`vocabulary` reads every
token's text once after the load.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from assistant.core.models.info import ModelInfo

if TYPE_CHECKING:
    import llama_cpp

log = logging.getLogger(__name__)

N_BATCH = 512  # tokens a decode reads at most

# llama.cpp's own log lines go to the log file, never to a terminal; only warnings and errors,
# with anything path-like blanked (the log keeps no paths: see assistant.core.logs).
_llama_log = logging.getLogger("assistant.llama_cpp")  # under "assistant": the log file only
# ggml_log_level: NONE 0, DEBUG 1, INFO 2, WARN 3, ERROR 4, CONT 5 (llama-cpp-python's own
# comment still has the older order).
_LOG_LEVELS = {3: logging.WARNING, 4: logging.ERROR}
_PATH_LIKE = re.compile(r"(?:[A-Za-z]:)?[\\/][^\s,;:()\[\]'\"]+")
_log_route: list[Any] = []  # the ctypes callback, kept alive while llama.cpp may call it
_last_level = [0]


def _llama_logged(level: int, text: bytes, _user_data: Any) -> None:
    if level == 5:  # GGML_LOG_LEVEL_CONT: the previous line goes on
        level = _last_level[0]
    _last_level[0] = level
    if level in _LOG_LEVELS:
        line = _PATH_LIKE.sub("<path>", text.decode("utf-8", "replace")).rstrip()
        if line:
            _llama_log.log(_LOG_LEVELS[level], "%s", line)


def route_llama_logs() -> None:
    """Send llama.cpp's log lines to our log (llama-cpp-python prints them on stderr)."""
    if _log_route:
        return
    import llama_cpp

    callback = llama_cpp.llama_log_callback(_llama_logged)
    _log_route.append(callback)
    llama_cpp.llama_log_set(callback, ctypes.c_void_p(0))

# A callback told the share of a model load done (0 to 1); returning False cancels the load.
LoadProgress = Callable[[float], bool]


@contextlib.contextmanager
def model_loading(*, progress: Any = None, repack: bool = False) -> Iterator[None]:
    """Build a ``Llama`` with model parameters llama-cpp-python does not expose.

    - ``repack=False`` switches off llama.cpp's "extra buffer types" (weight repacking at
      load). On CPUs with AMX (recent Intel Xeons) llama.cpp's AMX kernels, one of those
      buffer types, crash the process in the first decode of a Q4 model (seen with
      llama-cpp-python 0.3.36); elsewhere repacking costs seconds of load and a second copy
      of the weights.
    - ``progress``, a ``llama_progress_callback``, is told how far the load is and may
      cancel it.

    Only the low-level ``llama_model_default_params`` carries them: it is wrapped while the
    object is built (the engine's one thread does all loading).
    """
    from llama_cpp import llama_cpp as low

    original = low.llama_model_default_params

    def defaults() -> Any:
        params = original()
        params.use_extra_bufts = repack
        if progress is not None:
            params.progress_callback = progress
        return params

    low.llama_model_default_params = defaults
    try:
        yield
    finally:
        low.llama_model_default_params = original


def without_weight_repacking() -> contextlib.AbstractContextManager[None]:
    """:func:`model_loading` with repacking off and no progress (raw llama-cpp-python uses)."""
    return model_loading()


class ProgressReporter:
    """Turns llama.cpp's load progress into calls of a Python callback, and its answer back."""

    def __init__(self, progress: LoadProgress | None) -> None:
        self.cancelled = False
        self.callback: Any = None
        if progress is None:
            return
        import llama_cpp

        def report(share: float, _data: Any) -> bool:
            try:
                go_on = bool(progress(min(max(share, 0.0), 1.0)))
            except Exception:  # a bug in the callback must not unwind through C
                log.exception("the load progress callback failed")
                go_on = True
            self.cancelled = self.cancelled or not go_on
            return go_on

        self.callback = llama_cpp.llama_progress_callback(report)


@contextlib.contextmanager
def without_chat_template_compilation() -> Iterator[None]:
    """Build a ``Llama`` without it compiling the chat templates stored in the file.

    ``Llama.__init__`` compiles every ``tokenizer.chat_template`` and
    ``tokenizer.chat_template.<name>`` value of the GGUF with its own, unbounded Jinja
    environment, before any caller could look at them: ``{{ 7 ** (7 ** 10) }}`` in any of them
    hangs the load at compile time. Pequeno renders only the default template, vetted by
    :class:`ChatTemplate`, and never asks llama-cpp-python to format a chat, so its formatter
    class is replaced by an inert stand-in while the object is built (the engine's one thread
    does all loading).
    """
    from llama_cpp import llama_chat_format

    formats: Any = llama_chat_format  # typed by llama-cpp-python, which wants its own class
    original = formats.Jinja2ChatFormatter
    formats.Jinja2ChatFormatter = _UncompiledChatFormat
    try:
        yield
    finally:
        formats.Jinja2ChatFormatter = original


class _UncompiledChatFormat:
    """Stands in for llama-cpp-python's ``Jinja2ChatFormatter``: keeps nothing, compiles nothing."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def to_chat_handler(self) -> Any:
        def refuse(*args: object, **kwargs: object) -> Any:
            raise NotImplementedError("Pequeno renders chat templates itself")

        return refuse


def vocabulary(llm: llama_cpp.Llama, info: ModelInfo) -> tuple[list[bytes], frozenset[int]]:
    """Every token's text (looked up once here, not per generated token) and the end tokens."""
    import llama_cpp

    vocab = llm._model.vocab
    n_vocab = llama_cpp.llama_vocab_n_tokens(vocab)
    size = 64
    buffer = ctypes.create_string_buffer(size)
    pieces: list[bytes] = []
    ends = set()
    for token in range(n_vocab):
        n = llama_cpp.llama_token_to_piece(vocab, token, buffer, size, 0, False)
        if n < 0:  # the piece is longer than the buffer: -n is the size it needs
            big = ctypes.create_string_buffer(-n)
            n = llama_cpp.llama_token_to_piece(vocab, token, big, -n, 0, False)
            pieces.append(big.raw[:n])
        else:
            pieces.append(buffer.raw[:n])
        if llama_cpp.llama_vocab_is_eog(vocab, token):
            ends.add(token)
    for marker in info.end_of_turn_tokens:
        ids = llm.tokenize(marker.encode("utf-8"), add_bos=False, special=True)
        if len(ids) == 1:
            ends.add(ids[0])
    return pieces, frozenset(ends)
