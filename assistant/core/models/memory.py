"""How much memory a model needs for a given context, and how much the machine has."""

from __future__ import annotations

from enum import StrEnum

import psutil

from assistant.core.models.info import ModelInfo

F16_BYTES = 2
# llama.cpp's runtime on top of weights, KV cache and compute buffers, measured loosely on
# CPU builds; a safety margin, not an exact figure.
OVERHEAD_BYTES = 256 * 1024 * 1024
UBATCH = 512  # llama.cpp's default micro-batch: the rows of one attention step
CONTEXT_STEP = 256


class CacheType(StrEnum):
    """How the KV cache is stored. Quantized caches need flash attention in llama.cpp."""

    F16 = "f16"
    Q8_0 = "q8_0"
    Q4_0 = "q4_0"

    @property
    def bytes_per_value(self) -> float:
        """Storage per cached number (block formats: 34 or 18 bytes per 32 values)."""
        return {"f16": 2.0, "q8_0": 34 / 32, "q4_0": 18 / 32}[self.value]

    @property
    def ggml_type(self) -> int:
        """Ggml's number for this type (``GGML_TYPE_*``)."""
        return {"f16": 1, "q8_0": 8, "q4_0": 2}[self.value]


BLOCK = 32  # values per block of ggml's quantized types


def cache_type_for(info: ModelInfo, budget: int | None = None) -> CacheType:
    """How Pequeno stores a model's KV cache.

    16-bit when the trained context fits ``budget`` that way: it is the quickest on a CPU
    (an 8-bit cache halves the prompt speed of a small model). Otherwise 8-bit, which takes
    about half the memory, so twice the context fits, at a loss of quality too small to
    notice in chat; heads whose width is not a multiple of ggml's 32-value blocks stay 16-bit.
    Without a budget: 8-bit where the heads allow it.
    """
    head_dim = info.n_embd // info.n_head if info.n_head else 0
    if not head_dim or head_dim % BLOCK:
        return CacheType.F16
    if budget is not None and load_bytes(info, info.trained_context or CONTEXT_STEP,
                                         CacheType.F16) <= budget:
        return CacheType.F16
    return CacheType.Q8_0


def kv_cache_bytes(info: ModelInfo, n_ctx: int,
                   cache: CacheType | float = CacheType.F16) -> int:
    """Keys and values for ``n_ctx`` tokens in every layer.

    Phi-3-mini (32 layers, 3072 wide, no GQA) needs 384 KiB a token in f16: 1.5 GiB at 4K,
    48 GiB at 128K.
    """
    per_value = cache.bytes_per_value if isinstance(cache, CacheType) else cache
    head_dim = info.n_embd // info.n_head if info.n_head else 0
    per_token = 2 * info.n_layer * info.n_head_kv * head_dim * per_value
    return int(per_token * n_ctx)


def compute_bytes(info: ModelInfo, n_ctx: int, *, flash_attention: bool = True) -> int:
    """llama.cpp's compute buffer for context ``n_ctx``.

    Without flash attention it holds the attention scores of one micro-batch against the
    whole context (f32), which grows with ``n_ctx``; with it, only the attention mask does.
    """
    activations = UBATCH * info.n_embd * 4 * 8
    scores = UBATCH * n_ctx * 2 if flash_attention else UBATCH * n_ctx * info.n_head * 4
    return activations + scores


def load_bytes(info: ModelInfo, n_ctx: int, cache: CacheType | None = None, *,
               flash_attention: bool = True) -> int:
    """Estimated resident memory once the model is loaded with context ``n_ctx``.

    ``cache`` defaults to the type Pequeno uses for the model (:func:`cache_type_for`).
    """
    cache = cache if cache is not None else cache_type_for(info)
    return (info.size_bytes + kv_cache_bytes(info, n_ctx, cache)
            + compute_bytes(info, n_ctx, flash_attention=flash_attention) + OVERHEAD_BYTES)


def largest_context(info: ModelInfo, budget: int, cache: CacheType | None = None, *,
                    flash_attention: bool = True) -> int:
    """The largest context within ``budget`` bytes.

    A multiple of 256, at most the trained context; 0 when not even 256 tokens fit.
    ``cache`` defaults to the type Pequeno would use within that budget.
    """
    cache = cache if cache is not None else cache_type_for(info, budget)
    trained = info.trained_context or CONTEXT_STEP
    low, high = 0, trained // CONTEXT_STEP
    while low < high:  # binary search over multiples of the step: the cost is monotonic
        middle = (low + high + 1) // 2
        if load_bytes(info, middle * CONTEXT_STEP, cache,
                      flash_attention=flash_attention) <= budget:
            low = middle
        else:
            high = middle - 1
    return low * CONTEXT_STEP


def usable_bytes(total: int | None = None) -> int:
    """What a model may take of a machine's memory.

    All but a quarter of it (at least 2 GiB) is left for the system and other programs.
    """
    total = total if total is not None else int(psutil.virtual_memory().total)
    return max(0, total - max(total // 4, 2 * 1024**3))


def total_bytes() -> int:
    """The machine's memory."""
    return int(psutil.virtual_memory().total)


def available_bytes() -> int:
    """Memory the OS can give us now without swapping."""
    return int(psutil.virtual_memory().available)


def physical_cores() -> int:
    """Physical CPU cores (llama.cpp gains nothing from hyper-threads), at least 1."""
    return psutil.cpu_count(logical=False) or psutil.cpu_count() or 1


def context_on_this_machine(info: ModelInfo) -> int:
    """The largest context ``info`` gets within this machine's usable memory (0: it does not fit).

    The one answer to "does this model fit here?" that the models dialog, the window's model
    picker and the first-run offer all give.
    """
    return largest_context(info, usable_bytes())


def smallest_load_bytes(info: ModelInfo) -> int:
    """What ``info`` needs at least: loaded with the smallest context Pequeno allocates."""
    return load_bytes(info, CONTEXT_STEP)
