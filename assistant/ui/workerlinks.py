"""How the window's parts and the inference worker talk: every queued signal between them.

The worker lives on its own thread, so these connections are the only way in and out of it
(see :mod:`assistant.ui.worker`). Each end is a bound method of an object living on its side,
so Qt queues the call to the right thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from assistant.ui.mainwindow import MainWindow
    from assistant.ui.worker import InferenceWorker


def connect_worker(window: MainWindow, worker: InferenceWorker) -> None:
    """Connect the window's controllers to ``worker`` (before its thread starts)."""
    chat = window.chat
    chat.generateRequested.connect(worker.generate)
    chat.measureRequested.connect(worker.measure)
    window.summaries.summarizeRequested.connect(worker.summarize)
    window.models.loadRequested.connect(worker.load)
    window.shutdownRequested.connect(worker.shutdown,
                                     Qt.ConnectionType.BlockingQueuedConnection)
    worker.modelLoading.connect(window.models.loading)
    worker.modelLoaded.connect(window.models.loaded)
    worker.modelLoadFailed.connect(window.models.failed)
    worker.modelLoadProgress.connect(window.models.progress)
    worker.modelLoadCancelled.connect(window.models.cancelled)
    worker.contextAllocated.connect(window.models.context_allocated)
    worker.contextResizing.connect(window.models.context_resizing)
    worker.userMessageSaved.connect(chat.user_message_saved)
    worker.replyStarted.connect(chat.reply_started)
    worker.replyText.connect(chat.reply_text)
    worker.replyFinished.connect(chat.reply_finished)
    worker.replyFailed.connect(chat.reply_failed)
    worker.contextUsed.connect(window.context_meter.show_used)
    worker.contextFitted.connect(chat.context_fitted)
    worker.messageTooLarge.connect(chat.too_large)
    worker.runningSummaryStarted.connect(chat.folding_started)
    worker.summaryProgress.connect(window.summaries.progress)
    worker.summaryFinished.connect(window.summaries.finished)
    worker.summaryFailed.connect(window.summaries.failed)
    worker.sourcesFound.connect(chat.sources_found)
    worker.replyCited.connect(chat.reply_cited)
    documents = window.documents
    documents.indexRequested.connect(worker.index)
    documents.removeRequested.connect(worker.remove_collection)
    worker.indexProgress.connect(documents.progress)
    worker.indexFinished.connect(documents.finished)
    worker.indexFailed.connect(documents.failed)
    worker.collectionRemoved.connect(documents.removed)
