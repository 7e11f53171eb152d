"""Memory estimates that decide whether a context size fits on this machine."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.core.models import catalog
from assistant.core.models.info import ModelInfo, inspect_model
from assistant.core.models.memory import (
    OVERHEAD_BYTES,
    CacheType,
    available_bytes,
    cache_type_for,
    compute_bytes,
    kv_cache_bytes,
    largest_context,
    load_bytes,
    physical_cores,
    usable_bytes,
)

GIB = 1 << 30


def _model(n_layer: int, n_embd: int, n_head: int, n_head_kv: int) -> ModelInfo:
    return ModelInfo(
        path=Path("model.gguf"),
        size_bytes=2_393_231_072,
        name="test",
        architecture="phi3",
        parameters=3_821_079_552,
        quantization="Q4_K_M",
        trained_context=4096,
        original_context=None,
        n_layer=n_layer,
        n_embd=n_embd,
        n_head=n_head,
        n_head_kv=n_head_kv,
        chat_template=None,
        bos_token="<s>",
        eos_token="<|endoftext|>",
        end_of_turn_tokens=("<|end|>",),
    )


PHI3_MINI = _model(n_layer=32, n_embd=3072, n_head=32, n_head_kv=32)


def test_phi3_mini_at_4k_needs_one_and_a_half_gib() -> None:
    assert kv_cache_bytes(PHI3_MINI, 4096) == 1_610_612_736 == 3 * GIB // 2


def test_phi3_mini_at_128k_needs_48_gib() -> None:
    assert kv_cache_bytes(PHI3_MINI, 131072) == 48 * GIB


def test_the_kv_cache_grows_linearly_with_the_context() -> None:
    assert kv_cache_bytes(PHI3_MINI, 1) == 384 * 1024
    assert kv_cache_bytes(PHI3_MINI, 0) == 0


def test_grouped_query_attention_scales_by_kv_heads() -> None:
    llama3_8b = _model(n_layer=32, n_embd=4096, n_head=32, n_head_kv=8)
    full = _model(n_layer=32, n_embd=4096, n_head=32, n_head_kv=32)

    assert kv_cache_bytes(llama3_8b, 4096) == 512 * 1024 * 1024
    assert kv_cache_bytes(llama3_8b, 4096) * 4 == kv_cache_bytes(full, 4096)


def test_a_quantized_cache_scales_by_bytes_per_value() -> None:
    assert kv_cache_bytes(PHI3_MINI, 4096, 1.0) == 3 * GIB // 4
    assert kv_cache_bytes(PHI3_MINI, 4096, CacheType.Q8_0) == 3 * GIB // 4 * 34 // 32
    assert kv_cache_bytes(PHI3_MINI, 4096, CacheType.Q4_0) == 3 * GIB // 4 * 18 // 32


def test_the_starter_models_cache(starter_model: Path) -> None:
    info = inspect_model(starter_model)  # 30 layers, 3 KV heads of 576 / 9 = 64

    assert kv_cache_bytes(info, 8192) == 2 * 30 * 3 * 64 * 2 * 8192


def test_a_model_without_a_head_count_needs_no_cache() -> None:
    assert kv_cache_bytes(_model(n_layer=32, n_embd=3072, n_head=0, n_head_kv=0), 4096) == 0


def test_load_bytes_adds_weights_cache_compute_and_overhead() -> None:
    expected = (PHI3_MINI.size_bytes + 3 * GIB // 2 + compute_bytes(PHI3_MINI, 4096)
                + OVERHEAD_BYTES)

    assert load_bytes(PHI3_MINI, 4096, CacheType.F16) == expected
    # Without flash attention one micro-batch's attention scores span the whole context;
    # with it, only its 16-bit mask does.
    assert compute_bytes(PHI3_MINI, 131072, flash_attention=False) \
        - compute_bytes(PHI3_MINI, 131072) == 512 * 131072 * 32 * 4 - 512 * 131072 * 2


def test_the_cache_is_16_bit_where_the_trained_context_fits_and_8_bit_where_not() -> None:
    assert cache_type_for(PHI3_MINI, usable_bytes(8 * GIB)) is CacheType.F16
    assert cache_type_for(PHI3_MINI, 2 * GIB) is CacheType.Q8_0
    assert cache_type_for(PHI3_MINI) is CacheType.Q8_0
    # Heads 40 wide do not split into ggml's 32-value blocks.
    assert cache_type_for(_model(n_layer=2, n_embd=320, n_head=8, n_head_kv=8),
                          1 * GIB) is CacheType.F16


# Real Phi-3-mini figures, built from the catalog's metadata.
PHI3_4K = catalog.find("phi-3-mini-4k-instruct-q4").model_info()
PHI3_128K = catalog.find("phi-3-mini-128k-instruct-q4_k_m").model_info()


# Before: a 16-bit cache without flash attention; now: 8-bit with flash attention.
@pytest.mark.parametrize(("ram_gib", "before", "expected"),
                         [(8, 7936, 17664), (16, 22016, 48384), (24, 36096, 79104),
                          (32, 50176, 109824)])
def test_the_128k_model_gets_the_largest_context_its_machine_fits(ram_gib: int, before: int,
                                                                  expected: int) -> None:
    budget = usable_bytes(ram_gib * GIB)
    chosen = largest_context(PHI3_128K, budget)

    assert chosen == expected
    assert cache_type_for(PHI3_128K, budget) is CacheType.Q8_0
    assert load_bytes(PHI3_128K, chosen) <= budget
    assert load_bytes(PHI3_128K, chosen + 256) > budget  # the largest, not just one that fits
    assert largest_context(PHI3_128K, budget, CacheType.F16, flash_attention=False) == before


def test_a_quantized_cache_with_flash_attention_fits_much_more() -> None:
    budget = usable_bytes(16 * GIB)
    plain = largest_context(PHI3_128K, budget, CacheType.F16, flash_attention=False)
    compact = largest_context(PHI3_128K, budget)

    assert compact > 2 * plain


def test_the_4k_model_fits_an_8_gib_machine_whole() -> None:
    budget = usable_bytes(8 * GIB)
    assert largest_context(PHI3_4K, budget) == 4096
    assert 4 * GIB < load_bytes(PHI3_4K, 4096, cache_type_for(PHI3_4K, budget)) < 5 * GIB


def test_the_full_128k_context_needs_far_more_than_a_laptop_has() -> None:
    assert load_bytes(PHI3_128K, 131072, CacheType.F16) > 48 * GIB
    assert load_bytes(PHI3_128K, 131072) > 25 * GIB
    assert largest_context(PHI3_128K, 1 * GIB) == 0


def test_physical_cores() -> None:
    cores = physical_cores()

    assert isinstance(cores, int)
    assert 1 <= cores <= (os.cpu_count() or 1)


def test_available_memory_is_positive() -> None:
    assert available_bytes() > 0
