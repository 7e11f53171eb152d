"""Chat messages as HTML for Qt's rich text: Markdown, highlighted code, action links.

Markdown is parsed by markdown-it (CommonMark, tables, strikethrough) with raw HTML disabled,
so a reply cannot inject markup or load anything. Code blocks are coloured by Pygments with
inline styles (Qt's rich text has no stylesheet classes) and carry a "Copy" link; the links
use the ``pequeno:`` scheme and are handled by the chat view, never opened.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Sequence
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import TextLexer, get_lexer_by_name
from pygments.util import ClassNotFound

COPY_CODE = "pequeno:copy-code/"
LINK_PREFIX = "pequeno:"


@dataclass(frozen=True)
class Rendered:
    """A message as HTML, and the code blocks its copy links refer to."""

    html: str
    code_blocks: tuple[str, ...]


@functools.cache
def _formatter(dark: bool) -> HtmlFormatter[str]:
    return HtmlFormatter(nowrap=True, noclasses=True, style="monokai" if dark else "friendly")


@functools.lru_cache(maxsize=512)
def _highlighted(code: str, language: str, dark: bool) -> str:
    """Code as coloured HTML. Cached: a streaming reply re-renders its finished blocks."""
    try:
        lexer = get_lexer_by_name(language) if language else TextLexer()
    except ClassNotFound:
        lexer = TextLexer()
    return highlight(code, lexer, _formatter(dark))


class _Renderer(RendererHTML):
    """Fenced and indented code: highlighted, with a copy link above each block."""

    def __init__(self, parser: MarkdownIt | None = None) -> None:
        super().__init__(parser)
        self.dark = False
        self.copy_label = "Copy code"
        self.blocks: list[str] = []

    def _code(self, code: str, language: str) -> str:
        index = len(self.blocks)
        self.blocks.append(code)
        body = _highlighted(code, language, self.dark)
        background = "#272822" if self.dark else "#f4f4f4"
        caption = html.escape(language or "")
        return (f'<table width="100%" cellpadding="6" cellspacing="0" '
                f'style="background-color:{background};">'
                f'<tr><td><small>{caption}</small></td><td align="right"><small>'
                f'<a href="{COPY_CODE}{index}">{html.escape(self.copy_label)}</a>'
                f'</small></td></tr><tr><td colspan="2"><pre style="margin:0;">{body}</pre>'
                f'</td></tr></table>')

    def fence(self, tokens: Sequence[Token], idx: int, options: OptionsDict,
              env: EnvType) -> str:
        token = tokens[idx]
        language = token.info.strip().split(" ")[0] if token.info else ""
        return self._code(token.content, language)

    def code_block(self, tokens: Sequence[Token], idx: int, options: OptionsDict,
                   env: EnvType) -> str:
        return self._code(tokens[idx].content, "")


class MarkdownRenderer:
    """Turns message text into HTML. One per view; not thread-safe."""

    def __init__(self) -> None:
        self._md = MarkdownIt("commonmark", {"html": False, "linkify": False},
                              renderer_cls=_Renderer).enable(["table", "strikethrough"])
        self._renderer: _Renderer = self._md.renderer  # type: ignore[assignment]

    def render(self, text: str, *, dark: bool, copy_label: str,
               first_block: int = 0) -> Rendered:
        """Markdown ``text`` as HTML with highlighted, copyable code blocks.

        Copy links count code blocks from ``first_block``, for text that continues a part
        rendered before it.
        """
        self._renderer.dark = dark
        self._renderer.copy_label = copy_label
        self._renderer.blocks = [""] * first_block
        body = self._md.render(text)
        return Rendered(body, tuple(self._renderer.blocks[first_block:]))


def settled_length(text: str) -> int:
    """How much of a growing Markdown text is finished blocks that later text cannot change.

    That is everything up to the last blank line outside a code fence (a heuristic: a list
    that goes on after a blank line is split, which the final full render mends).
    """
    fence = ""
    position = settled = 0
    for line in text.splitlines(keepends=True):
        stripped = line.lstrip()
        marker = stripped[:3]
        if marker in ("```", "~~~"):
            if not fence:
                fence = marker
            elif marker == fence:
                fence = ""
        elif not fence and not stripped.strip() and line.endswith("\n"):
            settled = position + len(line)
        position += len(line)
    return settled
