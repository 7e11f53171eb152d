"""A conversation's own temperature and reply length take the place of the user's."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.core.conversation.own_settings import SETTINGS_KEY, ConversationSettings
from assistant.core.settings import Settings

USER = Settings(temperature=0.7, max_tokens=1024, top_p=0.9)


def test_without_values_of_its_own_a_conversation_follows_the_user() -> None:
    params = ConversationSettings.from_settings({"temperature": 0.1}).params(USER)
    assert (params.temperature, params.max_tokens, params.top_p) == (0.7, 1024, 0.9)


def test_its_own_values_win_and_flags_win_over_them() -> None:
    own = ConversationSettings.from_settings({SETTINGS_KEY: {"temperature": 0.2,
                                                             "max_tokens": 64}})
    params = own.params(USER)
    assert (params.temperature, params.max_tokens, params.top_p) == (0.2, 64, 0.9)
    flagged = own.params(USER, temperature=None, max_tokens=32)
    assert (flagged.temperature, flagged.max_tokens) == (0.2, 32)


def test_the_record_round_trips_and_empty_is_none() -> None:
    own = ConversationSettings(temperature=1.25, max_tokens=None)
    assert own.as_settings() == {"temperature": 1.25}
    assert ConversationSettings.from_settings({SETTINGS_KEY: own.as_settings()}) == own
    assert ConversationSettings().as_settings() is None


@pytest.mark.parametrize("raw", [None, "hot", [], {"temperature": "1"}, {"temperature": True},
                                 {"temperature": 9.0}, {"max_tokens": 1.5},
                                 {"max_tokens": 10**9}, {"temperature": float("nan")}])
def test_odd_values_from_a_file_are_ignored(raw: Any) -> None:
    assert ConversationSettings.from_settings({SETTINGS_KEY: raw}) == ConversationSettings()
