"""The import-linter contracts hold, and they would catch a core module importing Qt."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint_imports(source_root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(source_root)}
    return subprocess.run([str(LINT_IMPORTS), "--config", str(ROOT / "pyproject.toml"),
                           "--no-cache"], cwd=source_root, env=env, capture_output=True,
                          text=True, check=False, timeout=120)


def test_the_core_is_qt_free() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout


def test_the_contract_catches_qt_in_the_core(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "assistant", tmp_path / "assistant",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "assistant" / "core" / "sneaky.py").write_text(
        '"""A core module that must not exist."""\n\nfrom PySide6 import QtCore\n')

    result = _lint_imports(tmp_path)

    assert result.returncode != 0
    assert "assistant.core.sneaky -> PySide6" in result.stdout
