"""Text for a terminal: control characters from untrusted text made visible, never obeyed.

A model's reply, a GGUF's name or an imported conversation may hold escape sequences that clear
the screen, set the window title or write the clipboard (OSC 52) when printed raw. On a terminal
every C0 control except newline and tab, DEL and every C1 control is replaced: C0 and DEL by
their Unicode control pictures (ESC shows as ``␛``), C1 by U+FFFD. A carriage return stays only
before a newline. Pipes and files get the text exactly as it is.
"""

from __future__ import annotations

import io
import re
from typing import TextIO, cast

# C0 except \t and \n, a \r not before \n, DEL, and C1 (U+0080 to U+009F).
_CONTROL = re.compile("\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_PICTURES = {**{chr(code): chr(0x2400 + code) for code in range(0x20)}, "\x7f": "\u2421"}
_REPLACEMENT = "\ufffd"


def _visible(match: re.Match[str]) -> str:
    return _PICTURES.get(match.group(), _REPLACEMENT)


def neutralise(text: str, *, keep_leading_cr: bool = False) -> str:
    """``text`` with every terminal control character replaced by a visible one.

    Args:
        text: Text that may come from a model, a file or an import.
        keep_leading_cr: Keep a carriage return that starts ``text`` (a progress line we
            redraw in place); any other lone carriage return is replaced.

    Returns:
        ``text`` unchanged when it holds no control characters.

    """
    if keep_leading_cr and text.startswith("\r"):
        return "\r" + neutralise(text[1:])
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub(_visible, text)


def safe_for_terminal(text: str, stream: TextIO) -> str:
    """``text`` neutralised when ``stream`` is a terminal, else exactly ``text``."""
    return neutralise(text) if _is_terminal(stream) else text


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):  # closed or not a real stream
        return False


class TerminalGuard(io.TextIOBase):
    """A text stream in front of a terminal that neutralises whatever is written to it.

    Use :func:`guard` to wrap a stream only when it is a terminal. Our own escape sequences
    (bold search hits) go through :meth:`write_own`, around text already neutralised.
    """

    def __init__(self, terminal: TextIO) -> None:
        super().__init__()
        self.terminal = terminal

    def write(self, text: str) -> int:
        """Write ``text`` with its control characters made visible (a leading return kept)."""
        self.terminal.write(neutralise(text, keep_leading_cr=True))
        return len(text)

    def write_own(self, text: str) -> int:
        """Write ``text`` as it is: its control sequences are ours, the rest neutralised."""
        return self.terminal.write(text)

    def flush(self) -> None:
        """Flush the terminal stream."""
        self.terminal.flush()

    def fileno(self) -> int:
        """The terminal's file descriptor (``input()`` needs it to use line editing)."""
        return self.terminal.fileno()

    def isatty(self) -> bool:
        """Always true: only terminals are guarded."""
        return True

    def writable(self) -> bool:
        """Always true."""
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        """The terminal's encoding."""
        return self.terminal.encoding

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        """The terminal's encoding error handler."""
        return self.terminal.errors


def guard(stream: TextIO) -> TextIO:
    """``stream`` behind a :class:`TerminalGuard` if it is a terminal, else ``stream`` itself."""
    if isinstance(stream, TerminalGuard) or not _is_terminal(stream):
        return stream
    return cast(TextIO, TerminalGuard(stream))


def write_own(text: str, stream: TextIO) -> None:
    """Write text holding our own escape sequences (untrusted parts already neutralised)."""
    if isinstance(stream, TerminalGuard):
        stream.write_own(text)
    else:
        stream.write(text)
