"""What a summary costs, by the model's speed figures: one pass against parts of a size.

On a CPU a prompt token costs more the deeper it sits (attention reads every token before it),
so one long pass can cost more than several short ones plus combining them, or less, when
writing is what costs: :class:`assistant.core.documents.summarize.Summarizer` weighs both.
"""

from __future__ import annotations

from assistant.core.llm.speed import SpeedFigures

# Documents from this many tokens are planned by cost (smaller ones are read in one pass).
PLAN_FROM = 2048
# Parts of these sizes (document tokens) are weighed against one pass, and the largest part
# the context allows.
PLAN_ROOMS = (1024, 2048, 4096, 8192, 16384, 32768)


def combined_per_call(n_ctx: int, part: int) -> int:
    """How many part summaries of about ``part`` tokens one combining call is expected to read."""
    return max(2, (n_ctx - part) * 2 // 3 // part)


def one_pass_seconds(figures: SpeedFigures, prompt: int, reply: int) -> float:
    """Estimated time to summarize a ``prompt``-token document in one call."""
    return figures.prompt_time(prompt) + figures.generate_time(reply, prompt)


def map_reduce_seconds(figures: SpeedFigures, document: int, room: int, overhead: int,
                       part: int, final: int, n_ctx: int) -> list[float]:
    """Estimated time of each call to summarize ``document`` tokens in parts of ``room``.

    Each part's call reads ``room`` plus ``overhead`` tokens and writes ``part``; the parts'
    summaries are then combined (in rounds when they do not fit one call) into ``final``.
    """
    chunks = max(1, -(-document // room))
    read = room + overhead
    calls = [figures.prompt_time(read) + figures.generate_time(part, read)] * chunks
    if chunks == 1:
        return calls
    per_call = combined_per_call(n_ctx, part)
    count = chunks
    while count > per_call:  # combining rounds before the last call
        groups = -(-count // per_call)
        combine = min(count, per_call) * part + overhead
        calls += [figures.prompt_time(combine) + figures.generate_time(part, combine)] * groups
        count = groups
    combine = count * part + overhead
    calls.append(figures.prompt_time(combine) + figures.generate_time(final, combine))
    return calls
