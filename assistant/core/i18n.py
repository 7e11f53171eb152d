"""Translatable user-facing text, numbers and dates for a core that must not import Qt.

Core code wraps every user-visible string in :func:`translate` with a context name, exactly as
``QCoreApplication.translate`` is called, so ``pyside6-lupdate`` extracts it, and writes the
numbers and dates it shows through :func:`format_number` and :func:`format_datetime`. The UI (or
the CLI) installs Qt's translator and locale at start-up; until then the English source text,
a decimal point and ISO dates are used.
"""

from collections.abc import Callable
from datetime import datetime

# (context, source text, disambiguation, n): as QCoreApplication.translate is called.
Translator = Callable[[str, str, str | None, int], str]
NumberFormat = Callable[[float, int], str]
DateFormat = Callable[[datetime], str]


def _identity(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text


def _plain_number(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def _iso_datetime(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


_translator: Translator = _identity
_number: NumberFormat = _plain_number
_datetime: DateFormat = _iso_datetime


def install_translator(translator: Translator | None) -> None:
    """Route :func:`translate` through ``translator`` (``None`` restores English)."""
    global _translator
    _translator = translator or _identity


def install_locale(number: NumberFormat | None, date: DateFormat | None) -> None:
    """Route :func:`format_number` and :func:`format_datetime` (``None``: the plain ones)."""
    global _number, _datetime
    _number = number or _plain_number
    _datetime = date or _iso_datetime


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``text`` in the user's language; format placeholders after translating.

    With a count ``n`` (as Qt's ``tr``: the source says ``%n``), the plural form the user's
    language uses for ``n``, with ``%n`` written as the locale writes numbers.
    """
    translated = _translator(context, text, disambiguation, n) or text
    return translated.replace("%n", format_number(n)) if n >= 0 else translated


def format_number(value: float, decimals: int = 0) -> str:
    """``value`` as the user's locale writes it: ``8,192`` in English, ``2,4`` in Portuguese."""
    return _number(value, decimals)


def format_datetime(moment: datetime) -> str:
    """A local date and time, short, as the user's locale writes it."""
    return _datetime(moment)
