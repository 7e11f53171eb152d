"""Resumable, verified downloads of large files (models) over HTTPS.

A :class:`Download` writes to ``<destination>.part`` and only renames it to ``destination``
after its size and SHA-256 check out, so a half-written or corrupt model is never used. A
later run, also after an app restart, resumes the ``.part`` with an HTTP ``Range`` request.

Trust: the address and every redirect hop must be ``https://`` (certificates always
verified). The SHA-256 is either pinned by the caller (the catalog) or published by the server
in a response of this download's own chain; a file with neither is refused, so a finished
download is always a verified one. No more than the expected size is ever written.

Qt-free and blocking: the UI calls :meth:`Download.run` on a worker thread, the CLI in its main
thread. Any other thread may call :meth:`Download.pause`, :meth:`Download.resume` and
:meth:`Download.cancel`; they set flags that ``run()`` checks between network reads.

Hashing: the SHA-256 is computed while the bytes arrive. When a run resumes a ``.part`` left
by an earlier run, the existing prefix is hashed once before the request, so every byte is read
back from disk at most once and a finished download needs no second pass over the file.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import shutil
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import httpx

from assistant.core.i18n import format_number, translate
from assistant.core.models.sources import (
    APPROXIMATE_MARGIN,
    DownloadError,
    DownloadSpec,
    host_of,
    is_certificate_error,
    no_hash_error,
    published_sha256,
    require_https,
    status_error,
    transport_reason,
)

log = logging.getLogger(__name__)

SPACE_MARGIN = 64 << 20
MAX_REDIRECTS = 10
MAX_BACKOFF = 30.0
PROGRESS_INTERVAL = 0.1
SPEED_WINDOW = 5.0
_WAKE_INTERVAL = 0.5
_HASH_CHUNK = 1 << 20

_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)")
_UNSATISFIED_RANGE = re.compile(r"bytes\s+\*/(\d+)")


@dataclass(frozen=True)
class Progress:
    """How far a download is.

    Attributes:
        received: Bytes in the ``.part`` file so far.
        total: The file's size, when known.
        speed: Bytes per second, averaged over the last few seconds of this connection.
        eta: Seconds left at that speed, when it can be estimated.

    """

    received: int
    total: int | None
    speed: float
    eta: float | None


class DownloadState(StrEnum):
    """Where a :class:`Download` is in its life."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    VERIFYING = "verifying"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class DownloadCancelled(DownloadError):
    """The download was cancelled with :meth:`Download.cancel`."""


class _Retryable(Exception):
    """One attempt failed in a way that another attempt may fix."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def format_size(size: int) -> str:
    """A byte count for people: ``"512 B"``, ``"67.1 MB"``, ``"2.4 GB"`` (powers of 1000)."""
    if size < 1000:
        return translate("Downloads", "{size} B").format(size=format_number(size))
    if size < 1000**2:
        return translate("Downloads", "{size} kB").format(size=format_number(size / 1000, 1))
    if size < 1000**3:
        return translate("Downloads", "{size} MB").format(size=format_number(size / 1000**2, 1))
    if size < 1000**4:
        return translate("Downloads", "{size} GB").format(size=format_number(size / 1000**3, 1))
    return translate("Downloads", "{size} TB").format(size=format_number(size / 1000**4, 1))


def _disk_free(folder: Path) -> int:
    return shutil.disk_usage(folder).free


class Download:
    """One file download: resumable, retried, checked before it is put in place.

    Args:
        spec: What to download.
        on_progress: Called on the ``run()`` thread at most about ten times a second.
        retries: Failed attempts in a row tolerated after the first (an attempt that received
            data resets the count); each retry resumes the ``.part``.
        backoff: Seconds before the first retry, doubled for each further one (at most 30 s).
        timeout: Seconds to wait for a connection or for the next data before retrying.
        chunk_size: Bytes buffered before each write to the ``.part``.
        free_space: Free bytes in a folder (default: ``shutil.disk_usage``).
        client: The HTTP client to use (default: a new one, closed after ``run()``).
            Redirects are followed by the download itself, to ``https://`` addresses only.
        trust: The certificate authorities a new client trusts (default: httpx's, the
            ``certifi`` bundle or ``SSL_CERT_FILE``). It must verify certificates and host
            names: verification is never turned off.

    Raises:
        ValueError: ``trust`` does not verify certificates or host names.

    """

    def __init__(
        self,
        spec: DownloadSpec,
        *,
        on_progress: Callable[[Progress], None] | None = None,
        retries: int = 5,
        backoff: float = 1.0,
        timeout: float = 30.0,
        chunk_size: int = 1 << 20,
        free_space: Callable[[Path], int] | None = None,
        client: httpx.Client | None = None,
        trust: ssl.SSLContext | None = None,
    ) -> None:
        if trust is not None and (trust.verify_mode != ssl.CERT_REQUIRED
                                  or not trust.check_hostname):
            raise ValueError("a download's trust store must verify certificates and host names")
        self._spec = spec
        self._part = spec.destination.with_name(spec.destination.name + ".part")
        self._on_progress = on_progress
        self._retries = max(0, retries)
        self._backoff = backoff
        self._timeout = timeout
        self._chunk_size = chunk_size
        self._free_space = free_space or _disk_free
        self._client = client
        self._trust = trust

        self._lock = threading.Condition()
        self._state = DownloadState.IDLE
        self._paused = False
        self._cancelled = False
        self._keep_partial = True

        self._total = spec.size if spec.size_exact else None
        self._published: str | None = None
        self._verified = False
        self._digest = hashlib.sha256()
        self._hashed = 0  # the digest covers exactly the first _hashed bytes of the .part
        self._attempt_bytes = 0
        self._transferred = 0
        self._samples: deque[tuple[float, int]] = deque()
        self._last_report = float("-inf")

    @property
    def state(self) -> str:
        """One of :class:`DownloadState`: ``idle``, ``running``, ``paused``, ``verifying``...."""
        with self._lock:
            return self._state

    @property
    def part_path(self) -> Path:
        """Where the data goes until it is verified."""
        return self._part

    @property
    def verified(self) -> bool:
        """Whether the file matched a SHA-256 pinned or published over HTTPS.

        Always ``True`` once :meth:`run` has returned: an unverifiable file is refused.
        """
        return self._verified

    def pause(self) -> None:
        """Close the connection at the next read and wait, keeping the ``.part``."""
        with self._lock:
            self._paused = True
            self._lock.notify_all()

    def resume(self) -> None:
        """Continue a paused download (with a new ``Range`` request)."""
        with self._lock:
            self._paused = False
            self._lock.notify_all()

    def cancel(self, *, keep_partial: bool = True) -> None:
        """Make ``run()`` raise :class:`DownloadCancelled` at its next check.

        Args:
            keep_partial: Keep the ``.part`` so a later download resumes it; ``False`` deletes it.

        """
        with self._lock:
            self._cancelled = True
            self._keep_partial = keep_partial
            self._lock.notify_all()

    def run(self) -> Path:
        """Download (resuming a ``.part``), verify and move the file into place.

        Returns:
            The destination path, only once the file matched its SHA-256 (pinned, or published
            over HTTPS by this download's server).

        Raises:
            DownloadCancelled: :meth:`cancel` was called.
            DownloadError: the address or a redirect is not HTTPS; the server, the network or
                the disk failed; no SHA-256 is known; or the file did not match its expected
                size or hash, or was larger (a file failing its check is deleted).
            RuntimeError: ``run()`` was already called on this object.

        """
        with self._lock:
            if self._state != DownloadState.IDLE:
                raise RuntimeError("a Download runs once; make a new one to try again")
            self._state = DownloadState.RUNNING
        try:
            require_https(self._spec.url)
        except DownloadError:
            self._set_state(DownloadState.FAILED)
            raise
        client = self._client or httpx.Client(
            follow_redirects=False, timeout=self._timeout,
            verify=self._trust if self._trust is not None else True)
        try:
            self._download(client)
            self._set_state(DownloadState.VERIFYING)
            self._verify()
            self._raise_if_cancelled()
            self._part.replace(self._spec.destination)
        except DownloadCancelled:
            if not self._keep_partial:
                self._part.unlink(missing_ok=True)
            self._set_state(DownloadState.CANCELLED)
            raise
        except OSError as exc:
            self._set_state(DownloadState.FAILED)
            raise self._disk_error(exc) from exc
        except BaseException:
            self._set_state(DownloadState.FAILED)
            raise
        finally:
            if self._client is None:
                client.close()
        self._set_state(DownloadState.DONE)
        log.info("download from %s finished: %d bytes, SHA-256 verified (%s)",
                 host_of(self._spec.url), self._hashed,
                 "pinned" if self._spec.sha256 else "published over HTTPS")
        return self._spec.destination

    # --- the attempt loop ---------------------------------------------------------------------

    def _download(self, client: httpx.Client) -> None:
        self._spec.destination.parent.mkdir(parents=True, exist_ok=True)
        failures = 0
        while True:
            self._wait_while_paused()
            self._attempt_bytes = 0
            try:
                if self._attempt(client):
                    return
                failures = 0  # paused: not a failure
            except _Retryable as exc:
                failures = 1 if self._attempt_bytes else failures + 1
                if failures > self._retries:
                    raise DownloadError(translate(
                        "Downloads", "The connection kept failing ({reason}); the download "
                        "stopped after {attempts} attempts. The partial file was kept, so "
                        "running the download again resumes it.")
                        .format(reason=exc.reason, attempts=failures)) from exc
                delay = min(self._backoff * 2 ** (failures - 1), MAX_BACKOFF)
                log.warning("download from %s failed (%s); retry %d/%d in %.2f s",
                            host_of(self._spec.url), exc.reason, failures, self._retries, delay)
                self._sleep(delay)

    def _attempt(self, client: httpx.Client) -> bool:
        """One request; True when the ``.part`` is complete, False when paused."""
        offset = self._prepare_part()
        if (limit := self._limit()) is not None:
            self._check_space(limit - offset)
        headers = {"Accept-Encoding": "identity"}
        if offset:
            headers["Range"] = f"bytes={offset}-"
        log.info("requesting from %s at byte %d", host_of(self._spec.url), offset)
        chain: list[httpx.Response] = []
        try:
            request = client.build_request("GET", self._spec.url, headers=headers,
                                           timeout=self._timeout)
            while True:
                response = client.send(request, stream=True, follow_redirects=False)
                chain.append(response)
                if response.next_request is None:
                    return self._receive(chain, offset)
                request = response.next_request
                response.close()
                self._check_redirect(request.url, len(chain))
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise DownloadError(translate("Downloads", "This address cannot be downloaded: {url}")
                                .format(url=self._spec.url)) from exc
        except httpx.TransportError as exc:
            if is_certificate_error(exc):
                raise DownloadError(translate(
                    "Downloads", "The server's security certificate could not be verified, so "
                    "nothing was downloaded.")) from exc
            raise _Retryable(transport_reason(exc)) from exc
        except httpx.RequestError as exc:
            raise DownloadError(translate(
                "Downloads", "The server's answer could not be used: {reason}")
                .format(reason=exc)) from exc
        finally:
            for response in chain:
                response.close()

    def _check_redirect(self, url: httpx.URL, hops: int) -> None:
        if url.scheme != "https":
            log.warning("refused a redirect from %s to a %s address on %s",
                        host_of(self._spec.url), url.scheme, host_of(url))
            raise DownloadError(translate(
                "Downloads", "The server sent the download on to an address that is not HTTPS "
                "({host}), so it was stopped: models are downloaded only over HTTPS.")
                .format(host=host_of(url)))
        if hops > MAX_REDIRECTS:
            raise DownloadError(translate(
                "Downloads", "The server redirected the download too many times, so it was "
                "stopped."))

    def _receive(self, chain: Sequence[httpx.Response], offset: int) -> bool:
        response = chain[-1]
        status = response.status_code
        if 200 <= status < 300 or status == 416:
            self._published = published_sha256(chain) or self._published
        if status == 416 and offset:
            return self._range_not_satisfiable(response, offset)
        if status >= 500 or status in (408, 429):
            raise _Retryable(translate("Downloads", "the server answered HTTP {status}")
                             .format(status=status))
        if status == 206:
            match = _CONTENT_RANGE.fullmatch(response.headers.get("Content-Range", "").strip())
            if match is None or int(match[1]) != offset:
                log.warning("bad Content-Range %r for offset %d; starting again",
                            response.headers.get("Content-Range"), offset)
                self._truncate()
                raise _Retryable(translate("Downloads", "the server sent the wrong part"))
            self._learn_total(None if match[3] == "*" else int(match[3]))
        elif status == 200:
            if offset:
                log.info("the server ignored the Range request; starting again from 0")
                self._truncate()
                offset = 0
            length = response.headers.get("Content-Length", "")
            self._learn_total(int(length) if length.isdigit() else None)
        else:
            raise status_error(status)
        if self._spec.sha256 is None and self._published is None:
            raise no_hash_error()
        if (limit := self._limit()) is not None:
            self._check_space(limit - offset)
        return self._stream(response, offset)

    def _stream(self, response: httpx.Response, offset: int) -> bool:
        received = offset
        self._samples.clear()
        self._samples.append((time.monotonic(), self._transferred))
        self._report(received)
        limit = self._limit()
        overflow: int | None = None
        try:
            with self._part.open("ab", buffering=self._chunk_size) as sink:
                for data in response.iter_raw():
                    if limit is not None and received + len(data) > limit:
                        overflow = limit  # not one byte past the expected size is written
                        break
                    sink.write(data)
                    self._digest.update(data)
                    self._hashed += len(data)
                    self._attempt_bytes += len(data)
                    self._transferred += len(data)
                    received += len(data)
                    self._report(received)
                    if self._cancelled:
                        raise DownloadCancelled(
                            translate("Downloads", "The download was cancelled."))
                    if self._paused:
                        return False
        except OSError as exc:
            raise self._disk_error(exc) from exc
        if overflow is not None:
            self._truncate()
            raise self._too_large_error(overflow)
        if self._total is not None and received < self._total:
            raise _Retryable(translate("Downloads", "the connection was interrupted"))
        self._report(received, force=True)
        return True

    def _range_not_satisfiable(self, response: httpx.Response, offset: int) -> bool:
        match = _UNSATISFIED_RANGE.fullmatch(response.headers.get("Content-Range", "").strip())
        self._learn_total(int(match[1]) if match else None)
        if self._total is None or offset == self._total:
            log.info("the .part is already complete (%d bytes)", offset)
            self._report(offset, force=True)
            return True
        self._truncate()
        raise _Retryable(translate("Downloads", "the partial file did not match the server's"))

    # --- the .part file and its hash ----------------------------------------------------------

    def _part_size(self) -> int:
        try:
            return self._part.stat().st_size
        except FileNotFoundError:
            return 0

    def _prepare_part(self) -> int:
        """The ``.part``'s size, with the digest brought up to date with its content."""
        size = self._part_size()
        if (limit := self._limit()) is not None and size > limit:
            log.warning("the .part is larger than the file; starting again")
            self._truncate()
            size = 0
        if size != self._hashed:
            self._rehash(size)
        return size

    def _rehash(self, size: int) -> None:
        log.info("hashing the %d bytes already in the .part", size)
        self._digest = hashlib.sha256()
        self._hashed = 0
        with self._part.open("rb") as source:
            while self._hashed < size:
                data = source.read(min(_HASH_CHUNK, size - self._hashed))
                if not data:
                    break
                self._digest.update(data)
                self._hashed += len(data)
                self._raise_if_cancelled()

    def _truncate(self) -> None:
        self._part.unlink(missing_ok=True)
        self._digest = hashlib.sha256()
        self._hashed = 0

    def _verify(self) -> None:
        size = self._part_size()
        if size != self._hashed:
            self._rehash(size)
        if self._total is not None and size != self._total:
            self._part.unlink(missing_ok=True)
            raise DownloadError(translate(
                "Downloads", "The downloaded file has the wrong size ({actual} instead of "
                "{expected}) and was deleted.")
                .format(actual=format_size(size), expected=format_size(self._total)))
        if not self._spec.allows(size):
            self._part.unlink(missing_ok=True)
            raise DownloadError(translate(
                "Downloads", "The downloaded file has the wrong size ({actual} instead of "
                "{expected}) and was deleted.")
                .format(actual=format_size(size), expected=format_size(self._spec.size or 0)))
        expected = self._spec.sha256 or self._published
        if expected is None:
            log.warning("no SHA-256 known for the download from %s: refused",
                        host_of(self._spec.url))
            self._part.unlink(missing_ok=True)
            raise no_hash_error()
        if self._digest.hexdigest() != expected.lower():
            log.warning("SHA-256 mismatch for the download from %s: %s, expected %s",
                        host_of(self._spec.url), self._digest.hexdigest(), expected)
            self._part.unlink(missing_ok=True)
            raise DownloadError(translate(
                "Downloads", "The downloaded file failed its integrity check (SHA-256 mismatch) "
                "and was deleted."))
        self._verified = True
        with self._part.open("ab") as handle:
            os.fsync(handle.fileno())

    def _learn_total(self, total: int | None) -> None:
        if total is None:
            return
        if not self._spec.allows(total):
            raise DownloadError(translate(
                "Downloads", "The server's file is {actual}, not the expected {expected}, so it "
                "was not downloaded.")
                .format(actual=format_size(total), expected=format_size(self._spec.size or 0)))
        self._total = total

    def _limit(self) -> int | None:
        """The most bytes the ``.part`` may hold: the file's size, else the spec's maximum."""
        return self._total if self._total is not None else self._spec.max_size

    def _too_large_error(self, limit: int) -> DownloadError:
        log.warning("the server at %s sent more than %d bytes; stopped", host_of(self._spec.url),
                    limit)
        return DownloadError(translate(
            "Downloads", "The server sent more than the file's expected size ({size}), so the "
            "download was stopped and the partial file deleted.")
            .format(size=format_size(limit)))

    def _check_space(self, remaining: int) -> None:
        if remaining <= 0:
            return
        needed = remaining + SPACE_MARGIN
        free = self._free_space(self._spec.destination.parent)
        if free < needed:
            raise DownloadError(translate(
                "Downloads", "Not enough disk space: {needed} needed, {free} free.")
                .format(needed=format_size(needed), free=format_size(free)))

    def _disk_error(self, exc: OSError) -> DownloadError:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DownloadError(translate(
                "Downloads", "Not enough disk space: the disk filled up while downloading to "
                "{folder}. The partial file was kept; free some space and run the download "
                "again to resume.").format(folder=self._spec.destination.parent))
        return DownloadError(translate("Downloads", "Could not write {path}: {reason}")
                             .format(path=self._part, reason=exc.strerror or exc))

    # --- progress, pause and cancel -----------------------------------------------------------

    def _report(self, received: int, *, force: bool = False) -> None:
        if self._on_progress is None:
            return
        now = time.monotonic()
        if not force and now - self._last_report < PROGRESS_INTERVAL:
            return
        self._last_report = now
        self._samples.append((now, self._transferred))
        while len(self._samples) > 2 and now - self._samples[1][0] >= SPEED_WINDOW:
            self._samples.popleft()
        start, start_bytes = self._samples[0]
        speed = (self._transferred - start_bytes) / (now - start) if now > start else 0.0
        eta = None
        if self._total is not None and speed > 0:
            eta = max(self._total - received, 0) / speed
        self._on_progress(Progress(received=received, total=self._total, speed=speed, eta=eta))

    def _set_state(self, state: DownloadState) -> None:
        with self._lock:
            self._state = state

    def _raise_if_cancelled(self) -> None:
        if self._cancelled:
            raise DownloadCancelled(translate("Downloads", "The download was cancelled."))

    def _wait_while_paused(self) -> None:
        with self._lock:
            while self._paused and not self._cancelled:
                self._state = DownloadState.PAUSED
                self._lock.wait(_WAKE_INTERVAL)
            self._raise_if_cancelled()
            self._state = DownloadState.RUNNING

    def _sleep(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        with self._lock:
            while not self._cancelled and (left := deadline - time.monotonic()) > 0:
                self._lock.wait(left)
            self._raise_if_cancelled()


__all__ = ["APPROXIMATE_MARGIN", "Download", "DownloadCancelled", "DownloadError",
           "DownloadSpec", "DownloadState", "Progress", "format_size", "published_sha256",
           "require_https"]
