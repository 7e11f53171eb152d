"""Text as the passage index sees it: stems, Chinese character pairs, accents folded.

A passage is indexed twice (see :mod:`assistant.core.history.collections`): its words as
written (``body``, through the history's :func:`~assistant.core.history.search_text.index_text`,
so each Chinese character is a token) and its *terms* (``terms``): each word's Snowball stem
("fornecedores" and "fornecedor" share ``fornecedor``, "медведями" and "медведь" share
``медвед``) and every pair of neighbouring Chinese characters ("预算" for "预算削减"), since
Chinese writes words without spaces and most of its words are two characters long.

The stemmer is chosen by script (Cyrillic: Russian, Greek: Greek) and, for Latin letters, by the
document's language (:func:`~assistant.core.documents.languages.detect`), English when unknown.
Accents are folded after stemming and the stem of the unaccented word is kept too, so a
question typed without accents ("orcamento", "informacoes") finds the accented text.

A question becomes an FTS5 query of *any* of its words (:func:`question_query`): a question
shares some words with the passage that answers it, rarely all.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import Any

import snowballstemmer

from assistant.core.history.search_text import index_text

# Snowball algorithms by ISO 639-1 code (the languages py3langid names that Snowball stems).
ALGORITHMS = {
    "ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german",
    "el": "greek", "en": "english", "es": "spanish", "et": "estonian", "eu": "basque",
    "fi": "finnish", "fr": "french", "ga": "irish", "hi": "hindi", "hu": "hungarian",
    "hy": "armenian", "id": "indonesian", "it": "italian", "lt": "lithuanian", "ne": "nepali",
    "nl": "dutch", "no": "norwegian", "nb": "norwegian", "pl": "polish", "pt": "portuguese",
    "ro": "romanian", "ru": "russian", "sr": "serbian", "sv": "swedish", "ta": "tamil",
    "tr": "turkish",
}
_LATIN_FALLBACK = "english"

_CJK = ("\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
        "\uac00-\ud7af\uf900-\ufaff")
# A run of CJK characters, or a word of letters and digits (no underscore: FTS5's unicode61
# splits at it too).
_TOKEN = re.compile(f"[{_CJK}]+|[^\\W_{_CJK}]+")
_CJK_RUN = re.compile(f"[{_CJK}]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_GREEK = re.compile("[\u0370-\u03ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
# Portuguese -ão/-ões/-ães plurals meet once accents are gone ("informacoes" → "informacao").
_PT_PLURAL = re.compile(r"(?:oes|aes)$")
# A word longer than this is not a word (a hash, base64, binary junk): it is not stemmed.
_MAX_WORD = 40

# Words too common to say what a question is about, in the languages Pequeno is tuned for.
# A question's stop words are not searched; a passage's are not stemmed into its terms.
_STOP_WORDS_TEXT = """
a about above after again all also am an and any are as at be because been before being
between both but by can could did do does doing down during each few for from further had has
have having he her here hers him his how i if in into is it its itself just me more most my no
nor not of off on once only or other our ours out over own same she should so some such than
that the their theirs them then there these they this those through to too under until up very
was we were what when where which while who whom why will with would you your yours tell
know please give find show
o os as um uma uns umas de do da dos das em no na nos nas por pelo pela pelos pelas para com
sem sob sobre e ou mas que se nao sim qual quais quem quanto quanta quantos quantas quando
onde como porque por que foi foram era eram ser sao esta estao estava este esta esse essa
isso isto aquele aquela aquilo ele ela eles elas eu voce voces nos meu minha seu sua seus
suas ao aos lhe lhes ja mais menos muito muita muitos muitas tambem ate ha havia tem tinha
diga sabe
и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее
мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был
него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней
для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того
потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем
всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про
всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том
нельзя такой им более всегда конечно всю между сколько какие какое каких каким какую который
которая которое которые скажите расскажите
"""
# Chinese function characters and question words: no pair with one of them is searched.
_CJK_STOP = frozenset("的了是吗呢吧啊么什哪谁几多少怎样为何在和与及或也都就还又而之其这那个"
                      "些有没不我你他她它们请问")


def fold(text: str) -> str:
    """Lower case without accents ("Coração" → "coracao", "Ёлка" → "елка")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_STOP_WORDS = frozenset(fold(word) for word in _STOP_WORDS_TEXT.split())


@cache
def _stemmer(algorithm: str) -> Any:
    return snowballstemmer.stemmer(algorithm)


@lru_cache(maxsize=200_000)
def _stem(algorithm: str, word: str) -> str:
    return str(_stemmer(algorithm).stemWord(word))


def algorithm_for(word: str, language: str | None) -> str | None:
    """The Snowball algorithm that stems ``word`` of a text in ``language`` (``None``: none)."""
    if _CYRILLIC.search(word):
        return "serbian" if language == "sr" else "russian"
    if _GREEK.search(word):
        return "greek"
    if _LATIN.search(word):
        algorithm = ALGORITHMS.get((language or "").partition("_")[0])
        if algorithm in (None, "russian", "greek", "arabic", "hindi", "nepali", "tamil",
                         "armenian", "serbian"):
            return _LATIN_FALLBACK
        return algorithm
    return None


def word_terms(word: str, language: str | None) -> set[str]:
    """The index terms of one word (not CJK): its folded stems, or the folded word."""
    lowered = word.casefold()
    folded = fold(lowered)
    if len(folded) > _MAX_WORD or folded.isdigit():
        return {folded}
    algorithm = algorithm_for(lowered, language)
    if algorithm is None:
        return {folded}
    if algorithm == "russian":
        # Russian text writes ё as е as often as not; й must stay for the stemmer.
        return {fold(_stem(algorithm, lowered.replace("ё", "е")))}
    terms = {fold(_stem(algorithm, lowered))}
    plain = _PT_PLURAL.sub("ao", folded) if algorithm == "portuguese" else folded
    terms.add(fold(_stem(algorithm, plain)))
    return terms


def _cjk_pairs(run: str) -> Iterator[str]:
    for first, second in itertools.pairwise(run):
        if first not in _CJK_STOP and second not in _CJK_STOP:
            yield first + second


def _words(text: str) -> Iterator[str]:
    for match in _TOKEN.finditer(unicodedata.normalize("NFKC", text)):
        yield match.group()


def is_stop_word(word: str) -> bool:
    """Whether ``word`` is too common to search for (in English, Portuguese or Russian)."""
    return fold(word) in _STOP_WORDS


@lru_cache(maxsize=100_000)
def _token_terms(token: str, language: str | None) -> tuple[str, ...]:
    if _CJK_RUN.fullmatch(token):
        return tuple(_cjk_pairs(token))
    if (len(token) > 1 or token.isdigit()) and not is_stop_word(token):
        return tuple(sorted(word_terms(token, language)))
    return ()


def passage_terms(text: str, language: str | None) -> str:
    """The ``terms`` column of a passage: stems of its words, pairs of its Chinese characters."""
    terms: list[str] = []
    for token in _words(text):
        terms.extend(_token_terms(token, language) if len(token) <= _MAX_WORD
                     else _token_terms.__wrapped__(token, language))
    return " ".join(terms)


def passage_body(text: str) -> str:
    """The ``body`` column of a passage: its words as written, each CJK character alone."""
    return index_text(text)


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def question_terms(question: str, languages: Iterable[str | None]
                   ) -> tuple[list[str], list[str]]:
    """What to search for in a question: (words for ``body``, terms for ``terms``).

    Stop words and question words are left out. A Latin word is stemmed for each of
    ``languages`` (the languages of the collection's documents), since a short question's own
    language is hard to tell.
    """
    languages = list(dict.fromkeys(languages)) or [None]
    body: dict[str, None] = {}
    terms: dict[str, None] = {}
    for token in _words(question):
        if _CJK_RUN.fullmatch(token):
            for char in token:
                if char not in _CJK_STOP:
                    body[char] = None
            for pair in _cjk_pairs(token):
                terms[pair] = None
            continue
        if (len(token) < 2 and not token.isdigit()) or is_stop_word(token):
            continue
        body[fold(token)] = None
        for language in languages:
            for term in sorted(word_terms(token, language)):
                terms[term] = None
    return list(body), list(terms)


def question_query(question: str, languages: Iterable[str | None]) -> str | None:
    """An FTS5 query matching passages that hold any of the question's words or terms.

    Returns ``None`` when the question has nothing to search for (only stop words or
    punctuation).
    """
    body, terms = question_terms(question, languages)
    parts = []
    if body:
        parts.append("body : (" + " OR ".join(map(_quoted, body)) + ")")
    if terms:
        parts.append("terms : (" + " OR ".join(map(_quoted, terms)) + ")")
    return " OR ".join(parts) or None
