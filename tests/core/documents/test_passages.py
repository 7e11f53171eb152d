"""Cutting documents into passages: sizes, boundaries, labels, and text that is not prose."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.core.documents.loaders import Document, Section, load_document
from assistant.core.documents.passages import (
    MAX_PASSAGE_CHARS,
    Passage,
    page_label,
    split_passages,
    words,
)
from assistant.core.documents.search_terms import passage_terms, question_query
from assistant.core.i18n import install_translator
from tests.documents import make_pdf, report_pages


def _document(sections: list[Section], kind: str = "markdown") -> Document:
    return Document(path=Path(f"doc.{kind}"), kind=kind, title="doc",
                    sections=tuple(sections), encoding="utf-8")


def _squash(text: str) -> str:
    return "".join(text.split())


def test_a_pdf_is_cut_within_its_pages_and_cited_by_page(tmp_path: Path) -> None:
    pages = report_pages(5, seed=1)
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(pages))

    passages = split_passages(load_document(path))

    assert {passage.page for passage in passages} == {1, 2, 3, 4, 5}
    for passage in passages:
        assert passage.label == f"p. {passage.page}"
        assert passage.section is None
        # Never across a page: every passage lies inside its own page's text.
        assert passage.page is not None
        assert _squash(passage.text) in _squash(pages[passage.page - 1])
    # The lines a PDF breaks a sentence into are joined again.
    assert all("\n" not in paragraph for passage in passages
               for paragraph in passage.text.split("\n\n"))
    assert [passage.ordinal for passage in passages] == list(range(len(passages)))


def test_passages_are_about_the_target_size_and_lose_no_text() -> None:
    text = "\n\n".join(report_pages(6, seed=2))
    document = _document([Section(text, "section “Report”", None)])

    passages = split_passages(document, target_words=110)

    sizes = [words(passage.text) for passage in passages]
    assert all(size <= 220 for size in sizes)
    assert sum(size >= 55 for size in sizes) >= len(sizes) - 1  # only the last may be short
    assert 80 <= sum(sizes) / len(sizes) <= 140
    assert _squash("".join(passage.text for passage in passages)) == _squash(text)


def test_sections_are_never_crossed_and_name_the_passages() -> None:
    document = _document([Section("Intro text. " * 30, "beginning", None),
                          Section("## 2.1 Scope\n\n" + "Scope words here. " * 100,
                                  "section “2.1 Scope”", None)])

    passages = split_passages(document, target_words=50)

    assert passages[0].label == passages[0].section == "beginning"
    assert "Scope" not in passages[0].text
    scoped = [passage for passage in passages if passage.section == "section “2.1 Scope”"]
    assert len(scoped) >= 5
    assert all("Intro" not in passage.text for passage in scoped)
    assert all(passage.page is None for passage in passages)


def test_plain_text_passages_are_cited_by_paragraph_as_the_loader_counts(
        tmp_path: Path) -> None:
    paragraphs = [f"Paragraph {n} says {' '.join(['something'] * 40)}." for n in range(1, 31)]
    path = tmp_path / "notes.txt"
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    document = load_document(path)
    assert len(document.sections) > 1  # the loader cut it in several sections

    passages = split_passages(document, target_words=100)

    for passage in passages:
        first, last = (int(n) for n in re.findall(r"\d+", passage.label)[:2]) \
            if "–" in passage.label else [int(passage.label.split()[-1])] * 2
        numbers = [int(n) for n in re.findall(r"Paragraph (\d+)", passage.text)]
        assert numbers == list(range(first, last + 1)), passage.label
        assert passage.section is None


def test_chinese_is_counted_by_character() -> None:
    sentence = "仓库屋顶漏水，损坏了三百箱纸张。"  # 16 characters, 8 "words"
    document = _document([Section(sentence * 100, "beginning", None)])

    passages = split_passages(document, target_words=110)

    lengths = [len(passage.text) for passage in passages]
    assert 150 <= max(lengths) <= 440
    assert all(passage.text.endswith("。") for passage in passages)  # cut between sentences
    assert "".join(passage.text for passage in passages) == sentence * 100


def test_text_without_spaces_or_sentences_is_still_cut() -> None:
    junk = "x" * 50_000 + " " + "é" * 10_000 + "\x00" + "y" * 3
    document = _document([Section(junk, "beginning", None)])

    passages = split_passages(document)

    assert all(0 < len(passage.text) <= MAX_PASSAGE_CHARS for passage in passages)
    assert all("\x00" not in passage.text for passage in passages)
    assert sum(passage.text.count("x") for passage in passages) == 50_000


def test_the_page_label_is_translated() -> None:
    def chinese(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return "第 {page} 页" if (context, text) == ("Passages", "p. {page}") else text

    install_translator(chinese)
    assert page_label(3) == "第 3 页"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(min_size=1, max_size=3000), min_size=1, max_size=4),
       st.integers(min_value=5, max_value=300))
def test_any_text_is_cut_without_loss_into_bounded_passages(texts: list[str],
                                                            target: int) -> None:
    sections = [Section(text, f"s{n}", None) for n, text in enumerate(texts) if text.strip()]
    if not sections:
        return
    passages = split_passages(_document(sections), target_words=target)

    for passage in passages:
        assert isinstance(passage, Passage)
        assert passage.text.strip()
        assert len(passage.text) <= MAX_PASSAGE_CHARS
        passage_terms(passage.text, "en")
    joined = _squash("".join(passage.text for passage in passages))
    assert joined == _squash("".join(s.text for s in sections)).replace("\x00", "")


@given(st.text(max_size=300))
def test_any_question_gives_a_query_or_none(question: str) -> None:
    query = question_query(question, ["en", "pt", "ru", "zh", None])
    assert query is None or query.startswith(("body", "terms"))
