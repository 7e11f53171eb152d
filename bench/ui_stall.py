"""Measure whether the window stays smooth while a reply streams into a long conversation.

Opens a conversation of 1,000 messages (Markdown with code, as replies have) and streams a
reply into it at full speed, first from a fake engine that writes as fast as Python can (a
worst case far beyond any real model), then from the real starter model. A 1 ms timer on the
GUI thread records every event-loop tick; the longest gap between ticks while the reply
streams is how long the window was unresponsive (target under 16 ms: one frame at 60 Hz).
Also prints the time to open the conversation, until its visible rows are painted (target
under 200 ms).

With ``--model PATH`` (a Phi-3-mini-sized GGUF, say) it measures that model instead of the
fake and starter ones: the longest stall while the window loads it, and while its replies
stream; then the same timer with the window idle for as long as the replies took, the
machine's own floor (a VM's host takes the CPU away now and then).

    .venv/bin/python bench/ui_stall.py [--messages N] [--tokens N] [--repeat N] [--model PATH]
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from assistant.core.history.store import HistoryStore
from assistant.core.llm.engine import Engine
from assistant.core.llm.protocol import ChatEngine
from assistant.core.models import starter
from assistant.core.paths import AppPaths
from assistant.core.settings import Settings
from assistant.ui.app import settle_memory, share_the_interpreter
from assistant.ui.mainwindow import MainWindow
from tests.models import cached_starter_model
from tests.ui.fakes import FakeEngine

SAMPLE = """Here is how to do it:

```python
def total(values):
    return sum(v for v in values if v > 0)
```

- first point with `code`
- second point, **bold**
"""


def seed(store: HistoryStore, messages: int) -> int:
    """A conversation of ``messages`` alternating messages; return its id."""
    stamp = 1_700_000_000_000_000
    rows: list[dict[str, Any]] = [{"role": "user" if i % 2 == 0 else "assistant",
             "content": f"Question {i}?" if i % 2 == 0 else f"Answer {i}.\n\n{SAMPLE}",
             "created": stamp + i, "model": None, "stats": {}, "state": "complete"}
            for i in range(messages)]
    return store.restore({"uid": f"bench-{messages}", "title": "Long conversation",
                          "created": stamp, "updated": stamp + messages, "model": None,
                          "system_prompt": None, "settings": {}, "pinned": False}, rows)


def _ticking() -> tuple[QTimer, list[float]]:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    return timer, ticks


def _longest_gap(ticks: list[float], started: float, finished: float) -> float:
    inside = [started, *[t for t in ticks if started <= t <= finished], finished]
    return max(b - a for a, b in itertools.pairwise(inside))


def measure(app: QApplication, window: MainWindow, conversation: int,
            into_long: bool) -> dict[str, Any]:
    """Open the conversation, stream one reply (into it, or a new chat), return figures."""
    window.new_conversation()
    app.processEvents()
    start = time.perf_counter()
    window.open_conversation(conversation)
    window.chat_view.doItemsLayout()
    window.chat_view.viewport().repaint()
    opened = time.perf_counter() - start
    if not into_long:
        window.new_conversation()
        app.processEvents()

    timer, ticks = _ticking()
    done: list[Any] = []

    def finished_reply(stats: Any) -> None:
        # A plain function: PySide6 6.12 crashes (none_dealloc) delivering an object
        # argument to a bound built-in such as list.append.
        done.append(stats)

    window.replyDone.connect(finished_reply)
    # Wait in an event loop, not a processEvents() spin: a spinning GUI thread takes a core
    # from the model's threads (two cores here) and measures the spin, not the window.
    loop = QEventLoop()
    window.replyDone.connect(loop.quit)
    timer.start()
    started = time.perf_counter()
    window.send("Write a long answer with code, please.")
    if not done:
        loop.exec()
    window.replyDone.disconnect(loop.quit)
    finished = time.perf_counter()
    timer.stop()
    window.replyDone.disconnect(finished_reply)
    inside = [started, *[t for t in ticks if started <= t <= finished], finished]
    gaps = [(b - a, a - started) for a, b in itertools.pairwise(inside)]
    worst, at = max(gaps)
    stats = done[0]
    if stats is None:
        raise SystemExit(f"the reply failed: {window.error_banner.label.text()}")
    if os.environ.get("PEQUENO_BENCH_DEBUG"):
        print(f"  worst gap {worst * 1000:.1f} ms at {at * 1000:.0f} ms of "
              f"{(finished - started) * 1000:.0f} ms")
    return {"open": opened, "longest_gap": worst,
            "reply_time": finished - started, "ticks": len(inside),
            "tokens": stats.completion_tokens if stats else 0}


def idle_gap(seconds: float) -> float:
    """The longest gap of the same 1 ms timer with the window idle and no model working.

    The floor for every figure above: on a shared VM the host takes the CPU away now and
    then (here up to 60 ms in one 8-second window of an idle loop).
    """
    timer, ticks = _ticking()
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    timer.start()
    started = time.perf_counter()
    loop.exec()
    timer.stop()
    return _longest_gap(ticks, started, time.perf_counter())


def measure_load(window: MainWindow, model: Path) -> tuple[float, float]:
    """Load ``model`` in the window: (seconds, longest stall of the GUI thread meanwhile)."""
    loop = QEventLoop()
    window.worker.modelLoaded.connect(loop.quit)
    window.worker.modelLoadFailed.connect(loop.quit)
    timer, ticks = _ticking()
    timer.start()
    started = time.perf_counter()
    window.load_model(model)
    loop.exec()
    finished = time.perf_counter()
    timer.stop()
    if window.loaded_model is None or window.loaded_model.info.path != model:
        raise SystemExit(f"the model did not load: {window.error_banner.label.text()}")
    if os.environ.get("PEQUENO_BENCH_DEBUG"):
        inside = [started, *[t for t in ticks if started <= t <= finished], finished]
        gaps = sorted(((b - a) * 1000, (a - started) * 1000)
                      for a, b in itertools.pairwise(inside))[-5:]
        print("  load gaps (ms, at ms):", [(round(g, 1), round(at)) for g, at in gaps])
    return finished - started, _longest_gap(ticks, started, finished)


def run(engine: ChatEngine, label: str, paths: AppPaths, conversation: int, repeat: int,
        tokens: int, *, into_long: bool, model: Path | None = None) -> None:
    """Measure ``repeat`` times with ``engine`` and print the medians."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    store, _ = HistoryStore.open_default(paths)
    window = MainWindow(paths, Settings(max_tokens=tokens, temperature=0.7), store, engine)
    window.resize(1200, 800)
    window.show()
    while window.loaded_model is None:
        app.processEvents()
    settle_memory()  # as the app does once its window is up
    if model is not None:
        took, stall = measure_load(window, model)
        print(f"{label}: loading {model.name} ({model.stat().st_size / 2**30:.1f} GiB) took "
              f"{took:.1f} s, longest GUI stall meanwhile {stall * 1000:.1f} ms (target < 16)",
              flush=True)
    results = [measure(app, window, conversation, into_long) for _ in range(repeat)]
    idle = idle_gap(sum(r["reply_time"] for r in results)) if model is not None else None
    window.close()
    opened = statistics.median(r["open"] for r in results)
    gap = max(r["longest_gap"] for r in results)
    rate = statistics.median(r["tokens"] / r["reply_time"] for r in results)
    print(f"{label}: open {opened * 1000:.1f} ms (target < 200), longest GUI stall "
          f"{gap * 1000:.1f} ms over {repeat} replies (target < 16), "
          f"{rate:.0f} tokens/s streamed")
    if idle is not None:
        print(f"{label}: the idle window over as long: longest gap {idle * 1000:.1f} ms "
              "(this machine's floor)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--tokens", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", type=Path, help="measure this model's load and replies")
    parser.add_argument("--worker-nice", type=int, help="the worker's nice value (default: the "
                        "app's)")
    parser.add_argument("--switch-interval", type=float,
                        help="Python's thread switch interval in seconds (default: the app's)")
    args = parser.parse_args()
    share_the_interpreter()
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval)
    if args.worker_nice is not None:
        import assistant.ui.worker

        assistant.ui.worker.WORKER_NICE = args.worker_nice
    paths = AppPaths.under(Path(tempfile.mkdtemp(prefix="pequeno-ui-stall-"))).ensure()
    os.link(cached_starter_model(), starter.starter_path(paths.models))
    with HistoryStore.open_default(paths)[0] as store:
        conversation = seed(store, args.messages)
    if args.model is not None:
        run(Engine(), f"{args.model.name}, new chat", paths, conversation, args.repeat,
            args.tokens, into_long=False, model=args.model.resolve())
        return
    fake_reply = (SAMPLE + "More words follow here. ") * (args.tokens // 20)
    run(FakeEngine(reply=fake_reply, pieces=args.tokens * 4, delay=0.001, vary=True),
        "fake engine, 1,000 tokens/s into the long conversation", paths, conversation,
        args.repeat, args.tokens, into_long=True)
    # The starter model cannot read 1,000 messages in its 4K context (the window refuses
    # plainly until the context policy of a later version trims old turns), so it streams
    # into a new chat, after the long conversation was opened and left.
    run(Engine(), "starter model, new chat", paths, conversation, args.repeat, args.tokens,
        into_long=False)


if __name__ == "__main__":
    main()
