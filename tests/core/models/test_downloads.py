"""Downloads resume, retry, refuse bad bytes and stop cleanly, against a loopback HTTPS server.

The server's certificate is self-signed; each download is given it explicitly (``trust=``).
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import random
import re
import ssl
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TypedDict, cast

import httpx
import pytest

from assistant.core.models import downloads
from assistant.core.models.downloads import (
    SPACE_MARGIN,
    Download,
    DownloadCancelled,
    DownloadError,
    DownloadSpec,
    Progress,
    format_size,
    published_sha256,
)
from tests.modelserver import LoopbackTLS, make_loopback_tls

pytestmark = pytest.mark.timeout(30)

DATA = random.Random(20240611).randbytes(4_000_000 + 4321)
DATA_SHA256 = hashlib.sha256(DATA).hexdigest()


class _Options(TypedDict):
    backoff: float
    timeout: float
    trust: ssl.SSLContext | None


@dataclass
class Seen:
    """One request the server received."""

    path: str
    range: str | None


@dataclass
class Behaviour:
    """How the test server answers; request numbers count from 0."""

    data: bytes = DATA
    cuts: dict[int, int] = field(default_factory=dict)  # close after this many body bytes
    stalls: dict[int, int] = field(default_factory=dict)  # send this many, then go silent
    statuses: dict[int, int] = field(default_factory=dict)  # answer with this status instead
    always_status: int | None = None
    ignore_range: bool = False
    no_length: bool = False  # no Content-Length: the body ends when the connection closes
    headers: dict[str, str] = field(
        default_factory=lambda: {"X-Linked-ETag": f'"{DATA_SHA256}"'})  # as Hugging Face does
    redirect_to: str = "/file"
    redirect_headers: dict[str, str] = field(default_factory=dict)
    block: int = 64 * 1024
    delay: float = 0.0  # seconds between blocks
    # Send at least this many body bytes of the first request, set ``held``, then wait for
    # ``released``: the client is mid-download for as long as the test needs.
    hold_at: int | None = None
    held: threading.Event = field(default_factory=threading.Event)
    released: threading.Event = field(default_factory=threading.Event)


class _Server(ThreadingHTTPServer):
    def __init__(self, behaviour: Behaviour) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.behaviour = behaviour
        self.requests: list[Seen] = []
        self.lock = threading.Lock()
        self.stop = threading.Event()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 2  # an idle keep-alive connection ends its thread after this

    def log_message(self, format: str, *args: object) -> None:
        pass

    def handle(self) -> None:
        # The client may close mid-body: a pause, a cancel or a timeout.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError, ssl.SSLError):
            super().handle()

    def _answer(self, status: int, headers: dict[str, str], body: bytes = b"") -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        server = cast(_Server, self.server)
        behaviour = server.behaviour
        with server.lock:
            index = len(server.requests)
            server.requests.append(Seen(self.path, self.headers.get("Range")))
        if self.path == "/redirect":
            self._answer(302, {"Location": behaviour.redirect_to, **behaviour.redirect_headers})
            return
        if self.path != "/file":
            self._answer(404, {}, b"no such file")
            return
        status = behaviour.statuses.get(index, behaviour.always_status)
        if status is not None:
            self._answer(status, {}, b"error")
            return
        data = behaviour.data
        start = 0
        wanted = self.headers.get("Range")
        if wanted and not behaviour.ignore_range:
            match = re.fullmatch(r"bytes=(\d+)-", wanted)
            assert match, wanted
            start = int(match[1])
            if start >= len(data):
                self._answer(416, {"Content-Range": f"bytes */{len(data)}"})
                return
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        else:
            self.send_response(200)
        if behaviour.no_length:
            self.send_header("Connection", "close")
            self.close_connection = True
        else:
            self.send_header("Content-Length", str(len(data) - start))
        for name, value in behaviour.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self._send_body(server, data[start:], index)

    def _send_body(self, server: _Server, body: bytes, index: int) -> None:
        behaviour = server.behaviour
        limit = len(body)
        if index in behaviour.cuts:
            limit = min(behaviour.cuts[index], len(body) - 1)
        if index in behaviour.stalls:
            limit = min(behaviour.stalls[index], len(body) - 1)
        try:
            for position in range(0, limit, behaviour.block):
                if server.stop.is_set():
                    break
                if index == 0 and behaviour.hold_at is not None \
                        and position >= behaviour.hold_at and not behaviour.held.is_set():
                    behaviour.held.set()
                    while not (behaviour.released.wait(0.05) or server.stop.is_set()):
                        pass
                self.wfile.write(body[position:min(position + behaviour.block, limit)])
                if behaviour.delay:
                    server.stop.wait(behaviour.delay)
            if index in behaviour.stalls:
                server.stop.wait(10)  # longer than the client's timeout; ends at teardown
        except (BrokenPipeError, ConnectionResetError):
            pass
        if limit < len(body):
            self.close_connection = True


class Site:
    """A running loopback server and what it saw."""

    def __init__(self, server: _Server, tls: LoopbackTLS | None) -> None:
        self._server = server
        self.behaviour = server.behaviour
        host, port = server.server_address[:2]
        scheme = "https" if tls is not None else "http"
        self.base = f"{scheme}://{host!s}:{port}"
        self.url = f"{self.base}/file"
        self.trust = tls.client_context() if tls is not None else None
        # Quick retries, and the test certificate trusted explicitly.
        self.fast: _Options = {"backoff": 0.01, "timeout": 5.0, "trust": self.trust}

    @property
    def requests(self) -> list[Seen]:
        with self._server.lock:
            return list(self._server.requests)

    @property
    def ranges(self) -> list[str | None]:
        return [seen.range for seen in self.requests]


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> LoopbackTLS:
    return make_loopback_tls(tmp_path_factory.mktemp("tls"))


@contextlib.contextmanager
def _running(tls: LoopbackTLS | None, monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                 "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    server = _Server(Behaviour())
    if tls is not None:
        tls.wrap(server)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield Site(server, tls)
    finally:
        server.stop.set()
        server.shutdown()
        server.server_close()  # joins the request threads; each ends within its timeout
        thread.join(5)
        assert not thread.is_alive()


@pytest.fixture
def site(tls: LoopbackTLS, monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    """The HTTPS server the downloads use."""
    with _running(tls, monkeypatch) as running:
        yield running


@pytest.fixture
def plain_site(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    """A plain-HTTP server, which a download must never use."""
    with _running(None, monkeypatch) as running:
        yield running


@pytest.fixture
def target(tmp_path: Path) -> Path:
    return tmp_path / "models" / "model.gguf"


def _part(path: Path) -> Path:
    return path.with_name(path.name + ".part")


def _in_thread(action: Callable[[], None]) -> threading.Thread:
    thread = threading.Thread(target=action, daemon=True)
    thread.start()
    return thread


def _wait_for(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.005)


class _Reached:
    """A progress callback that sets ``event`` once ``threshold`` bytes are in.

    It then holds the download until the controlling thread sets ``handled``, so a pause or a
    cancel from that thread lands mid-download however the threads are scheduled.
    """

    def __init__(self, threshold: int) -> None:
        self.threshold = threshold
        self.event = threading.Event()
        self.handled = threading.Event()

    def __call__(self, progress: Progress) -> None:
        if progress.received >= self.threshold and not self.event.is_set():
            self.event.set()
            self.handled.wait(5)


def _cancel_when(reached: _Reached, download: Download, *, keep_partial: bool) -> threading.Thread:
    def control() -> None:
        reached.event.wait(10)
        download.cancel(keep_partial=keep_partial)
        reached.handled.set()

    return _in_thread(control)


# --- interrupted connections --------------------------------------------------------------


def test_a_download_cut_several_times_completes_with_the_right_hash(
    site: Site, target: Path
) -> None:
    rng = random.Random(7)
    cuts = [rng.randrange(1, 900_000) for _ in range(4)]
    site.behaviour.cuts = dict(enumerate(cuts))

    result = Download(DownloadSpec(site.url, target, sha256=DATA_SHA256), **site.fast).run()

    assert result == target
    assert hashlib.sha256(target.read_bytes()).hexdigest() == DATA_SHA256
    assert len(site.requests) == 5
    starts = [sum(cuts[:i]) for i in range(5)]
    assert site.ranges == [None] + [f"bytes={start}-" for start in starts[1:]]
    assert not _part(target).exists()


def test_a_new_download_resumes_the_part_a_cancelled_one_kept(site: Site, target: Path) -> None:
    # The server holds the body at half until the cancel is in. (Cancelling from a progress
    # report raced: reports come ten a second at most, and on a busy machine the first one
    # past half could come once every byte was in.)
    site.behaviour.delay = 0.003
    site.behaviour.hold_at = len(DATA) // 2
    spec = DownloadSpec(site.url, target, sha256=DATA_SHA256, size=len(DATA))
    first = Download(spec, **site.fast)

    def control() -> None:
        site.behaviour.held.wait(10)
        first.cancel(keep_partial=True)
        site.behaviour.released.set()

    helper = _in_thread(control)

    with pytest.raises(DownloadCancelled):
        first.run()
    helper.join(5)

    assert first.state == "cancelled"
    kept = _part(target).stat().st_size
    assert 0 < kept < len(DATA)  # cancelled mid-body: at most the held half came in
    assert _part(target).read_bytes() == DATA[:kept]
    assert not target.exists()

    site.behaviour.delay = 0.0
    Download(spec, **site.fast).run()  # a new object, as after an app restart

    assert site.ranges == [None, f"bytes={kept}-"]
    assert target.read_bytes() == DATA
    assert not _part(target).exists()


def test_a_run_without_retries_keeps_its_part_and_the_next_run_resumes_it(
    site: Site, target: Path
) -> None:
    site.behaviour.cuts = {0: 1_500_000}
    spec = DownloadSpec(site.url, target, sha256=DATA_SHA256)

    with pytest.raises(DownloadError, match="kept failing"):
        Download(spec, retries=0, **site.fast).run()
    assert _part(target).stat().st_size == 1_500_000

    Download(spec, retries=0, **site.fast).run()

    assert site.ranges == [None, "bytes=1500000-"]
    assert target.read_bytes() == DATA


def test_a_complete_part_goes_straight_to_verification(site: Site, target: Path) -> None:
    target.parent.mkdir(parents=True)
    _part(target).write_bytes(DATA)

    download = Download(DownloadSpec(site.url, target, sha256=DATA_SHA256), **site.fast)
    download.run()

    assert site.ranges == [f"bytes={len(DATA)}-"]  # answered 416
    assert download.verified
    assert target.read_bytes() == DATA


def test_a_stalled_connection_is_retried_and_completes(site: Site, target: Path) -> None:
    site.behaviour.stalls = {0: 1_000_000}
    started = time.monotonic()

    Download(DownloadSpec(site.url, target, sha256=DATA_SHA256), timeout=0.5,
             backoff=0.01, trust=site.trust).run()

    assert time.monotonic() - started < 5
    assert site.ranges == [None, "bytes=1000000-"]
    assert target.read_bytes() == DATA


def test_a_server_ignoring_range_restarts_the_part_cleanly(site: Site, target: Path) -> None:
    site.behaviour.ignore_range = True
    target.parent.mkdir(parents=True)
    _part(target).write_bytes(random.Random(3).randbytes(1_234_567))

    download = Download(DownloadSpec(site.url, target, sha256=DATA_SHA256), **site.fast)
    download.run()

    assert site.ranges == ["bytes=1234567-"]
    assert download.verified
    assert target.read_bytes() == DATA
    assert not _part(target).exists()


# --- integrity --------------------------------------------------------------------------------


def _corrupted() -> bytes:
    data = bytearray(DATA)
    data[2_345_678] ^= 0x01
    return bytes(data)


def test_wrong_bytes_fail_a_pinned_hash_and_are_deleted(site: Site, target: Path) -> None:
    site.behaviour.data = _corrupted()
    download = Download(DownloadSpec(site.url, target, sha256=DATA_SHA256), **site.fast)

    with pytest.raises(DownloadError, match=r"integrity check \(SHA-256 mismatch\)"):
        download.run()

    assert download.state == "failed"
    assert not target.exists()
    assert not _part(target).exists()


def test_wrong_bytes_fail_the_hash_the_server_published(site: Site, target: Path) -> None:
    site.behaviour.data = _corrupted()
    site.behaviour.headers = {"X-Linked-ETag": f'"{DATA_SHA256}"'}

    with pytest.raises(DownloadError, match="integrity check"):
        Download(DownloadSpec(site.url, target), **site.fast).run()

    assert not target.exists()
    assert not _part(target).exists()


def test_the_hash_on_a_redirect_verifies_the_file_behind_it(site: Site, target: Path) -> None:
    site.behaviour.redirect_headers = {"X-Linked-ETag": f'"{DATA_SHA256}"',
                                       "ETag": '"not-a-sha256"'}
    site.behaviour.headers = {"ETag": '"0123456789abcdef0123456789abcdef"'}  # a CDN's md5

    download = Download(DownloadSpec(f"{site.base}/redirect", target), **site.fast)
    download.run()

    assert [seen.path for seen in site.requests] == ["/redirect", "/file"]
    assert download.verified
    assert target.read_bytes() == DATA


def test_without_any_hash_the_download_is_refused_before_writing(
    site: Site, target: Path
) -> None:
    site.behaviour.headers = {"ETag": f'W/"{DATA_SHA256}"'}  # weak tags do not count
    download = Download(DownloadSpec(site.url, target, size=len(DATA)), **site.fast)

    with pytest.raises(DownloadError, match="cannot be verified"):
        download.run()

    assert download.state == "failed"
    assert not download.verified
    assert not target.exists()
    assert not _part(target).exists()


def test_a_complete_part_without_any_hash_is_refused_and_deleted(
    site: Site, target: Path
) -> None:
    site.behaviour.headers = {}
    target.parent.mkdir(parents=True)
    _part(target).write_bytes(DATA)

    with pytest.raises(DownloadError, match="cannot be verified"):
        Download(DownloadSpec(site.url, target), **site.fast).run()

    assert site.ranges == [f"bytes={len(DATA)}-"]  # answered 416, with no hash
    assert not target.exists()
    assert not _part(target).exists()


# --- HTTPS only -------------------------------------------------------------------------------


def test_a_plain_http_address_is_refused_before_any_request(
    plain_site: Site, target: Path
) -> None:
    download = Download(DownloadSpec(plain_site.url, target, sha256=DATA_SHA256),
                        **plain_site.fast)

    with pytest.raises(DownloadError, match="only over HTTPS"):
        download.run()

    assert download.state == "failed"
    assert plain_site.requests == []
    assert not target.exists()
    assert not _part(target).exists()


def test_a_redirect_from_https_to_plain_http_is_refused(
    site: Site, plain_site: Site, target: Path
) -> None:
    # The plain-HTTP hop would publish the hash of whatever it serves; it is never asked.
    site.behaviour.redirect_to = plain_site.url
    plain_site.behaviour.data = _corrupted()
    plain_site.behaviour.headers = {
        "X-Linked-ETag": f'"{hashlib.sha256(_corrupted()).hexdigest()}"'}

    with pytest.raises(DownloadError, match="not HTTPS"):
        Download(DownloadSpec(f"{site.base}/redirect", target), **site.fast).run()

    assert [seen.path for seen in site.requests] == ["/redirect"]
    assert plain_site.requests == []
    assert not target.exists()
    assert not _part(target).exists()


def _response(url: str, headers: dict[str, str]) -> httpx.Response:
    return httpx.Response(302, headers=headers, request=httpx.Request("GET", url))


def test_a_hash_is_trusted_only_from_an_https_response() -> None:
    published = {"X-Linked-ETag": f'"{DATA_SHA256}"'}

    assert published_sha256([_response("http://mirror.test/file", published),
                             _response("https://cdn.test/file", {})]) is None
    assert published_sha256([_response("https://mirror.test/file", published),
                             _response("https://cdn.test/file", {})]) == DATA_SHA256


# --- never more than the expected size --------------------------------------------------------


@pytest.fixture
def every_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    """Report progress after every write, so a callback sees each size the ``.part`` had."""
    monkeypatch.setattr(downloads, "PROGRESS_INTERVAL", 0.0)


class _Largest:
    """A progress callback that remembers the most bytes the ``.part`` ever held."""

    def __init__(self, target: Path) -> None:
        self.part = _part(target)
        self.largest = 0

    def __call__(self, progress: Progress) -> None:
        size = self.part.stat().st_size if self.part.exists() else 0
        self.largest = max(self.largest, size, progress.received)


def test_a_server_sending_more_than_the_pinned_size_is_cut_off(
    site: Site, target: Path, every_progress: None
) -> None:
    site.behaviour.data = DATA + random.Random(5).randbytes(3_000_000)
    site.behaviour.no_length = True
    watch = _Largest(target)
    spec = DownloadSpec(site.url, target, sha256=DATA_SHA256, size=len(DATA))

    with pytest.raises(DownloadError, match="more than the file's expected size"):
        Download(spec, on_progress=watch, **site.fast).run()

    assert watch.largest <= len(DATA)
    assert not target.exists()
    assert not _part(target).exists()
    assert len(site.requests) == 1, "not retried"


def test_an_approximate_size_caps_what_is_written(
    site: Site, target: Path, every_progress: None
) -> None:
    site.behaviour.data = DATA * 3
    site.behaviour.no_length = True
    watch = _Largest(target)
    spec = DownloadSpec(site.url, target, size=len(DATA), size_exact=False)

    with pytest.raises(DownloadError, match="more than the file's expected size"):
        Download(spec, on_progress=watch, **site.fast).run()

    assert watch.largest <= len(DATA) * 1.05
    assert not _part(target).exists()


def test_a_file_far_from_an_approximate_size_is_refused_before_writing(
    site: Site, target: Path
) -> None:
    spec = DownloadSpec(site.url, target, size=2_390_000_000, size_exact=False)

    with pytest.raises(DownloadError, match=r"not the expected 2\.4 GB"):
        Download(spec, **site.fast).run()

    assert not _part(target).exists()
    assert not target.exists()


def test_a_file_near_an_approximate_size_downloads_verified(site: Site, target: Path) -> None:
    spec = DownloadSpec(site.url, target, size=len(DATA) * 102 // 100, size_exact=False)
    download = Download(spec, **site.fast)

    download.run()

    assert download.verified
    assert target.read_bytes() == DATA


def test_a_server_file_of_another_size_is_refused(site: Site, target: Path) -> None:
    with pytest.raises(DownloadError, match="not the expected"):
        Download(DownloadSpec(site.url, target, size=len(DATA) + 1), **site.fast).run()

    assert not target.exists()
    assert not _part(target).exists()


# --- HTTP errors and retries ------------------------------------------------------------------


def test_a_missing_file_fails_at_once(site: Site, target: Path) -> None:
    with pytest.raises(DownloadError,
                       match=re.escape("The server has no file at this address (HTTP 404).")):
        Download(DownloadSpec(f"{site.base}/missing", target), **site.fast).run()

    assert len(site.requests) == 1
    assert not target.exists()


def test_a_forbidden_file_fails_at_once(site: Site, target: Path) -> None:
    site.behaviour.always_status = 403

    with pytest.raises(DownloadError, match=r"refused access .*HTTP 403"):
        Download(DownloadSpec(site.url, target), **site.fast).run()

    assert len(site.requests) == 1


def test_server_errors_are_retried(site: Site, target: Path) -> None:
    site.behaviour.statuses = {0: 500, 1: 500}

    Download(DownloadSpec(site.url, target, sha256=DATA_SHA256), **site.fast).run()

    assert len(site.requests) == 3
    assert target.read_bytes() == DATA


def test_a_server_that_keeps_failing_gives_up_and_keeps_the_part(
    site: Site, target: Path
) -> None:
    site.behaviour.cuts = {0: 1_000_000}
    site.behaviour.statuses = dict.fromkeys(range(1, 10), 500)

    with pytest.raises(DownloadError, match=r"kept failing \(the server answered HTTP 500\)"):
        Download(DownloadSpec(site.url, target, sha256=DATA_SHA256), retries=2, **site.fast).run()

    assert len(site.requests) == 3  # the cut and two retries
    assert _part(target).read_bytes() == DATA[:1_000_000]
    assert not target.exists()


def test_a_refused_connection_is_retried_then_reported(tmp_path: Path) -> None:
    with ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler) as probe:
        port = probe.server_address[1]  # closed again: nobody listens there now
    spec = DownloadSpec(f"https://127.0.0.1:{port}/file", tmp_path / "model.gguf")

    with pytest.raises(DownloadError, match="could not connect"):
        Download(spec, retries=2, backoff=0.01, timeout=1.0).run()


def test_an_untrusted_certificate_is_refused_at_once(site: Site, target: Path) -> None:
    spec = DownloadSpec(site.url, target, sha256=DATA_SHA256)
    started = time.monotonic()

    with pytest.raises(DownloadError, match="security certificate"):
        Download(spec, retries=5, backoff=1.0, timeout=5.0).run()  # the default trust store

    assert time.monotonic() - started < 1, "a bad certificate is not retried"
    assert site.requests == []
    assert not _part(target).exists()


def test_a_trust_store_that_does_not_verify_is_refused(target: Path) -> None:
    unverified = ssl.create_default_context()
    unverified.check_hostname = False
    unverified.verify_mode = ssl.CERT_NONE

    with pytest.raises(ValueError, match="must verify"):
        Download(DownloadSpec("https://127.0.0.1/file", target), trust=unverified)


# --- disk space -------------------------------------------------------------------------------


def test_too_little_space_fails_before_any_request(site: Site, target: Path) -> None:
    spec = DownloadSpec(site.url, target, sha256=DATA_SHA256, size=len(DATA))

    with pytest.raises(DownloadError, match="Not enough disk space") as caught:
        Download(spec, free_space=lambda folder: 1000, **site.fast).run()

    needed = format_size(len(DATA) + SPACE_MARGIN)
    assert caught.value.message == f"Not enough disk space: {needed} needed, 1.0 kB free."
    assert site.requests == []
    assert not _part(target).exists()


def test_too_little_space_for_the_announced_size_writes_nothing(
    site: Site, target: Path
) -> None:
    target.parent.mkdir(parents=True)
    _part(target).write_bytes(DATA[:1_000_000])
    seen: list[Path] = []

    def free(folder: Path) -> int:
        seen.append(folder)
        return len(DATA) - 1_000_000 + SPACE_MARGIN - 1

    with pytest.raises(DownloadError, match="Not enough disk space"):
        Download(DownloadSpec(site.url, target), free_space=free, **site.fast).run()

    assert seen == [target.parent]
    assert site.ranges == ["bytes=1000000-"]
    assert _part(target).read_bytes() == DATA[:1_000_000]


def test_a_full_disk_while_writing_is_a_clear_error(site: Site, tmp_path: Path) -> None:
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
                             capture_output=True, check=False, timeout=10)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        target = mount_point / "model.gguf"
        spec = DownloadSpec(site.url, target, sha256=DATA_SHA256)

        with pytest.raises(DownloadError, match="disk filled up"):
            Download(spec, free_space=lambda folder: 1 << 40, **site.fast).run()

        assert not target.exists()
        assert len(site.requests) == 1, "a full disk is not retried"
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, check=False,
                       timeout=10)


# --- pause, resume, cancel --------------------------------------------------------------------


def test_pause_and_resume_from_another_thread(site: Site, target: Path) -> None:
    site.behaviour.delay = 0.01  # a report (ten a second) lands well before the end
    reached = _Reached(1_000_000)
    download = Download(DownloadSpec(site.url, target, sha256=DATA_SHA256),
                        on_progress=reached, **site.fast)
    sizes: list[int] = []

    def control() -> None:
        reached.event.wait(10)
        download.pause()
        reached.handled.set()
        _wait_for(lambda: download.state == "paused")
        sizes.append(_part(target).stat().st_size)
        time.sleep(0.2)
        sizes.append(_part(target).stat().st_size)
        site.behaviour.delay = 0.0
        download.resume()

    helper = _in_thread(control)
    download.run()
    helper.join(5)

    assert sizes[0] == sizes[1], "nothing is written while paused"
    assert site.ranges == [None, f"bytes={sizes[0]}-"]
    assert download.state == "done"
    assert target.read_bytes() == DATA


def test_cancel_without_keeping_the_part_removes_it(site: Site, target: Path) -> None:
    site.behaviour.delay = 0.01  # a report (ten a second) lands well before the end
    reached = _Reached(1_000_000)
    download = Download(DownloadSpec(site.url, target, sha256=DATA_SHA256),
                        on_progress=reached, **site.fast)
    helper = _cancel_when(reached, download, keep_partial=False)

    with pytest.raises(DownloadCancelled, match="cancelled"):
        download.run()
    helper.join(5)

    assert download.state == "cancelled"
    assert not _part(target).exists()
    assert not target.exists()


def test_cancel_wakes_a_paused_download(site: Site, target: Path) -> None:
    site.behaviour.delay = 0.01  # a report (ten a second) lands well before the end
    reached = _Reached(500_000)
    download = Download(DownloadSpec(site.url, target), on_progress=reached, **site.fast)

    def control() -> None:
        reached.event.wait(10)
        download.pause()
        reached.handled.set()
        _wait_for(lambda: download.state == "paused")
        download.cancel()

    helper = _in_thread(control)
    started = time.monotonic()
    with pytest.raises(DownloadCancelled):
        download.run()
    helper.join(5)

    assert time.monotonic() - started < 5
    assert _part(target).stat().st_size >= 500_000
    assert len(site.requests) == 1


# --- progress ---------------------------------------------------------------------------------


def test_progress_is_throttled_monotonic_and_ends_at_the_total(site: Site, target: Path) -> None:
    site.behaviour.delay = 0.004
    calls: list[tuple[float, Progress]] = []

    Download(DownloadSpec(site.url, target, sha256=DATA_SHA256),
             on_progress=lambda p: calls.append((time.monotonic(), p)), **site.fast).run()

    received = [p.received for _, p in calls]
    assert received == sorted(received)
    assert received[-1] == len(DATA)
    assert all(p.total == len(DATA) for _, p in calls)
    assert len(calls) >= 3
    gaps = [later - earlier for (earlier, _), (later, _) in itertools.pairwise(calls)]
    assert all(gap >= 0.09 for gap in gaps[:-1]), gaps  # the final report is always sent
    middle = calls[len(calls) // 2][1]
    assert middle.speed > 0
    assert middle.eta is not None
    assert middle.eta >= 0


def test_format_size_is_readable() -> None:
    assert format_size(512) == "512 B"
    assert format_size(2_400_000_000) == "2.4 GB"
    assert format_size(67_108_864) == "67.1 MB"
