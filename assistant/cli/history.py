"""``pequeno history ...``: list, search, show, export, import, delete and wipe conversations."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from assistant.cli.common import EXIT_OK, EXIT_USAGE, open_store, write_own
from assistant.core.errors import PequenoError
from assistant.core.history.export import (
    ExportFileExists,
    export_json,
    export_markdown,
    import_json,
    read_export,
    write_export,
)
from assistant.core.history.store import HIGHLIGHT_END, HIGHLIGHT_START, HistoryStore, SearchHit
from assistant.core.i18n import format_datetime, translate
from assistant.core.logs import clear_logs
from assistant.core.paths import AppPaths
from assistant.core.terminal import neutralise


def add_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the ``history`` command and its actions."""
    history = commands.add_parser(
        "history",
        parents=[common],
        help=translate("CliHistory", "read, search, export and delete saved chats"),
    )
    actions = history.add_subparsers(dest="history_command", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", parents=[common], help=translate("CliHistory", "list conversations")
    )
    listing.add_argument("--limit", type=int, default=50, metavar="N")
    listing.add_argument("--offset", type=int, default=0, metavar="N")
    search = actions.add_parser(
        "search", parents=[common], help=translate("CliHistory", "full-text search")
    )
    search.add_argument("query")
    show = actions.add_parser(
        "show", parents=[common], help=translate("CliHistory", "print a conversation")
    )
    show.add_argument("id", type=int)
    export = actions.add_parser(
        "export", parents=[common], help=translate("CliHistory", "export one conversation, or all")
    )
    export.add_argument("id", type=int, nargs="?")
    export.add_argument("--format", choices=("md", "json"), default="md")
    export.add_argument("-o", "--output", type=Path, metavar="FILE", help=translate(
        "CliHistory", "write to FILE (readable by you only) instead of the screen"))
    export.add_argument("--force", action="store_true",
                        help=translate("CliHistory", "replace FILE if it exists"))
    imported = actions.add_parser(
        "import", parents=[common], help=translate("CliHistory", "import a JSON export")
    )
    imported.add_argument("file", type=Path)
    delete = actions.add_parser(
        "delete", parents=[common], help=translate("CliHistory", "delete a conversation")
    )
    delete.add_argument("id", type=int)
    wipe = actions.add_parser(
        "wipe", parents=[common], help=translate("CliHistory", "delete every conversation")
    )
    wipe.add_argument("--yes", action="store_true", help=translate("CliHistory", "confirm"))


def _when(stamp_us: int) -> str:
    return format_datetime(datetime.fromtimestamp(stamp_us / 1e6))


def _print_hit(hit: SearchHit) -> None:
    """A search hit, its matches in bold on a terminal (``**marked**`` elsewhere)."""
    where = f"#{hit.conversation}" + (f"/{hit.message}" if hit.message else "")
    title = hit.title or translate("CliHistory", "(untitled)")
    if not sys.stdout.isatty():
        snippet = hit.snippet.replace(HIGHLIGHT_START, "**").replace(HIGHLIGHT_END, "**")
        print(f"{where}  {title}\n    {snippet}")
        return
    # Our bold sequences go around the neutralised pieces of the hit, never inside them.
    pieces = hit.snippet.replace(HIGHLIGHT_END, HIGHLIGHT_START).split(HIGHLIGHT_START)
    snippet = "".join(neutralise(piece) if index % 2 == 0 else f"\033[1m{neutralise(piece)}\033[0m"
                      for index, piece in enumerate(pieces))
    write_own(f"{where}  {neutralise(title)}\n    {snippet}\n", sys.stdout)


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Carry out a ``history`` action; return the exit code."""
    if args.history_command == "wipe" and not args.yes:
        print(
            translate(
                "CliHistory",
                "pequeno: error: wiping deletes every conversation; add --yes to confirm",
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    with open_store(paths) as store:
        action = args.history_command
        if action == "list":
            for conversation in store.list_conversations(limit=args.limit, offset=args.offset):
                pin = "*" if conversation.pinned else " "
                title = conversation.title or translate("CliHistory", "(untitled)")
                print(f"{conversation.id:>6}{pin} {_when(conversation.updated)}  {title}")
        elif action == "search":
            hits = store.search(args.query)
            for hit in hits:
                _print_hit(hit)
            if not hits:
                print(translate("CliHistory", "No conversation matches \u201c{query}\u201d.")
                      .format(query=args.query), file=sys.stderr)
        elif action == "show":
            print(export_markdown(store, [store.conversation(args.id).id]))
        elif action == "export":
            _export(args, store)
        elif action == "import":
            result = import_json(store, read_export(args.file))
            print(CliHistory().imported(result.imported, result.skipped))
        elif action == "delete":
            store.delete_conversation(store.conversation(args.id).id)
            print(translate("CliHistory", "Deleted conversation {id}.").format(id=args.id))
        elif action == "wipe":
            store.wipe()
            print(translate("CliHistory", "Every conversation was deleted."))
            clear_logs(paths.logs)  # they may name conversations by id and time
    return EXIT_OK


def _export(args: argparse.Namespace, store: HistoryStore) -> None:
    ids = None if args.id is None else [store.conversation(args.id).id]
    text = export_json(store, ids) if args.format == "json" else export_markdown(store, ids)
    if args.output is None:
        print(text)
        return
    try:
        write_export(args.output, text + "\n", replace=args.force)
    except ExportFileExists as exc:
        raise PequenoError(translate("CliHistory", "{problem} Add --force to replace it.")
                           .format(problem=exc.message)) from exc


class CliHistory:
    """Messages with counts, in the plural form the user's language uses for each count.

    They are written as ``self.tr(text, "", n)`` in a class named for their translation context
    ("CliHistory"): the form ``pyside6-lupdate`` reads a count from (for ``translate()`` it
    takes only a literal number).
    """

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        """``text`` translated, in the form for ``n``."""
        return translate("CliHistory", text, disambiguation or None, n)

    def imported(self, count: int, skipped: int) -> str:
        """What an import did: conversations added, and those already in the history."""
        text = self.tr("Imported %n conversation(s).", "", count)
        if skipped:
            text += " " + self.tr("%n conversation(s) were already there.", "", skipped)
        return text
