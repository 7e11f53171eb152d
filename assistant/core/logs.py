"""Logging: one rotating log file per user, named loggers per subsystem."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "pequeno.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_dir: Path, *, verbose: bool = False) -> Path:
    """Send the app's log records to a rotating file in ``log_dir``; return the file.

    With ``verbose``, records at INFO and above are echoed to stderr as well.
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    root = logging.getLogger("assistant")
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_pequeno", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2 * 1024 * 1024, backupCount=3, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    handlers: list[logging.Handler] = [file_handler]
    if verbose:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler._pequeno = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    return path
