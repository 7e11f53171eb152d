"""Translations stay complete: every string in the code is in every catalogue, translated."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from assistant.ui.translations import install_translations

ROOT = Path(__file__).resolve().parent.parent
ALL_CATALOGUES = sorted((ROOT / "i18n").glob("pequeno_*.ts"))
# English is the source language; its catalogue only holds the plural forms of counted
# strings ("1 message" / "2 messages"), made with 'pyside6-lupdate -pluralonly'.
ENGLISH = ROOT / "i18n" / "pequeno_en.ts"
CATALOGUES = [path for path in ALL_CATALOGUES if path != ENGLISH]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
# How many plural forms Qt uses for each language (pt_BR: one/other, zh_CN: none, ru:
# one/few/many); a catalogue whose entries have another count was made for the wrong language.
PLURAL_FORMS = {"pt_BR": 2, "zh_CN": 1, "ru": 3, "en": 2}


def _messages(path: Path) -> list[ET.Element]:
    return ET.parse(path).getroot().findall("./context/message")


def _contexts(path: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(path).getroot().findall("./context"):
        for message in context.findall("message"):
            yield context.findtext("name") or "", message


def _numerus_forms(message: ET.Element) -> list[str]:
    return [form.text or "" for form in message.iterfind("./translation/numerusform")]


def _russian_form(n: int) -> int:
    """The plural form Russian takes for ``n``: 0 one (1, 21…), 1 few (2 to 4, 22…), 2 many."""
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def test_every_language_we_promise_has_a_catalogue() -> None:
    assert {p.stem.removeprefix("pequeno_") for p in ALL_CATALOGUES} == set(PLURAL_FORMS)


@pytest.mark.parametrize("catalogue", ALL_CATALOGUES, ids=lambda p: p.stem)
def test_no_entry_is_unfinished_or_obsolete(catalogue: Path) -> None:
    forms_needed = PLURAL_FORMS[catalogue.stem.removeprefix("pequeno_")]
    problems = []
    for message in _messages(catalogue):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is None or translation.get("type") in (
                "unfinished", "obsolete", "vanished"):
            problems.append(source)
        elif message.get("numerus") == "yes":
            # A plural entry has no text of its own: one non-empty form per plural category.
            forms = _numerus_forms(message)
            if len(forms) != forms_needed or not all(form.strip() for form in forms):
                problems.append(source)
        elif not (translation.text or "").strip():
            problems.append(source)
    assert not problems, f"{catalogue.name}: {problems}"


@pytest.mark.parametrize("catalogue", ALL_CATALOGUES, ids=lambda p: p.stem)
def test_the_catalogue_declares_its_language(catalogue: Path) -> None:
    # lrelease takes the plural rules from here; without it every language gets English's.
    declared = ET.parse(catalogue).getroot().get("language") or ""
    language = catalogue.stem.removeprefix("pequeno_")
    assert declared == language or declared.startswith(f"{language}_"), declared


def test_every_counted_string_has_plural_forms() -> None:
    catalogue = ROOT / "i18n" / "pequeno_ru.ts"
    singular = [source for message in _messages(catalogue)
                if "%n" in (source := message.findtext("source") or "")
                and message.get("numerus") != "yes"]
    assert not singular, f"counted with %n but not plural entries: {singular}"


def test_every_string_in_the_code_is_in_the_catalogues(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "assistant").rglob("*.py"))
    for catalogue in ALL_CATALOGUES:
        fresh = tmp_path / catalogue.name
        shutil.copy(catalogue, fresh)
        plural_only = ["-pluralonly"] if catalogue == ENGLISH else []
        subprocess.run([str(LUPDATE), "-silent", "-no-obsolete", *plural_only, *sources, "-ts",
                        str(fresh)], check=True, capture_output=True, timeout=120)
        missing = [m.findtext("source") for m in _messages(fresh)
                   if (t := m.find("translation")) is not None and t.get("type") == "unfinished"]
        assert not missing, f"{catalogue.name} lacks: {missing}"


@pytest.fixture
def russian() -> Iterator[None]:
    """The compiled Russian catalogue installed (built by 'make translations')."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    locale = QLocale()
    translators = install_translations(app, "ru")
    try:
        assert translators, "no compiled Russian catalogue: run 'make translations'"
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)


@pytest.mark.usefixtures("russian")
def test_the_compiled_catalogue_translates_the_window_text() -> None:
    assert QCoreApplication.translate("Sidebar", "New chat") != "New chat"


@pytest.mark.usefixtures("russian")
@pytest.mark.parametrize("n", [1, 3, 5, 11, 21, 22])
def test_the_compiled_russian_catalogue_picks_the_plural_form(n: int) -> None:
    plural = [(context, message) for context, message in _contexts(ROOT / "i18n" / "pequeno_ru.ts")
              if message.get("numerus") == "yes"]
    assert plural, "the Russian catalogue has no plural entries"
    for context, message in plural:
        source = message.findtext("source") or ""
        forms = _numerus_forms(message)
        assert len(set(forms)) == 3, f"{source!r}: the three forms should differ"
        expected = forms[_russian_form(n)].replace("%n", str(n))
        assert QCoreApplication.translate(context, source, "", n) == expected


@pytest.mark.usefixtures("russian")
def test_the_context_meter_counts_in_russian() -> None:
    meter = "{used} / {total} tokens · %n older message(s) left out"
    words = {n: QCoreApplication.translate("ContextMeter", meter, "", n) for n in (1, 3, 5)}
    assert "1 раннее сообщение " in words[1]
    assert "3 ранних сообщения " in words[3]
    assert "5 ранних сообщений " in words[5]


def test_english_counts_without_parentheses() -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    locale = QLocale()
    translators = install_translations(app, "en")
    try:
        assert translators, "no compiled English plural catalogue: run 'make translations'"
        meter = "{used} / {total} tokens · %n older message(s) left out"
        assert QCoreApplication.translate("ContextMeter", meter, "", 1).endswith(
            "1 older message left out")
        assert QCoreApplication.translate("ContextMeter", meter, "", 7).endswith(
            "7 older messages left out")
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)
