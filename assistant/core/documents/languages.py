"""Which language a text is written in, and how to name a language to the model.

Detection uses py3langid (a compact naive-Bayes model over byte n-grams, 97 languages, no
network, deterministic), loaded on first use. Language codes are ISO 639-1, optionally with a
region (``pt_BR``, ``zh-CN``).
"""

from __future__ import annotations

import threading
from functools import cache

# Enough text to recognise a language; more only costs time.
SAMPLE_CHARS = 4000

# English names, for instructions to the model (small models follow English instructions best).
NAMES = {
    "ar": "Arabic", "bg": "Bulgarian", "ca": "Catalan", "cs": "Czech", "da": "Danish",
    "de": "German", "el": "Greek", "en": "English", "es": "Spanish", "et": "Estonian",
    "fa": "Persian", "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi",
    "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "ja": "Japanese",
    "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "nl": "Dutch", "no": "Norwegian",
    "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak",
    "sl": "Slovenian", "sr": "Serbian", "sv": "Swedish", "th": "Thai", "tr": "Turkish",
    "uk": "Ukrainian", "vi": "Vietnamese", "zh": "Chinese",
}
_REGIONAL = {"pt_BR": "Brazilian Portuguese", "pt_PT": "European Portuguese",
             "zh_CN": "Simplified Chinese", "zh_TW": "Traditional Chinese",
             "en_US": "English", "en_GB": "British English"}
_lock = threading.Lock()


def normalize(code: str) -> str:
    """``pt-br`` → ``pt_BR``; ``RU`` → ``ru``."""
    language, _, region = code.replace("-", "_").partition("_")
    return f"{language.lower()}_{region.upper()}" if region else language.lower()


def name(code: str) -> str:
    """The English name of a language code, for prompts (the code itself when unknown)."""
    code = normalize(code)
    return _REGIONAL.get(code) or NAMES.get(code.partition("_")[0], code)


def is_known(code: str) -> bool:
    """Whether ``code`` names a language this module knows."""
    code = normalize(code)
    return code in _REGIONAL or code.partition("_")[0] in NAMES


@cache
def _identifier() -> object:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # ~0.5 s: load on first use

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is mostly written in, if it is clear."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 8:
        return None
    with _lock:  # the identifier keeps scratch state
        code, probability = _identifier().classify(sample)  # type: ignore[attr-defined]
    return str(code) if probability >= 0.5 else None
