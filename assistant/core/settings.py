"""The user's settings: one typed object with declared defaults, saved as versioned JSON.

A file that cannot be read is kept aside (``settings.json.bad``) and defaults are used, so a
damaged file never stops the app and never silently disappears. Values of the wrong type fall
back to their default one by one; keys this version does not know are dropped on save.

The file is plain text, so it holds nothing the user wrote: the default system prompt lives in
the encrypted history (``HistoryStore.default_system_prompt``). Older versions wrote it here;
it is still read, so the history can take it over (:func:`take_system_prompt`), and never
written again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, get_args, get_type_hints

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
# The one setting read from the file but never written to it (see the module's notes).
PLAINTEXT_ONLY_ON_READ = "system_prompt"

# The window's colour scheme: follow the system's, or always light or dark.
APPEARANCES = ("system", "light", "dark")

DEFAULT_SYSTEM_PROMPT = (
    "You are Pequeno, a helpful assistant running privately on the user's computer. "
    "Answer clearly and concisely, in the language the user writes in."
)


@dataclass(frozen=True)
class Settings:
    """Every user setting with its default. Immutable: use :meth:`replace` to change."""

    model_path: str | None = None
    context_size: int | None = None  # None: on demand, up to the largest that fits the machine
    # Memory for the caches of recently left conversations (None: automatic, 0: none).
    warm_memory_mb: int | None = None
    # llama.cpp's weight repacking: "auto" (as measured, see core.llm.speed), "on" or "off".
    weight_repacking: str = "auto"
    n_threads: int | None = None
    n_gpu_layers: int = 0
    temperature: float = 0.7
    top_p: float = 0.95
    max_tokens: int = 1024
    # Read from files older versions wrote, never saved: the history keeps the user's own.
    system_prompt: str = DEFAULT_SYSTEM_PROMPT
    language: str | None = None
    appearance: str = "system"  # one of APPEARANCES
    download_endpoint: str = "https://huggingface.co"  # or a mirror with the same layout
    # The first-run choice (starter model or Phi-3-mini) was offered: never offer it again.
    first_run_offered: bool = False

    def replace(self, **changes: Any) -> Settings:
        """Return a copy with ``changes`` applied."""
        return dataclasses.replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The JSON document written to disk, with its schema version (no system prompt)."""
        document = dataclasses.asdict(self)
        del document[PLAINTEXT_ONLY_ON_READ]
        return {"version": SCHEMA_VERSION, **document}

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> Settings:
        """Build settings from a (possibly older) JSON document, keeping every valid value."""
        document = _migrate(dict(document))
        values: dict[str, Any] = {}
        hints = get_type_hints(cls)
        for field in fields(cls):
            if field.name not in document:
                continue
            value = document[field.name]
            if _fits(value, hints[field.name]) and value in _CHOICES.get(field.name, (value,)):
                values[field.name] = value
            else:
                log.warning("setting %r has an invalid value (a %s); using the default",
                            field.name, type(value).__name__)
        return cls(**values)


# Settings whose value is one of a few words; any other falls back to the default.
_CHOICES: dict[str, tuple[object, ...]] = {"appearance": APPEARANCES}


def _fits(value: Any, hint: Any) -> bool:
    """Whether ``value`` is of the declared type ``hint`` (a class or an ``X | None`` union)."""
    allowed = get_args(hint) or (hint,)
    if isinstance(value, bool):
        return bool in allowed
    if isinstance(value, int) and float in allowed:
        return True
    return isinstance(value, tuple(allowed))


# Ordered migrations: _MIGRATIONS[n] turns a version-n document into version n+1.
_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def _migrate(document: dict[str, Any]) -> dict[str, Any]:
    version = document.get("version", SCHEMA_VERSION)
    if not isinstance(version, int):
        version = SCHEMA_VERSION
    # A version we never wrote has no migration: its values are type-checked as they are.
    while version < SCHEMA_VERSION and version in _MIGRATIONS:
        document = _MIGRATIONS[version](document)
        version += 1
    return document


def load_settings(path: Path) -> Settings:
    """Read settings from ``path``; defaults when it is missing or unreadable."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        log.warning("cannot read the settings file: %s; using defaults", exc)
        return Settings()
    try:
        document = json.loads(raw.decode("utf-8"))
        if not isinstance(document, dict):
            raise ValueError("settings file is not a JSON object")
    except ValueError as exc:
        backup = path.with_name(path.name + ".bad")
        log.warning("the settings file is damaged (%s); kept as settings.json.bad, "
                    "using defaults", exc)
        with contextlib.suppress(OSError):
            path.replace(backup)
        return Settings()
    return Settings.from_json(document)


def move_system_prompt(path: Path, keep: Callable[[str], None]) -> bool:
    """Hand a system prompt an older version saved in plain text to ``keep``, then remove it.

    The file keeps everything else. It is rewritten only after ``keep`` returned, so the
    prompt is never lost; a value that is not text is removed without being kept. Returns
    whether the file held one (``False`` also when it cannot be read: it is left alone).

    Raises:
        OSError: the file could not be rewritten without it (it still holds it).
        Exception: whatever ``keep`` raises (the file is left as it is).
    """
    try:
        document = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(document, dict) or PLAINTEXT_ONLY_ON_READ not in document:
        return False
    prompt = document.pop(PLAINTEXT_ONLY_ON_READ)
    if isinstance(prompt, str):
        keep(prompt)
    _write_json(document, path)
    return True


def save_settings(settings: Settings, path: Path) -> None:
    """Write ``settings`` atomically: a crash leaves the old file or the new, never half.

    The system prompt is never written (see the module's notes).
    """
    _write_json(settings.to_json(), path)


def _write_json(document: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(document, handle, indent=2, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise
