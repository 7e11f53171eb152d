"""``pequeno models``: list, import, use, info, remove, and a download from a local server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.core.models import catalog
from assistant.core.settings import Settings, save_settings
from tests.modelserver import serve_model


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


@pytest.fixture
def model_server(phi3_4k: Path) -> Iterator[str]:
    with serve_model(catalog.find("phi-3-mini-4k-instruct-q4"), phi3_4k) as (endpoint, _):
        yield endpoint


def test_download_from_the_configured_endpoint_verifies_and_installs(
        home: Path, model_server: str, phi3_4k: Path) -> None:
    save_settings(Settings(download_endpoint=model_server), home / "config" / "settings.json")

    result = _pequeno(home, "models", "download", "phi-3-mini-4k-instruct-q4")

    assert result.returncode == 0, result.stderr
    assert "Downloaded and verified" in result.stdout
    installed = home / "data" / "models" / "Phi-3-mini-4k-instruct-q4.gguf"
    assert installed.read_bytes() == phi3_4k.read_bytes()
    assert "100.0%" in result.stderr  # the progress bar reached the end
    assert "phi-3-mini-4k-instruct-q4" in _pequeno(home, "models", "list").stdout


def test_the_command_line_speaks_the_chosen_language(home: Path) -> None:
    save_settings(Settings(language="ru"), home / "config" / "settings.json")

    result = _pequeno(home, "models", "list")

    assert result.returncode == 0, result.stderr
    assert "не установлена" in result.stdout
    assert "not installed" not in result.stdout
