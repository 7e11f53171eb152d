"""``pequeno summarize``, run as a user runs it: a separate process, the real starter model."""

from __future__ import annotations

import io
import json
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import docx
import pytest

from assistant.cli.summarize import ProgressPrinter, describe_progress
from assistant.core.documents.summarize import Progress
from assistant.core.paths import resolve_paths
from assistant.core.settings import Settings, save_settings
from tests.cli.test_main import CLEAR, TITLE, in_terminal
from tests.documents import make_pdf, patch_zip_member, report_pages

# A small context makes a few pages too long for one pass: the chunks-then-combine path.
SMALL_CONTEXT = "1024"
PROGRESS_LINE = re.compile(r"^\d+/\d+ parts")


def _pequeno(*args: str | Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant", "summarize", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout, check=False)


def _summary(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert result.returncode == 0, result.stderr
    record: dict[str, Any] = json.loads(result.stdout)
    return record


@pytest.fixture(autouse=True)
def one_thread(isolated_home: Path) -> None:
    """The CLI reads the settings' thread count: one thread.

    The test machine is shared; llama.cpp's OpenMP threads spin at every barrier, so two of them
    on two busy cores run several times slower than one. One thread keeps these runs short.
    """
    save_settings(Settings(n_threads=1), resolve_paths().settings_file)


@pytest.fixture
def report(tmp_path: Path) -> Path:
    """A three-page PDF report, about 1,500 tokens: too long for one pass at 1024 tokens."""
    path = tmp_path / "report.pdf"
    pages: list[str | None] = [*report_pages(3, seed=7)]
    path.write_bytes(make_pdf(pages))
    return path


def _interrupted(*args: str | Path) -> tuple[int, str, str]:
    """Run ``summarize``, press Ctrl+C once the first part is done; exit code, stdout, stderr."""
    process = subprocess.Popen([sys.executable, "-m", "assistant", "summarize",
                                *map(str, args)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    try:
        seen = []
        for line in process.stderr:  # wait until the first part is finished (and cached)
            seen.append(line)
            if PROGRESS_LINE.match(line):
                break
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    return process.returncode, out, "".join(seen) + err


def test_a_long_pdf_is_summarized_in_parts_resumably(report: Path,
                                                     starter_model: Path) -> None:
    args = (report, "--model", starter_model, "--context", SMALL_CONTEXT, "--json")
    code, out, err = _interrupted(*args)

    assert code == 130, err
    assert "cancelled" in err
    assert "Traceback" not in err
    assert not out

    resumed = _pequeno(*args)
    record = _summary(resumed)

    assert record["summary"].strip()
    assert record["file"] == str(report)
    assert record["model"]
    assert record["chunks"] > 1
    assert record["rounds"] >= 1
    assert record["calls"] > record["chunks"]
    assert 1 <= record["cached_calls"] < record["calls"]  # what the first run finished
    assert len(record["parts"]) == record["chunks"]
    for part in record["parts"]:
        assert re.fullmatch(r"pages? \d+(\u2013\d+)?", part["label"]), part["label"]
        assert part["pages"]
        assert part["summary"].strip()
    # Not a terminal: one plain line per model call, cached or not, the last at the total.
    progress = [line for line in resumed.stderr.splitlines() if PROGRESS_LINE.match(line)]
    assert len(progress) == record["calls"]
    assert progress[-1].startswith(f"{record['calls']}/{record['calls']} parts")
    assert "\r" not in resumed.stderr
    assert "Traceback" not in resumed.stderr

    again = _summary(_pequeno(*args))

    assert again["cached_calls"] == again["calls"] == record["calls"]
    assert again["summary"] == record["summary"]
    assert again["prompt_tokens"] == again["completion_tokens"] == 0


def test_key_points_in_russian(tmp_path: Path, starter_model: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("The town council met on Monday. It approved a new bicycle lane on the "
                     "main street, cut the parking fees by ten percent, and asked the library "
                     "to open on Sundays from March.\n", encoding="utf-8")

    record = _summary(_pequeno(notes, "--model", starter_model, "--style", "points",
                               "--lang", "ru", "--context", SMALL_CONTEXT, "--json"))

    assert record["summary"].strip()
    assert record["language"] == "ru"
    assert record["style"] == "points"
    assert record["chunks"] == 1
    assert record["parts"] == []


def test_plain_output_is_the_summary_alone(tmp_path: Path, starter_model: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# Trip\n\nWe drove to Lisbon on Friday and came back on Sunday.\n",
                     encoding="utf-8")

    result = _pequeno(notes, "--model", starter_model, "--context", SMALL_CONTEXT)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    assert not result.stdout.lstrip().startswith("{")


@pytest.mark.parametrize(("name", "content", "message"), [
    ("slides.pptx", b"PK\x03\x04 not read", "it reads only text (.txt)"),
    ("empty.txt", b"", "\u201cempty.txt\u201d is empty."),
    ("broken.pdf", b"%PDF-1.4\nthis is not really a PDF\n", "is damaged or not a PDF file"),
    ("missing.pdf", None, "\u201cmissing.pdf\u201d does not exist."),
], ids=["unsupported", "empty", "corrupt-pdf", "missing"])
def test_a_bad_file_is_a_clear_error(tmp_path: Path, starter_model: Path, name: str,
                                     content: bytes | None, message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)

    result = _pequeno(path, "--model", starter_model, timeout=60)

    assert result.returncode == 1
    assert result.stderr.startswith("pequeno: error: ")
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not result.stdout


def test_a_docx_in_an_unusual_zip_is_a_clear_error(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Minutes of the meeting.")
    path = tmp_path / "minutes.docx"
    word.save(str(path))
    patch_zip_member(path, "word/document.xml", method=99)

    result = _pequeno(path, timeout=60)

    assert result.returncode == 1
    assert "zip compression" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_name_cannot_drive_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / f"notes{TITLE}{CLEAR}.txt"

    code, screen = in_terminal("summarize", path, timeout=60)

    assert code == 1
    assert b"does not exist" in screen
    assert b"\x1b" not in screen
    assert b"\x07" not in screen


def test_an_unknown_language_is_a_usage_error(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Some text.", encoding="utf-8")

    result = _pequeno(notes, "--lang", "xx-nonsense", timeout=60)

    assert result.returncode == 2
    assert "not a language code" in result.stderr


def test_the_terminal_bar_is_redrawn_in_place() -> None:
    stream = io.StringIO()
    printer = ProgressPrinter(stream, redraw=True)

    printer(Progress(done=3, total=10, eta_seconds=65.0, combining=False))
    printer(Progress(done=10, total=10, eta_seconds=0.0, combining=True))
    printer.finish()

    first, second = stream.getvalue().split("\r")[1:]
    assert first.startswith("[######..............] 3/10 parts, about 1 min left")
    assert second.rstrip() == "[####################] 10/10 parts, combining"
    assert len(second.rstrip("\n")) >= len(first)  # the longer line is blanked out
    assert stream.getvalue().endswith("\n")


def test_progress_lines_say_how_long_is_left() -> None:
    assert describe_progress(Progress(1, 4, None, False)) == "1/4 parts"
    assert describe_progress(Progress(2, 4, 12.2, False)) == "2/4 parts, about 12 s left"
    assert describe_progress(Progress(2, 4, 200.0, True)) == \
        "2/4 parts, combining, about 3 min left"
