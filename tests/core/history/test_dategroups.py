"""The sidebar's groups: pinned first, then by calendar day of the last update, in local time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from assistant.core.history.dategroups import DateGroup, date_group, group_conversations
from assistant.core.history.records import Conversation

SAO_PAULO = ZoneInfo("America/Sao_Paulo")
NOW = datetime(2026, 3, 18, 9, 30, tzinfo=SAO_PAULO)  # a Wednesday morning


def _us(moment: datetime) -> int:
    return int(moment.timestamp() * 1_000_000)


def _conversation(number: int, updated: datetime, *, pinned: bool = False) -> Conversation:
    return Conversation(id=number, uid=f"uid-{number}", title=f"Chat {number}",
                        created=_us(updated), updated=_us(updated), model=None,
                        system_prompt=None, settings={}, pinned=pinned)


@pytest.mark.parametrize(("updated", "group"), [
    (NOW, DateGroup.TODAY),
    (NOW.replace(hour=0, minute=0), DateGroup.TODAY),  # midnight starts today
    (NOW + timedelta(hours=3), DateGroup.TODAY),  # later today (or a clock set back)
    (NOW + timedelta(days=2), DateGroup.TODAY),  # the future is not "older"
    (NOW.replace(hour=0, minute=0) - timedelta(seconds=1), DateGroup.YESTERDAY),  # 23:59:59
    (NOW - timedelta(days=1, hours=9), DateGroup.YESTERDAY),
    (NOW - timedelta(days=2), DateGroup.PREVIOUS_7_DAYS),
    (NOW - timedelta(days=3), DateGroup.PREVIOUS_7_DAYS),
    (NOW.replace(hour=0, minute=1) - timedelta(days=7), DateGroup.PREVIOUS_7_DAYS),
    (NOW.replace(hour=23, minute=59) - timedelta(days=8), DateGroup.OLDER),
    (NOW - timedelta(days=31), DateGroup.OLDER),
    (datetime(1999, 12, 31, tzinfo=SAO_PAULO), DateGroup.OLDER),
])
def test_a_conversation_goes_by_the_calendar_day_of_its_last_update(
        updated: datetime, group: DateGroup) -> None:
    assert date_group(_us(updated), NOW) is group


def test_days_are_local_days_not_24_hours() -> None:
    # 22:00 yesterday in São Paulo is 01:00 today in UTC: yesterday for the user.
    late_yesterday = datetime(2026, 3, 17, 22, 0, tzinfo=SAO_PAULO)
    early_today = NOW.replace(hour=0, minute=30)

    assert date_group(_us(late_yesterday), NOW) is DateGroup.YESTERDAY
    assert date_group(_us(late_yesterday), NOW.astimezone(UTC)) is DateGroup.TODAY
    # An hour ago, but before midnight: yesterday.
    assert date_group(_us(early_today - timedelta(hours=1)), early_today) \
        is DateGroup.YESTERDAY


def test_a_naive_now_reads_times_in_the_system_time_zone() -> None:
    now = datetime.now()
    stamp = _us(now.astimezone())

    assert date_group(stamp, now) is DateGroup.TODAY
    assert date_group(stamp - 86_400_000_000 * 40, now) is DateGroup.OLDER


def test_pinned_first_then_today_yesterday_the_week_and_older() -> None:
    conversations = [
        _conversation(1, NOW - timedelta(minutes=5)),
        _conversation(2, NOW - timedelta(days=40), pinned=True),
        _conversation(3, NOW - timedelta(hours=2)),
        _conversation(4, NOW - timedelta(days=1)),
        _conversation(5, NOW - timedelta(days=3)),
        _conversation(6, NOW - timedelta(days=30)),
        _conversation(7, NOW - timedelta(hours=1), pinned=True),
        _conversation(8, NOW - timedelta(days=365)),
    ]

    groups = group_conversations(conversations, NOW)

    assert [(group, [c.id for c in members]) for group, members in groups] == [
        (DateGroup.PINNED, [2, 7]),  # pinned whatever their date, in the order given
        (DateGroup.TODAY, [1, 3]),
        (DateGroup.YESTERDAY, [4]),
        (DateGroup.PREVIOUS_7_DAYS, [5]),
        (DateGroup.OLDER, [6, 8]),
    ]


def test_empty_groups_are_left_out() -> None:
    groups = group_conversations([_conversation(1, NOW - timedelta(days=3))], NOW)

    assert [group for group, _ in groups] == [DateGroup.PREVIOUS_7_DAYS]
    assert group_conversations([], NOW) == []


def test_without_a_now_it_groups_by_the_present() -> None:
    fresh = _conversation(1, datetime.now().astimezone())

    assert group_conversations([fresh]) == [(DateGroup.TODAY, [fresh])]
