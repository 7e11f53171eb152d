"""Document fixtures generated on the fly: a tiny PDF writer, a Word writer, report prose.

Nothing here is a binary checked into the repository: every PDF and DOCX a test reads is written
by these helpers, so a reader can see exactly what the file holds.
"""

from __future__ import annotations

import random
import struct
import textwrap
from collections.abc import Sequence
from pathlib import Path

import docx

# Page geometry of make_pdf: US Letter, one-inch margins.
_PAGE_TOP = 720
_LEFT = 72
# A line of 11 pt Helvetica holds about this many characters between the margins.
PDF_LINE_CHARS = 88
PDF_LINES_PER_PAGE = 46


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _page_stream(text: str) -> bytes:
    """The content stream of one page: one line of text per line of ``text``.

    A single line is drawn large (24 pt), as a title; several lines are drawn in 11 pt with a
    14 pt leading (``TL``), one ``T*`` per line, long lines wrapped to fit the page. PDFium sees
    real, separate text lines.
    """
    lines = text.split("\n")
    if len(lines) == 1 and len(text) <= 40:
        return f"BT /F1 24 Tf {_LEFT} 700 Td ({_pdf_escape(text)}) Tj ET".encode("latin-1")
    wrapped: list[str] = []
    for line in lines:
        wrapped.extend(textwrap.wrap(line, PDF_LINE_CHARS) or [""])
    parts = [f"BT /F1 11 Tf 14 TL {_LEFT} {_PAGE_TOP} Td"]
    for number, line in enumerate(wrapped):
        if number:
            parts.append("T*")
        if line:
            parts.append(f"({_pdf_escape(line)}) Tj")
    parts.append("ET")
    return "\n".join(parts).encode("latin-1")


def make_pdf(pages: Sequence[str | None], *, encrypt: bool = False) -> bytes:
    """A PDF 1.4 with one page per item: Helvetica text, or (for None) a filled rectangle only.

    A page's text may hold many lines (separated by newlines); each becomes a text line on the
    page, and a line too long for the page is wrapped. Text must be Latin-1 (Helvetica's
    standard encoding); :func:`report_pages` only writes such text.

    With ``encrypt``, the trailer points to a Standard security handler whose user password is
    not empty, so a reader must ask for it.
    """
    count = len(pages)
    font = 3 + 2 * count
    kids = " ".join(f"{3 + 2 * index} 0 R" for index in range(count))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode()]
    for index, text in enumerate(pages):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
                       f"<< /Font << /F1 {font} 0 R >> >> /Contents {4 + 2 * index} 0 R >>"
                       .encode())
        stream = b"0 0 1 rg 100 100 200 200 re f" if text is None else _page_stream(text)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                   b"/Encoding /WinAnsiEncoding >>")
    if encrypt:
        objects.append(b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <"
                       + b"22" * 32 + b"> /P -4 >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = f"<< /Size {len(objects) + 1} /Root 1 0 R"
    if encrypt:
        trailer += f" /Encrypt {len(objects)} 0 R /ID [<{'ab' * 16}> <{'ab' * 16}>]"
    out += b"trailer\n" + trailer.encode() + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


# --- report prose ------------------------------------------------------------------------------

_PEOPLE = ("Maria Okafor", "Jonas Lindqvist", "Priya Raman", "Tomas Novak", "Aiko Tanaka",
           "Samuel Adeyemi", "Lucia Ferreira", "Henrik Dahl", "Fatima Zahra", "Oliver Grant",
           "Chen Wei", "Ingrid Holm")
_TEAMS = ("the logistics team", "the finance office", "the field engineers", "procurement",
          "the customer support desk", "the safety committee", "the data group",
          "the warehouse staff", "the legal department", "the regional sales team")
_PLACES = ("the Porto depot", "the northern warehouse", "the Leeds office", "the harbour site",
           "the new distribution centre", "the Tampere plant", "the riverside yard",
           "the central laboratory")
_THINGS = ("the delivery fleet", "the billing system", "the cold-storage units",
           "the supplier contracts", "the loading schedule", "the training programme",
           "the maintenance budget", "the inventory software", "the packaging line",
           "the night shift rota")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_VERBS = ("approved", "postponed", "rejected", "extended", "cut", "reorganised", "audited",
          "replaced", "doubled", "reviewed")
_REASONS = ("fuel prices rose faster than forecast", "two suppliers missed their deadlines",
            "the winter storms closed the coastal road", "customer complaints fell sharply",
            "a new regulation takes effect next year", "the old servers reached end of life",
            "overtime costs exceeded the plan", "a pilot in one region went well",
            "demand in the south kept growing", "staff turnover stayed high")

_TEMPLATES = (
    "On {day} {month}, {person} reported that {thing} at {place} cost {money} euros, "
    "{pct} percent more than planned.",
    "The board {verb} the proposal from {team} because {reason}.",
    "{person} asked {team} to prepare a plan for {thing} before {day} {month}.",
    "Deliveries from {place} reached {count} orders a week, up from {count2} in {month}.",
    "After a long discussion the meeting {verb} the budget for {thing}: {money} euros in "
    "total.",
    "{team_cap} noted that {reason}, and {person} agreed to follow up.",
    "By the end of {month}, {pct} percent of the work on {thing} was finished.",
    "{person} will lead the review of {thing}; the first results are due on {day} {month}.",
    "A survey of {count} customers found that {pct} percent were satisfied with {thing}.",
    "Decision: {thing} at {place} is {verb}, effective {day} {month}.",
    "The audit of {place} found {count} open issues, {count3} of them serious.",
    "{person} and {person2} disagreed about {thing}; the question goes to the board in "
    "{month}.",
    "Spending on {thing} was {money} euros against a budget of {money2} euros.",
    "Because {reason}, {team} {verb} the plan for {place}.",
    "{team_cap} hired {count3} new people for {place} in {month}.",
    "Risk: if {reason_plain}, {thing} may be delayed by {count3} weeks.",
    "{person} thanked {team} for closing {count} tickets in {month}.",
    "The next review of {thing} is scheduled for {day} {month} at {place}.",
)


def _sentence(rng: random.Random) -> str:
    person, person2 = rng.sample(_PEOPLE, 2)
    team = rng.choice(_TEAMS)
    reason = rng.choice(_REASONS)
    values = {
        "person": person, "person2": person2, "team": team,
        "team_cap": team[0].upper() + team[1:], "place": rng.choice(_PLACES),
        "thing": rng.choice(_THINGS), "month": rng.choice(_MONTHS), "day": rng.randint(1, 28),
        "verb": rng.choice(_VERBS), "reason": reason, "reason_plain": reason,
        "money": f"{rng.randint(2, 900) * 1000:,}", "money2": f"{rng.randint(2, 900) * 1000:,}",
        "pct": rng.randint(2, 98), "count": rng.randint(20, 5000),
        "count2": rng.randint(20, 5000), "count3": rng.randint(2, 19),
    }
    sentence = rng.choice(_TEMPLATES).format(**values)
    return sentence[0].upper() + sentence[1:]


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(3, 6)))


def report_pages(pages: int, *, seed: int = 0, words: int = 330) -> list[str]:
    """The text of a fictional operations report, one string per page.

    Each page starts with a heading line and holds paragraphs (separated by a blank line) of
    varied English sentences, at least ``words`` words in all (a few dozen more at most):
    names, places, sums, dates and decisions, chosen at random from ``seed`` so the same call
    always gives the same text. Latin-1 only, so the pages can go through :func:`make_pdf`.
    """
    rng = random.Random(seed)
    result = []
    for number in range(1, pages + 1):
        topic = rng.choice(_THINGS)
        heading = f"{number}. Review of {topic} ({rng.choice(_MONTHS)} meeting)"
        paragraphs = [heading]
        count = 0
        while count < words:
            paragraph = _paragraph(rng)
            count += len(paragraph.split())
            paragraphs.append(paragraph)
        result.append("\n\n".join(paragraphs))
    return result


def make_docx(path: Path, pages: Sequence[str], *, title: str = "Operations report",
              table: bool = True) -> Path:
    """Write a Word file from :func:`report_pages`-style text and return its path.

    Each page's first line becomes a level-1 heading and its other paragraphs become body
    paragraphs. With ``table``, a small budget table follows the last page.
    """
    word = docx.Document()
    word.core_properties.title = title
    for page in pages:
        first, *rest = [part.strip() for part in page.split("\n\n") if part.strip()]
        word.add_heading(first, level=1)
        for paragraph in rest:
            word.add_paragraph(paragraph)
    if table:
        rows = [("Item", "Budget", "Spent"), ("Delivery fleet", "120,000", "131,500"),
                ("Billing system", "45,000", "39,800"), ("Training", "18,000", "17,250")]
        grid = word.add_table(rows=len(rows), cols=3)
        for row, values in zip(grid.rows, rows, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    word.save(str(path))
    return path


def patch_zip_member(path: Path, member: str, *, method: int | None = None,
                     encrypted: bool = False) -> Path:
    """Rewrite the headers of one member of the zip at ``path`` in place and return ``path``.

    ``method`` replaces its compression method (99 is WinZip's AES, 12 bzip2, 14 LZMA) and
    ``encrypted`` sets its "encrypted" flag, in both its local header and its central directory
    entry, the way another zip tool would have written them; the data itself is left as it is.
    Python's zipfile cannot write such members itself.
    """
    data = bytearray(path.read_bytes())
    end = data.rindex(b"PK\x05\x06")
    count, _, directory = struct.unpack_from("<HII", data, end + 10)
    entry = directory
    for _ in range(count):
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, entry + 28)
        (local,) = struct.unpack_from("<I", data, entry + 42)
        name = bytes(data[entry + 46:entry + 46 + name_length]).decode()
        if name == member:
            # (flags, method) sit at +8 in a directory entry and at +6 in a local header.
            for flags_at in (entry + 8, local + 6):
                flags, current = struct.unpack_from("<HH", data, flags_at)
                struct.pack_into("<HH", data, flags_at, flags | (1 if encrypted else 0),
                                 current if method is None else method)
        entry += 46 + name_length + extra_length + comment_length
    path.write_bytes(bytes(data))
    return path
