"""``pequeno ask`` and ``pequeno collections``, run as a user runs them, on the real starter model.

The document is a generated 40-page report (some 17,000 tokens, far more than the 2,048-token
context) with one fact planted on page 23. What is asserted is where the answer's sources are,
never the small model's prose.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from assistant.core.conversation.documents import CITATIONS_KEY, SOURCES_KEY, stored_citations
from assistant.core.history.store import HistoryStore, Role, auto_title
from assistant.core.paths import resolve_paths
from assistant.core.settings import Settings, save_settings
from tests.cli.test_main import CLEAR, TITLE, in_terminal
from tests.documents import make_pdf, report_pages

FACT = "The emergency generator at the Tampere plant is tested every second Thursday by " \
       "Marta Kowalski."
FACT_PAGE = 23
QUESTION = "Who tests the emergency generator?"
UNRELATED = "Who won the 1998 World Cup in football?"


def _pequeno(*args: str | Path, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout, check=False)


def _ask(model: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return _pequeno("ask", *args, "--model", model, "--context", "2048", "--max-tokens", "48",
                    "--temperature", "0")


def _record(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    record: dict[str, Any] = json.loads(result.stdout)
    return record


def _store() -> HistoryStore:
    store, _ = HistoryStore.open_default(resolve_paths(None).ensure())
    return store


@pytest.fixture(autouse=True)
def one_thread(isolated_home: Path) -> None:
    """One llama.cpp thread: the test machine is shared (see tests/cli/test_summarize.py)."""
    save_settings(Settings(n_threads=1), resolve_paths().settings_file)


@pytest.fixture
def report(tmp_path: Path) -> Path:
    pages: list[str | None] = [*report_pages(40, seed=3)]
    pages[FACT_PAGE - 1] = f"{pages[FACT_PAGE - 1]}\n\n{FACT}"
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(pages))
    return path


def test_a_fact_on_one_page_of_a_long_document_is_answered_from_that_page(
        report: Path, starter_model: Path) -> None:
    result = _ask(starter_model, report, QUESTION, "--json")

    record = _record(result)
    assert "Indexing \u201creport.pdf\u201d" in result.stderr
    assert "Indexed \u201creport.pdf\u201d" in result.stderr
    passages = record["passages"]
    assert passages[0]["page"] == FACT_PAGE
    assert passages[0]["label"] == f"p. {FACT_PAGE}"
    assert FACT in passages[0]["text"]
    assert Path(passages[0]["file"]) == report.resolve()
    assert record["answer"].strip()
    numbers = {p["number"]: p for p in passages}
    for citation in record["citations"]:  # whatever the model cites points to a passage read
        assert numbers[citation["number"]]["page"] == citation["page"]
    # Kept in the history: titled by the question, the sources with the reply.
    with _store() as store:
        conversation = store.conversation(record["conversation"])
        messages = store.messages(conversation.id)
    assert conversation.title == auto_title(QUESTION)
    assert [m.role for m in messages] == [Role.USER, Role.ASSISTANT]
    assert messages[0].content == QUESTION
    assert messages[1].content == record["answer"]
    assert stored_citations(messages[1].stats, SOURCES_KEY)[0].page == FACT_PAGE
    assert [c.as_dict() for c in stored_citations(messages[1].stats)] == record["citations"]


def test_the_answer_streams_then_names_its_sources_and_the_index_is_reused(
        report: Path, starter_model: Path) -> None:
    assert _pequeno("collections", "add", report).returncode == 0

    result = _ask(starter_model, "report.pdf", QUESTION)  # the collection, by name

    assert result.returncode == 0, result.stderr
    assert "Indexing" not in result.stderr
    answer, _, sources = result.stdout.rstrip("\n").rpartition("\n")
    assert answer.strip()
    assert sources.startswith(("Sources: [", "Passages read (none cited): ["))
    assert f"p. {FACT_PAGE} \u2014 report.pdf" in sources
    assert "pequeno chat --conversation" in result.stderr


def test_nothing_found_is_said_without_the_model(report: Path, starter_model: Path) -> None:
    result = _ask(starter_model, report, UNRELATED, "--json")

    record = _record(result)
    assert record["answer"] == "I found nothing about this in report.pdf."
    assert record["citations"] == []
    assert record["passages"] == []
    with _store() as store:
        reply = store.messages(record["conversation"])[-1]
    assert reply.content == record["answer"]
    assert reply.model is None  # no model wrote it
    assert reply.stats == {CITATIONS_KEY: []}


def test_the_json_answer_has_its_documented_shape(report: Path, starter_model: Path) -> None:
    record = _record(_ask(starter_model, report, "When is the generator at Tampere tested?",
                          "--json"))

    assert set(record) == {"answer", "citations", "passages", "collection", "conversation"}
    assert isinstance(record["answer"], str)
    assert record["collection"]["name"] == "report.pdf"
    assert record["passages"]
    for number, passage in enumerate(record["passages"], 1):
        assert set(passage) == {"number", "text", "file", "page", "section", "label", "score"}
        assert passage["number"] == number
        assert isinstance(passage["score"], float)
    for citation in record["citations"]:
        assert set(citation) == {"number", "passage_id", "label", "file", "page"}


def test_a_follow_up_in_the_chat_is_answered_from_the_same_documents(
        report: Path, starter_model: Path) -> None:
    record = _record(_ask(starter_model, report, QUESTION, "--json"))

    result = _pequeno("chat", "--conversation", str(record["conversation"]),
                      "And how often is the generator tested?", "--model", starter_model,
                      "--context", "2048", "--max-tokens", "24", "--temperature", "0")

    assert result.returncode == 0, result.stderr
    with _store() as store:
        reply = store.messages(record["conversation"])[-1]
    assert reply.role is Role.ASSISTANT
    assert reply.content.strip()
    assert FACT_PAGE in [c.page for c in stored_citations(reply.stats, SOURCES_KEY)]


def test_collections_are_added_listed_and_removed(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    (folder / "deep").mkdir(parents=True)
    (folder / "plan.md").write_text("# Plan\n\nThe depot opens on Monday.\n", encoding="utf-8")
    (folder / "deep" / "minutes.txt").write_text("The audit found three issues.\n",
                                                 encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really")

    added = _pequeno("collections", "add", folder)

    assert added.returncode == 0, added.stderr
    assert "Traceback" not in added.stderr
    assert "notes" in added.stdout
    assert "Skipped" in added.stderr
    assert "broken.pdf" in added.stderr
    listed = json.loads(_pequeno("collections", "list", "--json").stdout)
    assert [(c["name"], c["kind"], c["files"]) for c in listed] == [("notes", "folder", 2)]
    assert listed[0]["passages"] >= 2
    plain = _pequeno("collections", "list")
    assert plain.stdout.split()[:2] == [str(listed[0]["id"]), "notes"]

    removed = _pequeno("collections", "remove", str(listed[0]["id"]))

    assert removed.returncode == 0, removed.stderr
    assert "Removed the collection \u201cnotes\u201d" in removed.stdout
    assert json.loads(_pequeno("collections", "list", "--json").stdout) == []
    empty = _pequeno("collections", "list")
    assert empty.stdout == ""
    assert "pequeno collections add PATH" in empty.stderr


def test_a_collection_can_be_named_and_asked_by_that_name(tmp_path: Path,
                                                          starter_model: Path) -> None:
    notes = tmp_path / "n1"
    notes.mkdir()
    (notes / "plan.md").write_text("# Plan\n\nThe depot opens on Monday.\n", encoding="utf-8")

    added = _pequeno("collections", "add", notes, "--name", "  Depot   plans ")

    assert added.returncode == 0, added.stderr
    listed = json.loads(_pequeno("collections", "list", "--json").stdout)
    assert [c["name"] for c in listed] == ["Depot plans"]
    asked = _record(_ask(starter_model, "Depot plans", "When does the depot open?", "--json"))
    assert asked["passages"][0]["file"].endswith("plan.md")


def test_a_documents_name_and_text_cannot_drive_the_terminal(tmp_path: Path) -> None:
    hostile = tmp_path / f"{TITLE}notes.md"
    hostile.write_text(f"# Plan {CLEAR}\n\nThe depot opens on Monday.{TITLE}\n",
                       encoding="utf-8")

    code, screen = in_terminal("collections", "add", hostile)
    listed_code, listed = in_terminal("collections", "list")

    assert (code, listed_code) == (0, 0), screen + listed
    assert b"Indexing \xe2\x80\x9c\xe2\x90\x9b]0;pwned" in screen  # ESC shown as U+241B
    for output in (screen, listed):
        assert b"notes.md" in output
        assert b"\x1b" not in output
        assert b"\x07" not in output


@pytest.mark.parametrize(("args", "message"), [
    (("ask", "missing.pdf", "Why?"),
     "There is no file, folder or collection \u201cmissing.pdf\u201d"),
    (("ask", "{bad}", "Why?"), "\u201cbad.pdf\u201d is damaged or not a PDF file"),
    (("collections", "add", "{bad}"), "\u201cbad.pdf\u201d is damaged or not a PDF file"),
    (("collections", "add", "missing"), "There is no file or folder \u201cmissing\u201d"),
    (("collections", "remove", "nothing"), "There is no collection \u201cnothing\u201d"),
])
def test_bad_input_is_one_clear_line_and_an_error_code(tmp_path: Path, args: tuple[str, ...],
                                                       message: str) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage, no objects")

    result = _pequeno(*(arg.format(bad=bad) for arg in args))

    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert f"pequeno: error: {message}" in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2  # (the first run's keyring notice)


def test_a_question_without_its_arguments_is_a_usage_error() -> None:
    result = _pequeno("ask", "report.pdf")

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "question" in result.stderr
