"""What Pequeno learns about a model from its GGUF header, before llama.cpp opens it."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from assistant.core.errors import EngineError
from assistant.core.models.info import ModelInfo, inspect_model
from tests.models import PHI3_CHAT_TEMPLATE, write_tiny_phi3


@pytest.fixture(scope="module")
def starter(starter_model: Path) -> ModelInfo:
    return inspect_model(starter_model)


@pytest.fixture(scope="module")
def phi3_4k_info(phi3_4k: Path) -> ModelInfo:
    return inspect_model(phi3_4k)


@pytest.fixture(scope="module")
def phi3_128k_info(phi3_128k: Path) -> ModelInfo:
    return inspect_model(phi3_128k)


def test_the_starter_model(starter: ModelInfo, starter_model: Path) -> None:
    assert starter.path == starter_model
    assert starter.size_bytes == starter_model.stat().st_size
    assert starter.architecture == "llama"
    assert starter.trained_context == 8192
    assert starter.variant == "8K"
    assert starter.original_context is None
    assert not starter.long_context
    assert 100e6 < starter.parameters < 200e6
    assert starter.quantization == "Q4_1"
    assert (starter.n_layer, starter.n_embd, starter.n_head, starter.n_head_kv) == (30, 576, 9, 3)


def test_the_starter_models_chat_format(starter: ModelInfo) -> None:
    assert starter.chat_template is not None
    assert "<|im_start|>" in starter.chat_template
    assert starter.bos_token == "<|im_start|>"
    assert starter.eos_token == "<|im_end|>"
    assert "<|im_end|>" in starter.end_of_turn_tokens
    assert "<|end|>" not in starter.end_of_turn_tokens


def test_the_phi3_4k_model(phi3_4k_info: ModelInfo) -> None:
    info = phi3_4k_info
    assert info.architecture == "phi3"
    assert info.name == "tiny-test-4k"
    assert info.trained_context == 4096
    assert info.variant == "4K"
    assert info.original_context is None
    assert not info.long_context
    assert (info.n_layer, info.n_embd, info.n_head, info.n_head_kv) == (2, 64, 4, 4)
    assert info.quantization == "F16"
    assert "<|end|>" in info.end_of_turn_tokens
    assert info.chat_template is not None
    assert "<|assistant|>" in info.chat_template


def test_the_phi3_128k_model(phi3_128k_info: ModelInfo) -> None:
    info = phi3_128k_info
    assert info.architecture == "phi3"
    assert info.trained_context == 131072
    assert info.variant == "128K"
    assert info.original_context == 4096
    assert info.long_context
    assert (info.n_layer, info.n_embd) == (2, 64)
    assert "<|end|>" in info.end_of_turn_tokens


def test_the_phi3_parameter_count_is_every_weight(
    phi3_4k_info: ModelInfo, phi3_128k_info: ModelInfo
) -> None:
    # The 128k variant adds two LongRoPE factor tensors of n_rot / 2 = 8 floats each.
    assert phi3_128k_info.parameters - phi3_4k_info.parameters == 2 * 8


@pytest.mark.parametrize("model", ["starter", "phi3_4k_info", "phi3_128k_info"])
def test_as_dict_is_json(model: str, request: pytest.FixtureRequest) -> None:
    info: ModelInfo = request.getfixturevalue(model)

    summary = info.as_dict()

    assert json.loads(json.dumps(summary)) == summary
    assert summary["path"] == str(info.path)
    assert summary["variant"] == info.variant
    assert summary["trained_context"] == info.trained_context
    assert summary["chat_template"] is True


def test_named_chat_templates_are_ignored(tmp_path: Path, starter_model: Path) -> None:
    path = write_tiny_phi3(tmp_path / "named.gguf", variant="4k", tokenizer_from=starter_model,
                           named_templates={"tool_use": "{{ 7 ** (7 ** 10) }}"})

    info = inspect_model(path)

    assert info.chat_template == PHI3_CHAT_TEMPLATE


def test_a_chat_template_too_large_to_read_is_refused(tmp_path: Path,
                                                      starter_model: Path) -> None:
    path = write_tiny_phi3(tmp_path / "huge.gguf", variant="4k", tokenizer_from=starter_model,
                           chat_template="{{ 'x' }}" * (300 * 1024))  # 2.6 MB
    start = time.monotonic()

    with pytest.raises(EngineError, match=r"chat template of huge\.gguf is too large"):
        inspect_model(path)

    assert time.monotonic() - start < 2


def test_a_model_file_replaced_in_place_is_read_again(tmp_path: Path, starter_model: Path) -> None:
    path = write_tiny_phi3(tmp_path / "model.gguf", variant="4k", tokenizer_from=starter_model)
    assert inspect_model(path).trained_context == 4096
    assert inspect_model(path) == inspect_model(path)

    replacement = write_tiny_phi3(tmp_path / "other.gguf", variant="128k",
                                  tokenizer_from=starter_model)
    replacement.replace(path)

    assert inspect_model(path).trained_context == 131072
    path.write_bytes(b"GGUF" + b"\0" * 60)
    with pytest.raises(EngineError):
        inspect_model(path)


def test_a_catalog_model_goes_by_its_catalog_name(starter: ModelInfo) -> None:
    # The picker, the status bar, a reply's author and the CLI all call it the same.
    assert starter.name == "SmolLM2-135M-Instruct (starter)"
    assert starter.header_name == "Smollm2 135M 8k Lc100K Mix1 Ep2"  # what the file says


def test_a_model_the_catalog_does_not_list_goes_by_the_name_in_its_file(
        phi3_4k_info: ModelInfo) -> None:
    assert phi3_4k_info.name == phi3_4k_info.header_name == "tiny-test-4k"
