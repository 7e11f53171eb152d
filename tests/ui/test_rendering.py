"""Markdown to Qt rich text: safe, highlighted, with copy links, and split while streaming."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from assistant.ui.rendering import COPY_CODE, MarkdownRenderer, settled_length

CODE_REPLY = "Intro\n\n```python\nprint('a')\n```\n\nMiddle\n\n```\nplain\n```\n"


def test_raw_html_in_a_reply_is_shown_as_text_not_run() -> None:
    rendered = MarkdownRenderer().render('<img src="http://example.com/x.png"><script>x</script>',
                                         dark=False, copy_label="Copy")

    assert "<img" not in rendered.html
    assert "<script>" not in rendered.html
    assert "&lt;script&gt;" in rendered.html


def test_code_blocks_are_highlighted_and_each_has_a_copy_link() -> None:
    rendered = MarkdownRenderer().render(CODE_REPLY, dark=False, copy_label="Copy code")

    assert rendered.code_blocks == ("print('a')\n", "plain\n")
    assert f'href="{COPY_CODE}0"' in rendered.html
    assert f'href="{COPY_CODE}1"' in rendered.html
    assert "color:" in rendered.html  # Pygments inline styles


def test_copy_links_continue_the_numbering_of_an_earlier_part() -> None:
    rendered = MarkdownRenderer().render("```\nx\n```\n", dark=True, copy_label="Copy",
                                         first_block=3)

    assert rendered.code_blocks == ("x\n",)
    assert f'href="{COPY_CODE}3"' in rendered.html


def test_a_growing_reply_is_settled_up_to_its_last_finished_block() -> None:
    text = "First paragraph.\n\nSecond paragraph is still being wri"

    assert text[:settled_length(text)] == "First paragraph.\n\n"


def test_a_blank_line_inside_a_code_fence_does_not_settle_the_block() -> None:
    text = "Look:\n\n```python\ndef f():\n\n    return 1"

    assert text[:settled_length(text)] == "Look:\n\n"


@given(st.text(alphabet="ab `\n~", max_size=200))
def test_the_settled_part_is_always_a_prefix_ending_a_line(text: str) -> None:
    cut = settled_length(text)

    assert 0 <= cut <= len(text)
    assert cut == 0 or text[cut - 1] == "\n"


def _hrefs(markdown: str) -> list[str]:
    rendered = MarkdownRenderer().render(markdown, dark=False, copy_label="Copy")
    return re.findall(r'href="([^"]*)"', rendered.html)


def test_images_in_a_reply_stay_text_and_name_no_file() -> None:
    rendered = MarkdownRenderer().render(
        "![a](/etc/passwd) ![b](//host/share/x.png) ![c](fifo) ![d](https://example.com/x.png)",
        dark=False, copy_label="Copy")

    assert "<img" not in rendered.html
    assert "![a](/etc/passwd)" in rendered.html
    assert "![b](//host/share/x.png)" in rendered.html


def test_links_in_a_reply_lead_only_to_web_pages_and_mail() -> None:
    hrefs = _hrefs("[web](https://example.com/a) [mail](mailto:a@example.com) "
                   "[local](/etc/passwd) [share](//host/share) [file](file:///etc/passwd) "
                   "[relative](notes.txt) [app](pequeno:regenerate) <pequeno:copy> [ref][r]\n\n"
                   "[r]: C:/Windows/win.ini\n")

    assert hrefs == ["https://example.com/a", "mailto:a@example.com"]


def test_a_reply_cannot_spell_the_apps_own_links_even_knowing_them() -> None:
    assert _hrefs(f"[copy]({COPY_CODE}0) <{COPY_CODE}1>") == []
