"""What a GGUF model is, read from its header before llama.cpp ever opens it.

Only the default chat template (``tokenizer.chat_template``) is read. Named ones
(``tokenizer.chat_template.<name>``, such as ``tool_use`` or ``rag``) are ignored, not refused:
Pequeno never renders them, and the engine keeps llama-cpp-python from compiling them.
"""

from __future__ import annotations

import collections
import logging
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gguf.constants import MODEL_ARCH_NAMES, LlamaFileType

from assistant.core.errors import EngineError
from assistant.core.i18n import translate
from assistant.core.models.gguf_file import (
    GGUFFormatError,
    StringArray,
    TruncatedError,
    read_gguf,
)

log = logging.getLogger(__name__)

SUPPORTED_ARCHITECTURES = frozenset(MODEL_ARCH_NAMES.values())

# Tokens that end an assistant turn in the chat formats we know. The model's own
# end-of-generation tokens (from llama.cpp's vocabulary) are used as well.
END_OF_TURN_MARKERS = ("<|end|>", "<|endoftext|>", "<|im_end|>", "<|eot_id|>", "</s>",
                       "<end_of_turn>")


@dataclass(frozen=True)
class ModelInfo:
    """A model file's identity and shape, as its GGUF metadata describes it."""

    path: Path
    size_bytes: int
    name: str
    architecture: str
    parameters: int
    quantization: str
    trained_context: int
    original_context: int | None
    n_layer: int
    n_embd: int
    n_head: int
    n_head_kv: int
    chat_template: str | None
    bos_token: str
    eos_token: str
    end_of_turn_tokens: tuple[str, ...]
    header_name: str = ""  # the GGUF's own general.name (``name`` is the catalog's, if known)

    @property
    def variant(self) -> str:
        """The trained context as people name it: ``4K``, ``128K``..."""
        return f"{self.trained_context // 1024}K" if self.trained_context >= 1024 \
            else str(self.trained_context)

    @property
    def long_context(self) -> bool:
        """Whether the context was extended beyond the original (LongRoPE, YaRN...)."""
        return bool(self.original_context and self.trained_context > self.original_context)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready summary for ``pequeno models info --json``."""
        return {
            "path": str(self.path), "size_bytes": self.size_bytes, "name": self.name,
            "architecture": self.architecture, "parameters": self.parameters,
            "quantization": self.quantization, "trained_context": self.trained_context,
            "original_context": self.original_context, "variant": self.variant,
            "layers": self.n_layer, "embedding": self.n_embd, "heads": self.n_head,
            "kv_heads": self.n_head_kv, "chat_template": self.chat_template is not None,
            "header_name": self.header_name,
        }


def inspect_model(path: Path) -> ModelInfo:
    """Read and validate the GGUF at ``path``.

    Raises:
        EngineError: the file is missing, unreadable, not a GGUF, truncated, of an
            architecture this build cannot run, or its chat template cannot be read. The
            message is for the user.

    """
    if not path.exists():
        raise EngineError(translate("ModelInfo", "Model file not found: {path}").format(path=path))
    if not path.is_file():
        raise EngineError(translate("ModelInfo", "Not a model file: {path}").format(path=path))
    try:
        stat = path.stat()
    except OSError as exc:
        raise EngineError(translate("ModelInfo", "Cannot read the model file {name}: {reason}")
                          .format(name=path.name, reason=exc.strerror or exc)) from exc
    key = _cache_key(path, stat)
    with _read_lock:
        info = _read.get(key)
        if info is not None:
            _read.move_to_end(key)
            return info
    info = _inspect(path, stat.st_size)
    with _read_lock:
        _read[key] = info
        while len(_read) > READ_CACHE_SIZE:
            _read.popitem(last=False)
    return info


def known_model(path: Path) -> ModelInfo | None:
    """What :func:`inspect_model` read from ``path``, if the file has not changed since.

    Never reads the file (only its size and times), so the window can call it on its thread.
    """
    try:
        key = _cache_key(path, path.stat())
    except OSError:
        return None
    with _read_lock:
        return _read.get(key)


# The window lists every installed model each time the loaded one changes, and loading reads
# the header again: a file that has not changed since is not parsed twice.
READ_CACHE_SIZE = 64
_read: collections.OrderedDict[tuple[Path, int, int, int, int], ModelInfo] = \
    collections.OrderedDict()
_read_lock = threading.Lock()


def _cache_key(path: Path, stat: os.stat_result) -> tuple[Path, int, int, int, int]:
    return path, stat.st_size, stat.st_ino, stat.st_mtime_ns, stat.st_ctime_ns


def _inspect(path: Path, size: int) -> ModelInfo:
    try:
        if size == 0:
            raise EngineError(translate("ModelInfo", "The model file {name} is empty.")
                              .format(name=path.name))
        contents = read_gguf(path)
    except TruncatedError as exc:
        log.info("truncated GGUF of %d bytes: %s", size, exc)
        raise EngineError(translate(
            "ModelInfo", "The model file {name} is incomplete (truncated). Download it again.")
            .format(name=path.name)) from exc
    except GGUFFormatError as exc:
        log.info("bad GGUF of %d bytes: %s", size, exc)
        raise EngineError(translate(
            "ModelInfo", "{name} is not a valid GGUF model file.").format(name=path.name)) from exc
    except OSError as exc:
        raise EngineError(translate("ModelInfo", "Cannot read the model file {name}: {reason}")
                          .format(name=path.name, reason=exc.strerror or exc)) from exc

    meta = contents.metadata
    arch = meta.get("general.architecture")
    if not isinstance(arch, str) or arch not in SUPPORTED_ARCHITECTURES:
        raise EngineError(translate(
            "ModelInfo", "{name} uses the model architecture \u201c{arch}\u201d, which Pequeno "
            "cannot run.").format(name=path.name, arch=arch))

    def arch_int(key: str, default: int = 0) -> int:
        value = meta.get(f"{arch}.{key}", default)
        return value if isinstance(value, int) else default

    tokens = meta.get("tokenizer.ggml.tokens")
    vocab: Sequence[object] = tokens if isinstance(tokens, list | StringArray) else []

    def token_text(key: str) -> str:
        index = meta.get(key)
        text = vocab[index] if isinstance(index, int) and 0 <= index < len(vocab) else ""
        return text if isinstance(text, str) else ""  # a token too long to read

    n_head = arch_int("attention.head_count")
    template = meta.get("tokenizer.chat_template")
    if template is not None and not isinstance(template, str):
        # Too long to read (see gguf_file.MAX_INLINE_STRING), or not text at all.
        log.info("unreadable chat template: %s", type(template).__name__)
        raise EngineError(translate(
            "ModelInfo", "The chat template of {name} is too large or malformed, so Pequeno "
            "will not use this model.").format(name=path.name))
    name = meta.get("general.name")
    file_type = meta.get("general.file_type")
    try:
        quantization = LlamaFileType(file_type).name.removeprefix("MOSTLY_") \
            if isinstance(file_type, int) else "unknown"
    except ValueError:
        quantization = "unknown"
    original = meta.get(f"{arch}.rope.scaling.original_context_length")
    return ModelInfo(
        path=path,
        size_bytes=size,
        name=_catalog_name(path) or (name if isinstance(name, str) and name else path.stem),
        architecture=arch,
        parameters=sum(t.n_elements for t in contents.tensors),
        quantization=quantization,
        trained_context=arch_int("context_length"),
        original_context=original if isinstance(original, int) else None,
        n_layer=arch_int("block_count"),
        n_embd=arch_int("embedding_length"),
        n_head=n_head,
        n_head_kv=arch_int("attention.head_count_kv", n_head),
        chat_template=template if isinstance(template, str) and template.strip() else None,
        bos_token=token_text("tokenizer.ggml.bos_token_id"),
        eos_token=token_text("tokenizer.ggml.eos_token_id"),
        end_of_turn_tokens=tuple(m for m in END_OF_TURN_MARKERS if m in vocab),
        header_name=name if isinstance(name, str) else "",
    )


def _catalog_name(path: Path) -> str | None:
    """The catalog's name for a file it lists (as the picker and the models dialog call it).

    A GGUF's ``general.name`` is often a training run's ("Smollm2 135M 8k Lc100K Mix1 Ep2"):
    the window would name the model one way in the picker and another beside each reply.
    """
    from assistant.core.models import catalog  # it builds ModelInfo values itself

    return next((e.name for e in catalog.entries() if e.file == path.name), None)
