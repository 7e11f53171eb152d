"""The log file: private to the user, free of what the user wrote, and wiped on request."""

from __future__ import annotations

import logging
import logging.handlers
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from sqlcipher3 import dbapi2

from assistant.core.logs import LOG_FILE, LogError, clear_logs, setup_logging

SECRET = "o laudo da Marina diz carcinoma em estágio II"
SECRET_PATH = Path("/home/marina/Documentos/laudo-oncologia-marina.pdf")
log = logging.getLogger("assistant.tests.logs")


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    """A log folder set up as the app does; the app's handlers are removed afterwards."""
    folder = tmp_path / "logs"
    yield folder
    root = logging.getLogger("assistant")
    for handler in list(root.handlers):
        if getattr(handler, "_pequeno", False):
            root.removeHandler(handler)
            handler.close()


def _text(log_dir: Path) -> str:
    for handler in logging.getLogger("assistant").handlers:
        handler.flush()
    return (log_dir / LOG_FILE).read_text(encoding="utf-8")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A umask of 0, under which files are created readable and writable by everyone."""
    previous = os.umask(0)
    yield
    os.umask(previous)


# -- private files ---------------------------------------------------------------------------


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
@pytest.mark.usefixtures("open_umask")
def test_log_files_are_private_whatever_the_umask(log_dir: Path) -> None:
    path = setup_logging(log_dir)
    log.warning("first file")
    handler = next(h for h in logging.getLogger("assistant").handlers
                   if isinstance(h, logging.handlers.RotatingFileHandler))
    handler.doRollover()
    log.warning("second file")

    assert mode(path) == 0o600
    assert mode(log_dir / f"{LOG_FILE}.1") == 0o600
    assert mode(log_dir) == 0o700


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_log_files_an_older_version_left_readable_become_private(log_dir: Path) -> None:
    log_dir.mkdir()
    for name in (LOG_FILE, f"{LOG_FILE}.2"):
        (log_dir / name).write_text("old\n", encoding="utf-8")
        (log_dir / name).chmod(0o644)

    setup_logging(log_dir)

    assert mode(log_dir / LOG_FILE) == 0o600
    assert mode(log_dir / f"{LOG_FILE}.2") == 0o600


# -- no user content -------------------------------------------------------------------------


def _leaky_chat_template(text: str) -> None:
    raise ValueError(f"template failed on message: {text}")


def test_a_traceback_keeps_its_frames_but_not_the_exception_messages(log_dir: Path) -> None:
    setup_logging(log_dir)
    try:
        try:
            _leaky_chat_template(SECRET)
        except ValueError as exc:
            raise RuntimeError(f"could not answer {SECRET!r}") from exc
    except RuntimeError:
        log.exception("the reply failed")

    text = _text(log_dir)
    assert "the reply failed" in text
    assert "_leaky_chat_template" in text  # the frames are there to debug with
    assert "ValueError" in text
    assert "RuntimeError" in text
    assert "direct cause" in text
    assert "Marina" not in text
    assert "carcinoma" not in text


def _disk_full_error() -> dbapi2.Error:
    connection = sqlcipher3.connect(":memory:")
    connection.execute("CREATE TABLE t (x)")
    connection.execute("PRAGMA max_page_count = 2")
    try:
        connection.execute("INSERT INTO t VALUES (?)", (SECRET * 1000,))
    except dbapi2.Error as exc:
        return exc
    finally:
        connection.close()
    raise AssertionError("the insert should not fit")


def test_exceptions_and_paths_given_as_arguments_are_logged_by_their_type(
        log_dir: Path) -> None:
    setup_logging(log_dir)
    full = _disk_full_error()

    log.warning("reading %s failed: %s", SECRET_PATH, FileNotFoundError(
        2, "No such file or directory", str(SECRET_PATH)))
    log.warning("template: %r", ValueError(SECRET))
    log.warning("saving failed: %s", full)
    log.warning(ValueError(SECRET))

    text = _text(log_dir)
    assert "reading <path> failed: FileNotFoundError(ENOENT)" in text
    assert "template: ValueError" in text
    assert "saving failed: OperationalError(SQLITE_FULL)" in text
    assert "marina" not in text.lower()


def test_other_handlers_still_see_the_whole_record(
        log_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    setup_logging(log_dir)

    with caplog.at_level(logging.WARNING):
        log.warning("for the developer: %s", ValueError("detail"))

    assert "detail" in caplog.text  # the record itself is not changed, only our file's copy
    assert "detail" not in _text(log_dir)


# -- history wipe clears the logs ------------------------------------------------------------


def test_clear_logs_deletes_every_log_file_and_logging_goes_on(log_dir: Path) -> None:
    setup_logging(log_dir)
    log.warning("before the wipe")
    (log_dir / f"{LOG_FILE}.1").write_text("rotated\n", encoding="utf-8")
    (log_dir / f"{LOG_FILE}.3").write_text("rotated\n", encoding="utf-8")
    (log_dir / "notes.txt").write_text("not a log\n", encoding="utf-8")

    clear_logs(log_dir)

    assert sorted(p.name for p in log_dir.iterdir()) == ["notes.txt"]
    log.warning("after the wipe")
    text = _text(log_dir)
    assert "after the wipe" in text
    assert "before the wipe" not in text
    if os.name != "nt":
        assert mode(log_dir / LOG_FILE) == 0o600


def test_clear_logs_of_a_missing_folder_does_nothing(tmp_path: Path) -> None:
    clear_logs(tmp_path / "never-created")


def test_a_log_file_that_cannot_be_deleted_is_a_clear_error(
        log_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    setup_logging(log_dir)
    log.warning("kept")

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "unlink", refuse)

    with pytest.raises(LogError, match="could not be deleted: Permission denied") as caught:
        clear_logs(log_dir)
    assert LOG_FILE in caught.value.message
