"""Keep end-of-turn markers such as ``<|end|>`` out of streamed text.

The engine stops on end-of-turn *tokens*; this guards the text as well, for a model that spells
a marker out of ordinary pieces. Text that might be the start of a marker is held back until
the next piece settles it, so nothing of a marker ever reaches the reader.
"""

from __future__ import annotations

from collections.abc import Iterable


class StopFilter:
    """Streams text through, cutting it at the first end-of-turn marker."""

    def __init__(self, markers: Iterable[str]) -> None:
        self._markers = tuple(m for m in markers if m)
        self._held = ""
        self.stopped = False

    def feed(self, text: str) -> str:
        """Take the next piece; return what is safe to show now."""
        if self.stopped:
            return ""
        buffer = self._held + text
        cuts = [i for i in (buffer.find(m) for m in self._markers) if i >= 0]
        if cuts:
            self.stopped = True
            self._held = ""
            return buffer[:min(cuts)]
        hold = 0
        for marker in self._markers:
            for size in range(min(len(marker) - 1, len(buffer)), hold, -1):
                if buffer.endswith(marker[:size]):
                    hold = size
                    break
        self._held = buffer[len(buffer) - hold:] if hold else ""
        return buffer[:len(buffer) - hold]

    def flush(self) -> str:
        """The held-back text once the stream has ended (it was not a marker after all)."""
        held, self._held = self._held, ""
        return "" if self.stopped else held
