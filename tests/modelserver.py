"""A model server on 127.0.0.1 for tests, over HTTPS with a certificate the test trusts.

It serves one file at a catalog address, with Range support and (unless told not to) its
SHA-256 in ``X-Linked-ETag`` as Hugging Face sends it, optionally slowly. Pequeno downloads
only over HTTPS, so the server speaks TLS with a self-signed certificate for 127.0.0.1 that a
test passes to the client explicitly (``trust=`` or ``SSL_CERT_FILE``); verification stays on.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import http.server
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from assistant.core.models import catalog
from assistant.core.models.catalog import CatalogEntry


@dataclass(frozen=True)
class LoopbackTLS:
    """A self-signed certificate for 127.0.0.1 and its key."""

    certificate: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        """What a loopback server presents."""
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.certificate, self.key)
        return context

    def client_context(self) -> ssl.SSLContext:
        """A client context that trusts this certificate (and verifies it, host name too)."""
        return ssl.create_default_context(cafile=str(self.certificate))

    def wrap(self, server: http.server.HTTPServer) -> None:
        """Make ``server`` speak HTTPS with this certificate."""
        server.socket = self.server_context().wrap_socket(server.socket, server_side=True)


def make_loopback_tls(folder: Path) -> LoopbackTLS:
    """A new certificate for 127.0.0.1 in ``folder`` (the test is skipped without openssl)."""
    folder.mkdir(parents=True, exist_ok=True)
    key, certificate = folder / "key.pem", folder / "cert.pem"
    made = subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(key), "-out", str(certificate), "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        capture_output=True, check=False, timeout=20)
    if made.returncode != 0:
        pytest.skip("openssl cannot make a self-signed certificate here")
    return LoopbackTLS(certificate, key)


def pinned_to(entry: CatalogEntry, file: Path) -> CatalogEntry:
    """``entry`` with ``file``'s exact size and SHA-256 pinned, as the catalog pins a model."""
    data = file.read_bytes()
    return dataclasses.replace(entry, size_bytes=len(data), size_exact=True,
                               sha256=hashlib.sha256(data).hexdigest())


def use_catalog(monkeypatch: pytest.MonkeyPatch, *replacements: CatalogEntry) -> None:
    """Make the catalog list ``replacements`` in place of the entries with their ids."""
    by_id = {entry.id: entry for entry in replacements}
    patched = tuple(by_id.get(entry.id, entry) for entry in catalog.entries())
    monkeypatch.setattr(catalog, "entries", lambda: patched)


@dataclass
class Served:
    """What the server serves and what it saw."""

    body: bytes
    path: str
    chunk: int = 1 << 20
    delay: float = 0.0
    publish_hash: bool = True
    ranges: list[int] = field(default_factory=list)


def _handler(served: Served) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != served.path:
                self.send_error(404)
                return
            start = 0
            if (wanted := self.headers.get("Range")) and wanted.startswith("bytes="):
                start = int(wanted[6:].split("-")[0])
            served.ranges.append(start)
            body = served.body
            self.send_response(206 if start else 200)
            self.send_header("Content-Length", str(len(body) - start))
            if start:
                self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
            if served.publish_hash:
                self.send_header("X-Linked-ETag", f'"{hashlib.sha256(body).hexdigest()}"')
            self.end_headers()
            with contextlib.suppress(OSError):  # the client may hang up (pause, cancel)
                for offset in range(start, len(body), served.chunk):
                    self.wfile.write(body[offset:offset + served.chunk])
                    if served.delay:
                        time.sleep(served.delay)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@contextlib.contextmanager
def serve_model(entry: CatalogEntry, file: Path, *, tls: LoopbackTLS | None,
                chunk: int = 1 << 20, delay: float = 0.0,
                publish_hash: bool = True) -> Iterator[tuple[str, Served]]:
    """Serve ``file`` where ``entry`` is downloaded from; yield (endpoint, served).

    With ``tls`` the endpoint is ``https://``; ``None`` serves plain ``http://`` (to show
    that it is refused).
    """
    served = Served(file.read_bytes(), f"/{entry.repo}/resolve/main/{entry.file}", chunk, delay,
                    publish_hash)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(served))
    server.daemon_threads = True
    if tls is not None:
        tls.wrap(server)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    scheme = "https" if tls is not None else "http"
    try:
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}", served
    finally:
        server.shutdown()
        server.server_close()
