"""What every ``pequeno`` command shares: exit codes, number checks, errors, Ctrl+C, models.

Also the terminal guard: while :func:`guarded_terminal` runs, text printed to a terminal has its
control characters made visible (see :mod:`assistant.core.terminal`), so a model's reply, a
model's name or an imported conversation cannot drive the terminal. Pipes and files get the
exact text.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType

from assistant.core.errors import PequenoError
from assistant.core.history.store import HistoryStore
from assistant.core.i18n import translate
from assistant.core.models.choice import default_model, no_model_message
from assistant.core.models.store import ModelStore
from assistant.core.paths import AppPaths
from assistant.core.settings import Settings
from assistant.core.terminal import guard, safe_for_terminal, write_own

__all__ = ["EXIT_CANCELLED", "EXIT_ERROR", "EXIT_OK", "EXIT_USAGE", "add_model_options",
           "bounded", "ctrl_c_sets", "guarded_terminal", "model_path", "open_store",
           "print_error", "safe_for_terminal", "write_own"]

EXIT_OK = 0
EXIT_ERROR = 1  # a problem with a model, a file or the history: the message says what
EXIT_USAGE = 2
EXIT_CANCELLED = 130  # 128 + SIGINT, as a shell reports a program stopped by Ctrl+C


def bounded(kind: type[int] | type[float], low: float, high: float | None = None
            ) -> Callable[[str], int | float]:
    """An argparse type that parses ``kind`` and insists on ``low <= value <= high``."""

    def parse(raw: str) -> int | float:
        try:
            value = kind(raw)
        except ValueError:
            raise argparse.ArgumentTypeError(
                translate("Cli", "{value!r} is not a number").format(value=raw)) from None
        if value < low or (high is not None and value > high):
            message = (translate("Cli", "must be between {low} and {high}")
                       if high is not None else translate("Cli", "must be at least {low}"))
            raise argparse.ArgumentTypeError(message.format(low=low, high=high))
        return value

    return parse


def add_model_options(parser: argparse.ArgumentParser, *, min_context: int = 16) -> None:
    """``--model ID|PATH`` and ``--context N`` (``--ctx`` is the older spelling)."""
    parser.add_argument("--model", metavar="ID|PATH",
                        help=translate("Cli", "an installed model's id, or a GGUF file"))
    parser.add_argument("--context", "--ctx", dest="context", type=bounded(int, min_context),
                        metavar="N",
                        help=translate("Cli", "context size in tokens (default: as in the "
                                       "settings)"))


def print_error(message: str) -> None:
    """Tell the user what went wrong, on stderr, in one line."""
    print(translate("Cli", "pequeno: error: {message}").format(message=message),
          file=sys.stderr, flush=True)


@contextlib.contextmanager
def guarded_terminal() -> Iterator[None]:
    """While the block runs, stdout and stderr neutralise control characters on a terminal."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = guard(sys.stdout), guard(sys.stderr)
    try:
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(AttributeError, OSError, ValueError):
                stream.flush()
        sys.stdout, sys.stderr = saved


def model_path(choice: str | None, paths: AppPaths, settings: Settings) -> Path:
    """The model to use: ``--model`` (an installed id or a file), else the default one.

    Raises:
        PequenoError: there is no such model, or no model at all yet.

    """
    if choice is not None:
        return ModelStore(paths.models).resolve(choice)
    chosen = default_model(paths, settings)
    if chosen is None:
        raise PequenoError(no_model_message())
    return chosen.path


def open_store(paths: AppPaths) -> HistoryStore:
    """Open the user's history, telling them once where its key is kept."""
    store, notice = HistoryStore.open_default(paths)
    if notice:
        print(notice, file=sys.stderr)
    return store


@contextlib.contextmanager
def ctrl_c_sets(cancel: threading.Event, *, on_first: Callable[[], None] | None = None,
                insist: bool = False) -> Iterator[None]:
    """While the block runs, Ctrl+C sets ``cancel`` (and calls ``on_first``) instead of quitting.

    With ``insist``, a second Ctrl+C raises :class:`KeyboardInterrupt` (the model may be busy
    reading a long prompt, and the user wants out now).
    """

    def handler(signum: int, frame: FrameType | None) -> None:
        if insist and cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()
        if on_first is not None:
            on_first()

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
