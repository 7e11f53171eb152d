"""``pequeno chat``: one reply, or a chat session in the terminal, on the conversation service.

A turn here is the same turn the window runs (:mod:`assistant.core.conversation.service`): the
context policy, the running summary and the history all apply. Without ``--no-history`` every
chat is saved; with it, the conversation lives in memory only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    add_model_options,
    bounded,
    ctrl_c_sets,
    model_path,
    open_store,
    print_error,
    safe_for_terminal,
)
from assistant.core.conversation.own_settings import ConversationSettings
from assistant.core.conversation.service import (
    ContextFitted,
    ContextResizing,
    ConversationService,
    ReplyFinished,
    ReplyText,
    SummaryFolding,
    TurnFailed,
    TurnRequest,
    new_conversation,
)
from assistant.core.errors import PequenoError
from assistant.core.history.store import HistoryStore
from assistant.core.i18n import translate
from assistant.core.llm.engine import Engine
from assistant.core.llm.messages import GenerationParams
from assistant.core.llm.speed import repacking
from assistant.core.paths import AppPaths
from assistant.core.settings import Settings


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser],
               common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the ``chat`` command."""
    chat = commands.add_parser("chat", parents=[common],
                               help=translate("Cli", "chat with a model in the terminal"))
    chat.add_argument("prompt", nargs="?", help=translate(
        "Cli", "one prompt to answer; without it, a chat session starts"))
    add_model_options(chat)
    chat.add_argument("--system", metavar="TEXT", help=translate("Cli", "system prompt"))
    chat.add_argument("--max-tokens", type=bounded(int, 1), metavar="N",
                      help=translate("Cli", "longest reply, in tokens"))
    chat.add_argument("--temperature", type=bounded(float, 0.0, 5.0), metavar="T",
                      help=translate("Cli", "sampling temperature (0 = always the likeliest "
                                     "token)"))
    chat.add_argument("--seed", type=bounded(int, 0, 2**31 - 1), metavar="N",
                      help=translate("Cli", "random seed, for repeatable replies"))
    chat.add_argument("--threads", type=bounded(int, 1), metavar="N",
                      help=translate("Cli", "CPU threads (default: physical cores)"))
    chat.add_argument("--gpu-layers", type=bounded(int, 0), metavar="N",
                      help=translate("Cli", "layers to offload to a GPU, when this build has "
                                     "one"))
    chat.add_argument("--stats", action="store_true", help=translate(
        "Cli", "print each reply's statistics as a JSON line on stderr"))
    chat.add_argument("--no-history", action="store_true",
                      help=translate("Cli", "do not save this chat"))
    chat.add_argument("--conversation", type=int, metavar="ID",
                      help=translate("Cli", "continue a saved conversation"))
    return chat


def run(args: argparse.Namespace, paths: AppPaths, settings: Settings) -> int:
    """Chat as ``args`` say; return the exit code.

    Raises:
        PequenoError: the model or the history cannot be opened (the message says why).

    """
    if args.conversation is not None and args.no_history:
        raise PequenoError(translate("Cli", "--conversation needs the history; drop "
                                     "--no-history."))
    store = HistoryStore.in_memory() if args.no_history else open_store(paths)
    engine = Engine()
    try:
        own = ConversationSettings()
        if args.conversation is not None:
            # A wrong id fails before the model loads; a conversation's own sampling values
            # count as in the window (flags win over them).
            own = ConversationSettings.from_settings(store.conversation(args.conversation)
                                                     .settings)
        model = Path(model_path(args.model, paths, settings))
        threads = args.threads or settings.n_threads
        engine.load(model, n_ctx=args.context or settings.context_size, n_threads=threads,
                    n_gpu_layers=args.gpu_layers if args.gpu_layers is not None
                    else settings.n_gpu_layers,
                    repack=repacking(settings.weight_repacking, paths.cache, model, threads))
        params = own.params(settings, max_tokens=args.max_tokens,
                            temperature=args.temperature, seed=args.seed)
        session = _Session(ConversationService(engine, store), args, params)
        if args.prompt is not None:
            return EXIT_OK if session.reply(args.prompt) else EXIT_ERROR
        return session.interactive()
    finally:
        engine.unload()
        store.close()


class _Session:
    """A terminal chat: one conversation, created with the first prompt unless continued."""

    def __init__(self, service: ConversationService, args: argparse.Namespace,
                 params: GenerationParams) -> None:
        self.service = service
        self.args = args
        self.params = params
        self.conversation_id: int | None = args.conversation
        self.saved = not args.no_history
        # --system replaces the conversation's own prompt; else the conversation's, else ours.
        self.system_override: str | None = args.system
        # The user's default prompt is kept in the encrypted history (an unsaved chat, whose
        # history is in memory, gets the built-in one).
        self.default_system = args.system if args.system is not None \
            else service.store.default_system_prompt()

    def reply(self, prompt: str) -> bool:
        """Answer ``prompt``, streaming to stdout; whether the turn succeeded."""
        service = self.service
        if self.conversation_id is None:
            self.conversation_id = new_conversation(
                service.store, service.engine.info, system=self.default_system,
                params=self.params).id
        elif self.system_override is not None:
            service.store.set_system_prompt(self.conversation_id, self.system_override)
            self.system_override = None
        request = TurnRequest(self.conversation_id, prompt, self.params,
                              default_system=self.default_system)
        ok = True
        wrote = False
        with ctrl_c_sets(request.cancel, on_first=service.engine.cancel):
            for event in service.turn(request):
                if isinstance(event, ContextFitted) and event.dropped:
                    note = translate(
                        "Cli", "Older messages outside the model's memory: {n}; a summary of "
                        "them stands in.") if event.summarized else translate(
                        "Cli", "Older messages outside the model's memory: {n}.")
                    _note(note.format(n=event.dropped))
                elif isinstance(event, SummaryFolding):
                    _note(translate("Cli", "Summarizing older messages\u2026"))
                elif isinstance(event, ContextResizing):
                    _note(event.message())
                elif isinstance(event, ReplyText):
                    # Strictly: a piece's leading carriage return is mid-line for the reply.
                    sys.stdout.write(safe_for_terminal(event.text, sys.stdout))
                    sys.stdout.flush()
                    wrote = True
                elif isinstance(event, ReplyFinished):
                    _end_line()
                    ended = event.stats.stop_note() if event.stats is not None else None
                    if ended:
                        _note(ended)
                    if self.args.stats and event.stats is not None:
                        print(json.dumps(event.stats.as_dict()), file=sys.stderr, flush=True)
                elif isinstance(event, TurnFailed):
                    ok = False
                    if wrote:
                        _end_line()
                    if event.message:
                        print_error(event.message)
        return ok

    def interactive(self) -> int:
        """Read prompts until Ctrl+D; a failed turn is reported and the session goes on."""
        info = self.service.engine.info
        assert info is not None
        print(translate("Cli", "Chatting with {name}. Ctrl+C stops a reply; Ctrl+D quits.")
              .format(name=info.name), file=sys.stderr)
        while True:
            try:
                prompt = input("> ")
            except EOFError:
                print(file=sys.stderr)
                if self.saved and self.conversation_id is not None:
                    print(translate(
                        "Cli", "Saved as conversation {id}; continue it with "
                        "'pequeno chat --conversation {id}'.").format(id=self.conversation_id),
                        file=sys.stderr)
                return EXIT_OK
            except KeyboardInterrupt:
                print(file=sys.stderr)
                continue
            if prompt.strip():
                try:
                    self.reply(prompt)
                except PequenoError as exc:  # the history failed: say so, keep the session
                    print_error(exc.message)


def _note(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _end_line() -> None:
    sys.stdout.write("\n")
    sys.stdout.flush()
