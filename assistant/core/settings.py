"""The user's settings: one typed object with declared defaults, saved as versioned JSON.

A file that cannot be read is kept aside (``settings.json.bad``) and defaults are used, so a
damaged file never stops the app and never silently disappears. Values of the wrong type fall
back to their default one by one; keys this version does not know are dropped on save.
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

DEFAULT_SYSTEM_PROMPT = (
    "You are Pequeno, a helpful assistant running privately on the user's computer. "
    "Answer clearly and concisely, in the language the user writes in."
)


@dataclass(frozen=True)
class Settings:
    """Every user setting with its default. Immutable: use :meth:`replace` to change."""

    model_path: str | None = None
    context_size: int | None = None  # None: the largest context that fits the machine
    n_threads: int | None = None
    n_gpu_layers: int = 0
    temperature: float = 0.7
    top_p: float = 0.95
    max_tokens: int = 1024
    system_prompt: str = DEFAULT_SYSTEM_PROMPT
    language: str | None = None
    download_endpoint: str = "https://huggingface.co"  # or a mirror with the same layout

    def replace(self, **changes: Any) -> Settings:
        """Return a copy with ``changes`` applied."""
        return dataclasses.replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The JSON document written to disk, with its schema version."""
        return {"version": SCHEMA_VERSION, **dataclasses.asdict(self)}

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
            if _fits(value, hints[field.name]):
                values[field.name] = value
            else:
                log.warning("setting %r has an invalid value %r; using the default",
                            field.name, value)
        return cls(**values)


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
        log.warning("cannot read settings %s: %s; using defaults", path, exc)
        return Settings()
    try:
        document = json.loads(raw.decode("utf-8"))
        if not isinstance(document, dict):
            raise ValueError("settings file is not a JSON object")
    except ValueError as exc:
        backup = path.with_name(path.name + ".bad")
        log.warning("settings %s are damaged (%s); kept as %s, using defaults",
                    path, exc, backup)
        with contextlib.suppress(OSError):
            path.replace(backup)
        return Settings()
    return Settings.from_json(document)


def save_settings(settings: Settings, path: Path) -> None:
    """Write ``settings`` atomically: a crash leaves the old file or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(settings.to_json(), handle, indent=2, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise
