"""Undo for a deleted conversation: a banner with "Undo" for a few seconds.

The deletion itself happens at once in the store (:meth:`HistoryStore.delete_recoverably`);
this object only holds the in-memory copy that puts it back, shows the banner, and drops the
copy when the time is up, when the banner is dismissed, when another conversation is deleted
or when the window closes. Dropping the copy is what commits the deletion: the rows left the
encrypted file already, so a crash during the undo window never resurrects a conversation
the user deleted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication, QWidget

from assistant.core.errors import PequenoError
from assistant.core.history.store import DeletedConversation, HistoryStore
from assistant.ui.banner import Banner

UNDO_MS = 10_000


class UndoDelete(QObject):
    """Keeps the last deleted conversation recoverable for :data:`UNDO_MS`, with a banner."""

    restored = Signal(int, bool)  # conversation id, whether it was the open conversation
    errorOccurred = Signal(str)

    def __init__(self, banner: Banner, store: Callable[[], HistoryStore | None], home: QWidget,
                 parent: QObject | None = None) -> None:
        """Use ``banner`` for the offer; the keyboard focus goes back to ``home`` after it."""
        super().__init__(parent)
        self.banner = banner
        self._home = home
        self._store = store
        self._pending: DeletedConversation | None = None
        self._was_open = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UNDO_MS)
        self.timer.timeout.connect(self.commit)
        banner.close_button.clicked.connect(self.commit)

    @property
    def pending(self) -> DeletedConversation | None:
        """The conversation that "Undo" would bring back, if any."""
        return self._pending

    def hold(self, deleted: DeletedConversation, *, was_open: bool) -> None:
        """Offer to undo ``deleted`` (an earlier one's chance ends now)."""
        self.commit()
        self._pending = deleted
        self._was_open = was_open
        text = self._offer(deleted)
        self.timer.start()
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.banner.label, text))

    def retranslate(self) -> None:
        """Say the offer on show in the current language (its time runs on)."""
        if self._pending is not None:
            self._offer(self._pending)

    def _offer(self, deleted: DeletedConversation) -> str:
        title = deleted.title or self.tr("New conversation")
        text = self.tr("Deleted “{title}”.").format(title=title)
        self.banner.show_message(text, (self.tr("Undo"), self.undo))
        self.banner.action_button.setAccessibleDescription(
            self.tr("Bring the deleted conversation back"))
        return text

    def undo(self) -> None:
        """Bring the held conversation back, exactly as it was."""
        deleted, self._pending = self._pending, None
        self.timer.stop()
        self._hide_banner()
        store = self._store()
        if deleted is None or store is None:
            return
        self._home.setFocus()  # from the banner's button (gone now) or already there
        try:
            store.undelete(deleted)
        except PequenoError as exc:
            self.errorOccurred.emit(exc.message)
            return
        self.restored.emit(deleted.id, self._was_open)

    def commit(self) -> None:
        """Let the deletion stand: drop the copy and the banner."""
        self.timer.stop()
        if self._pending is not None:
            self._pending = None
            self._hide_banner()

    def _hide_banner(self) -> None:
        if not self.banner.isVisible():
            return
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.banner.isAncestorOf(focus)
        self.banner.hide()
        if had_focus:  # the offer ran out under the keyboard focus: back to the list
            self._home.setFocus()
