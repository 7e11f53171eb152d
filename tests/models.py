"""Tiny random-weight GGUF models for tests.

The files written here load in llama.cpp (through ``llama_cpp.Llama``) and generate
tokens, but the weights are random, so the text they produce is gibberish. They exist
to exercise the code paths that depend on a model's *metadata* and *architecture*
(context length, LongRoPE, chat template, special tokens) without a multi-gigabyte
download.

The layout follows llama.cpp's ``LLM_ARCH_PHI3`` loader (``src/models/phi3.cpp``):

* fused ``blk.N.attn_qkv.weight`` with ``n_embd + 2 * n_embd_gqa`` outputs;
* fused ``blk.N.ffn_up.weight`` with ``2 * n_ff`` outputs (gate and up, SwiGLU);
* optional global ``rope_factors_long.weight`` / ``rope_factors_short.weight`` of
  ``n_rot / 2`` floats, which switch on the LongRoPE ("128k") path. llama.cpp uses the
  long factors when the context per sequence exceeds
  ``phi3.rope.scaling.original_context_length`` and the short ones otherwise.
"""

from __future__ import annotations

import functools
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

import gguf
import numpy as np
import numpy.typing as npt
import platformdirs

from assistant.core.models import starter

__all__ = ["PHI3_CHAT_TEMPLATE", "PHI3_EXTRA_TOKENS", "cached_starter_model", "write_tiny_phi3"]

MODEL_CACHE_ENV = "PEQUENO_TEST_MODELS"


def cached_starter_model() -> Path:
    """The real starter model, fetched once per machine into a cache outside the repository.

    ``PEQUENO_TEST_MODELS`` overrides the cache folder.
    """
    override = os.environ.get(MODEL_CACHE_ENV)
    cache = Path(override) if override else Path(platformdirs.user_cache_dir("pequeno-tests"))
    return starter.fetch_starter_model(cache)

PHI3_CHAT_TEMPLATE: Final[str] = (
    "{% for message in messages %}"
    "{% if message['role'] == 'system' %}"
    "{{'<|system|>\n' + message['content'] + '<|end|>\n'}}"
    "{% elif message['role'] == 'user' %}"
    "{{'<|user|>\n' + message['content'] + '<|end|>\n'}}"
    "{% elif message['role'] == 'assistant' %}"
    "{{'<|assistant|>\n' + message['content'] + '<|end|>\n'}}"
    "{% endif %}"
    "{% endfor %}"
    "{% if add_generation_prompt %}"
    "{{ '<|assistant|>\n' }}"
    "{% else %}"
    "{{ eos_token }}"
    "{% endif %}"
)
"""The chat template of ``microsoft/Phi-3-mini-4k-instruct`` (tokenizer_config.json)."""

PHI3_EXTRA_TOKENS: Final[tuple[str, ...]] = (
    "<|endoftext|>",
    "<|assistant|>",
    "<|system|>",
    "<|end|>",
    "<|user|>",
)
"""Phi-3 special tokens appended as CONTROL tokens when the donor vocabulary lacks them."""

N_LAYER: Final[int] = 2
N_EMBD: Final[int] = 64
N_HEAD: Final[int] = 4
N_FF: Final[int] = 128
RMS_EPS: Final[float] = 1e-5
ROPE_FREQ_BASE: Final[float] = 10000.0
ORIGINAL_CONTEXT_LENGTH: Final[int] = 4096
CONTEXT_LENGTH: Final[dict[str, int]] = {"4k": 4096, "128k": 131072}

_WEIGHT_SCALE: Final[float] = 0.02
_Q4_0_BLOCK: Final[int] = 32  # weights per Q4_0 block: an fp16 scale, then 16 bytes of nibbles
_Q4_0_SCALE: Final[bytes] = np.float16(0.002).tobytes()


@dataclass(frozen=True)
class Phi3Shape:
    """The sizes of a phi3 model to write; ``quantized`` writes Q4_0 blocks, else F16/F32."""

    n_layer: int = N_LAYER
    n_embd: int = N_EMBD
    n_head: int = N_HEAD
    n_ff: int = N_FF
    quantized: bool = False
    name: str = "tiny-test"

    @property
    def head_dim(self) -> int:
        """Size of one attention head (also the rotary dimension)."""
        return self.n_embd // self.n_head


TINY: Final[Phi3Shape] = Phi3Shape()
# microsoft/Phi-3-mini-4k-instruct's config.json: 3.8B parameters, no GQA.
PHI3_MINI: Final[Phi3Shape] = Phi3Shape(n_layer=32, n_embd=3072, n_head=32, n_ff=8192,
                                         quantized=True, name="mini-shaped-bench")
_ARCH: Final[gguf.MODEL_ARCH] = gguf.MODEL_ARCH.PHI3
_TOKENS_KEY: Final[str] = gguf.Keys.Tokenizer.LIST
_TOKEN_TYPE_KEY: Final[str] = gguf.Keys.Tokenizer.TOKEN_TYPE
_SCORES_KEY: Final[str] = gguf.Keys.Tokenizer.SCORES
_CHAT_TEMPLATE_KEY: Final[str] = gguf.Keys.Tokenizer.CHAT_TEMPLATE


def _tensor_name(tensor: gguf.MODEL_TENSOR, bid: int | None = None) -> str:
    """Return the GGUF name of a phi3 tensor.

    Args:
        tensor: The tensor kind.
        bid: The block (layer) index for per-layer tensors.

    Returns:
        The full tensor name, e.g. ``blk.0.attn_qkv.weight``.

    Raises:
        ValueError: If llama.cpp's phi3 architecture does not know this tensor.

    """
    if tensor not in gguf.MODEL_TENSORS[_ARCH]:
        raise ValueError(f"{tensor!r} is not a phi3 tensor")
    base = gguf.TENSOR_NAMES[tensor]
    return (base.format(bid=bid) if bid is not None else base) + ".weight"


def _field_value(
    field: gguf.ReaderField,
) -> tuple[Any, gguf.GGUFValueType, gguf.GGUFValueType | None]:
    """Decode a reader field into something ``GGUFWriter.add_key_value`` accepts.

    Strings are kept as raw bytes so that token texts are copied byte for byte.

    Args:
        field: A metadata field from ``gguf.GGUFReader``.

    Returns:
        The value, its GGUF type and, for arrays, the element type.

    Raises:
        ValueError: If the field is a nested array (not used by tokenizer metadata).

    """
    main_type = field.types[0]
    if main_type == gguf.GGUFValueType.ARRAY:
        if len(field.types) != 2:
            raise ValueError(f"nested GGUF arrays are not supported ({field.name})")
        sub_type = field.types[1]
        if sub_type == gguf.GGUFValueType.STRING:
            strings = [bytes(field.parts[i]) for i in field.data]
            return strings, main_type, sub_type
        return list(field.contents()), main_type, sub_type
    if main_type == gguf.GGUFValueType.STRING:
        return bytes(field.parts[-1]), main_type, None
    return field.contents(), main_type, None


_Field = tuple[str, Any, gguf.GGUFValueType, gguf.GGUFValueType | None]


@functools.lru_cache(maxsize=4)
def _read_tokenizer(path: Path, mtime_ns: int, size: int) -> tuple[_Field, ...]:
    """Read the ``tokenizer.*`` fields of a GGUF, except the chat template.

    ``gguf.GGUFReader`` takes about two seconds on a 49k-token vocabulary, so the result
    is cached; `mtime_ns` and `size` are part of the cache key only, so that a replaced
    file is read again.

    Args:
        path: The resolved path of the donor GGUF.
        mtime_ns: The file's modification time, for the cache key.
        size: The file's size, for the cache key.

    Returns:
        ``(name, value, type, element type)`` per field; array values are tuples.

    """
    del mtime_ns, size
    fields: list[_Field] = []
    for name, field in gguf.GGUFReader(path).fields.items():
        if not name.startswith("tokenizer.") or name == _CHAT_TEMPLATE_KEY:
            continue
        value, vtype, sub_type = _field_value(field)
        fields.append((name, tuple(value) if isinstance(value, list) else value, vtype, sub_type))
    return tuple(fields)


def _copy_tokenizer(
    donor: Path,
    writer: gguf.GGUFWriter,
    extra_tokens: tuple[str, ...],
    chat_template: str,
    named_templates: Mapping[str, str],
) -> int:
    """Copy every ``tokenizer.*`` field, swap the chat template, append special tokens.

    Args:
        donor: The GGUF whose tokenizer is copied.
        writer: The GGUF being written.
        extra_tokens: Tokens to append as CONTROL tokens when the donor lacks them.
        chat_template: The chat template to store instead of the donor's.
        named_templates: Extra ``tokenizer.chat_template.<name>`` values to store.

    Returns:
        The vocabulary size (the length of the written token list).

    Raises:
        ValueError: If the donor has no token list or no token types.

    """
    stat = donor.stat()
    values: dict[str, list[Any]] = {
        name: [value, vtype, sub_type]
        for name, value, vtype, sub_type in _read_tokenizer(
            donor.resolve(), stat.st_mtime_ns, stat.st_size
        )
    }
    if _TOKENS_KEY not in values or _TOKEN_TYPE_KEY not in values:
        raise ValueError(f"{donor} has no tokenizer token list or token types")

    tokens: list[bytes] = list(values[_TOKENS_KEY][0])
    token_types: list[int] = list(values[_TOKEN_TYPE_KEY][0])
    scores: list[float] | None = list(values[_SCORES_KEY][0]) if _SCORES_KEY in values else None
    known = set(tokens)
    for text in extra_tokens:
        raw = text.encode("utf-8")
        if raw in known:
            continue
        known.add(raw)
        tokens.append(raw)
        token_types.append(int(gguf.TokenType.CONTROL))
        if scores is not None:
            scores.append(0.0)
    values[_TOKENS_KEY][0] = tokens
    values[_TOKEN_TYPE_KEY][0] = token_types
    if scores is not None:
        values[_SCORES_KEY][0] = scores

    for name, (value, vtype, sub_type) in values.items():
        writer.add_key_value(name, value, vtype, sub_type=sub_type)
    writer.add_string(_CHAT_TEMPLATE_KEY, chat_template)
    for name, template in named_templates.items():
        writer.add_string(f"{_CHAT_TEMPLATE_KEY}.{name}", template)
    return len(tokens)


def _weights(rng: np.random.Generator, shape: tuple[int, int], model: Phi3Shape,
             dtype: type[np.floating[Any]] = np.float32) -> npt.NDArray[Any]:
    """Random weights: floats for the tiny model, raw Q4_0 blocks for a quantized one."""
    if not model.quantized:
        return _random(rng, shape, dtype)
    rows, columns = shape
    blocks = rng.integers(0, 256, (rows, columns // _Q4_0_BLOCK, 2 + _Q4_0_BLOCK // 2),
                          dtype=np.uint8)
    blocks[:, :, :2] = np.frombuffer(_Q4_0_SCALE, dtype=np.uint8)
    return blocks.reshape(rows, -1)


def _add(writer: gguf.GGUFWriter, name: str, data: npt.NDArray[Any], model: Phi3Shape) -> None:
    if model.quantized and data.dtype == np.uint8:
        writer.add_tensor(name, data, raw_dtype=gguf.GGMLQuantizationType.Q4_0)
    else:
        writer.add_tensor(name, data)


def _random(
    rng: np.random.Generator, shape: tuple[int, ...], dtype: type[np.floating[Any]] = np.float32
) -> npt.NDArray[Any]:
    """Return small normal weights (``N(0, 1) * 0.02``) of the given numpy shape and dtype.

    Args:
        rng: The random generator.
        shape: The numpy shape (the reverse of the ggml ``ne`` order).
        dtype: ``np.float32`` or ``np.float16``.

    Returns:
        The weights.

    """
    weights = rng.standard_normal(shape, dtype=np.float32) * np.float32(_WEIGHT_SCALE)
    return weights.astype(dtype, copy=False)


def write_tiny_phi3(
    path: Path,
    *,
    variant: Literal["4k", "128k"],
    tokenizer_from: Path,
    seed: int = 0,
    chat_template: str = PHI3_CHAT_TEMPLATE,
    named_templates: Mapping[str, str] | None = None,
    shape: Phi3Shape = TINY,
) -> Path:
    """Write a random-weight phi3 GGUF at `path` and return it.

    With ``shape=PHI3_MINI`` it has Phi-3-mini's exact shapes with random Q4_0 blocks
    (2.2 GB, noise for weights but the real cost): for benchmarks, never for the test suite.

    The model has 2 layers, ``n_embd`` 64, 4 heads (no GQA), ``n_ff`` 128 and the
    tokenizer of `tokenizer_from` (every ``tokenizer.*`` field is copied) with the
    Phi-3 chat template and the Phi-3 special tokens (``<|user|>``, ``<|assistant|>``,
    ``<|system|>``, ``<|end|>``, ``<|endoftext|>``) appended as CONTROL tokens where
    missing. ``token_embd`` and ``output`` are F16, the other matrices F32, norms ones.

    Args:
        path: Where to write the GGUF; parent folders are created.
        variant: ``"4k"`` for a 4096-token model without rope scaling, or ``"128k"`` for
            a 131072-token LongRoPE model (original context 4096, long and short rope
            factors, attention factor as written by llama.cpp's converter).
        tokenizer_from: A GGUF whose tokenizer is copied (e.g. SmolLM2-135M-Instruct).
        seed: Seed for ``numpy.random.default_rng``; the same seed gives the same file.
        chat_template: The ``tokenizer.chat_template`` to store (tests of hostile
            templates pass their own).
        named_templates: Extra ``tokenizer.chat_template.<name>`` templates to store, as
            some GGUFs carry for tool use or RAG.
        shape: The model's sizes (the tiny test model unless given).

    Returns:
        `path`.

    Raises:
        ValueError: If `variant` is unknown or `tokenizer_from` has no tokenizer.

    """
    if variant not in CONTEXT_LENGTH:
        raise ValueError(f"unknown variant {variant!r}; expected '4k' or '128k'")
    context_length = CONTEXT_LENGTH[variant]
    rng = np.random.default_rng(seed)

    path.parent.mkdir(parents=True, exist_ok=True)
    writer = gguf.GGUFWriter(path, gguf.MODEL_ARCH_NAMES[_ARCH])
    try:
        # The name must not contain "phi3"/"phi-3": llama.cpp then looks up <s>, </s>
        # and <unk> in the vocabulary and aborts when they are missing.
        writer.add_type(gguf.GGUFType.MODEL)
        writer.add_name(f"{shape.name}-{variant}")
        writer.add_context_length(context_length)
        writer.add_embedding_length(shape.n_embd)
        writer.add_feed_forward_length(shape.n_ff)
        writer.add_block_count(shape.n_layer)
        writer.add_head_count(shape.n_head)
        writer.add_head_count_kv(shape.n_head)
        writer.add_layer_norm_rms_eps(RMS_EPS)
        writer.add_rope_dimension_count(shape.head_dim)
        writer.add_rope_freq_base(ROPE_FREQ_BASE)
        writer.add_file_type(gguf.LlamaFileType.MOSTLY_Q4_0 if shape.quantized
                             else gguf.LlamaFileType.MOSTLY_F16)
        if variant == "128k":
            scale = context_length / ORIGINAL_CONTEXT_LENGTH
            writer.add_rope_scaling_orig_ctx_len(ORIGINAL_CONTEXT_LENGTH)
            # LongRoPE ("su"/"longrope") attention factor, as in convert_hf_to_gguf.py.
            writer.add_rope_scaling_attn_factors(
                math.sqrt(1.0 + math.log(scale) / math.log(ORIGINAL_CONTEXT_LENGTH))
            )

        n_vocab = _copy_tokenizer(
            tokenizer_from, writer, PHI3_EXTRA_TOKENS, chat_template, named_templates or {}
        )

        # numpy shapes are the reverse of ggml's ne: ne {n_embd, n_vocab} -> (n_vocab, n_embd).
        embeddings = (n_vocab, shape.n_embd)
        _add(writer, _tensor_name(gguf.MODEL_TENSOR.TOKEN_EMBD),
             _weights(rng, embeddings, shape, np.float16), shape)
        writer.add_tensor(
            _tensor_name(gguf.MODEL_TENSOR.OUTPUT_NORM), np.ones(shape.n_embd, dtype=np.float32)
        )
        _add(writer, _tensor_name(gguf.MODEL_TENSOR.OUTPUT),
             _weights(rng, embeddings, shape, np.float16), shape)
        if variant == "128k":
            half = shape.head_dim // 2
            long_factors = np.sort(rng.uniform(1.0, scale, half)).astype(np.float32)
            short_factors = (1.0 + np.sort(rng.uniform(0.0, 0.1, half))).astype(np.float32)
            writer.add_tensor(_tensor_name(gguf.MODEL_TENSOR.ROPE_FACTORS_LONG), long_factors)
            writer.add_tensor(_tensor_name(gguf.MODEL_TENSOR.ROPE_FACTORS_SHORT), short_factors)

        n_embd = shape.n_embd
        for bid in range(shape.n_layer):
            layer: list[tuple[gguf.MODEL_TENSOR, npt.NDArray[Any]]] = [
                (gguf.MODEL_TENSOR.ATTN_NORM, np.ones(shape.n_embd, dtype=np.float32)),
                # ne {n_embd, n_embd + 2 * n_embd_gqa}: q, k and v fused.
                (gguf.MODEL_TENSOR.ATTN_QKV, _weights(rng, (3 * n_embd, n_embd), shape)),
                (gguf.MODEL_TENSOR.ATTN_OUT, _weights(rng, (n_embd, n_embd), shape)),
                (gguf.MODEL_TENSOR.FFN_NORM, np.ones(shape.n_embd, dtype=np.float32)),
                # ne {n_embd, 2 * n_ff}: gate and up fused.
                (gguf.MODEL_TENSOR.FFN_UP, _weights(rng, (2 * shape.n_ff, n_embd), shape)),
                (gguf.MODEL_TENSOR.FFN_DOWN, _weights(rng, (n_embd, shape.n_ff), shape)),
            ]
            for tensor, data in layer:
                _add(writer, _tensor_name(tensor, bid), data, shape)

        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
    except BaseException:
        writer.close()
        path.unlink(missing_ok=True)
        raise
    writer.close()
    return path


def phi3_shaped(variant: str = "4k") -> Path:
    """The Phi-3-mini-shaped bench model (random Q4_0 weights, 2.2 GB), written on first use.

    Cached outside the repository (``~/.cache/pequeno-bench``); for benchmarks only.
    """
    import platformdirs

    path = Path(platformdirs.user_cache_dir("pequeno-bench")) / f"phi3-mini-shaped-{variant}.gguf"
    if not path.is_file():
        partial = path.with_suffix(".part")
        write_tiny_phi3(partial, variant=variant,  # type: ignore[arg-type]
                        tokenizer_from=cached_starter_model(), shape=PHI3_MINI)
        partial.replace(path)
    return path
