"""``pequeno models``: list, import, use, info, remove, and downloads from a local server.

Downloads run in this process (``cli.main``) so a test can pin the catalog to its tiny model;
the local server speaks HTTPS with a certificate the test trusts through ``SSL_CERT_FILE``.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant import cli
from assistant.core.models import catalog
from assistant.core.settings import Settings, save_settings
from tests.modelserver import LoopbackTLS, pinned_to, serve_model, use_catalog

PHI3_4K = "phi-3-mini-4k-instruct-q4"
PHI3_128K = "phi-3-mini-128k-instruct-q4_k_m"


def _pequeno(home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant", "--data-dir", str(home),
                           *map(str, args)], capture_output=True, text=True, timeout=180,
                          check=False)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def test_list_shows_the_catalog_and_what_fits(home: Path) -> None:
    result = _pequeno(home, "models", "list")

    assert result.returncode == 0, result.stderr
    for entry in catalog.entries():
        assert entry.id in result.stdout
    assert "not installed" in result.stdout
    assert "fits" in result.stdout


def test_import_use_info_and_remove(home: Path, phi3_128k: Path) -> None:
    imported = _pequeno(home, "models", "import", phi3_128k, "--copy")
    assert imported.returncode == 0, imported.stderr
    assert "Imported tiny-phi3-128k (copied)" in imported.stdout

    info = _pequeno(home, "models", "info", "tiny-phi3-128k")
    assert "(128K)" in info.stdout
    assert "phi3" in info.stdout

    used = _pequeno(home, "models", "use", "tiny-phi3-128k")
    assert used.returncode == 0, used.stderr
    settings = json.loads((home / "config" / "settings.json").read_text(encoding="utf-8"))
    assert settings["model_path"].endswith("tiny-phi3-128k.gguf")
    chat = _pequeno(home, "chat", "hi", "--max-tokens", "4", "--ctx", "512", "--no-history",
                    "--stats")
    assert chat.returncode == 0, chat.stderr

    removed = _pequeno(home, "models", "remove", "tiny-phi3-128k")
    assert removed.returncode == 0
    assert "MB freed" in removed.stdout or "kB freed" in removed.stdout
    assert "tiny-phi3-128k" not in _pequeno(home, "models", "list").stdout


def test_a_broken_import_is_refused_plainly(home: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(os.urandom(2048))

    result = _pequeno(home, "models", "import", broken)

    assert result.returncode == 1
    assert "not a valid GGUF" in result.stderr
    assert "Traceback" not in result.stderr


@dataclasses.dataclass
class Ran:
    code: int
    stdout: str
    stderr: str


@pytest.fixture
def run_cli(home: Path, capsys: pytest.CaptureFixture[str],
            monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Ran]]:
    """``pequeno --data-dir HOME ARGS...`` in this process."""
    monkeypatch.setattr(sys, "argv", ["pequeno"])

    def run(*args: str) -> Ran:
        capsys.readouterr()
        code = cli.main(["--data-dir", str(home), *args])
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    yield run
    for handler in list(logging.getLogger("assistant").handlers):  # the CLI's log file
        if getattr(handler, "_pequeno", False):
            logging.getLogger("assistant").removeHandler(handler)
            handler.close()


def _endpoint(home: Path, endpoint: str) -> None:
    save_settings(Settings(download_endpoint=endpoint), home / "config" / "settings.json")


def _models(home: Path) -> list[str]:
    folder = home / "data" / "models"
    return sorted(path.name for path in folder.iterdir()) if folder.is_dir() else []


def test_download_from_the_configured_endpoint_verifies_and_installs(
        home: Path, trusted: LoopbackTLS, run_cli: Callable[..., Ran], phi3_4k: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    entry = pinned_to(catalog.find(PHI3_4K), phi3_4k)
    use_catalog(monkeypatch, entry)
    with serve_model(entry, phi3_4k, tls=trusted) as (endpoint, _):
        _endpoint(home, endpoint)

        result = run_cli("models", "download", PHI3_4K)

    assert result.code == 0, result.stderr
    assert "Downloaded and verified" in result.stdout
    installed = home / "data" / "models" / "Phi-3-mini-4k-instruct-q4.gguf"
    assert installed.read_bytes() == phi3_4k.read_bytes()
    assert "100.0%" in result.stderr  # the progress bar reached the end
    assert PHI3_4K in run_cli("models", "list").stdout


def test_a_file_that_is_not_the_pinned_model_is_refused(
        home: Path, trusted: LoopbackTLS, run_cli: Callable[..., Ran], phi3_4k: Path) -> None:
    # A mirror offers another (valid) GGUF under Phi-3's name, with its own hash published.
    with serve_model(catalog.find(PHI3_4K), phi3_4k, tls=trusted) as (endpoint, _):
        _endpoint(home, endpoint)

        result = run_cli("models", "download", PHI3_4K)

    assert result.code == 1
    assert "not the expected 2.4 GB" in result.stderr
    assert "verified" not in result.stdout
    assert _models(home) == []


def test_a_plain_http_endpoint_is_refused_before_any_request(
        home: Path, run_cli: Callable[..., Ran], phi3_4k: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    entry = pinned_to(catalog.find(PHI3_4K), phi3_4k)
    use_catalog(monkeypatch, entry)
    with serve_model(entry, phi3_4k, tls=None) as (endpoint, served):
        _endpoint(home, endpoint)

        result = run_cli("models", "download", PHI3_4K)

    assert result.code == 1
    assert "only over HTTPS" in result.stderr
    assert endpoint in result.stderr
    assert "verified" not in result.stdout
    assert served.ranges == [], "nothing was requested"
    assert _models(home) == []


@pytest.mark.parametrize("published", [True, False])
def test_a_model_without_a_pin_needs_a_hash_published_over_https(
        published: bool, home: Path, trusted: LoopbackTLS, run_cli: Callable[..., Ran],
        phi3_128k: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    entry = dataclasses.replace(catalog.find(PHI3_128K), sha256=None, size_exact=True,
                                size_bytes=phi3_128k.stat().st_size)
    use_catalog(monkeypatch, entry)
    with serve_model(entry, phi3_128k, tls=trusted, publish_hash=published) as (endpoint, _):
        _endpoint(home, endpoint)

        result = run_cli("models", "download", PHI3_128K)

    if published:
        assert result.code == 0, result.stderr
        assert "Downloaded and verified" in result.stdout
        assert _models(home) == [entry.file]
    else:
        assert result.code == 1
        assert "cannot be verified" in result.stderr
        assert "verified" not in result.stdout
        assert _models(home) == []


def test_the_command_line_speaks_the_chosen_language(home: Path) -> None:
    save_settings(Settings(language="ru"), home / "config" / "settings.json")

    result = _pequeno(home, "models", "list")

    assert result.returncode == 0, result.stderr
    assert "не установлена" in result.stdout
    assert "not installed" not in result.stdout
