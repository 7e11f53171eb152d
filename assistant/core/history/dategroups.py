"""The sidebar's groups: pinned conversations, then by the day of their last update.

Days are calendar days in local time (a conversation updated at 23:59 yesterday is
"yesterday", not "today" because it was less than 24 hours ago). Pure functions of the
conversations and a given "now", so tests fix the clock and the time zone.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum

from assistant.core.history.records import Conversation

RECENT_DAYS = 7  # "Previous 7 days": two to seven calendar days ago


class DateGroup(StrEnum):
    """A group of the conversation list, in the order the list shows them."""

    PINNED = "pinned"
    TODAY = "today"
    YESTERDAY = "yesterday"
    PREVIOUS_7_DAYS = "previous_7_days"
    OLDER = "older"


def date_group(updated: int, now: datetime) -> DateGroup:
    """The group of a conversation last updated at ``updated`` (microseconds since the epoch).

    Args:
        updated: the conversation's last update, as the history stores it.
        now: the present moment. A naive ``now`` is local time, and ``updated`` is read in
            the system's time zone (with its daylight saving time on that day); an aware one
            reads ``updated`` in ``now``'s time zone.

    A time in the future (a clock set back since) counts as today.
    """
    moment = datetime.fromtimestamp(updated / 1_000_000, now.tzinfo)
    days = (now.date() - moment.date()).days
    if days <= 0:
        return DateGroup.TODAY
    if days == 1:
        return DateGroup.YESTERDAY
    if days <= RECENT_DAYS:
        return DateGroup.PREVIOUS_7_DAYS
    return DateGroup.OLDER


def group_conversations(conversations: Iterable[Conversation], now: datetime | None = None
                        ) -> list[tuple[DateGroup, list[Conversation]]]:
    """The conversations in their groups: pinned first, then today, yesterday, and so on.

    Each group keeps the order the conversations came in; empty groups are left out.
    ``now`` defaults to the present, in local time.
    """
    moment = now if now is not None else datetime.now()
    groups: dict[DateGroup, list[Conversation]] = {group: [] for group in DateGroup}
    for conversation in conversations:
        group = DateGroup.PINNED if conversation.pinned \
            else date_group(conversation.updated, moment)
        groups[group].append(conversation)
    return [(group, members) for group, members in groups.items() if members]
