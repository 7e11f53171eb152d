"""Reading documents: every fixture (PDF, DOCX, zip bomb, encodings) is generated here."""

from __future__ import annotations

import hashlib
import threading
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest

from assistant.core.documents.loaders import (
    MAX_BYTES,
    Document,
    DocumentCancelled,
    DocumentError,
    Section,
    load_document,
)
from tests.documents import make_pdf, patch_zip_member


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def error_for(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """The message of the DocumentError loading ``path`` raises; it must name the file."""
    with pytest.raises(DocumentError) as caught:
        load_document(path, max_bytes=max_bytes)
    message = caught.value.message
    assert path.name in message
    return message


# --- PDF -------------------------------------------------------------------------------------


def test_pdf_has_one_section_per_page(tmp_path: Path) -> None:
    path = write(tmp_path / "report.pdf",
                 make_pdf(["First page text", "Second (page) here", "Third and last"]))
    document = load_document(path)
    assert document.kind == "pdf"
    assert document.title == "report"
    assert document.encoding is None
    assert [s.label for s in document.sections] == ["page 1", "page 2", "page 3"]
    assert [s.page for s in document.sections] == [1, 2, 3]
    assert [s.text.strip() for s in document.sections] == [
        "First page text", "Second (page) here", "Third and last"]
    assert "Second (page) here" in document.text


def test_pdf_skips_blank_pages(tmp_path: Path) -> None:
    document = load_document(write(tmp_path / "gap.pdf", make_pdf(["One", None, "Three"])))
    assert [(s.page, s.text.strip()) for s in document.sections] == [(1, "One"), (3, "Three")]


def test_image_only_pdf_has_no_text(tmp_path: Path) -> None:
    message = error_for(write(tmp_path / "scan.pdf", make_pdf([None, None])))
    assert "no text" in message
    assert "OCR" in message


def test_encrypted_pdf_asks_for_password(tmp_path: Path) -> None:
    message = error_for(write(tmp_path / "secret.pdf", make_pdf(["hidden"], encrypt=True)))
    assert "protected by a password" in message


@pytest.mark.parametrize("data", [b"%PDF-1.4\nnot really", b"\x00garbage" * 50, b"%PDF"])
def test_corrupt_pdf_is_damaged(tmp_path: Path, data: bytes) -> None:
    assert "damaged or not a PDF" in error_for(write(tmp_path / "broken.pdf", data))


def test_truncated_pdf_is_damaged(tmp_path: Path) -> None:
    data = make_pdf(["Hello"])
    assert "damaged" in error_for(write(tmp_path / "cut.pdf", data[: len(data) // 3]))


# --- Word ------------------------------------------------------------------------------------


def test_docx_sections_by_heading_and_tables(tmp_path: Path) -> None:
    word = docx.Document()
    word.core_properties.title = "Quarterly notes"
    word.add_paragraph("Before any heading.")
    word.add_heading("Intro", level=1)
    word.add_paragraph("First paragraph.")
    word.add_paragraph("Second paragraph.")
    word.add_heading("Numbers", level=2)
    word.add_paragraph("See the table.")
    table = word.add_table(rows=2, cols=3)
    for row, values in zip(table.rows, [("Name", "Qty", "Price"), ("Tea", "2", "3,50")],
                           strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    path = tmp_path / "notes.docx"
    word.save(str(path))

    document = load_document(path)
    assert document.kind == "docx"
    assert document.title == "Quarterly notes"
    assert [s.label for s in document.sections] == [
        "beginning", "section \u201cIntro\u201d", "section \u201cNumbers\u201d", "table 1"]
    assert document.sections[1].text == "Intro\nFirst paragraph.\nSecond paragraph."
    assert document.sections[2].text == "Numbers\nSee the table."
    assert document.sections[3] == Section("Name | Qty | Price\nTea | 2 | 3,50", "table 1", None)


def test_docx_without_title_uses_file_name(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Only text.")
    path = tmp_path / "plain.docx"
    word.save(str(path))
    document = load_document(path)
    assert document.title == "plain"
    assert document.sections == (Section("Only text.", "beginning", None),)


def _zip_of_zeros(path: Path, size: int) -> Path:
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for _ in range(size // len(chunk)):
                member.write(chunk)
    return path


def test_docx_zip_bomb_is_refused_without_unpacking(tmp_path: Path) -> None:
    path = _zip_of_zeros(tmp_path / "bomb.docx", 300 * 2**20)
    assert path.stat().st_size < 2 * 2**20
    tracemalloc.start()
    try:
        message = error_for(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "unsafe or too large" in message
    assert "314.6 MB" in message
    assert peak < 50 * 2**20


def test_docx_highly_compressed_archive_is_refused(tmp_path: Path) -> None:
    path = _zip_of_zeros(tmp_path / "small-bomb.docx", 20 * 2**20)
    assert "unsafe or too large" in error_for(path)


def test_corrupt_docx_is_damaged(tmp_path: Path) -> None:
    assert "damaged" in error_for(write(tmp_path / "junk.docx", b"PK\x03\x04 not a zip" * 10))
    empty_zip = tmp_path / "hollow.docx"
    with zipfile.ZipFile(empty_zip, "w") as archive:
        archive.writestr("readme.txt", "no word/document.xml here")
    assert "damaged" in error_for(empty_zip)
    bad_xml = tmp_path / "badxml.docx"
    word = docx.Document()
    word.add_paragraph("x")
    word.save(str(bad_xml))
    with zipfile.ZipFile(bad_xml) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word/document.xml"] = b"<w:document><unclosed>"
    with zipfile.ZipFile(bad_xml, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    assert "damaged" in error_for(bad_xml)


def _small_docx(path: Path) -> Path:
    word = docx.Document()
    word.add_paragraph("Quarterly figures.")
    word.save(str(path))
    return path


@pytest.mark.parametrize("method", [99, 12, 14, 97], ids=["aes", "bzip2", "lzma", "wavpack"])
def test_docx_with_a_compression_word_does_not_use_is_refused(tmp_path: Path,
                                                              method: int) -> None:
    path = patch_zip_member(_small_docx(tmp_path / "packed.docx"), "word/document.xml",
                            method=method)
    assert "zip compression" in error_for(path)


def test_docx_with_encrypted_entries_asks_for_password(tmp_path: Path) -> None:
    path = patch_zip_member(_small_docx(tmp_path / "locked.docx"), "word/document.xml",
                            encrypted=True)
    assert "protected by a password" in error_for(path)


# --- text and Markdown -----------------------------------------------------------------------

RUSSIAN = ("Привет, мир! Это простой текст на русском языке.\n\n"
           "Второй абзац: съешь же ещё этих мягких французских булок, да выпей чаю.")
CHINESE = "你好，世界！这是一个简单的中文文本。\n\n第二段：今天天气很好，我们去公园散步吧。"
PORTUGUESE = ("Olá, mundo! Este é um texto simples em português.\n\n"
              "Segundo parágrafo: a ação não é difícil, coração e informação.")


@pytest.mark.parametrize(("text", "data", "encodings"), [
    ("Hello — café ✓", "Hello — café ✓".encode(), {"utf-8"}),
    ("Hello — café ✓", "\ufeffHello — café ✓".encode(), {"utf-8-sig"}),
    (RUSSIAN, "\ufeff".encode("utf-16-le") + RUSSIAN.encode("utf-16-le"), {"utf-16"}),
    (CHINESE, "\ufeff".encode("utf-16-be") + CHINESE.encode("utf-16-be"), {"utf-16"}),
    (RUSSIAN, RUSSIAN.encode("cp1251"), {"cp1251"}),
    (CHINESE, CHINESE.encode("gbk"), {"gb18030", "gbk", "gb2312"}),
    (CHINESE, CHINESE.encode("gb18030"), {"gb18030"}),
    (PORTUGUESE, PORTUGUESE.encode("latin-1"), {"cp1252", "latin_1", "iso8859_15"}),
], ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "cp1251", "gbk", "gb18030", "latin1"])
def test_text_encodings(tmp_path: Path, text: str, data: bytes, encodings: set[str]) -> None:
    document = load_document(write(tmp_path / "note.txt", data))
    assert document.kind == "text"
    assert document.text == text
    assert document.encoding in encodings


def test_text_newlines_and_paragraph_chunks(tmp_path: Path) -> None:
    paragraphs = [f"Paragraph {n} " + " ".join(["word"] * 150) for n in range(1, 13)]
    path = write(tmp_path / "long.txt", "\r\n\r\n".join(paragraphs).encode())
    document = load_document(path)
    assert "\r" not in document.text
    labels = [s.label for s in document.sections]
    assert labels[0].startswith("paragraphs 1\u2013")
    assert labels[-1].endswith("\u201312")
    assert len(document.sections) > 1
    assert document.text == "\n\n".join(paragraphs)


def test_markdown_splits_at_headings(tmp_path: Path) -> None:
    text = ("Preface line.\r\n\r\n# Intro\r\nHello there.\r\n\r\n## Details ##\r\n"
            "Some *details*.\r\n```\r\n# not a heading\r\n```\r\n")
    document = load_document(write(tmp_path / "guide.md", text.encode()))
    assert document.kind == "markdown"
    assert [s.label for s in document.sections] == [
        "beginning", "section \u201cIntro\u201d", "section \u201cDetails\u201d"]
    assert document.sections[1].text == "# Intro\nHello there."
    assert document.sections[2].text.endswith("# not a heading\n```")


def test_markdown_long_extension(tmp_path: Path) -> None:
    document = load_document(write(tmp_path / "x.markdown", b"# Only\ntext"))
    assert document.sections == (Section("# Only\ntext", "section \u201cOnly\u201d", None),)


# --- HTML ------------------------------------------------------------------------------------


def test_html_visible_text_title_and_sections(tmp_path: Path) -> None:
    page = """<!doctype html><html><head><title> My  page </title>
    <style>body { color: red }</style><script>var secret = "SCRIPT";</script></head>
    <body><noscript>NOSCRIPT</noscript><p>Intro &amp; welcome.</p>
    <h1>First</h1><p>Alpha<br>beta</p><template>TEMPLATE</template>
    <h2>Second <em>part</em></h2><ul><li>one</li><li>two</li></ul>
    <script>document.write("SCRIPT2")</script></body></html>"""
    document = load_document(write(tmp_path / "page.html", page.encode()))
    assert document.kind == "html"
    assert document.title == "My page"
    for hidden in ("SCRIPT", "secret", "color", "NOSCRIPT", "TEMPLATE"):
        assert hidden not in document.text
    assert [s.label for s in document.sections] == [
        "beginning", "section \u201cFirst\u201d", "section \u201cSecond part\u201d"]
    assert document.sections[0].text == "Intro & welcome."
    assert document.sections[1].text == "First\nAlpha\nbeta"
    assert document.sections[2].text == "Second part\none\ntwo"


def test_html_declared_charset(tmp_path: Path) -> None:
    page = f'<html><head><meta charset="windows-1251"></head><body>{RUSSIAN}</body></html>'
    document = load_document(write(tmp_path / "ru.htm", page.encode("cp1251")))
    assert document.encoding == "cp1251"
    assert document.title == "ru"
    assert "съешь же ещё" in document.text


@pytest.mark.parametrize("charset", ["undefined", "zlib", "rot13", "base64", "idna", "hex",
                                     "uu", "bz2", "punycode", "quopri"])
def test_html_naming_a_codec_that_is_not_a_text_encoding_is_still_read(
        tmp_path: Path, charset: str) -> None:
    page = f'<html><head><meta charset="{charset}"></head><body><p>{PORTUGUESE}</p></body></html>'
    document = load_document(write(tmp_path / "odd.html", page.encode("latin-1")))
    assert document.encoding in {"cp1252", "latin_1", "iso8859_15"}
    assert "coração e informação" in document.text


# --- refusals --------------------------------------------------------------------------------


def test_unsupported_type(tmp_path: Path) -> None:
    message = error_for(write(tmp_path / "sheet.xlsx", b"data"))
    assert ".docx" in message
    assert ".pdf" in message


def test_empty_file(tmp_path: Path) -> None:
    assert "is empty" in error_for(write(tmp_path / "empty.txt", b""))
    assert "is empty" in error_for(write(tmp_path / "blank.md", b"  \n\n "))


def test_html_without_visible_text(tmp_path: Path) -> None:
    path = write(tmp_path / "bare.html", b"<html><script>x()</script></html>")
    assert "no text" in error_for(path)


def test_too_large(tmp_path: Path) -> None:
    message = error_for(write(tmp_path / "big.txt", b"a" * 2500), max_bytes=1000)
    assert "2.5 kB" in message
    assert "1.0 kB" in message


def test_missing_file(tmp_path: Path) -> None:
    assert "does not exist" in error_for(tmp_path / "gone.pdf")


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "not a file" in error_for(folder)


def test_cancel_before_reading(tmp_path: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    for path in (write(tmp_path / "a.txt", b"text"),
                 write(tmp_path / "a.pdf", make_pdf(["x"])),
                 write(tmp_path / "a.html", b"<p>x</p>")):
        with pytest.raises(DocumentCancelled, match="cancelled"):
            load_document(path, cancel=cancel)


def test_sha256_and_text(tmp_path: Path) -> None:
    data = "Olá.\n\nDois.".encode()
    path = write(tmp_path / "hash.txt", data)
    document = load_document(path)
    assert document.sha256 == hashlib.sha256(data).hexdigest()
    assert document.text == "Olá.\n\nDois."
    plain = Document(path, "text", "hash", document.sections, "utf-8")
    assert plain.sha256 == document.sha256


def test_a_pdfs_table_of_contents_lines_are_left_out(tmp_path: Path) -> None:
    contents = ("Contents\n1 Introduction . . . . . . . . . . . . 5\n"
                "2 Installing the pump..................... 12\n"
                "Appendix A . . . . . . . . . . . . . . . . xiv")
    body = "The pump needs 12 volts. See chapter 2 . . . for details."
    document = load_document(write(tmp_path / "manual.pdf", make_pdf([contents, body])))

    assert [s.text.strip() for s in document.sections] == ["Contents", body]
