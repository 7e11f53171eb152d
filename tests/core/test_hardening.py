"""A process holding decrypted history and its key leaves no core dump and cannot be read."""

from __future__ import annotations

import ctypes
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from assistant.core import hardening

REPO = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""\
    import ctypes, json, resource, sys

    def dumpable():
        if not sys.platform.startswith("linux"):
            return None
        return ctypes.CDLL(None, use_errno=True).prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE

    before = {"dumpable": dumpable(), "core": resource.getrlimit(resource.RLIMIT_CORE)}
    from assistant.core.hardening import harden_process
    harden_process()
    harden_process()  # twice is harmless (the hard limit is already 0)
    after = {"dumpable": dumpable(), "core": resource.getrlimit(resource.RLIMIT_CORE)}
    print(json.dumps({"before": before, "after": after}))
""")


def _run_child() -> dict[str, dict[str, object]]:
    result = subprocess.run([sys.executable, "-c", CHILD], cwd=REPO, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    report: dict[str, dict[str, object]] = json.loads(result.stdout)
    return report


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no core files or rlimits")
def test_a_hardened_process_can_write_no_core_file() -> None:
    report = _run_child()

    assert report["after"]["core"] == [0, 0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux only")
def test_a_hardened_process_is_not_dumpable_on_linux() -> None:
    report = _run_child()

    assert report["before"]["dumpable"] == 1  # what a crash reporter or ptrace would see
    assert report["after"]["dumpable"] == 0


def test_hardening_never_stops_the_app_where_the_system_refuses(
        monkeypatch: pytest.MonkeyPatch) -> None:
    resource = pytest.importorskip("resource")

    def refuse(*args: object) -> None:
        raise ValueError("not allowed")

    def no_libc(*args: object, **kwargs: object) -> None:
        raise OSError("no libc")

    monkeypatch.setattr(resource, "setrlimit", refuse)
    monkeypatch.setattr(ctypes, "CDLL", no_libc)

    hardening.harden_process()  # nothing raised, and this test process is left as it was
