"""llama.cpp's own log lines: in our log file, without paths, never on a terminal."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from assistant.core.llm import loading


def test_llama_cpp_warnings_reach_the_log(starter_model: Path,
                                          caplog: pytest.LogCaptureFixture) -> None:
    import llama_cpp

    loading.route_llama_logs()
    caplog.set_level(logging.WARNING, logger="assistant.llama_cpp")
    # A context beyond what the model was trained on makes llama.cpp warn.
    llm = llama_cpp.Llama(model_path=str(starter_model), n_ctx=16384, n_batch=64,
                          verbose=False)
    llm.close()

    warnings = [r.getMessage() for r in caplog.records if r.name == "assistant.llama_cpp"]
    assert any("n_ctx_train" in message for message in warnings), warnings


def test_paths_in_llama_cpp_lines_are_blanked(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="assistant.llama_cpp")

    loading._llama_logged(3, b"failed to open /home/ana/private/model.gguf\n", None)
    loading._llama_logged(2, b"an info line that is not kept\n", None)
    loading._llama_logged(5, b"C:\\Users\\ana\\x.gguf goes on\n", None)  # continues info

    assert [r.getMessage() for r in caplog.records] == ["failed to open <path>"]


def test_a_chat_prints_no_llama_cpp_lines_on_the_terminal(
        starter_model: Path, capfd: pytest.CaptureFixture[str]) -> None:
    from assistant.core.llm.engine import Engine
    from assistant.core.llm.messages import ChatMessage, GenerationParams

    engine = Engine()
    engine.load(starter_model)
    params = GenerationParams(temperature=0.0, max_tokens=8)
    for prompt in ("Hello.", "Something else entirely, to rewind the cache."):
        "".join(engine.chat([ChatMessage("user", prompt)], params))
    engine.unload()

    assert capfd.readouterr().err == ""
