"""The app's folders: one explicit root wins, tests never touch real data, folders are private."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from assistant.core.paths import HOME_ENV, AppPaths, resolve_paths

FOLDERS = ("data", "config", "cache", "logs")


def _all_folders(paths: AppPaths) -> list[Path]:
    return [paths.data, paths.config, paths.cache, paths.logs, paths.models]


def test_an_explicit_data_dir_beats_the_environment(isolated_home: Path, tmp_path: Path) -> None:
    assert os.environ[HOME_ENV] == str(isolated_home)

    paths = resolve_paths(tmp_path / "explicit")

    root = (tmp_path / "explicit").resolve()
    assert paths == AppPaths.under(root)
    assert paths.data == root / "data"
    assert not any(p.is_relative_to(isolated_home.resolve()) for p in _all_folders(paths))


def test_the_environment_beats_the_platform_default(isolated_home: Path) -> None:
    paths = resolve_paths()

    assert paths == AppPaths.under(isolated_home)
    assert paths.config == isolated_home.resolve() / "config"


@pytest.mark.parametrize("value", [None, ""], ids=["unset", "empty"])
def test_without_a_root_the_platform_default_is_used(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str | None
) -> None:
    if value is None:
        monkeypatch.delenv(HOME_ENV)
    else:
        monkeypatch.setenv(HOME_ENV, value)

    paths = resolve_paths()

    assert paths == AppPaths.platform_default()
    for folder in _all_folders(paths):
        assert folder.is_absolute()
        assert not folder.is_relative_to(tmp_path.resolve())
        assert "pequeno" in str(folder).lower()


def test_under_puts_every_folder_below_the_root(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)

    root = tmp_path.resolve()
    assert [paths.data, paths.config, paths.cache, paths.logs] == [root / f for f in FOLDERS]
    assert len({paths.data, paths.config, paths.cache, paths.logs}) == 4


def test_under_makes_a_relative_root_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    paths = AppPaths.under(Path("relative-root"))

    assert paths.data == tmp_path.resolve() / "relative-root" / "data"


def test_under_expands_the_home_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))

    paths = AppPaths.under(Path("~/pq"))

    assert paths.logs == tmp_path.resolve() / "pq" / "logs"


def test_models_and_settings_locations(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)

    assert paths.models == paths.data / "models"
    assert paths.settings_file == paths.config / "settings.json"


def test_nothing_is_created_until_ensure(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "root")

    assert not (tmp_path / "root").exists()
    assert paths.ensure() is paths
    assert all(folder.is_dir() for folder in _all_folders(paths))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_ensure_creates_private_folders(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        paths = AppPaths.under(tmp_path / "root").ensure()
    finally:
        os.umask(old_umask)

    for folder in _all_folders(paths):
        mode = stat.S_IMODE(folder.stat().st_mode)
        assert mode == 0o700, f"{folder} has mode {mode:o}"


def test_ensure_is_idempotent(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    marker = paths.settings_file
    marker.write_text("{}", encoding="utf-8")

    paths.ensure()

    assert marker.read_text(encoding="utf-8") == "{}"
