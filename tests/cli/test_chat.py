"""``pequeno chat`` on the conversation service: the context policy, history and failures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from assistant.core.conversation.own_settings import SETTINGS_KEY, ConversationSettings
from assistant.core.history.store import HistoryStore, MessageState, Role, auto_title
from assistant.core.paths import resolve_paths
from tests.cli.test_main import hostile_model, in_terminal
from tests.conversations import long_conversation, store_conversation

SYSTEM = "You are a helpful assistant."


def _pequeno(*args: str | Path, stdin: str | None = None,
             timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant", *map(str, args)], input=stdin,
                          capture_output=True, text=True, timeout=timeout, check=False)


def _store() -> HistoryStore:
    store, _ = HistoryStore.open_default(resolve_paths(None).ensure())
    return store


def test_a_two_thousand_turn_conversation_is_continued_within_the_context(
        starter_model: Path) -> None:
    turns = long_conversation(2000)
    with _store() as store:
        conversation_id = store_conversation(store, turns[:-1], system=SYSTEM)

    result = _pequeno("chat", "--conversation", str(conversation_id), turns[-1].content,
                      "--model", starter_model, "--context", "2048", "--max-tokens", "24",
                      "--temperature", "0")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip(), "the model answered"
    assert "Older messages outside the model's memory:" in result.stderr
    with _store() as store:
        messages = store.messages(conversation_id)
    assert len(messages) == 4002
    assert messages[-2].role is Role.USER
    assert messages[-2].content == turns[-1].content
    assert messages[-1].role is Role.ASSISTANT
    assert messages[-1].state is MessageState.COMPLETE
    assert messages[-1].content.strip() == result.stdout.strip()


def test_retrying_a_conversation_does_not_pile_up_failed_replies(starter_model: Path) -> None:
    turns = long_conversation(300)
    with _store() as store:
        conversation_id = store_conversation(store, turns[:-1])

    for _ in range(2):
        result = _pequeno("chat", "--conversation", str(conversation_id), "And then?",
                          "--model", starter_model, "--ctx", "1024", "--max-tokens", "8")
        assert result.returncode == 0, result.stderr

    with _store() as store:
        states = [m.state for m in store.messages(conversation_id)]
    assert MessageState.ERROR not in states


def test_the_interactive_chat_survives_a_failed_turn(starter_model: Path) -> None:
    too_long = "The depot report lists many numbers. " * 300
    result = _pequeno("chat", "--model", starter_model, "--context", "512", "--max-tokens",
                      "16", "--temperature", "0",
                      stdin=f"{too_long}\nWhat is the capital of France?\n")

    assert result.returncode == 0, result.stderr
    assert "pequeno: error:" in result.stderr
    assert "too long" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.count("> ") >= 3, "the session asked for more after the failure"
    with _store() as store:
        conversation = store.list_conversations()[0]
        messages = store.messages(conversation.id)
    assert [m.role for m in messages] == [Role.USER, Role.USER, Role.ASSISTANT]
    assert messages[-1].content.strip()
    assert messages[-1].state is MessageState.COMPLETE


def test_an_unsaved_chat_leaves_no_history(starter_model: Path) -> None:
    result = _pequeno("chat", "--no-history", "Say hello.", "--model", starter_model,
                      "--max-tokens", "8")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    with _store() as store:
        assert store.count_conversations() == 0


def test_model_and_context_options_read_the_same_across_commands(starter_model: Path,
                                                                 tmp_path: Path) -> None:
    document = tmp_path / "note.txt"
    document.write_text("The depot in Porto opens on Monday. " * 5, encoding="utf-8")
    for args in (("chat", "hi", "--no-history", "--max-tokens", "4"),
                 ("summarize", document)):
        result = _pequeno(*args, "--model", starter_model, "--context", "1024")
        assert result.returncode == 0, (args, result.stderr)
        assert result.stdout.strip()


def test_a_models_name_cannot_drive_the_terminal_in_a_chat(tmp_path: Path,
                                                          phi3_4k: Path) -> None:
    model = hostile_model(phi3_4k, tmp_path)

    code, screen = in_terminal("chat", "--model", model, "--max-tokens", "4", "--no-history",
                               stdin="Hello\n")

    assert code == 0, screen
    assert b"Chatting with \xe2\x90\x9b]0;pwn" in screen  # ESC shown as U+241B
    assert b"\x1b" not in screen
    assert b"\x07" not in screen


def test_the_chat_says_when_the_context_grows(starter_model: Path) -> None:
    result = _pequeno("chat", "What is the capital of France?", "--model", starter_model,
                      "--max-tokens", "6000", "--temperature", "0", "--no-history")

    assert result.returncode == 0, result.stderr
    assert "Paris" in result.stdout
    assert "Enlarging the model's context to 8192 tokens" in result.stderr


def test_a_chat_killed_mid_reply_keeps_its_title_and_question(starter_model: Path) -> None:
    question = "Write a very long story about a lighthouse keeper and his cat."
    chat = subprocess.Popen([sys.executable, "-m", "assistant", "chat", question, "--model",
                             str(starter_model), "--max-tokens", "2000", "--temperature", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert chat.stdout is not None
    chat.stdout.read(1)  # the reply has begun
    chat.kill()
    chat.wait(timeout=30)

    with _store() as store:
        conversations = store.list_conversations()
        assert [c.title for c in conversations] == [auto_title(question)]
        messages = store.messages(conversations[0].id)
    assert messages[0].role is Role.USER
    assert messages[0].content == question


def test_a_conversations_own_reply_length_holds_in_the_chat_too(starter_model: Path) -> None:
    with _store() as store:
        conversation_id = store_conversation(store, long_conversation(4)[:-1])
        store.update_settings(conversation_id, **{SETTINGS_KEY: ConversationSettings(
            temperature=0.0, max_tokens=16).as_settings()})

    own = _pequeno("chat", "--conversation", str(conversation_id), "--stats",
                   "Write a long story about the sea.", "--model", starter_model)
    flagged = _pequeno("chat", "--conversation", str(conversation_id), "--stats",
                       "Write a long story about the sea.", "--model", starter_model,
                       "--max-tokens", "24")

    assert own.returncode == 0, own.stderr
    stats = json.loads(own.stderr.strip().splitlines()[-1])
    assert stats["completion_tokens"] == 16
    assert stats["stop_reason"] == "max_tokens"
    assert json.loads(flagged.stderr.strip().splitlines()[-1])["completion_tokens"] == 24


def test_a_looping_reply_is_stopped_and_the_chat_says_why(starter_model: Path) -> None:
    result = _pequeno("chat", "--no-history", "请列出中国的城市。", "--model", starter_model,
                      "--system", "", "--temperature", "0", "--max-tokens", "600", "--stats")

    assert result.returncode == 0, result.stderr
    assert "The reply was stopped because it kept repeating itself." in result.stderr
    assert "llama_context" not in result.stderr  # llama.cpp's lines go to the log file
    assert json.loads(result.stderr.strip().splitlines()[-1])["stop_reason"] == "repeating"
