"""Bad model files and impossible requests give one clear error and never kill the process.

llama.cpp aborts the process on some malformed files; each case here would end the test run
if a file slipped past the engine's own checks.
"""

from __future__ import annotations

import random
from pathlib import Path

import gguf
import numpy as np
import pytest

from assistant.core.errors import EngineError
from assistant.core.llm.engine import ChatMessage, Engine, GenerationParams
from tests.models import write_tiny_phi3

EXPLOIT_TEMPLATES = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{% for m in messages %}{{ m.__class__.__mro__ }}{% endfor %}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ messages.append({'role': 'user', 'content': 'x'}) }}",
]


def _load_fails(path: Path, match: str, **kwargs: int) -> EngineError:
    engine = Engine()
    with pytest.raises(EngineError, match=match) as caught:
        engine.load(path, **kwargs)
    assert engine.info is None
    return caught.value


def test_missing_file(tmp_path: Path) -> None:
    _load_fails(tmp_path / "nope.gguf", "not found")


def test_a_folder_is_not_a_model(tmp_path: Path) -> None:
    _load_fails(tmp_path, "Not a model file")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.gguf"
    path.touch()
    _load_fails(path, "is empty")


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.gguf"
    path.write_bytes(random.Random(42).randbytes(1 << 16))
    _load_fails(path, "not a valid GGUF")


def test_random_bytes_behind_a_valid_magic(tmp_path: Path) -> None:
    path = tmp_path / "magic-noise.gguf"
    path.write_bytes(b"GGUF" + random.Random(7).randbytes(1 << 16))
    _load_fails(path, "not a valid GGUF|incomplete")


@pytest.mark.parametrize("keep", [0.5, 0.99])
def test_truncated_model(tmp_path: Path, starter_model: Path, keep: float) -> None:
    data = starter_model.read_bytes()
    path = tmp_path / "truncated.gguf"
    path.write_bytes(data[: int(len(data) * keep)])
    _load_fails(path, "incomplete")


def test_truncated_inside_the_header(tmp_path: Path, starter_model: Path) -> None:
    path = tmp_path / "header.gguf"
    with starter_model.open("rb") as source:
        path.write_bytes(source.read(4096))
    _load_fails(path, "incomplete")


@pytest.mark.parametrize("template", EXPLOIT_TEMPLATES)
def test_chat_template_that_tries_to_run_code(tmp_path: Path, starter_model: Path,
                                              template: str) -> None:
    path = write_tiny_phi3(tmp_path / "evil.gguf", variant="4k", tokenizer_from=starter_model,
                           chat_template=template)
    _load_fails(path, "chat template is invalid or unsafe")


def test_unsupported_architecture(tmp_path: Path) -> None:
    path = tmp_path / "alien.gguf"
    writer = gguf.GGUFWriter(path, arch="alien-net")
    writer.add_context_length(2048)
    writer.add_tensor("token_embd.weight", np.zeros((8, 16), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    _load_fails(path, "cannot run")


def test_context_too_large_for_memory(starter_model: Path) -> None:
    error = _load_fails(starter_model, "Not enough memory", n_ctx=1 << 24)
    assert "16777216" in error.message


def test_the_engine_still_works_after_bad_files(tmp_path: Path, starter_model: Path) -> None:
    engine = Engine()
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGUF\x03\x00\x00\x00" + b"\xff" * 64)
    with pytest.raises(EngineError):
        engine.load(bad)
    engine.load(starter_model, n_ctx=256)
    try:
        stream = engine.chat([ChatMessage("user", "Hi")], GenerationParams(max_tokens=4))
        stream.text()
        assert stream.stats is not None
        assert stream.stats.completion_tokens > 0
    finally:
        engine.unload()
