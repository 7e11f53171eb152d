"""The passage index of documents and folders ("collections") that questions are asked about.

A collection is one document or a folder of them, cut into passages
(:func:`~assistant.core.documents.passages.split_passages`) and kept in the encrypted history
with a full-text index (FTS5, BM25 ranking) of each passage's words and stems (see
:mod:`assistant.core.documents.search_terms`). Indexing again reads only the files whose size
or modification time changed; a folder's vanished files leave the index, and files that cannot
be read are listed with the reason instead of stopping the rest.

Removing a collection leaves none of its text in the file: the rows and their index entries
are deleted (SQLite overwrites deleted content, ``secure_delete``) and the index is rebuilt
without them.

This module reads documents (``assistant.core.documents``), an exception to the layering of
the core that ``pyproject.toml`` records: the index is a part of the history database.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.core.documents import languages
from assistant.core.documents.loaders import (
    SUFFIXES,
    DocumentCancelled,
    DocumentError,
    load_document,
)
from assistant.core.documents.passages import Passage, page_label, split_passages
from assistant.core.documents.search_terms import passage_body, passage_terms, question_query
from assistant.core.errors import Cancelled, PequenoError
from assistant.core.history.database import StorageError, rows, storage_errors, transaction
from assistant.core.history.records import now_us
from assistant.core.history.store import HistoryStore
from assistant.core.i18n import format_number, translate

log = logging.getLogger(__name__)

# A folder with more documents than this is refused (a home folder chosen by mistake).
MAX_FOLDER_DOCUMENTS = 5000
# A document cut into more passages than this (some 3 million words) is skipped.
MAX_FILE_PASSAGES = 30_000
# BM25 weights of the index's columns: the collection token, the words, their stems.
BODY_WEIGHT = 1.0
TERMS_WEIGHT = 1.0

Progress = Callable[[int, int], None]


class CollectionError(PequenoError):
    """A collection cannot be made, found or searched (the message says why)."""


class IndexCancelled(Cancelled):
    """Indexing stopped because the ``cancel`` event was set; finished files are kept."""


@dataclass(frozen=True)
class Collection:
    """A document or folder whose passages are indexed.

    Attributes:
        id: Its id in the history.
        name: The file's or folder's name.
        kind: ``"file"`` or ``"folder"``.
        source: The file or folder (absolute).
        files: How many of its files are indexed (files that could not be read not counted).
        passages: How many passages it holds.
        updated: When it was last indexed, in microseconds since the epoch.

    """

    id: int
    name: str
    kind: str
    source: Path
    files: int
    passages: int
    updated: int


@dataclass(frozen=True)
class PassageHit:
    """A passage found for a question, and where it is.

    Attributes:
        passage_id: Its id (for :meth:`DocumentIndex.passage`).
        text: The passage's text.
        file: The document it is from.
        label: Its citation: "p. 3" (in the current language), else the section as the
            document was indexed ("section “Scope”", "paragraphs 4\u20139").
        page: The PDF page, if it has one.
        section: The section of a document without pages.
        score: How well it matches; higher is better (the negated BM25 rank).

    """

    passage_id: int
    text: str
    file: Path
    label: str
    page: int | None
    section: str | None
    score: float

    def as_dict(self) -> dict[str, Any]:
        """The hit as JSON-ready values."""
        return {"text": self.text, "file": str(self.file), "page": self.page,
                "section": self.section, "label": self.label, "score": self.score}


@dataclass(frozen=True)
class IndexReport:
    """What indexing did.

    Attributes:
        collection: The collection as it is now.
        added: Files indexed for the first time.
        updated: Files indexed again because they changed.
        removed: Files that were gone from the folder, and left the index.
        unchanged: Files left as they were indexed.
        skipped: Files that could not be indexed, each with the reason (translated).

    """

    collection: Collection
    added: int
    updated: int
    removed: int
    unchanged: int
    skipped: tuple[tuple[Path, str], ...]


@dataclass(frozen=True)
class _Known:
    id: int
    size: int
    mtime_ns: int
    problem: str | None


_COLLECTION_COLUMNS = (
    "c.id, c.name, c.kind, c.source, c.updated, "
    "(SELECT count(*) FROM collection_files f WHERE f.collection = c.id "
    "AND f.problem IS NULL), "
    "(SELECT count(*) FROM passages p JOIN collection_files f ON f.id = p.file "
    "WHERE f.collection = c.id)")


def _collection(row: Any) -> Collection:
    return Collection(id=row[0], name=row[1], kind=row[2], source=Path(row[3]), updated=row[4],
                      files=row[5], passages=row[6])


def _hit(row: Any, score: float) -> PassageHit:
    # A page's label is made now, in the language the user reads now.
    label = page_label(row[4]) if row[4] is not None else row[3]
    return PassageHit(passage_id=row[0], text=row[1], file=Path(row[2]), label=label,
                      page=row[4], section=row[5], score=score)


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise IndexCancelled(translate("Collections", "Indexing was cancelled."))


class DocumentIndex:
    """The collections in a history store. Use from the store's thread only."""

    def __init__(self, store: HistoryStore) -> None:
        self._store = store
        self._db = store._db

    # -- indexing ---------------------------------------------------------------------------

    def index_file(self, path: Path, *, cancel: threading.Event | None = None,
                   progress: Progress | None = None) -> IndexReport:
        """Index one document as a collection named after it (again only if it changed).

        ``progress(done, total)`` counts the passages stored.

        Raises:
            DocumentError: The document cannot be read (missing, unsupported, damaged...);
                an earlier index of it is kept.
            IndexCancelled: ``cancel`` was set.
            StorageError: The history cannot be written.
        """
        source = Path(path).expanduser().resolve()
        existing = self._by_source(source)
        if existing is not None and existing.kind != "file":
            self.remove(existing.id)
            existing = None
        known = self._known(existing.id) if existing is not None else {}
        stat = _stat(source)
        old = known.get(str(source))
        if (existing is not None and old is not None and stat is not None
                and old.problem is None and (old.size, old.mtime_ns) == stat):
            return IndexReport(existing, 0, 0, 0, 1, ())
        passages, language = self._read(source, cancel)
        with transaction(self._db):
            collection_id = existing.id if existing is not None else \
                self._insert_collection(source, "file")
            for vanished in set(known) - {str(source)}:
                self._forget_file(known[vanished].id)
            self._store_file(collection_id, source, stat or (0, 0), passages, language,
                             old.id if old else None, progress=progress, cancel=cancel)
            self._touch(collection_id)
        if old is not None:
            self._compact()
        return IndexReport(self.get(collection_id), int(old is None), int(old is not None), 0,
                           0, ())

    def index_folder(self, path: Path, *, cancel: threading.Event | None = None,
                     progress: Progress | None = None) -> IndexReport:
        """Index a folder's documents (and its subfolders'); again, only what changed.

        Hidden files and folders are left out, and so are files of kinds Pequeno does not
        read. ``progress(done, total)`` counts the documents. A file that cannot be read is
        skipped and listed in the report; when indexing is cancelled, the files finished
        before stay indexed.

        Raises:
            CollectionError: The folder is missing, holds no documents, or far too many.
            IndexCancelled: ``cancel`` was set.
            StorageError: The history cannot be written.
        """
        folder = Path(path).expanduser().resolve()
        if not folder.is_dir():
            raise CollectionError(translate(
                "Collections", "\u201c{name}\u201d is not a folder.").format(name=folder.name))
        files = self._document_files(folder)
        existing = self._by_source(folder)
        if existing is not None and existing.kind != "folder":
            self.remove(existing.id)
            existing = None
        if not files and existing is None:
            raise CollectionError(translate(
                "Collections", "\u201c{name}\u201d holds no documents Pequeno can read (text, "
                "Markdown, PDF, Word or web page files).").format(name=folder.name))
        if existing is not None:
            collection_id = existing.id
        else:
            with transaction(self._db):
                collection_id = self._insert_collection(folder, "folder")
        known = self._known(collection_id)
        counts = {"added": 0, "updated": 0, "removed": 0, "unchanged": 0}
        skipped: list[tuple[Path, str]] = []
        rewritten = False
        for done, file in enumerate(files):
            _check_cancel(cancel)
            old = known.get(str(file))
            stat = _stat(file)
            if old is not None and stat == (old.size, old.mtime_ns):
                if old.problem is None:
                    counts["unchanged"] += 1
                else:
                    skipped.append((file, old.problem))
                if progress is not None:
                    progress(done + 1, len(files))
                continue
            try:
                passages, language = self._read(file, cancel)
                problem = None
            except DocumentError as error:
                passages, language, problem = [], None, error.message
                skipped.append((file, problem))
            with transaction(self._db):
                self._store_file(collection_id, file, stat or (0, 0), passages, language,
                                 old.id if old else None, problem=problem)
            rewritten |= old is not None
            if problem is None:
                counts["added" if old is None else "updated"] += 1
            if progress is not None:
                progress(done + 1, len(files))
        vanished = set(known) - {str(file) for file in files}
        with transaction(self._db):
            for name in vanished:
                self._forget_file(known[name].id)
            self._touch(collection_id)
        counts["removed"] = sum(known[name].problem is None for name in vanished)
        if rewritten or vanished:
            self._compact()
        return IndexReport(self.get(collection_id), skipped=tuple(skipped), **counts)

    def refresh(self, collection_id: int, *, cancel: threading.Event | None = None,
                progress: Progress | None = None) -> IndexReport:
        """Index a collection's file or folder again (only what changed is read).

        Raises:
            CollectionError: There is no such collection, or its folder is gone.
            DocumentError: Its single document can no longer be read.
        """
        collection = self.get(collection_id)
        if collection.kind == "file":
            return self.index_file(collection.source, cancel=cancel, progress=progress)
        return self.index_folder(collection.source, cancel=cancel, progress=progress)

    def _read(self, path: Path, cancel: threading.Event | None) -> tuple[list[Passage],
                                                                        str | None]:
        _check_cancel(cancel)
        try:
            document = load_document(path, cancel=cancel)
        except DocumentCancelled as error:
            raise IndexCancelled(error.message) from error
        passages = split_passages(document)
        if len(passages) > MAX_FILE_PASSAGES:
            raise DocumentError(translate(
                "Collections", "\u201c{name}\u201d is too long to index (more than {count} "
                "passages).").format(name=path.name, count=format_number(MAX_FILE_PASSAGES)))
        return passages, languages.detect(document.text[:languages.SAMPLE_CHARS])

    def _document_files(self, folder: Path) -> list[Path]:
        found: list[Path] = []
        for root, folders, names in os.walk(folder):
            folders[:] = sorted(name for name in folders if not name.startswith("."))
            for name in sorted(names):
                if name.startswith(".") or not name.lower().endswith(SUFFIXES):
                    continue
                found.append(Path(root) / name)
                if len(found) > MAX_FOLDER_DOCUMENTS:
                    raise CollectionError(translate(
                        "Collections", "\u201c{name}\u201d holds more than {count} documents; "
                        "choose a smaller folder.").format(
                            name=folder.name, count=format_number(MAX_FOLDER_DOCUMENTS)))
        return found

    def _insert_collection(self, source: Path, kind: str) -> int:
        stamp = now_us()
        cursor = self._db.execute(
            "INSERT INTO collections (name, kind, source, created, updated) "
            "VALUES (?, ?, ?, ?, ?)", (source.name or str(source), kind, str(source), stamp,
                                       stamp))
        return int(cursor.lastrowid or 0)

    def _touch(self, collection_id: int) -> None:
        self._db.execute("UPDATE collections SET updated = ? WHERE id = ?",
                         (now_us(), collection_id))

    def _known(self, collection_id: int) -> dict[str, _Known]:
        return {row[0]: _Known(row[1], row[2], row[3], row[4]) for row in rows(
            self._db, "SELECT path, id, size, mtime_ns, problem FROM collection_files "
            "WHERE collection = ?", (collection_id,))}

    def _store_file(self, collection_id: int, path: Path, stat: tuple[int, int],
                    passages: list[Passage], language: str | None, old_id: int | None, *,
                    problem: str | None = None, progress: Progress | None = None,
                    cancel: threading.Event | None = None) -> None:
        """Replace a file's passages (inside the caller's transaction)."""
        if old_id is not None:
            self._forget_file(old_id)
        cursor = self._db.execute(
            "INSERT INTO collection_files (collection, path, size, mtime_ns, language, problem) "
            "VALUES (?, ?, ?, ?, ?, ?)", (collection_id, str(path), stat[0], stat[1], language,
                                          problem))
        file_id = int(cursor.lastrowid or 0)
        token = f"c{collection_id}"
        for number, passage in enumerate(passages):
            if number % 64 == 0:
                _check_cancel(cancel)
                if progress is not None:
                    progress(number, len(passages))
            cursor = self._db.execute(
                "INSERT INTO passages (file, ordinal, text, label, page, section) "
                "VALUES (?, ?, ?, ?, ?, ?)", (file_id, passage.ordinal, passage.text,
                                              passage.label, passage.page, passage.section))
            self._db.execute(
                "INSERT INTO passage_search (rowid, collection, body, terms) VALUES (?, ?, ?, ?)",
                (int(cursor.lastrowid or 0), token, passage_body(passage.text),
                 passage_terms(passage.text, language)))
        if progress is not None:
            progress(len(passages), len(passages))

    def _forget_file(self, file_id: int) -> None:
        self._db.execute("DELETE FROM passage_search WHERE rowid IN "
                         "(SELECT id FROM passages WHERE file = ?)", (file_id,))
        self._db.execute("DELETE FROM collection_files WHERE id = ?", (file_id,))

    def _compact(self) -> None:
        """Rebuild the index without deleted passages' words, and fold the journal in.

        Deleting from FTS5 can leave a deleted word in an index page; merging every segment
        into one writes only the live words (the old pages are overwritten as freed).
        """
        with transaction(self._db):
            self._db.execute("INSERT INTO passage_search (passage_search) VALUES ('optimize')")
        if self._store.path.name == ":memory:":
            return
        try:
            with storage_errors():
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except StorageError as exc:
            # Another reader holds the journal; the next checkpoint folds it in.
            log.warning("index checkpoint skipped: %s", exc)

    # -- reading ----------------------------------------------------------------------------

    def collections(self) -> list[Collection]:
        """Every collection, the most recently indexed first."""
        return [_collection(row) for row in rows(
            self._db, f"SELECT {_COLLECTION_COLUMNS} FROM collections c "
            "ORDER BY c.updated DESC, c.id DESC")]

    def find(self, name_or_path: str) -> Collection | None:
        """The collection of a file or folder path, else by name, else by id; ``None``."""
        with contextlib.suppress(OSError, ValueError):
            found = self._by_source(Path(name_or_path).expanduser().resolve())
            if found is not None:
                return found
        for sql in ("c.name = ?", "lower(c.name) = lower(?)"):
            matches = rows(self._db, f"SELECT {_COLLECTION_COLUMNS} FROM collections c "
                           f"WHERE {sql} ORDER BY c.updated DESC, c.id DESC LIMIT 1",
                           (name_or_path,))
            if matches:
                return _collection(matches[0])
        if name_or_path.strip().isdigit():
            with contextlib.suppress(CollectionError):
                return self.get(int(name_or_path))
        return None

    def rename(self, collection_id: int, name: str) -> Collection:
        """Give a collection the name people will ask it by; return it renamed.

        Raises:
            CollectionError: There is no such collection, or the name is empty.
        """
        name = " ".join(name.split())
        if not name:
            raise CollectionError(translate("Collections", "A collection needs a name."))
        self.get(collection_id)
        with transaction(self._db):
            self._db.execute("UPDATE collections SET name = ? WHERE id = ?",
                             (name, collection_id))
        return self.get(collection_id)

    def get(self, collection_id: int) -> Collection:
        """One collection.

        Raises:
            CollectionError: There is no such collection.
        """
        found = rows(self._db, f"SELECT {_COLLECTION_COLUMNS} FROM collections c "
                     "WHERE c.id = ?", (collection_id,))
        if not found:
            raise CollectionError(translate("Collections", "There is no collection {id}.")
                                  .format(id=collection_id))
        return _collection(found[0])

    def _by_source(self, source: Path) -> Collection | None:
        found = rows(self._db, f"SELECT {_COLLECTION_COLUMNS} FROM collections c "
                     "WHERE c.source = ?", (str(source),))
        return _collection(found[0]) if found else None

    def languages(self, collection_id: int) -> list[str | None]:
        """The languages of a collection's documents (``None`` for those not recognised)."""
        return [row[0] for row in rows(
            self._db, "SELECT DISTINCT language FROM collection_files WHERE collection = ? "
            "AND problem IS NULL ORDER BY language", (collection_id,))]

    def files(self, collection_id: int) -> list[tuple[Path, str | None]]:
        """A collection's files, each with the reason it could not be indexed (or ``None``)."""
        return [(Path(row[0]), row[1]) for row in rows(
            self._db, "SELECT path, problem FROM collection_files WHERE collection = ? "
            "ORDER BY path", (collection_id,))]

    def remove(self, collection_id: int) -> None:
        """Delete a collection and its passages, leaving none of their text in the file.

        Raises:
            CollectionError: There is no such collection.
        """
        self.get(collection_id)
        with transaction(self._db):
            self._db.execute(
                "DELETE FROM passage_search WHERE rowid IN (SELECT p.id FROM passages p "
                "JOIN collection_files f ON f.id = p.file WHERE f.collection = ?)",
                (collection_id,))
            self._db.execute("DELETE FROM collections WHERE id = ?", (collection_id,))
        self._compact()

    def search(self, collection_id: int, question: str, *, limit: int = 8) -> list[PassageHit]:
        """The passages of a collection that best match ``question``, best first.

        A passage matches when it holds any of the question's words or their stems (stop
        words aside); BM25 ranks them. Empty when nothing matches.

        Raises:
            CollectionError: There is no such collection.
        """
        self.get(collection_id)
        match = question_query(question, self.languages(collection_id))
        if match is None:
            return []
        query = f'collection : "c{int(collection_id)}" AND ({match})'
        # Rank and cut inside the index, then read only the best passages (see
        # HistoryStore.search: joining every match first decrypts a page per match).
        found = rows(
            self._db, "SELECT p.id, p.text, f.path, p.label, p.page, p.section, top.rank FROM "
            "(SELECT rowid AS id, bm25(passage_search, 0.0, ?, ?) AS rank FROM passage_search "
            "WHERE passage_search MATCH ? ORDER BY rank LIMIT ?) AS top "
            "JOIN passages p ON p.id = top.id JOIN collection_files f ON f.id = p.file "
            "ORDER BY top.rank, p.id", (BODY_WEIGHT, TERMS_WEIGHT, query, limit))
        return [_hit(row, -float(row[6])) for row in found]

    def passage(self, passage_id: int) -> PassageHit:
        """One passage, by id (its score is 0).

        Raises:
            CollectionError: There is no such passage (its collection was removed).
        """
        found = rows(self._db, "SELECT p.id, p.text, f.path, p.label, p.page, p.section "
                     "FROM passages p JOIN collection_files f ON f.id = p.file WHERE p.id = ?",
                     (passage_id,))
        if not found:
            raise CollectionError(translate(
                "Collections", "That passage is no longer indexed; its collection was "
                "removed or indexed again."))
        return _hit(found[0], 0.0)

    def passages(self, collection_id: int) -> Iterator[PassageHit]:
        """Every passage of a collection, file by file, in order."""
        for row in rows(self._db, "SELECT p.id, p.text, f.path, p.label, p.page, p.section "
                        "FROM passages p JOIN collection_files f ON f.id = p.file "
                        "WHERE f.collection = ? ORDER BY f.path, p.ordinal", (collection_id,)):
            yield _hit(row, 0.0)


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns
