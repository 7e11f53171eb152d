"""A conversation's own sampling settings, which take the place of the user's for its replies.

Kept in the conversation's settings under :data:`SETTINGS_KEY`, apart from the settings
recorded when it was created (:meth:`GenerationParams.recorded`), which only say what they were
then: a conversation follows the user's settings until the user gives it values of its own
(the window's Conversation settings dialog).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from assistant.core.llm.messages import GenerationParams
from assistant.core.settings import Settings

SETTINGS_KEY = "own_settings"
TEMPERATURE_RANGE = (0.0, 2.0)
MAX_TOKENS_RANGE = (16, 32768)


@dataclass(frozen=True)
class ConversationSettings:
    """The values a conversation sets for itself (``None``: the user's setting applies).

    Attributes:
        temperature: Sampling temperature for this conversation's replies.
        max_tokens: The longest reply, in tokens.

    """

    temperature: float | None = None
    max_tokens: int | None = None

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> ConversationSettings:
        """The record in a conversation's settings (missing or odd values are ignored)."""
        raw = settings.get(SETTINGS_KEY)
        if not isinstance(raw, Mapping):
            return cls()
        temperature, max_tokens = raw.get("temperature"), raw.get("max_tokens")
        low, high = TEMPERATURE_RANGE
        if not (isinstance(temperature, (int, float)) and not isinstance(temperature, bool)
                and math.isfinite(temperature) and low <= temperature <= high):
            temperature = None
        shortest, longest = MAX_TOKENS_RANGE
        if not (isinstance(max_tokens, int) and not isinstance(max_tokens, bool)
                and shortest <= max_tokens <= longest):
            max_tokens = None
        return cls(temperature=None if temperature is None else float(temperature),
                   max_tokens=max_tokens)

    def as_settings(self) -> dict[str, Any] | None:
        """The mapping stored under :data:`SETTINGS_KEY` (``None``: nothing of its own)."""
        values = {"temperature": self.temperature, "max_tokens": self.max_tokens}
        kept = {name: value for name, value in values.items() if value is not None}
        return kept or None

    def params(self, settings: Settings, **overrides: Any) -> GenerationParams:
        """Sampling for one of this conversation's replies.

        The user's ``settings``, this conversation's values over them, and ``overrides``
        (``None`` values ignored, as a command line's unset flags) over both.
        """
        own = {"temperature": self.temperature, "max_tokens": self.max_tokens}
        own.update({name: value for name, value in overrides.items() if value is not None})
        return GenerationParams.from_settings(settings, **own)
