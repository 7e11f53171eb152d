"""Entry point of the installed app (what PyInstaller freezes)."""

from __future__ import annotations

import sys


def _keep_output_somewhere() -> None:
    """A windowed build has no console: stdout and stderr are ``None``.

    llama.cpp's native log callback and Python's warnings write to ``sys.stderr``; send them to
    a file in the app's log folder instead of crashing on ``None``.
    """
    if sys.stdout is not None and sys.stderr is not None:
        return
    from assistant.core.paths import resolve_paths

    logs = resolve_paths().logs
    logs.mkdir(parents=True, exist_ok=True)
    stream = (logs / "console.log").open("a", encoding="utf-8", buffering=1)
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream


if __name__ == "__main__":
    _keep_output_somewhere()
    from assistant.cli import main

    sys.exit(main())
