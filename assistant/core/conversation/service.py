"""One chat turn, end to end, for every front end.

A turn saves the user's message (before the model starts, so a crash cannot lose it), titles a
new conversation from it, fits the conversation into the model's context, folds the turns that
left the context into the running summary when the conversation keeps one, streams the reply
while saving it, and records how it ended. A conversation attached to a collection of documents
(:mod:`assistant.core.conversation.documents`) is answered from the passages retrieved for its
newest question, and the sources its reply cites are kept with the reply; when nothing relevant
is found it is told so without asking the model. The window's worker turns the events into Qt
signals; the command line prints them. Both read the conversation from the history and build
the prompt with :func:`prompt_turns`, so the same conversation with the same settings gives the
same prompt whichever front end sends it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.core.conversation import documents, running_summary
from assistant.core.conversation.context import (
    MESSAGE_OVERHEAD,
    SUMMARY_HEADING,
    FittedConversation,
    MessageTooLarge,
    fit_conversation,
    reply_room,
)
from assistant.core.conversation.documents import Citation, Hit, Retriever, Sources
from assistant.core.conversation.running_summary import SUMMARY_TOKENS, RunningSummary
from assistant.core.errors import Cancelled, PequenoError
from assistant.core.history.store import (
    Conversation,
    HistoryStore,
    MessageState,
    ReplyRecorder,
    Role,
    StoredMessage,
)
from assistant.core.i18n import format_number, translate
from assistant.core.llm.messages import ChatMessage, GenerationParams, ReplyStats, StopReason
from assistant.core.llm.protocol import ChatEngine
from assistant.core.models.info import ModelInfo

log = logging.getLogger(__name__)

# Messages read from the history at first to fit a turn (more while all of them fit).
WINDOW = 256


@dataclass(frozen=True)
class TurnRequest:
    """One turn to run.

    Attributes:
        conversation_id: The stored conversation.
        text: The user's new message; ``None`` answers the conversation as it stands (after
            an edit, or to regenerate a reply).
        params: Sampling settings for the reply.
        default_system: The system prompt for a conversation that has none of its own.
        cancel: Set from any thread to stop the turn (also before it starts).

    """

    conversation_id: int
    text: str | None
    params: GenerationParams
    default_system: str | None = None
    cancel: threading.Event = field(default_factory=threading.Event, compare=False)


@dataclass(frozen=True)
class UserMessageSaved:
    """The user's message is committed to the history."""

    message_id: int


@dataclass(frozen=True)
class ContextFitted:
    """What the model reads for the reply, and what of the conversation it leaves out.

    Attributes:
        dropped: Messages, from the oldest, outside the context.
        first_kept: The stored id of the oldest message the model reads (``None``: none).
        prompt_tokens: The exact prompt size.
        n_ctx: The context size.
        summarized: A running summary stands in for the dropped messages.
        messages: The prompt, as messages.

    """

    dropped: int
    first_kept: int | None
    prompt_tokens: int
    n_ctx: int
    summarized: bool
    messages: tuple[ChatMessage, ...]


@dataclass(frozen=True)
class ContextResizing:
    """The model's context is being re-allocated for the reply (a moment before it starts).

    Attributes:
        old: Tokens allocated until now.
        new: Tokens allocated for the reply.

    """

    old: int
    new: int

    def message(self) -> str:
        """What to tell the user while it happens."""
        text = translate("Conversation", "Enlarging the model's context to {n} tokens\u2026") \
            if self.new > self.old else \
            translate("Conversation", "Reducing the model's context to {n} tokens\u2026")
        return text.format(n=format_number(self.new))


@dataclass(frozen=True)
class SummaryFolding:
    """Older turns are being folded into the running summary (a moment before the reply)."""


@dataclass(frozen=True)
class SourcesFound:
    """The passages of the conversation's documents the model is given for the reply.

    Source ``n`` (cited as ``[n]``) is ``hits[n - 1]``; none: nothing relevant was found, and
    the reply (without the model) says so.
    """

    hits: tuple[Hit, ...]


@dataclass(frozen=True)
class ReplyCited:
    """The sources the reply cites (after its text, before :class:`ReplyFinished`)."""

    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class ReplyStarted:
    """The reply's message exists in the history; its text follows."""

    message_id: int


@dataclass(frozen=True)
class ReplyText:
    """More of the reply."""

    text: str


@dataclass(frozen=True)
class ReplyFinished:
    """The reply ended: whole (``COMPLETE``) or stopped by the user (``PARTIAL``)."""

    stats: ReplyStats | None
    state: MessageState


@dataclass(frozen=True)
class TurnFailed:
    """The turn could not be answered.

    Attributes:
        message: What to tell the user ("" when the user stopped it before the reply began).
        too_large: The user's message, when it alone is too long for the context (it can be
            summarized as a document instead).
        reply_id: The failed reply's stored id (kept, marked as an error), if one was started.

    """

    message: str
    too_large: str | None = None
    reply_id: int | None = None


TurnEvent = (UserMessageSaved | ContextFitted | ContextResizing | SummaryFolding | SourcesFound
             | ReplyStarted | ReplyText | ReplyCited | ReplyFinished | TurnFailed)


def prompt_turns(messages: Sequence[StoredMessage]) -> tuple[tuple[ChatMessage, ...],
                                                            tuple[int, ...]]:
    """The turns the model may read of a stored conversation, and their message ids.

    Failed replies and empty messages are left out; stopped (partial) replies stay, as the
    user saw them. ``HistoryStore.count_messages(readable=True)`` applies the same rule in SQL.
    """
    kept = [m for m in messages if m.role is not Role.SYSTEM and m.content
            and m.state is not MessageState.ERROR]
    return (tuple(ChatMessage(str(m.role), m.content) for m in kept),
            tuple(m.id for m in kept))


def system_prompt(conversation: Conversation, default: str | None) -> str | None:
    """The conversation's own system prompt, else ``default``."""
    return conversation.system_prompt if conversation.system_prompt is not None else default


def new_conversation(store: HistoryStore, model: ModelInfo | None, *, system: str | None,
                     params: GenerationParams, title: str = "") -> Conversation:
    """A new stored conversation, held with ``model`` (recorded by its path)."""
    info = model
    return store.create_conversation(title=title, model=str(info.path) if info else None,
                                     system_prompt=system, settings=params.recorded())


@dataclass(frozen=True)
class _Asked:
    """What a question about a collection gives the model: its sources (none: nothing found)."""

    name: str
    sources: Sources


class ConversationService:
    """Runs chat turns on one engine, over one history connection (one thread at a time)."""

    def __init__(self, engine: ChatEngine, store: HistoryStore,
                 index: Retriever | None = None) -> None:
        self.engine = engine
        self.store = store
        self._index = index

    @property
    def index(self) -> Retriever:
        """The collections' passages (over the same history connection)."""
        if self._index is None:
            # Deferred: it brings the document readers (PDF, Word), which a plain chat never
            # needs (about 0.1 s of every `pequeno chat` start).
            from assistant.core.history.collections import DocumentIndex

            self._index = DocumentIndex(self.store)
        return self._index

    def fit(self, conversation_id: int, params: GenerationParams,
            default_system: str | None = None) -> ContextFitted:
        """What of the conversation the model would read now, without generating.

        Raises:
            MessageTooLarge: the newest message alone does not fit.
            PequenoError: the history cannot be read, or no model is loaded.

        """
        conversation = self.store.conversation(conversation_id)
        summary = RunningSummary.from_settings(conversation.settings)
        asked = self._ask(conversation, None, params, default_system, summary)
        return self._fit_newest(conversation, params, default_system, summary,
                                asked.sources if asked else None)

    def _fit_newest(self, conversation: Conversation, params: GenerationParams,
                    default_system: str | None, summary: RunningSummary,
                    sources: Sources | None = None) -> ContextFitted:
        """Fit the conversation reading only its newest messages from the history.

        The context holds a few hundred messages at most, so the newest :data:`WINDOW` are
        read first, and more only while all of them fit: the cost of a turn does not grow
        with the length of the conversation. The turns an enabled running summary covers stay
        out even if they would fit.
        """
        system = documents.with_sources(system_prompt(conversation, default_system), sources)
        text = summary.text if summary.enabled else None
        covered = summary.covers if summary.enabled else 0
        window = WINDOW
        while True:
            messages = self.store.messages(conversation.id, newest=window)
            turns, ids = prompt_turns(messages)
            older = 0
            if messages and len(messages) == window:
                older = self.store.count_messages(conversation.id, before=messages[0].id,
                                                  readable=True)
            fitted = self._fit(system, turns, params, text, max(0, covered - older))
            if fitted.dropped or not older:
                return self._report(fitted, ids, older)
            window *= 4

    def turn(self, request: TurnRequest) -> Iterator[TurnEvent]:
        """Run one turn, yielding what happens. Problems come as :class:`TurnFailed`.

        Bugs (anything but :class:`PequenoError`) propagate, with the started reply marked
        as an error first.
        """
        store = self.store
        try:
            if request.text is not None:
                saved = store.add_message(request.conversation_id, Role.USER, request.text)
                store.auto_title(request.conversation_id)  # titled before anything can fail
                yield UserMessageSaved(saved.id)
            conversation = store.conversation(request.conversation_id)
            summary = RunningSummary.from_settings(conversation.settings)
            asked = self._ask(conversation, request.text, request.params,
                              request.default_system, summary)
            if asked is not None and not asked.sources.hits:
                nothing = translate("Conversation", "I found nothing about this in {name}.")
                yield SourcesFound(())
                yield from self._answer_without_model(request,
                                                      nothing.format(name=asked.name))
                return
            sources = asked.sources if asked is not None else None
            fitted = self._fit_newest(conversation, request.params, request.default_system,
                                      summary, sources)
            if summary.enabled and fitted.dropped > min(summary.covers, fitted.dropped):
                yield SummaryFolding()
                # Folding reads the turns that left the context: the whole conversation.
                turns, _ = prompt_turns(store.messages(request.conversation_id))
                summary = self._fold(request, summary, turns, fitted.dropped)
                fitted = self._fit_newest(conversation, request.params,
                                          request.default_system, summary, sources)
        except MessageTooLarge as exc:
            yield TurnFailed(exc.message, too_large=exc.text)
            return
        except Cancelled:
            yield TurnFailed("")
            return
        except PequenoError as exc:
            yield TurnFailed(exc.message)
            return
        yield fitted
        if sources is not None:
            yield SourcesFound(sources.hits)
        need = fitted.prompt_tokens + min(request.params.max_tokens,
                                          fitted.n_ctx - fitted.prompt_tokens)
        allocated = self.engine.allocated_ctx
        size = self.engine.context_for(need)
        if size != allocated:
            yield ContextResizing(allocated, size)
            try:
                self.engine.reserve(need)
            except PequenoError as exc:
                yield TurnFailed(exc.message)
                return
        yield from self._reply(request, fitted.messages, sources)

    def _ask(self, conversation: Conversation, text: str | None, params: GenerationParams,
             default_system: str | None, summary: RunningSummary) -> _Asked | None:
        """The sources for the newest question, when the conversation has a collection.

        The sources take what the prompt's budget leaves beside the system prompt, the
        newest question and the running summary (at its longest), up to
        :data:`~assistant.core.conversation.documents.SOURCES_SHARE` of it; older turns get
        the rest.

        Raises:
            CollectionError: the collection was removed.
            MessageTooLarge: the question alone does not fit the context.
            PequenoError: the question leaves no room for sources, or the index cannot be read.

        """
        collection_id = documents.attached(conversation)
        if collection_id is None:
            return None
        from assistant.core.history.collections import CollectionError

        try:
            collection = self.index.get(collection_id)
        except CollectionError as exc:
            raise CollectionError(translate(
                "Conversation", "The documents this conversation asks about are no longer "
                "indexed: their collection was removed.")) from exc
        question = text if text is not None else self._newest_question(conversation.id)
        if not question or not question.strip():
            return _Asked(collection.name, Sources("", (), 0))
        hits = documents.relevant(self.index.search(collection_id, question,
                                                    limit=documents.SEARCH_LIMIT))
        if not hits:
            return _Asked(collection.name, Sources("", (), 0))
        engine = self.engine
        room = engine.n_ctx - reply_room(engine.n_ctx, params.max_tokens)
        system = system_prompt(conversation, default_system)
        fixed = engine.count_tokens(question) + 3 * MESSAGE_OVERHEAD
        fixed += engine.count_tokens(system) if system else 0
        if summary.enabled:
            fixed += engine.count_tokens(SUMMARY_HEADING) + max(
                SUMMARY_TOKENS, engine.count_tokens(summary.text) if summary.text else 0)
        budget = min(room - fixed, int(room * documents.SOURCES_SHARE))
        sources = documents.sources_prompt(engine, hits, budget, name=collection.name)
        if not sources.hits:
            # A question too long for the context at all is offered for summary instead.
            self._fit_newest(conversation, params, default_system, summary)
            raise PequenoError(translate(
                "Conversation", "This question is too long to leave room for passages from "
                "{name}: ask a shorter one.").format(name=collection.name))
        return _Asked(collection.name, sources)

    def _newest_question(self, conversation_id: int) -> str | None:
        """The newest user message's text (the one a regenerated reply answers)."""
        for message in reversed(self.store.messages(conversation_id, newest=16)):
            if message.role is Role.USER and message.content:
                return message.content
        return None

    def _fit(self, system: str | None, turns: Sequence[ChatMessage], params: GenerationParams,
             summary: str | None, covered: int = 0) -> FittedConversation:
        return fit_conversation(self.engine, system, turns, n_ctx=self.engine.n_ctx,
                                max_tokens=params.max_tokens, summary=summary or None,
                                covered=covered)

    def _report(self, fitted: FittedConversation, ids: Sequence[int], older: int
                ) -> ContextFitted:
        first_kept = ids[fitted.dropped] if fitted.dropped < len(ids) else None
        return ContextFitted(older + fitted.dropped, first_kept, fitted.prompt_tokens,
                             self.engine.n_ctx, fitted.summarized, fitted.messages)

    def _fold(self, request: TurnRequest, summary: RunningSummary,
              turns: Sequence[ChatMessage], dropped: int) -> RunningSummary:
        """Fold the turns that newly left the context into the running summary, and save it."""
        covers = min(summary.covers, dropped)
        text = running_summary.update(self.engine, summary.text or None, turns[covers:dropped],
                                      cancel=request.cancel)
        if not text:
            return summary
        folded = RunningSummary(enabled=True, text=text, covers=dropped)
        try:
            self.store.update_settings(request.conversation_id, **{
                running_summary.SETTINGS_KEY: folded.as_settings()})
        except PequenoError as exc:
            log.warning("the running summary could not be saved: %s", exc)
        return folded

    def _answer_without_model(self, request: TurnRequest, text: str) -> Iterator[TurnEvent]:
        """Record ``text`` as the reply, as if streamed (the model is not asked)."""
        reply = self.store.add_message(request.conversation_id, Role.ASSISTANT, text,
                                       stats={documents.CITATIONS_KEY: []})
        yield ReplyStarted(reply.id)
        yield ReplyText(text)
        yield ReplyCited(())
        yield ReplyFinished(None, MessageState.COMPLETE)

    def _reply(self, request: TurnRequest, messages: tuple[ChatMessage, ...],
               sources: Sources | None = None) -> Iterator[TurnEvent]:
        info = self.engine.info
        recorder: ReplyRecorder | None = None
        try:
            recorder = self.store.record_reply(request.conversation_id,
                                               model=info.name if info else None)
            yield ReplyStarted(recorder.message_id)
            stream = self.engine.chat(messages, request.params, cancel=request.cancel)
            for piece in stream:
                recorder.append(piece)
                yield ReplyText(piece)
        except PequenoError as exc:
            reply_id = recorder.message_id if recorder is not None else None
            if recorder is not None:
                _finish(recorder, None, MessageState.ERROR)
            yield TurnFailed(exc.message, reply_id=reply_id)
            return
        except BaseException:
            if recorder is not None:
                _finish(recorder, None, MessageState.ERROR)
            raise
        stats = stream.stats
        stopped = request.cancel.is_set() or (
            stats is not None and stats.stop_reason is StopReason.CANCELLED)
        state = MessageState.PARTIAL if stopped else MessageState.COMPLETE
        cited: dict[str, Any] = {}
        if sources is not None:
            found = documents.citations(recorder.text, sources.hits)
            cited = {documents.CITATIONS_KEY: [c.as_dict() for c in found],
                     documents.SOURCES_KEY: sources.citation_records()}
            yield ReplyCited(tuple(found))
        _finish(recorder, stats, state, cited)
        yield ReplyFinished(stats, state)


def _finish(recorder: ReplyRecorder, stats: ReplyStats | None, state: MessageState,
            extra: Mapping[str, Any] | None = None) -> None:
    record = {**(stats.as_dict() if stats else {}), **(extra or {})}
    try:
        recorder.finish(record or None, state=state)
    except PequenoError as exc:
        log.warning("could not save the end of a reply: %s", exc)
