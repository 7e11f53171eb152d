"""The ``pequeno`` command line, run as a user runs it: a separate process."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

# Escape sequences a hostile text may carry: clear the screen, set the window title, write the
# clipboard (OSC 52), and CSI as the one-byte C1 control.
CLEAR = "\x1b[2J"
TITLE = "\x1b]0;pwned\x07"
CLIPBOARD = "\x1b]52;c;cm0gLXJmIH4=\x07"
C1_CSI = "\x9b31m"
HOSTILE = f"{CLEAR}{TITLE}{CLIPBOARD}{C1_CSI}"
MODEL_NAME = f"\x1b]0;pwn\x07{CLEAR}"  # as long as the tiny model's own name
RAW_SEQUENCES = (b"\x1b[2J", b"\x1b]", b"\x07", b"\xc2\x9b")


def _pequeno(*args: str | Path, stdin: str | None = None,
             timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant", *map(str, args)], input=stdin,
                          capture_output=True, text=True, timeout=timeout, check=False)


def in_terminal(*args: str | Path, stdin: str = "", timeout: float = 120) -> tuple[int, bytes]:
    """Run ``pequeno`` with stdout and stderr on a pseudo-terminal: exit code, what it got."""
    main, secondary = os.openpty()
    try:
        process = subprocess.Popen([sys.executable, "-m", "assistant", *map(str, args)],
                                   stdin=subprocess.PIPE, stdout=secondary, stderr=secondary)
    finally:
        os.close(secondary)
    assert process.stdin is not None
    process.stdin.write(stdin.encode())
    process.stdin.close()
    received = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([main], [], [], 1.0)
            if not ready:
                continue
            try:
                chunk = os.read(main, 65536)
            except OSError:  # EIO: every writer has closed the terminal
                break
            if not chunk:
                break
            received += chunk
        code = process.wait(timeout=max(deadline - time.monotonic(), 1))
    finally:
        os.close(main)
        if process.poll() is None:
            process.kill()
    return code, bytes(received)


def assert_neutralised(screen: bytes) -> None:
    """No escape sequence of :data:`HOSTILE` reached the terminal raw; they show as text."""
    for raw in RAW_SEQUENCES:
        assert raw not in screen, (raw, screen)
    assert "\u241b]52;c;".encode() in screen, "the sequences are shown, not dropped"


def hostile_model(original: Path, folder: Path) -> Path:
    """A copy of a tiny GGUF whose ``general.name`` clears the screen and sets the title."""
    data = original.read_bytes()
    name = b"tiny-test-4k"
    hostile = MODEL_NAME.encode()
    assert data.count(name) == 1
    assert len(hostile) == len(name)  # the same length: the file stays valid
    path = folder / "hostile.gguf"
    path.write_bytes(data.replace(name, hostile))
    return path


def test_chat_streams_a_reply_and_prints_stats(starter_model: Path) -> None:
    result = _pequeno("chat", "What is the capital of France?", "--model", starter_model,
                      "--temperature", "0", "--max-tokens", "40", "--stats")

    assert result.returncode == 0, result.stderr
    assert "Paris" in result.stdout
    stats = json.loads(result.stderr.strip().splitlines()[-1])
    assert stats["prompt_tokens"] > 0
    assert 0 < stats["completion_tokens"] <= 40
    assert stats["time_to_first_token"] > 0
    assert stats["stop_reason"] in ("end_of_turn", "max_tokens")


def test_same_seed_gives_the_same_reply(starter_model: Path) -> None:
    args = ("chat", "Invent a name for a dog.", "--model", starter_model, "--seed", "42",
            "--temperature", "1.0", "--max-tokens", "20")
    first, second = _pequeno(*args), _pequeno(*args)

    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout
    assert first.stdout.strip()


def test_chat_session_keeps_the_conversation(starter_model: Path) -> None:
    result = _pequeno("chat", "--model", starter_model, "--temperature", "0",
                      "--max-tokens", "30", "--stats",
                      stdin="My name is Ana.\nWhat is my name?\n")

    assert result.returncode == 0, result.stderr
    assert result.stdout.count("> ") >= 2
    first, second = (json.loads(line) for line in result.stderr.splitlines()
                     if line.startswith("{"))
    # The second prompt carries the whole first exchange, read back from the KV cache.
    assert second["prompt_tokens"] > first["prompt_tokens"] + first["completion_tokens"]
    assert second["cached_prompt_tokens"] >= first["prompt_tokens"]


def test_ctrl_c_stops_the_reply_not_the_program(starter_model: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant", "chat", "--model", str(starter_model),
         "--max-tokens", "3000", "--temperature", "0.9", "--seed", "3", "--stats"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdin is not None
    assert process.stdout is not None
    try:
        process.stdin.write("Write a very long story about a dragon.\n")
        process.stdin.flush()
        received = ""
        while len(received) < 80:  # the reply is streaming
            received += process.stdout.read(1)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(input="Say OK.\n", timeout=120)
    finally:
        if process.poll() is None:
            process.kill()

    assert process.returncode == 0, err
    stats = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
    assert stats[0]["stop_reason"] == "cancelled"
    assert len(stats) == 2, "the program went on to answer the next prompt"
    assert stats[0]["completion_tokens"] < 3000
    saved = json.loads(_pequeno("history", "export", "--format", "json").stdout)
    replies = [m for m in saved["conversations"][0]["messages"] if m["role"] == "assistant"]
    assert [m["state"] for m in replies] == ["partial", "complete"]
    assert replies[0]["content"], "the text streamed before Ctrl+C is kept"


def test_models_info_reads_the_gguf(starter_model: Path) -> None:
    result = _pequeno("models", "info", starter_model, "--json")

    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["architecture"] == "llama"
    assert info["trained_context"] == 8192
    assert info["variant"] == "8K"
    assert info["chat_template"] is True


@pytest.mark.parametrize(("fixture", "variant"), [("phi3_4k", "4K"), ("phi3_128k", "128K")])
def test_models_info_names_the_phi3_variant(request: pytest.FixtureRequest, fixture: str,
                                            variant: str) -> None:
    result = _pequeno("models", "info", request.getfixturevalue(fixture))

    assert result.returncode == 0, result.stderr
    assert "phi3" in result.stdout
    assert f"({variant})" in result.stdout


def test_a_bad_model_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "model.gguf"
    bad.write_bytes(b"not a model at all")
    for args in (("models", "info", bad), ("chat", "hi", "--model", bad)):
        result = _pequeno(*args)
        assert result.returncode == 1
        assert "model.gguf is not a valid GGUF model file" in result.stderr
        assert "Traceback" not in result.stderr


def test_chat_without_any_model_explains_how_to_get_one(tmp_path: Path) -> None:
    result = _pequeno("--data-dir", tmp_path / "empty", "chat", "hi")

    assert result.returncode == 1
    assert "fetch-starter" in result.stderr


@pytest.mark.parametrize("args", [
    ("chat", "hi", "--max-tokens", "0"),
    ("chat", "hi", "--temperature", "hot"),
    ("chat", "hi", "--ctx", "8"),
    ("models",),
    ("frobnicate",),
])
def test_bad_arguments_exit_2_with_usage(args: tuple[str, ...]) -> None:
    result = _pequeno(*args)

    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr


def test_data_dir_keeps_everything_in_one_place(tmp_path: Path, starter_model: Path) -> None:
    home = tmp_path / "elsewhere"
    result = _pequeno("chat", "hi", "--model", starter_model, "--max-tokens", "4",
                      "--data-dir", home)

    assert result.returncode == 0, result.stderr
    assert (home / "logs" / "pequeno.log").is_file()
    assert not (Path(os.environ["PEQUENO_HOME"]) / "logs").exists()


def test_without_a_display_pequeno_opens_the_terminal_chat(tmp_path: Path,
                                                            starter_model: Path) -> None:
    home = tmp_path / "home"
    (home / "data" / "models").mkdir(parents=True)
    os.link(starter_model, home / "data" / "models" / starter_model.name)
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "assistant", "--data-dir", str(home)],
                            input="Say hello.\n", env=env, capture_output=True, text=True,
                            timeout=120, check=False)

    assert result.returncode == 0, result.stderr
    assert "No display found" in result.stderr
    assert result.stdout.startswith("> ")
    assert len(result.stdout.strip()) > 2, "the model answered"


def test_self_test_checks_every_part_of_an_installation(starter_model: Path) -> None:
    result = _pequeno("--self-test", "--model", starter_model)

    assert result.returncode == 0, result.stdout + result.stderr
    for check in ("libraries", "model file", "inference worker", "history store",
                  "language detector", "translations"):
        assert f"ok   {check}" in result.stdout
    assert "PASS: 6 of 6" in result.stdout


def test_self_test_fails_plainly_without_a_model(tmp_path: Path) -> None:
    result = _pequeno("--data-dir", tmp_path / "empty", "--self-test")

    assert result.returncode == 1
    assert "FAIL model" in result.stdout


def test_a_models_name_cannot_drive_the_terminal(tmp_path: Path, phi3_4k: Path) -> None:
    model = hostile_model(phi3_4k, tmp_path)

    code, screen = in_terminal("models", "info", model)
    piped = _pequeno("models", "info", model, "--json")

    assert code == 0, screen
    assert b"\x1b" not in screen
    assert b"\x07" not in screen
    assert "\u241b]0;pwn\u2407\u241b[2J".encode() in screen
    assert json.loads(piped.stdout)["name"] == MODEL_NAME, "a pipe gets the exact text"


def _crashing(*statements: str) -> subprocess.CompletedProcess[str]:
    """``pequeno history list`` with ``statements`` run in place of the history command."""
    body = "".join(f"    {statement}\n" for statement in statements)
    script = ("import sys\nimport assistant.cli\n"
              f"def broken(args, paths):\n{body}"
              "assistant.cli.history.run = broken\n"
              "sys.exit(assistant.cli.main(['history', 'list']))\n")
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False)


def test_an_unexpected_error_is_one_line_pointing_to_the_log(isolated_home: Path) -> None:
    result = _crashing("secret = 'my bank password'",
                       "raise RuntimeError(f'something broke near {secret}')")

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    log_file = isolated_home / "logs" / "pequeno.log"
    assert result.stderr == (f"pequeno: unexpected error (RuntimeError); details are in "
                             f"{log_file}\n")
    logged = log_file.read_text(encoding="utf-8")
    assert "RuntimeError" in logged
    assert "in broken" in logged, "the traceback is in the log"
    assert "my bank password" not in logged, "the exception's message is not"


def test_ctrl_c_outside_a_reply_exits_130_quietly() -> None:
    result = _crashing("raise KeyboardInterrupt")

    assert result.returncode == 130
    assert "Traceback" not in result.stderr
