"""The passage index: privacy on disk, removal, re-indexing folders, hostile files and questions."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.core.documents.loaders import Document, DocumentError, load_document
from assistant.core.history import collections as collections_module
from assistant.core.history import database
from assistant.core.history.collections import (
    Collection,
    CollectionError,
    DocumentIndex,
    IndexCancelled,
    PassageHit,
)
from assistant.core.history.schema import MIGRATIONS
from assistant.core.history.store import HistoryStore, Role
from assistant.core.i18n import install_translator
from tests.documents import make_pdf, report_pages

KEY = "c1" * 32
SECRETS = {
    "en": "The vault under the Porto depot opens with the word ZEBRA-OCTOPUS-LANTERN.",
    "pt": "A senha do cofre é girassol-azul-coração, guardada pela Lúcia.",
    "zh": "保险库的密码是明天在北京的老地方见面。",
    "ru": "Секретный пароль от сейфа: медведь-балалайка-самовар.",
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "history.db", KEY) as opened:
        yield opened


@pytest.fixture
def index(store: HistoryStore) -> DocumentIndex:
    return DocumentIndex(store)


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _secret_document(folder: Path) -> Path:
    filler = "\n\n".join(report_pages(3, seed=5))
    return _write(folder / "secrets.md", filler + "\n\n" + "\n\n".join(SECRETS.values()))


def _needles() -> list[bytes]:
    needles = []
    for text in SECRETS.values():
        for word in text.replace(":", " ").replace(",", " ").split():
            if len(word.encode()) >= 6:
                needles += [word.encode("utf-8"), word.encode("utf-16-le")]
    # Chinese has no spaces: look for runs of four characters.
    chinese = SECRETS["zh"]
    needles += [chinese[i:i + 4].encode("utf-8") for i in range(0, len(chinese) - 4, 4)]
    return needles


def _bump(path: Path, text: str) -> None:
    """Rewrite a file and move its modification time on, as an editor saving it would."""
    stat = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


# --- privacy ---------------------------------------------------------------------------------


def test_no_passage_text_is_readable_in_the_files(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    store = HistoryStore.open(path, KEY)
    DocumentIndex(store).index_file(_secret_document(tmp_path / "docs"))
    files = [p for p in tmp_path.iterdir() if p.name.startswith("history.db")]
    assert any(p.name.endswith("-wal") for p in files)
    for needle in _needles():
        for file in files:
            assert needle not in file.read_bytes(), f"{needle!r} readable in {file.name}"
    store.close()
    for needle in _needles():
        assert needle not in path.read_bytes()


def _plain_store(path: Path) -> HistoryStore:
    """A history store *without* encryption, set up as the real one is, to look inside."""
    connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON",
                   "secure_delete = ON"):
        connection.execute(f"PRAGMA {pragma}")
    database._migrate(connection, MIGRATIONS)
    return HistoryStore(connection, path, "plain")


def _readable(folder: Path, needles: list[bytes]) -> list[bytes]:
    found = []
    for file in folder.iterdir():
        if file.name.startswith("plain.db"):
            data = file.read_bytes()
            found += [needle for needle in needles if needle in data]
    return found


def test_the_check_would_see_text_that_is_left_behind(tmp_path: Path) -> None:
    with _plain_store(tmp_path / "plain.db") as store:
        DocumentIndex(store).index_file(_secret_document(tmp_path / "docs"))
        assert _readable(tmp_path, _needles())


def test_removing_a_collection_leaves_none_of_its_text_in_the_files(tmp_path: Path) -> None:
    kept = _write(tmp_path / "docs" / "kept.txt", "\n\n".join(report_pages(2, seed=9)))
    store = _plain_store(tmp_path / "plain.db")
    index = DocumentIndex(store)
    other = index.index_file(kept).collection
    secret = index.index_file(_secret_document(tmp_path / "docs")).collection
    store.create_conversation(title="unrelated")

    index.remove(secret.id)

    assert [c.id for c in index.collections()] == [other.id]
    assert not _readable(tmp_path, _needles())
    assert index.search(other.id, "Porto depot")  # the other collection still works
    store.close()
    assert not _readable(tmp_path, _needles())


def test_deleting_all_history_deletes_indexed_documents_too(tmp_path: Path) -> None:
    store = _plain_store(tmp_path / "plain.db")
    index = DocumentIndex(store)
    index.index_file(_secret_document(tmp_path / "docs"))

    store.wipe()

    assert index.collections() == []
    assert not _readable(tmp_path, _needles())
    again = index.index_file(_secret_document(tmp_path / "docs")).collection
    assert index.search(again.id, "Which word opens the vault under the depot?")  # still works
    store.close()


def test_a_changed_file_leaves_none_of_its_old_text(tmp_path: Path) -> None:
    document = _secret_document(tmp_path / "docs")
    with _plain_store(tmp_path / "plain.db") as store:
        index = DocumentIndex(store)
        index.index_file(document)
        _bump(document, "\n\n".join(report_pages(3, seed=6)))

        assert index.index_file(document).updated == 1

        assert not _readable(tmp_path, _needles())


# --- one document ----------------------------------------------------------------------------


def test_a_document_is_indexed_searched_and_cited(tmp_path: Path, index: DocumentIndex) -> None:
    pages = report_pages(12, seed=4)
    pages[7] += "\n\nThe orbital freezer is guarded by a parrot named Bartholomew."
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(pages))
    progress: list[tuple[int, int]] = []

    report = index.index_file(path, progress=lambda done, total: progress.append((done, total)))

    collection = report.collection
    assert (collection.name, collection.kind, collection.source) == ("report.pdf", "file",
                                                                    path.resolve())
    assert collection.files == 1
    assert collection.passages >= 12
    assert (report.added, report.updated, report.removed, report.unchanged, report.skipped) == \
        (1, 0, 0, 0, ())
    assert progress[-1] == (collection.passages, collection.passages)
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)

    hits = index.search(collection.id, "What bird guards the freezer in orbit?", limit=3)
    assert hits[0].page == 8
    assert hits[0].label == "p. 8"
    assert "Bartholomew" in hits[0].text
    assert hits[0].file == path.resolve()
    assert all(hit.score > 0 for hit in hits)
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)
    assert index.passage(hits[0].passage_id) == PassageHit(
        hits[0].passage_id, hits[0].text, hits[0].file, "p. 8", 8, None, 0.0)
    assert hits[0].as_dict() == {"text": hits[0].text, "file": str(path.resolve()), "page": 8,
                                 "section": None, "label": "p. 8", "score": hits[0].score}


def test_page_citations_follow_the_language_the_user_reads_now(tmp_path: Path,
                                                               index: DocumentIndex) -> None:
    path = tmp_path / "two.pdf"
    path.write_bytes(make_pdf(["The first page.", "The stork nests on the chimney."]))
    collection = index.index_file(path).collection

    def russian(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return "с. {page}" if (context, text) == ("Passages", "p. {page}") else text

    install_translator(russian)
    [hit] = index.search(collection.id, "stork")
    assert (hit.label, hit.page) == ("с. 2", 2)
    assert index.passage(hit.passage_id).label == "с. 2"


def test_indexing_again_reads_only_a_changed_file(tmp_path: Path, index: DocumentIndex,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path / "notes.md", "# Notes\n\nThe llama eats hay on Tuesdays.")
    first = index.index_file(path)
    reads: list[Path] = []
    real_load = load_document

    def counting_load(path: Path, **options: Any) -> Document:
        reads.append(path)
        return real_load(path, **options)

    monkeypatch.setattr(collections_module, "load_document", counting_load)

    again = index.index_file(path)
    assert (again.unchanged, again.added, again.updated, reads) == (1, 0, 0, [])
    assert again.collection.id == first.collection.id

    _bump(path, "# Notes\n\nThe alpaca eats grass on Fridays.")
    changed = index.index_file(path)

    assert (changed.updated, changed.collection.id, len(reads)) == (1, first.collection.id, 1)
    assert index.search(first.collection.id, "alpaca")
    assert not index.search(first.collection.id, "llama")
    assert len(index.collections()) == 1


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("missing.pdf", None, "does not exist"),
    ("picture.png", b"\x89PNG\r\n", "reads only"),
    ("broken.pdf", b"%PDF-1.4 this is not really a PDF", "damaged"),
    ("locked.pdf", make_pdf(["secret"], encrypt=True), "password"),
    ("empty.txt", b"   \n", "empty"),
])
def test_a_document_that_cannot_be_read_is_a_clear_error_and_no_collection(
        tmp_path: Path, index: DocumentIndex, name: str, data: bytes | None,
        reason: str) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)

    with pytest.raises(DocumentError, match=reason) as caught:
        index.index_file(path)

    assert name in caught.value.message
    assert index.collections() == []


def test_a_document_that_breaks_keeps_its_earlier_index(tmp_path: Path,
                                                         index: DocumentIndex) -> None:
    path = _write(tmp_path / "notes.txt", "The heron nests by the mill.")
    collection = index.index_file(path).collection
    path.write_bytes(b"\xff\xfe\x00\x00")  # UTF-32 mark, no text

    with pytest.raises(DocumentError):
        index.index_file(path)

    assert index.search(collection.id, "heron")


def test_searches_stay_inside_their_collection(tmp_path: Path, index: DocumentIndex) -> None:
    first = index.index_file(_write(tmp_path / "a.txt", "Otters play in the river.")).collection
    second = index.index_file(_write(tmp_path / "b.txt", "Otters sleep in dens.")).collection

    assert [hit.text for hit in index.search(first.id, "otters")] == \
        ["Otters play in the river."]
    assert [hit.text for hit in index.search(second.id, "otter")] == ["Otters sleep in dens."]


def test_find_by_path_name_or_id(tmp_path: Path, index: DocumentIndex) -> None:
    path = _write(tmp_path / "Notes.txt", "Some notes about turnips.")
    collection = index.index_file(path).collection

    assert index.find(str(path)) == collection
    assert index.find("Notes.txt") == collection
    assert index.find("notes.TXT") == collection
    assert index.find(str(collection.id)) == collection
    assert index.find("nothing") is None
    assert index.find("") is None
    assert index.find("\x00") is None


def test_unknown_ids_are_clear_errors(index: DocumentIndex) -> None:
    for call in (lambda: index.get(42), lambda: index.remove(42),
                 lambda: index.search(42, "x"), lambda: index.passage(42),
                 lambda: index.refresh(42)):
        with pytest.raises(CollectionError):
            call()


# --- folders ---------------------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    _write(root / "a.md", "# Plan\n\nThe kiln is fired every Monday at dawn.")
    _write(root / "sub" / "b.txt", "Clay arrives from the quarry in spring.")
    (root / "sub" / "c.pdf").write_bytes(make_pdf(["The glaze recipe uses ash and feldspar."]))
    (root / "broken.pdf").write_bytes(b"%PDF-1.7 garbage")
    (root / "locked.pdf").write_bytes(make_pdf(["hidden"], encrypt=True))
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # not a document kind: ignored
    _write(root / ".hidden" / "d.txt", "Secret hidden folder text.")
    _write(root / ".notes.txt", "A hidden file.")
    return root


def _names(skipped: tuple[tuple[Path, str], ...]) -> list[str]:
    return sorted(path.name for path, _ in skipped)


def test_a_folder_is_indexed_with_unreadable_files_listed(folder: Path,
                                                          index: DocumentIndex) -> None:
    report = index.index_folder(folder)

    assert (report.added, report.updated, report.removed, report.unchanged) == (3, 0, 0, 0)
    assert _names(report.skipped) == ["broken.pdf", "locked.pdf"]
    reasons = dict((path.name, reason) for path, reason in report.skipped)
    assert "damaged" in reasons["broken.pdf"]
    assert "password" in reasons["locked.pdf"]
    collection = report.collection
    assert (collection.kind, collection.name, collection.files) == ("folder", "project", 3)
    assert index.search(collection.id, "glaze recipe")[0].file == folder / "sub" / "c.pdf"
    assert not index.search(collection.id, "secret hidden")
    assert {path.name for path, problem in index.files(collection.id) if problem} == \
        {"broken.pdf", "locked.pdf"}


def test_a_folder_is_indexed_again_for_changes_and_removals(folder: Path,
                                                            index: DocumentIndex) -> None:
    collection = index.index_folder(folder).collection

    again = index.refresh(collection.id)
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 3)
    assert _names(again.skipped) == ["broken.pdf", "locked.pdf"]

    _bump(folder / "a.md", "# Plan\n\nThe kiln is now fired on Thursdays.")
    (folder / "sub" / "b.txt").unlink()
    (folder / "broken.pdf").unlink()
    _write(folder / "new.txt", "Porcelain needs a hotter kiln.")
    changed = index.index_folder(folder)

    assert (changed.added, changed.updated, changed.removed, changed.unchanged) == (1, 1, 1, 1)
    assert _names(changed.skipped) == ["locked.pdf"]
    assert changed.collection.id == collection.id
    assert changed.collection.files == 3
    assert not index.search(collection.id, "quarry")
    assert not index.search(collection.id, "Monday")
    assert index.search(collection.id, "Thursday")[0].file == folder / "a.md"
    assert index.search(collection.id, "porcelain")


def test_a_missing_or_empty_folder_is_a_clear_error(tmp_path: Path,
                                                    index: DocumentIndex) -> None:
    with pytest.raises(CollectionError, match="not a folder"):
        index.index_folder(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    _write(tmp_path / "empty" / "song.mp3", "la la")
    with pytest.raises(CollectionError, match="no documents"):
        index.index_folder(tmp_path / "empty")
    assert index.collections() == []


def test_a_huge_folder_is_refused(tmp_path: Path, index: DocumentIndex,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(collections_module, "MAX_FOLDER_DOCUMENTS", 3)
    for number in range(5):
        _write(tmp_path / "many" / f"{number}.txt", "text")
    with pytest.raises(CollectionError, match="more than 3 documents"):
        index.index_folder(tmp_path / "many")


def test_cancelling_keeps_the_files_finished_before(folder: Path, index: DocumentIndex) -> None:
    cancel = threading.Event()

    with pytest.raises(IndexCancelled):
        index.index_folder(folder, cancel=cancel, progress=lambda done, total: cancel.set())

    [collection] = index.collections()
    assert collection.files == 1
    cancel.clear()
    assert index.refresh(collection.id).added == 2


def test_cancelling_a_single_document(tmp_path: Path, index: DocumentIndex) -> None:
    path = _write(tmp_path / "long.txt", "\n\n".join(report_pages(20, seed=3)))
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(IndexCancelled):
        index.index_file(path, cancel=cancel)
    assert index.collections() == []


# --- hostile input ---------------------------------------------------------------------------


def test_hostile_files_in_a_folder_never_stop_the_rest(tmp_path: Path, index: DocumentIndex,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "hostile"
    root.mkdir()
    with (root / "huge.txt").open("wb") as handle:
        handle.truncate(60 * 2**20)  # larger than the loader reads (sparse: costs no disk)
    (root / "junk.txt").write_bytes(os.urandom(200_000))
    (root / "nul.md").write_bytes(b"# T\n\n" + b"\x00" * 10_000 + b" word " * 10)
    (root / "fake.pdf").write_bytes(b"%PDF-1.4\n" + os.urandom(5000))
    (root / "fake.docx").write_bytes(b"PK\x03\x04" + os.urandom(3000))
    _write(root / "one-word.txt", "x" * 3_000_000)
    _write(root / "long.txt", "\n\n".join(report_pages(40, seed=8)))
    _write(root / "ok.txt", "The archive opens at nine.")
    monkeypatch.setattr(collections_module, "MAX_FILE_PASSAGES", 500)

    report = index.index_folder(root)

    reasons = {path.name: reason for path, reason in report.skipped}
    assert {"huge.txt", "fake.pdf", "fake.docx", "one-word.txt"} <= set(reasons)
    assert "larger than" in reasons["huge.txt"]
    assert "too long to index" in reasons["one-word.txt"]
    assert all(name in reason for name, reason in reasons.items())
    assert index.search(report.collection.id, "archive opens")[0].file.name == "ok.txt"
    assert index.search(report.collection.id, "word")


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200))
def test_no_question_breaks_the_search(index: DocumentIndex, tmp_path: Path,
                                       question: str) -> None:
    found = index.find(str(tmp_path / "q.txt"))
    if found is None:
        found = index.index_file(_write(tmp_path / "q.txt", "Anything at all, in \"quotes\" "
                                        "AND NEAR(x y) * ^ 北京 Москва coração.")).collection
    hits = index.search(found.id, question)
    assert all(isinstance(hit, PassageHit) for hit in hits)


@pytest.mark.parametrize("question", [
    '"', '""', "AND", "OR NOT", "NEAR(a b)", "body : x", "collection : c1", "*", "^x",
    "x\x00y", "\ud800", "-", "(((", "c1", "what is the?", "", "   ", "的了吗",
])
def test_query_syntax_in_a_question_is_only_text(tmp_path: Path, index: DocumentIndex,
                                                 question: str) -> None:
    collection = index.index_file(_write(tmp_path / "t.txt", "AND OR NOT NEAR c1 x y")
                                  ).collection
    index.search(collection.id, question)


# --- the database ----------------------------------------------------------------------------


def test_a_version_3_history_gains_the_index_and_keeps_its_conversations(
        tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    with HistoryStore(database.open_encrypted(path, KEY, MIGRATIONS[:3]), path, KEY) as old:
        conversation = old.create_conversation(title="Old chat")
        old.add_message(conversation.id, Role.USER, "hello from version 3")

    with HistoryStore.open(path, KEY) as store:
        assert store.messages(conversation.id)[0].content == "hello from version 3"
        index = DocumentIndex(store)
        collection = index.index_file(_write(tmp_path / "n.txt", "Moss grows north.")
                                      ).collection
        assert index.search(collection.id, "moss")
        assert store.integrity_check() == "ok"


def test_a_second_connection_sees_the_index(tmp_path: Path, store: HistoryStore) -> None:
    collection = DocumentIndex(store).index_file(_write(tmp_path / "n.txt", "Ferns like shade.")
                                                 ).collection
    with store.another_connection() as other:
        assert DocumentIndex(other).collections() == [collection]
        assert DocumentIndex(other).search(collection.id, "fern")


def test_collections_are_listed_most_recent_first(tmp_path: Path, index: DocumentIndex) -> None:
    first = index.index_file(_write(tmp_path / "1.txt", "one")).collection
    second = index.index_file(_write(tmp_path / "2.txt", "two")).collection
    listed = index.collections()
    assert [c.id for c in listed] == [second.id, first.id]
    assert all(isinstance(c, Collection) for c in listed)
