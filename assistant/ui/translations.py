"""The app's language: Qt's and Pequeno's translators, switched live.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget, and each
window rebuilds its texts there, so a switch needs no restart. Catalogues are compiled from
``i18n/*.ts`` by ``make`` and read through ``importlib.resources``.
"""

from __future__ import annotations

from datetime import datetime
from importlib import resources

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from assistant.core.i18n import install_locale, install_translator

# Offered in the Language menu, each in its own language (so anyone can find theirs).
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("pt_BR", "Português (Brasil)"),
    ("zh_CN", "中文（简体）"),
    ("ru", "Русский"),
)

_installed: list[QTranslator] = []
_catalogues: dict[int, bytes] = {}  # Qt reads a catalogue's bytes in place: keep them alive


def load_catalogue(language: str | None) -> QTranslator | None:
    """Pequeno's compiled catalogue for ``language`` (default: the system's), else English's.

    Works without a Qt application object: the command line translates through it directly.
    """
    locale = QLocale(language) if language else QLocale.system()
    catalogues = resources.files("assistant") / "i18n"
    # English last: its catalogue holds the plural forms ("1 conversation", "2 conversations").
    for name in [*locale.uiLanguages(), "en"]:
        candidate = catalogues / f"pequeno_{name.replace('-', '_')}.qm"
        if candidate.is_file():
            translator = QTranslator()
            data = candidate.read_bytes()
            if translator.load(data):
                _catalogues[id(translator)] = data
                return translator
    return None


def use_locale_formats(locale: QLocale) -> None:
    """Have the core write numbers and dates as ``locale`` does (the C locale: plainly)."""
    if locale.language() == QLocale.Language.C:
        install_locale(None, None)
        return

    def number(value: float, decimals: int) -> str:
        return locale.toString(float(value), "f", decimals)

    def date(moment: datetime) -> str:
        stamp = QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))
        return locale.toString(stamp, QLocale.FormatType.ShortFormat)

    install_locale(number, date)


def install_translations(app: QCoreApplication, language: str | None) -> list[QTranslator]:
    """Load Qt's and Pequeno's translations for ``language`` (default: the system's).

    English needs none; a language without a compiled catalogue falls back to English.
    """
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    translators = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    ours = load_catalogue(language)
    if ours is not None:
        translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)
    install_translator(_through_qt)
    use_locale_formats(locale)
    return translators


def _through_qt(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def switch_language(app: QCoreApplication, language: str | None) -> None:
    """Replace the installed translations (``None``: the system's language)."""
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        _catalogues.pop(id(translator), None)
    _installed.extend(install_translations(app, language))
    # Qt posts LanguageChange to every widget; deliver it now so the switch is immediate.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
