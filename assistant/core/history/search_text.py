"""How the history's full-text search reads text: words in any language, Chinese by character.

FTS5's ``unicode61`` tokenizer folds case and accents, so "coracao" finds "coração" and
"привет" finds "Привет". Chinese and Japanese have no spaces between words, so each CJK
character is indexed as its own token and a query's CJK run becomes a phrase: "天气" finds
the two characters next to each other, however long the query.
"""

from __future__ import annotations

import re

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"

_CJK = ("\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
        "\uac00-\ud7af\uf900-\ufaff")
_CJK_CHAR = re.compile(f"([{_CJK}])")
_CJK_SPACES = re.compile(f" *([{HIGHLIGHT_START}{HIGHLIGHT_END}]*[{_CJK}]"
                         f"[{HIGHLIGHT_START}{HIGHLIGHT_END}]*) *")
_WORD = re.compile(r"\w")
# Control characters (NUL ends an FTS5 query early) and lone surrogates (not UTF-8) in a query.
_UNSEARCHABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")

def index_text(text: str) -> str:
    """Text as the search index sees it: each CJK character stands alone."""
    return _CJK_CHAR.sub(r" \1 ", text)


def display_snippet(snippet: str) -> str:
    """Undo the CJK spacing of :func:`index_text` in a snippet; join touching highlights."""
    text = _CJK_SPACES.sub(r"\1", snippet).replace(HIGHLIGHT_END + HIGHLIGHT_START, "")
    return re.sub(r"\s+", " ", text).strip()


def match_query(query: str) -> str | None:
    """An FTS5 query for what a person typed: every word must occur; the last may be a prefix.

    Control characters count as spaces. Returns ``None`` when the query has nothing to search
    for.
    """
    phrases = []
    for term in _UNSEARCHABLE.sub(" ", query).split():
        if not _WORD.search(term):
            continue
        indexed = " ".join(index_text(term).split())
        phrases.append('"' + indexed.replace('"', '""') + '"')
    if not phrases:
        return None
    if not _CJK_CHAR.search(phrases[-1]):
        phrases[-1] += "*"
    return " ".join(phrases)
