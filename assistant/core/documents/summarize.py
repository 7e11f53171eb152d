"""Summarizing a document with the loaded model, however long it is.

The document is cut into chunks by the model's own tokenizer. If it fits the context with room
for the summary, one pass summarizes it. Otherwise each chunk is summarized on its own (map),
then the chunk summaries are combined (reduce), in as many rounds as it takes for them to fit
one prompt. Instructions are in English (small models follow English instructions best) and sit
in the user turn: Phi-3's template has no reliable system turn.

Every model call is cached by a hash of exactly what it reads, so a summary cancelled halfway
and started again recomputes nothing it had finished. Each cached call also records which
document it belongs to (:func:`document_key`), so the cache of a document can be deleted with
the conversation its summary opened. Progress is reported after each call with an estimate of
the time left; a cancel event is checked at every token.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from assistant.core.documents import languages
from assistant.core.documents.loaders import Document
from assistant.core.documents.plan import (
    PLAN_FROM,
    PLAN_ROOMS,
    combined_per_call,
    map_reduce_seconds,
    one_pass_seconds,
)
from assistant.core.documents.scaffolding import without_scaffolding
from assistant.core.errors import Cancelled, PequenoError
from assistant.core.history.summary_cache import MemoryCache, SummaryCache
from assistant.core.i18n import translate
from assistant.core.llm.messages import ChatMessage, GenerationParams
from assistant.core.llm.protocol import ChatEngine
from assistant.core.llm.reply import complete
from assistant.core.llm.speed import SpeedFigures

log = logging.getLogger(__name__)

# Bump when a prompt changes, so cached chunk summaries of the old prompts are not reused.
PROMPT_VERSION = 1
MIN_CONTEXT = 512
# Tokens kept free besides the instructions, for the separators between pieces.
MARGIN = 16
# A document this share of the context or less is given whole to follow-up questions.
GROUNDING_SHARE = 2
WORDS_PER_TOKEN = 0.6
# A title or a part's label (a heading, a span of headings) is cut to this length in prompts.
LABEL_CHARS = 100
SAMPLING = GenerationParams(temperature=0.3, top_p=0.9, top_k=40, min_p=0.05,
                            repeat_penalty=1.1, seed=1234)

_SENTENCE_END = re.compile("(?<=[.!?\u3002\uff01\uff1f])\\s+|(?<=[\u3002\uff01\uff1f])")


class Style(StrEnum):
    """How the summary is written."""

    BRIEF = "brief"
    DETAILED = "detailed"
    POINTS = "points"


_STYLE_INSTRUCTIONS = {
    Style.BRIEF: "Write a brief summary: one paragraph of at most five sentences.",
    Style.DETAILED: "Write a detailed summary in a few paragraphs that covers every main topic, "
                    "finding, figure and conclusion.",
    Style.POINTS: "List the key points as a bulleted list, one point per line starting with "
                  "\"- \", the most important first.",
}
_STYLE_TOKENS = {Style.BRIEF: 256, Style.DETAILED: 768, Style.POINTS: 512}


class SummaryError(PequenoError):
    """A summary cannot be made (the model returned nothing, the context is too small)."""


class SummaryCancelled(SummaryError, Cancelled):
    """The cancel event was set."""

    def __init__(self) -> None:
        super().__init__(translate("Summarize", "The summary was cancelled."))


@dataclass(frozen=True)
class Progress:
    """How far a summary is.

    Attributes:
        done: Model calls finished (taken from the cache or computed).
        total: Model calls expected in all; grows if combining takes more rounds than expected.
        eta_seconds: Estimated time left, once one call was computed.
        combining: Whether the chunk summaries are being combined (else chunks are summarized).

    """

    done: int
    total: int
    eta_seconds: float | None
    combining: bool


@dataclass(frozen=True)
class Part:
    """The summary of one chunk and where in the document the chunk is."""

    label: str
    pages: tuple[int, ...]
    text: str


@dataclass(frozen=True)
class Summary:
    """A finished summary and how it was made.

    Attributes:
        title: The document's title.
        text: The summary.
        style: The style asked for.
        language: The language code it was written in.
        parts: The chunk summaries with their positions (empty for a single pass).
        chunks: Chunks the document was cut into (1 for a single pass).
        rounds: Combining rounds after the chunk summaries (0 for a single pass).
        calls: Model calls made or taken from the cache.
        cached_calls: Calls answered from the cache.
        prompt_tokens: Prompt tokens the model evaluated (not counting its prefix cache).
        completion_tokens: Tokens the model wrote.
        seconds: Wall time.
        grounding: The document's text when it is short enough to give whole to follow-up
            questions, else ``None`` (the summary stands in for it).
        document: The document's :func:`document_key`, which its cached calls are filed under.

    """

    title: str
    text: str
    style: Style
    language: str
    parts: tuple[Part, ...]
    chunks: int
    rounds: int
    calls: int
    cached_calls: int
    prompt_tokens: int
    completion_tokens: int
    seconds: float
    grounding: str | None
    document: str = ""

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready mapping."""
        return {
            "title": self.title, "summary": self.text, "style": str(self.style),
            "language": self.language, "chunks": self.chunks, "rounds": self.rounds,
            "calls": self.calls, "cached_calls": self.cached_calls,
            "prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
            "seconds": round(self.seconds, 3), "document": self.document,
            "parts": [{"label": p.label, "pages": list(p.pages), "summary": p.text}
                      for p in self.parts],
        }


@dataclass(frozen=True)
class _Piece:
    text: str
    label: str
    pages: tuple[int, ...]
    tokens: int


def document_key(document: Document) -> str:
    """An id of the document's text (a SHA-256): its cached summary calls are filed under it."""
    return hashlib.sha256(document.text.encode("utf-8", "surrogatepass")).hexdigest()


def page_label(pages: Sequence[int]) -> str:
    """``page 3`` or ``pages 3\u20135`` (translated)."""
    if len(pages) == 1 or min(pages) == max(pages):
        return translate("Summarize", "page {number}").format(number=pages[0])
    return translate("Summarize", "pages {first}\u2013{last}").format(
        first=min(pages), last=max(pages))


def _span_label(first: str, last: str) -> str:
    if first == last:
        return first
    return translate("Summarize", "{first} to {last}").format(first=first, last=last)


def _prompt_label(label: str) -> str:
    """A title or label as prompts show it: a heading may be long; the model needs its start."""
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1].rstrip() + "\u2026"


def _merge(pieces: Sequence[_Piece], separator_tokens: int) -> _Piece:
    pages = tuple(sorted({page for piece in pieces for page in piece.pages}))
    label = page_label(pages) if pages else _span_label(pieces[0].label, pieces[-1].label)
    return _Piece("\n\n".join(piece.text for piece in pieces), label, pages,
                  sum(piece.tokens for piece in pieces) + separator_tokens * (len(pieces) - 1))


class Summarizer:
    """Summarizes documents with a loaded engine. Use on the engine's thread.

    Given the model's speed figures (``speed``, asked for only when a document is long: see
    :func:`assistant.core.llm.speed.figures_for`), a long document is read
    the quickest way by estimate (one pass, or parts of the size that costs least: on a CPU a
    prompt token costs more the deeper it sits), and the time left is estimated from the same
    figures from the start.
    """

    def __init__(self, engine: ChatEngine, cache: SummaryCache | None = None,
                 speed: Callable[[], SpeedFigures | None] | None = None) -> None:
        self._engine = engine
        self._cache = cache if cache is not None else MemoryCache()
        self._speed = speed
        self._start(None, None)

    def _start(self, progress: Callable[[Progress], None] | None,
               cancel: threading.Event | None) -> None:
        """Forget the counts of the previous summary."""
        self._cancel = cancel or threading.Event()
        self._on_progress = progress
        self._document: str | None = None
        self._done = self._total = self._computed = self._cached = 0
        self._compute_seconds = 0.0
        self._prompt_tokens = self._completion_tokens = 0
        self._combining = False
        self._planned: list[float] = []  # estimated seconds of each call, when planned
        self._planned_done = 0.0
        self.estimate: float | None = None
        """The planned time of the last summary, in seconds (``None`` when not planned)."""

    def summarize(self, document: Document, *, style: Style = Style.BRIEF,
                  language: str | None = None,
                  progress: Callable[[Progress], None] | None = None,
                  cancel: threading.Event | None = None) -> Summary:
        """Summarize ``document``.

        Args:
            document: What to summarize.
            style: Brief, detailed or key points.
            language: The language code to write in; ``None``: the document's language
                (English when it cannot be told).
            progress: Called after each model call (on this thread).
            cancel: Set it from any thread to stop within one token.

        Raises:
            SummaryCancelled: ``cancel`` was set.
            SummaryError: the model's context is too small, or it wrote nothing.

        """
        start = time.perf_counter()
        self._start(progress, cancel)
        self._document = filed_under = document_key(document)
        n_ctx = self._engine.n_ctx
        if n_ctx < MIN_CONTEXT:
            raise SummaryError(translate(
                "Summarize", "The model's context ({n} tokens) is too small to summarize with; "
                "at least {minimum} are needed.").format(n=n_ctx, minimum=MIN_CONTEXT))
        self._check_cancel()
        code = languages.normalize(language) if language else \
            languages.detect(document.text) or "en"
        language_name = languages.name(code)
        final_tokens = min(_STYLE_TOKENS[style], n_ctx // 4)
        part_tokens = max(96, min(384, n_ctx // 8))

        whole = self._single_prompt(document.title, document.text, style, language_name)
        whole_tokens = len(self._engine.prompt_tokens(whole))
        parts: tuple[Part, ...] = ()
        rounds = 0
        part_overhead = self._overhead(
            self._part_prompt(document.title, "", 1, 1, "", language_name, part_tokens))
        widest = n_ctx - part_tokens - MARGIN - part_overhead
        fits = whole_tokens + final_tokens <= n_ctx
        planned_room = self._plan(whole_tokens, fits, widest, part_overhead, part_tokens,
                                  final_tokens, n_ctx)
        if fits and planned_room is None:
            self._total = 1
            text = self._call(whole, final_tokens)
            chunks = 1
        else:
            room = planned_room or widest
            pieces = self._chunks(document, room)
            # The real prompts also carry each part's label and number: where one leaves less
            # than a whole summary's room, cut all parts that much smaller.
            for _ in range(3):
                excess = max(self._overhead(self._part_prompt(
                    document.title, piece.text, number, len(pieces), piece.label,
                    language_name, part_tokens)) + part_tokens - n_ctx
                    for number, piece in enumerate(pieces, 1))
                if excess <= 0:
                    break
                room -= excess + MARGIN
                pieces = self._chunks(document, room)
            chunks = len(pieces)
            self._total = chunks + self._reduce_estimate(chunks, n_ctx, part_tokens)
            summaries: list[_Piece] = []
            for number, piece in enumerate(pieces, 1):
                prompt = self._part_prompt(document.title, piece.text, number, len(pieces),
                                           piece.label, language_name, part_tokens)
                summary = self._call(prompt, part_tokens)
                summaries.append(_Piece(summary, piece.label, piece.pages,
                                        self._engine.count_tokens(summary)))
            parts = tuple(Part(s.label, s.pages, s.text) for s in summaries)
            self._combining = True
            text, rounds = self._reduce(document.title, summaries, style, language_name,
                                        final_tokens, part_tokens)
        grounding = None
        if whole_tokens <= n_ctx // GROUNDING_SHARE:
            grounding = document.text
        return Summary(
            title=document.title, text=text, style=style, language=code, parts=parts,
            chunks=chunks, rounds=rounds, calls=self._done, cached_calls=self._cached,
            prompt_tokens=self._prompt_tokens, completion_tokens=self._completion_tokens,
            seconds=time.perf_counter() - start, grounding=grounding,
            document=filed_under)

    def _plan(self, whole: int, fits: bool, widest: int, overhead: int, part: int,
              final: int, n_ctx: int) -> int | None:
        """The part size (document tokens) that costs least, or ``None`` for one pass.

        Without speed figures, or for a short document: one pass when it fits, else the
        largest parts. Reports the first time-left estimate when it plans.
        """
        if self._speed is None or whole < PLAN_FROM or widest <= 0:
            return None if fits else widest
        figures = self._speed()  # measured once per model, and only for a long document
        if figures is None:
            return None if fits else widest
        document = max(1, whole - overhead)
        options: list[tuple[float, int | None, list[float]]] = []
        if fits:
            single = one_pass_seconds(figures, whole, final)
            options.append((single, None, [single]))
        for room in (*[r for r in PLAN_ROOMS if r < widest], widest):
            calls = map_reduce_seconds(figures, document, room, overhead, part, final, n_ctx)
            options.append((sum(calls), room, calls))
        seconds, chosen, calls = min(options, key=lambda option: option[0])
        log.info("summary plan: %s, about %.0f s", f"parts of {chosen} tokens" if chosen
                 else "one pass", seconds)
        self._planned, self.estimate = calls, seconds
        self._total = len(calls)
        if self._on_progress is not None:
            self._on_progress(Progress(0, self._total, seconds, False))
        return chosen

    # -- prompts ----------------------------------------------------------------------------

    @staticmethod
    def _single_prompt(title: str, text: str, style: Style, language: str
                       ) -> tuple[ChatMessage, ...]:
        title = _prompt_label(title)
        return (ChatMessage("user", (
            f"Here is a document titled \"{title}\".\n\n<document>\n{text}\n</document>\n\n"
            f"{_STYLE_INSTRUCTIONS[style]} Write it in {language}. Use only what the document "
            "says, and write only the summary.")),)

    @staticmethod
    def _part_prompt(title: str, text: str, number: int, total: int, label: str,
                     language: str, max_tokens: int) -> tuple[ChatMessage, ...]:
        words = int(max_tokens * WORDS_PER_TOKEN)
        title, label = _prompt_label(title), _prompt_label(label)
        return (ChatMessage("user", (
            f"Here is part {number} of {total} ({label}) of a document titled \"{title}\".\n\n"
            f"<text>\n{text}\n</text>\n\n"
            f"Summarize this part in {language}, in at most {words} words. Keep names, numbers, "
            "dates, decisions and conclusions. Write only the summary.")),)

    @staticmethod
    def _combine_prompt(title: str, summaries: Sequence[_Piece], language: str,
                        instruction: str) -> tuple[ChatMessage, ...]:
        title = _prompt_label(title)
        listed = "\n\n".join(f"[{_prompt_label(s.label)}]\n{s.text}" for s in summaries)
        return (ChatMessage("user", (
            f"Here are summaries of consecutive parts of a document titled \"{title}\", each "
            f"marked with where it is in the document.\n\n{listed}\n\n"
            f"Combine them into one summary of the whole document. {instruction} Write it in "
            f"{language}, and write only the summary.")),)

    def _overhead(self, messages: Sequence[ChatMessage]) -> int:
        return len(self._engine.prompt_tokens(messages))

    # -- chunking ---------------------------------------------------------------------------

    def _chunks(self, document: Document, room: int) -> list[_Piece]:
        """Whole sections packed into chunks of at most ``room`` tokens; long ones split."""
        separator = self._engine.count_tokens("\n\n")
        units: list[_Piece] = []
        for section in document.sections:
            pages = (section.page,) if section.page is not None else ()
            for text in self._split(section.text, room):
                self._check_cancel()
                units.append(_Piece(text, section.label, pages, self._engine.count_tokens(text)))
        chunks: list[_Piece] = []
        group: list[_Piece] = []
        size = 0
        for unit in units:
            if group and size + separator + unit.tokens > room:
                chunks.append(_merge(group, separator))
                group, size = [], 0
            size += unit.tokens + (separator if group else 0)
            group.append(unit)
        if group:
            chunks.append(_merge(group, separator))
        return chunks

    def _split(self, text: str, room: int) -> list[str]:
        """``text`` in pieces of at most ``room`` tokens: at paragraphs, lines, sentences."""
        if len(text) <= 1 or self._engine.count_tokens(text) <= room:
            return [text]  # (a single character cannot be cut further, whatever it takes)
        for pattern in (r"\n[ \t]*\n", r"\n", _SENTENCE_END.pattern):
            parts = [p for p in re.split(pattern, text) if p.strip()]
            if len(parts) > 1:
                out: list[str] = []
                current = ""
                for part in parts:
                    candidate = f"{current}\n{part}" if current else part
                    if current and self._engine.count_tokens(candidate) > room:
                        out.append(current)
                        current = part
                    else:
                        current = candidate
                out.append(current)
                return [piece for chunk in out for piece in self._split(chunk, room)]
        # One unbroken run of text: cut it by characters, in proportion to its tokens.
        tokens = self._engine.count_tokens(text)
        step = max(1, len(text) * room // (tokens + 1) * 9 // 10)
        return [piece for start in range(0, len(text), step)
                for piece in self._split(text[start:start + step], room)]

    # -- combining --------------------------------------------------------------------------

    @staticmethod
    def _reduce_estimate(count: int, n_ctx: int, part_tokens: int) -> int:
        """Calls expected to combine ``count`` chunk summaries of about ``part_tokens``."""
        per_call = combined_per_call(n_ctx, part_tokens)
        calls = 0
        while count > 1:
            groups = -(-count // per_call)
            calls += groups
            count = groups if groups > 1 else 0
        return max(calls, 1)

    def _reduce(self, title: str, summaries: list[_Piece], style: Style, language: str,
                final_tokens: int, part_tokens: int) -> tuple[str, int]:
        n_ctx = self._engine.n_ctx
        instruction = _STYLE_INSTRUCTIONS[style]
        rounds = 0
        while True:
            rounds += 1
            prompt = self._combine_prompt(title, summaries, language, instruction)
            if len(summaries) == 1 or \
                    len(self._engine.prompt_tokens(prompt)) + final_tokens <= n_ctx:
                return self._call(prompt, final_tokens), rounds
            # Too many to combine at once: combine neighbours first, as many as fit a call.
            combine = (f"Keep names, numbers and conclusions, in at most "
                       f"{int(part_tokens * WORDS_PER_TOKEN)} words.")
            room = n_ctx - part_tokens - MARGIN
            groups: list[list[_Piece]] = [[]]
            for summary in summaries:
                trial = groups[-1] + [summary]
                fits = len(self._engine.prompt_tokens(
                    self._combine_prompt(title, trial, language, combine))) <= room
                if groups[-1] and not fits:
                    groups.append([summary])
                else:
                    groups[-1] = trial
            if len(groups) == len(summaries):  # nothing pairs up: combine two at a time
                groups = [summaries[i:i + 2] for i in range(0, len(summaries), 2)]
            self._total = max(self._total, self._done + len(groups) + 1)
            combined = []
            for group in groups:
                text = self._call(self._combine_prompt(title, group, language, combine),
                                  part_tokens)
                merged = _merge(group, 0)
                combined.append(_Piece(text, merged.label, merged.pages,
                                       self._engine.count_tokens(text)))
            summaries = combined

    # -- model calls ------------------------------------------------------------------------

    def _check_cancel(self) -> None:
        if self._cancel.is_set():
            raise SummaryCancelled

    def _key(self, messages: Sequence[ChatMessage], max_tokens: int) -> str:
        info = self._engine.info
        model = [info.path.name, info.size_bytes] if info is not None else None
        payload = json.dumps([PROMPT_VERSION, model, max_tokens,
                              [m.as_dict() for m in messages]], ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def _call(self, messages: Sequence[ChatMessage], max_tokens: int) -> str:
        self._check_cancel()
        key = self._key(messages, max_tokens)
        text = self._cache.get(key)
        if text is not None:  # kept before scaffolding was removed, perhaps
            text = without_scaffolding(text, messages[-1].content)
            self._cached += 1
        else:
            started = time.perf_counter()
            text = self._generate(messages, max_tokens, SAMPLING)
            if not text:  # a small model may end at once; one retry with more freedom
                text = self._generate(messages, max_tokens, GenerationParams(
                    temperature=0.8, top_p=0.95, repeat_penalty=1.1, seed=4321))
            if not text:
                raise SummaryError(translate(
                    "Summarize", "The model wrote no summary. Try again, or choose a larger "
                    "model."))
            self._cache.put(key, text, document=self._document)
            self._computed += 1
            self._compute_seconds += time.perf_counter() - started
        self._done += 1
        if self._on_progress is not None:
            self._on_progress(Progress(self._done, max(self._total, self._done),
                                       self._eta(), self._combining))
        return text

    def _generate(self, messages: Sequence[ChatMessage], max_tokens: int,
                  sampling: GenerationParams) -> str:
        try:
            text, stats = complete(self._engine, messages,
                                   replace(sampling, max_tokens=max_tokens), self._cancel)
        except Cancelled:
            raise SummaryCancelled from None
        if stats is not None:
            self._prompt_tokens += stats.prompt_tokens - stats.cached_prompt_tokens
            self._completion_tokens += stats.completion_tokens
        return without_scaffolding(text, messages[-1].content)

    def _eta(self) -> float | None:
        if self._planned:
            # The plan's estimate for the calls left, corrected by how the calls so far
            # compared with theirs.
            done = min(self._done, len(self._planned))
            self._planned_done = sum(self._planned[:done])
            left = sum(self._planned[done:])
            if self._computed and self._planned_done > 0:
                left *= self._compute_seconds / self._planned_done
            return left
        if not self._computed:
            return None
        remaining = max(self._total - self._done, 0)
        return remaining * self._compute_seconds / self._computed


def follow_up_prompt(system: str | None, summary: Summary) -> str:
    """The system prompt of the conversation a summary opens, for follow-up questions.

    It holds the document itself when it is short enough (:attr:`Summary.grounding`), else the
    summary, so the model keeps it in view however long the conversation grows.
    """
    if summary.grounding is not None:
        about = (f"The user shared the document \"{summary.title}\". Answer questions about it "
                 f"from its text:\n<document>\n{summary.grounding}\n</document>")
    else:
        about = (f"The user shared the document \"{summary.title}\", too long to show you "
                 f"whole. Answer questions about it from this summary of it:\n<summary>\n"
                 f"{summary.text}\n</summary>")
    return f"{system}\n\n{about}" if system else about
