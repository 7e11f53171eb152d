"""Take the app's screenshots: the window in English and Chinese, light and dark, and dialogs.

No model runs: the window chats through the tests' :class:`FakeEngine` (which reports the
starter model's real metadata, read from the file's header, so the status bar names it), and
the history is seeded in a temporary home with conversations in every date group of the
sidebar. Run under an X server:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tests/ui/screenshots.py OUT_DIR

It writes ``main-{light,dark}-{en,zh}.png``, ``models-cards.png`` and ``first-run.png``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import platformdirs
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QEventLoop, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from assistant.core.history.store import HistoryStore
from assistant.core.llm.loading import LoadProgress
from assistant.core.llm.messages import ReplyStats, StopReason
from assistant.core.models import catalog, starter
from assistant.core.models.info import ModelInfo, inspect_model
from assistant.core.models.store import ModelStore
from assistant.core.paths import AppPaths
from assistant.core.settings import Settings
from assistant.ui.firstrun import RECOMMENDED, FirstRunDialog
from assistant.ui.mainwindow import MainWindow
from assistant.ui.modelsdialog import ModelsDialog
from assistant.ui.translations import switch_language
from tests.models import MODEL_CACHE_ENV, cached_starter_model
from tests.ui.fakes import FakeEngine
from tests.ui.screenshot import REPLY, REPLY_ZH

WIDTH, HEIGHT = 1280, 800
ROOT = Path(__file__).resolve().parents[2]
_fresh: list[tuple[QTranslator, bytes]] = []  # Qt reads a catalogue's bytes in place
_homes: list[Path] = []  # the temporary homes, removed at the end


class HeaderEngine(FakeEngine):
    """The fake engine, reporting the metadata of the file it is asked to load.

    Only the file's header is read (no weights, no inference), so the window names the real
    model while every reply comes from the fake.
    """

    def load(self, path: Path, *, n_ctx: int | None = None, n_threads: int | None = None,
             n_gpu_layers: int = 0, progress: LoadProgress | None = None,
             repack: bool = False) -> ModelInfo:
        super().load(path, n_ctx=n_ctx, n_threads=n_threads, n_gpu_layers=n_gpu_layers,
                     progress=progress, repack=repack)
        self._info = inspect_model(path)
        return self._info


@dataclass(frozen=True)
class Texts:
    """A language's conversation titles and messages."""

    pinned: tuple[str, str, str]  # title, question, answer
    today: tuple[str, str, str]  # the open conversation
    earlier_today: tuple[str, str, str]
    yesterday: tuple[str, str, str]
    three_days: tuple[str, str, str]
    forty_days: tuple[str, str, str]


ENGLISH = Texts(
    pinned=("Packing list for the trip", "What should I pack for three days in Lisbon?",
            "Light layers, comfortable shoes, a rain jacket and a power adapter."),
    today=("Reverse a list in Python", "How do I reverse a list in Python?", REPLY),
    earlier_today=("Email to the landlord", "Help me ask politely about the heating.",
                   "Here is a short, polite draft you can adapt."),
    yesterday=("Weekend plans", "Suggest a short hike near the coast.",
               "Try the cliff path: about 5 km, mostly flat."),
    three_days=("Summary: quarterly report", "Summarize the main points.",
                "Sales grew 8 %, costs stayed flat, and two new stores opened."),
    forty_days=("Bread recipe", "A simple no-knead bread recipe?",
                "Mix flour, water, salt and yeast; rest overnight; bake at 230 °C."),
)

CHINESE = Texts(
    pinned=("旅行打包清单", "去里斯本三天要带些什么？",
            "轻便的分层衣物、舒适的鞋子、雨衣和电源转换插头。"),
    today=("用 Python 反转列表", "如何在 Python 中反转列表？", REPLY_ZH),
    earlier_today=("给房东的邮件", "帮我礼貌地询问暖气的问题。",
                   "这是一份简短而礼貌的草稿，你可以修改后使用。"),
    yesterday=("周末计划", "推荐一条海边的短途徒步路线。",
               "试试悬崖步道：大约 5 公里，大部分路段平坦。"),
    three_days=("摘要：季度报告", "总结一下要点。", "销售额增长 8%，成本持平，新开了两家门店。"),
    forty_days=("面包食谱", "有简单的免揉面包食谱吗？",
                "将面粉、水、盐和酵母混合，静置一夜，以 230 °C 烘烤。"),
)


def settle(milliseconds: int = 400) -> None:
    """Run the event loop for a while: layouts, delayed item layouts and repaints happen."""
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < milliseconds:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    loop = QEventLoop()
    QTimer.singleShot(50, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], timeout_ms: int = 20_000) -> None:
    """Process events until ``condition`` holds."""
    timer = QElapsedTimer()
    timer.start()
    while not condition():
        if timer.elapsed() > timeout_ms:
            raise TimeoutError("the window did not get ready in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def save(widget: QWidget, path: Path) -> None:
    """Render ``widget`` (after the event loop has settled) into the PNG ``path``."""
    settle()
    picture = widget.grab()
    if not picture.save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"saved {path} ({picture.width()}x{picture.height()})")


def starter_model() -> Path:
    """The starter model from the tests' cache (fetched only if it is not there yet)."""
    override = os.environ.get(MODEL_CACHE_ENV)
    cache = Path(override) if override else Path(platformdirs.user_cache_dir("pequeno-tests"))
    cached = starter.starter_path(cache)
    return cached if cached.is_file() else cached_starter_model()


def use_language(app: QApplication, language: str) -> None:
    """Switch to ``language``, with its catalogue compiled afresh from ``i18n/*.ts``.

    The compiled catalogues in ``assistant/i18n`` are build products (``make``) and may be
    older than the sources; the fresh one is installed on top of them, so the pictures show
    the current translations. Without ``pyside6-lrelease`` the installed ones are used.
    """
    while _fresh:
        app.removeTranslator(_fresh.pop()[0])
    switch_language(app, language)
    source = ROOT / "i18n" / f"pequeno_{language}.ts"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not source.is_file() or not lrelease.is_file():
        return
    with tempfile.TemporaryDirectory() as folder:
        compiled = Path(folder) / source.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)],
                       check=True)
        data = compiled.read_bytes()
    translator = QTranslator()
    if translator.load(data):
        _fresh.append((translator, data))
        app.installTranslator(translator)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def new_home() -> AppPaths:
    """Fresh app folders in a temporary directory, with the starter model linked in."""
    home = Path(tempfile.mkdtemp(prefix="pequeno-screenshots-"))
    _homes.append(home)
    paths = AppPaths.under(home).ensure()
    source, target = starter_model(), starter.starter_path(paths.models)
    try:
        os.link(source, target)
    except OSError:
        target.symlink_to(source)
    return paths


def stamp(moment: datetime) -> int:
    """``moment`` (local time) as the history stores times: microseconds since the epoch."""
    return int(moment.timestamp() * 1_000_000)


def add(store: HistoryStore, texts: tuple[str, str, str], updated: datetime, model: str, *,
        pinned: bool = False, stats: ReplyStats | None = None) -> int:
    """A conversation of one question and its answer, last updated at ``updated``.

    Put in the way an import does (``HistoryStore.restore``), which keeps the given times.
    """
    title, question, answer = texts
    asked, answered = stamp(updated - timedelta(seconds=20)), stamp(updated)
    messages: list[dict[str, Any]] = [
        {"role": "user", "content": question, "created": asked, "model": None, "stats": {},
         "state": "complete"},
        {"role": "assistant", "content": answer, "created": answered, "model": model,
         "stats": stats.as_dict() if stats is not None else {}, "state": "complete"},
    ]
    return store.restore({"uid": uuid.uuid4().hex, "title": title, "created": asked,
                          "updated": answered, "model": None, "system_prompt": None,
                          "settings": {}, "pinned": pinned}, messages)


def seed(store: HistoryStore, texts: Texts, model: str) -> int:
    """Conversations in every date group; returns the one to open (updated just now)."""
    now = datetime.now()
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    add(store, texts.forty_days, now - timedelta(days=40), model)
    add(store, texts.three_days, now - timedelta(days=3), model)
    add(store, texts.yesterday, now - timedelta(days=1), model)
    add(store, texts.pinned, now - timedelta(days=12), model, pinned=True)
    add(store, texts.earlier_today, max(midnight, now - timedelta(hours=2)), model)
    figures = ReplyStats(prompt_tokens=38, cached_prompt_tokens=0, completion_tokens=142,
                         time_to_first_token=0.21, tokens_per_second=41.7, total_time=3.6,
                         stop_reason=StopReason.END_OF_TURN)
    return add(store, texts.today, max(midnight, now - timedelta(minutes=3)), model,
               stats=figures)


def open_window(language: str, appearance: str) -> MainWindow:
    """The real window in ``language`` and ``appearance``, a conversation open, details shown."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    use_language(app, language)
    paths = new_home()
    model = inspect_model(starter.starter_path(paths.models)).name
    store, _ = HistoryStore.open_default(paths)
    conversation = seed(store, CHINESE if language.startswith("zh") else ENGLISH, model)
    window = MainWindow(paths, Settings(appearance=appearance, language=language), store,
                        HeaderEngine())
    window.resize(WIDTH, HEIGHT)
    window.move(0, 0)
    window.show()
    wait_until(lambda: window.loaded_model is not None)
    window.open_conversation(conversation)
    window.refresh_conversations()
    reply = window.chat_model.last_reply()
    if reply is not None and not reply.details:
        window.chat_view.toggle_details(reply)
    window.focus_composer()
    settle()
    window.chat_view.follow()
    return window


def close(window: QWidget) -> None:
    """Close and delete a window (the main window's worker thread is joined on close)."""
    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()


def dialogs(window: MainWindow, output: Path) -> None:
    """The models dialog's cards and the first-run question, over ``window``."""
    models = ModelsDialog(ModelStore(window.paths.models), window.settings, window)
    models.show()
    save(models, output / "models-cards.png")
    close(models)
    first_run = FirstRunDialog(catalog.find(RECOMMENDED), window)
    first_run.show()
    first_run.adjustSize()
    save(first_run, output / "first-run.png")
    close(first_run)


def main(output: Path) -> None:
    """Save every screenshot into the folder ``output``."""
    output.mkdir(parents=True, exist_ok=True)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    app = QApplication([])
    for language, suffix in (("en", "en"), ("zh_CN", "zh")):
        for appearance in ("light", "dark"):
            window = open_window(language, appearance)
            save(window, output / f"main-{appearance}-{suffix}.png")
            if (language, appearance) == ("en", "light"):
                dialogs(window, output)
            close(window)
    app.quit()
    for home in _homes:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
