"""Nothing the user does opens a network connection, watched from outside with strace.

A chat, a summary, a history search and a whole window session run under
``strace -f -e trace=network``; the trace must hold no internet socket (local IPC such as a
keyring's D-Bus socket would be allowed, and none is made here either). A model download, the
one thing that goes online, connects only to its https host.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.core.models import catalog, starter
from assistant.core.settings import Settings, save_settings
from tests.modelserver import LoopbackTLS, serve_model

ROOT = Path(__file__).resolve().parent.parent
PHI3_128K = "phi-3-mini-128k-instruct-q4_k_m"
INTERNET = re.compile(r"\b(socket|connect|sendto|sendmsg|bind)\(.*AF_(INET6?|PACKET)\b")


def _strace() -> str:
    found = shutil.which("strace")
    if found is None and os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-qq", "strace"], check=False,
                       capture_output=True, timeout=600)
        found = shutil.which("strace")
    if found is None:
        pytest.fail("strace is needed to watch for network use: apt-get install strace")
    return found


def _traced(tmp_path: Path, *command: str | Path, stdin: str | None = None) -> list[str]:
    """Run ``command`` under strace; return the network system calls it made."""
    log = tmp_path / "trace.log"
    result = subprocess.run(
        # --seccomp-bpf: only network calls stop the process (llama.cpp's threads run free).
        [_strace(), "-f", "-qq", "--seccomp-bpf", "-e", "trace=network", "-o", str(log),
         *map(str, command)],
        input=stdin, capture_output=True, text=True, timeout=300, check=False, cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    calls = [line for line in log.read_text().splitlines() if "(" in line
             and "--- SIG" not in line and "+++ exited" not in line]
    log.unlink()
    return calls


@pytest.fixture
def home(isolated_home: Path, starter_model: Path) -> Path:
    models = isolated_home / "data" / "models"
    models.mkdir(parents=True)
    os.link(starter_model, starter.starter_path(models))
    return isolated_home


def _pequeno(*args: str | Path) -> list[str | Path]:
    return [sys.executable, "-m", "assistant", *args]


def test_a_chat_and_a_search_open_no_socket(home: Path, tmp_path: Path) -> None:
    calls = _traced(tmp_path, *_pequeno("chat", "Say hello.", "--max-tokens", "8"))
    calls += _traced(tmp_path, *_pequeno("history", "search", "hello"))

    assert not [call for call in calls if INTERNET.search(call)], calls
    assert not calls, f"no socket of any kind was expected: {calls}"


def test_a_summary_opens_no_socket(home: Path, tmp_path: Path) -> None:
    document = tmp_path / "note.md"
    document.write_text("# Depot\n\n" + "The Porto depot opens on Monday. " * 12,
                        encoding="utf-8")

    calls = _traced(tmp_path, *_pequeno("summarize", document))

    assert not calls, calls


# A download in a child process, with the catalog's 128K entry sized for the tiny test model
# (the real file is 2.4 GB); everything else is the product's own code.
DOWNLOAD = """
import dataclasses, sys
from assistant import cli
from assistant.core.models import catalog
entry = dataclasses.replace(catalog.find(sys.argv[1]), sha256=None, size_exact=True,
                            size_bytes=int(sys.argv[2]))
listed = tuple(entry if e.id == entry.id else e for e in catalog.entries())
catalog.entries = lambda: listed
sys.exit(cli.main(["models", "download", entry.id]))
"""


def test_a_download_connects_only_to_its_https_host(
        home: Path, tmp_path: Path, phi3_128k: Path, trusted: LoopbackTLS) -> None:
    entry = catalog.find(PHI3_128K)
    with serve_model(entry, phi3_128k, tls=trusted) as (endpoint, _):
        save_settings(Settings(download_endpoint=endpoint), home / "config" / "settings.json")
        port = endpoint.rsplit(":", 1)[1]

        calls = _traced(tmp_path, sys.executable, "-c", DOWNLOAD, PHI3_128K,
                        str(phi3_128k.stat().st_size))

    assert (home / "data" / "models" / entry.file).read_bytes() == phi3_128k.read_bytes()
    internet = [call for call in calls if INTERNET.search(call)]
    connects = [call for call in internet if "connect(" in call]
    assert connects, f"the download connected somewhere: {calls}"
    for call in connects:
        assert f"sin_port=htons({port})" in call, call
        assert 'inet_addr("127.0.0.1")' in call, call


def test_the_window_opens_no_socket(home: Path, tmp_path: Path) -> None:
    calls = _traced(tmp_path, sys.executable, ROOT / "tests" / "ui" / "window_session.py")

    assert not [call for call in calls if INTERNET.search(call)], calls
    assert not calls, f"no socket of any kind was expected: {calls}"
