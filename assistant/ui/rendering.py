"""Chat messages as HTML for Qt's rich text: Markdown, highlighted code, action links.

Message text is untrusted (a reply can be steered by a summarized document), so it can only
ever be text: markdown-it (CommonMark, tables, strikethrough) runs with raw HTML and images
disabled, and links only to web pages and mail addresses; any other link (a local path, a
``//host/share`` UNC path, ``file:``, ``pequeno:``) stays literal text. Code blocks are coloured
by Pygments with inline styles (Qt's rich text has no stylesheet classes), in the light or dark
style and on the background :mod:`assistant.ui.theme` gives, and carry a "Copy" link. The
app's own action links use the ``pequeno:`` scheme with a token made at start-up, which no
message can know, and are handled by the chat view, never opened.

Every document that shows such HTML is an :class:`InertDocument`, which loads nothing.
"""

from __future__ import annotations

import functools
import html
import re
import secrets
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
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument

from assistant.ui.theme import code_background, code_style

LINK_PREFIX = f"pequeno:{secrets.token_hex(16)}/"
COPY_CODE = f"{LINK_PREFIX}copy-code/"
_SAFE_LINK = re.compile(r"(?:https?|mailto):", re.IGNORECASE)


class InertDocument(QTextDocument):
    """A rich text document that never loads a resource: no file, share or network is touched.

    Qt's documents load ``<img>`` sources and style sheets from local paths on their own
    (a FIFO hangs the thread; a ``//host/share`` path is an SMB connection on Windows). Ours
    hold no images (they are removed on :meth:`setHtml`, before Qt even checks for a
    high-resolution ``@2x`` file) and answer every resource request with an empty one.
    """

    def setHtml(self, html: str) -> None:
        """Show ``html``, without any image it names."""
        super().setHtml(html)
        if "\ufffc" not in self.toPlainText():  # where images are; a walk costs milliseconds
            return
        images: list[tuple[int, int]] = []
        block = self.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    images.append((fragment.position(), fragment.length()))
                fragments += 1
            block = block.next()
        cursor = QTextCursor(self)
        for position, length in reversed(images):
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()

    def loadResource(self, type: int, name: QUrl | str) -> object:
        # An empty image, not "nothing": for a missing image Qt opens the file itself.
        if type == QTextDocument.ResourceType.ImageResource.value:
            empty = QImage(1, 1, QImage.Format.Format_ARGB32)
            empty.fill(0)
            return empty
        return ""


@dataclass(frozen=True)
class Rendered:
    """A message as HTML, and the code blocks its copy links refer to."""

    html: str
    code_blocks: tuple[str, ...]


@functools.cache
def _formatter(dark: bool) -> HtmlFormatter[str]:
    return HtmlFormatter(nowrap=True, noclasses=True, style=code_style(dark))


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
        background = code_background(self.dark).name()
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


class _Markdown(MarkdownIt):
    """CommonMark whose links may only lead to web pages and mail addresses."""

    def validateLink(self, url: str) -> bool:
        return _SAFE_LINK.match(url) is not None


class MarkdownRenderer:
    """Turns message text into HTML. One per view; not thread-safe."""

    def __init__(self) -> None:
        self._md = _Markdown("commonmark", {"html": False, "linkify": False},
                             renderer_cls=_Renderer).enable(["table", "strikethrough"]) \
            .disable("image")
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
