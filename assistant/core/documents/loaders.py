"""Reading the user's documents into plain text, in labelled sections a summary can point back to.

Supported: plain text, Markdown, PDF (with a text layer), Word ``.docx`` and web pages. Every
failure is a :class:`DocumentError` whose message names the file and is written for the user.

Loading is synchronous; the app runs it off the GUI thread and may pass a ``cancel`` event,
checked between pages and paragraphs. Nothing global is changed, except that PDFium (which is
not thread-safe) is only ever entered under one lock.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import os
import re
import threading
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.core.documents.html_text import VisibleText
from assistant.core.errors import PequenoError
from assistant.core.i18n import translate
from assistant.core.models.downloads import format_size

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.table import Table

MAX_BYTES = 50 * 2**20
# Plain text is cut into sections of whole paragraphs of about this many characters.
SECTION_CHARS = 4000
# A .docx is a zip: refuse to unpack more than this, or a suspiciously compressible archive.
ZIP_MAX_TOTAL = 200 * 10**6
ZIP_MAX_RATIO = 100
ZIP_RATIO_MIN_SIZE = 10 * 10**6
ZIP_MAX_MEMBERS = 10_000
# Word stores or deflates every part; anything else (bzip2, LZMA, AES...) is not a Word file.
_WORD_COMPRESSION = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})
_ZIP_ENCRYPTED = 0x1
# How close Windows-1252 must come to the detector's first guess to be preferred (see below).
WESTERN_CHAOS_MARGIN = 0.1
WESTERN_COHERENCE_MARGIN = 0.05

_KINDS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
}
SUFFIXES = tuple(_KINDS)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MD_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_MD_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True)
class Section:
    """A piece of a document and where it is, so a summary can point back to it.

    Attributes:
        text: The section's text.
        label: Where it is, for people: "page 3", "section \u201cIntro\u201d", "table 2",
            "paragraphs 1\u201312" (translated).
        page: The 1-based page of a PDF; ``None`` for other kinds.

    """

    text: str
    label: str
    page: int | None


@dataclass(frozen=True)
class Document:
    """A loaded document: its text in sections, and what it was read from.

    Attributes:
        path: The file.
        kind: ``"text"``, ``"markdown"``, ``"pdf"``, ``"docx"`` or ``"html"``.
        title: The file name without extension, or the title stored in a web page or Word file.
        sections: The text, in order; never empty, no section is blank.
        encoding: The encoding the text was decoded with (text, Markdown and HTML only).
        file_sha256: The hex SHA-256 of the bytes that were read; use :attr:`sha256`.

    """

    path: Path
    kind: str
    title: str
    sections: tuple[Section, ...]
    encoding: str | None
    file_sha256: str = field(default="", repr=False)

    @property
    def text(self) -> str:
        """All sections, separated by blank lines."""
        return "\n\n".join(section.text for section in self.sections)

    @property
    def sha256(self) -> str:
        """The hex SHA-256 of the file's bytes as they were read (the summarizer caches by it)."""
        if self.file_sha256:
            return self.file_sha256
        return hashlib.sha256(self.path.read_bytes()).hexdigest()


class DocumentError(PequenoError):
    """A document cannot be read: missing, too large, damaged, protected, empty, unsupported."""


class DocumentCancelled(DocumentError):
    """Loading was cancelled through the ``cancel`` event."""


def load_document(path: Path, *, max_bytes: int = MAX_BYTES,
                  cancel: threading.Event | None = None) -> Document:
    """Read a document's text.

    Args:
        path: A ``.txt``, ``.md``/``.markdown``, ``.pdf``, ``.docx`` or ``.html``/``.htm`` file.
        max_bytes: Larger files are refused.
        cancel: When set (from another thread), loading stops with :class:`DocumentCancelled`.

    Returns:
        The document, with at least one section of non-blank text.

    Raises:
        DocumentCancelled: ``cancel`` was set.
        DocumentError: The file is missing, unreadable, too large, of an unsupported type,
            damaged, protected by a password, or has no text.

    """
    name = path.name
    kind = _KINDS.get(path.suffix.lower())
    if kind is None:
        raise DocumentError(translate(
            "Documents", "Pequeno cannot read \u201c{name}\u201d: it reads only text (.txt), "
            "Markdown (.md), PDF (.pdf), Word (.docx) and web page (.html) files.").format(
                name=name))
    _check_cancel(cancel, name)
    data = _read_bytes(path, max_bytes)
    if not data.strip():
        raise DocumentError(translate("Documents", "\u201c{name}\u201d is empty.").format(
            name=name))
    encoding: str | None = None
    title = path.stem
    if kind == "pdf":
        sections = _pdf_sections(data, name, cancel)
    elif kind == "docx":
        sections, title = _docx_sections(data, name, cancel, title)
    elif kind == "html":
        encoding, text = _html_text(data, name)
        sections, title = _html_sections(text, cancel, name, title)
    else:
        encoding = _text_encoding(data, name)
        text = _decode(data, encoding)
        if kind == "markdown":
            sections = _markdown_sections(text, cancel, name)
        else:
            sections = _text_sections(text, cancel, name)
    sections = [section for section in sections if section.text.strip()]
    if not sections:
        raise DocumentError(translate(
            "Documents", "\u201c{name}\u201d has no text to read.").format(name=name))
    return Document(path=path, kind=kind, title=title, sections=tuple(sections),
                    encoding=encoding, file_sha256=hashlib.sha256(data).hexdigest())


def document_from_text(text: str, title: str) -> Document:
    """A document made of text the user typed or pasted (for a message too long to send).

    Raises:
        DocumentError: ``text`` is blank.

    """
    sections = tuple(_text_sections(text.replace("\r\n", "\n").replace("\r", "\n"), None,
                                    title))
    if not sections:
        raise DocumentError(translate(
            "Documents", "\u201c{name}\u201d has no text to read.").format(name=title))
    digest = hashlib.sha256(text.encode("utf-8", errors="replace")).hexdigest()
    return Document(path=Path(title), kind="text", title=title, sections=sections,
                    encoding="utf-8", file_sha256=digest)


def _check_cancel(cancel: threading.Event | None, name: str) -> None:
    if cancel is not None and cancel.is_set():
        raise DocumentCancelled(translate(
            "Documents", "Reading \u201c{name}\u201d was cancelled.").format(name=name))


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    name = path.name
    try:
        if not path.exists():
            raise DocumentError(translate(
                "Documents", "\u201c{name}\u201d does not exist.").format(name=name))
        if not path.is_file():
            raise DocumentError(translate(
                "Documents", "\u201c{name}\u201d is not a file.").format(name=name))
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            # read(n) allocates n bytes up front: ask for no more than the file holds.
            data = b"" if size > max_bytes else handle.read(size + 1)
            size = max(size, len(data))
    except OSError as error:
        raise DocumentError(translate(
            "Documents", "\u201c{name}\u201d cannot be read: {reason}").format(
                name=name, reason=error.strerror or error)) from error
    if size > max_bytes:
        raise DocumentError(translate(
            "Documents", "\u201c{name}\u201d is {size}, larger than the {limit} Pequeno reads."
        ).format(name=name, size=format_size(size), limit=format_size(max_bytes)))
    return data


# --- text and Markdown -------------------------------------------------------------------------


def _text_encoding(data: bytes, name: str) -> str:
    """The encoding of text bytes: a BOM, else UTF-8 if it decodes, else a detected one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    from charset_normalizer import from_bytes  # imported on use: start-up stays fast

    matches = list(from_bytes(data))
    if not matches:
        raise DocumentError(translate(
            "Documents", "\u201c{name}\u201d does not look like text: its encoding is unknown."
        ).format(name=name))
    best = matches[0]
    # On short Western text the detector often ranks a Central European code page first
    # ("ação" read as "aăo"); prefer Windows-1252, by far the most common, when it is as likely.
    for match in matches:
        if ("cp1252" in match.could_be_from_charset
                and match.chaos <= best.chaos + WESTERN_CHAOS_MARGIN
                and match.coherence >= best.coherence - WESTERN_COHERENCE_MARGIN):
            return "cp1252"
    return best.encoding


def _decode(data: bytes, encoding: str) -> str:
    text = data.decode(encoding, errors="replace")
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _paragraphs_label(first: int, last: int) -> str:
    if first == last:
        return translate("Documents", "paragraph {number}").format(number=first)
    return translate("Documents", "paragraphs {first}\u2013{last}").format(first=first, last=last)


def _text_sections(text: str, cancel: threading.Event | None, name: str) -> list[Section]:
    """Plain text in sections of whole paragraphs of about :data:`SECTION_CHARS` characters."""
    paragraphs = [part.strip("\n") for part in re.split(r"\n[ \t]*\n", text)]
    return list(_chunk_paragraphs([p for p in paragraphs if p.strip()], cancel, name))


def _chunk_paragraphs(paragraphs: list[str], cancel: threading.Event | None,
                      name: str) -> Iterator[Section]:
    chunk: list[str] = []
    first = 1
    for number, paragraph in enumerate(paragraphs, 1):
        _check_cancel(cancel, name)
        if chunk and sum(map(len, chunk)) + len(paragraph) > SECTION_CHARS:
            yield Section("\n\n".join(chunk), _paragraphs_label(first, number - 1), None)
            chunk, first = [], number
        chunk.append(paragraph)
    if chunk:
        yield Section("\n\n".join(chunk), _paragraphs_label(first, len(paragraphs)), None)


def _heading_label(heading: str) -> str:
    return translate("Documents", "section \u201c{title}\u201d").format(title=heading)


def _beginning_label() -> str:
    return translate("Documents", "beginning")


def _markdown_sections(text: str, cancel: threading.Event | None, name: str) -> list[Section]:
    """Markdown split at its ``#`` headings (not those inside fenced code blocks)."""
    sections: list[Section] = []
    label = _beginning_label()
    lines: list[str] = []
    fence = ""
    for line in text.split("\n"):
        _check_cancel(cancel, name)
        fence_match = _MD_FENCE.match(line)
        if fence_match and (not fence or fence_match.group(1).startswith(fence)):
            fence = "" if fence else fence_match.group(1)
        heading = None if fence else _MD_HEADING.match(line)
        if heading is not None and (heading.group(2) or "").strip():
            sections.append(Section("\n".join(lines).strip("\n"), label, None))
            label, lines = _heading_label(heading.group(2).strip()), []
        lines.append(line)
    sections.append(Section("\n".join(lines).strip("\n"), label, None))
    return sections


# --- PDF ---------------------------------------------------------------------------------------


# A table of contents' line: a title, dot leaders (". . . . ." or "....." or "……"), a page.
_LEADER_LINE = re.compile(r"^[^\n]*?(?:[ \t]*[.\u00b7\u2026_]){4,}[ \t]*[0-9ivxlcdmIVXLCDM]{1,6}"
                          r"[ \t]*$\n?", re.MULTILINE)


def without_contents_lines(text: str) -> str:
    """``text`` without table-of-contents lines: they cost tokens and carry nothing to read."""
    return _LEADER_LINE.sub("", text)


def _pdf_sections(data: bytes, name: str, cancel: threading.Event | None) -> list[Section]:
    """One section per page with text; PDFium is entered under a lock (it is not thread-safe)."""
    import pypdfium2 as pdfium  # imported on use: start-up stays fast
    import pypdfium2.raw as pdfium_c

    damaged = translate(
        "Documents", "\u201c{name}\u201d is damaged or not a PDF file.").format(name=name)
    sections: list[Section] = []
    with _PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            if error.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
                raise DocumentError(translate(
                    "Documents", "\u201c{name}\u201d is protected by a password. Open it in a "
                    "PDF reader, save a copy without the password and try again.").format(
                        name=name)) from error
            raise DocumentError(damaged) from error
        try:
            for index in range(len(pdf)):
                _check_cancel(cancel, name)
                page = pdf[index]
                textpage = page.get_textpage()
                text = str(textpage.get_text_range())
                textpage.close()
                page.close()
                text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
                text = without_contents_lines(text)
                if text.strip():
                    label = translate("Documents", "page {number}").format(number=index + 1)
                    sections.append(Section(text.strip("\n"), label, index + 1))
        except pdfium.PdfiumError as error:
            raise DocumentError(damaged) from error
        finally:
            pdf.close()
    if not sections:
        raise DocumentError(translate(
            "Documents", "\u201c{name}\u201d has no text to read: its pages are images, such as "
            "scanned paper. Reading those would need text recognition (OCR), which Pequeno "
            "does not do.").format(name=name))
    return sections


# --- Word --------------------------------------------------------------------------------------


def _check_zip(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse an archive that would unpack to too much (a "zip bomb"), from its declared sizes.

    Python's zip reader never returns more than a member's declared size, so checking the
    declarations is enough.
    """
    members = archive.infolist()
    if any(member.flag_bits & _ZIP_ENCRYPTED for member in members):
        raise DocumentError(translate(
            "Documents", "\u201c{name}\u201d is protected by a password. Open it in Word, save "
            "a copy without the password and try again.").format(name=name))
    if any(member.compress_type not in _WORD_COMPRESSION for member in members):
        raise DocumentError(translate(
            "Documents", "\u201c{name}\u201d is packed in a way Word does not use (an unusual "
            "zip compression), so Pequeno cannot read it. Open it in Word, save a copy and try "
            "again.").format(name=name))
    total = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members)
    too_compressible = total > ZIP_RATIO_MIN_SIZE and total > ZIP_MAX_RATIO * max(packed, 1)
    if len(members) > ZIP_MAX_MEMBERS or total > ZIP_MAX_TOTAL or too_compressible:
        raise DocumentError(translate(
            "Documents", "\u201c{name}\u201d was not opened: it would unpack to {size}, which is "
            "unsafe or too large for a Word document.").format(
                name=name, size=format_size(total)))


def _docx_sections(data: bytes, name: str, cancel: threading.Event | None,
                   title: str) -> tuple[list[Section], str]:
    """Paragraphs grouped under their headings, and each table as its own section."""
    import docx  # imported on use: start-up stays fast
    from docx.opc.exceptions import PackageNotFoundError

    damaged = translate(
        "Documents", "\u201c{name}\u201d is damaged or not a Word document.").format(name=name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_zip(archive, name)
            if "word/document.xml" not in archive.namelist():
                raise DocumentError(damaged)
        document = docx.Document(io.BytesIO(data))
        sections = list(_docx_body(document, cancel, name))
        stored_title = (document.core_properties.title or "").strip()
    # lxml's XMLSyntaxError is a SyntaxError.
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, SyntaxError,
            EOFError, zlib.error) as error:
        raise DocumentError(damaged) from error
    return sections, stored_title or title


def _is_heading(style_name: str) -> bool:
    return style_name == "Title" or re.fullmatch(r"Heading \d", style_name) is not None


def _docx_body(document: DocxDocument, cancel: threading.Event | None,
               name: str) -> Iterator[Section]:
    from docx.table import Table

    label = _beginning_label()
    lines: list[str] = []
    tables = 0
    for block in document.iter_inner_content():
        _check_cancel(cancel, name)
        if isinstance(block, Table):
            yield Section("\n".join(lines), label, None)
            lines = []
            tables += 1
            yield Section("\n".join(_table_rows(block)),
                          translate("Documents", "table {number}").format(number=tables), None)
            continue
        text = block.text
        style = block.style.name if block.style is not None else None
        if style and _is_heading(style) and text.strip():
            yield Section("\n".join(lines), label, None)
            label, lines = _heading_label(text.strip()), []
        lines.append(text)
    yield Section("\n".join(lines), label, None)


def _table_rows(table: Table) -> Iterable[str]:
    """A table's rows as lines of ``" | "``-separated cells (a merged cell counted once)."""
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            if cell._tc is not previous:  # a merged cell repeats across its span
                cells.append(" ".join(cell.text.split()))
            previous = cell._tc
        if any(cells):
            yield " | ".join(cells)


# --- HTML --------------------------------------------------------------------------------------


def _html_text(data: bytes, name: str) -> tuple[str, str]:
    """A page's encoding and text: a BOM, else UTF-8, else its ``<meta charset>``, else detection.

    A declared charset is only a hint from the file: one that is not a text encoding
    (``rot13``, ``zlib``, ``base64``) or cannot decode the page (``idna``, ``undefined``) is
    ignored.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, _decode(data, encoding)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8", _decode(data, "utf-8")
    declared = _declared_charset(data)
    if declared is not None:
        try:
            return declared, _decode(data, declared)
        except (UnicodeError, LookupError, ValueError, TypeError):
            pass  # a codec that fails even when told to replace what it cannot read
    encoding = _text_encoding(data, name)
    return encoding, _decode(data, encoding)


def _declared_charset(data: bytes) -> str | None:
    """The text encoding a page's ``<meta charset>`` names, if it names one."""
    declared = _META_CHARSET.search(data[:4096])
    if declared is None:
        return None
    try:
        codec = codecs.lookup(declared.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None
    return codec.name if codec._is_text_encoding else None


def _html_sections(markup: str, cancel: threading.Event | None, name: str,
                   title: str) -> tuple[list[Section], str]:
    parser = VisibleText()
    for start in range(0, len(markup), 1 << 16):  # in pieces, to notice a cancel
        _check_cancel(cancel, name)
        parser.feed(markup[start:start + (1 << 16)])
    parser.close()
    sections = [Section(text, _heading_label(heading) if heading else _beginning_label(), None)
                for heading, text in parser.sections]
    return sections, " ".join(parser.title.split()) or title
