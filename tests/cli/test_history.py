"""``pequeno chat`` saves to the history and ``pequeno history`` reads it back."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from assistant.core.settings import Settings, save_settings
from tests.cli.test_main import HOSTILE, assert_neutralised, in_terminal


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

    assert restored.stdout.strip() == "Imported 2 conversations."
    again = _pequeno(home, "history", "import", backup)
    assert again.stdout.strip() == "Imported 0 conversations. 2 conversations were already there."
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


def _export_file(path: Path, *titles_and_texts: tuple[str, str], uid: str = "uid") -> Path:
    conversations: list[dict[str, Any]] = []
    for number, (title, text) in enumerate(titles_and_texts):
        stamp = 1_700_000_000_000_000 + number
        conversations.append({
            "uid": f"{uid}-{number}", "title": title, "created": stamp, "updated": stamp,
            "model": None, "system_prompt": None, "settings": {}, "pinned": False,
            "messages": [{"role": "user", "content": text, "created": stamp, "model": None,
                          "stats": {}, "state": "complete"}]})
    path.write_text(json.dumps({"format": "pequeno-history", "version": 1,
                                "conversations": conversations}), encoding="utf-8")
    return path


def test_imported_text_cannot_drive_the_terminal(home: Path, tmp_path: Path) -> None:
    hostile = _export_file(tmp_path / "hostile.json",
                           (f"Trip{HOSTILE}", f"Lisbon{HOSTILE} notes"))
    assert _pequeno(home, "history", "import", hostile).returncode == 0

    for action in (("list",), ("show", "1"), ("search", "lisbon"), ("export",),
                   ("export", "--format", "json")):
        code, screen = in_terminal("--data-dir", home, "history", *action)
        assert code == 0, screen
        if action[-1] != "json":  # JSON escapes C0 controls itself
            assert_neutralised(screen)
        assert b"\x1b]" not in screen
        assert b"\xc2\x9b" not in screen
    _, found = in_terminal("--data-dir", home, "history", "search", "lisbon")
    assert b"\x1b[1mLisbon\x1b[0m" in found, "our own bold still works"

    piped = _pequeno(home, "history", "export")
    assert f"Lisbon{HOSTILE} notes" in piped.stdout, "a pipe gets the exact text"


def test_a_search_without_results_says_so(home: Path, tmp_path: Path) -> None:
    _pequeno(home, "history", "import", _export_file(tmp_path / "one.json", ("Trip", "Lisbon")))

    result = _pequeno(home, "history", "search", "zebra")

    assert result.returncode == 0
    assert result.stdout == ""
    assert "No conversation matches \u201czebra\u201d." in result.stderr


def test_an_export_file_is_private_and_never_overwritten(home: Path, tmp_path: Path) -> None:
    _pequeno(home, "history", "import", _export_file(tmp_path / "one.json", ("Trip", "Lisbon")))
    backup = tmp_path / "backup.md"
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(victim)

    first = _pequeno(home, "history", "export", "-o", backup)
    again = _pequeno(home, "history", "export", "--format", "json", "-o", backup)
    through_link = _pequeno(home, "history", "export", "-o", link)

    assert first.returncode == 0, first.stderr
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    for refused in (again, through_link):
        assert refused.returncode == 1
        assert "already exists. Add --force to replace it." in refused.stderr
    assert backup.read_text(encoding="utf-8").startswith("# Trip")
    assert victim.read_text(encoding="utf-8") == "precious"

    forced = _pequeno(home, "history", "export", "--format", "json", "-o", backup, "--force")

    assert forced.returncode == 0, forced.stderr
    assert json.loads(backup.read_text(encoding="utf-8"))["conversations"][0]["title"] == "Trip"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600


def test_a_hostile_import_is_refused_whole(home: Path, tmp_path: Path) -> None:
    path = _export_file(tmp_path / "bad.json", ("Fine", "fine"), ("Bad", "bad"))
    document = json.loads(path.read_text(encoding="utf-8"))
    document["conversations"][1]["messages"][0]["created"] = 2**80
    path.write_text(json.dumps(document), encoding="utf-8")
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")

    for bad in (path, deep):
        result = _pequeno(home, "history", "import", bad)
        assert result.returncode == 1
        assert "pequeno: error: This is not a Pequeno history file: " in result.stderr
        assert "Traceback" not in result.stderr
    assert _pequeno(home, "history", "list").stdout == ""


def test_wiping_the_history_deletes_the_logs(home: Path, tmp_path: Path) -> None:
    _pequeno(home, "history", "import", _export_file(tmp_path / "one.json", ("Trip", "Lisbon")))
    logs = home / "logs"
    (logs / "pequeno.log").write_text("conversation 1 opened at 12:00\n", encoding="utf-8")
    (logs / "pequeno.log.1").write_text("older\n", encoding="utf-8")

    assert _pequeno(home, "history", "wipe", "--yes").returncode == 0

    left = "".join(path.read_text(encoding="utf-8") for path in logs.glob("pequeno.log*"))
    assert "conversation 1 opened" not in left
    assert "older" not in left


@pytest.mark.parametrize(("language", "one", "five"), [
    ("en", "Imported 1 conversation.", "Imported 5 conversations."),
    ("pt_BR", "1 conversa importada.", "5 conversas importadas."),
    ("ru", "Импортирована 1 беседа.", "Импортировано 5 бесед."),
    ("zh_CN", "已导入 1 个对话。", "已导入 5 个对话。"),
])
def test_counts_take_the_plural_form_of_the_users_language(
        home: Path, tmp_path: Path, language: str, one: str, five: str) -> None:
    save_settings(Settings(language=language), home / "config" / "settings.json")
    single = _export_file(tmp_path / "one.json", ("Trip", "Lisbon"))
    several = _export_file(tmp_path / "five.json", *[(f"Trip {i}", f"Day {i}")
                                                      for i in range(5)], uid="other")

    assert _pequeno(home, "history", "import", single).stdout.strip() == one
    assert _pequeno(home, "history", "import", several).stdout.strip() == five
