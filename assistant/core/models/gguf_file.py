"""A bounded reader for GGUF headers: metadata and tensor layout, never tensor data.

llama.cpp can abort the whole process on a malformed file, so every file is read here first.
``gguf.GGUFReader`` builds a numpy array per vocabulary entry (3.5 s on a 49k-token vocabulary)
and trusts the lengths it reads; this reader walks the header with ``struct`` over ``mmap``
(about 0.1 s), bounds every count and length by the file's size, steps over metadata strings
too long to be anything Pequeno reads, and checks that every tensor lies inside the file. Type
codes, quantization block sizes and names come from ``gguf``.
"""

from __future__ import annotations

import mmap
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gguf.constants import GGML_QUANT_SIZES, GGUF_MAGIC, GGMLQuantizationType, GGUFValueType

MAX_TENSORS = 1 << 16
MAX_METADATA_KEYS = 1 << 16
MAX_DIMS = 4  # GGML_MAX_DIMS
MAX_ARRAY_DEPTH = 2
# Arrays of numbers longer than this (token types, scores) are skipped, not read: nothing here
# needs them. Everything else is read into Python objects, at most MAX_ITEMS of them, so a
# crafted header cannot make us build hundreds of millions of objects.
MAX_INLINE_ARRAY = 1 << 16
MAX_ITEMS = 1 << 22
# Metadata strings longer than this (an embedded tokenizer.json, a hostile chat template) are
# stepped over, not decoded. Keys and tensor names have the lengths the GGUF spec allows.
MAX_INLINE_STRING = 1 << 20
MAX_KEY_BYTES = (1 << 16) - 1
MAX_TENSOR_NAME_BYTES = 64
DEFAULT_ALIGNMENT = 32

_SCALARS: dict[GGUFValueType, struct.Struct] = {
    GGUFValueType.UINT8: struct.Struct("<B"),
    GGUFValueType.INT8: struct.Struct("<b"),
    GGUFValueType.UINT16: struct.Struct("<H"),
    GGUFValueType.INT16: struct.Struct("<h"),
    GGUFValueType.UINT32: struct.Struct("<I"),
    GGUFValueType.INT32: struct.Struct("<i"),
    GGUFValueType.FLOAT32: struct.Struct("<f"),
    GGUFValueType.BOOL: struct.Struct("<?"),
    GGUFValueType.UINT64: struct.Struct("<Q"),
    GGUFValueType.INT64: struct.Struct("<q"),
    GGUFValueType.FLOAT64: struct.Struct("<d"),
}
_U32 = struct.Struct("<I")
_U64 = struct.Struct("<Q")


@dataclass(frozen=True)
class SkippedArray:
    """A long array of numbers that was stepped over: its item type and length only."""

    item_type: GGUFValueType
    count: int


@dataclass(frozen=True)
class SkippedString:
    """A metadata string too long to read: its length in bytes only."""

    length: int


class GGUFFormatError(ValueError):
    """The file is not a well-formed GGUF; the message says where it breaks (for logs)."""


class TruncatedError(GGUFFormatError):
    """The file ends before its header or its tensor data does."""


@dataclass(frozen=True)
class TensorInfo:
    """One tensor's layout: ``offset`` is absolute in the file."""

    name: str
    ggml_type: GGMLQuantizationType
    shape: tuple[int, ...]
    offset: int
    n_bytes: int

    @property
    def n_elements(self) -> int:
        """Number of weights in the tensor."""
        count = 1
        for dim in self.shape:
            count *= dim
        return count


@dataclass(frozen=True)
class GGUFContents:
    """A GGUF file's header: version, metadata key/values and tensor layout."""

    version: int
    metadata: dict[str, Any]
    tensors: tuple[TensorInfo, ...]
    data_offset: int
    file_size: int


class _Cursor:
    """Reads little-endian values from a buffer, refusing to run past its end."""

    def __init__(self, buffer: mmap.mmap | bytes) -> None:
        self.buffer = buffer
        self.size = len(buffer)
        self.pos = 0
        self.items = 0

    def need(self, count: int) -> None:
        if count < 0 or self.pos + count > self.size:
            raise TruncatedError(f"needs {count} bytes at offset {self.pos}, file has {self.size}")

    def unpack(self, fmt: struct.Struct) -> Any:
        self.need(fmt.size)
        (value,) = fmt.unpack_from(self.buffer, self.pos)
        self.pos += fmt.size
        return value

    def u32(self) -> int:
        return int(self.unpack(_U32))

    def u64(self) -> int:
        return int(self.unpack(_U64))

    def string(self, limit: int, what: str) -> str:
        length = self.u64()
        self.need(length)
        if length > limit:
            raise GGUFFormatError(f"{what} of {length} bytes at offset {self.pos}")
        return self._text(length)

    def _text(self, length: int) -> str:
        raw = self.buffer[self.pos:self.pos + length]
        self.pos += length
        return bytes(raw).decode("utf-8", errors="replace")

    def value(self, type_code: int, depth: int = 0) -> Any:
        try:
            value_type = GGUFValueType(type_code)
        except ValueError:
            raise GGUFFormatError(f"unknown value type {type_code} at {self.pos}") from None
        if value_type == GGUFValueType.STRING:
            length = self.u64()
            self.need(length)
            if length > MAX_INLINE_STRING:
                self.pos += length
                return SkippedString(length)
            return self._text(length)
        if value_type == GGUFValueType.ARRAY:
            if depth >= MAX_ARRAY_DEPTH:
                raise GGUFFormatError("arrays nested too deeply")
            item_type = self.u32()
            count = self.u64()
            # Every item takes at least one byte, so a count beyond the file is a lie.
            self.need(count)
            scalar = _scalar(item_type)
            if scalar is not None and count > MAX_INLINE_ARRAY:
                self.need(count * scalar.size)
                self.pos += count * scalar.size
                return SkippedArray(GGUFValueType(item_type), count)
            self.items += count
            if self.items > MAX_ITEMS:
                raise GGUFFormatError(f"more than {MAX_ITEMS} metadata items")
            return [self.value(item_type, depth + 1) for _ in range(count)]
        return self.unpack(_SCALARS[value_type])


def _scalar(type_code: int) -> struct.Struct | None:
    try:
        return _SCALARS.get(GGUFValueType(type_code))
    except ValueError:
        return None


def read_gguf(path: Path) -> GGUFContents:
    """Read and check the header of the GGUF file at ``path``.

    Raises:
        OSError: the file cannot be opened or mapped.
        GGUFFormatError: not a GGUF, truncated, or inconsistent.

    """
    with path.open("rb") as handle:
        size = path.stat().st_size
        if size < 4:
            raise TruncatedError(f"file is {size} bytes long")
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as buffer:
            return _parse(buffer)


def _parse(buffer: mmap.mmap) -> GGUFContents:
    cursor = _Cursor(buffer)
    if cursor.u32() != GGUF_MAGIC:
        raise GGUFFormatError("bad magic: not a GGUF file")
    version = cursor.u32()
    if version not in (2, 3):
        raise GGUFFormatError(f"unsupported GGUF version {version}")
    tensor_count = cursor.u64()
    kv_count = cursor.u64()
    if tensor_count > MAX_TENSORS or kv_count > MAX_METADATA_KEYS:
        raise GGUFFormatError(f"implausible counts: {tensor_count} tensors, {kv_count} keys")

    metadata: dict[str, Any] = {}
    for _ in range(kv_count):
        key = cursor.string(MAX_KEY_BYTES, "a key")
        metadata[key] = cursor.value(cursor.u32())

    layout: list[tuple[str, GGMLQuantizationType, tuple[int, ...], int]] = []
    for _ in range(tensor_count):
        name = cursor.string(MAX_TENSOR_NAME_BYTES, "a tensor name")
        n_dims = cursor.u32()
        if not 0 < n_dims <= MAX_DIMS:
            raise GGUFFormatError(f"tensor {name!r} has {n_dims} dimensions")
        shape = tuple(cursor.u64() for _ in range(n_dims))
        try:
            ggml_type = GGMLQuantizationType(cursor.u32())
        except ValueError:
            raise GGUFFormatError(f"tensor {name!r} has an unknown type") from None
        layout.append((name, ggml_type, shape, cursor.u64()))

    alignment = metadata.get("general.alignment", DEFAULT_ALIGNMENT)
    if not isinstance(alignment, int) or alignment <= 0 or alignment & (alignment - 1):
        raise GGUFFormatError(f"invalid alignment {alignment!r}")
    data_offset = -(-cursor.pos // alignment) * alignment

    tensors = []
    seen: set[str] = set()
    for name, ggml_type, shape, relative in layout:
        if name in seen:
            raise GGUFFormatError(f"duplicate tensor {name!r}")
        seen.add(name)
        block_size, type_size = GGML_QUANT_SIZES[ggml_type]
        if shape[0] % block_size:
            raise GGUFFormatError(f"tensor {name!r} rows do not fill whole blocks")
        n_elements = 1
        for dim in shape:
            n_elements *= dim
        info = TensorInfo(name, ggml_type, shape, data_offset + relative,
                          n_elements // block_size * type_size)
        if relative % alignment:
            raise GGUFFormatError(f"tensor {name!r} is misaligned")
        if info.offset + info.n_bytes > cursor.size:
            raise TruncatedError(f"tensor {name!r} ends at {info.offset + info.n_bytes}, "
                                 f"past the end of the file ({cursor.size})")
        tensors.append(info)
    return GGUFContents(version, metadata, tuple(tensors), data_offset, cursor.size)
