"""Questions about documents: a conversation attached to a collection, its sources, citations.

A conversation attached to a collection (:func:`attach`, kept in its settings under
:data:`SETTINGS_KEY`) is answered from the collection's passages: before each reply the service
retrieves the passages that best match the newest question, and :func:`sources_prompt` numbers
as many of them as fit a token budget inside the system prompt, with instructions to answer
only from them and to cite them as ``[n]``. After the reply, :func:`citations` reads which
sources it cited; they are kept with the reply (its stats, under :data:`CITATIONS_KEY`) so a
reopened conversation can show them (:func:`stored_citations`).

Passage text comes from files and is treated as hostile: it is put on one line, so it cannot
start a source of its own, its bracketed numbers are turned into parentheses, so the model
cannot copy a false citation from it, and chat-template markers (``<|im_end|>``) are broken up.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeGuard

from assistant.core.history.store import Conversation, HistoryStore
from assistant.core.llm.protocol import Tokenizer

SETTINGS_KEY = "collection"
CITATIONS_KEY = "citations"
SOURCES_KEY = "sources"
# The passages retrieved for a question; as many of them as fit the budget are given.
SEARCH_LIMIT = 8
# The most of the prompt's budget the sources take: the conversation keeps the rest.
SOURCES_SHARE = 0.7
# Below this many tokens no passage is worth giving (even the best one, cut short).
MIN_SOURCE_TOKENS = 48
# Hits scoring less than this share of the best one are left out: they match only the
# question's common words, and a small model follows any passage it is given.
RELATIVE_SCORE = 0.25

INSTRUCTIONS = (
    "Answer the user's question using only the numbered sources below, passages from "
    "{name}. After each fact, cite the source it comes from by its number in square "
    "brackets, like [1]. If the sources do not answer the question, say that {name} does "
    "not say. Answer in the language of the question.\n\nSources:")

_CITATION = re.compile(r"\[\s*(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\s*\]")
_BRACKETED_NUMBER = re.compile(r"\[(\s*\d[\d\s,;\-\u2013]*)\]")
_WHITESPACE = re.compile(r"\s+")


class Hit(Protocol):
    """A retrieved passage, as the collection index returns it (best first)."""

    @property
    def passage_id(self) -> int:
        """The passage's stored id."""

    @property
    def text(self) -> str:
        """The passage's text."""

    @property
    def file(self) -> Path:
        """The document it is from."""

    @property
    def label(self) -> str:
        """How to cite it: ``p. 3``, ``§ 2.1 Title``."""

    @property
    def page(self) -> int | None:
        """Its PDF page, if it has one."""

    @property
    def section(self) -> str | None:
        """Its section, in a document without pages."""

    @property
    def score(self) -> float:
        """How well it matches (higher is better)."""

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready values: text, file, page, section, label, score."""


class NamedCollection(Protocol):
    """A collection, as far as a conversation needs it."""

    @property
    def name(self) -> str:
        """What the user calls it (a file's or a folder's name)."""


class Retriever(Protocol):
    """Finds a collection's passages (the history's ``DocumentIndex``)."""

    def get(self, collection_id: int) -> NamedCollection:
        """The collection; raises ``PequenoError`` when there is no such collection."""

    def search(self, collection_id: int, question: str, *, limit: int = SEARCH_LIMIT
               ) -> Sequence[Hit]:
        """The passages best matching ``question``, best first."""


@dataclass(frozen=True)
class Citation:
    """A source a reply cites as ``[number]``.

    Attributes:
        number: The ``n`` of ``[n]`` in the reply.
        passage_id: The passage's stored id (the collection index's ``passage``).
        label: How it is cited: ``p. 3``, ``§ 2.1 Title``.
        file: The document it is from.
        page: Its PDF page, if it has one.

    """

    number: int
    passage_id: int
    label: str
    file: Path
    page: int | None

    @classmethod
    def of(cls, number: int, hit: Hit) -> Citation:
        """``hit`` cited as source ``number``."""
        return cls(number, hit.passage_id, hit.label, Path(hit.file), hit.page)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping."""
        return {"number": self.number, "passage_id": self.passage_id, "label": self.label,
                "file": str(self.file), "page": self.page}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Citation | None:
        """The citation :meth:`as_dict` wrote; ``None`` when it is incomplete or odd."""
        number, passage_id, label = data.get("number"), data.get("passage_id"), data.get("label")
        file, page = data.get("file"), data.get("page")
        if not (_is_count(number) and _is_count(passage_id) and isinstance(label, str)
                and isinstance(file, str) and file and (page is None or _is_count(page))):
            return None
        return cls(number, passage_id, label, Path(file), page)


@dataclass(frozen=True)
class Sources:
    """The sources given to the model for one reply.

    Attributes:
        text: The block for the system prompt ("" when there are none).
        hits: The passages in it, source ``n`` at ``hits[n - 1]``.
        tokens: The block's size in tokens.

    """

    text: str
    hits: tuple[Hit, ...]
    tokens: int

    def citation_records(self) -> list[dict[str, Any]]:
        """Every source as a citation record, for the reply's stats (:data:`SOURCES_KEY`)."""
        return [Citation.of(number, hit).as_dict() for number, hit in enumerate(self.hits, 1)]


# -- the conversation's collection -------------------------------------------------------------


def attach(store: HistoryStore, conversation_id: int, collection_id: int | None
           ) -> Conversation:
    """Answer the conversation's questions from a collection from now on (``None``: no more)."""
    return store.update_settings(conversation_id, **{SETTINGS_KEY: collection_id})


def attached(conversation: Conversation) -> int | None:
    """The collection the conversation's questions are answered from, if any."""
    value = conversation.settings.get(SETTINGS_KEY)
    return value if _is_int(value) and value > 0 else None


# -- sources -----------------------------------------------------------------------------------


def relevant(hits: Sequence[Hit]) -> list[Hit]:
    """The hits worth giving the model: positive scores, not far behind the best one."""
    scored = [hit for hit in hits if hit.score > 0]
    if not scored:
        return []
    best = max(hit.score for hit in scored)
    return [hit for hit in scored if hit.score >= best * RELATIVE_SCORE]


def passage_line(number: int, hit: Hit) -> str:
    """``[1] (p. 3, report.pdf) text``: source ``number`` as the model reads it."""
    text = _WHITESPACE.sub(" ", hit.text).strip()
    text = _BRACKETED_NUMBER.sub(r"(\1)", text)
    origin = _WHITESPACE.sub(" ", f"{hit.label}, {Path(hit.file).name}").strip()
    return _unmarked(f"[{number}] ({origin}) {text}")


def sources_prompt(tokenizer: Tokenizer, hits: Sequence[Hit], budget: int, *, name: str
                   ) -> Sources:
    """The best of ``hits`` (best first) that fit ``budget`` tokens, numbered, with instructions.

    A hit too long for what is left is passed over for shorter ones after it; when not even
    the best one fits whole, it is cut short to fit (if the budget holds at least
    :data:`MIN_SOURCE_TOKENS` for it).

    Args:
        tokenizer: The loaded engine.
        hits: Retrieved passages, best first.
        budget: The most the block may take, in tokens.
        name: The collection's name, as the instructions call it.

    """
    head = INSTRUCTIONS.format(name=_unmarked(_WHITESPACE.sub(" ", name).strip()))
    used = tokenizer.count_tokens(head)
    lines: list[str] = []
    kept: list[Hit] = []
    for hit in hits:
        line = passage_line(len(kept) + 1, hit)
        size = tokenizer.count_tokens(line) + 1  # and its newline
        if used + size <= budget:
            lines.append(line)
            kept.append(hit)
            used += size
    if not kept and hits and budget - used >= MIN_SOURCE_TOKENS:
        line = _cut(tokenizer, passage_line(1, hits[0]), budget - used - 1)
        if line:
            lines.append(line)
            kept.append(hits[0])
            used += tokenizer.count_tokens(line) + 1
    if not kept:
        return Sources("", (), 0)
    return Sources("\n".join([head, *lines]), tuple(kept), used)


def with_sources(system: str | None, sources: Sources | None) -> str | None:
    """The system prompt with the sources block after it."""
    if sources is None or not sources.text:
        return system
    return f"{system}\n\n{sources.text}" if system else sources.text


# -- citations ---------------------------------------------------------------------------------


def citations(reply: str, used: Sequence[Hit]) -> list[Citation]:
    """The sources ``reply`` cites as ``[n]`` (or ``[n, m]``), in the order it first cites them.

    Numbers that point to no source in ``used`` (source ``n`` is ``used[n - 1]``) are dropped.
    """
    found: dict[int, Citation] = {}
    for match in _CITATION.finditer(reply):
        for part in re.split(r"[,;]", match.group(1)):
            number = int(part)
            if 1 <= number <= len(used) and number not in found:
                found[number] = Citation.of(number, used[number - 1])
    return list(found.values())


def stored_citations(stats: Mapping[str, Any], key: str = CITATIONS_KEY) -> list[Citation]:
    """The citations kept in a reply's stats (``key`` :data:`SOURCES_KEY`: every source given).

    Odd records are skipped: a stored message's stats may hold anything an import brought.
    """
    records = stats.get(key)
    if not isinstance(records, list):
        return []
    found = (Citation.from_dict(record) for record in records if isinstance(record, Mapping))
    return [citation for citation in found if citation is not None]


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_count(value: object) -> TypeGuard[int]:
    return _is_int(value) and value >= 0


def _unmarked(text: str) -> str:
    """``text`` with chat-template markers (``<|im_end|>``) broken up, so they stay text."""
    return text.replace("<|", "< |").replace("|>", "| >")


def _cut(tokenizer: Tokenizer, line: str, budget: int) -> str:
    """``line`` cut at a word so that it (with an ellipsis) takes at most ``budget`` tokens."""
    size = tokenizer.count_tokens(line)
    if size <= budget:
        return line
    while line and size > budget:
        end = int(len(line) * budget / size * 0.95)
        line = line[:end].rsplit(" ", 1)[0] if " " in line[:end] else line[:end]
        size = tokenizer.count_tokens(line + "\u2026")
    return line + "\u2026" if line else ""
