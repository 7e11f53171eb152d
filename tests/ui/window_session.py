"""A whole window session in one process, for tests that watch it from outside (strace).

Opens the window on the history under ``PEQUENO_HOME`` with the starter model, sends one
message and waits for the reply, searches the sidebar, opens the conversation again, and
closes. Exits 0 when the reply arrived.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/window_session.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from assistant.core.history.store import HistoryStore
from assistant.core.llm.engine import Engine
from assistant.core.paths import resolve_paths
from assistant.core.settings import Settings
from assistant.ui.mainwindow import MainWindow

TIMEOUT_MS = 120_000


def main() -> int:
    """Run the session; return the exit code."""
    app = QApplication([])
    paths = resolve_paths(None).ensure()
    store, notice = HistoryStore.open_default(paths)
    window = MainWindow(paths, Settings(max_tokens=16, temperature=0.0), store, Engine(),
                        key_notice=notice)
    window.show()
    replies: list[object] = []

    def loaded() -> None:
        if window.loaded_model is None:
            QTimer.singleShot(50, loaded)
            return
        window.send("Say hello.")

    def done(stats: object) -> None:
        replies.append(stats)
        window.search.setText("hello")
        conversation = window.conversation
        window.new_conversation()
        if conversation is not None:
            window.open_conversation(conversation.id)
        app.quit()

    window.replyDone.connect(done)
    QTimer.singleShot(0, loaded)
    QTimer.singleShot(TIMEOUT_MS, app.quit)
    app.exec()
    window.close()
    return 0 if replies and replies[0] is not None else 1


if __name__ == "__main__":
    sys.exit(main())
