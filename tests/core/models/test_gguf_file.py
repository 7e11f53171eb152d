"""The bounded GGUF header reader agrees with ``gguf.GGUFReader`` and survives hostile files.

llama.cpp can abort the whole process on a malformed file, so anything that reaches it has
passed this reader first: a bad file must end as ``GGUFFormatError``, never another exception.
"""

from __future__ import annotations

import contextlib
import struct
import tempfile
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import gguf
import numpy as np
import pytest
from gguf.constants import GGUF_MAGIC, GGMLQuantizationType, GGUFValueType
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.models.gguf_file import (
    MAX_INLINE_STRING,
    GGUFFormatError,
    SkippedArray,
    SkippedString,
    StringArray,
    TruncatedError,
    read_gguf,
)

FUZZ_PREFIX = 64 * 1024


@pytest.fixture(scope="module")
def handmade(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small complete GGUF with every scalar type, arrays, a custom alignment, quantized data."""
    path = tmp_path_factory.mktemp("gguf") / "handmade.gguf"
    writer = gguf.GGUFWriter(path, "llama")
    writer.add_custom_alignment(64)
    writer.add_uint8("t.u8", 200)
    writer.add_int8("t.i8", -100)
    writer.add_uint16("t.u16", 60000)
    writer.add_int16("t.i16", -30000)
    writer.add_uint32("t.u32", 4_000_000_000)
    writer.add_int32("t.i32", -2_000_000_000)
    writer.add_uint64("t.u64", 2**63 + 5)
    writer.add_int64("t.i64", -(2**62))
    writer.add_float32("t.f32", 0.1)
    writer.add_float64("t.f64", 2.5e-300)
    writer.add_bool("t.bool", True)
    writer.add_string("t.str", "héllo 世界")
    writer.add_array("t.ints", [1, -2, 3])
    writer.add_array("t.floats", [0.5, -1.25])
    writer.add_array("t.strs", ["a", "", "ü"])
    rng = np.random.default_rng(1)
    writer.add_tensor("f32", rng.standard_normal((3, 8), dtype=np.float32))
    writer.add_tensor("f16", rng.standard_normal(32).astype(np.float16))
    # Two rows of 64 Q8_0 weights: two 34-byte blocks per row.
    writer.add_tensor(
        "q8", rng.integers(0, 256, (2, 2 * 34), dtype=np.uint8), raw_dtype=GGMLQuantizationType.Q8_0
    )
    writer.add_tensor("i32", np.arange(5, dtype=np.int32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


# --- parity with gguf.GGUFReader ------------------------------------------------------------


@pytest.mark.parametrize("model", ["starter_model", "phi3_4k", "phi3_128k", "handmade"])
def test_read_gguf_agrees_with_the_reference_reader(
    model: str, request: pytest.FixtureRequest
) -> None:
    path: Path = request.getfixturevalue(model)

    ours = read_gguf(path)
    reference = gguf.GGUFReader(path)

    assert ours.file_size == path.stat().st_size
    assert ours.version == reference.fields["GGUF.version"].contents()
    assert ours.data_offset == reference.data_offset

    assert [t.name for t in ours.tensors] == [t.name for t in reference.tensors]
    for mine, theirs in zip(ours.tensors, reference.tensors, strict=True):
        assert mine.shape == tuple(int(d) for d in theirs.shape), mine.name
        assert mine.ggml_type == theirs.tensor_type, mine.name
        assert mine.offset == theirs.data_offset, mine.name
        assert mine.n_bytes == theirs.n_bytes, mine.name
        assert mine.n_elements == theirs.n_elements, mine.name

    fields = {k: f for k, f in reference.fields.items() if not k.startswith("GGUF.")}
    assert list(ours.metadata) == list(fields)
    for key, field in fields.items():
        value = ours.metadata[key]
        if field.types[0] == GGUFValueType.ARRAY:
            assert isinstance(value, list | StringArray), key
            assert len(value) == len(field.data), key
            if len(value) <= 1000 or isinstance(value, StringArray):
                assert value == field.contents(), key
        else:
            assert value == field.contents(), key
            assert type(value) is type(field.contents()), key


def test_the_handmade_file_has_what_was_written(handmade: Path) -> None:
    contents = read_gguf(handmade)

    meta = contents.metadata
    assert meta["general.architecture"] == "llama"
    assert meta["general.alignment"] == 64
    assert meta["t.u64"] == 2**63 + 5
    assert meta["t.bool"] is True
    assert meta["t.str"] == "héllo 世界"
    assert meta["t.strs"] == ["a", "", "ü"]
    assert contents.data_offset % 64 == 0
    assert all(t.offset % 64 == 0 for t in contents.tensors)
    q8 = next(t for t in contents.tensors if t.name == "q8")
    assert (q8.ggml_type, q8.shape, q8.n_bytes) == (GGMLQuantizationType.Q8_0, (64, 2), 2 * 2 * 34)


# --- truncated files ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    raw: bytes
    tensor_infos: int  # where the tensor-info section starts
    data: int  # where the tensor data starts


@pytest.fixture(scope="module")
def phi3_layout(phi3_4k: Path) -> _Layout:
    raw = phi3_4k.read_bytes()
    contents = read_gguf(phi3_4k)
    name = contents.tensors[0].name.encode()
    infos = raw.rfind(struct.pack("<Q", len(name)) + name, 0, contents.data_offset)
    assert infos > 24
    return _Layout(raw, infos, contents.data_offset)


_CUTS: dict[str, Callable[[_Layout], int]] = {
    "in-the-fixed-header": lambda f: 10,
    "in-the-first-key": lambda f: 24 + 10,
    "in-the-middle-of-the-metadata": lambda f: (24 + f.tensor_infos) // 2,
    "just-before-the-tensor-infos": lambda f: f.tensor_infos - 1,
    "in-the-tensor-infos": lambda f: (f.tensor_infos + f.data) // 2,
    "at-the-start-of-the-data": lambda f: f.data,
    "in-the-tensor-data": lambda f: (f.data + len(f.raw)) // 2,
    "one-byte-short": lambda f: len(f.raw) - 1,
}


@pytest.mark.parametrize("cut", _CUTS.values(), ids=_CUTS.keys())
def test_a_truncated_copy_is_reported_as_truncated(
    phi3_layout: _Layout, tmp_path: Path, cut: Callable[[_Layout], int]
) -> None:
    end = cut(phi3_layout)
    assert 0 < end < len(phi3_layout.raw)
    path = tmp_path / "cut.gguf"
    path.write_bytes(phi3_layout.raw[:end])

    with pytest.raises(TruncatedError):
        read_gguf(path)


@pytest.mark.parametrize("size", [0, 1, 3])
def test_a_tiny_file_is_truncated(tmp_path: Path, size: int) -> None:
    path = tmp_path / "tiny.gguf"
    path.write_bytes(b"GGUF"[:size])

    with pytest.raises(TruncatedError):
        read_gguf(path)


# --- hand-built hostile headers -------------------------------------------------------------


def _header(tensors: int, kvs: int, version: int = 3, magic: int = GGUF_MAGIC) -> bytes:
    return struct.pack("<IIQQ", magic, version, tensors, kvs)


def _string(text: str) -> bytes:
    raw = text.encode()
    return struct.pack("<Q", len(raw)) + raw


def _kv_u32(key: str, value: int) -> bytes:
    return _string(key) + struct.pack("<II", GGUFValueType.UINT32, value)


def _tensor(name: str, shape: tuple[int, ...], kind: int, offset: int) -> bytes:
    dims = struct.pack(f"<I{len(shape)}Q", len(shape), *shape)
    return _string(name) + dims + struct.pack("<IQ", kind, offset)


def _file(kvs: list[bytes], tensors: list[bytes], data_size: int) -> bytes:
    head = _header(len(tensors), len(kvs)) + b"".join(kvs) + b"".join(tensors)
    return head + b"\0" * (-len(head) % 32) + b"\0" * data_size


F32 = int(GGMLQuantizationType.F32)
Q8_0 = int(GGMLQuantizationType.Q8_0)

HOSTILE: dict[str, tuple[bytes, type[GGUFFormatError]]] = {
    "bad-magic": (b"GGML" + bytes(60), GGUFFormatError),
    "version-1": (_header(0, 0, version=1), GGUFFormatError),
    "unknown-value-type": (_header(0, 1) + _string("k") + struct.pack("<I", 99), GGUFFormatError),
    "array-of-arrays-of-arrays": (
        _header(0, 1)
        + _string("k")
        + struct.pack("<IIQ", GGUFValueType.ARRAY, GGUFValueType.ARRAY, 1)
        + struct.pack("<IQ", GGUFValueType.ARRAY, 1)
        + struct.pack("<IQ", GGUFValueType.UINT8, 1)
        + b"\1" * 64,
        GGUFFormatError,
    ),
    "string-of-2**62-bytes": (_header(0, 1) + struct.pack("<Q", 2**62) + b"k" * 64, TruncatedError),
    "array-of-2**40-items": (
        _header(0, 1)
        + _string("k")
        + struct.pack("<IIQ", GGUFValueType.ARRAY, GGUFValueType.UINT8, 2**40)
        + b"\0" * 64,
        TruncatedError,
    ),
    "tensor-past-the-end": (_file([], [_tensor("t", (8,), F32, 0)], 16), TruncatedError),
    "tensor-far-past-the-end": (_file([], [_tensor("t", (8,), F32, 2**60)], 64), TruncatedError),
    "huge-tensor": (_file([], [_tensor("t", (2**40, 2**20), F32, 0)], 64), TruncatedError),
    "misaligned-tensor": (_file([], [_tensor("t", (4,), F32, 4)], 64), GGUFFormatError),
    "duplicate-tensor": (
        _file([], [_tensor("t", (4,), F32, 0), _tensor("t", (4,), F32, 32)], 64),
        GGUFFormatError,
    ),
    "unknown-tensor-type": (_file([], [_tensor("t", (4,), 9999, 0)], 64), GGUFFormatError),
    "zero-dimensions": (_file([], [_tensor("t", (), F32, 0)], 64), GGUFFormatError),
    "five-dimensions": (_file([], [_tensor("t", (1, 1, 1, 1, 1), F32, 0)], 64), GGUFFormatError),
    "partial-quant-block": (_file([], [_tensor("t", (10,), Q8_0, 0)], 64), GGUFFormatError),
    "key-of-65536-bytes": (_file([_kv_u32("k" * 65536, 1)], [], 0), GGUFFormatError),
    "tensor-name-of-65-bytes": (_file([], [_tensor("t" * 65, (8,), F32, 0)], 32), GGUFFormatError),
    "bad-alignment": (_file([_kv_u32("general.alignment", 48)], [], 0), GGUFFormatError),
    "zero-alignment": (_file([_kv_u32("general.alignment", 0)], [], 0), GGUFFormatError),
}


@pytest.mark.parametrize(("content", "error"), HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_header_is_refused(
    tmp_path: Path, content: bytes, error: type[GGUFFormatError]
) -> None:
    path = tmp_path / "hostile.gguf"
    path.write_bytes(content)

    with pytest.raises(error):
        read_gguf(path)


def test_a_valid_hand_built_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "ok.gguf"
    path.write_bytes(_file([_kv_u32("n", 7)], [_tensor("t", (8,), F32, 0)], 32))

    contents = read_gguf(path)

    assert contents.metadata == {"n": 7}
    assert [(t.name, t.shape, t.n_bytes) for t in contents.tensors] == [("t", (8,), 32)]


def _kv_string(key: str, length: int) -> bytes:
    return _string(key) + struct.pack("<IQ", GGUFValueType.STRING, length) + b"x" * length


def test_the_longest_names_and_strings_allowed_are_read(tmp_path: Path) -> None:
    path = tmp_path / "limits.gguf"
    key = "k" * 65535
    path.write_bytes(_file([_kv_string(key, MAX_INLINE_STRING)], [_tensor("t" * 64, (8,), F32, 0)],
                           32))

    contents = read_gguf(path)

    assert contents.metadata[key] == "x" * MAX_INLINE_STRING
    assert contents.tensors[0].name == "t" * 64


def test_a_huge_metadata_string_is_stepped_over_not_decoded(tmp_path: Path) -> None:
    # A chat template (or anything) of 64 MiB: nothing Pequeno reads is that long.
    length = 64 << 20
    path = tmp_path / "huge-string.gguf"
    with path.open("wb") as handle:
        handle.write(_header(0, 2) + _string("tokenizer.chat_template"))
        handle.write(struct.pack("<IQ", GGUFValueType.STRING, length))
        handle.seek(length, 1)
        handle.write(_kv_u32("after", 7))

    tracemalloc.start()
    try:
        metadata = read_gguf(path).metadata
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert metadata == {"tokenizer.chat_template": SkippedString(length), "after": 7}
    assert peak < 1 << 20


@pytest.mark.parametrize(("tensors", "keys"), [(2**40, 0), (0, 2**40), (2**64 - 1, 2**64 - 1)])
def test_absurd_counts_are_refused_without_allocating(
    tmp_path: Path, tensors: int, keys: int
) -> None:
    path = tmp_path / "counts.gguf"
    path.write_bytes(_header(tensors, keys) + b"\0" * 4096)

    tracemalloc.start()
    try:
        with pytest.raises(GGUFFormatError, match="implausible"):
            read_gguf(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert peak < 1 << 20


@pytest.mark.parametrize(
    ("item_type", "outcome"), [(GGUFValueType.UINT8, "skipped"), (GGUFValueType.STRING, "refused")]
)
def test_a_huge_metadata_array_is_neither_built_nor_trusted(
    tmp_path: Path, item_type: GGUFValueType, outcome: str
) -> None:
    # A sparse 400 MB file whose one key claims a 50-million-item array: reading it item by
    # item once took 50 s and 461 MB.
    count = 50_000_000
    path = tmp_path / "huge-array.gguf"
    with path.open("wb") as handle:
        handle.write(_header(0, 1) + struct.pack("<Q", 1) + b"k")
        handle.write(struct.pack("<IIQ", GGUFValueType.ARRAY, item_type, count))
        handle.truncate(count * 8 + 64)

    tracemalloc.start()
    try:
        if outcome == "skipped":
            value = read_gguf(path).metadata["k"]
            assert value == SkippedArray(GGUFValueType.UINT8, count)
        else:
            with pytest.raises(GGUFFormatError, match="metadata items"):
                read_gguf(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert peak < 1 << 20


# --- fuzzing --------------------------------------------------------------------------------

# Positions favour the fixed header and the first keys, where counts, lengths and types live.
_patches = st.lists(
    st.tuples(
        st.one_of(st.integers(0, 255), st.integers(0, 2**31)),
        st.one_of(
            st.binary(min_size=1, max_size=8),
            st.sampled_from([b"\xff" * 8, b"\0" * 8, struct.pack("<Q", 2**40)]),
        ),
    ),
    min_size=1,
    max_size=8,
)


def _reads_or_refuses(base: bytes, patches: list[tuple[int, bytes]]) -> None:
    raw = bytearray(base)
    for position, patch in patches:
        at = position % len(raw)
        raw[at : at + len(patch)] = patch[: len(raw) - at]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed.gguf"
        path.write_bytes(raw)
        with contextlib.suppress(GGUFFormatError):  # anything else fails the test
            read_gguf(path)


@settings(max_examples=150, deadline=None)
@given(patches=_patches)
def test_fuzzed_phi3_header_is_read_or_refused(
    phi3_layout: _Layout, patches: list[tuple[int, bytes]]
) -> None:
    _reads_or_refuses(phi3_layout.raw[:FUZZ_PREFIX], patches)


@settings(max_examples=150, deadline=None)
@given(patches=_patches)
def test_fuzzed_small_gguf_is_read_or_refused(
    handmade: Path, patches: list[tuple[int, bytes]]
) -> None:
    _reads_or_refuses(handmade.read_bytes(), patches)


# --- long string arrays ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def vocabulary_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A GGUF whose vocabulary is long enough to be read lazily, with tricky entries."""
    words = [f"tok{i}" for i in range(3000)]
    words[7] = "héllo 世界"
    words[8] = ""
    # "<|end|>" appears only inside another entry, length prefix included.
    words[9] = "x" + struct.pack("<Q", 7).decode("latin-1") + "<|end|>"
    path = tmp_path_factory.mktemp("vocab") / "vocab.gguf"
    writer = gguf.GGUFWriter(path, "llama")
    writer.add_array("tokenizer.ggml.tokens", words)
    writer.add_uint32("after", 5)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path, words


def test_a_long_string_array_reads_like_a_list(vocabulary_file: tuple[Path, list[str]]) -> None:
    path, words = vocabulary_file
    metadata = read_gguf(path).metadata
    tokens = metadata["tokenizer.ggml.tokens"]

    assert isinstance(tokens, StringArray)
    assert len(tokens) == len(words)
    assert list(tokens) == words
    assert (tokens[0], tokens[7], tokens[8], tokens[-1]) == (words[0], words[7], "", words[-1])
    with pytest.raises(IndexError):
        tokens[len(words)]
    assert metadata["after"] == 5


def test_membership_in_a_long_string_array_matches_whole_items_only(
    vocabulary_file: tuple[Path, list[str]],
) -> None:
    path, _ = vocabulary_file
    tokens = read_gguf(path).metadata["tokenizer.ggml.tokens"]

    assert "tok2999" in tokens
    assert "héllo 世界" in tokens
    assert "" in tokens
    assert "<|end|>" not in tokens  # only inside words[9]
    assert "tok3000" not in tokens
    assert 5 not in tokens


def test_a_truncated_string_array_is_refused(vocabulary_file: tuple[Path, list[str]],
                                             tmp_path: Path) -> None:
    path, _ = vocabulary_file
    data = path.read_bytes()
    cut = tmp_path / "cut.gguf"
    for end in (len(data) // 3, len(data) // 2):
        cut.write_bytes(data[:end])
        with pytest.raises(TruncatedError):
            read_gguf(cut)
