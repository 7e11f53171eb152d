"""Where a model download may come from and what it trusts.

What to fetch (:class:`DownloadSpec`), the rule that every address is ``https://``, the only
place a SHA-256 may be published (an HTTPS response of the download's own chain), and what a
server's failure means to the user. :mod:`assistant.core.models.downloads` does the transfer.
"""

from __future__ import annotations

import re
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

from assistant.core.errors import PequenoError
from assistant.core.i18n import translate

APPROXIMATE_MARGIN = 0.05  # how far a file may be from a size the catalog knows only roughly
SHA256 = re.compile(r"[0-9a-fA-F]{64}")


class DownloadError(PequenoError):
    """A download failed; the message says why (and whether the ``.part`` was kept)."""


@dataclass(frozen=True)
class DownloadSpec:
    """What to download and how to recognise the right file.

    Attributes:
        url: The ``https://`` address to fetch (redirects are followed, to HTTPS only).
        destination: The final file; data goes to ``destination`` + ``.part`` until verified.
        sha256: The expected hex SHA-256 (a catalogue pin). ``None`` uses the hash the server
            publishes in ``X-Linked-ETag``/``ETag`` on this download's HTTPS responses; without
            one the download is refused.
        size: The expected size in bytes, if known; never more is written.
        size_exact: Whether ``size`` is exact; ``False`` lets the file be up to
            :data:`APPROXIMATE_MARGIN` (a fraction) smaller or larger.

    """

    url: str
    destination: Path
    sha256: str | None = None
    size: int | None = None
    size_exact: bool = True

    def __post_init__(self) -> None:
        if self.sha256 is not None and not SHA256.fullmatch(self.sha256):
            raise ValueError(f"not a hex SHA-256: {self.sha256!r}")
        if self.size is not None and self.size < 0:
            raise ValueError(f"negative size: {self.size}")

    @property
    def max_size(self) -> int | None:
        """The most bytes the file may have, if a size is known."""
        return None if self.size is None else self.size + self._margin()

    def allows(self, size: int) -> bool:
        """Whether a file of ``size`` bytes can be the expected one."""
        if self.size is None:
            return True
        return abs(size - self.size) <= self._margin()

    def _margin(self) -> int:
        if self.size is None or self.size_exact:
            return 0
        return int(self.size * APPROXIMATE_MARGIN)


def published_sha256(chain: Sequence[httpx.Response]) -> str | None:
    """The SHA-256 a server published for a file, from one request's responses and redirects.

    Hugging Face sends an LFS file's SHA-256 as its ``X-Linked-ETag`` (on the redirect to the
    CDN) or ``ETag``, possibly quoted. A value counts only when it is exactly 64 hex digits,
    not a weak tag, and came in a response to an ``https://`` request.
    """
    trusted = [item for item in chain if item.request.url.scheme == "https"]
    for header in ("X-Linked-ETag", "ETag"):
        for item in reversed(trusted):
            value = (item.headers.get(header) or "").strip()
            if value.startswith("W/"):
                continue
            value = value.strip('"')
            if SHA256.fullmatch(value):
                return value.lower()
    return None


def require_https(url: str) -> str:
    """``url`` if it is a well-formed ``https://`` address.

    Raises:
        DownloadError: it is anything else (``http://`` included), with a message for the user.

    """
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        parsed = None
    if parsed is None or parsed.scheme != "https" or not parsed.host:
        raise DownloadError(translate(
            "Downloads", "Models are downloaded only over HTTPS, and \u201c{url}\u201d is not an "
            "https:// address. Check the download address (the download_endpoint setting).")
            .format(url=url))
    return url


def host_of(url: httpx.URL | str) -> str:
    """The host of ``url``, the only part of an address the log may show."""
    try:
        return httpx.URL(url).host or "?"
    except (httpx.InvalidURL, TypeError):
        return "?"


def status_error(status: int) -> DownloadError:
    """What an HTTP error status means to the user."""
    if status in (404, 410):
        text = translate("Downloads", "The server has no file at this address (HTTP {status}).")
    elif status in (401, 403):
        text = translate("Downloads", "The server refused access to this file (HTTP {status}).")
    elif 400 <= status < 500:
        text = translate("Downloads", "The server rejected the request (HTTP {status}).")
    else:
        text = translate("Downloads", "The server sent an unexpected answer (HTTP {status}).")
    return DownloadError(text.format(status=status))


def no_hash_error() -> DownloadError:
    """The refusal of a file with neither a pinned nor an https-published SHA-256."""
    return DownloadError(translate(
        "Downloads", "This file cannot be verified: Pequeno has no SHA-256 for it and the server "
        "did not publish one over HTTPS, so it was not downloaded."))


def is_certificate_error(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) is a failed certificate check."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError) or \
                "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def transport_reason(exc: httpx.TransportError) -> str:
    """A connection failure in words for the user."""
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout):
        return translate("Downloads", "could not connect to the server")
    if isinstance(exc, httpx.TimeoutException):
        return translate("Downloads", "the server stopped sending data")
    return translate("Downloads", "the connection was interrupted")
