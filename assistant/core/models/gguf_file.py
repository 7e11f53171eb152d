"""A bounded reader for GGUF headers: metadata and tensor layout, never tensor data.

llama.cpp can abort the whole process on a malformed file, so every file is read here first.
``gguf.GGUFReader`` builds a numpy array per vocabulary entry (3.5 s on a 49k-token vocabulary)
and trusts the lengths it reads; this reader walks the header with ``struct`` over ``mmap``,
bounds every count and length by the file's size, steps over metadata strings too long to be
anything Pequeno reads, and checks that every tensor lies inside the file. Long string arrays
(the vocabulary, the merges) are only walked, and a string is decoded when it is asked for:
decoding them all took 0.45 s of every model load, the walk takes a few milliseconds. Type
codes, quantization block sizes and names come from ``gguf``.
"""

from __future__ import annotations

import bisect
import mmap
import struct
from array import array
from collections.abc import Iterator, Sequence
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
# String arrays longer than this are kept as a StringArray (walked, decoded on demand), at most
# MAX_STRING_ARRAY_BYTES of them; a longer one is skipped like a long array of numbers.
LAZY_STRING_ARRAY = 1 << 10
MAX_STRING_ARRAY_BYTES = 1 << 26
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


class StringArray(Sequence["str | SkippedString"]):
    """A long array of metadata strings, decoded one at a time when read.

    Membership (``"<|end|>" in tokens``) is a search over the encoded bytes, so checking a
    vocabulary for a few markers decodes none of it.
    """

    def __init__(self, data: bytes, offsets: array[int]) -> None:
        self._data = data
        self._offsets = offsets  # where each item's length prefix starts, then the end

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, index: int) -> str | SkippedString:  # type: ignore[override]
        if not isinstance(index, int):
            raise TypeError("a StringArray is indexed by integers only")
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        start, end = self._offsets[index] + 8, self._offsets[index + 1]
        if end - start > MAX_INLINE_STRING:
            return SkippedString(end - start)
        return self._data[start:end].decode("utf-8", errors="replace")

    def __iter__(self) -> Iterator[str | SkippedString]:
        return (self[i] for i in range(len(self)))

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, str):
            return False
        encoded = item.encode()
        needle = _U64.pack(len(encoded)) + encoded
        found = self._data.find(needle)
        while found >= 0:
            # A match inside another string's bytes is not an item.
            at = bisect.bisect_left(self._offsets, found)
            if at < len(self) and self._offsets[at] == found:
                return True
            found = self._data.find(needle, found + 1)
        return False

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StringArray):
            return self._data == other._data
        if isinstance(other, list):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


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
            if item_type == GGUFValueType.STRING and count > LAZY_STRING_ARRAY:
                return self.string_array(count)
            if scalar is not None:  # one unpack for all: a vocabulary's token types are 49K
                self.need(count * scalar.size)
                values = list(struct.unpack_from(f"<{count}{scalar.format[-1]}", self.buffer,
                                                 self.pos))
                self.pos += count * scalar.size
                return values
            return [self.value(item_type, depth + 1) for _ in range(count)]
        return self.unpack(_SCALARS[value_type])

    def string_array(self, count: int) -> StringArray | SkippedArray:
        """Walk ``count`` strings, keeping their bytes undecoded (or skipping them if huge)."""
        self.need(count * 8)  # every string has its 8-byte length
        buffer, size, base = self.buffer, self.size, self.pos
        unpack = _U64.unpack_from
        offsets = array("Q", bytes(8 * (count + 1)))
        pos = base
        for index in range(count):
            if pos + 8 > size:
                raise TruncatedError(f"string {index} of an array at offset {pos}, "
                                     f"file has {size}")
            offsets[index] = pos - base
            pos += 8 + unpack(buffer, pos)[0]
        if pos > size:
            raise TruncatedError(f"a string array ends at {pos}, file has {size}")
        offsets[count] = pos - base
        self.pos = pos
        if pos - base > MAX_STRING_ARRAY_BYTES:
            return SkippedArray(GGUFValueType.STRING, count)
        return StringArray(bytes(buffer[base:pos]), offsets)


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
