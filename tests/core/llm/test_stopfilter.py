"""End-of-turn markers never reach the reader, however the model splits them into pieces."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from assistant.core.llm.stopfilter import StopFilter
from assistant.core.models.info import END_OF_TURN_MARKERS

END = "<|end|>"


def _run(stop: StopFilter, pieces: list[str]) -> str:
    return "".join(stop.feed(piece) for piece in pieces) + stop.flush()


def test_a_marker_split_across_pieces_is_cut() -> None:
    stop = StopFilter([END])

    out = [stop.feed("Hello <|"), stop.feed("end"), stop.feed("|> tail")]

    assert "".join(out) + stop.flush() == "Hello "
    assert stop.stopped
    assert out[0] == "Hello ", "text before the possible marker is shown at once"


def test_a_whole_marker_in_one_piece() -> None:
    stop = StopFilter(END_OF_TURN_MARKERS)

    assert stop.feed("Done.<|im_end|>\n<|im_start|>user") == "Done."
    assert stop.stopped


def test_nothing_is_shown_after_the_stop() -> None:
    stop = StopFilter([END])
    stop.feed("a<|end|>b")

    assert stop.feed("more text") == ""
    assert stop.flush() == ""


def test_a_held_prefix_is_released_when_it_turns_out_not_to_be_a_marker() -> None:
    stop = StopFilter([END])

    assert stop.feed("x <|en") == "x "
    assert stop.feed("joy") == "<|enjoy"
    assert not stop.stopped


def test_a_held_prefix_at_the_end_of_the_stream_is_released_by_flush() -> None:
    stop = StopFilter([END])

    assert stop.feed("ends with <|en") == "ends with "
    assert stop.flush() == "<|en"
    assert not stop.stopped


def test_the_earliest_marker_wins() -> None:
    stop = StopFilter(["<|end|>", "</s>"])

    assert stop.feed("one</s>two<|end|>three") == "one"


def test_the_earliest_marker_wins_across_pieces() -> None:
    stop = StopFilter(["<|end|>", "<|endoftext|>", "</s>"])

    out = _run(stop, ["a <|end", "oftext|> b </s>", " c <|end|>"])

    assert out == "a "
    assert stop.stopped


def test_empty_markers_are_ignored() -> None:
    stop = StopFilter(["", END])

    assert _run(stop, ["plain ", "text"]) == "plain text"
    assert not stop.stopped


def test_without_markers_everything_passes() -> None:
    stop = StopFilter([])

    assert _run(stop, ["<|end|>", "</s>"]) == "<|end|></s>"


# Text built from marker characters finds the held-back and near-miss paths far more often.
_marker_chars = st.text(alphabet=st.sampled_from([*"<|/>endoftxim_s", " ", "é", "語"]))
_text = st.one_of(_marker_chars, st.text(), st.builds(lambda a, b: a + b, st.text(), _marker_chars))


@st.composite
def _pieces(draw: st.DrawFn, text: str) -> list[str]:
    """``text`` split at arbitrary places, empty pieces included."""
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=12)))
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


@given(st.data(), _text.filter(lambda t: END not in t), st.text())
def test_any_split_shows_exactly_the_text_before_the_marker(
    data: st.DataObject, text: str, rest: str
) -> None:
    stop = StopFilter([END])

    out = _run(stop, data.draw(_pieces(text + END + rest)))

    assert out == text
    assert stop.stopped


@given(st.data(), _text.filter(lambda t: not any(m in t for m in END_OF_TURN_MARKERS)))
def test_any_split_of_text_without_markers_passes_whole(data: st.DataObject, text: str) -> None:
    stop = StopFilter(END_OF_TURN_MARKERS)

    out = _run(stop, data.draw(_pieces(text)))

    assert out == text
    assert not stop.stopped


def test_a_reply_that_starts_a_turn_of_its_own_ends_there() -> None:
    stop = StopFilter([END])

    shown = stop.feed("Sure.\n<|us") + stop.feed("er|>\nAnd now I ask") + stop.flush()

    assert shown == "Sure.\n"
    assert stop.stopped


def test_dropped_markers_vanish_and_the_text_goes_on() -> None:
    stop = StopFilter([END], dropped=["</document>"])

    shown = stop.feed("Cork.</docu") + stop.feed("ment> Wine.") + stop.flush()

    assert shown == "Cork. Wine."
    assert not stop.stopped
