"""Reading a whole reply from the model, stoppable at every token."""

from __future__ import annotations

import threading
from collections.abc import Sequence

from assistant.core.errors import Cancelled
from assistant.core.i18n import translate
from assistant.core.llm.messages import ChatMessage, GenerationParams, ReplyStats, StopReason
from assistant.core.llm.protocol import ChatEngine


def complete(engine: ChatEngine, messages: Sequence[ChatMessage], params: GenerationParams,
             cancel: threading.Event) -> tuple[str, ReplyStats | None]:
    """The model's whole reply to ``messages`` (stripped) and its statistics.

    The prompt is a one-off (a summary's part, a running summary): its cache is not kept
    warm once the context moves on.

    Raises:
        Cancelled: ``cancel`` was set (it is checked at every token), or the stream was
            cancelled.

    """
    stream = engine.chat(messages, params, cancel=cancel, keep_warm=False)
    pieces = list(stream)
    stats = stream.stats
    if cancel.is_set() or (stats is not None and stats.stop_reason is StopReason.CANCELLED):
        raise Cancelled(translate("Engine", "Stopped."))
    return "".join(pieces).strip(), stats
