"""``pequeno summarize FILE``: summarize a document with the local model, resumably.

Every finished model call is kept in the summary cache of the encrypted history (in memory when
the history cannot be opened), so a summary stopped with Ctrl+C picks up where it stopped when
the same command runs again.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
import threading
from pathlib import Path
from typing import TextIO

from assistant.cli.common import (
    EXIT_CANCELLED,
    EXIT_OK,
    add_model_options,
    ctrl_c_sets,
    model_path,
    open_store,
)
from assistant.core.documents import languages
from assistant.core.documents.loaders import DocumentCancelled, load_document
from assistant.core.documents.summarize import (
    MIN_CONTEXT,
    Progress,
    Style,
    Summarizer,
    SummaryCancelled,
)
from assistant.core.errors import PequenoError
from assistant.core.history.store import HistoryStore
from assistant.core.history.summary_cache import MemoryCache, StoredCache, SummaryCache
from assistant.core.i18n import translate
from assistant.core.llm.engine import Engine
from assistant.core.llm.speed import figures_for, repacking
from assistant.core.paths import AppPaths
from assistant.core.settings import load_settings

log = logging.getLogger(__name__)

BAR_WIDTH = 20


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser],
               common: argparse.ArgumentParser) -> None:
    """Add the ``summarize`` command."""
    summarize = commands.add_parser(
        "summarize", parents=[common],
        help=translate("Cli", "summarize a document (text, Markdown, PDF, Word, web page)"))
    summarize.add_argument("file", type=Path, metavar="FILE",
                           help=translate("Cli", "the document to summarize"))
    summarize.add_argument("--style", choices=[str(style) for style in Style],
                           default=str(Style.BRIEF),
                           help=translate("Cli", "how to write the summary (default: brief)"))
    summarize.add_argument("--lang", type=_language, metavar="CODE",
                           help=translate("Cli", "the language to write in, such as en, pt_BR "
                                          "or ru (default: the document's)"))
    add_model_options(summarize, min_context=MIN_CONTEXT)
    summarize.add_argument("--json", action="store_true",
                           help=translate("Cli", "print the summary and its parts as JSON"))


def _language(raw: str) -> str:
    """An argparse type: a language code the summarizer can name to the model."""
    if not languages.is_known(raw):
        raise argparse.ArgumentTypeError(
            translate("Cli", "{code!r} is not a language code Pequeno knows").format(code=raw))
    return languages.normalize(raw)


# -- progress ---------------------------------------------------------------------------------


def _time_left(seconds: float | None) -> str | None:
    """``about 3 min left`` (translated), or ``None`` when there is no estimate yet."""
    if seconds is None:
        return None
    if seconds < 60:
        return translate("Cli", "about {seconds} s left").format(seconds=max(1, round(seconds)))
    return translate("Cli", "about {minutes} min left").format(minutes=round(seconds / 60))


def describe_progress(progress: Progress) -> str:
    """One line telling how far a summary is: ``3/10 parts, about 1 min left``."""
    if progress.combining:
        status = translate("Cli", "{done}/{total} parts, combining").format(
            done=progress.done, total=progress.total)
    else:
        status = translate("Cli", "{done}/{total} parts").format(
            done=progress.done, total=progress.total)
    left = _time_left(progress.eta_seconds) if progress.done < progress.total else None
    if left is None:
        return status
    return translate("Cli", "{status}, {time_left}").format(status=status, time_left=left)


class ProgressPrinter:
    """Shows progress on a stream: a bar redrawn in place on a terminal, else plain lines."""

    def __init__(self, stream: TextIO, *, redraw: bool) -> None:
        self._stream = stream
        self._redraw = redraw
        self._width = 0  # of the line drawn last, to blank what a shorter one leaves

    def note(self, text: str) -> None:
        """Show a message that is not progress (ends a bar being drawn)."""
        self.finish()
        print(text, file=self._stream, flush=True)

    def __call__(self, progress: Progress) -> None:
        """Show ``progress``."""
        text = describe_progress(progress)
        if not self._redraw:
            print(text, file=self._stream, flush=True)
            return
        filled = BAR_WIDTH * progress.done // max(progress.total, 1)
        line = f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {text}"
        padding = " " * max(self._width - len(line), 0)
        self._stream.write(f"\r{line}{padding}")
        self._stream.flush()
        self._width = len(line)

    def interject(self, text: str) -> None:
        """Show a message from a signal handler, which may interrupt a write to the stream.

        Written to the file descriptor directly: Python's buffered streams refuse a write that
        re-enters one in progress.
        """
        lead = "\n" if self._width else ""
        encoding = getattr(self._stream, "encoding", None) or "utf-8"
        with contextlib.suppress(OSError, ValueError):
            os.write(self._stream.fileno(), f"{lead}{text}\n".encode(encoding, "replace"))
        self._width = 0

    def finish(self) -> None:
        """End the bar's line, if one is drawn."""
        if self._width:
            self._stream.write("\n")
            self._stream.flush()
            self._width = 0


# -- cancelling and the cache -----------------------------------------------------------------


def _open_cache(paths: AppPaths, printer: ProgressPrinter
                ) -> tuple[SummaryCache, HistoryStore | None]:
    """The summary cache in the encrypted history, or one in memory when it cannot be opened."""
    try:
        store = open_store(paths)
    except PequenoError as exc:
        log.warning("summary cache unavailable, using memory: %s", exc)
        printer.note(translate(
            "Cli", "The summary cache in your history cannot be used ({reason}), so a "
            "summary stopped now would start over.").format(reason=exc.message))
        return MemoryCache(), None
    return StoredCache(store), store


# -- the command ------------------------------------------------------------------------------


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Summarize ``args.file``; return the exit code.

    Raises:
        PequenoError: the document, the model or the summary failed (the message says why).

    """
    printer = ProgressPrinter(sys.stderr, redraw=sys.stderr.isatty())
    cancel = threading.Event()
    try:
        with ctrl_c_sets(cancel, insist=True, on_first=lambda: printer.interject(
                translate("Cli", "Stopping\u2026 (Ctrl+C again stops at once)"))):
            return _summarize(args, paths, sys.stdout, printer, cancel)
    except (SummaryCancelled, DocumentCancelled, KeyboardInterrupt):
        printer.note(translate("Cli", "Summary cancelled. The finished parts are kept: run the "
                               "same command again to resume."))
        return EXIT_CANCELLED
    finally:
        printer.finish()


def _summarize(args: argparse.Namespace, paths: AppPaths, out: TextIO,
               printer: ProgressPrinter, cancel: threading.Event) -> int:
    document = load_document(args.file, cancel=cancel)
    settings = load_settings(paths.settings_file)
    model = model_path(args.model, paths, settings)
    cache, store = _open_cache(paths, printer)
    engine = Engine()
    try:
        info = engine.load(model, n_ctx=args.context or settings.context_size,
                           n_threads=settings.n_threads, n_gpu_layers=settings.n_gpu_layers,
                           repack=repacking(settings.weight_repacking, paths.cache, model,
                                            settings.n_threads))
        if cancel.is_set():
            raise SummaryCancelled
        printer.note(translate("Cli", "Summarizing \u201c{name}\u201d with {model} ({n} "
                               "tokens of context)\u2026").format(
                                   name=args.file.name, model=info.name, n=engine.n_ctx))
        summary = Summarizer(engine, cache,
                             speed=lambda: figures_for(engine, paths.cache)).summarize(
            document, style=Style(args.style), language=args.lang, progress=printer,
            cancel=cancel)
    finally:
        engine.unload()
        if store is not None:
            store.close()
    printer.finish()
    if args.json:
        record: dict[str, object] = {"file": str(args.file), "model": info.name}
        record.update(summary.as_dict())
        print(json.dumps(record, ensure_ascii=False), file=out, flush=True)
    else:
        print(summary.text, file=out, flush=True)
    return EXIT_OK

