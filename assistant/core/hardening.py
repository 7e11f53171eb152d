"""Keep the process's memory out of core dumps and away from same-user debuggers.

The process holds the history key and decrypted conversations. A crash would write them to a
core file (or hand them to a crash reporter such as systemd-coredump or apport), and any
program of the same user could read them from ``/proc/PID/mem``. :func:`harden_process`
forbids both where the system allows it; it is called first thing at start-up.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)

# linux/prctl.h
PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4


def _no_core_files() -> None:
    try:
        import resource
    except ImportError:  # Windows: no core files to forbid
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return None


def _not_dumpable() -> None:
    """Linux: no core dump even through a pipe handler, and no ptrace or /proc/PID/mem."""
    if not sys.platform.startswith("linux"):
        return
    libc = _libc()
    if libc is None:
        return
    prctl = libc.prctl
    prctl.restype = ctypes.c_int
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong,
                      ctypes.c_ulong]
    if prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        log.warning("the process could not be made non-dumpable (errno %d)", ctypes.get_errno())


def harden_process() -> None:
    """Forbid core dumps of this process and, on Linux, mark it not dumpable.

    A no-op where the system has neither; never raises.
    """
    try:
        _no_core_files()
        _not_dumpable()
    except Exception:  # hardening is best effort: the app must start regardless
        log.warning("process hardening failed", exc_info=True)
