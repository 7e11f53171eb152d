"""History export files and imports: private files, and hostile imports refused whole."""

from __future__ import annotations

import copy
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.core.history.database import StorageError
from assistant.core.history.export import (
    ExportFileExists,
    HistoryExportError,
    HistoryImportError,
    export_json,
    import_json,
    read_export,
    write_export,
)
from assistant.core.history.store import HistoryStore

STAMP = 1_700_000_000_000_000


@pytest.fixture
def store() -> Iterator[HistoryStore]:
    with HistoryStore.in_memory() as memory:
        yield memory


@pytest.fixture
def no_umask() -> Iterator[None]:
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


# --- writing an export file ------------------------------------------------------------------


@pytest.mark.usefixtures("no_umask")
def test_an_export_is_private_even_under_umask_0(tmp_path: Path) -> None:
    path = tmp_path / "backup.json"
    write_export(path, "every conversation\n")

    assert path.read_text(encoding="utf-8") == "every conversation\n"
    assert _mode(path) == 0o600


def test_an_existing_file_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("keep me", encoding="utf-8")

    with pytest.raises(ExportFileExists, match="already exists"):
        write_export(path, "export")
    assert path.read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize("replace", [False, True], ids=["refused", "replaced"])
def test_a_symlink_is_never_followed(tmp_path: Path, replace: bool) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    link = tmp_path / "export.json"
    link.symlink_to(victim)
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "created-through-the-link.json")

    if replace:
        write_export(link, "export", replace=True)
        write_export(dangling, "export", replace=True)
        assert not link.is_symlink()
        assert link.read_text(encoding="utf-8") == "export"
        assert _mode(link) == 0o600
    else:
        for path in (link, dangling):
            with pytest.raises(ExportFileExists):
                write_export(path, "export")
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not (tmp_path / "created-through-the-link.json").exists()


@pytest.mark.usefixtures("no_umask")
def test_replace_puts_a_private_file_in_place(tmp_path: Path) -> None:
    path = tmp_path / "backup.json"
    path.write_text("old export", encoding="utf-8")
    path.chmod(0o644)

    write_export(path, "new export", replace=True)

    assert path.read_text(encoding="utf-8") == "new export"
    assert _mode(path) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["backup.json"], "no temporary file left"


def test_an_unwritable_place_is_a_clear_error(tmp_path: Path) -> None:
    for replace in (False, True):
        with pytest.raises(HistoryExportError, match="Cannot write"):
            write_export(tmp_path / "missing" / "backup.json", "x", replace=replace)
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(HistoryExportError, match="Cannot write"):
        write_export(folder, "x", replace=True)
    assert list(tmp_path.iterdir()) == [folder]


# --- importing -------------------------------------------------------------------------------


def _message(content: str = "Hello", **changes: Any) -> dict[str, Any]:
    return {"role": "user", "content": content, "created": STAMP, "model": None, "stats": {},
            "state": "complete", **changes}


def _conversation(uid: str, **changes: Any) -> dict[str, Any]:
    return {"uid": uid, "title": f"Chat {uid}", "created": STAMP, "updated": STAMP,
            "model": None, "system_prompt": None, "settings": {}, "pinned": False,
            "messages": [_message(), _message("Hi!", role="assistant")], **changes}


def _document(*conversations: dict[str, Any]) -> dict[str, Any]:
    return {"format": "pequeno-history", "version": 1, "conversations": list(conversations)}


def _import(store: HistoryStore, document: dict[str, Any] | str) -> str:
    """The message of the HistoryImportError importing ``document`` raises."""
    text = document if isinstance(document, str) else json.dumps(document)
    with pytest.raises(HistoryImportError) as caught:
        import_json(store, text)
    assert store.count_conversations() == 0, "nothing of a refused file is imported"
    return caught.value.message


def test_an_export_imports_back_whole(store: HistoryStore) -> None:
    document = _document(_conversation("a"), _conversation("b", pinned=True))

    result = import_json(store, json.dumps(document))

    assert (result.imported, result.skipped) == (2, 0)
    assert json.loads(export_json(store)) == document


def test_a_repeated_conversation_is_imported_once(store: HistoryStore) -> None:
    result = import_json(store, json.dumps(_document(_conversation("a"), _conversation("a"))))

    assert (result.imported, result.skipped) == (1, 1)
    assert store.count_conversations() == 1


HUGE = 2**70


@pytest.mark.parametrize(("change", "expected"), [
    (lambda c: c.update(created=HUGE), "number too large"),
    (lambda c: c["messages"][1].update(created=-HUGE), "number too large"),
    (lambda c: c["messages"][0]["stats"].update(prompt_tokens=HUGE), "number too large"),
    (lambda c: c["settings"].update(running_summary={"covers": HUGE}), "number too large"),
    (lambda c: c.update(created=-5), "out of range"),
    (lambda c: c["messages"][0].update(created=2**62), "out of range"),
    (lambda c: c.update(created="2024-01-01"), "\u201ccreated\u201d is missing or wrong"),
    (lambda c: c.update(created=True), "\u201ccreated\u201d is missing or wrong"),
    (lambda c: c.update(title=42), "\u201ctitle\u201d is missing or wrong"),
    (lambda c: c.update(model=["x"]), "\u201cmodel\u201d is missing or wrong"),
    (lambda c: c.update(uid=""), "\u201cuid\u201d is missing or wrong"),
    (lambda c: c["messages"][1].update(content=["a", "list"]),
     "conversation 2, message 2: \u201ccontent\u201d is missing or wrong"),
    (lambda c: c["messages"][0].update(role="root"), "\u201crole\u201d is missing or wrong"),
    (lambda c: c["messages"][0]["stats"].update(completion_tokens="many"),
     "\u201cstats.completion_tokens\u201d is missing or wrong"),
    (lambda c: c["messages"].append("not a message"), "\u201cmessage\u201d is missing or wrong"),
    (lambda c: c["messages"][0].update(content="broken \ud800 text"), "not valid Unicode"),
    (lambda c: c["settings"].update(deep=json.loads("[" * 40 + "]" * 40)), "nested too deeply"),
], ids=["huge-created", "huge-negative", "huge-tokens", "huge-setting", "before-1970",
        "far-future", "string-time", "bool-time", "int-title", "list-model", "empty-uid",
        "list-content", "unknown-role", "string-tokens", "string-message", "surrogate",
        "deep-settings"])
def test_a_bad_field_in_a_later_conversation_refuses_the_whole_file(
        store: HistoryStore, change: Any, expected: str) -> None:
    bad = copy.deepcopy(_conversation("b"))
    change(bad)

    message = _import(store, _document(_conversation("a"), bad))

    assert message.startswith("This is not a Pequeno history file: ")
    assert expected in message


@pytest.mark.parametrize(("text", "expected"), [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"format": "pequeno-history", "version": 1, "conversations": [], "x": NaN}',
     "not valid JSON"),
    ('{"format": "pequeno-history", "version": 1, "conversations": [], "x": 1e999}',
     "not valid JSON"),
    ('{"format": "pequeno-history", "version": true, "conversations": []}', "newer Pequeno"),
], ids=["deep-json", "nan", "infinity", "bool-version"])
def test_a_hostile_document_is_a_clear_error(store: HistoryStore, text: str,
                                             expected: str) -> None:
    assert expected in _import(store, text)


def test_a_failed_write_leaves_nothing_half_imported(store: HistoryStore,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    store.restore(_conversation("already"), _conversation("already")["messages"])
    restore = store.restore
    calls = []

    def disk_fills_up(conversation: Any, messages: Any) -> int:
        calls.append(conversation["uid"])
        if len(calls) == 3:
            raise StorageError("The disk is full")
        return restore(conversation, messages)

    monkeypatch.setattr(store, "restore", disk_fills_up)
    with pytest.raises(StorageError):
        import_json(store, json.dumps(_document(*map(_conversation, "abcd"))))

    (already,) = store.list_conversations()
    assert already.uid == "already"
    assert {hit.conversation for hit in store.search("Hello")} == {already.id}


def test_an_import_file_is_read_up_to_a_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(2001)  # sparse: no disk used
    small = tmp_path / "small.json"
    small.write_bytes(b'{"format": "pequeno-history"}')
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"title": "coração"}'.encode("latin-1"))

    with pytest.raises(HistoryImportError, match=r"larger than 2\.0 kB"):
        read_export(big, max_bytes=2000)
    assert read_export(small, max_bytes=2000) == '{"format": "pequeno-history"}'
    with pytest.raises(HistoryImportError, match="not UTF-8 text"):
        read_export(latin)
    with pytest.raises(HistoryImportError, match="Cannot read"):
        read_export(tmp_path / "missing.json")
