"""The summary cache in the history: filed by document, gone with the summary's conversation."""

from __future__ import annotations

from pathlib import Path

from assistant.core.documents.loaders import document_from_text
from assistant.core.documents.summarize import Style, Summarizer, document_key
from assistant.core.history.store import HistoryStore, Role
from assistant.core.history.summary_cache import StoredCache
from tests.documents import report_pages
from tests.ui.fakes import FakeEngine

KEY = "3b" * 32


def test_a_summary_opened_as_a_conversation_takes_its_cached_calls_when_deleted(
        tmp_path: Path) -> None:
    # The fake engine counts a word as a token: the report takes several parts in 4096.
    engine = FakeEngine(reply="A short summary.")
    engine.load(tmp_path / "fake.gguf")
    report = document_from_text("\n\n".join(report_pages(6, words=900, seed=5)), "Clinic")
    other = document_from_text(report_pages(1, words=50, seed=6)[0], "Garden plan")
    with HistoryStore.open(tmp_path / "history.db", KEY) as store:
        cache = StoredCache(store)
        summary = Summarizer(engine, cache).summarize(report, style=Style.BRIEF)
        points = Summarizer(engine, cache).summarize(report, style=Style.POINTS)
        Summarizer(engine, cache).summarize(other, style=Style.BRIEF)
        assert summary.chunks > 1
        assert summary.document == points.document == document_key(report)
        # The parts are shared by both styles; each style has its own final call.
        assert store.count_cached_summaries(summary.document) == summary.calls + 1
        # Saved as the window saves it: the summary's details ride in the reply's stats.
        conversation = store.create_conversation(title="Summary of “Clinic report”")
        store.add_message(conversation.id, Role.USER, "Summarize “Clinic report”.")
        details = {k: v for k, v in summary.as_dict().items() if k != "summary"}
        store.add_message(conversation.id, Role.ASSISTANT, summary.text,
                          stats={"summary": details})

        store.delete_conversation(conversation.id)

        assert store.count_cached_summaries(summary.document) == 0
        assert store.count_cached_summaries(document_key(other)) == 1
        assert store.count_cached_summaries() == 1
