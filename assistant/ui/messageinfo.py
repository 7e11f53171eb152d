"""What a message says about itself beyond its text: who wrote it, when, and a reply's figures.

Every piece is plain text (a model's name comes from its file, so it is never markup); the
delegate escapes it where it lays a message out. Times are local and short, written as the
user's locale writes them: the time alone for today's messages, the date too for older ones.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject

from assistant.core.history.store import Role
from assistant.core.i18n import format_number
from assistant.core.llm.messages import ReplyStats, StopReason
from assistant.ui.chatmodel import ChatItem


class MessageInfo(QObject):
    """The author, time and figures shown with each message, in the current language."""

    def author(self, item: ChatItem) -> str:
        """The user ("You"), or the model that wrote a reply ("Pequeno" when unknown)."""
        if item.role is Role.USER:
            return self.tr("You")
        return item.model or self.tr("Pequeno")

    def time(self, item: ChatItem) -> str:
        """When ``item`` was written, short and local ("" when unknown)."""
        if item.created <= 0:
            return ""
        stamp = QDateTime.fromMSecsSinceEpoch(item.created // 1000)
        locale = QLocale()
        if stamp.date() == QDate.currentDate():
            return locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)
        return locale.toString(stamp, QLocale.FormatType.ShortFormat)

    def stop_reason(self, reason: StopReason) -> str:
        """Why a reply ended, in a few words."""
        return {
            StopReason.END_OF_TURN: self.tr("finished on its own"),
            StopReason.MAX_TOKENS: self.tr("reached the length limit"),
            StopReason.CONTEXT_FULL: self.tr("the model's memory was full"),
            StopReason.CANCELLED: self.tr("stopped by you"),
            StopReason.REPEATING: self.tr("stopped: kept repeating itself"),
        }[reason]

    def details(self, stats: ReplyStats) -> list[str]:
        """A reply's figures, one short line each: speed, tokens, first token, why it ended."""
        return [
            self.tr("{rate} tokens/s").format(rate=format_number(stats.tokens_per_second, 1)),
            self.tr("Reply tokens: {count}").format(
                count=format_number(stats.completion_tokens)),
            self.tr("Prompt tokens: {count}").format(count=format_number(stats.prompt_tokens)),
            self.tr("First token after {seconds} s").format(
                seconds=format_number(stats.time_to_first_token, 2)),
            self.stop_reason(stats.stop_reason),
        ]

    def details_link(self, shown: bool) -> str:
        """The text of the link that shows (or hides) a reply's figures."""
        return self.tr("Hide details") if shown else self.tr("Details")
