"""Control characters from untrusted text are shown on a terminal, never obeyed."""

from __future__ import annotations

import io

import pytest

from assistant.core.terminal import TerminalGuard, guard, neutralise, safe_for_terminal


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("text", "shown"), [
    ("plain text, ção, 天气\n\tindented", "plain text, ção, 天气\n\tindented"),
    ("\x1b[2Jclear", "\u241b[2Jclear"),
    ("\x1b]52;c;aGk=\x07", "\u241b]52;c;aGk=\u2407"),
    ("\x9b31m red", "\ufffd31m red"),
    ("bell\x07 del\x7f nul\x00", "bell\u2407 del\u2421 nul\u2400"),
    ("windows\r\nline", "windows\r\nline"),
    ("hidden\rshown", "hidden\u240dshown"),
])
def test_control_characters_are_made_visible(text: str, shown: str) -> None:
    assert neutralise(text) == shown


def test_a_progress_line_keeps_its_leading_carriage_return() -> None:
    assert neutralise("\r[###] 3/10\r", keep_leading_cr=True) == "\r[###] 3/10\u240d"
    assert neutralise("\r[###]") == "\u240d[###]"


def test_only_terminals_are_guarded() -> None:
    pipe = io.StringIO()
    terminal = FakeTerminal()

    assert guard(pipe) is pipe
    assert safe_for_terminal("\x1b[2J", pipe) == "\x1b[2J"
    guarded = guard(terminal)
    assert isinstance(guarded, TerminalGuard)
    assert guard(guarded) is guarded
    print("name:\x1b]0;title\x07", file=guarded)
    guarded.write("\rprogress")
    guarded.write_own("\x1b[1mbold\x1b[0m")
    assert terminal.getvalue() == "name:\u241b]0;title\u2407\n\rprogress\x1b[1mbold\x1b[0m"
