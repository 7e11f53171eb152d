"""The encrypted history store: privacy at rest, keys, search, editing, export and import."""

from __future__ import annotations

import contextlib
import hashlib
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlcipher3.dbapi2 import OperationalError

from assistant.core.errors import PequenoError
from assistant.core.history import database
from assistant.core.history.database import StorageError, WrongKeyError
from assistant.core.history.export import (
    HistoryImportError,
    export_json,
    export_markdown,
    import_json,
)
from assistant.core.history.keystore import HistoryKeyError
from assistant.core.history.schema import MIGRATIONS
from assistant.core.history.store import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    HistoryStore,
    MessageState,
    Role,
    SearchHit,
)
from assistant.core.paths import AppPaths
from assistant.core.settings import DEFAULT_SYSTEM_PROMPT, Settings, load_settings, save_settings

KEY = "c0" * 32
SECRETS = [
    "my bank PIN is 4921 and the vault code is ZEBRA-OCTOPUS",
    "A senha do cofre é coração-de-ouro, não conte a ninguém",
    "我的秘密是明天在北京见面",
    "Секретный пароль: медведь-балалайка",
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "history.db", KEY) as opened:
        yield opened


def _fill(store: HistoryStore) -> list[int]:
    ids = []
    for index, text in enumerate(SECRETS):
        conversation = store.create_conversation(model="starter", system_prompt="Be kind.")
        store.add_message(conversation.id, Role.USER, text)
        store.add_message(conversation.id, Role.ASSISTANT, f"Reply {index}: {text[::-1]}")
        store.auto_title(conversation.id)
        ids.append(conversation.id)
    return ids


def _needles() -> list[bytes]:
    needles = []
    for text in SECRETS:
        for word in text.split():
            if len(word.encode()) >= 6:
                needles += [word.encode("utf-8"), word.encode("utf-16-le")]
    return needles


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_no_stored_text_is_readable_in_the_files(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    store = HistoryStore.open(path, KEY)
    _fill(store)
    # While open the newest pages live in the WAL; check every file SQLite writes.
    files = [p for p in tmp_path.iterdir() if p.name.startswith("history.db")]
    assert any(p.name.endswith("-wal") for p in files)
    for needle in _needles():
        for file in files:
            assert needle not in file.read_bytes(), f"{needle!r} readable in {file.name}"
    store.close()
    for needle in _needles():
        assert needle not in path.read_bytes()
    assert path.stat().st_mode & 0o777 == 0o600


def test_the_wrong_key_is_a_clear_error_and_leaves_the_file_intact(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    with HistoryStore.open(path, KEY) as store:
        _fill(store)
    before = _sha(path)

    with pytest.raises(WrongKeyError, match="key does not match"):
        HistoryStore.open(path, "0f" * 32)

    assert _sha(path) == before
    with HistoryStore.open(path, KEY) as store:
        assert store.count_conversations() == len(SECRETS)


def test_a_missing_key_never_replaces_the_history(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    store, notice = HistoryStore.open_default(paths)
    assert notice is not None  # no keyring here: told once where the key is
    with store:
        _fill(store)
    database_file = store.path
    before = _sha(database_file)
    (paths.config / "history.key").unlink()

    with pytest.raises(HistoryKeyError, match="kept as it is"):
        HistoryStore.open_default(paths)

    assert _sha(database_file) == before
    assert not (paths.config / "history.key").exists()


def test_the_key_notice_is_given_once(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    first, notice = HistoryStore.open_default(paths)
    first.close()
    second, again = HistoryStore.open_default(paths)
    second.close()

    assert notice is not None
    assert str(paths.config / "history.key") in notice
    assert again is None


def test_export_wipe_import_restores_the_same_conversations(store: HistoryStore) -> None:
    ids = _fill(store)
    store.rename(ids[0], "Renamed")
    store.set_pinned(ids[1], True)
    recorder = store.record_reply(ids[2])
    recorder.append("half a repl")
    recorder.save()
    exported = export_json(store)

    store.wipe()
    assert store.count_conversations() == 0
    result = import_json(store, exported)

    assert (result.imported, result.skipped) == (len(SECRETS), 0)
    assert export_json(store) == exported
    states = [m.state for c in store.iter_conversations() for m in store.messages(c.id)]
    assert MessageState.PARTIAL in states
    # Importing again adds nothing twice.
    assert import_json(store, exported).skipped == len(SECRETS)
    assert store.count_conversations() == len(SECRETS)


@pytest.mark.parametrize("bad", [
    "not json", "[]", '{"format": "other"}',
    '{"format": "pequeno-history", "version": 99, "conversations": []}',
    '{"format": "pequeno-history", "version": 1, "conversations": [{"uid": 3}]}',
])
def test_a_bad_import_changes_nothing(store: HistoryStore, bad: str) -> None:
    _fill(store)
    before = export_json(store)

    with pytest.raises(HistoryImportError, match="not a Pequeno history file"):
        import_json(store, bad)

    assert export_json(store) == before


def test_markdown_export_reads_like_the_chat(store: HistoryStore) -> None:
    ids = _fill(store)
    text = export_markdown(store, [ids[1]])

    assert text.startswith("# A senha do cofre")
    assert "**You**\n\nA senha do cofre é coração-de-ouro" in text
    assert "**Assistant**" in text
    assert SECRETS[0] not in text


@pytest.mark.parametrize(("query", "expected"), [
    ("coracao", "coração"),  # Portuguese, typed without accents
    ("NINGUÉM", "ninguém"),
    ("北京", "北京"),  # Chinese: a two-character word inside a sentence
    ("秘密", "秘密"),
    ("медведь", "медведь"),  # Russian, case folded
    ("ПАРОЛЬ", "пароль"),
    ("vau", "vault"),  # prefix of the last word, as in a search box
])
def test_search_finds_words_in_every_language(store: HistoryStore, query: str,
                                              expected: str) -> None:
    _fill(store)
    hits = store.search(query)

    assert hits
    snippet = hits[0].snippet
    marked = snippet[snippet.index(HIGHLIGHT_START) + 1:snippet.index(HIGHLIGHT_END)]
    assert marked.lower().startswith(expected.lower()[:3])
    assert expected.lower() in snippet.replace(HIGHLIGHT_START, "").replace(
        HIGHLIGHT_END, "").lower()


def test_search_ranks_the_better_match_first(store: HistoryStore) -> None:
    weak = store.create_conversation()
    store.add_message(weak.id, Role.USER, "lighthouse " + "filler words here " * 30)
    strong = store.create_conversation()
    store.add_message(strong.id, Role.USER, "lighthouse lighthouse keeper at the lighthouse")

    hits = store.search("lighthouse")

    assert [hit.conversation for hit in hits[:2]] == [strong.id, weak.id]


def test_search_needs_every_word_and_ignores_punctuation(store: HistoryStore) -> None:
    _fill(store)
    assert store.search("vault ZEBRA")
    assert not store.search("vault 北京")
    assert store.search('"?!') == []
    assert store.search('vault"') != []  # a stray quote is not a syntax error


@pytest.mark.parametrize("query", [
    "\x00", "vault\x00", "\x00vault", "va\x00ult", "ZEBRA\x00OCTOPUS", "coração\x00",
    "vault\x01", "\x1bvault", "vau\x7f", "vault\ud800", "\udfff", "\x02vault\x03",
])
def test_control_characters_in_a_query_never_break_the_search(store: HistoryStore,
                                                              query: str) -> None:
    _fill(store)

    hits = store.search(query)

    assert isinstance(hits, list)
    words = "".join(c if c.isalnum() or c == "-" else " " for c in query).split()
    if words:  # control characters count as spaces: the words around them are searched
        assert hits == store.search(" ".join(words))


@pytest.fixture(scope="module")
def searchable() -> Iterator[HistoryStore]:
    """One filled store for the many queries of a property test."""
    with HistoryStore.in_memory() as store:
        _fill(store)
        yield store


# Any character at all (lone surrogates too), with NUL, quotes and FTS5 operators made likely.
_TYPED = st.characters(exclude_categories=()) | st.sampled_from('\x00\x01"*^:()-+ vaultOR北')


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=st.text(alphabet=_TYPED, max_size=40))
def test_any_text_typed_in_the_search_box_gives_results_not_an_exception(
        searchable: HistoryStore, query: str) -> None:
    hits = searchable.search(query)

    assert all(isinstance(hit, SearchHit) for hit in hits)


def test_search_finds_titles_and_forgets_deleted_conversations(store: HistoryStore) -> None:
    ids = _fill(store)
    store.rename(ids[3], "Planos de férias")

    assert [hit.message for hit in store.search("ferias")] == [None]
    store.delete_conversation(ids[3])
    assert store.search("ferias") == []
    assert store.search("медведь") == []


def test_list_is_newest_first_pinned_on_top_and_paged(store: HistoryStore) -> None:
    ids = _fill(store)
    store.set_pinned(ids[0], True)

    listed = [c.id for c in store.list_conversations()]
    assert listed == [ids[0], ids[3], ids[2], ids[1]]
    assert [c.id for c in store.list_conversations(limit=2, offset=1)] == [ids[3], ids[2]]


def test_auto_title_comes_from_the_first_message_and_yields_to_a_rename(
        store: HistoryStore) -> None:
    conversation = store.create_conversation()
    first_line = "How do I keep sourdough starter alive while I travel for a month or more?"
    store.add_message(conversation.id, Role.USER, f"\n  {first_line}\nThanks")
    title = store.auto_title(conversation.id)

    assert title is not None
    assert title.endswith("…")
    assert len(title) <= 61
    words = title[:-1].split()
    assert first_line.split()[:len(words)] == words, "cut at a word boundary"
    store.rename(conversation.id, "Bread")
    assert store.auto_title(conversation.id) is None
    assert store.conversation(conversation.id).title == "Bread"


def test_edit_and_truncate_drops_the_later_messages(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    texts = ["first question", "first answer", "second question", "second answer"]
    added = [store.add_message(conversation.id, Role.USER if i % 2 == 0 else Role.ASSISTANT,
                               text) for i, text in enumerate(texts)]

    after = store.edit_and_truncate(added[2].id, "second question, reworded")

    assert [m.content for m in after] == ["first question", "first answer",
                                          "second question, reworded"]
    assert store.search("answer")[0].message == added[1].id
    assert len(store.search("answer")) == 1
    regenerated = store.delete_from(added[1].id)
    assert [m.content for m in regenerated] == ["first question"]


def test_a_streaming_reply_is_saved_at_most_once_a_second(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    now = [100.0]
    recorder = store.record_reply(conversation.id, clock=lambda: now[0])
    saved = []
    for step, piece in enumerate(["Once", " upon", " a", " time", ",", " there"]):
        now[0] = 100.0 + 0.4 * (step + 1)
        recorder.append(piece)
        saved.append(store.message(recorder.message_id).content)

    # 0.4 s, 0.8 s: not yet; 1.2 s: saved; 1.6 s, 2.0 s: not yet; 2.4 s: saved again.
    assert saved == ["", "", "Once upon a", "Once upon a", "Once upon a",
                     "Once upon a time, there"]
    assert store.message(recorder.message_id).state is MessageState.PARTIAL
    recorder.finish({"completion_tokens": 6})
    final = store.message(recorder.message_id)
    assert final.state is MessageState.COMPLETE
    assert final.completion_tokens == 6


def test_wipe_leaves_no_deleted_pages_behind(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    HistoryStore.open(empty, KEY).close()
    path = tmp_path / "history.db"
    with HistoryStore.open(path, KEY) as store:
        for _ in range(30):
            _fill(store)
        full_size = path.stat().st_size + Path(f"{path}-wal").stat().st_size
        store.wipe()
    assert path.stat().st_size <= empty.stat().st_size
    assert path.stat().st_size < full_size


def test_a_newer_schema_is_refused_plainly(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    with HistoryStore.open(path, KEY) as store:
        store._db.execute("PRAGMA user_version = 99")
    with pytest.raises(StorageError, match="newer Pequeno"):
        HistoryStore.open(path, KEY)


def _write_until_full(store: HistoryStore, conversation_id: int) -> None:
    for index in range(5000):
        store.add_message(conversation_id, Role.USER, f"{index} " + "y" * 3000)


def test_a_full_database_is_reported_and_keeps_what_was_stored(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    with HistoryStore.open(path, KEY) as store:
        ids = _fill(store)
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(StorageError, match="disk is full"):
            _write_until_full(store, ids[0])
    with HistoryStore.open(path, KEY) as store:
        assert store.integrity_check() == "ok"
        assert store.messages(ids[1])[0].content == SECRETS[1]


@contextlib.contextmanager
def _tiny_disk(where: Path, size: str) -> Iterator[Path]:
    where.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                              str(where)], capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_really_full_disk_is_reported_and_loses_nothing(tmp_path: Path) -> None:
    with _tiny_disk(tmp_path / "disk", "2m") as disk:
        path = disk / "history.db"
        with HistoryStore.open(path, KEY) as store:
            ids = _fill(store)
        store = HistoryStore.open(path, KEY)
        with pytest.raises(StorageError, match="disk is full"):
            _write_until_full(store, ids[0])
        store.close()
        with HistoryStore.open(path, KEY) as reopened:
            assert reopened.integrity_check() == "ok"
            assert reopened.messages(ids[2])[0].content == SECRETS[2]


def test_a_read_only_disk_is_reported_and_loses_nothing(tmp_path: Path) -> None:
    with _tiny_disk(tmp_path / "disk", "4m") as disk:
        path = disk / "history.db"
        with HistoryStore.open(path, KEY) as store:
            ids = _fill(store)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        with pytest.raises(StorageError, match=r"read-only|cannot be opened"):
            HistoryStore.open(path, KEY)
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
        with HistoryStore.open(path, KEY) as store:
            assert store.messages(ids[3])[0].content == SECRETS[3]


def test_storage_errors_name_the_problem() -> None:
    full = database.describe(OperationalError("database or disk is full"))
    locked = database.describe(OperationalError("database is locked"))
    bug = database.describe(OperationalError("no such column: nope"))

    assert full is not None
    assert "disk is full" in full.message
    assert locked is not None
    assert "another Pequeno" in locked.message
    assert bug is None  # our own mistakes are not dressed up as the user's problem


def test_json_export_is_plain_json(store: HistoryStore) -> None:
    _fill(store)
    document = json.loads(export_json(store))

    assert document["format"] == "pequeno-history"
    assert len(document["conversations"]) == len(SECRETS)
    assert document["conversations"][0]["messages"][0]["content"] == SECRETS[0]


# --- schema version 2: the summary cache, conversation settings ----------------------------

SUMMARY_TEXT = "Resumo secreto: o cofre abre com a senha girassol-azul"


def test_a_version_1_history_migrates_keeping_its_conversations(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    old = HistoryStore(database.open_encrypted(path, KEY, MIGRATIONS[:1]), path, KEY)
    with old:
        assert old._db.execute("PRAGMA user_version").fetchone()[0] == 1
        ids = _fill(old)
        before = export_json(old)

    with HistoryStore.open(path, KEY) as store:
        assert store._db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) == 4
        assert export_json(store) == before
        assert store.messages(ids[2])[0].content == SECRETS[2]
        assert store.search("ZEBRA-OCTOPUS")[0].conversation == ids[0]
        store.cache_summary("k", SUMMARY_TEXT)
        assert store.cached_summary("k") == SUMMARY_TEXT


def test_cached_summaries_are_kept_across_restarts(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    with HistoryStore.open(path, KEY) as store:
        assert store.cached_summary("missing") is None
        store.cache_summary("a" * 64, SUMMARY_TEXT)
        store.cache_summary("b" * 64, "第一部分的摘要")
        store.cache_summary("b" * 64, "第二次的摘要")  # the same call again: replaced
    with HistoryStore.open(path, KEY) as store:
        assert store.cached_summary("a" * 64) == SUMMARY_TEXT
        assert store.cached_summary("b" * 64) == "第二次的摘要"
        assert store.cached_summary("c" * 64) is None
    assert SUMMARY_TEXT.encode() not in path.read_bytes()


def test_a_full_disk_costs_only_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    with HistoryStore.open(path, KEY) as store:
        ids = _fill(store)
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count = {pages}")
        store.cache_summary("big", "x " * 200_000)  # no error for the summary being made
        assert store.cached_summary("big") is None
        assert store.messages(ids[0])[0].content == SECRETS[0]


def test_wipe_removes_cached_summaries_and_leaves_no_trace(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    HistoryStore.open(empty, KEY).close()
    path = tmp_path / "history.db"
    with HistoryStore.open(path, KEY) as store:
        _fill(store)
        for number in range(200):
            store.cache_summary(f"key{number}", f"{number} {SUMMARY_TEXT} " * 20)
        full_size = path.stat().st_size + Path(f"{path}-wal").stat().st_size
        store.wipe()
        assert store.cached_summary("key7") is None
    assert path.stat().st_size <= empty.stat().st_size < full_size
    files = [p for p in tmp_path.iterdir() if p.name.startswith("history.db")]
    for needle in (SUMMARY_TEXT.encode(), b"girassol-azul", "girassol-azul".encode("utf-16-le")):
        for file in files:
            assert needle not in file.read_bytes()
    with HistoryStore.open(path, KEY) as store:
        assert store.cached_summary("key7") is None
        assert store.count_conversations() == 0


def test_update_settings_merges_and_removes_keys(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    with HistoryStore.open(path, KEY) as store:
        conversation = store.create_conversation(settings={"temperature": 0.2,
                                                           "max_tokens": 100})
        other = store.create_conversation(settings={"temperature": 0.9})
        changed = store.update_settings(conversation.id, max_tokens=300,
                                        summary="Earlier: the user asked about tea.")
        assert changed.settings == {"temperature": 0.2, "max_tokens": 300,
                                    "summary": "Earlier: the user asked about tea."}
        changed = store.update_settings(conversation.id, summary=None, absent=None)
        assert changed.settings == {"temperature": 0.2, "max_tokens": 300}
        with pytest.raises(PequenoError, match="no conversation"):
            store.update_settings(12345, temperature=1.0)
    with HistoryStore.open(path, KEY) as store:
        assert store.conversation(conversation.id).settings == {"temperature": 0.2,
                                                                "max_tokens": 300}
        assert store.conversation(other.id).settings == {"temperature": 0.9}


# -- the default system prompt lives in the encrypted history --------------------------------

PRIVATE_PROMPT = "Sou a Dra. Beatriz Lacerda, oncologista; responda sobre o caso do paciente 4471."


def test_the_default_system_prompt_is_kept_encrypted_across_restarts(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    with HistoryStore.open(path, KEY) as store:
        assert store.default_system_prompt() == DEFAULT_SYSTEM_PROMPT
        store.set_default_system_prompt(PRIVATE_PROMPT)
        assert store.default_system_prompt() == PRIVATE_PROMPT
    with HistoryStore.open(path, KEY) as store:
        assert store.default_system_prompt() == PRIVATE_PROMPT
        store.set_default_system_prompt("")  # no system prompt at all is a choice too
        assert store.default_system_prompt() == ""
    for file in tmp_path.iterdir():
        assert b"Lacerda" not in file.read_bytes()


def test_opening_the_history_moves_an_old_plaintext_prompt_out_of_the_settings(
        tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    paths.settings_file.write_text(json.dumps(
        {"version": 1, "system_prompt": PRIVATE_PROMPT, "temperature": 0.3}), encoding="utf-8")

    store, _ = HistoryStore.open_default(paths)
    with store:
        assert store.default_system_prompt() == PRIVATE_PROMPT

    assert "Lacerda" not in paths.settings_file.read_text(encoding="utf-8")
    assert load_settings(paths.settings_file) == Settings(temperature=0.3)
    for file in tmp_path.rglob("*"):
        assert not file.is_file() or b"Lacerda" not in file.read_bytes()
    store, _ = HistoryStore.open_default(paths)
    with store:
        assert store.default_system_prompt() == PRIVATE_PROMPT


def test_a_stale_plaintext_prompt_never_replaces_the_one_chosen_since(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    store, _ = HistoryStore.open_default(paths)
    with store:
        store.set_default_system_prompt("Answer in haiku.")
    # An older Pequeno ran in between and wrote its plaintext prompt again.
    paths.settings_file.write_text(json.dumps({"version": 1, "system_prompt": PRIVATE_PROMPT}),
                                   encoding="utf-8")

    store, _ = HistoryStore.open_default(paths)
    with store:
        assert store.default_system_prompt() == "Answer in haiku."
    assert "Lacerda" not in paths.settings_file.read_text(encoding="utf-8")


def test_the_prompt_stays_in_the_settings_while_the_history_cannot_take_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    save_settings(Settings(temperature=0.3), paths.settings_file)
    document = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    paths.settings_file.write_text(json.dumps({**document, "system_prompt": PRIVATE_PROMPT}),
                                   encoding="utf-8")

    def disk_full(self: HistoryStore, prompt: str) -> None:
        raise StorageError("The disk is full.")

    monkeypatch.setattr(HistoryStore, "_adopt_system_prompt", disk_full)
    store, _ = HistoryStore.open_default(paths)  # opens all the same
    store.close()
    assert load_settings(paths.settings_file).system_prompt == PRIVATE_PROMPT

    monkeypatch.undo()
    store, _ = HistoryStore.open_default(paths)
    with store:
        assert store.default_system_prompt() == PRIVATE_PROMPT
    assert "Lacerda" not in paths.settings_file.read_text(encoding="utf-8")


def test_wipe_forgets_the_default_system_prompt(store: HistoryStore) -> None:
    store.set_default_system_prompt(PRIVATE_PROMPT)

    store.wipe()

    assert store.default_system_prompt() == DEFAULT_SYSTEM_PROMPT


# -- a document's cached summaries go with the conversation its summary opened ---------------


def _summary_conversation(store: HistoryStore, document: str) -> int:
    """A conversation as the window saves a finished summary (its details in the stats)."""
    conversation = store.create_conversation(title="Summary of “Exames”")
    store.add_message(conversation.id, Role.USER, "Summarize “Exames”.")
    store.add_message(conversation.id, Role.ASSISTANT, SUMMARY_TEXT,
                      stats={"summary": {"title": "Exames", "chunks": 2, "document": document}})
    store.add_message(conversation.id, Role.USER, "And the second page?")
    return conversation.id


def test_deleting_a_summarys_conversation_deletes_its_documents_cached_summaries(
        tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    with HistoryStore.open(path, KEY) as store:
        for number in range(3):
            store.cache_summary(f"exames-{number}", f"{SUMMARY_TEXT} {number}", document="exames")
        store.cache_summary("receitas-0", "Receitas: bolo de fubá", document="receitas")
        kept = _summary_conversation(store, "receitas")
        deleted = _summary_conversation(store, "exames")
        plain = store.create_conversation()
        store.add_message(plain.id, Role.ASSISTANT, "no summary here", stats={"tokens": 3})

        store.delete_conversation(plain.id)
        assert store.count_cached_summaries() == 4
        store.delete_conversation(deleted)

        assert store.count_cached_summaries("exames") == 0
        assert store.cached_summary("exames-1") is None
        assert store.cached_summary("receitas-0") == "Receitas: bolo de fubá"
        assert store.conversation(kept).title
    with HistoryStore.open(path, KEY) as store:
        assert store.count_cached_summaries() == 1


def test_a_version_2_history_drops_cached_summaries_it_cannot_tie_to_a_document(
        tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    with HistoryStore(database.open_encrypted(path, KEY, MIGRATIONS[:2]), path, KEY) as old:
        old._db.execute("INSERT INTO summary_cache (key, summary, created) VALUES (?, ?, 0)",
                        ("old", SUMMARY_TEXT))
        ids = _fill(old)

    with HistoryStore.open(path, KEY) as store:
        assert store.cached_summary("old") is None
        assert store.count_conversations() == len(ids)
        store.cache_summary("new", SUMMARY_TEXT, document="d")
        assert store.cached_summary("new") == SUMMARY_TEXT


def test_a_recoverable_delete_is_undone_with_the_same_ids_and_everything_else(
        tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    with HistoryStore.open(path, KEY) as store:
        ids = _fill(store)
        store.cache_summary("exames-0", SUMMARY_TEXT, document="exames")
        summary = _summary_conversation(store, "exames")
        store.set_pinned(summary, True)
        store.update_settings(summary, temperature=0.3)
        before = store.conversation(summary)
        messages = store.messages(summary)

        deleted = store.delete_recoverably(summary)

        assert (deleted.id, deleted.title) == (summary, "Summary of “Exames”")
        assert SUMMARY_TEXT not in repr(deleted), "the copy keeps its text out of logs"
        with pytest.raises(PequenoError):
            store.conversation(summary)
        assert store.messages(summary) == []
        assert store.search("Exames") == []
        assert store.count_cached_summaries("exames") == 0
        later = store.create_conversation()  # a new one meanwhile: ids are never reused
        assert later.id > summary

        store.undelete(deleted)

        assert store.conversation(summary) == before
        assert store.messages(summary) == messages
        assert store.cached_summary("exames-0") == SUMMARY_TEXT
        assert {hit.conversation for hit in store.search("Exames")} == {summary}
        assert store.auto_title(summary) is None, "its title stays the one it had"
        assert [c.id for c in store.list_conversations()][:1] == [summary]
        assert store.count_conversations() == len(ids) + 2
        store.add_message(summary, Role.USER, "One more question")
        assert len(store.messages(summary)) == len(messages) + 1


def test_a_recoverable_delete_not_undone_is_gone_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    with HistoryStore.open(path, KEY) as store:
        ids = _fill(store)
        deleted = store.delete_recoverably(ids[0])
        with pytest.raises(PequenoError):
            store.delete_recoverably(ids[0])
    del deleted  # the window drops its copy: the deletion stands

    with HistoryStore.open(path, KEY) as store:
        assert [c.id for c in store.iter_conversations()] == ids[1:]
        assert store.messages(ids[0]) == []
        assert store.search("ZEBRA") == []
