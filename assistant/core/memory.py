"""How much memory a model needs for a given context, and how much the machine has."""

from __future__ import annotations

import psutil

from assistant.core.modelinfo import ModelInfo

F16_BYTES = 2
# llama.cpp's compute buffers and runtime on top of weights and KV cache, measured loosely
# on CPU builds; a safety margin, not an exact figure.
OVERHEAD_BYTES = 256 * 1024 * 1024


def kv_cache_bytes(info: ModelInfo, n_ctx: int, bytes_per_value: float = F16_BYTES) -> int:
    """Keys and values for ``n_ctx`` tokens in every layer (f16 by default).

    Phi-3-mini (32 layers, 3072 wide, no GQA) needs 384 KiB a token: 1.5 GiB at 4K.
    """
    head_dim = info.n_embd // info.n_head if info.n_head else 0
    per_token = 2 * info.n_layer * info.n_head_kv * head_dim * bytes_per_value
    return int(per_token * n_ctx)


def load_bytes(info: ModelInfo, n_ctx: int) -> int:
    """Estimated resident memory once the model is loaded with context ``n_ctx``."""
    return info.size_bytes + kv_cache_bytes(info, n_ctx) + OVERHEAD_BYTES


def available_bytes() -> int:
    """Memory the OS can give us now without swapping."""
    return int(psutil.virtual_memory().available)


def physical_cores() -> int:
    """Physical CPU cores (llama.cpp gains nothing from hyper-threads), at least 1."""
    return psutil.cpu_count(logical=False) or psutil.cpu_count() or 1
