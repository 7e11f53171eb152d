"""A history kept on a real exFAT drive, as with ``--data-dir`` on a USB stick.

exFAT has no hard links and no file permissions. The drive is a disk image formatted with
mkfs.exfat and mounted through FUSE (exfat-fuse) on a loop device, which needs root; the test
says why when it cannot run.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.core.history.keystore import KEY_FILE
from assistant.core.history.store import HistoryStore, Role
from assistant.core.paths import AppPaths

APT_PACKAGES = ("exfatprogs", "exfat-fuse")
TOOLS = ("mkfs.exfat", "mount.exfat-fuse", "losetup", "umount")
TIMEOUT = 60


def _missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)


@pytest.fixture(scope="session")
def exfat_tools() -> None:
    """mkfs.exfat and exfat-fuse, installed from Debian when missing and allowed."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the exFAT drive test needs Linux (loop devices and FUSE)")
    if os.geteuid() != 0:
        pytest.skip("the exFAT drive test needs root to attach a loop device and mount it")
    if not Path("/dev/fuse").exists():
        pytest.skip("the exFAT drive test needs /dev/fuse")
    if _missing_tools() and shutil.which("apt-get") is not None:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends",
                            *APT_PACKAGES], env=env, capture_output=True, timeout=900,
                           check=True)
    if _missing_tools():
        pytest.skip(f"{', '.join(_missing_tools())} missing; install the Debian packages "
                    f"{' '.join(APT_PACKAGES)}")


@pytest.fixture
def exfat_drive(exfat_tools: None, tmp_path: Path) -> Iterator[Path]:
    """A freshly formatted 32 MiB exFAT drive, mounted; unmounted and detached afterwards."""
    image = tmp_path / "stick.img"
    mount_point = tmp_path / "stick"
    mount_point.mkdir()
    with image.open("wb") as handle:
        handle.truncate(32 * 2**20)
    formatted = _run("mkfs.exfat", str(image))
    if formatted.returncode != 0:
        pytest.skip(f"mkfs.exfat failed: {formatted.stderr.strip()}")
    attached = _run("losetup", "--find", "--show", str(image))
    if attached.returncode != 0:
        pytest.skip(f"no loop device for the exFAT image: {attached.stderr.strip()}")
    loop = attached.stdout.strip()
    try:
        mounted = _run("mount.exfat-fuse", loop, str(mount_point))
        if mounted.returncode != 0:
            pytest.skip(f"the exFAT image could not be mounted: {mounted.stderr.strip()}")
        try:
            yield mount_point
        finally:
            _run("umount", str(mount_point))
    finally:
        _run("losetup", "--detach", loop)


def test_a_history_on_an_exfat_stick_works_and_its_exposed_key_is_reported(
    exfat_drive: Path,
) -> None:
    probe = exfat_drive / "probe"
    probe.write_text("x", encoding="ascii")
    with pytest.raises(PermissionError):  # no hard links: the case under test
        os.link(probe, exfat_drive / "probe-link")
    probe.unlink()
    paths = AppPaths.under(exfat_drive / "pequeno").ensure()

    # No keyring (tests/conftest.py): the key goes to a file on the stick.
    store, first_notice = HistoryStore.open_default(paths)
    with store:
        conversation = store.create_conversation(title="No pen drive")
        store.add_message(conversation.id, Role.USER, "olá do pendrive")
    reopened, notice = HistoryStore.open_default(paths)
    with reopened:
        messages = [m.content for m in reopened.messages(conversation.id)]

    key_file = paths.config / KEY_FILE
    assert messages == ["olá do pendrive"]
    assert len(key_file.read_text(encoding="ascii")) == 64
    assert sorted(p.name for p in paths.config.iterdir()) == [KEY_FILE]
    assert first_notice is not None
    assert "No system keyring" in first_notice
    assert notice is not None  # every start: the drive cannot make it private
    assert str(key_file) in notice
    assert "does not keep file permissions" in notice
