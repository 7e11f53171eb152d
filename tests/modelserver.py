"""A model server on 127.0.0.1 for tests.

It serves one file at a catalog address, with Range support and its SHA-256 in
``X-Linked-ETag`` as Hugging Face sends it, optionally slowly.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.server
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from assistant.core.models.catalog import CatalogEntry


@dataclass
class Served:
    """What the server serves and what it saw."""

    body: bytes
    path: str
    chunk: int = 1 << 20
    delay: float = 0.0
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
def serve_model(entry: CatalogEntry, file: Path, *, chunk: int = 1 << 20,
                delay: float = 0.0) -> Iterator[tuple[str, Served]]:
    """Serve ``file`` where ``entry`` is downloaded from; yield (endpoint, served)."""
    served = Served(file.read_bytes(), f"/{entry.repo}/resolve/main/{entry.file}", chunk, delay)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(served))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", served
    finally:
        server.shutdown()
        server.server_close()
