"""``pequeno history ...``: list, search, show, export, import, delete and wipe conversations."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from assistant.cli.common import EXIT_OK, EXIT_USAGE, open_store
from assistant.core.errors import PequenoError
from assistant.core.history.export import export_json, export_markdown, import_json
from assistant.core.history.store import HIGHLIGHT_END, HIGHLIGHT_START
from assistant.core.i18n import format_datetime, translate
from assistant.core.paths import AppPaths


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
    export.add_argument("-o", "--output", type=Path, metavar="FILE")
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


def _highlight(snippet: str) -> str:
    start, end = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("**", "**")
    return snippet.replace(HIGHLIGHT_START, start).replace(HIGHLIGHT_END, end)


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
            for hit in store.search(args.query):
                where = f"#{hit.conversation}" + (f"/{hit.message}" if hit.message else "")
                title = hit.title or translate("CliHistory", "(untitled)")
                print(f"{where}  {title}\n    {_highlight(hit.snippet)}")
        elif action == "show":
            print(export_markdown(store, [store.conversation(args.id).id]))
        elif action == "export":
            ids = None if args.id is None else [store.conversation(args.id).id]
            text = export_json(store, ids) if args.format == "json" else export_markdown(store, ids)
            if args.output is None:
                print(text)
            else:
                try:
                    args.output.write_text(text + "\n", encoding="utf-8")
                except OSError as exc:
                    raise PequenoError(
                        translate("CliHistory", "Cannot write {path}: {reason}").format(
                            path=args.output, reason=exc.strerror or exc
                        )
                    ) from exc
        elif action == "import":
            try:
                text = args.file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise PequenoError(
                    translate("CliHistory", "Cannot read {path}: {reason}").format(
                        path=args.file, reason=getattr(exc, "strerror", None) or exc
                    )
                ) from exc
            result = import_json(store, text)
            print(
                translate(
                    "CliHistory",
                    "Imported {imported} conversations ({skipped} were already there).",
                ).format(imported=result.imported, skipped=result.skipped)
            )
        elif action == "delete":
            store.delete_conversation(store.conversation(args.id).id)
            print(translate("CliHistory", "Deleted conversation {id}.").format(id=args.id))
        elif action == "wipe":
            store.wipe()
            print(translate("CliHistory", "Every conversation was deleted."))
    return EXIT_OK
