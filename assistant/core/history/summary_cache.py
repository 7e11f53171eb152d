"""Where finished summary model calls are kept, so a stopped summary resumes where it was.

Entries are keyed by a hash of exactly what the model read (see
:mod:`assistant.core.documents.summarize`) and filed under the document they summarize; the app
keeps them in the encrypted history, which deletes a document's entries with the conversation
its summary opened.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Protocol

from assistant.core.errors import PequenoError
from assistant.core.history.store import HistoryStore

log = logging.getLogger(__name__)


class SummaryCache(Protocol):
    """Where finished model calls are kept, by a hash of what the model read."""

    def get(self, key: str) -> str | None:
        """The text stored under ``key``, if any."""

    def put(self, key: str, text: str, *, document: str | None = None) -> None:
        """Keep ``text`` under ``key``, filed under ``document`` (an id of the document)."""


@dataclass
class MemoryCache:
    """A summary cache in memory (for runs without a history)."""

    entries: dict[str, str] = field(default_factory=dict)

    def get(self, key: str) -> str | None:
        """The text stored under ``key``, if any."""
        return self.entries.get(key)

    def put(self, key: str, text: str, *, document: str | None = None) -> None:
        """Keep ``text`` under ``key`` (gone with the process, so ``document`` is not kept)."""
        self.entries[key] = text


class StoredCache:
    """The summary cache kept in the user's encrypted history.

    A cache can only save time: an entry that cannot be read or written costs that entry, not
    the summary (the store logs a failed write).
    """

    def __init__(self, store: HistoryStore) -> None:
        self._store = store

    def get(self, key: str) -> str | None:
        """The text stored under ``key``, or ``None`` (also when the history cannot be read)."""
        try:
            return self._store.cached_summary(key)
        except PequenoError as exc:
            log.warning("the summary cache could not be read: %s", exc)
            return None

    def put(self, key: str, text: str, *, document: str | None = None) -> None:
        """Keep ``text`` under ``key``, filed under ``document`` (a full disk costs the entry)."""
        self._store.cache_summary(key, text, document=document)


def cache_for(store: HistoryStore | None) -> SummaryCache:
    """The history's cache, or one in memory when there is no history."""
    return StoredCache(store) if store is not None else MemoryCache()
