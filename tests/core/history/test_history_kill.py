"""Kill a process mid-reply, again and again: the history survives every time.

A child streams replies from the real starter model into the store and is killed with SIGKILL
at a random moment, ``PEQUENO_KILL_ROUNDS`` times (50 by default). After each kill the database
must open, pass ``PRAGMA integrity_check``, hold every user message the child had committed,
and mark every reply that was cut off as ``partial``.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant.core.history.store import HistoryStore, MessageState, Role

ROUNDS = int(os.environ.get("PEQUENO_KILL_ROUNDS", "50"))
KEY = "5e" * 32
ROOT = Path(__file__).resolve().parents[3]


def _run_and_kill(database: Path, model: Path, delay: float) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.core.history.history_child", str(database), KEY, str(model)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line.strip())
            ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert ready.wait(timeout=60), "the child never started"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
        reader.join(timeout=30)
        child.stdout.close()
    return lines


@pytest.mark.slow
def test_history_survives_sigkill_mid_reply(tmp_path: Path, starter_model: Path) -> None:
    database = tmp_path / "history.db"
    rng = random.Random(2026)
    committed_users: set[int] = set()
    completed_replies: set[int] = set()
    cut_replies = 0

    for _ in range(ROUNDS):
        lines = _run_and_kill(database, starter_model, rng.uniform(0.05, 2.5))
        committed_users |= {int(line[2:]) for line in lines if line.startswith("U ")}
        completed_replies |= {int(line[2:]) for line in lines if line.startswith("A ")}

        with HistoryStore.open(database, KEY) as store:
            assert store.integrity_check() == "ok"
            messages = {m.id: m for c in store.iter_conversations() for m in store.messages(c.id)}
        users = {i for i, m in messages.items() if m.role is Role.USER}
        assert committed_users <= users, "a committed user message was lost"
        for message_id in completed_replies:
            assert messages[message_id].state is MessageState.COMPLETE
        unfinished = [m for i, m in messages.items()
                      if m.role is Role.ASSISTANT and i not in completed_replies]
        # Every reply that was cut off is marked so; at most the last one of the round may
        # have been completed just before the kill, before the child could say so.
        latest = max(messages)
        for message in unfinished:
            assert message.state is MessageState.PARTIAL or message.id == latest
        cut_replies = sum(m.state is MessageState.PARTIAL for m in unfinished)

    assert committed_users, "no user message was ever committed"
    assert cut_replies > 0, "no kill ever landed mid-reply"
