"""Telling which language a text is in, and naming languages to the model."""

from __future__ import annotations

import pytest

from assistant.core.documents import languages

TEXTS = {
    "en": "The committee approved the new budget after a long discussion about delivery costs.",
    "pt": "A comissão aprovou o novo orçamento depois de uma longa discussão sobre os custos.",
    "zh": "委员会在对运输成本进行了长时间讨论之后，批准了新的预算。",
    "ru": "Комитет утвердил новый бюджет после долгого обсуждения расходов на доставку.",
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_detects_the_language_of_a_sentence(code: str) -> None:
    assert languages.detect(TEXTS[code]) == code


def test_the_start_of_a_long_text_decides() -> None:
    text = TEXTS["ru"] * 200 + TEXTS["en"] * 200
    assert len(text) > languages.SAMPLE_CHARS
    assert languages.detect(text) == "ru"


@pytest.mark.parametrize("text", ["", "   ", "Hi", "OK!", "12 345 678 — 9.5%", "😀😀😀 ???"])
def test_too_little_text_is_not_guessed(text: str) -> None:
    assert languages.detect(text) is None


@pytest.mark.parametrize(("code", "normal"), [
    ("pt-br", "pt_BR"), ("PT_br", "pt_BR"), ("RU", "ru"), ("zh-CN", "zh_CN"), ("en", "en")])
def test_codes_are_normalized(code: str, normal: str) -> None:
    assert languages.normalize(code) == normal


@pytest.mark.parametrize(("code", "english_name"), [
    ("en", "English"), ("pt", "Portuguese"), ("pt-BR", "Brazilian Portuguese"),
    ("pt_PT", "European Portuguese"), ("zh", "Chinese"), ("zh_TW", "Traditional Chinese"),
    ("RU", "Russian"), ("fr_CA", "French"),
])
def test_names_for_the_model(code: str, english_name: str) -> None:
    assert languages.name(code) == english_name
    assert languages.is_known(code)


def test_an_unknown_code_is_named_by_itself() -> None:
    assert languages.name("tlh") == "tlh"
    assert not languages.is_known("tlh")
