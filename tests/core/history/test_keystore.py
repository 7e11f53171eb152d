"""The history key: in the keyring, else in a private key file, and never silently replaced.

Every in-process test sets the keyring backend itself and puts the previous one back, so no
test can reach the developer's real keyring. The one real-keyring test runs a throwaway
gnome-keyring inside its own D-Bus session, with its own home folder.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol, TypeVar

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest
from keyring.compat import properties

from assistant.core.history.keystore import (
    ACCOUNT,
    KEY_FILE,
    SERVICE,
    HistoryKey,
    HistoryKeyError,
    KeySource,
    load_or_create_key,
)

HEX_KEY = re.compile(r"[0-9a-f]{64}")
REPO = Path(__file__).resolve().parents[2]


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring in a dict. Optionally locked, read-only, or forgetful."""

    @properties.classproperty
    def priority(cls) -> float:
        # Not viable, so keyring's own backend discovery never picks it: only the tests'
        # keyring.set_keyring() installs it.
        raise RuntimeError("test backend, set explicitly")

    def __init__(
        self, *, locked: bool = False, refuse_set: bool = False, forget: bool = False
    ) -> None:
        # KeyringBackend.__init__ only reads KEYRING_PROPERTY_* variables: not wanted here.
        self.store: dict[tuple[str, str], str] = {}
        self.locked = locked
        self.refuse_set = refuse_set
        self.forget = forget
        self.sets = 0

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            raise keyring.errors.KeyringLocked("the collection is locked")
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.sets += 1
        if self.locked:
            raise keyring.errors.KeyringLocked("the collection is locked")
        if self.refuse_set:
            raise keyring.errors.PasswordSetError("the keyring refused the secret")
        if not self.forget:
            self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("no such secret") from None

    def __str__(self) -> str:
        # KeyringBackend.__str__ shows the priority, which this backend refuses to have.
        return "MemoryKeyring (test)"


Backend = TypeVar("Backend", bound=keyring.backend.KeyringBackend)


class UseKeyring(Protocol):
    def __call__(self, backend: Backend, /) -> Backend: ...


@contextlib.contextmanager
def keyring_scope() -> Iterator[UseKeyring]:
    """Install keyring backends inside the block; the previous one comes back afterwards."""
    previous = keyring.get_keyring()

    def install(backend: Backend, /) -> Backend:
        keyring.set_keyring(backend)
        return backend

    try:
        yield install
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def use_keyring() -> Iterator[UseKeyring]:
    """Install a keyring backend for one test; the previous one comes back afterwards."""
    with keyring_scope() as install:
        yield install


@pytest.fixture
def no_keyring(use_keyring: UseKeyring) -> None:
    """No keyring at all, as on a headless Linux machine."""
    use_keyring(keyring.backends.fail.Keyring())


@pytest.fixture
def memory_keyring(use_keyring: UseKeyring) -> MemoryKeyring:
    """A working keyring, in memory."""
    backend = MemoryKeyring()
    use_keyring(backend)
    return backend


@pytest.fixture
def config(tmp_path: Path) -> Path:
    """A config folder that does not exist yet, as on a first start."""
    return tmp_path / "home" / "config"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- no keyring: the private key file -------------------------------------------------------


@pytest.mark.usefixtures("no_keyring")
def test_first_key_without_keyring_goes_to_a_private_file_and_the_user_is_told(
    config: Path,
) -> None:
    key = load_or_create_key(config, database_exists=False)

    key_file = config / KEY_FILE
    assert HEX_KEY.fullmatch(key.hex)
    assert key.source is KeySource.FILE
    assert key_file.read_text(encoding="ascii") == key.hex
    assert mode(key_file) == 0o600
    assert key.notice
    assert str(key_file) in key.notice


@pytest.mark.usefixtures("no_keyring")
def test_key_file_is_read_back_and_the_user_is_told_only_once(config: Path) -> None:
    first = load_or_create_key(config, database_exists=False)

    again = load_or_create_key(config, database_exists=True)
    once_more = load_or_create_key(config, database_exists=False)

    assert again == HistoryKey(first.hex, KeySource.FILE, None)
    assert once_more == again


@pytest.mark.usefixtures("no_keyring")
def test_each_new_key_is_random(tmp_path: Path) -> None:
    keys = {load_or_create_key(tmp_path / str(n), database_exists=False).hex for n in range(3)}

    assert len(keys) == 3


@pytest.mark.usefixtures("no_keyring")
@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"ab" * 31, id="too-short"),
        pytest.param(b"ab" * 33, id="too-long"),
        pytest.param(b"zz" * 32, id="not-hex"),
        pytest.param(b"\xff" * 64, id="not-text"),
    ],
)
def test_damaged_key_file_is_an_error_and_is_left_as_it_is(
    config: Path,
    content: bytes,
) -> None:
    config.mkdir(parents=True)
    key_file = config / KEY_FILE
    key_file.write_bytes(content)

    for database_exists in (False, True):
        with pytest.raises(HistoryKeyError) as caught:
            load_or_create_key(config, database_exists=database_exists)
        assert str(key_file) in caught.value.message

    assert key_file.read_bytes() == content


@pytest.mark.usefixtures("no_keyring")
def test_key_file_with_a_trailing_newline_is_accepted(config: Path) -> None:
    config.mkdir(parents=True)
    (config / KEY_FILE).write_text("0f" * 32 + "\n", encoding="ascii")
    (config / KEY_FILE).chmod(0o600)

    assert load_or_create_key(config, database_exists=True) == HistoryKey("0f" * 32, KeySource.FILE)


@pytest.mark.usefixtures("no_keyring")
def test_database_without_any_key_is_an_error_and_no_new_key_is_made(config: Path) -> None:
    with pytest.raises(HistoryKeyError) as caught:
        load_or_create_key(config, database_exists=True)

    message = caught.value.message
    assert "history is kept" in message
    assert str(config / KEY_FILE) in message
    assert not (config / KEY_FILE).exists()


# -- a working keyring, in memory ------------------------------------------------------------


def test_first_key_goes_to_the_keyring_and_no_file_is_written(
    config: Path, memory_keyring: MemoryKeyring
) -> None:
    key = load_or_create_key(config, database_exists=False)

    assert HEX_KEY.fullmatch(key.hex)
    assert key.source is KeySource.KEYRING
    assert key.notice is None
    assert memory_keyring.store == {(SERVICE, ACCOUNT): key.hex}
    assert not (config / KEY_FILE).exists()


def test_keyring_key_is_returned_again(config: Path, memory_keyring: MemoryKeyring) -> None:
    first = load_or_create_key(config, database_exists=False)

    again = load_or_create_key(config, database_exists=True)

    assert again == HistoryKey(first.hex, KeySource.KEYRING, None)
    assert memory_keyring.sets == 1


def test_key_already_in_the_keyring_opens_an_existing_database(
    config: Path, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.store[(SERVICE, ACCOUNT)] = "1e" * 32

    key = load_or_create_key(config, database_exists=True)

    assert key == HistoryKey("1e" * 32, KeySource.KEYRING, None)
    assert memory_keyring.sets == 0


def test_key_file_is_used_before_the_keyring(config: Path, memory_keyring: MemoryKeyring) -> None:
    config.mkdir(parents=True)
    (config / KEY_FILE).write_text("ab" * 32, encoding="ascii")
    (config / KEY_FILE).chmod(0o600)
    memory_keyring.store[(SERVICE, ACCOUNT)] = "cd" * 32

    assert load_or_create_key(config, database_exists=True) == HistoryKey("ab" * 32, KeySource.FILE)


@pytest.mark.parametrize("database_exists", [False, True])
def test_locked_keyring_is_an_error_not_a_new_key(
    config: Path, use_keyring: UseKeyring, database_exists: bool
) -> None:
    backend = use_keyring(MemoryKeyring(locked=True))

    with pytest.raises(HistoryKeyError) as caught:
        load_or_create_key(config, database_exists=database_exists)

    message = caught.value.message
    assert "keyring could not be read" in message
    assert "the collection is locked" in message
    assert "Unlock it" in message
    assert isinstance(caught.value.__cause__, keyring.errors.KeyringLocked)
    assert backend.sets == 0
    assert not (config / KEY_FILE).exists()


def test_keyring_that_refuses_the_key_falls_back_to_the_file(
    config: Path, use_keyring: UseKeyring
) -> None:
    backend = use_keyring(MemoryKeyring(refuse_set=True))

    key = load_or_create_key(config, database_exists=False)

    key_file = config / KEY_FILE
    assert key.source is KeySource.FILE
    assert key.notice
    assert str(key_file) in key.notice
    assert "did not keep" in key.notice  # not "no keyring": there is one, it said no
    assert key_file.read_text(encoding="ascii") == key.hex
    assert mode(key_file) == 0o600
    assert backend.store == {}
    assert load_or_create_key(config, database_exists=True) == HistoryKey(
        key.hex, KeySource.FILE, None
    )


def test_keyring_that_forgets_the_key_falls_back_to_the_file(
    config: Path, use_keyring: UseKeyring
) -> None:
    use_keyring(MemoryKeyring(forget=True))

    key = load_or_create_key(config, database_exists=False)

    assert key.source is KeySource.FILE
    assert key.notice
    assert (config / KEY_FILE).read_text(encoding="ascii") == key.hex


def test_a_keyring_key_restored_with_a_newline_still_opens_the_history(
    config: Path, memory_keyring: MemoryKeyring
) -> None:
    first = load_or_create_key(config, database_exists=False)
    memory_keyring.store[(SERVICE, ACCOUNT)] = first.hex.upper() + "\n"

    assert load_or_create_key(config, database_exists=True).hex == first.hex


@pytest.mark.parametrize("stored", ["not a key", "ab" * 31, "zz" * 32])
def test_a_damaged_keyring_key_is_an_error_not_a_new_database(
    config: Path, memory_keyring: MemoryKeyring, stored: str
) -> None:
    memory_keyring.store[(SERVICE, ACCOUNT)] = stored

    with pytest.raises(HistoryKeyError, match="damaged"):
        load_or_create_key(config, database_exists=False)
    assert memory_keyring.store[(SERVICE, ACCOUNT)] == stored
    assert not (config / KEY_FILE).exists()


@pytest.mark.usefixtures("no_keyring")
def test_a_failed_key_write_leaves_no_file_behind(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)

    with pytest.raises(HistoryKeyError, match="No space left"):
        load_or_create_key(config, database_exists=False)
    assert list(config.iterdir()) == []
    monkeypatch.undo()
    assert load_or_create_key(config, database_exists=False).notice is not None


def test_keyring_scope_puts_the_previous_backend_back() -> None:
    # What every in-process test relies on to stay away from the real keyring.
    before = keyring.get_keyring()
    with keyring_scope() as install:
        backend = install(MemoryKeyring())
        assert keyring.get_keyring() is backend
    assert keyring.get_keyring() is before


def test_memory_keyring_is_never_chosen_by_keyring_itself() -> None:
    assert not MemoryKeyring.viable


# -- the key file on disk: flushed, private, and on drives without hard links ----------------


@pytest.mark.usefixtures("no_keyring")
def test_the_folder_is_flushed_after_the_key_file_appears(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flushed_folders: list[bool] = []  # for each folder flushed: was the key file in it?
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            flushed_folders.append((config / KEY_FILE).exists())
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)

    key = load_or_create_key(config, database_exists=False)

    assert flushed_folders == [True]
    assert (config / KEY_FILE).read_text(encoding="ascii") == key.hex


def _no_hard_links(monkeypatch: pytest.MonkeyPatch, *, before: Callable[[Path], None]) -> None:
    """os.link fails as on FAT and exFAT (Linux says EPERM there), after calling ``before``."""

    def link(source: str | Path, target: str | Path, **kwargs: object) -> None:
        before(Path(target))
        raise PermissionError(1, "Operation not permitted", str(source), None, str(target))

    monkeypatch.setattr(os, "link", link)


@pytest.mark.usefixtures("no_keyring")
def test_a_drive_without_hard_links_still_gets_a_whole_key_file(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_hard_links(monkeypatch, before=lambda target: None)

    key = load_or_create_key(config, database_exists=False)

    assert key.source is KeySource.FILE
    assert key.notice
    assert (config / KEY_FILE).read_text(encoding="ascii") == key.hex
    assert mode(config / KEY_FILE) == 0o600
    assert [p.name for p in config.iterdir()] == [KEY_FILE]  # no temporary file left
    monkeypatch.undo()
    assert load_or_create_key(config, database_exists=True) == HistoryKey(key.hex, KeySource.FILE)


@pytest.mark.usefixtures("no_keyring")
def test_without_hard_links_a_key_file_that_appeared_meanwhile_is_never_replaced(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = "9a" * 32

    def another_pequeno_wins(target: Path) -> None:
        target.write_text(other, encoding="ascii")
        target.chmod(0o600)

    _no_hard_links(monkeypatch, before=another_pequeno_wins)

    with pytest.raises(HistoryKeyError, match="Cannot store the history key"):
        load_or_create_key(config, database_exists=False)

    assert (config / KEY_FILE).read_text(encoding="ascii") == other
    assert [p.name for p in config.iterdir()] == [KEY_FILE]
    monkeypatch.undo()
    assert load_or_create_key(config, database_exists=True) == HistoryKey(other, KeySource.FILE)


@pytest.mark.usefixtures("no_keyring")
@pytest.mark.parametrize("file_mode", [0o644, 0o640, 0o604])
def test_a_key_file_others_can_read_is_made_private_and_the_user_is_told(
    config: Path, file_mode: int
) -> None:
    config.mkdir(parents=True)
    key_file = config / KEY_FILE
    key_file.write_text("5e" * 32, encoding="ascii")
    key_file.chmod(file_mode)

    key = load_or_create_key(config, database_exists=True)

    assert key.hex == "5e" * 32
    assert key.notice is not None
    assert str(key_file) in key.notice
    assert "other users" in key.notice
    assert mode(key_file) == 0o600
    # Private now: the next start has nothing to say.
    assert load_or_create_key(config, database_exists=True).notice is None


@pytest.mark.usefixtures("no_keyring")
def test_a_key_file_that_cannot_be_made_private_is_reported_every_time(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config.mkdir(parents=True)
    key_file = config / KEY_FILE
    key_file.write_text("5e" * 32, encoding="ascii")
    key_file.chmod(0o644)
    monkeypatch.setattr(Path, "chmod", lambda self, mode: None)  # FAT keeps no permissions

    for _ in range(2):
        notice = load_or_create_key(config, database_exists=True).notice
        assert notice is not None
        assert "does not keep file permissions" in notice


# -- a real keyring: gnome-keyring over D-Bus -----------------------------------------------

# On bookworm dbus-run-session is in dbus-daemon and dbus-send in dbus-bin (the "dbus"
# package is the system bus, not needed here).
APT_PACKAGES = ("gnome-keyring", "dbus-daemon", "dbus-bin", "dbus-user-session")
TOOLS = ("gnome-keyring-daemon", "dbus-run-session", "dbus-send")
APT_TIMEOUT = 900
CHILD_TIMEOUT = 60


def _missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _apt_knows(packages: tuple[str, ...]) -> bool:
    policy = subprocess.run(
        ["apt-cache", "policy", *packages], capture_output=True, text=True, timeout=120, check=False
    ).stdout
    candidates = re.findall(r"Candidate: (\S+)", policy)
    return len(candidates) == len(packages) and "(none)" not in candidates


@pytest.fixture(scope="session")
def secret_service_tools() -> None:
    """gnome-keyring and dbus-run-session, installed from Debian when missing and allowed."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the Secret Service test needs Linux")
    if not _missing_tools():
        return
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        pytest.skip(
            f"{', '.join(_missing_tools())} missing; install the Debian packages "
            f"{' '.join(APT_PACKAGES)}"
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        if not _apt_knows(APT_PACKAGES):
            subprocess.run(
                ["apt-get", "update", "-qq"],
                env=env,
                capture_output=True,
                timeout=APT_TIMEOUT,
                check=True,
            )
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *APT_PACKAGES],
            env=env,
            capture_output=True,
            timeout=APT_TIMEOUT,
            check=True,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        pytest.skip(
            f"could not install {' '.join(APT_PACKAGES)}: {exc} "
            f"{detail.decode(errors='replace')[-500:]}"
        )
    if _missing_tools():
        pytest.skip(f"{', '.join(_missing_tools())} still missing after apt-get install")


SESSION_SCRIPT = """\
set -eu
# A fresh login keyring, unlocked with the password on stdin. --foreground, put in the
# background, so that this script knows the daemon's pid and stops (and reaps) it at the end;
# --daemonize returns before the daemon owns its bus name and can outlive the session.
gnome-keyring-daemon --foreground --unlock --components=secrets \\
    < "$TEST_DIR/password" > "$TEST_DIR/daemon.log" 2>&1 &
daemon=$!
echo "$daemon" > "$TEST_DIR/daemon.pid"
trap 'kill "$daemon" 2>/dev/null || true; wait "$daemon" 2>/dev/null || true' EXIT
# Wait until it owns org.freedesktop.secrets (NameHasOwner, unlike a Secret Service call,
# does not make D-Bus activate a second daemon).
tries=0
until dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus \\
        /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \\
        string:org.freedesktop.secrets | grep -q true; do
    tries=$((tries + 1))
    if [ "$tries" -ge 200 ] || ! kill -0 "$daemon" 2>/dev/null; then
        echo "gnome-keyring-daemon did not provide the Secret Service:" >&2
        cat "$TEST_DIR/daemon.log" >&2
        exit 1
    fi
    sleep 0.05
done
"$TEST_PYTHON" "$TEST_DIR/child.py"
"""

CHILD_SCRIPT = """\
import json

import keyring
import keyring.backends.SecretService

from assistant.core.history.store import HistoryStore, Role
from assistant.core.history.keystore import ACCOUNT, KEY_FILE, SERVICE, load_or_create_key
from assistant.core.paths import resolve_paths

paths = resolve_paths()
first = load_or_create_key(paths.config, database_exists=False)
key_file_after_first = (paths.config / KEY_FILE).exists()
from_keyring = keyring.get_password(SERVICE, ACCOUNT)
from_new_backend = keyring.backends.SecretService.Keyring().get_password(SERVICE, ACCOUNT)
second = load_or_create_key(paths.config, database_exists=True)

store, notice = HistoryStore.open_default(paths)
conversation = store.create_conversation(title="Keyring check")
store.add_message(conversation.id, Role.USER, "olá do chaveiro")
store.close()
reopened, reopened_notice = HistoryStore.open_default(paths)
titles = [c.title for c in reopened.list_conversations()]
messages = [m.content for m in reopened.messages(conversation.id)]
reopened.close()
with HistoryStore.open(store.path, first.hex) as direct:
    direct_titles = [c.title for c in direct.list_conversations()]

print(json.dumps({
    "backend": type(keyring.get_keyring()).__module__,
    "first": [first.hex, str(first.source), first.notice],
    "key_file_after_first": key_file_after_first,
    "from_keyring": from_keyring,
    "from_new_backend": from_new_backend,
    "second": [second.hex, str(second.source), second.notice],
    "open_notice": notice,
    "reopened_notice": reopened_notice,
    "titles": titles,
    "messages": messages,
    "direct_titles": direct_titles,
    "key_file_at_end": (paths.config / KEY_FILE).exists(),
    "database_size": store.path.stat().st_size,
}))
"""


def _run_bounded(
    command: list[str], *, env: dict[str, str], cwd: Path, timeout: float
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` in its own process group; the whole group dies if it overruns."""
    process = subprocess.Popen(
        command,
        env=env,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        pytest.fail(f"the keyring session took over {timeout} s\n{stdout}\n{stderr}")
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def _stop_leftover_daemon(pid_file: Path) -> None:
    """Kill the session's gnome-keyring-daemon if the session script could not (a timeout)."""
    try:
        pid = int(pid_file.read_text(encoding="ascii"))
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError):
        return
    if b"gnome-keyring-daemon" in command and b"--foreground" in command:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.usefixtures("secret_service_tools")
def test_real_secret_service_keyring_holds_the_history_key(tmp_path: Path) -> None:
    home = tmp_path / "user-home"
    pequeno_home = tmp_path / "pequeno-home"
    home.mkdir()
    (tmp_path / "session.sh").write_text(SESSION_SCRIPT, encoding="utf-8")
    (tmp_path / "child.py").write_text(textwrap.dedent(CHILD_SCRIPT), encoding="utf-8")
    (tmp_path / "password").write_text("test", encoding="utf-8")
    # A short runtime folder: gnome-keyring puts a Unix socket in it (108-byte path limit).
    runtime = Path(tempfile.mkdtemp(prefix="pq-kr-"))
    runtime.chmod(0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        # Everything gnome-keyring, keyring and Pequeno write lands in tmp_path: the
        # developer's own keyrings (~/.local/share/keyrings) are never opened.
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        "PEQUENO_HOME": str(pequeno_home),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
        "PYTHONPATH": str(REPO),
        "TEST_DIR": str(tmp_path),
        "TEST_PYTHON": sys.executable,
    }
    started = time.monotonic()
    try:
        result = _run_bounded(
            ["dbus-run-session", "--", "sh", str(tmp_path / "session.sh")],
            env=env,
            cwd=tmp_path,
            timeout=CHILD_TIMEOUT,
        )
    finally:
        _stop_leftover_daemon(tmp_path / "daemon.pid")
        shutil.rmtree(runtime, ignore_errors=True)
    elapsed = time.monotonic() - started

    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    report = json.loads(result.stdout.strip().splitlines()[-1])
    key, source, notice = report["first"]
    assert report["backend"] == "keyring.backends.SecretService"
    assert HEX_KEY.fullmatch(key)
    assert (source, notice) == ("keyring", None)
    assert report["key_file_after_first"] is False
    assert report["from_keyring"] == key
    assert report["from_new_backend"] == key
    assert report["second"] == [key, "keyring", None]
    # End to end: the history database is encrypted with the keyring's key.
    assert report["open_notice"] is None
    assert report["reopened_notice"] is None
    assert report["titles"] == ["Keyring check"]
    assert report["messages"] == ["olá do chaveiro"]
    assert report["direct_titles"] == ["Keyring check"]
    assert report["key_file_at_end"] is False
    assert report["database_size"] > 0
    assert not (pequeno_home / "config" / KEY_FILE).exists()
    # gnome-keyring wrote its keyring under the throwaway home, not the real one.
    assert list((home / ".local" / "share" / "keyrings").glob("*.keyring"))
    assert elapsed < CHILD_TIMEOUT
