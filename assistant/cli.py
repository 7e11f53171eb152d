"""The ``pequeno`` command line: chat in the terminal and inspect models, on the Qt-free core."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import FrameType

from assistant import APP_ID, __version__, cli_history, cli_models, cli_summarize
from assistant.core import starter
from assistant.core.engine import (
    ChatMessage,
    Engine,
    GenerationParams,
    ReplyStream,
    StopReason,
    conversation,
)
from assistant.core.errors import EngineError, PequenoError
from assistant.core.history import HistoryStore, MessageState, Role
from assistant.core.i18n import install_translator, translate
from assistant.core.logs import setup_logging
from assistant.core.paths import AppPaths, resolve_paths
from assistant.core.settings import Settings, load_settings

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


def _bounded(
    kind: type[int] | type[float], low: float, high: float | None = None
) -> Callable[[str], int | float]:
    """An argparse type that parses ``kind`` and insists on ``low <= value <= high``."""

    def parse(raw: str) -> int | float:
        try:
            value = kind(raw)
        except ValueError:
            raise argparse.ArgumentTypeError(
                translate("Cli", "{value!r} is not a number").format(value=raw)
            ) from None
        if value < low or (high is not None and value > high):
            message = (
                translate("Cli", "must be between {low} and {high}")
                if high is not None
                else translate("Cli", "must be at least {low}")
            )
            raise argparse.ArgumentTypeError(message.format(low=low, high=high))
        return value

    return parse


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

    chat = commands.add_parser(
        "chat", parents=[common], help=translate("Cli", "chat with a model in the terminal")
    )
    chat.add_argument(
        "prompt",
        nargs="?",
        help=translate("Cli", "one prompt to answer; without it, a chat session starts"),
    )
    chat.add_argument(
        "--model", type=Path, metavar="PATH", help=translate("Cli", "GGUF model file")
    )
    chat.add_argument("--system", metavar="TEXT", help=translate("Cli", "system prompt"))
    chat.add_argument(
        "--max-tokens",
        type=_bounded(int, 1),
        metavar="N",
        help=translate("Cli", "longest reply, in tokens"),
    )
    chat.add_argument(
        "--temperature",
        type=_bounded(float, 0.0, 5.0),
        metavar="T",
        help=translate("Cli", "sampling temperature (0 = always the likeliest token)"),
    )
    chat.add_argument(
        "--seed",
        type=_bounded(int, 0, 2**31 - 1),
        metavar="N",
        help=translate("Cli", "random seed, for repeatable replies"),
    )
    chat.add_argument(
        "--ctx",
        type=_bounded(int, 16),
        metavar="N",
        help=translate("Cli", "context size in tokens"),
    )
    chat.add_argument(
        "--threads",
        type=_bounded(int, 1),
        metavar="N",
        help=translate("Cli", "CPU threads (default: physical cores)"),
    )
    chat.add_argument(
        "--gpu-layers",
        type=_bounded(int, 0),
        metavar="N",
        help=translate("Cli", "layers to offload to a GPU, when this build has one"),
    )
    chat.add_argument(
        "--stats",
        action="store_true",
        help=translate("Cli", "print each reply's statistics as a JSON line on stderr"),
    )
    chat.add_argument(
        "--no-history", action="store_true", help=translate("Cli", "do not save this chat")
    )
    chat.add_argument(
        "--conversation",
        type=int,
        metavar="ID",
        help=translate("Cli", "continue a saved conversation"),
    )

    cli_models.add_parser(commands, common)
    cli_history.add_parser(commands, common)
    cli_summarize.add_parser(commands, common)
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
        install_translator(lambda context, text: catalogue.translate(context, text) or text)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    _speak_the_users_language(arguments)
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = resolve_paths(args.data_dir)
    try:
        paths.ensure()
        setup_logging(paths.logs, verbose=args.verbose)
        if args.self_test:
            from assistant.ui import selftest

            model = args.self_test_model or _installed_model(paths)
            return selftest.run(model)
        if args.command == "models":
            return cli_models.run(args, paths)
        if args.command == "history":
            return cli_history.run(args, paths)
        if args.command == "summarize":
            return cli_summarize.run(args, paths)
        if args.command is None:
            if _has_display():
                from assistant.ui.app import run  # Qt only when the window is wanted

                return run(paths)
            # Qt aborts the process without a display; the terminal chat works anywhere.
            print(translate("Cli", "No display found, so Pequeno opens in the terminal. "
                            "('pequeno chat' does this on purpose.)"), file=sys.stderr)
            args = parser.parse_args([*(argv or []), "chat"])
        return _chat(args, paths, load_settings(paths.settings_file))
    except PequenoError as exc:
        print(
            translate("Cli", "pequeno: error: {message}").format(message=exc.message),
            file=sys.stderr,
        )
        return EXIT_ERROR


def _has_display() -> bool:
    """Whether a window can open (always on Windows and macOS; X11 or Wayland on Linux)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _installed_model(paths: AppPaths) -> Path | None:
    """The model chat would use, or ``None`` when there is none yet."""
    try:
        return _default_model(paths, load_settings(paths.settings_file))
    except PequenoError:
        return None


def _default_model(paths: AppPaths, settings: Settings) -> Path:
    if settings.model_path:
        return Path(settings.model_path)
    if starter.is_installed(paths.models):
        return starter.starter_path(paths.models)
    bundled = starter.bundled()
    if bundled is not None:
        return bundled
    raise PequenoError(
        translate(
            "Cli",
            "No model to chat with. Run 'make run' (or 'pequeno models fetch-starter') to get "
            "the starter model, or pass --model PATH.",
        )
    )


@contextlib.contextmanager
def _sigint_cancels(stream: ReplyStream) -> Iterator[None]:
    """While a reply streams, Ctrl+C stops the reply instead of the program."""

    def handler(signum: int, frame: FrameType | None) -> None:
        stream.cancel()

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class _SavedChat:
    """The conversation a terminal chat is saved to (created with the first prompt)."""

    def __init__(
        self,
        store: HistoryStore | None,
        model: str,
        system: str,
        params: GenerationParams,
        conversation_id: int | None,
    ) -> None:
        self.store = store
        self.model = model
        self.system = system
        self.params = params
        self.conversation_id = conversation_id

    def ensure(self) -> int | None:
        if self.store is None:
            return None
        if self.conversation_id is None:
            conversation = self.store.create_conversation(
                model=self.model,
                system_prompt=self.system,
                settings=self.params.recorded(),
            )
            self.conversation_id = conversation.id
        return self.conversation_id


def _chat(args: argparse.Namespace, paths: AppPaths, settings: Settings) -> int:
    store = None if args.no_history else cli_history.open_store(paths)
    history: list[ChatMessage] = []
    system = args.system if args.system is not None else settings.system_prompt
    if args.conversation is not None:
        if store is None:
            raise PequenoError(
                translate("Cli", "--conversation needs the history; drop --no-history.")
            )
        saved = store.conversation(args.conversation)
        if args.system is None and saved.system_prompt is not None:
            system = saved.system_prompt
        history = [
            ChatMessage(str(m.role), m.content)
            for m in store.messages(saved.id)
            if m.role is not Role.SYSTEM and m.content
        ]
    engine = Engine()
    try:
        info = engine.load(
            args.model or _default_model(paths, settings),
            n_ctx=args.ctx or settings.context_size,
            n_threads=args.threads or settings.n_threads,
            n_gpu_layers=args.gpu_layers if args.gpu_layers is not None else settings.n_gpu_layers,
        )
        params = GenerationParams.from_settings(
            settings, max_tokens=args.max_tokens, temperature=args.temperature, seed=args.seed
        )
        saved_chat = _SavedChat(store, info.name, system, params, args.conversation)
        return _converse(args, engine, params, system, history, saved_chat)
    finally:
        engine.unload()
        if store is not None:
            store.close()


def _converse(
    args: argparse.Namespace,
    engine: Engine,
    params: GenerationParams,
    system: str,
    history: list[ChatMessage],
    saved: _SavedChat,
) -> int:
    def reply(prompt: str) -> None:
        conversation_id = saved.ensure()
        if conversation_id is not None and saved.store is not None:
            # Committed before the model starts: a crash cannot lose what the user typed.
            saved.store.add_message(conversation_id, Role.USER, prompt)
            recorder = saved.store.record_reply(conversation_id, model=saved.model)
        else:
            recorder = None
        history.append(ChatMessage("user", prompt))
        stream = engine.chat(conversation(system, history), params)
        pieces = []
        try:
            with _sigint_cancels(stream):
                for piece in stream:
                    pieces.append(piece)
                    sys.stdout.write(piece)
                    sys.stdout.flush()
                    if recorder is not None:
                        recorder.append(piece)
        except EngineError:
            if recorder is not None:
                recorder.finish(state=MessageState.ERROR)
            history.pop()
            raise
        finally:
            sys.stdout.write("\n")
            sys.stdout.flush()
        stats = stream.stats
        if recorder is not None and saved.store is not None and conversation_id is not None:
            stopped = stats is not None and stats.stop_reason is StopReason.CANCELLED
            recorder.finish(
                stats.as_dict() if stats else None,
                state=MessageState.PARTIAL if stopped else MessageState.COMPLETE,
            )
            saved.store.auto_title(conversation_id)
        history.append(ChatMessage("assistant", "".join(pieces)))
        if args.stats and stats is not None:
            print(json.dumps(stats.as_dict()), file=sys.stderr, flush=True)

    if args.prompt is not None:
        reply(args.prompt)
        return EXIT_OK
    info = engine.info
    assert info is not None
    print(
        translate("Cli", "Chatting with {name}. Ctrl+C stops a reply; Ctrl+D quits.").format(
            name=info.name
        ),
        file=sys.stderr,
    )
    while True:
        try:
            prompt = input("> ")
        except EOFError:
            print(file=sys.stderr)
            if saved.conversation_id is not None:
                print(
                    translate(
                        "Cli",
                        "Saved as conversation {id}; continue it with "
                        "'pequeno chat --conversation {id}'.",
                    ).format(id=saved.conversation_id),
                    file=sys.stderr,
                )
            return EXIT_OK
        except KeyboardInterrupt:
            print(file=sys.stderr)
            continue
        if prompt.strip():
            reply(prompt)
