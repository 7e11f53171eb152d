"""Keeping a summary prompt's scaffolding out of the summary.

A small model sometimes copies what framed the document rather than the document: the closing
``</document>`` delimiter, a chat template's marker, or our own instruction ("Write only the
summary."). None of that is the user's text, so it is removed from each call's reply before the
reply is kept, combined or shown.
"""

from __future__ import annotations

import re

_TAGGED = re.compile(r"<(document|text)>.*?</\1>", re.DOTALL)
_DELIMITER = re.compile(r"</?\s*(?:document|text)\s*>", re.IGNORECASE)
_MARKER = re.compile(r"<\|[A-Za-z_]{1,24}\|>")
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+")
MIN_ECHO = 15  # shorter pieces of a prompt (a word, a label) may well belong in a summary


def instructions(prompt: str) -> list[str]:
    """The sentences of ``prompt`` that are ours: not the document, not the part summaries."""
    framing = _TAGGED.sub("\n\n", prompt)
    sentences = []
    for paragraph in re.split(r"\n\s*\n", framing):
        if paragraph.lstrip().startswith("["):  # a part summary, labelled "[pp. 3-4]"
            continue
        sentences += [s.strip() for s in _SENTENCE_END.split(paragraph)
                      if len(s.strip()) >= MIN_ECHO]
    return sentences


def without_scaffolding(reply: str, prompt: str) -> str:
    """``reply`` without delimiters, template markers or sentences copied from ``prompt``."""
    text = _MARKER.sub("", _DELIMITER.sub("", reply))
    for sentence in instructions(prompt):
        pattern = r"\s+".join(re.escape(word) for word in sentence.split())
        text = re.sub(pattern, "", text, flags=re.IGNORECASE)
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
