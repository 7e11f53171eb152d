"""Keep end-of-turn markers such as ``<|end|>`` and prompt scaffolding out of streamed text.

The engine stops on end-of-turn *tokens*; this guards the text as well, for a model that spells
a marker out of ordinary pieces, or starts a turn of its own (``<|user|>``). Markers to drop
(not stop at) can be given too. Text that might be the start of a marker is held back until the
next piece settles it, so nothing of a marker ever reaches the reader.
"""

from __future__ import annotations

from collections.abc import Iterable

# Chat templates' turn openers: a model writing one is making up the next turn. (Markers that
# read as ordinary text, such as Llama 2's [INST], are left alone: a reply may discuss them.)
TURN_STARTS = ("<|user|>", "<|assistant|>", "<|system|>", "<|im_start|>",
               "<|start_header_id|>")


class StopFilter:
    """Streams text through, cutting it at the first end-of-turn marker, dropping delimiters."""

    def __init__(self, markers: Iterable[str], dropped: Iterable[str] = ()) -> None:
        self._markers = tuple(m for m in (*markers, *TURN_STARTS) if m)
        self._dropped = tuple(m for m in dropped if m)
        self._held = ""
        self.stopped = False

    def feed(self, text: str) -> str:
        """Take the next piece; return what is safe to show now."""
        if self.stopped:
            return ""
        buffer = self._held + text
        for marker in self._dropped:
            buffer = buffer.replace(marker, "")
        cuts = [i for i in (buffer.find(m) for m in self._markers) if i >= 0]
        if cuts:
            self.stopped = True
            self._held = ""
            return buffer[:min(cuts)]
        hold = 0
        for marker in (*self._markers, *self._dropped):
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
