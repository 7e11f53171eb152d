"""Translatable user-facing text for a core that must not import Qt.

Core code wraps every user-visible string in :func:`translate` with a context name, exactly as
``QCoreApplication.translate`` is called, so ``pyside6-lupdate`` extracts it. The UI (or the
CLI) installs Qt's translator at start-up; until then the English source text is returned.
"""

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def install_translator(translator: Translator | None) -> None:
    """Route :func:`translate` through ``translator`` (``None`` restores English)."""
    global _translator
    _translator = translator or _identity


def translate(context: str, text: str) -> str:
    """Return ``text`` in the user's language; format placeholders after translating."""
    return _translator(context, text)
