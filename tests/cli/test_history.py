"""``pequeno chat`` saves to the history and ``pequeno history`` reads it back."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def _pequeno(home: Path, *args: str | Path,
             stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant", "--data-dir", str(home),
                           *map(str, args)], input=stdin, capture_output=True, text=True,
                          timeout=120, check=False)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def _chat(home: Path, model: Path, prompt: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return _pequeno(home, "chat", prompt, "--model", model, "--temperature", "0",
                    "--max-tokens", "24", *extra)


def test_a_chat_is_saved_and_listed(home: Path, starter_model: Path) -> None:
    first = _chat(home, starter_model, "Qual é a capital do Brasil?")
    assert first.returncode == 0, first.stderr
    assert "history.key" in first.stderr  # told once where the key lives (no keyring here)

    listing = _pequeno(home, "history", "list")
    shown = _pequeno(home, "history", "show", "1")

    assert listing.returncode == 0, listing.stderr
    assert "Qual é a capital do Brasil?" in listing.stdout
    assert "history.key" not in listing.stderr
    assert "**You**\n\nQual é a capital do Brasil?" in shown.stdout
    assert first.stdout.strip() in shown.stdout


def test_no_history_saves_nothing(home: Path, starter_model: Path) -> None:
    result = _chat(home, starter_model, "Do not keep this", "--no-history")

    assert result.returncode == 0, result.stderr
    assert not (home / "data" / "history.db").exists()


def test_a_conversation_can_be_continued(home: Path, starter_model: Path) -> None:
    _chat(home, starter_model, "Name a fruit.")
    again = _chat(home, starter_model, "Name another one.", "--conversation", "1", "--stats")

    assert again.returncode == 0, again.stderr
    stats = json.loads(again.stderr.strip().splitlines()[-1])
    exported = json.loads(_pequeno(home, "history", "export", "1", "--format", "json").stdout)
    messages = exported["conversations"][0]["messages"]
    assert [m["role"] for m in messages] == ["user", "assistant", "user", "assistant"]
    assert all(m["state"] == "complete" for m in messages)
    # The model saw the first exchange again.
    assert stats["prompt_tokens"] > len("Name another one.") + 20


def test_search_export_wipe_import(home: Path, starter_model: Path, tmp_path: Path) -> None:
    _chat(home, starter_model, "Tell me about the coração of São Paulo")
    _chat(home, starter_model, "Расскажи о Москве")
    found = _pequeno(home, "history", "search", "coracao")
    assert "**coração**" in found.stdout

    backup = tmp_path / "backup.json"
    assert _pequeno(home, "history", "export", "--format", "json", "-o", backup).returncode == 0
    refused = _pequeno(home, "history", "wipe")
    assert refused.returncode == 2
    assert "--yes" in refused.stderr
    assert _pequeno(home, "history", "wipe", "--yes").returncode == 0
    assert _pequeno(home, "history", "list").stdout.strip() == ""

    restored = _pequeno(home, "history", "import", backup)

    assert "Imported 2 conversations" in restored.stdout
    assert "Москве" in _pequeno(home, "history", "list").stdout
    assert json.loads(_pequeno(home, "history", "export", "--format", "json").stdout) == \
        json.loads(backup.read_text(encoding="utf-8"))


def test_history_errors_are_plain(home: Path, tmp_path: Path) -> None:
    missing = _pequeno(home, "history", "show", "42")
    bad_file = tmp_path / "bad.json"
    bad_file.write_text("{}", encoding="utf-8")
    bad_import = _pequeno(home, "history", "import", bad_file)

    assert missing.returncode == 1
    assert "no conversation 42" in missing.stderr
    assert bad_import.returncode == 1
    assert "not a Pequeno history file" in bad_import.stderr
    for result in (missing, bad_import):
        assert "Traceback" not in result.stderr


def test_a_lost_key_is_reported_and_the_history_kept(home: Path, starter_model: Path) -> None:
    _chat(home, starter_model, "Remember this")
    database = home / "data" / "history.db"
    before = database.read_bytes()
    (home / "config" / "history.key").unlink()

    result = _pequeno(home, "history", "list")

    assert result.returncode == 1
    assert "key to your encrypted history is missing" in result.stderr
    assert database.read_bytes() == before
