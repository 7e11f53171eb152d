"""Bad model files and impossible requests give one clear error and never kill the process.

llama.cpp aborts the process on some malformed files; each case here would end the test run
if a file slipped past the engine's own checks.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import gguf
import numpy as np
import pytest

from assistant.core.errors import EngineError
from assistant.core.llm.engine import Engine
from assistant.core.llm.messages import ChatMessage, GenerationParams
from tests.models import PHI3_CHAT_TEMPLATE, write_tiny_phi3

ROOT = Path(__file__).resolve().parents[3]

EXPLOIT_TEMPLATES = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{% for m in messages %}{{ m.__class__.__mro__ }}{% endfor %}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ messages.append({'role': 'user', 'content': 'x'}) }}",
]


def _load_fails(path: Path, match: str, **kwargs: Any) -> EngineError:
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


# --- templates that would hang or exhaust memory while the model loads ----------------------

# Loads run in a child process under a 2 GiB address-space cap: a hang fails its own test
# (the child is killed) instead of wedging the run, and a runaway allocation fails fast.
_LOAD = """
import json, sys, time
try:
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
except ImportError:
    pass
from pathlib import Path
from jinja2.exceptions import SecurityError
from assistant.core.errors import EngineError
from assistant.core.llm.engine import Engine
from assistant.core.llm.messages import ChatMessage, GenerationParams

engine = Engine()
start = time.monotonic()
try:
    engine.load(Path(sys.argv[1]), n_ctx=256)
except EngineError as exc:
    outcome = {"error": exc.message, "by_limits": isinstance(exc.__cause__, SecurityError),
               "cause": type(exc.__cause__).__name__}
else:
    stream = engine.chat([ChatMessage("user", "Hi")], GenerationParams(max_tokens=2))
    stream.text()
    outcome = {"error": None, "template": engine.info.chat_template,
               "reply_tokens": stream.stats.completion_tokens}
outcome["seconds"] = time.monotonic() - start
print(json.dumps(outcome))
"""


def _load_in_child(path: Path, timeout: float = 60) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        done = subprocess.run([sys.executable, "-c", _LOAD, str(path)], capture_output=True,
                              text=True, timeout=timeout, cwd=ROOT, env=env, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"loading the model still ran after {timeout} s")
    assert done.returncode == 0, done.stderr[-2000:]
    outcome: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return outcome


UNBOUNDED_TEMPLATES = {
    "nested-range-loops": (
        "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"
    ),
    "lipsum": "{{ lipsum(1000000) }}",
    "power-tower": "{{ 7 ** (7 ** 10) }}",
    "string-times-3e9": "{{ 'x' * 3000000000 }}",
    "source-of-140000-characters": "{% for m in messages %}{{ m['content'] }}{% endfor %}"
    + "{{ '' }}" * 17500,
}


@pytest.mark.parametrize("template", UNBOUNDED_TEMPLATES.values(), ids=UNBOUNDED_TEMPLATES.keys())
def test_a_template_without_bounds_is_refused_quickly(tmp_path: Path, starter_model: Path,
                                                       template: str) -> None:
    path = write_tiny_phi3(tmp_path / "unbounded.gguf", variant="4k", tokenizer_from=starter_model,
                           chat_template=template)

    outcome = _load_in_child(path)

    assert outcome["error"] is not None, "the model was loaded"
    assert "chat template is invalid or unsafe" in outcome["error"]
    assert outcome["seconds"] < 3
    if "lipsum" not in template:  # lipsum is simply not there (undefined)
        assert outcome["by_limits"], f"refused by {outcome['cause']}, not by the limits"


def test_a_template_too_large_to_read_is_refused_before_anything_runs(
        tmp_path: Path, starter_model: Path) -> None:
    path = write_tiny_phi3(tmp_path / "huge.gguf", variant="4k", tokenizer_from=starter_model,
                           chat_template="{{ 'x' }}" * (300 * 1024))  # 2.6 MB

    outcome = _load_in_child(path)

    assert outcome["error"] is not None, "the model was loaded"
    assert "chat template" in outcome["error"]
    assert outcome["seconds"] < 3


def test_named_templates_in_the_file_are_never_compiled(tmp_path: Path,
                                                        starter_model: Path) -> None:
    # llama-cpp-python used to compile every tokenizer.chat_template.<name> while loading.
    path = write_tiny_phi3(
        tmp_path / "named.gguf", variant="4k", tokenizer_from=starter_model,
        named_templates={"evil": "{{ 7 ** (7 ** 10) }}", "tool_use": "{{ 'x' * 3000000000 }}",
                         "rag": "{% for a in range(100000) %}{% for b in range(100000) %}"
                                "{% endfor %}{% endfor %}"})

    outcome = _load_in_child(path)

    assert outcome["error"] is None, outcome["error"]
    assert outcome["template"] == PHI3_CHAT_TEMPLATE  # the default one, and only it
    assert outcome["reply_tokens"] > 0
    assert outcome["seconds"] < 10
