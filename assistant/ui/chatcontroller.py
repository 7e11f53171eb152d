"""The open conversation and the turns sent in it: what the window is busy with, in one place.

The controller turns the user's actions (send, edit and resend, regenerate, stop) into requests
for the inference worker, which runs them through the core's conversation service, and applies
what comes back to the chat model. It holds the window's busy state as one :class:`Busy` value,
so "can the user send now?" has one answer.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from enum import Enum, auto

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from assistant.core.conversation.documents import Hit
from assistant.core.conversation.own_settings import ConversationSettings
from assistant.core.conversation.running_summary import SETTINGS_KEY, RunningSummary
from assistant.core.conversation.service import ContextFitted, TurnRequest, new_conversation
from assistant.core.errors import PequenoError
from assistant.core.history.records import now_us
from assistant.core.history.store import Conversation, HistoryStore, MessageState, Role
from assistant.core.llm.messages import GenerationParams, ReplyStats, StopReason
from assistant.core.settings import Settings
from assistant.ui.chatmodel import ChatItem, ChatModel
from assistant.ui.citations import citations_from, sources_from_hits
from assistant.ui.worker import LoadedModel, MeasureRequest, ReplyRequest

log = logging.getLogger(__name__)


class Busy(Enum):
    """What the window is doing, which decides what the user can do."""

    LOADING = auto()  # a model is being loaded
    NO_MODEL = auto()  # none is loaded (none installed, or the load failed)
    READY = auto()  # waiting for the user
    REPLYING = auto()  # a reply is being written
    SUMMARIZING = auto()  # a document is being summarized
    INDEXING = auto()  # documents are being indexed for questions


class ChatController(QObject):
    """Sends the open conversation's turns to the worker and shows their replies."""

    busyChanged = Signal(object)  # Busy
    replyDone = Signal(object)  # ReplyStats or None, once the window has shown the end
    errorOccurred = Signal(str)
    messageTooLarge = Signal(str, str)  # the message for the user, the too-long text
    contextReported = Signal(object)  # ContextFitted, or None when unknown
    conversationChanged = Signal(object)  # Conversation or None (a new chat)
    conversationsChanged = Signal()  # titles or order may have changed
    editingChanged = Signal(object)  # the ChatItem being edited, or None
    speedMeasured = Signal(float)  # tokens per second of the last reply
    foldingStarted = Signal()  # older messages are being summarized before the reply
    replyStarted = Signal()
    sourcesFound = Signal(int)  # passages given to the model for the reply (0: none found)
    generateRequested = Signal(object)  # ReplyRequest, to the worker
    measureRequested = Signal(object)  # MeasureRequest, to the worker

    def __init__(self, store: HistoryStore | None, chat_model: ChatModel,
                 settings: Callable[[], Settings]) -> None:
        super().__init__()
        self.store = store
        self.chat_model = chat_model
        self._settings = settings
        self._requests = itertools.count(1)
        self._busy = Busy.LOADING
        self._conversation: Conversation | None = None
        self._loaded: LoadedModel | None = None
        self._active: tuple[ReplyRequest, ChatItem | None, ChatItem] | None = None
        self._editing: ChatItem | None = None
        self._measuring = 0
        self._too_large: str | None = None

    # -- state ------------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        """The user's settings as they are now."""
        return self._settings()

    @property
    def busy(self) -> Busy:
        """What the window is doing now."""
        return self._busy

    @property
    def conversation(self) -> Conversation | None:
        """The open conversation (``None``: a new chat, saved with its first message)."""
        return self._conversation

    @property
    def loaded(self) -> LoadedModel | None:
        """The loaded model, or ``None`` while none is."""
        return self._loaded

    @property
    def editing(self) -> ChatItem | None:
        """The user message being edited in the composer, if any."""
        return self._editing

    def default_system_prompt(self) -> str:
        """The system prompt of new conversations, kept in the encrypted history."""
        if self.store is None:
            return self._settings().system_prompt
        try:
            return self.store.default_system_prompt()
        except PequenoError as exc:
            self.errorOccurred.emit(exc.message)
            return self._settings().system_prompt

    def set_default_system_prompt(self, prompt: str) -> bool:
        """Keep the system prompt of new conversations; whether it was saved."""
        if self.store is None:
            return False
        try:
            self.store.set_default_system_prompt(prompt)
        except PequenoError as exc:
            self.errorOccurred.emit(exc.message)
            return False
        return True

    def can_send(self) -> bool:
        """Whether a message can be sent now."""
        return self._busy is Busy.READY and self.store is not None

    def _set_busy(self, busy: Busy) -> None:
        if busy is not self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    def model_loading(self) -> None:
        """A model load has started."""
        self._loaded = None
        self._set_busy(Busy.LOADING)

    def model_loaded(self, loaded: LoadedModel) -> None:
        """A model is ready."""
        self._loaded = loaded
        self._set_busy(Busy.READY)
        self.measure()

    def model_failed(self) -> None:
        """No model could be loaded."""
        self._loaded = None
        self._set_busy(Busy.NO_MODEL)

    def summarizing(self, active: bool) -> None:
        """A summary job started (``True``) or ended."""
        self._document_job(Busy.SUMMARIZING, active)

    def indexing(self, active: bool) -> None:
        """Indexing documents for questions started (``True``) or ended."""
        self._document_job(Busy.INDEXING, active)

    def _document_job(self, busy: Busy, active: bool) -> None:
        if active:
            self._set_busy(busy)
        elif self._busy is busy:
            self._set_busy(Busy.READY if self._loaded is not None else Busy.NO_MODEL)

    # -- conversations ----------------------------------------------------------------------

    def open(self, conversation_id: int) -> bool:
        """Show a saved conversation; whether it opened."""
        if self.store is None or self._busy is Busy.REPLYING:
            return False
        try:
            conversation = self.store.conversation(conversation_id)
            messages = self.store.messages(conversation_id)
        except PequenoError as exc:
            self.errorOccurred.emit(exc.message)
            return False
        self.cancel_edit()
        self._conversation = conversation
        self.chat_model.set_messages(messages)
        self.conversationChanged.emit(conversation)
        self.measure()
        return True

    def new(self) -> bool:
        """Start an empty chat; whether it started (not while a reply is written)."""
        if self._busy is Busy.REPLYING:
            return False
        self.cancel_edit()
        self._conversation = None
        self.chat_model.clear()
        self.contextReported.emit(None)
        self.conversationChanged.emit(None)
        return True

    def create(self, system: str | None, *, title: str = "") -> Conversation:
        """A new saved conversation with the loaded model and today's settings; opened.

        Raises:
            PequenoError: the history cannot be written.

        """
        assert self.store is not None
        info = self._loaded.info if self._loaded is not None else None
        conversation = new_conversation(self.store, info, system=system,
                                        params=GenerationParams.from_settings(self._settings()),
                                        title=title)
        self._conversation = conversation
        return conversation

    def forget(self, conversation_id: int) -> None:
        """The conversation was deleted: if it is open, start a new chat."""
        if self._conversation is not None and self._conversation.id == conversation_id:
            self.new()

    def reload(self) -> None:
        """Read the open conversation's header again (its settings may have changed)."""
        if self.store is not None and self._conversation is not None:
            try:
                self._conversation = self.store.conversation(self._conversation.id)
            except PequenoError as exc:
                self.errorOccurred.emit(exc.message)

    def running_summary(self) -> RunningSummary:
        """The open conversation's running summary record."""
        if self._conversation is None:
            return RunningSummary()
        return RunningSummary.from_settings(self._conversation.settings)

    def toggle_running_summary(self) -> None:
        """Keep (or stop keeping) a summary of the messages that leave the model's memory."""
        if self._conversation is None or self.store is None or self._busy is Busy.REPLYING:
            return
        current = self.running_summary()
        changed = RunningSummary(not current.enabled, current.text, current.covers)
        try:
            self._conversation = self.store.update_settings(
                self._conversation.id, **{SETTINGS_KEY: changed.as_settings()})
        except PequenoError as exc:
            self.errorOccurred.emit(exc.message)
            return
        self.measure()

    # -- turns ------------------------------------------------------------------------------

    def own_settings(self) -> ConversationSettings:
        """The open conversation's own sampling values (none for a new chat)."""
        if self._conversation is None:
            return ConversationSettings()
        return ConversationSettings.from_settings(self._conversation.settings)

    def _params(self) -> GenerationParams:
        # The open conversation's own values take the place of the user's settings.
        return self.own_settings().params(self._settings())

    def send(self, text: str) -> bool:
        """Send ``text`` (or resend the message being edited); whether it was sent."""
        if not self.can_send() or self._loaded is None:
            return False
        assert self.store is not None
        try:
            if self._editing is not None:
                editing = self._editing
                self.cancel_edit()
                self.chat_model.set_messages(self.store.edit_and_truncate(editing.message_id,
                                                                          text))
                self._request(None, None)
                return True
            if self._conversation is None:
                self.create(self.default_system_prompt())
                self.conversationChanged.emit(self._conversation)
        except PequenoError as exc:
            self.errorOccurred.emit(exc.message)
            return False
        item = ChatItem(Role.USER, text, created=now_us())
        self.chat_model.append(item)
        self._request(text, item)
        return True

    def regenerate(self, item: ChatItem) -> None:
        """Replace an assistant message (and what followed) with a new reply."""
        if not self.can_send() or item.role is not Role.ASSISTANT or not item.message_id:
            return
        assert self.store is not None
        try:
            messages = self.store.delete_from(item.message_id)
        except PequenoError as exc:
            self.errorOccurred.emit(exc.message)
            return
        self.chat_model.set_messages(messages)
        self._request(None, None)

    def edit(self, item: ChatItem) -> None:
        """Put a user message in the composer; sending replaces it and drops what followed."""
        if self._busy is Busy.REPLYING or item.role is not Role.USER or not item.message_id:
            return
        self._editing = item
        self.editingChanged.emit(item)

    def cancel_edit(self) -> None:
        """Stop editing (the composer is cleared by the window)."""
        if self._editing is not None:
            self._editing = None
            self.editingChanged.emit(None)

    def _request(self, text: str | None, user_item: ChatItem | None) -> None:
        assert self._conversation is not None
        request = ReplyRequest(next(self._requests), TurnRequest(
            self._conversation.id, text, self._params(),
            default_system=self.default_system_prompt()))
        info = self._loaded.info if self._loaded is not None else None
        reply = ChatItem(Role.ASSISTANT, "", MessageState.PARTIAL, streaming=True,
                         created=now_us(), model=info.name if info is not None else None)
        self.chat_model.append(reply)
        self._active = (request, user_item, reply)
        self._too_large = None
        self._set_busy(Busy.REPLYING)
        self.generateRequested.emit(request)
        self.conversationsChanged.emit()

    def stop(self) -> bool:
        """Stop the reply being written (within one token); whether there was one."""
        if self._active is None:
            return False
        self._active[0].turn.cancel.set()
        return True

    def active_request(self) -> int | None:
        """The id of the request being answered, if any (for the worker's stop)."""
        return self._active[0].request_id if self._active is not None else None

    def measure(self) -> None:
        """Ask the worker what of the open conversation fits, to mark the rest now."""
        self.contextReported.emit(None)
        if self._conversation is None or self._loaded is None or self._active is not None:
            return
        self._measuring = next(self._requests)
        self.measureRequested.emit(MeasureRequest(
            self._measuring, self._conversation.id, self._params(),
            self.default_system_prompt()))

    # -- the worker's answers ---------------------------------------------------------------

    def _current(self, request_id: int) -> ChatItem | None:
        if self._active is None or self._active[0].request_id != request_id:
            return None
        return self._active[2]

    @Slot(int, int)
    def user_message_saved(self, request_id: int, message_id: int) -> None:
        if self._active is not None and self._active[0].request_id == request_id \
                and self._active[1] is not None:
            self._active[1].message_id = message_id
            self.conversationsChanged.emit()  # a new conversation has its title now

    @Slot(int, object)
    def context_fitted(self, request_id: int, report: ContextFitted) -> None:
        if self._current(request_id) is None and request_id != self._measuring:
            return
        first_kept = next((item for item in self.chat_model.items()
                           if report.first_kept and item.message_id == report.first_kept),
                          None)
        self.chat_model.set_boundary(first_kept, report.dropped, summarized=report.summarized)
        self.contextReported.emit(report)

    @Slot(int)
    def folding_started(self, request_id: int) -> None:
        if self._current(request_id) is not None:
            self.foldingStarted.emit()

    @Slot(int, str)
    def too_large(self, request_id: int, text: str) -> None:
        if self._current(request_id) is not None:
            self._too_large = text

    @Slot(int, object)
    def sources_found(self, request_id: int, hits: tuple[Hit, ...]) -> None:
        item = self._current(request_id)
        if item is not None:
            item.sources = sources_from_hits(hits)
            self.sourcesFound.emit(len(hits))

    @Slot(int, object)
    def reply_cited(self, request_id: int, citations: tuple[object, ...]) -> None:
        item = self._current(request_id)
        if item is not None:
            item.citations = citations_from(citations)
            self.chat_model.changed(item)

    @Slot(int, int)
    def reply_started(self, request_id: int, message_id: int) -> None:
        item = self._current(request_id)
        if item is not None:
            item.message_id = message_id
            self.replyStarted.emit()

    @Slot(int, str)
    def reply_text(self, request_id: int, text: str) -> None:
        item = self._current(request_id)
        if item is not None:
            item.content += text
            self.chat_model.changed(item)

    def _end_turn(self) -> None:
        self._active = None
        self._set_busy(Busy.READY if self._loaded is not None else Busy.NO_MODEL)

    @Slot(int, object)
    def reply_finished(self, request_id: int, stats: ReplyStats | None) -> None:
        item = self._current(request_id)
        if item is None:
            return
        stopped = stats is not None and stats.stop_reason is StopReason.CANCELLED
        item.streaming = False
        item.state = MessageState.PARTIAL if stopped else MessageState.COMPLETE
        item.stats = stats
        self.chat_model.changed(item)
        self._end_turn()
        if stats is not None and stats.tokens_per_second:
            self.speedMeasured.emit(stats.tokens_per_second)
        # The sidebar waits for the next turn of the event loop, so the last render of a
        # long reply and the sidebar refresh do not fall in the same frame.
        QTimer.singleShot(0, lambda: self._after_reply(stats))

    def _after_reply(self, stats: ReplyStats | None) -> None:
        self.reload()  # the worker may have updated the running summary
        self.conversationsChanged.emit()
        self.replyDone.emit(stats)

    @Slot(int, str)
    def reply_failed(self, request_id: int, message: str) -> None:
        item = self._current(request_id)
        if item is None:
            return
        item.streaming = False
        text, self._too_large = self._too_large, None
        if not message or text is not None:  # stopped before it began, or nothing generated
            self.chat_model.truncate(item)
        else:
            item.state = MessageState.ERROR
            self.chat_model.changed(item)
        self._end_turn()
        if text is not None:
            self.messageTooLarge.emit(message, text)
        elif message:
            self.errorOccurred.emit(message)
        self.conversationsChanged.emit()
        self.replyDone.emit(None)
