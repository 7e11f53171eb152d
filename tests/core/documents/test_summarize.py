"""Summarizing documents with the real starter model: one pass, map-reduce, cancel and resume.

The model is loaded with the smallest context the summarizer accepts, so a document of a few
hundred tokens already takes the map-reduce path and every model call stays short. A thin
wrapper around the real engine records each call, so tests can check what the model was asked
to read and that it always had room for its whole answer.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.core.documents.loaders import (
    Document,
    DocumentError,
    document_from_text,
    load_document,
)
from assistant.core.documents.summarize import (
    MIN_CONTEXT,
    Progress,
    Style,
    Summarizer,
    Summary,
    SummaryCancelled,
    SummaryError,
    follow_up_prompt,
)
from assistant.core.history.store import HistoryStore
from assistant.core.history.summary_cache import MemoryCache, StoredCache, SummaryCache
from assistant.core.llm.engine import Engine
from assistant.core.llm.messages import ChatMessage, GenerationParams, ReplyStats, StopReason
from assistant.core.llm.protocol import ChatStream
from tests.documents import make_docx, make_pdf, report_pages
from tests.engines import EngineWrapper

KEY = "5a" * 32
PORTUGUESE = (
    "A reunião do conselho aconteceu na terça-feira, no escritório do Porto. A diretora "
    "financeira apresentou o orçamento de 2024: as despesas com transporte subiram doze por "
    "cento, porque o preço do combustível aumentou. O conselho decidiu renovar os contratos "
    "com dois fornecedores e adiar a compra de novos caminhões até setembro. A equipe de "
    "logística vai preparar um plano para reduzir os atrasos nas entregas.")
RUSSIAN = (
    "Совет директоров собрался во вторник в московском офисе. Финансовый директор представил "
    "бюджет на следующий год: расходы на доставку выросли на двенадцать процентов из-за цен на "
    "топливо. Совет решил продлить договоры с двумя поставщиками и отложить покупку новых "
    "грузовиков до сентября. Отдел логистики подготовит план, как сократить задержки.")


@pytest.fixture(scope="module")
def engine(starter_model: Path) -> Iterator[Engine]:
    """The starter model with the smallest context a summary may use."""
    loaded = Engine()
    loaded.load(starter_model, n_ctx=MIN_CONTEXT)
    yield loaded
    loaded.unload()


@dataclass(frozen=True)
class Call:
    """One model call: what it read and how long its answer may be."""

    messages: tuple[ChatMessage, ...]
    prompt_tokens: int
    max_tokens: int


class FirstPieceStream:
    """A real reply stream that sets ``event`` as soon as the model has written something."""

    def __init__(self, stream: ChatStream, event: threading.Event) -> None:
        self._stream = stream
        self._event = event
        self.stats: ReplyStats | None = None

    def __iter__(self) -> Iterator[str]:
        try:
            for piece in self._stream:
                self._event.set()
                yield piece
        finally:
            self.stats = self._stream.stats

    def cancel(self) -> None:
        self._stream.cancel()


class Recorder(EngineWrapper):
    """The real engine, recording every model call the summarizer starts."""

    def __init__(self, engine: Engine, *, cancel_on_first_piece: threading.Event | None = None
                 ) -> None:
        super().__init__(engine)
        self.calls: list[Call] = []
        self.streams: list[ChatStream] = []
        self._cancel_on_first_piece = cancel_on_first_piece

    def chat(self, messages: Sequence[ChatMessage], params: GenerationParams | None = None, *,
             cancel: threading.Event | None = None, keep_warm: bool = True) -> ChatStream:
        assert params is not None
        self.calls.append(Call(tuple(messages), len(self.engine.prompt_tokens(messages)),
                               params.max_tokens))
        stream: ChatStream = self.engine.chat(messages, params, cancel=cancel)
        self.streams.append(stream)
        if self._cancel_on_first_piece is not None:
            return FirstPieceStream(stream, self._cancel_on_first_piece)
        return stream

    def check_room(self) -> None:
        """Every call left room in the context for its whole answer."""
        for call in self.calls:
            assert call.prompt_tokens + call.max_tokens <= self.n_ctx, call


def short_document(text: str | None = None, title: str = "Weekly note") -> Document:
    return document_from_text(text or report_pages(1, words=60, seed=3)[0], title)


def pdf_document(tmp_path: Path, pages: int, *, seed: int = 0, words: int = 140) -> Document:
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(report_pages(pages, seed=seed, words=words)))
    return load_document(path)


def check_progress(events: list[Progress], summary_calls: int) -> None:
    """One event per call, counting up to the total, which is never below what is done."""
    assert [event.done for event in events] == list(range(1, summary_calls + 1))
    assert all(event.total >= event.done for event in events)
    assert events[-1].total == events[-1].done


# --- one pass ------------------------------------------------------------------------------


@pytest.mark.parametrize("style", list(Style))
def test_a_short_document_is_summarized_in_one_pass(engine: Engine, style: Style) -> None:
    recorder = Recorder(engine)
    document = short_document()
    events: list[Progress] = []

    summary = Summarizer(recorder).summarize(document, style=style, progress=events.append)

    assert summary.text.strip()
    assert summary.style is style
    assert (summary.chunks, summary.rounds, summary.parts) == (1, 0, ())
    assert summary.calls == 1
    assert summary.cached_calls == 0
    assert summary.language == "en"
    assert summary.title == "Weekly note"
    assert summary.grounding == document.text  # short: follow-up questions see it whole
    assert summary.completion_tokens > 0
    assert summary.prompt_tokens > 0
    assert document.text in recorder.calls[0].messages[-1].content
    recorder.check_room()
    check_progress(events, 1)
    assert events[0].eta_seconds is not None
    assert not events[0].combining
    assert json.loads(json.dumps(summary.as_dict()))["summary"] == summary.text


# --- map-reduce ----------------------------------------------------------------------------


def test_a_multi_page_pdf_is_summarized_in_parts_labelled_with_pages(
        engine: Engine, tmp_path: Path) -> None:
    document = pdf_document(tmp_path, 3)
    assert [s.page for s in document.sections] == [1, 2, 3]
    assert engine.count_tokens(document.text) > engine.n_ctx  # no single pass can read it
    recorder = Recorder(engine)
    events: list[Progress] = []

    summary = Summarizer(recorder).summarize(document, progress=events.append)

    assert summary.text.strip()
    assert summary.chunks > 1
    assert summary.rounds >= 1
    assert len(summary.parts) == summary.chunks
    assert all(part.text.strip() for part in summary.parts)
    # The parts follow the document, each labelled with the pages it covers.
    covered = [page for part in summary.parts for page in part.pages]
    assert sorted(set(covered)) == [1, 2, 3]
    assert covered == sorted(covered)
    for part in summary.parts:
        assert part.pages
        if len(set(part.pages)) == 1:
            assert part.label == f"page {part.pages[0]}"
        else:
            assert part.label == f"pages {min(part.pages)}\u2013{max(part.pages)}"
    assert summary.grounding is None  # too long: follow-ups get the summary instead
    assert summary.calls == len(events) >= summary.chunks + summary.rounds
    assert len(recorder.calls) >= summary.calls
    recorder.check_room()
    check_progress(events, summary.calls)
    assert [e.combining for e in events] == \
        [False] * summary.chunks + [True] * (summary.calls - summary.chunks)
    # Every word of the document reached the model, in order, in the chunk prompts.
    chunk_prompts = "\n".join(call.messages[-1].content for call in
                              recorder.calls[:summary.chunks])
    assert all(word in chunk_prompts for word in document.text.split())


def test_a_word_document_is_summarized_in_parts_labelled_with_sections(
        engine: Engine, tmp_path: Path) -> None:
    path = make_docx(tmp_path / "minutes.docx", report_pages(2, seed=5, words=140))
    document = load_document(path)
    assert document.title == "Operations report"
    recorder = Recorder(engine)

    summary = Summarizer(recorder).summarize(document, style=Style.POINTS)

    assert summary.text.strip()
    assert summary.chunks > 1
    assert summary.rounds >= 1
    assert len(summary.parts) == summary.chunks
    labels = [part.label for part in summary.parts]
    assert labels[0].startswith("section \u201c1. Review of")
    assert "section \u201c2. Review of" in " ".join(labels)
    assert labels[-1].endswith("table 1")
    assert all(part.pages == () for part in summary.parts)
    recorder.check_room()


def test_a_long_heading_never_takes_the_room_of_a_part_summary(
        engine: Engine, tmp_path: Path) -> None:
    heading = ("Quarterly review of the northern warehouse, the delivery fleet, the billing "
               "system, the cold-storage units and the supplier contracts, with every decision "
               "the board took and the reasons it gave for each of them")
    assert len(heading) > 200
    body = "\n\n".join(report_pages(1, seed=21, words=300)[0].split("\n\n")[1:])
    path = tmp_path / "review.md"
    path.write_text(f"# {heading}\n\n{body}\n", encoding="utf-8")
    document = load_document(path)
    recorder = Recorder(engine)

    summary = Summarizer(recorder).summarize(document)

    assert summary.chunks > 1
    recorder.check_room()  # each part summary may be as long as it was asked to be
    assert {part.label for part in summary.parts} == {f"section \u201c{heading}\u201d"}
    # The label in the prompt is the start of the heading, not all of it.
    first_prompt = recorder.calls[0].messages[-1].content
    assert f"(section \u201c{heading[:60]}" in first_prompt
    assert f"(section \u201c{heading}\u201d)" not in first_prompt


def test_an_unbroken_run_of_text_is_cut_to_fit(engine: Engine) -> None:
    words = ("international", "responsibility", "administration", "communication",
             "environmental", "organization", "development", "understanding")
    text = "".join(words[(i * 7 + i // 5) % len(words)] for i in range(2000))[:20_000]
    assert len(text) == 20_000
    assert not any(ch.isspace() for ch in text)
    assert engine.count_tokens(text) > 3 * engine.n_ctx
    document = document_from_text(text, "blob")
    recorder = Recorder(engine)

    summary = Summarizer(recorder).summarize(document)

    assert summary.text.strip()
    assert summary.chunks >= 4
    recorder.check_room()
    # The chunks hold the whole run, in order, each piece once.
    pieces = [call.messages[-1].content.split("<text>\n", 1)[1].split("\n</text>", 1)[0]
              for call in recorder.calls[:summary.chunks]]
    assert "".join(piece.replace("\n", "") for piece in pieces) == text


# --- cancel and resume ---------------------------------------------------------------------


def test_cancel_while_the_model_writes_stops_within_a_token(engine: Engine) -> None:
    cancel = threading.Event()
    recorder = Recorder(engine, cancel_on_first_piece=cancel)
    cache = MemoryCache()

    with pytest.raises(SummaryCancelled, match="cancelled"):
        Summarizer(recorder, cache).summarize(short_document(), cancel=cancel)

    assert len(recorder.calls) == 1
    stats = recorder.streams[0].stats
    assert stats is not None
    assert stats.stop_reason is StopReason.CANCELLED
    assert stats.completion_tokens <= 2
    assert cache.entries == {}  # half an answer is never kept


def test_cancel_before_starting_calls_nothing(engine: Engine) -> None:
    cancel = threading.Event()
    cancel.set()
    recorder = Recorder(engine)
    with pytest.raises(SummaryCancelled):
        Summarizer(recorder).summarize(short_document(), cancel=cancel)
    assert recorder.calls == []


@pytest.mark.parametrize("kind", ["memory", "history"])
def test_a_cancelled_summary_resumes_from_its_finished_parts(
        engine: Engine, tmp_path: Path, kind: str) -> None:
    document = pdf_document(tmp_path, 2, seed=11)
    store = HistoryStore.open(tmp_path / "history.db", KEY) if kind == "history" else None
    cache: SummaryCache = StoredCache(store) if store is not None else MemoryCache()

    # Cancel as soon as the first part is summarized.
    cancel = threading.Event()
    recorder = Recorder(engine)
    done_before_cancel: list[int] = []
    calls_at_cancel: list[int] = []

    def stop_after_first_part(progress: Progress) -> None:
        done_before_cancel.append(progress.done)
        if progress.done == 1:
            calls_at_cancel.append(len(recorder.calls))
            cancel.set()

    with pytest.raises(SummaryCancelled):
        Summarizer(recorder, cache).summarize(document, progress=stop_after_first_part,
                                              cancel=cancel)
    assert done_before_cancel == [1]
    first_part = recorder.calls[0].messages
    assert len(recorder.calls) - calls_at_cancel[0] <= 1  # at most one more call started

    if store is not None:  # the app was closed and opened again
        store.close()
        store = HistoryStore.open(tmp_path / "history.db", KEY)
        cache = StoredCache(store)

    # Started again, the finished part comes from the cache; the rest is computed.
    recorder = Recorder(engine)
    resumed = Summarizer(recorder, cache).summarize(document)
    assert resumed.text.strip()
    assert resumed.chunks > 1
    assert resumed.cached_calls == done_before_cancel[-1]
    assert len(recorder.calls) >= resumed.calls - resumed.cached_calls
    assert all(call.messages != first_part for call in recorder.calls)
    recorder.check_room()

    # The same summary again is all cached: the model is not called at all.
    recorder = Recorder(engine)
    events: list[Progress] = []
    again = Summarizer(recorder, cache).summarize(document, progress=events.append)
    assert recorder.calls == []
    assert again.cached_calls == again.calls == resumed.calls
    assert again.text == resumed.text
    assert again.parts == resumed.parts
    assert again.completion_tokens == 0
    assert [e.done for e in events] == list(range(1, again.calls + 1))
    assert all(e.eta_seconds is None for e in events)  # nothing was computed to time
    if store is not None:
        store.close()


def test_another_style_is_not_taken_from_the_cache(engine: Engine) -> None:
    cache = MemoryCache()
    document = short_document(report_pages(1, words=40, seed=8)[0])
    first = Summarizer(Recorder(engine), cache).summarize(document, style=Style.BRIEF)
    recorder = Recorder(engine)
    other = Summarizer(recorder, cache).summarize(document, style=Style.POINTS)
    assert first.cached_calls == other.cached_calls == 0
    assert len(recorder.calls) >= 1
    assert len(cache.entries) == 2


# --- language ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "asked", "code", "name"), [
    (RUSSIAN, None, "ru", "Russian"),
    (PORTUGUESE, None, "pt", "Portuguese"),
    (PORTUGUESE, "pt-br", "pt_BR", "Brazilian Portuguese"),
    (RUSSIAN, "en", "en", "English"),
], ids=["russian", "portuguese", "brazilian", "russian-in-english"])
def test_the_summary_is_written_in_the_documents_language_or_the_one_asked(
        engine: Engine, text: str, asked: str | None, code: str, name: str) -> None:
    recorder = Recorder(engine)
    summary = Summarizer(recorder).summarize(document_from_text(text, "ata"), language=asked)
    assert summary.text.strip()
    assert summary.language == code
    assert f"Write it in {name}" in recorder.calls[-1].messages[-1].content


def test_text_in_no_clear_language_is_summarized_in_english(engine: Engine) -> None:
    recorder = Recorder(engine)
    summary = Summarizer(recorder).summarize(document_from_text(
        "Q1 12,400 / Q2 13,950 / Q3 9,870 / Q4 15,020 = 51,240 EUR", "figures"))
    assert summary.language == "en"
    assert "Write it in English" in recorder.calls[-1].messages[-1].content


# --- refusals ------------------------------------------------------------------------------


def test_too_small_a_context_is_refused_plainly(starter_model: Path) -> None:
    small = Engine()
    small.load(starter_model, n_ctx=256)
    try:
        recorder = Recorder(small)
        with pytest.raises(SummaryError, match="too small") as caught:
            Summarizer(recorder).summarize(short_document())
    finally:
        small.unload()
    assert "256" in caught.value.message
    assert str(MIN_CONTEXT) in caught.value.message
    assert recorder.calls == []


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n", "\r\n \r\n"])
def test_blank_text_is_not_a_document(text: str) -> None:
    with pytest.raises(DocumentError, match="has no text") as caught:
        document_from_text(text, "Pasted text")
    assert "Pasted text" in caught.value.message


def test_pasted_text_becomes_a_document_in_paragraph_sections() -> None:
    text = "First paragraph.\r\n\r\nSecond one,\r\nover two lines."
    document = document_from_text(text, "Pasted text")
    assert document.kind == "text"
    assert document.title == "Pasted text"
    assert document.text == "First paragraph.\n\nSecond one,\nover two lines."
    assert [s.label for s in document.sections] == ["paragraphs 1\u20132"]
    assert document.sha256 == document_from_text(text, "Other title").sha256
    assert document.sha256 != document_from_text(text + "!", "Pasted text").sha256


# --- follow-up questions -------------------------------------------------------------------


def _finished(grounding: str | None) -> Summary:
    return Summary(title="Minutes", text="The board renewed two contracts.", style=Style.BRIEF,
                   language="en", parts=(), chunks=1, rounds=0, calls=1, cached_calls=0,
                   prompt_tokens=10, completion_tokens=5, seconds=0.1, grounding=grounding)


def test_follow_up_questions_see_a_short_document_whole() -> None:
    prompt = follow_up_prompt("Be brief.", _finished("Full text of the minutes."))
    assert prompt.startswith("Be brief.\n\n")
    assert "Full text of the minutes." in prompt
    assert "The board renewed" not in prompt


def test_follow_up_questions_on_a_long_document_see_its_summary() -> None:
    prompt = follow_up_prompt(None, _finished(None))
    assert "The board renewed two contracts." in prompt
    assert "\u201cMinutes\u201d" in prompt or '"Minutes"' in prompt
