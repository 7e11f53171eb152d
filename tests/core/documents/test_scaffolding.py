"""A summary never carries its prompt's delimiters, template markers or instructions."""

from __future__ import annotations

from assistant.core.documents.scaffolding import instructions, without_scaffolding
from assistant.core.documents.summarize import Style, Summarizer

DOCUMENT = "The harbour shipped cork in 1890. Write only the summary was the clerk's motto."


def _prompt() -> str:
    return Summarizer._single_prompt("Harbour", DOCUMENT, Style.BRIEF, "English")[-1].content


def test_the_closing_delimiter_and_markers_are_removed() -> None:
    reply = "The harbour shipped cork in 1890.\n</document><|end|>"

    assert without_scaffolding(reply, _prompt()) == "The harbour shipped cork in 1890."


def test_our_instructions_echoed_back_are_removed_but_the_documents_words_stay() -> None:
    prompt = _prompt()
    echoed = ("Use only what the document says, and write only the summary.\n\n"
              "The harbour shipped cork in 1890.")

    assert without_scaffolding(echoed, prompt) == "The harbour shipped cork in 1890."
    # The document's own sentences are not instructions, even where they sound like one.
    assert not any("clerk" in sentence for sentence in instructions(prompt))


def test_a_combining_prompts_part_summaries_are_not_instructions() -> None:
    prompt = ("Here are summaries of consecutive parts of a document titled \"Harbour\", each "
              "marked with where it is in the document.\n\n[p. 1]\nCork was shipped in great "
              "quantities.\n\nCombine them into one summary of the whole document.")
    found = instructions(prompt)

    assert "Combine them into one summary of the whole document." in found
    assert not any("Cork" in sentence for sentence in found)
    assert without_scaffolding("Cork was shipped in great quantities.", prompt) == \
        "Cork was shipped in great quantities."


def test_a_clean_reply_is_unchanged() -> None:
    reply = "A short summary.\n\n- one point\n- another point"

    assert without_scaffolding(reply, _prompt()) == reply
