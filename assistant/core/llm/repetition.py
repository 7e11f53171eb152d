"""Telling a reply that has fallen into a loop from one that is merely repetitive.

Small models, greedy or nearly so, sometimes write the same sentence (or the same few tokens)
again and again until the token limit: seen on Chinese and Russian articles with the 135M
starter model. llama.cpp's DRY sampler would penalize repeats while sampling, but it changes
which tokens are chosen in replies that never loop, too. :class:`LoopGuard` only watches: a
reply that is not looping is exactly what it was without it, and a looping one is stopped
once its tail has repeated itself long enough that no normal text would (a Markdown table's
rule or a list of similar lines is far shorter). Numbers count as one token kind, so a list that
goes on numbering the same few lines ("19. A 20. B 21. C 22. A …") is a loop too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

# A block of up to MAX_PERIOD tokens repeated back to back, at least MIN_TIMES times in a row,
# and at least MIN_REPEATED tokens beyond its first occurrence.
MAX_PERIOD = 256
MIN_TIMES = 3
MIN_REPEATED = 64


class LoopGuard:
    """Fed a reply's tokens one at a time; says when the reply is looping.

    For each period ``p`` it keeps how many of the latest tokens equal the token ``p`` before
    them, so each token costs ``MAX_PERIOD`` comparisons (microseconds) however long the reply.
    """

    def __init__(self, numbers: Iterable[int] = (), *, max_period: int = MAX_PERIOD,
                 min_times: int = MIN_TIMES, min_repeated: int = MIN_REPEATED) -> None:
        self._numbers = frozenset(numbers)
        self._max_period = max_period
        self._min_times = min_times
        self._min_repeated = min_repeated
        self._tokens: list[int] = []
        self._runs = [0] * (max_period + 1)  # index p: tokens equal to the one p before
        self.period = 0  # the loop's period once :meth:`feed` returned True

    def feed(self, token: int) -> bool:
        """Add the reply's next token; ``True`` when the reply is looping."""
        if token in self._numbers:
            token = -1  # any number
        tokens = self._tokens
        tokens.append(token)
        count = len(tokens)
        runs = self._runs
        for period in range(1, min(self._max_period, count - 1) + 1):
            if tokens[-1 - period] == token:
                run = runs[period] + 1
                runs[period] = run
                # The last run + period tokens repeat a block of `period` tokens.
                if run >= self._min_repeated and run + period >= self._min_times * period:
                    self.period = period
                    return True
            else:
                runs[period] = 0
        return False


def numbers(pieces: Sequence[bytes]) -> frozenset[int]:
    """The ids of the tokens whose text is only digits (and spaces), from a vocabulary."""
    return frozenset(token for token, piece in enumerate(pieces)
                     if piece.strip().isdigit())
