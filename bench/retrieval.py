"""How quickly a long document is indexed and searched: a 300-page PDF in the encrypted history.

Writes a PDF of generated report prose (``tests/documents.py``: names, places, sums, decisions,
about 330 words a page) into a temporary folder, indexes it into a fresh encrypted history
and prints: the indexing time (reading the PDF, cutting passages, stemming, writing), the
growth of the database file, the time to find out that nothing changed and to index the file
again after a change, then the median and the slowest of ~50 questions (after one warm-up),
against the 50 ms target, and the time to remove the collection.

    .venv/bin/python bench/retrieval.py [--pages N] [--questions N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.core.documents.loaders import load_document
from assistant.core.documents.passages import split_passages
from assistant.core.history.collections import DocumentIndex
from assistant.core.history.store import HistoryStore
from tests.documents import make_pdf, report_pages

SEED = 20250301
TARGET_MS = 50.0

# Questions a reader of the report might ask: its own names and subjects, in other words.
PEOPLE = ("Maria Okafor", "Jonas Lindqvist", "Priya Raman", "Tomas Novak", "Aiko Tanaka",
          "Samuel Adeyemi", "Lucia Ferreira", "Henrik Dahl", "Fatima Zahra", "Oliver Grant")
SUBJECTS = ("delivery fleet", "billing system", "cold-storage units", "supplier contracts",
            "loading schedule", "training programme", "maintenance budget",
            "inventory software", "packaging line", "night shift rota")
PLACES = ("Porto depot", "northern warehouse", "Leeds office", "harbour site",
          "distribution centre", "Tampere plant", "riverside yard", "central laboratory")
QUESTIONS = (
    "What did {person} report about the {subject}?",
    "How much did the {subject} at the {place} cost?",
    "Why was the plan for the {place} changed?",
    "When is the next review of the {subject}?",
    "How many new people were hired for the {place}?",
    "Which issues did the audit of the {place} find?",
    "Who leads the review of the {subject}?",
    "Was the budget for the {subject} approved or postponed?",
    "How many customers were satisfied with the {subject}?",
    "What risk could delay the {subject}?",
)


def questions(count: int, rng: random.Random) -> list[str]:
    """``count`` questions about the report, from the templates above."""
    return [rng.choice(QUESTIONS).format(person=rng.choice(PEOPLE), subject=rng.choice(SUBJECTS),
                                         place=rng.choice(PLACES)) for _ in range(count)]


def database_size(path: Path) -> int:
    """The database and its journal on disk, in bytes."""
    return sum(candidate.stat().st_size for candidate in path.parent.iterdir()
               if candidate.name.startswith(path.name))


def checkpoint(store: HistoryStore) -> None:
    """Fold the journal into the file, so the file's size is the database's."""
    store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--questions", type=int, default=50)
    parser.add_argument("--keep", type=Path, help="write the files here and keep them")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="pequeno-retrieval-"))
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)

    pdf = folder / "report.pdf"
    pdf.write_bytes(make_pdf(report_pages(args.pages, seed=SEED)))
    words = sum(len(page.split()) for page in report_pages(args.pages, seed=SEED))
    print(f"document: {args.pages} pages, {words:,} words, PDF {pdf.stat().st_size / 1e6:.1f} MB")

    started = time.perf_counter()
    document = load_document(pdf)
    loaded = time.perf_counter()
    passages = split_passages(document)
    cut = time.perf_counter()
    print(f"  reading the PDF {loaded - started:.2f} s, cutting {len(passages)} passages "
          f"{cut - loaded:.2f} s (both again inside the indexing below)")

    path = folder / "history.db"
    with HistoryStore.open(path, secrets.token_hex(32)) as store:
        checkpoint(store)
        empty = database_size(path)
        index = DocumentIndex(store)
        started = time.perf_counter()
        report = index.index_file(pdf)
        indexing = time.perf_counter() - started
        checkpoint(store)
        growth = database_size(path) - empty
        collection = report.collection
        text_bytes = sum(len(p.text.encode()) for p in passages)
        print(f"indexing: {indexing:.2f} s ({indexing / args.pages * 1000:.1f} ms a page), "
              f"{collection.passages} passages")
        print(f"index size: {growth / 1e6:.2f} MB database growth "
              f"({growth / text_bytes:.1f}x the {text_bytes / 1e6:.2f} MB of passage text)")

        started = time.perf_counter()
        unchanged = index.index_file(pdf)
        print(f"indexing again, unchanged: {(time.perf_counter() - started) * 1000:.1f} ms "
              f"(unchanged={unchanged.unchanged})")
        stat = pdf.stat()
        os.utime(pdf, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        started = time.perf_counter()
        index.index_file(pdf)
        print(f"indexing again, changed: {time.perf_counter() - started:.2f} s "
              "(old passages deleted, index rebuilt without them)")

        asked = questions(args.questions, rng)
        index.search(collection.id, asked[0])  # warm-up: caches, stemmers
        times = []
        found = []
        for question in asked:
            started = time.perf_counter()
            hits = index.search(collection.id, question)
            times.append((time.perf_counter() - started) * 1000)
            found.append(len(hits))
        median, slowest = statistics.median(times), max(times)
        print(f"retrieval over {len(asked)} questions (8 hits each, {min(found)}-{max(found)} "
              f"returned): median {median:.1f} ms, max {slowest:.1f} ms; target {TARGET_MS:.0f} "
              f"ms: median at {median / TARGET_MS:.2f}x, max at {slowest / TARGET_MS:.2f}x "
              f"of it -> {'met' if slowest < TARGET_MS else 'MISSED'}")

        started = time.perf_counter()
        index.remove(collection.id)
        print(f"removing the collection: {time.perf_counter() - started:.2f} s")
    if args.keep is None:
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
