"""The ``pequeno`` command line: chat, models, history, summaries and questions about documents.

Each command group has its own module (:mod:`.chat`, :mod:`.models`, :mod:`.history`,
:mod:`.summarize`, :mod:`.ask`) over the Qt-free core; what they share is in :mod:`.common`.
This module parses the arguments and dispatches.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from assistant import APP_ID, __version__
from assistant.cli import ask, chat, history, models, summarize
from assistant.cli.common import (
    EXIT_CANCELLED,
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    guarded_terminal,
    print_error,
)
from assistant.core.errors import PequenoError
from assistant.core.hardening import harden_process
from assistant.core.i18n import install_translator, translate
from assistant.core.logs import setup_logging
from assistant.core.models.choice import default_model
from assistant.core.paths import AppPaths, resolve_paths
from assistant.core.settings import load_settings

log = logging.getLogger(__name__)

__all__ = ["EXIT_ERROR", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every ``pequeno`` command."""
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description=translate("Cli", "Pequeno: a private assistant that runs on this computer."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_common(parser, default=True)
    parser.add_argument("--self-test", action="store_true",
                        help=translate("Cli", "check that this installation works, then exit"))
    parser.add_argument("--model", type=Path, metavar="PATH", dest="self_test_model",
                        help=translate("Cli", "the model file --self-test uses"))
    # The same options are accepted after a command too ("pequeno chat --data-dir D").
    common = argparse.ArgumentParser(add_help=False)
    _add_common(common, default=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    chat.add_parser(commands, common)
    models.add_parser(commands, common)
    history.add_parser(commands, common)
    summarize.add_parser(commands, common)
    ask.add_parsers(commands, common)
    return parser


def _add_common(parser: argparse.ArgumentParser, *, default: bool) -> None:
    # Sub-command copies must not reset what the main parser already parsed.
    data_dir_default = None if default else argparse.SUPPRESS
    verbose_default = False if default else argparse.SUPPRESS
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        default=data_dir_default,
        help=translate("Cli", "keep all data, settings, models and logs under DIR"),
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=verbose_default,
        help=translate("Cli", "also print the log to the terminal"),
    )


def _data_dir_in(argv: Sequence[str]) -> Path | None:
    """``--data-dir`` from the raw arguments (needed before the parser, to pick a language)."""
    for index, argument in enumerate(argv):
        if argument == "--data-dir" and index + 1 < len(argv):
            return Path(argv[index + 1])
        if argument.startswith("--data-dir="):
            return Path(argument.partition("=")[2])
    return None


def _speak_the_users_language(argv: Sequence[str]) -> None:
    """Translate the command line's messages (the settings' language, else the system's)."""
    try:
        from PySide6.QtCore import QLocale

        from assistant.ui.translations import load_catalogue, use_locale_formats
    except ImportError:  # a core-only install without Qt: English
        return
    paths = resolve_paths(_data_dir_in(argv))
    language = load_settings(paths.settings_file).language
    use_locale_formats(QLocale(language) if language else QLocale.system())
    catalogue = load_catalogue(language)
    if catalogue is not None:
        def through(context: str, text: str, disambiguation: str | None, n: int) -> str:
            return catalogue.translate(context, text, disambiguation, n) or text

        install_translator(through)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code.

    What is printed to a terminal has its control characters neutralised. A bug never ends in
    a traceback: the user gets one line saying where the log is, and the log gets the traceback.
    """
    harden_process()
    arguments = list(sys.argv[1:] if argv is None else argv)
    with guarded_terminal():
        try:
            return _run(arguments)
        except PequenoError as exc:
            print_error(exc.message)
            return EXIT_ERROR
        except KeyboardInterrupt:
            print(file=sys.stderr)
            return EXIT_CANCELLED
        except BrokenPipeError:
            _quiet_stdout()  # the reader left ("pequeno history export | head"): nothing to say
            return EXIT_ERROR
        except Exception as exc:
            _report_unexpected(exc, arguments)
            return EXIT_ERROR


def _run(arguments: list[str]) -> int:
    _speak_the_users_language(arguments)
    parser = build_parser()
    args = parser.parse_args(arguments)
    paths = resolve_paths(args.data_dir)
    paths.ensure()
    setup_logging(paths.logs, verbose=args.verbose)
    if args.self_test:
        from assistant.ui import selftest

        model = args.self_test_model or _installed_model(paths)
        return selftest.run(model)
    if args.command == "models":
        return models.run(args, paths)
    if args.command == "history":
        return history.run(args, paths)
    if args.command == "summarize":
        return summarize.run(args, paths)
    if args.command == "ask":
        return ask.run_ask(args, paths, load_settings(paths.settings_file))
    if args.command == "collections":
        return ask.run_collections(args, paths)
    if args.command is None:
        if _has_display():
            from assistant.ui.app import run  # Qt only when the window is wanted

            return run(paths)
        # Qt aborts the process without a display; the terminal chat works anywhere.
        print(translate("Cli", "No display found, so Pequeno opens in the terminal. "
                        "('pequeno chat' does this on purpose.)"), file=sys.stderr)
        args = parser.parse_args([*arguments, "chat"])
    return chat.run(args, paths, load_settings(paths.settings_file))


def _report_unexpected(exc: Exception, arguments: Sequence[str]) -> None:
    """One line for the user; the traceback in the log (whose formatter leaves out messages)."""
    kind = type(exc).__name__
    log_file = _log_file(arguments)
    if log_file is None:  # (logging would fall back to printing the traceback)
        message = translate("Cli", "pequeno: unexpected error ({kind}); it could not be logged")
    else:
        log.error("unexpected error: %s", kind, exc_info=exc)
        message = translate("Cli", "pequeno: unexpected error ({kind}); details are in {log}")
    print(message.format(kind=kind, log=log_file), file=sys.stderr, flush=True)


def _log_file(arguments: Sequence[str]) -> Path | None:
    """The log file in use; set one up when the error came before logging was."""
    for handler in logging.getLogger("assistant").handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    try:
        return setup_logging(resolve_paths(_data_dir_in(arguments)).logs)
    except Exception:  # the log cannot be written either: the one line still goes out
        return None


def _quiet_stdout() -> None:
    """Point stdout at nothing, so flushing it at exit does not fail a second time."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _has_display() -> bool:
    """Whether a window can open (always on Windows and macOS; X11 or Wayland on Linux)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _installed_model(paths: AppPaths) -> Path | None:
    """The model chat would use, or ``None`` when there is none yet."""
    try:
        chosen = default_model(paths, load_settings(paths.settings_file))
    except PequenoError:
        return None
    return chosen.path if chosen is not None else None
