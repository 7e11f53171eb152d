"""The main window: conversations on the left, the chat on the right, the model below.

The window never waits on the model: every request goes to the :class:`InferenceWorker` on its
thread by queued signal, and the reply comes back in batches. The history is read here (a page
of the list, the last messages of a conversation: milliseconds) and the streaming reply is
written by the worker through its own connection.
"""

from __future__ import annotations

import html
import itertools
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPoint,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from assistant import APP_NAME
from assistant.core import starter
from assistant.core.documents import SUFFIXES
from assistant.core.engine import (
    ChatMessage,
    GenerationParams,
    ReplyStats,
    StopReason,
)
from assistant.core.errors import PequenoError
from assistant.core.history import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    Conversation,
    HistoryStore,
    MessageState,
    Role,
)
from assistant.core.i18n import format_number
from assistant.core.modelstore import ModelStore
from assistant.core.paths import AppPaths
from assistant.core.settings import Settings, save_settings
from assistant.core.summarize import Style, Summary, follow_up_prompt
from assistant.ui.banner import Banner
from assistant.ui.chatmodel import ChatItem, ChatModel
from assistant.ui.chatview import COPY_MESSAGE, EDIT, REGENERATE, ChatView
from assistant.ui.composer import Composer
from assistant.ui.conversationlist import CONVERSATION_ID, RICH_TEXT, RichTextDelegate
from assistant.ui.modelsdialog import ModelsDialog
from assistant.ui.rendering import COPY_CODE
from assistant.ui.settingsdialog import SettingsDialog
from assistant.ui.summarizedialog import SummarizeDialog
from assistant.ui.summarypanel import SummaryPanel
from assistant.ui.translations import LANGUAGES, switch_language
from assistant.ui.worker import (
    ChatEngine,
    ContextReport,
    InferenceWorker,
    LoadedModel,
    LoadRequest,
    ReplyRequest,
    SummaryProgress,
    SummaryRequest,
)

log = logging.getLogger(__name__)

class MainWindow(QMainWindow):
    """The chat window."""

    generateRequested = Signal(object)  # ReplyRequest
    replyDone = Signal(object)  # ReplyStats or None, once the window has shown the end
    loadRequested = Signal(object)  # LoadRequest
    summarizeRequested = Signal(object)  # SummaryRequest
    measureRequested = Signal(object)  # ReplyRequest: report what fits, generate nothing
    summaryDone = Signal(object)  # the new conversation's id, or None (failed or cancelled)
    shutdownRequested = Signal()

    def __init__(self, paths: AppPaths, settings: Settings, store: HistoryStore | None,
                 engine: ChatEngine, *, key_notice: str | None = None) -> None:
        super().__init__()
        self.paths = paths
        self.settings = settings
        self.store = store
        self._requests = itertools.count(1)
        self._active: tuple[int, ChatItem] | None = None
        self._turn_items: tuple[ChatItem, ...] = ()
        self._jobs = itertools.count(1)
        self._summary: SummaryRequest | None = None
        self._too_large: str | None = None
        self._context: ContextReport | None = None
        self._measuring = 0
        self._conversation: Conversation | None = None
        self._editing: ChatItem | None = None
        self._loaded: LoadedModel | None = None
        self._closing = False
        self._loading = True
        self._hint_text: Callable[[], str] | None = None
        self._build()
        self._build_actions()
        self._set_busy(loading=True)
        self.retranslate()

        self._thread = QThread()
        self._thread.setObjectName("inference")
        worker_store = store.another_connection() if store is not None else None
        self.worker = InferenceWorker(engine, worker_store)
        self.worker.moveToThread(self._thread)
        self.generateRequested.connect(self.worker.generate)
        self.loadRequested.connect(self.worker.load)
        self.summarizeRequested.connect(self.worker.summarize)
        self.measureRequested.connect(self.worker.measure)
        self.shutdownRequested.connect(self.worker.shutdown,
                                       Qt.ConnectionType.BlockingQueuedConnection)
        self.worker.modelLoading.connect(self._model_loading)
        self.worker.modelLoaded.connect(self._model_loaded)
        self.worker.modelLoadFailed.connect(self._model_load_failed)
        self.worker.replyStarted.connect(self._reply_started)
        self.worker.replyText.connect(self._reply_text)
        self.worker.replyFinished.connect(self._reply_finished)
        self.worker.replyFailed.connect(self._reply_failed)
        self.worker.contextUsed.connect(self._context_used)
        self.worker.contextFitted.connect(self._context_fitted)
        self.worker.messageTooLarge.connect(self._message_too_large)
        self.worker.summaryProgress.connect(self._summary_progress)
        self.worker.summaryFinished.connect(self._summary_finished)
        self.worker.summaryFailed.connect(self._summary_failed)
        self.worker.runningSummaryStarted.connect(self._running_summary_started)
        self._thread.start()

        if key_notice:
            self.hint.show_message(key_notice)
        self.refresh_conversations()
        self.load_default_model()

    # -- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh_conversations)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_conversation)
        self.summarize_button = QPushButton()
        self.summarize_button.clicked.connect(lambda: self.summarize_document())
        self.conversations = QStandardItemModel(self)
        self.conversation_list = QListView()
        self.conversation_list.setModel(self.conversations)
        self.conversation_list.setItemDelegate(RichTextDelegate(self.conversation_list))
        self.conversation_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.conversation_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.conversation_list.activated.connect(self._conversation_activated)
        self.conversation_list.clicked.connect(self._conversation_activated)
        self.conversation_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.conversation_list.customContextMenuRequested.connect(self._conversation_menu)
        sidebar = QWidget()
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(6, 6, 0, 6)
        side.addWidget(self.search)
        side.addWidget(self.new_button)
        side.addWidget(self.summarize_button)
        side.addWidget(self.conversation_list, 1)

        self.error_banner = Banner()
        self.hint = Banner()
        self.summary_panel = SummaryPanel()
        self.summary_panel.cancelRequested.connect(self.cancel_summary)
        self.chat_model = ChatModel()
        self.chat_view = ChatView()
        self.chat_view.setModel(self.chat_model)
        self.chat_view.delegate.linkActivated.connect(self._link_activated)
        self.chat_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.chat_view.customContextMenuRequested.connect(self._message_menu)
        self.editing_label = QLabel()
        self.editing_label.hide()
        self.composer = Composer()
        self.composer.submitted.connect(self.send)
        self.composer.stopRequested.connect(self._escape)
        self.send_button = QPushButton()
        self.send_button.clicked.connect(self._send_clicked)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setEnabled(False)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        row = QHBoxLayout()
        row.addWidget(self.composer, 1)
        row.addLayout(buttons)
        chat = QWidget()
        column = QVBoxLayout(chat)
        column.setContentsMargins(0, 6, 6, 6)
        column.addWidget(self.error_banner)
        column.addWidget(self.hint)
        column.addWidget(self.summary_panel)
        column.addWidget(self.chat_view, 1)
        column.addWidget(self.editing_label)
        column.addLayout(row)

        splitter = QSplitter()
        splitter.addWidget(sidebar)
        splitter.addWidget(chat)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 740])
        self.setCentralWidget(splitter)

        self.model_label = QLabel()
        self.context_meter = QProgressBar()
        self.context_meter.setMinimumWidth(200)
        self.context_meter.setTextVisible(True)
        self.context_meter.setRange(0, 1)
        self.context_meter.setValue(0)
        self.speed_label = QLabel()
        status = self.statusBar()
        status.addWidget(self.model_label)
        status.addPermanentWidget(self.speed_label)
        status.addPermanentWidget(self.context_meter)
        self.resize(1000, 700)
        self.setTabOrder(self.search, self.new_button)
        self.setTabOrder(self.new_button, self.summarize_button)
        self.setTabOrder(self.summarize_button, self.conversation_list)
        # What shows above the messages comes before them in the Tab order too.
        above: list[QWidget] = [self.conversation_list]
        for banner in (self.error_banner, self.hint):
            above += [banner.action_button, banner.close_button]
        above += [self.summary_panel.cancel_button, self.chat_view]
        for first, second in itertools.pairwise(above):
            self.setTabOrder(first, second)
        self.setTabOrder(self.chat_view, self.composer)
        self.setTabOrder(self.composer, self.send_button)
        self.setTabOrder(self.send_button, self.stop_button)
        self.setAcceptDrops(True)

    def _build_actions(self) -> None:
        def action(shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                   slot: object) -> QAction:
            item = QAction(self)
            if shortcut is not None:
                item.setShortcut(QKeySequence(shortcut))
            item.triggered.connect(slot)
            self.addAction(item)
            return item

        self.new_action = action(QKeySequence.StandardKey.New, self.new_conversation)
        self.open_model_action = action(QKeySequence.StandardKey.Open, self.choose_model_file)
        self.models_action = action("Ctrl+M", self.open_models)
        self.summarize_action = action("Ctrl+Shift+O", lambda: self.summarize_document())
        self.settings_action = action("Ctrl+,", self.open_settings)
        self.quit_action = action(QKeySequence.StandardKey.Quit, self.close)
        self.search_action = action(QKeySequence.StandardKey.Find, self.focus_search)
        self.composer_action = action("Ctrl+L", self.focus_composer)
        self.copy_reply_action = action("Ctrl+Shift+C", self.copy_last_reply)
        self.stop_action = action(None, self.stop)
        self.rename_action = action("F2", self.rename_conversation)
        self.delete_action = action(None, self.delete_conversation)
        self.pin_action = action(None, self.toggle_pin)
        self.fold_action = action(None, self.toggle_running_summary)
        self.fold_action.setCheckable(True)
        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        self.file_menu.addActions([self.new_action, self.summarize_action, self.models_action,
                                   self.open_model_action, self.settings_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = menu.addMenu("")
        self.edit_menu.addActions([self.search_action, self.composer_action,
                                   self.copy_reply_action, self.stop_action])
        self.conversation_menu = menu.addMenu("")
        self.conversation_menu.addActions([self.rename_action, self.pin_action,
                                           self.fold_action, self.delete_action])
        self.conversation_menu.aboutToShow.connect(self._update_fold_action)
        self.language_menu = menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.system_language_action = QAction(self)
        choices: list[tuple[QAction, str | None]] = [(self.system_language_action, None)]
        for language, name in LANGUAGES:
            choices.append((QAction(name, self), language))
        for item, choice in choices:
            item.setCheckable(True)
            item.setChecked(choice == self.settings.language)
            item.setData(choice)
            item.triggered.connect(lambda _=False, choice=choice: self.set_language(choice))
            self.language_group.addAction(item)
            self.language_menu.addAction(item)

    def retranslate(self) -> None:
        """Set every text in the current language (also on a live language switch)."""
        self.setWindowTitle(APP_NAME)
        self.search.setPlaceholderText(self.tr("Search conversations"))
        self.search.setAccessibleName(self.tr("Search conversations"))
        self.new_button.setText(self.tr("New chat"))
        self.new_button.setAccessibleName(self.tr("New chat"))
        self.summarize_button.setText(self.tr("Summarize a document…"))
        self.summarize_button.setAccessibleName(self.tr("Summarize a document"))
        self.summarize_button.setAccessibleDescription(self.tr(
            "Choose a file to summarize; you can also drop a file onto the window."))
        self.conversation_list.setAccessibleName(self.tr("Conversations"))
        self.chat_view.setAccessibleName(self.tr("Messages"))
        self.chat_view.setAccessibleDescription(self.tr(
            "The conversation. The context menu has copy, edit and regenerate."))
        self.send_button.setText(self.tr("Send"))
        self.send_button.setAccessibleName(self.tr("Send"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop the reply"))
        self.context_meter.setAccessibleName(self.tr("Context used"))
        self._show_context()
        for banner in (self.error_banner, self.hint):
            banner.close_button.setAccessibleName(self.tr("Dismiss"))
        self.editing_label.setText(self.tr(
            "Editing an earlier message: Enter resends it and drops what came after; Esc "
            "cancels."))
        self.composer.retranslate()
        self.summary_panel.retranslate()
        self.chat_view.delegate.forget()
        self.chat_view.doItemsLayout()
        self.new_action.setText(self.tr("&New chat"))
        self.summarize_action.setText(self.tr("S&ummarize a document…"))
        self.open_model_action.setText(self.tr("&Open model file…"))
        self.models_action.setText(self.tr("&Models…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.search_action.setText(self.tr("&Find in conversations"))
        self.composer_action.setText(self.tr("&Write a message"))
        self.copy_reply_action.setText(self.tr("&Copy last reply"))
        self.stop_action.setText(self.tr("S&top the reply"))
        self.rename_action.setText(self.tr("&Rename…"))
        self.delete_action.setText(self.tr("&Delete"))
        self.pin_action.setText(self.tr("&Pin or unpin"))
        self.fold_action.setText(self.tr("&Keep a summary of older messages"))
        self.fold_action.setToolTip(self.tr(
            "When messages no longer fit the model's memory, the model summarizes them and "
            "keeps the summary in view. Each update takes a moment before the reply."))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.conversation_menu.setTitle(self.tr("&Conversation"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.system_language_action.setText(self.tr("The system's language"))
        if self._hint_text is not None and self.hint.isVisible():
            self.hint.show_message(self._hint_text())
        self._show_model()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh_conversations()
        elif event.type() == QEvent.Type.PaletteChange:
            self.chat_view.delegate.forget()
        super().changeEvent(event)

    # -- model ------------------------------------------------------------------------------

    def load_default_model(self) -> None:
        """Load the model from the settings, or the starter model."""
        if self.settings.model_path:
            self.load_model(Path(self.settings.model_path))
        elif starter.is_installed(self.paths.models):
            self.load_model(starter.starter_path(self.paths.models))
            self._hint_text = lambda: self.tr(
                "You are chatting with the small starter model, which is quick but often "
                "wrong. For much better answers, download Phi-3-mini from File › Models… (Ctrl+M), "
                "or open a GGUF file you already have with File › Open model file…")
            self.hint.show_message(self._hint_text())
        else:
            self._set_busy(loading=False, usable=False)
            self.error_banner.show_message(self.tr(
                "No model is installed yet. Run 'make run' once, or open a GGUF model file "
                "with File › Open model file…"))

    def load_model(self, path: Path) -> None:
        """Ask the worker to load ``path`` (the composer waits meanwhile)."""
        self.loadRequested.emit(LoadRequest(path, self.settings.context_size,
                                            self.settings.n_threads,
                                            self.settings.n_gpu_layers))

    def choose_model_file(self) -> None:
        """Let the user pick a GGUF file and switch to it."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a model"), str(Path.home()),
                                              self.tr("GGUF models (*.gguf)"))
        if name:
            self.use_model(name)

    def open_models(self) -> None:
        """Show the models dialog (download, import, remove, choose)."""
        dialog = ModelsDialog(ModelStore(self.paths.models), self.settings, self)
        dialog.modelChosen.connect(self.use_model)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def set_language(self, language: str | None) -> None:
        """Switch the whole app to ``language`` now (``None``: the system's) and keep it."""
        self.settings = self.settings.replace(language=language)
        self._save_settings()
        app = QApplication.instance()
        if app is not None:
            switch_language(app, language)

    def use_model(self, path: str) -> None:
        """Make ``path`` the model Pequeno uses, and load it now."""
        self.settings = self.settings.replace(model_path=path)
        self._save_settings()
        self.hint.hide()
        self.load_model(Path(path))

    @Slot(object)
    def _model_loading(self, request: LoadRequest) -> None:
        self._loaded = None
        self._set_busy(loading=True)
        self.model_label.setText(self.tr("Loading {name}…").format(name=request.path.name))

    @Slot(object)
    def _model_loaded(self, loaded: LoadedModel) -> None:
        self._loaded = loaded
        self._set_busy(loading=False)
        self.context_meter.setRange(0, loaded.n_ctx)
        self.context_meter.setValue(0)
        self._show_model()
        self.focus_composer()

    @Slot(str)
    def _model_load_failed(self, message: str) -> None:
        self._set_busy(loading=False, usable=False)
        self.model_label.setText(self.tr("No model loaded"))
        self.show_error(message)

    def _show_model(self) -> None:
        if self._loaded is not None:
            info = self._loaded.info
            self.model_label.setText(self.tr("{name} · {variant} context").format(
                name=info.name, variant=info.variant))

    def _set_busy(self, *, loading: bool | None = None, usable: bool = True) -> None:
        if loading is not None:
            self._loading = loading
        generating = self._active is not None
        summarizing = self._summary is not None
        # A button about to be disabled would pass the focus on to some other widget.
        if (not generating and self.stop_button.hasFocus()) or (
                not summarizing and self.summary_panel.cancel_button.hasFocus()):
            self.focus_composer()
        self.composer.setEnabled(not self._loading)
        self.send_button.setEnabled(usable and self._loaded is not None and not self._loading
                                    and not generating and not summarizing)
        can_summarize = self._loaded is not None and not self._loading and not summarizing
        self.summarize_button.setEnabled(can_summarize)
        self.summarize_action.setEnabled(can_summarize)
        self.stop_button.setEnabled(generating)
        self.stop_action.setEnabled(generating)

    # -- conversations ----------------------------------------------------------------------

    def refresh_conversations(self) -> None:
        """Fill the sidebar: the newest conversations, or the search results."""
        if self.store is None:
            return
        query = self.search.text().strip()
        self.conversations.clear()
        try:
            if query:
                seen: set[int] = set()
                for hit in self.store.search(query):
                    if hit.conversation in seen:  # best hit first: one row per conversation
                        continue
                    seen.add(hit.conversation)
                    snippet = html.escape(hit.snippet).replace(HIGHLIGHT_START, "<b>") \
                        .replace(HIGHLIGHT_END, "</b>")
                    title = hit.title or self.tr("New conversation")
                    self._add_row(hit.conversation, title,
                                  f"<b>{html.escape(title)}</b><br><small>{snippet}</small>")
            else:
                for conversation in self.store.list_conversations(limit=200):
                    title = conversation.title or self.tr("New conversation")
                    pin = "📌 " if conversation.pinned else ""
                    self._add_row(conversation.id, title, html.escape(pin + title))
        except PequenoError as exc:
            self.show_error(exc.message)

    def _add_row(self, conversation_id: int, title: str, rich: str) -> None:
        row = QStandardItem(title)
        row.setData(conversation_id, CONVERSATION_ID)
        row.setData(rich, RICH_TEXT)
        row.setEditable(False)
        self.conversations.appendRow(row)
        if self._conversation is not None and conversation_id == self._conversation.id:
            self.conversation_list.setCurrentIndex(row.index())

    def _conversation_activated(self, index: QModelIndex) -> None:
        conversation_id = index.data(CONVERSATION_ID)
        if conversation_id is not None and (
                self._conversation is None or conversation_id != self._conversation.id):
            self.open_conversation(int(conversation_id))

    def open_conversation(self, conversation_id: int) -> None:
        """Show a saved conversation."""
        if self.store is None or self._active is not None:
            return
        try:
            self._conversation = self.store.conversation(conversation_id)
            messages = self.store.messages(conversation_id)
        except PequenoError as exc:
            self.show_error(exc.message)
            return
        self._cancel_edit()
        self.chat_view.delegate.forget()
        self.chat_model.set_messages(messages)
        self.chat_view.follow()
        self._offer_conversation_model()
        self._measure_context()

    def _offer_conversation_model(self) -> None:
        """Offer the model a reopened conversation was held with, when another is loaded."""
        used = self._conversation.model if self._conversation is not None else None
        if not used or self._loaded is None or used == str(self._loaded.info.path) \
                or not Path(used).is_file():
            return
        self.hint.show_message(
            self.tr("This conversation was held with {name}.").format(name=Path(used).name),
            (self.tr("Switch to it"), lambda: self.use_model(used)))

    def new_conversation(self) -> None:
        """Start an empty chat (saved with its first message)."""
        if self._active is not None:
            return
        self._conversation = None
        self._cancel_edit()
        self.chat_model.clear()
        self._context = None
        self._show_context()
        self.conversation_list.clearSelection()
        self.focus_composer()

    def _selected_conversation(self) -> int | None:
        index = self.conversation_list.currentIndex()
        value = index.data(CONVERSATION_ID) if index.isValid() else None
        if value is None and self._conversation is not None:
            return self._conversation.id
        return int(value) if value is not None else None

    def rename_conversation(self) -> None:
        """Ask for a new title for the selected conversation."""
        conversation_id = self._selected_conversation()
        if conversation_id is None or self.store is None:
            return
        current = self.store.conversation(conversation_id).title
        title, ok = QInputDialog.getText(self, self.tr("Rename conversation"),
                                         self.tr("Title:"), text=current)
        if ok and title.strip():
            self._store_call(self.store.rename, conversation_id, title.strip())
            self.refresh_conversations()

    def toggle_pin(self) -> None:
        """Pin the selected conversation to the top, or unpin it."""
        conversation_id = self._selected_conversation()
        if conversation_id is None or self.store is None:
            return
        pinned = self.store.conversation(conversation_id).pinned
        self._store_call(self.store.set_pinned, conversation_id, not pinned)
        self.refresh_conversations()

    def _update_fold_action(self) -> None:
        folding = self._conversation.settings.get("running_summary") \
            if self._conversation is not None else None
        self.fold_action.setEnabled(self._conversation is not None and self.store is not None)
        self.fold_action.setChecked(bool(folding and folding.get("enabled")))

    def toggle_running_summary(self) -> None:
        """Keep (or stop keeping) a summary of the messages that leave the model's memory."""
        if self._conversation is None or self.store is None or self._active is not None:
            return
        folding = dict(self._conversation.settings.get("running_summary") or {})
        folding["enabled"] = not folding.get("enabled")
        try:
            self._conversation = self.store.update_settings(self._conversation.id,
                                                            running_summary=folding)
        except PequenoError as exc:
            self.show_error(exc.message)
            return
        self._update_fold_action()
        self._measure_context()

    def delete_conversation(self) -> None:
        """Delete the selected conversation after asking."""
        conversation_id = self._selected_conversation()
        if conversation_id is None or self.store is None or self._active is not None:
            return
        answer = QMessageBox.question(self, self.tr("Delete conversation"), self.tr(
            "Delete this conversation? This cannot be undone."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._store_call(self.store.delete_conversation, conversation_id)
        if self._conversation is not None and self._conversation.id == conversation_id:
            self.new_conversation()
        self.refresh_conversations()

    def _conversation_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions([self.rename_action, self.pin_action, self.delete_action])
        menu.exec(self.conversation_list.viewport().mapToGlobal(position))

    def _store_call(self, function: Callable[..., object], *args: object) -> bool:
        try:
            function(*args)
        except PequenoError as exc:
            self.show_error(exc.message)
            return False
        return True

    # -- chatting ---------------------------------------------------------------------------

    def _send_clicked(self) -> None:
        text = self.composer.toPlainText().strip()
        if text:
            self.send(text)

    def send(self, text: str) -> None:
        """Send ``text`` (or resend an edited message) and stream the reply."""
        if self._active is not None or self._loaded is None or self.store is None \
                or self._summary is not None:
            return
        try:
            if self._editing is not None:
                editing, self._editing = self._editing, None
                self.editing_label.hide()
                messages = self.store.edit_and_truncate(editing.message_id, text)
                self.chat_model.set_messages(messages)
            else:
                if self._conversation is None:
                    self._conversation = self._create_conversation(self.settings.system_prompt)
                # Committed before the model starts: a crash cannot lose what was typed.
                stored = self.store.add_message(self._conversation.id, Role.USER, text)
                self.chat_model.append(ChatItem.from_stored(stored))
        except PequenoError as exc:
            self.show_error(exc.message)
            return
        self.composer.clear()
        self._request_reply()
        self.refresh_conversations()

    def _create_conversation(self, system_prompt: str | None, *, title: str = ""
                             ) -> Conversation:
        """A new stored conversation with the loaded model and today's settings."""
        assert self.store is not None
        assert self._loaded is not None
        return self.store.create_conversation(
            title=title, model=str(self._loaded.info.path), system_prompt=system_prompt,
            settings=GenerationParams.from_settings(self.settings).recorded())

    def _reply_request(self) -> ReplyRequest:
        """The open conversation as the worker takes it (it fits it into the context)."""
        assert self._conversation is not None
        system = self._conversation.system_prompt
        if system is None:
            system = self.settings.system_prompt
        self._turn_items = tuple(item for item in self.chat_model.items()
                                 if item.state is not MessageState.ERROR and item.content)
        turns = tuple(ChatMessage(str(item.role), item.content) for item in self._turn_items)
        folding = self._conversation.settings.get("running_summary") or {}
        return ReplyRequest(next(self._requests), self._conversation.id, turns,
                            GenerationParams.from_settings(self.settings), system=system,
                            keep_summary=bool(folding.get("enabled")),
                            summary=folding.get("text") or None,
                            summary_covers=int(folding.get("covers") or 0))

    def _request_reply(self) -> None:
        request = self._reply_request()
        item = ChatItem(Role.ASSISTANT, "", MessageState.PARTIAL, streaming=True)
        self.chat_model.append(item)
        self.chat_view.follow()
        self._active = (request.request_id, item)
        self._too_large = None
        self._set_busy()
        self.generateRequested.emit(request)

    def _measure_context(self) -> None:
        """Ask the worker what of the open conversation fits, to mark the rest now."""
        self._context = None
        self._show_context()
        if self._conversation is None or self._loaded is None or self._active is not None:
            return
        request = self._reply_request()
        self._measuring = request.request_id
        self.measureRequested.emit(request)

    @Slot(int, object)
    def _context_fitted(self, request_id: int, report: ContextReport) -> None:
        if self._current(request_id) is None and request_id != self._measuring:
            return
        first_kept = self._turn_items[report.dropped] \
            if report.dropped < len(self._turn_items) else None
        self.chat_model.set_boundary(first_kept, report.dropped, summarized=report.summarized)
        self._context = report
        self.context_meter.setValue(min(report.prompt_tokens, self.context_meter.maximum()))
        self._show_context()

    def _show_context(self) -> None:
        dropped = self._context.dropped if self._context is not None else 0
        if dropped:
            self.context_meter.setFormat(self.tr(
                "%v / %m tokens · %n older message(s) left out", "", dropped))
            self.context_meter.setToolTip(self.tr(
                "The conversation is longer than the model can read at once: it answers "
                "from the newest messages, and %n older message(s) are outside its memory.",
                "", dropped))
        else:
            self.context_meter.setFormat(self.tr("%v / %m tokens"))
            self.context_meter.setToolTip(self.tr(
                "How much of the model's memory (its context) the conversation takes."))
        # A progress bar neither wraps nor elides its text: make room for the longest it shows.
        longest = self.context_meter.format().replace("%v", "%m").replace(
            "%m", str(self.context_meter.maximum())).replace("%p", "100")
        width = self.context_meter.fontMetrics().horizontalAdvance(longest) + 24
        self.context_meter.setMinimumWidth(max(200, width))

    @Slot(int)
    def _running_summary_started(self, request_id: int) -> None:
        if self._current(request_id) is not None:
            self.statusBar().showMessage(self.tr("Summarizing older messages…"), 10_000)

    @Slot(int, str)
    def _message_too_large(self, request_id: int, text: str) -> None:
        if self._current(request_id) is not None:
            self._too_large = text

    def _current(self, request_id: int) -> ChatItem | None:
        if self._active is None or self._active[0] != request_id:
            return None
        return self._active[1]

    @Slot(int, int)
    def _reply_started(self, request_id: int, message_id: int) -> None:
        item = self._current(request_id)
        if item is not None:
            item.message_id = message_id

    @Slot(int, str)
    def _reply_text(self, request_id: int, text: str) -> None:
        item = self._current(request_id)
        if item is not None:
            item.content += text
            self.chat_model.changed(item)

    @Slot(int, object)
    def _reply_finished(self, request_id: int, stats: ReplyStats | None) -> None:
        item = self._current(request_id)
        if item is None:
            return
        stopped = stats is not None and stats.stop_reason is StopReason.CANCELLED
        item.streaming = False
        item.state = MessageState.PARTIAL if stopped else MessageState.COMPLETE
        self.chat_model.changed(item)
        self._active = None
        self._set_busy()
        if stats is not None and stats.tokens_per_second:
            self.speed_label.setText(self.tr("{rate} tokens/s").format(
                rate=format_number(stats.tokens_per_second, 1)))
        # Titling and the sidebar wait for the next turn of the event loop, so the last
        # render of a long reply and the sidebar refresh do not fall in the same frame.
        QTimer.singleShot(0, lambda: self._after_reply(stats))

    def _after_reply(self, stats: ReplyStats | None) -> None:
        if self.store is not None and self._conversation is not None:
            try:
                self.store.auto_title(self._conversation.id)
                # The worker may have updated the running summary in the conversation's settings.
                self._conversation = self.store.conversation(self._conversation.id)
            except PequenoError as exc:
                self.show_error(exc.message)
        self.refresh_conversations()
        self.replyDone.emit(stats)

    @Slot(int, str)
    def _reply_failed(self, request_id: int, message: str) -> None:
        item = self._current(request_id)
        if item is None:
            return
        item.streaming = False
        self._active = None
        text, self._too_large = self._too_large, None
        if not message:  # stopped before it began
            self.chat_model.truncate(item)
        elif text is not None:  # nothing was generated: no failed reply to show
            self.chat_model.truncate(item)
            self.error_banner.show_message(message, (
                self.tr("Summarize it as a document"),
                lambda: self.start_summary(None, Style.BRIEF, None, text=text,
                                           title=self.tr("Your message"))))
        else:
            item.state = MessageState.ERROR
            self.chat_model.changed(item)
            self.show_error(message)
        self._set_busy()
        self.replyDone.emit(None)

    @Slot(int)
    def _context_used(self, tokens: int) -> None:
        self.context_meter.setValue(min(tokens, self.context_meter.maximum()))

    # -- summaries --------------------------------------------------------------------------

    def summarize_document(self, path: Path | None = None) -> None:
        """Ask which document to summarize and how, then start."""
        if self._summary is not None or self._loaded is None:
            return
        dialog = SummarizeDialog(path, self)
        try:
            if dialog.exec() == SummarizeDialog.DialogCode.Accepted:
                self.start_summary(dialog.chosen_path(), dialog.chosen_style(),
                                   dialog.chosen_language())
        finally:
            dialog.deleteLater()

    def start_summary(self, path: Path | None, style: Style, language: str | None, *,
                      text: str | None = None, title: str | None = None) -> None:
        """Summarize the file at ``path`` (or ``text``) on the worker; progress shows above."""
        if self._summary is not None or self._loaded is None:
            return
        name = title or (path.name if path is not None else "")
        request = SummaryRequest(next(self._jobs), name, style, language, threading.Event(),
                                 path=path, text=text)
        self._summary = request
        self.error_banner.hide()
        self.summary_panel.start(name)
        self._set_busy()
        self.summarizeRequested.emit(request)

    def cancel_summary(self) -> None:
        """Stop the summary being made (the parts already done are kept for next time)."""
        if self._summary is not None:
            self._summary.cancel.set()
            if self.summary_panel.cancel_button.hasFocus():
                self.focus_composer()
            self.summary_panel.cancelling()

    @Slot(object)
    def _summary_progress(self, update: SummaryProgress) -> None:
        if self._summary is not None and update.job_id == self._summary.job_id:
            self.summary_panel.update_progress(update.progress)

    @Slot(int, object)
    def _summary_finished(self, job_id: int, summary: Summary) -> None:
        if self._summary is None or job_id != self._summary.job_id:
            return
        self._end_summary()
        conversation_id = self._save_summary(summary)
        self.summaryDone.emit(conversation_id)

    def _end_summary(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and self.summary_panel.isAncestorOf(focused):
            self.focus_composer()
        self._summary = None
        self.summary_panel.hide()
        self._set_busy()

    def _save_summary(self, summary: Summary) -> int | None:
        """Open the summary as a new conversation, saved when there is a history."""
        request = self.tr("Summarize \u201c{title}\u201d.").format(title=summary.title)
        details = {k: v for k, v in summary.as_dict().items() if k != "summary"}
        if self.store is None or self._loaded is None:
            self.new_conversation()
            self.chat_model.append(ChatItem(Role.USER, request))
            self.chat_model.append(ChatItem(Role.ASSISTANT, summary.text))
            return None
        try:
            conversation = self._create_conversation(
                follow_up_prompt(self.settings.system_prompt, summary),
                title=self.tr("Summary of \u201c{title}\u201d").format(title=summary.title))
            self.store.add_message(conversation.id, Role.USER, request)
            self.store.add_message(conversation.id, Role.ASSISTANT, summary.text,
                                   model=self._loaded.info.name, stats={"summary": details})
        except PequenoError as exc:
            self.show_error(exc.message)
            return None
        self.open_conversation(conversation.id)
        self.refresh_conversations()
        return conversation.id

    @Slot(int, str)
    def _summary_failed(self, job_id: int, message: str) -> None:
        if self._summary is None or job_id != self._summary.job_id:
            return
        self._end_summary()
        if message:
            self.show_error(message)
        self.summaryDone.emit(None)

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData() is not None else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in SUFFIXES else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None and self._summary is None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # The dialog is modal: open it once the drop has returned to the source application.
        QTimer.singleShot(0, lambda: self.summarize_document(path))

    # -- replies ----------------------------------------------------------------------------

    def stop(self) -> None:
        """Stop the reply in progress (within one token)."""
        if self._active is not None:
            self.worker.stop(self._active[0])

    def _escape(self) -> None:
        if self._active is not None:
            self.stop()
        elif self._summary is not None:
            self.cancel_summary()
        else:
            self._cancel_edit()

    def _link_activated(self, item: ChatItem, href: str) -> None:
        if href == COPY_MESSAGE:
            QGuiApplication.clipboard().setText(item.content)
        elif href.startswith(COPY_CODE):
            code = self.chat_view.delegate.code_block(item, href)
            if code is not None:
                QGuiApplication.clipboard().setText(code)
        elif href == EDIT:
            self.edit_message(item)
        elif href == REGENERATE:
            self.regenerate(item)

    def _message_menu(self, position: QPoint) -> None:
        index = self.chat_view.indexAt(position)
        if not index.isValid():
            index = self.chat_view.currentIndex()
        if not index.isValid():
            return
        item = self.chat_model.item(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Copy"), lambda: self._link_activated(item, COPY_MESSAGE))
        if item.role is Role.USER:
            menu.addAction(self.tr("Edit and resend"), lambda: self.edit_message(item))
        else:
            menu.addAction(self.tr("Regenerate"), lambda: self.regenerate(item))
        menu.exec(self.chat_view.viewport().mapToGlobal(position))

    def edit_message(self, item: ChatItem) -> None:
        """Put a user message in the composer; sending replaces it and drops what followed."""
        if self._active is not None or item.role is not Role.USER or not item.message_id:
            return
        self._editing = item
        self.editing_label.show()
        self.composer.setPlainText(item.content)
        self.focus_composer()

    def _cancel_edit(self) -> None:
        if self._editing is not None:
            self._editing = None
            self.editing_label.hide()
            self.composer.clear()

    def regenerate(self, item: ChatItem) -> None:
        """Replace an assistant message (and what followed) with a new reply."""
        if self._active is not None or item.role is not Role.ASSISTANT or self.store is None \
                or not item.message_id or self._loaded is None:
            return
        try:
            messages = self.store.delete_from(item.message_id)
        except PequenoError as exc:
            self.show_error(exc.message)
            return
        self.chat_model.set_messages(messages)
        self._request_reply()

    def copy_last_reply(self) -> None:
        """Copy the newest assistant message to the clipboard."""
        item = self.chat_model.last_reply()
        if item is not None:
            QGuiApplication.clipboard().setText(item.content)

    def focus_search(self) -> None:
        """Move the keyboard focus to the search box."""
        self.search.setFocus()
        self.search.selectAll()

    def focus_composer(self) -> None:
        """Move the keyboard focus to the message editor."""
        self.composer.setFocus()

    # -- settings, errors, closing ----------------------------------------------------------

    def open_settings(self) -> None:
        """Show the settings dialog and apply what the user chose."""
        prompt = self._conversation.system_prompt if self._conversation is not None else None
        dialog = SettingsDialog(self.settings, prompt if self._conversation else None, self)
        try:
            if dialog.exec() != SettingsDialog.DialogCode.Accepted:
                return
            previous = self.settings
            self.settings = dialog.result_settings()
            self._save_settings()
            conversation_prompt = dialog.conversation_system_prompt()
            if self._conversation is not None and conversation_prompt is not None \
                    and self.store is not None:
                self._store_call(self.store.set_system_prompt, self._conversation.id,
                                 conversation_prompt)
                self._conversation = self.store.conversation(self._conversation.id)
            reload = (previous.context_size, previous.n_threads, previous.n_gpu_layers) != \
                (self.settings.context_size, self.settings.n_threads, self.settings.n_gpu_layers)
            if reload and self._loaded is not None and self._active is None:
                self.load_model(self._loaded.info.path)
        finally:
            dialog.deleteLater()

    def _save_settings(self) -> None:
        try:
            save_settings(self.settings, self.paths.settings_file)
        except OSError as exc:
            self.show_error(self.tr("The settings could not be saved: {reason}").format(
                reason=exc.strerror or exc))

    def show_error(self, message: str) -> None:
        """Show a problem in plain words; the app carries on."""
        self.error_banner.show_message(message)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop generating, let the worker save and free the model, then join its thread."""
        if not self._closing:
            self._closing = True
            self.worker.stop(None)
            if self._summary is not None:
                self._summary.cancel.set()
            self.shutdownRequested.emit()  # blocks until the worker has saved and unloaded
            self._thread.quit()
            self._thread.wait()
            if self.store is not None:
                self.store.close()
                self.store = None
        super().closeEvent(event)

    def worker_thread(self) -> QThread:
        """The inference thread (tests check it has ended)."""
        return self._thread
