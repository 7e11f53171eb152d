"""The main window: conversations on the left, the chat on the right, the model below.

A composition of parts with one job each: the :class:`Sidebar` (search and the conversation
list), :class:`UndoDelete` (the "Undo" offered after a deletion), the :class:`ChatController`
(the open conversation, its turns and the busy state), the :class:`SummaryController` (summary
jobs), :class:`DocumentQuestions` (indexing documents and the conversations about them), the
:class:`ContextMeter` and the window's menus (:mod:`assistant.ui.menus`). The
window wires them together and to the :class:`InferenceWorker`, which runs on its own thread
and is reached by queued signals only.
"""

from __future__ import annotations

import itertools
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant import APP_NAME
from assistant.core.documents.summarize import Style
from assistant.core.errors import PequenoError
from assistant.core.history.store import Conversation, DeletedConversation, HistoryStore
from assistant.core.i18n import format_number
from assistant.core.llm.messages import ReplyStats
from assistant.core.llm.protocol import ChatEngine
from assistant.core.paths import AppPaths
from assistant.core.settings import Settings, save_settings
from assistant.ui.banner import Banner, BannerKind
from assistant.ui.chatcontroller import Busy, ChatController
from assistant.ui.chatmodel import ChatItem, ChatModel
from assistant.ui.chatview import ChatView
from assistant.ui.composer import Composer
from assistant.ui.contextmeter import ContextMeter
from assistant.ui.conversationactions import ConversationActions
from assistant.ui.documentquestions import DocumentQuestions, dropped_path
from assistant.ui.iconset import decorate
from assistant.ui.indexingstatus import IndexingStatus
from assistant.ui.menus import Menus
from assistant.ui.messagemenu import add_message_actions, follow_message_link
from assistant.ui.modelcontroller import ModelController
from assistant.ui.modelpicker import ModelPicker
from assistant.ui.settingsdialog import SettingsDialog
from assistant.ui.sidebar import Sidebar
from assistant.ui.speedmeasurer import SpeedMeasurer
from assistant.ui.summarycontroller import SummaryController
from assistant.ui.summarypanel import SummaryPanel
from assistant.ui.theme import ThemeController
from assistant.ui.translations import switch_language
from assistant.ui.undodelete import UndoDelete
from assistant.ui.worker import InferenceWorker, LoadedModel
from assistant.ui.workerlinks import connect_worker

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The chat window."""

    shutdownRequested = Signal()

    def __init__(self, paths: AppPaths, settings: Settings, store: HistoryStore | None,
                 engine: ChatEngine, *, key_notice: str | None = None) -> None:
        super().__init__()
        self.paths = paths
        self.settings = settings
        self.store = store
        self._closing = False
        self.chat_model = ChatModel()
        self.chat = ChatController(store, self.chat_model, lambda: self.settings)
        self.replyDone = self.chat.replyDone
        self._build()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.theme = ThemeController(app, self)
        self.theme.changed.connect(self._theme_changed)
        self.theme.apply(settings.appearance)
        self.summaries = SummaryController(self.chat, self.summary_panel)
        self.summaryDone = self.summaries.summaryDone
        self.documents = DocumentQuestions(self, self.indexing_status, self.documents_banner)
        self.indexDone = self.documents.indexDone
        self.models = ModelController(self)
        self.model_picker = ModelPicker(self.models, self.paths.models)
        self.statusBar().insertWidget(0, self.model_picker)
        self.speed_measurer = SpeedMeasurer(self.paths.cache, self)
        self.conversation_actions = ConversationActions(self)
        self.menus = Menus(self)
        self.icons = decorate(self)
        self._connect()
        self._start_worker(engine)
        self._busy_changed(self.chat.busy)
        self.retranslate()
        if key_notice:
            self.hint.show_message(key_notice)
        self.refresh_conversations()
        self.load_default_model()

    # -- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        self.sidebar = Sidebar(self.store)
        # The sidebar's parts, by the names the window's users (and tests) know them.
        self.search = self.sidebar.search
        self.new_button = self.sidebar.new_button
        self.summarize_button = self.sidebar.summarize_button
        self.conversation_list = self.sidebar.conversation_list
        self.conversations = self.sidebar.conversations

        self.undo_banner = Banner(BannerKind.HINT)
        self.undo_delete = UndoDelete(self.undo_banner, lambda: self.store,
                                      self.conversation_list, self)
        self.error_banner = Banner(BannerKind.ERROR)
        self.hint = Banner(BannerKind.HINT)
        self.documents_banner = Banner(BannerKind.HINT)  # which documents answer here
        self.summary_panel = SummaryPanel()
        self.chat_view = ChatView()
        self.chat_view.setModel(self.chat_model)
        self.chat_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.editing_label = QLabel()
        self.editing_label.setTextFormat(Qt.TextFormat.PlainText)
        self.editing_label.hide()
        self.composer = Composer()
        self.send_button = QPushButton()
        self.stop_button = QPushButton()
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
        for widget in (self.undo_banner, self.error_banner, self.hint, self.documents_banner,
                       self.summary_panel):
            column.addWidget(widget)
        column.addWidget(self.chat_view, 1)
        column.addWidget(self.editing_label)
        column.addLayout(row)

        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(chat)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 740])
        self.setCentralWidget(splitter)

        self.model_label = QLabel()
        # The model's name comes from the model file: never rich text.
        self.model_label.setTextFormat(Qt.TextFormat.PlainText)
        self.context_meter = ContextMeter()
        self.speed_label = QLabel()
        self.speed_label.setTextFormat(Qt.TextFormat.PlainText)
        self.cancel_load_button = QToolButton()
        self.cancel_load_button.hide()
        self.indexing_status = IndexingStatus()
        status = self.statusBar()
        status.addWidget(self.model_label)
        status.addWidget(self.cancel_load_button)
        status.addWidget(self.indexing_status)
        status.addPermanentWidget(self.speed_label)
        status.addPermanentWidget(self.context_meter)
        self.resize(1000, 700)
        # What shows above the messages comes before them in the Tab order too.
        above: list[QWidget] = [self.conversation_list]
        for banner in (self.undo_banner, self.error_banner, self.hint, self.documents_banner):
            above += [banner.action_button, banner.close_button]
        above += [self.summary_panel.cancel_button, self.chat_view, self.composer,
                  self.send_button, self.stop_button]
        for first, second in itertools.pairwise(above):
            self.setTabOrder(first, second)
        self.setAcceptDrops(True)

    def _connect(self) -> None:
        sidebar, chat = self.sidebar, self.chat
        sidebar.conversationActivated.connect(self.open_conversation)
        sidebar.newRequested.connect(self.new_conversation)
        sidebar.summarizeRequested.connect(lambda: self.summarize_document())
        sidebar.menuRequested.connect(self._conversation_menu)
        sidebar.errorOccurred.connect(self.show_error)
        sidebar.deleted.connect(self._conversation_deleted)
        sidebar.deleteRequested.connect(self.delete_conversation)
        sidebar.undoRequested.connect(self.undo_delete.undo)
        self.undo_delete.restored.connect(self._conversation_restored)
        self.undo_delete.errorOccurred.connect(self.show_error)
        self.chat_view.delegate.linkActivated.connect(self._link_activated)
        self.chat_view.customContextMenuRequested.connect(self._message_menu)
        self.composer.submitted.connect(self.send)
        self.composer.stopRequested.connect(self._escape)
        self.send_button.clicked.connect(self._send_clicked)
        self.stop_button.clicked.connect(self.stop)
        chat.busyChanged.connect(self._busy_changed)
        chat.errorOccurred.connect(self.show_error)
        chat.messageTooLarge.connect(self._message_too_large)
        chat.contextReported.connect(self.context_meter.show_report)
        chat.conversationChanged.connect(self._conversation_changed)
        chat.conversationsChanged.connect(self.refresh_conversations)
        chat.editingChanged.connect(self._editing_changed)
        chat.speedMeasured.connect(lambda rate: self.speed_label.setText(
            self.tr("{rate} tokens/s").format(rate=format_number(rate, 1))))
        chat.foldingStarted.connect(lambda: self.statusBar().showMessage(
            self.tr("Summarizing older messages…"), 10_000))
        chat.replyStarted.connect(self.chat_view.follow)
        chat.replyDone.connect(self._reply_done)
        self.summaries.errorOccurred.connect(self.show_error)
        self.summaries.opened.connect(lambda _: self.refresh_conversations())
        self.documents.errorOccurred.connect(self.show_error)
        chat.conversationChanged.connect(self.documents.conversation_changed)
        chat.sourcesFound.connect(self.documents.answering)

    @Slot(object)
    def _reply_done(self, stats: ReplyStats | None) -> None:
        note = stats.stop_note() if stats is not None else None
        if note:
            self.statusBar().showMessage(note, 15_000)

    def _start_worker(self, engine: ChatEngine) -> None:
        self._thread = QThread()
        self._thread.setObjectName("inference")
        worker_store = self.store.another_connection() if self.store is not None else None
        self.worker = InferenceWorker(engine, worker_store, self.paths.cache)
        self.worker.moveToThread(self._thread)
        connect_worker(self, self.worker)
        self.cancel_load_button.clicked.connect(self.models.cancel_load)
        self._thread.start(QThread.Priority.LowPriority)  # see worker._yield_to_the_window

    def retranslate(self) -> None:
        """Set every text in the current language (also on a live language switch)."""
        self.setWindowTitle(APP_NAME)
        self.sidebar.retranslate()
        self.chat_view.setAccessibleName(self.tr("Messages"))
        self.chat_view.setAccessibleDescription(self.tr(
            "The conversation. The context menu has copy, edit and regenerate."))
        self.send_button.setText(self.tr("Send"))
        self.send_button.setAccessibleName(self.tr("Send"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop the reply"))
        self.context_meter.retranslate()
        for banner in (self.undo_banner, self.error_banner, self.hint, self.documents_banner):
            banner.close_button.setAccessibleName(self.tr("Dismiss"))
        self.undo_delete.retranslate()
        self.editing_label.setText(self.tr(
            "Editing an earlier message: Enter resends it and drops what came after; Esc "
            "cancels."))
        self.composer.retranslate()
        self.summary_panel.retranslate()
        self.documents.retranslate()
        self.chat_view.delegate.forget()
        self.chat_view.doItemsLayout()
        self.conversation_actions.retranslate()
        self.menus.retranslate()
        self.models.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.chat_view.delegate.forget()
        super().changeEvent(event)

    def _theme_changed(self, dark: bool) -> None:
        for banner in (self.error_banner, self.hint, self.documents_banner):
            banner.restyle(dark)
        self.chat_view.delegate.forget()
        self.chat_view.viewport().update()

    # -- state, for the window's parts and tests -------------------------------------------

    @property
    def conversation(self) -> Conversation | None:
        """The open conversation (``None``: a new chat)."""
        return self.chat.conversation

    @property
    def loaded_model(self) -> LoadedModel | None:
        """The loaded model, or ``None`` while none is."""
        return self.chat.loaded

    def _busy_changed(self, busy: Busy) -> None:
        replying = busy is Busy.REPLYING
        summarizing = busy is Busy.SUMMARIZING
        # A button about to be disabled would pass the focus on to some other widget.
        if (not replying and self.stop_button.hasFocus()) or (
                not summarizing and self.summary_panel.cancel_button.hasFocus()) or (
                busy is not Busy.INDEXING and self.indexing_status.cancel_button.hasFocus()):
            self.focus_composer()
        # The composer stays usable while a model loads: what the user types meanwhile is
        # kept (and sent once the model is ready), and the focus stays where the user typed.
        self.send_button.setEnabled(busy is Busy.READY)
        self.summarize_button.setEnabled(busy is Busy.READY)
        self.menus.summarize.setEnabled(busy is Busy.READY)
        self.menus.ask.setEnabled(busy in (Busy.READY, Busy.NO_MODEL))
        self.stop_button.setEnabled(replying)
        self.menus.stop.setEnabled(replying)

    # -- model ------------------------------------------------------------------------------

    def load_default_model(self) -> None:
        """Load the model from the settings, or the starter model (downloaded or bundled)."""
        self.models.load_default()

    def load_model(self, path: Path) -> None:
        """Ask the worker to load ``path`` (the composer waits meanwhile)."""
        self.models.load(path)

    def use_model(self, path: str) -> None:
        """Make ``path`` the model Pequeno uses, and load it now."""
        self.models.use(path)

    def set_language(self, language: str | None) -> None:
        """Switch the whole app to ``language`` now (``None``: the system's) and keep it."""
        self.settings = self.settings.replace(language=language)
        self.save_settings()
        app = QApplication.instance()
        if app is not None:
            switch_language(app, language)

    # -- conversations ----------------------------------------------------------------------

    def refresh_conversations(self) -> None:
        """Fill the sidebar: the newest conversations, or the search results."""
        self.sidebar.refresh()

    def open_conversation(self, conversation_id: int) -> None:
        """Show a saved conversation."""
        self.chat_view.delegate.forget()
        if self.chat.open(conversation_id):
            self.chat_view.follow()
            self.models.offer_for(self.chat.conversation)

    def _conversation_changed(self, conversation: Conversation | None) -> None:
        self.sidebar.set_current(conversation.id if conversation is not None else None)

    def new_conversation(self) -> None:
        """Start an empty chat (saved with its first message)."""
        if self.chat.new():
            self.focus_composer()

    def rename_conversation(self) -> None:
        """Ask for a new title for the selected conversation."""
        self.sidebar.rename_selected()

    def toggle_pin(self) -> None:
        """Pin the selected conversation to the top, or unpin it."""
        self.sidebar.toggle_pin_selected()

    def toggle_running_summary(self) -> None:
        """Keep (or stop keeping) a summary of the messages that leave the model's memory."""
        self.chat.toggle_running_summary()
        self.menus.update_fold()

    def delete_conversation(self) -> None:
        """Delete the selected conversation, with "Undo" for a while (not during a reply)."""
        if self.chat.busy is not Busy.REPLYING:
            self.sidebar.delete_selected()

    def undo_delete_conversation(self) -> None:
        """Bring back the conversation deleted last, while "Undo" is offered."""
        self.undo_delete.undo()

    def _conversation_deleted(self, deleted: DeletedConversation) -> None:
        conversation = self.chat.conversation
        was_open = conversation is not None and conversation.id == deleted.id
        self.chat.forget(deleted.id)
        self.undo_delete.hold(deleted, was_open=was_open)

    def _conversation_restored(self, conversation_id: int, was_open: bool) -> None:
        self.refresh_conversations()
        if was_open and self.chat.conversation is None:
            self.open_conversation(conversation_id)
        self.sidebar.select(conversation_id)

    def _conversation_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions([self.menus.rename, self.menus.pin, self.menus.delete])
        menu.exec(position)

    def _store_call(self, function: object, *args: object) -> bool:
        try:
            function(*args)  # type: ignore[operator]
        except PequenoError as exc:
            self.show_error(exc.message)
            return False
        return True

    # -- summaries --------------------------------------------------------------------------

    def summarize_document(self, path: Path | None = None) -> None:
        """Ask which document to summarize and how, then start."""
        self.summaries.choose(self, path)

    def start_summary(self, path: Path | None, style: Style, language: str | None, *,
                      text: str | None = None, title: str | None = None) -> None:
        """Summarize the file at ``path`` (or ``text``) on the worker; progress shows above."""
        if self.summaries.start(path, style, language, text=text, title=title):
            self.error_banner.hide()

    def cancel_summary(self) -> None:
        """Stop the summary being made (the parts already done are kept for next time)."""
        if self.summary_panel.cancel_button.hasFocus():
            self.focus_composer()
        self.summaries.cancel()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_path(event) is not None and not self.summaries.active \
                and not self.documents.active:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_path(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # The question is modal: ask it once the drop has returned to the source application.
        QTimer.singleShot(0, lambda: self.documents.dropped(path))

    # -- questions about documents ----------------------------------------------------------

    def ask_about_document(self, path: Path | None = None) -> None:
        """Ask which file, folder or collection to ask about; index it, then open a chat."""
        self.documents.choose(path)

    def cancel_indexing(self) -> None:
        """Stop indexing documents (what was indexed so far is kept for next time)."""
        self.documents.cancel()

    # -- chatting ---------------------------------------------------------------------------

    def _send_clicked(self) -> None:
        text = self.composer.toPlainText().strip()
        if text:
            self.send(text)

    def send(self, text: str) -> None:
        """Send ``text`` (or resend an edited message) and stream the reply."""
        if self.chat.send(text):
            self.composer.clear()
            self.chat_view.follow()

    def stop(self) -> None:
        """Stop the reply in progress (within one token)."""
        request_id = self.chat.active_request()
        if request_id is not None and self.chat.stop():
            self.worker.stop(request_id)

    def _escape(self) -> None:
        if self.chat.busy is Busy.REPLYING:
            self.stop()
        elif self.summaries.active:
            self.cancel_summary()
        elif self.documents.active:
            self.cancel_indexing()
        else:
            self.chat.cancel_edit()

    def _message_too_large(self, message: str, text: str) -> None:
        self.error_banner.show_message(message, (
            self.tr("Summarize it as a document"),
            lambda: self.start_summary(None, Style.BRIEF, None, text=text,
                                       title=self.tr("Your message"))))

    def _editing_changed(self, item: ChatItem | None) -> None:
        self.editing_label.setVisible(item is not None)
        if item is not None:
            self.composer.setPlainText(item.content)
            self.focus_composer()
        else:
            self.composer.clear()

    def _link_activated(self, item: ChatItem, href: str) -> None:
        follow_message_link(self, item, href)

    def _message_menu(self, position: QPoint) -> None:
        index = self.chat_view.indexAt(position)
        if not index.isValid():
            index = self.chat_view.currentIndex()
        if not index.isValid():
            return
        item = self.chat_model.item(index.row())
        menu = QMenu(self)
        add_message_actions(menu, self, item)
        menu.exec(self.chat_view.viewport().mapToGlobal(position))

    def edit_message(self, item: ChatItem) -> None:
        """Put a user message in the composer; sending replaces it and drops what followed."""
        self.chat.edit(item)

    def regenerate(self, item: ChatItem) -> None:
        """Replace an assistant message (and what followed) with a new reply."""
        self.chat.regenerate(item)

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
        conversation = self.chat.conversation
        prompt = conversation.system_prompt if conversation is not None else None
        # The default system prompt lives in the encrypted history, not in the settings file.
        shown = self.settings.replace(system_prompt=self.chat.default_system_prompt())
        loaded = self.chat.loaded
        dialog = SettingsDialog(shown, prompt if conversation else None, self,
                                model=loaded.info.path if loaded is not None else None,
                                measurer=self.speed_measurer, cache_dir=self.paths.cache)
        try:
            if dialog.exec() != SettingsDialog.DialogCode.Accepted:
                return
            previous = self.settings
            self.settings = dialog.result_settings()
            self.save_settings()
            if self.settings.system_prompt != shown.system_prompt:
                self.chat.set_default_system_prompt(self.settings.system_prompt)
            conversation_prompt = dialog.conversation_system_prompt()
            if conversation is not None and conversation_prompt is not None \
                    and self.store is not None:
                self._store_call(self.store.set_system_prompt, conversation.id,
                                 conversation_prompt)
                self.chat.reload()
            self.worker.set_warm_budget(self.settings.warm_memory_mb)
            if self.settings.appearance != previous.appearance:
                self.theme.apply(self.settings.appearance)
            reload = (previous.context_size, previous.n_threads, previous.n_gpu_layers,
                      previous.weight_repacking) != \
                (self.settings.context_size, self.settings.n_threads, self.settings.n_gpu_layers,
                 self.settings.weight_repacking)
            loaded = self.chat.loaded
            if reload and loaded is not None and self.chat.busy is not Busy.REPLYING:
                self.load_model(loaded.info.path)
        finally:
            dialog.deleteLater()

    def save_settings(self) -> None:
        """Keep the settings on disk (a failure is shown, not raised)."""
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
            self.chat.stop()
            self.worker.stop(None)
            self.summaries.shutdown()
            self.documents.shutdown()
            self.shutdownRequested.emit()  # blocks until the worker has saved and unloaded
            self.undo_delete.commit()  # a deletion still offering "Undo" stands
            self._thread.quit()
            self._thread.wait()
            self.theme.restore()
            if self.store is not None:
                self.store.close()
                self.store = None
                self.chat.store = None
                self.sidebar.store = None
        super().closeEvent(event)

    def worker_thread(self) -> QThread:
        """The inference thread (tests check it has ended)."""
        return self._thread

