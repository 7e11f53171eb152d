"""A document cut into passages of about a hundred words, each labelled for a citation.

Passages are what a question is answered from: small enough that a handful fit a small
model's context beside the question, long enough to hold a fact with its surroundings. A
passage never crosses a page or a section, and is cut between paragraphs, else between
sentences, else between words (a "word" of thousands of letters, such as binary junk read as
text, is cut too). Chinese and Japanese are counted by character, two to a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from assistant.core.documents.loaders import Document, Section
from assistant.core.i18n import translate

# No passage is longer than this many characters, whatever its words.
MAX_PASSAGE_CHARS = 2000

_CJK = ("\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
        "\uac00-\ud7af\uf900-\ufaff")
_CJK_CHAR = re.compile(f"[{_CJK}]")
# Chinese and Japanese characters and punctuation: written without spaces between sentences.
_SPACELESS = re.compile(f"[{_CJK}\u3000-\u303f\uff00-\uffef]")
_NOT_CJK_WORD = re.compile(f"[^\\s{_CJK}]+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# After a sentence's end: a space (most scripts) or nothing (Chinese and Japanese).
_SENTENCE_END = re.compile("(?<=[.!?\u2026])\\s+|(?<=[\u3002\uff01\uff1f\uff1b])\\s*")


@dataclass(frozen=True)
class Passage:
    """A piece of a document to answer questions from, and how to cite it.

    Attributes:
        text: The passage's text.
        label: The citation for people: "p. 3" for a page of a PDF, else the place the
            loader names ("section “2.1 Scope”", "paragraphs 4\u20139", "table 2"), translated.
        page: The 1-based page of a PDF; ``None`` for other kinds.
        section: The section the loader names, for documents without pages.
        ordinal: The passage's place in its document, from 0.

    """

    text: str
    label: str
    page: int | None
    section: str | None
    ordinal: int


def words(text: str) -> float:
    """How many words ``text`` holds, a CJK character counting as half a word."""
    return len(_NOT_CJK_WORD.findall(text)) + len(_CJK_CHAR.findall(text)) / 2


def page_label(page: int) -> str:
    """The citation of a PDF page: "p. 3"."""
    return translate("Passages", "p. {page}").format(page=page)


def _paragraphs_label(first: int, last: int) -> str:
    # The loader's labels, so the translations are shared.
    if first == last:
        return translate("Documents", "paragraph {number}").format(number=first)
    return translate("Documents", "paragraphs {first}\u2013{last}").format(first=first, last=last)


def split_passages(document: Document, *, target_words: int = 110) -> list[Passage]:
    """Cut ``document`` into passages of about ``target_words`` words, in order.

    A plain text document's passages are labelled by their paragraphs, counted from the start
    of the document as the loader counts them.
    """
    passages: list[Passage] = []
    paragraph = 0
    for section in document.sections:
        pieces = list(_section_pieces(section, document.kind == "pdf", target_words))
        for text, first, last in pieces:
            if not text.strip():  # a section of control characters only (NULs are dropped)
                continue
            if section.page is not None:
                label, name = page_label(section.page), None
            elif document.kind == "text":
                label, name = _paragraphs_label(paragraph + first, paragraph + last), None
            else:
                label, name = section.label, section.label
            passages.append(Passage(text=text, label=label, page=section.page, section=name,
                                    ordinal=len(passages)))
        paragraph += _paragraph_count(section.text)
    return passages


def _paragraphs(text: str, join_lines: bool) -> list[str]:
    parts = [part.strip() for part in _PARAGRAPH_BREAK.split(text)]
    if join_lines:
        # A PDF's lines end where the page's width ended them, not where the sentence did.
        parts = [" ".join(part.split()) for part in parts]
    return [part for part in parts if part]


def _paragraph_count(text: str) -> int:
    return len(_paragraphs(text, join_lines=False))


def _section_pieces(section: Section, join_lines: bool, target: int
                    ) -> Iterator[tuple[str, int, int]]:
    """A section's passages as (text, first paragraph, last paragraph), paragraphs from 1."""
    chunk: list[tuple[int, str]] = []
    size = 0.0
    for number, paragraph in enumerate(_paragraphs(section.text, join_lines), 1):
        for unit in _units(paragraph, target):
            unit_size = words(unit)
            full = size + unit_size > target and size >= target / 2
            too_long = size + unit_size > 2 * target or \
                len(_join(chunk)) + 2 + len(unit) > MAX_PASSAGE_CHARS
            if chunk and (full or too_long):
                yield _join(chunk), chunk[0][0], chunk[-1][0]
                chunk, size = [], 0.0
            chunk.append((number, unit))
            size += unit_size
    if chunk:
        yield _join(chunk), chunk[0][0], chunk[-1][0]


def _join(units: list[tuple[int, str]]) -> str:
    """Units of one paragraph glued as sentences, paragraphs apart by a blank line."""
    paragraphs: list[list[str]] = []
    previous = None
    for number, unit in units:
        if number != previous:
            paragraphs.append([])
            previous = number
        paragraphs[-1].append(unit)
    return "\n\n".join(_glue(sentences) for sentences in paragraphs).replace("\x00", "")


def _units(paragraph: str, target: int) -> Iterator[str]:
    """A paragraph, or its sentences when it is too long, or pieces of a too long sentence."""
    if words(paragraph) <= target and len(paragraph) <= MAX_PASSAGE_CHARS:
        yield paragraph
        return
    sentences = [part for part in _SENTENCE_END.split(paragraph) if part.strip()]
    pending: list[str] = []
    size = 0.0
    for sentence in sentences:
        for piece in _sentence_pieces(sentence, target):
            piece_size = words(piece)
            if pending and (size + piece_size > target
                            or sum(map(len, pending)) + len(piece) > MAX_PASSAGE_CHARS // 2):
                yield _glue(pending)
                pending, size = [], 0.0
            pending.append(piece)
            size += piece_size
    if pending:
        yield _glue(pending)


def _glue(sentences: list[str]) -> str:
    text = ""
    for sentence in sentences:
        if text and not (_SPACELESS.match(sentence[0]) and _SPACELESS.match(text[-1])):
            text += " "
        text += sentence
    return text


def _sentence_pieces(sentence: str, target: int) -> Iterator[str]:
    """A sentence, cut into pieces of ``target`` words (or characters) when it is longer."""
    if words(sentence) <= target and len(sentence) <= MAX_PASSAGE_CHARS // 2:
        yield sentence
        return
    limit = MAX_PASSAGE_CHARS // 2
    piece: list[str] = []
    size = 0.0
    length = 0
    for token in re.findall(f"[{_CJK}]|[^\\s{_CJK}]+", sentence):
        for part in (token[i:i + limit] for i in range(0, len(token), limit)):
            part_size = words(part) or 1.0
            if piece and (size + part_size > target or length + len(part) > limit):
                yield _glue(piece)
                piece, size, length = [], 0.0, 0
            piece.append(part)
            size += part_size
            length += len(part) + 1
    if piece:
        yield _glue(piece)
