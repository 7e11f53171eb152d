"""A reply's sources as the window shows them: what each ``[n]`` links to, and the link's text.

A reply answered from documents keeps its citations with its figures (the stored message's
``stats["citations"]``: number, passage id, label, file and page), so a reopened conversation
links them too, and every passage the model was given (``stats["sources"]``), which the window
lists when the reply cites none (small models often do not). Imported conversations can carry
anything there: values that are not what the core writes are left out, never shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from assistant.core.conversation.documents import CITATIONS_KEY, SOURCES_KEY, Citation, Hit
from assistant.ui.rendering import CITE, LINK_PREFIX

GIVEN = f"{LINK_PREFIX}source/"  # a passage given to the model, whether cited or not
LABEL_LIMIT = 40  # characters of a section label shown in a link (headings can be long)


def citation_from(value: object) -> Citation | None:
    """A citation from a stored mapping or the core's :class:`Citation`; ``None`` if odd."""
    if isinstance(value, Citation):
        return value
    return Citation.from_dict(value) if isinstance(value, Mapping) else None


def citations_from(values: object) -> tuple[Citation, ...]:
    """The well-formed citations of ``values`` (a list of mappings or ``Citation``s), by number.

    A number cited twice keeps its first source.
    """
    if not isinstance(values, Iterable) or isinstance(values, (str, bytes, Mapping)):
        return ()
    found: dict[int, Citation] = {}
    for value in values:
        link = citation_from(value)
        if link is not None:
            found.setdefault(link.number, link)
    return tuple(found[number] for number in sorted(found))


def citations_in_stats(stats: Mapping[str, Any]) -> tuple[Citation, ...]:
    """The citations a stored reply keeps with its figures."""
    return citations_from(stats.get(CITATIONS_KEY))


def sources_in_stats(stats: Mapping[str, Any]) -> tuple[Citation, ...]:
    """Every passage a stored reply was given, numbered as the model read them."""
    return citations_from(stats.get(SOURCES_KEY))


def sources_from_hits(hits: Iterable[Hit]) -> tuple[Citation, ...]:
    """The passages given for a reply (the core's hits, best first) as numbered sources."""
    return tuple(Citation.of(number, hit) for number, hit in enumerate(hits, 1))


def link_texts(citations: Sequence[Citation]) -> dict[int, str]:
    """What each ``[n]`` of a reply says as a link: its label (and file, if it cites several)."""
    files = {citation.file for citation in citations}
    texts = {}
    for citation in citations:
        label = _short(citation.label or citation.file.name)
        if len(files) > 1 and citation.label:
            label = f"{label}, {_short(citation.file.name)}"
        texts[citation.number] = label
    return texts


def _short(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= LABEL_LIMIT else label[:LABEL_LIMIT - 1].rstrip() + "…"


def cite_href(number: int) -> str:
    """The app's link to source ``number`` of a message."""
    return f"{CITE}{number}"


def cited_number(href: str) -> int | None:
    """Which source a citation link names; ``None`` if ``href`` is not one."""
    return _linked_number(href, CITE)


def given_href(number: int) -> str:
    """The app's link to passage ``number`` of those a reply was given."""
    return f"{GIVEN}{number}"


def given_number(href: str) -> int | None:
    """Which given passage a link names; ``None`` if ``href`` is not such a link."""
    return _linked_number(href, GIVEN)


def _linked_number(href: str, prefix: str) -> int | None:
    number = href.removeprefix(prefix)
    if href.startswith(prefix) and number.isascii() and number.isdigit() and len(number) <= 3:
        return int(number)
    return None


def find(citations: Sequence[Citation], number: int) -> Citation | None:
    """The citation numbered ``number``, if the reply has one."""
    return next((citation for citation in citations if citation.number == number), None)
