"""Chat messages as HTML for Qt's rich text: Markdown, highlighted code, action links.

Message text is untrusted (a reply can be steered by a summarized document), so it can only
ever be text: markdown-it (CommonMark, tables, strikethrough) runs with raw HTML and images
disabled, and links only to web pages and mail addresses; any other link (a local path, a
``//host/share`` UNC path, ``file:``, ``pequeno:``) stays literal text. Code blocks are coloured
by Pygments with inline styles (Qt's rich text has no stylesheet classes), in the light or dark
style and on the background :mod:`assistant.ui.theme` gives, and carry a "Copy" link. The
app's own action links use the ``pequeno:`` scheme with a token made at start-up, which no
message can know, and are handled by the chat view, never opened.

A reply answered from documents cites its sources as ``[1]``; for the numbers its stored
citations know (and only those, only in plain text: never in code, never inside a link), the
renderer makes the ``[1]`` one of the app's links, labelled with the passage's place ("p. 3").
The model chooses only which number it writes; where the link leads and what it says is ours.

Every document that shows such HTML is an :class:`InertDocument`, which loads nothing.
"""

from __future__ import annotations

import functools
import html
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML, RendererProtocol
from markdown_it.rules_core import StateCore
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
CITE = f"{LINK_PREFIX}cite/"
# "[1]" or "[1, 2]", as a reply cites its sources (as the core's documents.citations reads).
_CITATION = re.compile(r"\[\s*(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\s*\]")
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


def _cite_sources(state: StateCore) -> None:
    """Split each cited ``[n]`` of plain text into a ``citation`` token (see the module doc)."""
    labels: Mapping[int, str] = state.env.get("citations") or {}
    if not labels:
        return
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        children: list[Token] = []
        in_link = 0
        for token in block.children:
            if token.type == "link_open":
                in_link += 1
            elif token.type == "link_close":
                in_link -= 1
            if token.type != "text" or in_link:
                children.append(token)
                continue
            children.extend(_split_citations(token, labels))
        block.children = children


def _split_citations(token: Token, labels: Mapping[int, str]) -> list[Token]:
    """``token``'s text with each ``[n]`` (or ``[n, m]``) whose numbers are all cited split off."""
    pieces: list[Token] = []
    start = 0
    for match in _CITATION.finditer(token.content):
        numbers = [int(n) for n in re.split(r"[,;]", match.group(1))]
        if not all(n in labels for n in numbers):
            continue
        if match.start() > start:
            pieces.append(_text(token.content[start:match.start()]))
        for index, number in enumerate(numbers):
            if index:
                pieces.append(_text(" "))
            citation = Token("citation", "", 0)
            citation.meta = {"number": number}
            pieces.append(citation)
        start = match.end()
    if not pieces:
        return [token]
    if start < len(token.content):
        pieces.append(_text(token.content[start:]))
    return pieces


def _text(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


def _render_citation(renderer: RendererProtocol, tokens: Sequence[Token], idx: int,
                     options: OptionsDict, env: EnvType) -> str:
    number = int(tokens[idx].meta["number"])
    label = html.escape(env["citations"][number])
    return f'<a href="{CITE}{number}">[{label}]</a>'


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
        self._md.core.ruler.push("cite_sources", _cite_sources)
        self._md.add_render_rule("citation", _render_citation)
        self._renderer: _Renderer = self._md.renderer  # type: ignore[assignment]

    def render(self, text: str, *, dark: bool, copy_label: str,
               first_block: int = 0, citations: Mapping[int, str] | None = None) -> Rendered:
        """Markdown ``text`` as HTML with highlighted, copyable code blocks.

        Copy links count code blocks from ``first_block``, for text that continues a part
        rendered before it. ``citations`` maps the source numbers a reply cites to the text
        of their links ("p. 3"); any other ``[n]`` stays text.
        """
        self._renderer.dark = dark
        self._renderer.copy_label = copy_label
        self._renderer.blocks = [""] * first_block
        body = self._md.render(text, {"citations": dict(citations or {})})
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
