"""Start the desktop app: Qt application, translations, error routing, the main window."""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Sequence
from importlib import resources
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from assistant import APP_ID, APP_NAME, __version__
from assistant.core.errors import PequenoError
from assistant.core.history.store import HistoryStore
from assistant.core.llm.engine import Engine
from assistant.core.logs import setup_logging
from assistant.core.paths import AppPaths
from assistant.core.settings import load_settings
from assistant.ui.firstrun import is_first_start, offer_first_run
from assistant.ui.mainwindow import MainWindow
from assistant.ui.translations import switch_language

log = logging.getLogger(__name__)


class ErrorRelay(QObject):
    """Carries unexpected errors from any thread to the window (queued)."""

    errorRaised = Signal(str)


def install_error_hooks(relay: ErrorRelay) -> None:
    """Log every uncaught exception with its traceback and show it in the window."""
    def report(kind: type[BaseException], value: BaseException,
               trace: TracebackType | None) -> None:
        # The formatter keeps the frames and the type, never the message (it may hold text).
        log.error("unexpected error", exc_info=(kind, value, trace))
        message = value.message if isinstance(value, PequenoError) else QCoreApplication.translate(
            "App", "Something went wrong ({error}). Details are in the log file.").format(
                error=kind.__name__)
        relay.errorRaised.emit(message)

    sys.excepthook = report

    def report_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            report(args.exc_type, args.exc_value, args.exc_traceback)

    threading.excepthook = report_thread


def settle_memory() -> None:
    """Move everything alive after start-up out of the garbage collector's sight.

    A full collection walks every object (numpy, Qt wrappers, the model's vocabulary); one
    took 30 ms here, two frames of a frozen window while a reply streams. Frozen objects are
    never walked again, so later collections only see what the chat itself allocates.
    """
    gc.collect()
    gc.freeze()


# Python hands the interpreter between threads every 5 ms by default; while the worker runs
# Python (reading a model's header, rendering a prompt) the window then waits up to a frame
# for each turn. At 1 ms the longest stall during a 2.2 GB load fell from 12-22 ms to 10-11 ms
# (bench/ui_stall.py --model); llama.cpp computes without the interpreter, so replies are as
# quick.
SWITCH_INTERVAL = 0.001


def share_the_interpreter() -> None:
    """Let the window's thread get the interpreter back within a millisecond."""
    sys.setswitchinterval(SWITCH_INTERVAL)


def run(paths: AppPaths, argv: Sequence[str] = ()) -> int:
    """Open the window and run until it closes; return the exit code."""
    paths.ensure()
    setup_logging(paths.logs)
    app = QApplication.instance() or QApplication([APP_ID, *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resources.files("assistant.ui") / "icons" / "pequeno.svg")))
    settings = load_settings(paths.settings_file)
    first_start = is_first_start(paths, settings)  # before the history or settings are written
    switch_language(app, settings.language)
    relay = ErrorRelay()
    install_error_hooks(relay)
    store, notice, problem = None, None, None
    try:
        store, notice = HistoryStore.open_default(paths)
    except PequenoError as exc:
        problem = exc.message
    window = MainWindow(paths, settings, store, Engine(), key_notice=notice)
    relay.errorRaised.connect(window.show_error)
    if problem is not None:
        window.show_error(problem)
    window.show()
    if first_start:
        QTimer.singleShot(0, lambda: offer_first_run(window))
    settle_memory()
    share_the_interpreter()
    return app.exec()
