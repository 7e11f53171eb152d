"""``pequeno --self-test``: prove an installed app works, one line per check.

Runs offscreen, so it works on a build machine with no display: loads a model through the
real inference worker thread, generates a few tokens, opens and closes an encrypted history in
a temporary folder, and checks the bundled translations. Exits 0 only if every check passes.
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from assistant import __version__

TIMEOUT_MS = 120_000


def _check(name: str, run: Callable[[], str]) -> bool:
    try:
        detail = run()
    except Exception as exc:  # a self-test reports every failure, whatever it is
        print(f"FAIL {name}: {exc}", flush=True)
        traceback.print_exc(file=sys.stdout)
        return False
    print(f"ok   {name}: {detail}", flush=True)
    return True


def _libraries() -> str:
    import llama_cpp
    import PySide6
    import sqlcipher3

    return (f"pequeno {__version__}, llama-cpp-python {llama_cpp.__version__}, "
            f"PySide6 {PySide6.__version__}, SQLite {sqlcipher3.sqlite_version}")


def _model_file(model: Path) -> str:
    from assistant.core.models.info import inspect_model

    info = inspect_model(model)
    return f"{info.name} ({info.architecture}, {info.variant} context)"


def _worker(model: Path) -> str:
    from PySide6.QtCore import QEventLoop, QObject, QThread, QTimer, Signal

    from assistant.core.conversation.service import TurnRequest
    from assistant.core.history.store import HistoryStore
    from assistant.core.llm.engine import Engine
    from assistant.core.llm.messages import GenerationParams
    from assistant.ui.worker import InferenceWorker, LoadRequest, ReplyRequest

    class Driver(QObject):
        load = Signal(object)
        generate = Signal(object)

    thread = QThread()
    store = HistoryStore.in_memory()  # the worker closes it on shutdown
    conversation = store.create_conversation()
    worker = InferenceWorker(Engine(), store)
    worker.moveToThread(thread)
    driver = Driver()
    driver.load.connect(worker.load)
    driver.generate.connect(worker.generate)
    loop = QEventLoop()
    outcome: dict[str, object] = {}
    pieces: list[str] = []

    def loaded(_: object) -> None:
        outcome["loaded"] = True
        driver.generate.emit(ReplyRequest(1, TurnRequest(
            conversation.id, "Say hello.", GenerationParams(max_tokens=8, temperature=0.0))))

    def failed(message: str) -> None:
        outcome["error"] = message
        loop.quit()

    def finished(_: int, stats: object) -> None:
        outcome["stats"] = stats
        loop.quit()

    worker.modelLoaded.connect(loaded)
    worker.modelLoadFailed.connect(failed)
    worker.replyText.connect(lambda _, text: pieces.append(text))
    worker.replyFailed.connect(lambda _, message: failed(message))
    worker.replyFinished.connect(finished)
    thread.start()
    try:
        QTimer.singleShot(TIMEOUT_MS, loop.quit)
        driver.load.emit(LoadRequest(model, 512, None, 0))
        loop.exec()
    finally:
        worker.shutdown()
        thread.quit()
        thread.wait()
    if "error" in outcome:
        raise RuntimeError(outcome["error"])
    stats = outcome.get("stats")
    if stats is None or not pieces:
        raise RuntimeError("no reply within the time limit")
    tokens = getattr(stats, "completion_tokens", 0)
    return f"{tokens} tokens generated on the worker thread: {''.join(pieces)!r}"


def _history() -> str:
    from assistant.core.history.store import HistoryStore, Role

    key = secrets.token_hex(32)
    with tempfile.TemporaryDirectory(prefix="pequeno-selftest-") as folder:
        path = Path(folder) / "history.db"
        with HistoryStore.open(path, key) as store:
            conversation = store.create_conversation(title="self-test")
            store.add_message(conversation.id, Role.USER, "olá, 你好, привет")
        with HistoryStore.open(path, key) as store:
            saved = store.messages(conversation.id)[0].content
            verdict = store.integrity_check()
        if saved != "olá, 你好, привет" or verdict != "ok":
            raise RuntimeError(f"read back {saved!r}, integrity {verdict}")
    return "encrypted store written, reopened and checked"


def _language_detector() -> str:
    from assistant.core.documents import languages

    sample = "Это короткий русский текст для проверки."
    found = languages.detect(sample)
    if found != "ru":
        raise RuntimeError(f"Russian text was detected as {found!r}")
    return f"{sample!r} is {languages.name(found)}"


def _translations() -> str:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from assistant.ui.translations import install_translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    found = []
    for language in ("pt_BR", "zh_CN", "ru"):
        translators = install_translations(app, language)
        text = QCoreApplication.translate("Sidebar", "New chat")
        for translator in translators:
            app.removeTranslator(translator)
        if text == "New chat":
            raise RuntimeError(f"no compiled {language} catalogue in this build")
        found.append(f"{language} “{text}”")
    return ", ".join(found)


def run(model: Path | None) -> int:
    """Run every check; return 0 when all pass."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["pequeno-self-test"])
    assert app is not None
    results = [_check("libraries", _libraries)]
    if model is None:
        print("FAIL model: no model given and none installed (use --model PATH)", flush=True)
        results.append(False)
    else:
        results.append(_check("model file", lambda: _model_file(model)))
        results.append(_check("inference worker", lambda: _worker(model)))
    results.append(_check("history store", _history))
    results.append(_check("language detector", _language_detector))
    results.append(_check("translations", _translations))
    passed = all(results)
    print(f"{'PASS' if passed else 'FAIL'}: {sum(results)} of {len(results)} checks passed",
          flush=True)
    return 0 if passed else 1
