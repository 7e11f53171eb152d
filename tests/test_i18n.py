"""Translations stay complete: every string in the code is in every catalogue, translated."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = sorted((ROOT / "i18n").glob("pequeno_*.ts"))
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def _messages(path: Path) -> list[ET.Element]:
    return ET.parse(path).getroot().findall("./context/message")


def test_every_language_we_promise_has_a_catalogue() -> None:
    assert {p.stem.removeprefix("pequeno_") for p in CATALOGUES} == {"pt_BR", "zh_CN", "ru"}


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.stem)
def test_no_entry_is_unfinished_or_obsolete(catalogue: Path) -> None:
    problems = []
    for message in _messages(catalogue):
        translation = message.find("translation")
        source = message.findtext("source")
        unfinished = translation is None or translation.get("type") in (
            "unfinished", "obsolete", "vanished")
        if unfinished or translation is None or not (translation.text or "").strip():
            problems.append(source)
    assert not problems, f"{catalogue.name}: {problems}"


def test_every_string_in_the_code_is_in_the_catalogues(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "assistant").rglob("*.py"))
    for catalogue in CATALOGUES:
        fresh = tmp_path / catalogue.name
        shutil.copy(catalogue, fresh)
        subprocess.run([str(LUPDATE), "-silent", "-no-obsolete", *sources, "-ts", str(fresh)],
                       check=True, capture_output=True, timeout=120)
        missing = [m.findtext("source") for m in _messages(fresh)
                   if (t := m.find("translation")) is not None and t.get("type") == "unfinished"]
        assert not missing, f"{catalogue.name} lacks: {missing}"


def test_the_compiled_catalogue_translates_the_window_text() -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from assistant.ui.translations import install_translations

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    translators = install_translations(app, "ru")
    try:
        assert translators, "no compiled Russian catalogue: run 'make translations'"
        assert QCoreApplication.translate("MainWindow", "New chat") != "New chat"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
