"""Branching a conversation: a new one that starts as a copy of another up to one message."""

from __future__ import annotations

from assistant.core.conversation.running_summary import SETTINGS_KEY, RunningSummary
from assistant.core.history.store import Conversation, HistoryStore


def branch(store: HistoryStore, message_id: int, title: str) -> Conversation:
    """A new conversation holding the messages up to and including ``message_id``.

    It keeps the original's model, system prompt and settings. A running summary comes along
    while it stands in only for messages the branch holds; one that covers later messages too
    is started afresh (still on, if it was).

    Raises:
        PequenoError: there is no such message, or the history cannot be written.

    """
    message = store.message(message_id)
    source = store.conversation(message.conversation)
    settings = dict(source.settings)
    summary = RunningSummary.from_settings(settings)
    if summary.covers:
        held = store.count_messages(source.id, before=message_id + 1, readable=True)
        if summary.covers > held:
            settings[SETTINGS_KEY] = RunningSummary(enabled=summary.enabled).as_settings()
    return store.branch(message_id, title, settings=settings)
