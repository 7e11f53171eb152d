"""A web page's visible text, cut at its ``h1`` to ``h3`` headings, and its title."""

from __future__ import annotations

import re
from html.parser import HTMLParser


class VisibleText(HTMLParser):
    """Collects a page's visible text, cut at ``h1`` to ``h3`` headings, and its ``<title>``."""

    HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg", "object"})
    BLOCKS = frozenset({
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    })
    HEADINGS = frozenset({"h1", "h2", "h3"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.sections: list[tuple[str | None, str]] = []
        self._heading: str | None = None
        self._parts: list[str] = []
        self._heading_parts: list[str] | None = None
        self._hidden = 0
        self._in_title = False
        self._title_done = False
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """An opening tag."""
        if tag == "title" and not self._title_done:
            self._in_title = True
        elif tag == "body" and self._hidden:
            self._hidden = 0  # an unclosed <head>
        elif tag in self.HIDDEN:
            self._hidden += 1
        if self._hidden:
            return
        if tag == "pre":
            self._pre += 1
        if tag in self.HEADINGS:
            self._flush()
            self._heading_parts = []
        if tag in self.BLOCKS:
            self._parts.append("\n")
        elif tag in ("td", "th"):
            self._parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        """A closing tag."""
        if tag == "title" and self._in_title:
            self._in_title, self._title_done = False, True
        if tag in self.HIDDEN:
            self._hidden = max(self._hidden - 1, 0)
            return
        if self._hidden:
            return
        if tag == "pre":
            self._pre = max(self._pre - 1, 0)
        if tag in self.HEADINGS and self._heading_parts is not None:
            self._heading = " ".join("".join(self._heading_parts).split()) or None
            self._heading_parts = None
        if tag in self.BLOCKS:
            self._parts.append("\n")

    def handle_data(self, data: str) -> None:
        """Text between tags."""
        if self._in_title:
            self.title += data
        if self._hidden:
            return
        text = data if self._pre else re.sub(r"\s+", " ", data)
        self._parts.append(text)
        if self._heading_parts is not None:
            self._heading_parts.append(text)

    def close(self) -> None:
        """End of the page: the last section is kept."""
        super().close()
        self._flush()

    def _flush(self) -> None:
        lines = (line.strip() if line.strip() else "" for line in "".join(self._parts).split("\n"))
        text = re.sub(r"\n{2,}", "\n", "\n".join(lines)).strip("\n")
        self.sections.append((self._heading, text))
        self._parts = []
