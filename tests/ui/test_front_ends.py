"""The window and the command line run the same chat turn: same conversation, same prompt.

Both front ends go through the core's conversation service; these tests check what reaches
the real starter model from each, and that the window finds the same default model as the CLI.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Sequence
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from assistant import cli
from assistant.core.history.store import HistoryStore, Role
from assistant.core.llm.engine import Engine, ReplyStream
from assistant.core.llm.messages import ChatMessage, GenerationParams
from assistant.core.models import starter
from assistant.core.paths import AppPaths
from assistant.core.settings import Settings, save_settings
from tests.conversations import long_conversation, store_conversation
from tests.ui.conftest import WindowFactory

SETTINGS = Settings(max_tokens=24, temperature=0.0, context_size=2048,
                    system_prompt="You answer briefly.")


class PromptSpy:
    """Records the messages every real engine is asked to answer (and lets it answer)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.prompts: list[tuple[ChatMessage, ...]] = []
        original = Engine.chat

        def chat(engine: Engine, messages: Sequence[ChatMessage],
                 params: GenerationParams | None = None, *,
                 cancel: threading.Event | None = None, keep_warm: bool = True) -> ReplyStream:
            self.prompts.append(tuple(messages))
            return original(engine, messages, params, cancel=cancel, keep_warm=keep_warm)

        monkeypatch.setattr(Engine, "chat", chat)


def test_the_window_and_the_cli_send_the_same_prompt_for_a_long_conversation(
        qtbot: QtBot, make_window: WindowFactory, app_paths: AppPaths,
        monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(SETTINGS, app_paths.settings_file)
    turns = long_conversation(2000)
    store, _ = HistoryStore.open_default(app_paths)
    with store:
        store.set_default_system_prompt(SETTINGS.system_prompt)
        conversation_id = store_conversation(store, turns[:-1])
    spy = PromptSpy(monkeypatch)
    question = turns[-1].content

    window = make_window(settings=SETTINGS)
    window.open_conversation(conversation_id)
    with qtbot.waitSignal(window.replyDone, timeout=120_000):
        window.send(question)
    assert len(spy.prompts) == 1
    from_window = spy.prompts[0]
    assert window.store is not None
    stored = window.store.messages(conversation_id)
    assert stored[-2].role is Role.USER
    assert stored[-2].content == question
    window.store.delete_from(stored[-2].id)  # the same conversation again, for the CLI

    monkeypatch.setattr(sys, "argv", ["pequeno"])
    code = cli.main(["--data-dir", str(app_paths.data.parent), "chat", "--conversation",
                     str(conversation_id), question])

    assert code == 0
    assert len(spy.prompts) == 2
    from_cli = spy.prompts[1]
    assert from_cli == from_window
    assert from_window[0] == ChatMessage("system", SETTINGS.system_prompt)
    assert from_window[-1] == ChatMessage("user", question)
    assert len(from_window) < 200, "the context policy left the oldest turns out"


def test_a_bundle_carrying_only_the_starter_model_loads_it(
        qtbot: QtBot, make_window: WindowFactory, app_paths: AppPaths, starter_model: Path,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    starter.starter_path(app_paths.models).unlink()  # nothing downloaded: only the bundle's
    bundle = tmp_path / "bundle"
    (bundle / "models").mkdir(parents=True)
    bundled = bundle / "models" / starter.FILE_NAME
    bundled.symlink_to(starter_model)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)

    window = make_window()

    loaded = window.loaded_model
    assert loaded is not None
    assert loaded.info.path == bundled
    assert window.hint.isVisible(), "the starter model's hint is shown"
    assert not window.error_banner.isVisible()
