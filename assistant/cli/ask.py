"""``pequeno ask`` and ``pequeno collections``: questions about documents, from the terminal.

``pequeno ask FILE|FOLDER|COLLECTION "question"`` indexes a file or folder first (only what
changed since the last time), then runs one turn of a new conversation attached to the
collection (:mod:`assistant.core.conversation.documents`) through the conversation service, as
the window does: the answer streams, then the sources it cites. The conversation is kept in the
history, so ``pequeno chat --conversation ID`` asks follow-up questions about the same
documents. ``pequeno collections`` adds, lists and removes collections.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from assistant.cli.common import (
    EXIT_CANCELLED,
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
from assistant.core.conversation.documents import Citation, Hit, attach
from assistant.core.conversation.own_settings import ConversationSettings
from assistant.core.conversation.service import (
    ContextResizing,
    ConversationService,
    ReplyCited,
    ReplyFinished,
    ReplyText,
    SourcesFound,
    TurnFailed,
    TurnRequest,
    new_conversation,
)
from assistant.core.errors import PequenoError
from assistant.core.history.collections import (
    Collection,
    DocumentIndex,
    IndexCancelled,
    IndexReport,
)
from assistant.core.i18n import format_datetime, translate
from assistant.core.llm.engine import Engine
from assistant.core.llm.speed import repacking
from assistant.core.paths import AppPaths
from assistant.core.settings import Settings


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    """Add the ``ask`` and ``collections`` commands."""
    ask = commands.add_parser(
        "ask", parents=[common],
        help=translate("CliAsk", "ask a question about a document or a folder of them"))
    ask.add_argument("target", metavar="FILE|COLLECTION", help=translate(
        "CliAsk", "a document or folder (indexed first), or a collection's name or id"))
    ask.add_argument("question", help=translate("CliAsk", "the question"))
    add_model_options(ask)
    ask.add_argument("--max-tokens", type=bounded(int, 1), metavar="N",
                     help=translate("Cli", "longest reply, in tokens"))
    ask.add_argument("--temperature", type=bounded(float, 0.0, 5.0), metavar="T",
                     help=translate("Cli", "sampling temperature (0 = always the likeliest "
                                    "token)"))
    ask.add_argument("--seed", type=bounded(int, 0, 2**31 - 1), metavar="N",
                     help=translate("Cli", "random seed, for repeatable replies"))
    ask.add_argument("--json", action="store_true", help=translate(
        "CliAsk", "print the answer, its citations and the passages read as JSON"))

    collections = commands.add_parser(
        "collections", parents=[common],
        help=translate("CliAsk", "add, list and remove the documents questions are asked "
                       "about"))
    actions = collections.add_subparsers(dest="collections_command", metavar="ACTION",
                                         required=True)
    add = actions.add_parser("add", parents=[common], help=translate(
        "CliAsk", "index a document or a folder (again: only what changed)"))
    add.add_argument("path", type=Path, metavar="PATH")
    add.add_argument("--name", help=translate(
        "CliAsk", "what to call the collection (default: the file or folder name)"))
    listing = actions.add_parser("list", parents=[common],
                                 help=translate("CliAsk", "list the collections"))
    listing.add_argument("--json", action="store_true",
                         help=translate("CliAsk", "print them as JSON"))
    remove = actions.add_parser("remove", parents=[common], help=translate(
        "CliAsk", "remove a collection and its passages (the documents stay)"))
    remove.add_argument("collection", metavar="NAME|ID")


class CliAsk:
    """Messages with counts, in the plural form of the user's language (see ``CliHistory``)."""

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        """``text`` translated, in the form for ``n``."""
        return translate("CliAsk", text, disambiguation or None, n)

    def contents(self, collection: Collection) -> str:
        """``3 documents, 1,204 passages``."""
        return translate("CliAsk", "{documents}, {passages}").format(
            documents=self.tr("%n document(s)", "", collection.files),
            passages=self.tr("%n passage(s)", "", collection.passages))


# -- indexing ----------------------------------------------------------------------------------


class IndexProgress:
    """Shows indexing on a stream: a count redrawn in place on a terminal, else one line."""

    def __init__(self, name: str, stream: TextIO, *, redraw: bool) -> None:
        self._name = name
        self._stream = stream
        self._redraw = redraw
        self._shown = False
        self._width = 0

    def __call__(self, done: int, total: int) -> None:
        """Show that ``done`` of ``total`` are indexed."""
        if not self._redraw:
            if not self._shown:
                print(translate("CliAsk", "Indexing \u201c{name}\u201d\u2026").format(
                    name=self._name), file=self._stream, flush=True)
            self._shown = True
            return
        line = translate("CliAsk", "Indexing \u201c{name}\u201d\u2026 {done}/{total}").format(
            name=self._name, done=done, total=total)
        self._stream.write(f"\r{line}{' ' * max(self._width - len(line), 0)}")
        self._stream.flush()
        self._width = len(line)
        self._shown = True

    def finish(self) -> None:
        """End the line being redrawn, if any."""
        if self._width:
            self._stream.write("\n")
            self._stream.flush()
            self._width = 0


def index_path(index: DocumentIndex, path: Path, cancel: threading.Event) -> Collection:
    """Index a file or folder (only what changed), reporting on stderr; its collection.

    Raises:
        PequenoError: it cannot be indexed (missing, unreadable...); IndexCancelled if stopped.

    """
    progress = IndexProgress(path.name or str(path), sys.stderr, redraw=sys.stderr.isatty())
    try:
        if path.is_dir():
            report = index.index_folder(path, cancel=cancel, progress=progress)
        else:
            report = index.index_file(path, cancel=cancel, progress=progress)
    finally:
        progress.finish()
    _tell_report(report)
    return report.collection


def _tell_report(report: IndexReport) -> None:
    for file, reason in report.skipped:
        _note(translate("CliAsk", "Skipped {file}: {reason}").format(file=file, reason=reason))
    if report.added or report.updated or report.removed:
        _note(translate("CliAsk", "Indexed \u201c{name}\u201d: {contents}.").format(
            name=report.collection.name, contents=CliAsk().contents(report.collection)))


def _collection(index: DocumentIndex, target: str, cancel: threading.Event) -> Collection:
    """The collection ``target`` names: a file or folder (indexed now), a name or an id."""
    path = Path(target).expanduser()
    if path.exists():
        return index_path(index, path, cancel)
    found = index.find(target)
    if found is None:
        raise PequenoError(translate(
            "CliAsk", "There is no file, folder or collection \u201c{name}\u201d. (See "
            "'pequeno collections list'.)").format(name=target))
    return found


# -- ask ---------------------------------------------------------------------------------------


def run_ask(args: argparse.Namespace, paths: AppPaths, settings: Settings) -> int:
    """Answer ``args.question`` about ``args.target``; return the exit code.

    Raises:
        PequenoError: the documents, the model or the history failed (the message says why).

    """
    cancel = threading.Event()
    with open_store(paths) as store:
        index = DocumentIndex(store)
        try:
            with ctrl_c_sets(cancel, insist=True):
                collection = _collection(index, args.target, cancel)
        except IndexCancelled:
            _note(translate("CliAsk", "Indexing stopped. The documents indexed so far are "
                            "kept: run the same command again to go on."))
            return EXIT_CANCELLED
        engine = Engine()
        try:
            model = model_path(args.model, paths, settings)
            engine.load(model, n_ctx=args.context or settings.context_size,
                        n_threads=settings.n_threads, n_gpu_layers=settings.n_gpu_layers,
                        repack=repacking(settings.weight_repacking, paths.cache, model,
                                         settings.n_threads))
            return _answer(args, ConversationService(engine, store, index), settings,
                           collection)
        finally:
            engine.unload()


def _answer(args: argparse.Namespace, service: ConversationService, settings: Settings,
            collection: Collection) -> int:
    store = service.store
    params = ConversationSettings().params(settings, max_tokens=args.max_tokens,
                                           temperature=args.temperature, seed=args.seed)
    system = store.default_system_prompt()
    conversation = new_conversation(store, service.engine.info, system=system, params=params)
    attach(store, conversation.id, collection.id)
    request = TurnRequest(conversation.id, args.question, params, default_system=system)
    out = sys.stdout
    hits: tuple[Hit, ...] = ()
    cited: tuple[Citation, ...] = ()
    answer: list[str] = []
    code = EXIT_OK
    with ctrl_c_sets(request.cancel, on_first=service.engine.cancel):
        for event in service.turn(request):
            if isinstance(event, SourcesFound):
                hits = event.hits
            elif isinstance(event, ContextResizing):
                _note(event.message())
            elif isinstance(event, ReplyText):
                answer.append(event.text)
                if not args.json:
                    out.write(safe_for_terminal(event.text, out))
                    out.flush()
            elif isinstance(event, ReplyCited):
                cited = event.citations
            elif isinstance(event, ReplyFinished):
                ended = event.stats.stop_note() if event.stats is not None else None
                if ended:
                    _note(ended)
            elif isinstance(event, TurnFailed):
                if answer and not args.json:
                    out.write("\n")
                if event.message:
                    print_error(event.message)
                code = EXIT_ERROR if event.message else EXIT_CANCELLED
    if code != EXIT_OK:
        return code
    if args.json:
        record = {"answer": "".join(answer), "citations": [c.as_dict() for c in cited],
                  "passages": [{"number": number, **hit.as_dict()}
                               for number, hit in enumerate(hits, 1)],
                  "collection": {"id": collection.id, "name": collection.name},
                  "conversation": conversation.id}
        print(json.dumps(record, ensure_ascii=False), file=out, flush=True)
    else:
        out.write("\n")
        if hits:
            print(sources_line(cited, hits), file=out, flush=True)
    _note(translate("CliAsk", "Saved as conversation {id}; ask more with 'pequeno chat "
                    "--conversation {id}'.").format(id=conversation.id))
    return EXIT_OK


def sources_line(cited: Sequence[Citation], given: Sequence[Hit]) -> str:
    """``Sources: [1] p. 3 — report.pdf; …``: what the answer cites, else what it was given."""
    if cited:
        items = [(c.number, c.label, c.file) for c in cited]
        heading = translate("CliAsk", "Sources: {sources}")
    else:
        items = [(number, hit.label, hit.file) for number, hit in enumerate(given, 1)]
        heading = translate("CliAsk", "Passages read (none cited): {sources}")
    return heading.format(sources="; ".join(
        f"[{number}] {label} \u2014 {Path(file).name}" for number, label, file in items))


# -- collections -------------------------------------------------------------------------------


def run_collections(args: argparse.Namespace, paths: AppPaths) -> int:
    """Carry out a ``collections`` action; return the exit code."""
    with open_store(paths) as store:
        index = DocumentIndex(store)
        action = args.collections_command
        if action == "add":
            return _add(index, args.path, args.name)
        if action == "list":
            _list(index, as_json=args.json)
        elif action == "remove":
            collection = index.find(args.collection)
            if collection is None:
                raise PequenoError(translate(
                    "CliAsk", "There is no collection \u201c{name}\u201d. (See 'pequeno "
                    "collections list'.)").format(name=args.collection))
            index.remove(collection.id)
            print(translate("CliAsk", "Removed the collection \u201c{name}\u201d; the "
                            "documents themselves are untouched.").format(name=collection.name))
    return EXIT_OK


def _add(index: DocumentIndex, path: Path, name: str | None = None) -> int:
    if not path.exists():
        raise PequenoError(translate("CliAsk", "There is no file or folder \u201c{path}\u201d.")
                           .format(path=path))
    cancel = threading.Event()
    try:
        with ctrl_c_sets(cancel, insist=True):
            collection = index_path(index, path, cancel)
    except IndexCancelled:
        _note(translate("CliAsk", "Indexing stopped. The documents indexed so far are kept: "
                        "run the same command again to go on."))
        return EXIT_CANCELLED
    if name is not None:
        collection = index.rename(collection.id, name)
    print(_describe(collection))
    return EXIT_OK


def _describe(collection: Collection) -> str:
    when = format_datetime(datetime.fromtimestamp(collection.updated / 1e6))
    details = translate("CliAsk", "{name}  ({contents}; indexed {when})  {source}").format(
        name=collection.name, contents=CliAsk().contents(collection), when=when,
        source=collection.source)
    return f"{collection.id:>4}  {details}"


def _list(index: DocumentIndex, *, as_json: bool) -> None:
    collections = index.collections()
    if as_json:
        print(json.dumps([_record(c) for c in collections], ensure_ascii=False))
        return
    for collection in collections:
        print(_describe(collection))
    if not collections:
        _note(translate("CliAsk", "No collections yet: add a document or a folder with "
                        "'pequeno collections add PATH'."))


def _record(collection: Collection) -> dict[str, Any]:
    return {"id": collection.id, "name": collection.name, "kind": collection.kind,
            "source": str(collection.source), "files": collection.files,
            "passages": collection.passages, "updated": collection.updated}


def _note(text: str) -> None:
    print(text, file=sys.stderr, flush=True)
