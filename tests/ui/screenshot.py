"""Take a screenshot of the real window with a conversation in it (``make screenshot``).

Run under an X server (``make screenshot`` starts Xvfb). The history gets one conversation
whose reply shows Markdown with a code block, then the window asks the real starter model a
question live, waits for the reply, and saves a picture of the whole screen.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tests/ui/screenshot.py OUT.png
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from assistant.core.history.store import HistoryStore, Role
from assistant.core.llm.engine import Engine
from assistant.core.models import starter
from assistant.core.paths import AppPaths
from assistant.core.settings import Settings
from assistant.ui.mainwindow import MainWindow
from assistant.ui.translations import switch_language
from tests.models import cached_starter_model

REPLY = """Here are two ways to **reverse a list** in Python:

1. `reversed()` gives an iterator and leaves the list as it is.
2. Slicing with a step of `-1` makes a reversed copy.

```python
numbers = [1, 2, 3, 4]
backwards = list(reversed(numbers))
also_backwards = numbers[::-1]
print(backwards, also_backwards)  # [4, 3, 2, 1] [4, 3, 2, 1]
```

To reverse *in place*, call `numbers.reverse()`.
"""


REPLY_ZH = """在 Python 中**反转列表**有两种常用方法：

1. `reversed()` 返回一个迭代器，原列表保持不变。
2. 切片 `[::-1]` 生成一个反转后的副本。

```python
数字 = [1, 2, 3, 4]
print(list(reversed(数字)), 数字[::-1])  # [4, 3, 2, 1] [4, 3, 2, 1]
```
"""


def main(output: Path, language: str | None = None) -> None:
    """Seed a history, open the window, chat once, save a screenshot to ``output``."""
    home = Path(tempfile.mkdtemp(prefix="pequeno-screenshot-"))
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    paths = AppPaths.under(home).ensure()
    os.link(cached_starter_model(), starter.starter_path(paths.models))
    store, _ = HistoryStore.open_default(paths)
    chinese = bool(language and language.startswith("zh"))
    older = store.create_conversation(title="周末计划" if chinese else "Weekend plans")
    store.add_message(older.id, Role.USER, "Suggest a short hike near the coast.")
    store.add_message(older.id, Role.ASSISTANT, "Try the cliff path: about 5 km, mostly flat.")
    conversation = store.create_conversation(
        title="用 Python 反转列表" if chinese else "Reverse a list in Python")
    store.add_message(conversation.id, Role.USER,
                      "如何在 Python 中反转列表？" if chinese
                      else "How do I reverse a list in Python?")
    store.add_message(conversation.id, Role.ASSISTANT, REPLY_ZH if chinese else REPLY)

    app = QApplication([])
    switch_language(app, language)
    window = MainWindow(paths, Settings(max_tokens=60, temperature=0.0), store, Engine())
    window.resize(1200, 760)
    window.show()
    window.open_conversation(conversation.id)
    window.refresh_conversations()

    def ask() -> None:
        if window.loaded_model is None:
            QTimer.singleShot(100, ask)
            return
        window.send("Show a one-line Python hello world in a code block.")

    def shoot(_stats: object) -> None:
        def grab() -> None:
            screen = app.primaryScreen()
            picture = screen.grabWindow(0)
            picture.save(str(output))
            print(f"saved {output} ({picture.width()}x{picture.height()})")
            window.close()
            app.quit()
        QTimer.singleShot(500, grab)

    window.replyDone.connect(shoot)
    QTimer.singleShot(200, ask)
    QTimer.singleShot(120_000, app.quit)
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshot.png"),
         sys.argv[2] if len(sys.argv) > 2 else None)
