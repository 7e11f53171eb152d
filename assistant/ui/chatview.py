"""The chat view: a list view whose delegate paints each message as rich text.

Only visible rows are painted (Qt's item views), and each message's rendering is cached by the
message's version and the view's width, so a long conversation scrolls as fast as a short one
and a streaming reply re-renders only itself. The app's own links in messages (copy code,
copy, edit, regenerate, details, a cited source) are found with the document layout's
``anchorAt``; a click acts only on those, never on a link written in a message.

Each message is headed by its author and time (:mod:`assistant.ui.messageinfo`); a finished
reply offers its figures (speed, tokens, why it ended) on demand, behind its "Details" link.
A reply answered from documents links each ``[n]`` it cites, and lists its sources below it
(or, when it cites none, the passages it was given); a document's summary offers questions
about the document.
"""

from __future__ import annotations

import functools
import html
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QMouseEvent,
    QPainter,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from assistant.core.history.store import MessageState, Role
from assistant.ui.chatmodel import ChatItem, ChatModel, ChatRole
from assistant.ui.citations import (
    cite_href,
    cited_number,
    given_href,
    given_number,
    link_texts,
)
from assistant.ui.messageinfo import MessageInfo
from assistant.ui.rendering import (
    COPY_CODE,
    LINK_PREFIX,
    InertDocument,
    MarkdownRenderer,
    settled_length,
)
from assistant.ui.theme import is_dark, muted_text

MARGIN = 10
COPY_MESSAGE = f"{LINK_PREFIX}copy"
EDIT = f"{LINK_PREFIX}edit"
REGENERATE = f"{LINK_PREFIX}regenerate"
DETAILS = f"{LINK_PREFIX}details"
ASK_DOCUMENT = f"{LINK_PREFIX}ask-document"
_ACTIONS = frozenset((COPY_MESSAGE, EDIT, REGENERATE, DETAILS, ASK_DOCUMENT))

Index = QModelIndex | QPersistentModelIndex


@dataclass
class _Cached:
    """A message laid out as one document, or two while it streams.

    While streaming, the finished blocks are one document (redone only when another block is
    finished) and the growing tail another (redone each batch).
    """

    version: int
    dark: bool
    documents: list[InertDocument]
    code_blocks: tuple[str, ...]
    settled: str = ""
    settled_blocks: tuple[str, ...] = ()
    width: int = 0
    size: QSize | None = None

    def text(self) -> str:
        """The painted text, as plain text."""
        return "".join(d.toPlainText() for d in self.documents)

    def offsets(self) -> list[float]:
        """Where each document starts; they overlap by one margin so they read as one."""
        tops, top = [], 0.0
        for document in self.documents:
            tops.append(top)
            top += document.size().height() - MARGIN
        return tops

    def height(self) -> int:
        """The height of the documents stacked."""
        return int(sum(d.size().height() for d in self.documents)
                   - MARGIN * (len(self.documents) - 1))


class MessageDelegate(QStyledItemDelegate):
    """Paints a message: who wrote it, its Markdown, and its action links."""

    linkActivated = Signal(object, str)  # ChatItem, href

    def __init__(self, parent: QListView) -> None:
        super().__init__(parent)
        self._view = parent
        self._renderer = MarkdownRenderer()
        self._info = MessageInfo(self)
        self._cache: dict[int, _Cached] = {}

    def _labels(self) -> dict[str, str]:
        return {
            "copy": self.tr("Copy"), "edit": self.tr("Edit and resend"),
            "regenerate": self.tr("Regenerate"), "copy_code": self.tr("Copy code"),
            "partial": self.tr("(stopped)"), "error": self.tr("(failed)"),
            "writing": self.tr("writing…"),
            "ask": self.tr("Ask questions about this document"),
            "sources": self.tr("Sources:"),
            "given": self.tr("Passages given to the model:"),
        }

    def forget(self) -> None:
        """Drop every cached rendering (after a theme or language change)."""
        self._cache.clear()

    def width(self) -> int:
        """The width rows are laid out at: the view's, whatever rect Qt passes."""
        return max(int(self._view.viewport().width()), 200)

    def document(self, item: ChatItem, palette: QPalette) -> _Cached:
        """The laid-out documents for ``item`` (rendered per version, laid out per width)."""
        dark = is_dark(palette)
        width = self.width()
        cached = self._cache.get(id(item))
        if cached is None or (cached.version, cached.dark) != (item.version, dark):
            cached = self._render(item, palette, dark, cached)
            self._cache[id(item)] = cached
        if cached.width != width:
            for document in cached.documents:
                document.setTextWidth(width)
            cached.width = width
            cached.size = None
        return cached

    def _new_document(self, body: str) -> InertDocument:
        document = InertDocument()
        document.setDocumentMargin(MARGIN)
        document.setDefaultFont(self._view.font())
        document.setHtml(body)
        return document

    def _render(self, item: ChatItem, palette: QPalette, dark: bool,
                previous: _Cached | None) -> _Cached:
        labels = self._labels()
        # The user's messages are painted on AlternateBase (see paint), the rest on Base.
        muted = muted_text(palette, QPalette.ColorRole.AlternateBase if item.role is Role.USER
                           else QPalette.ColorRole.Base).name()
        if item.boundary:
            model = self._view.model()
            assert isinstance(model, ChatModel)
            text = html.escape(model.boundary_text(item))
            return _Cached(item.version, dark, [self._new_document(
                f'<hr><p align="center" style="color:{muted};"><small>{text}</small></p><hr>')],
                ())
        who = self._info.author(item)
        status = ""
        if item.streaming:
            status = labels["writing"]
        elif item.state is MessageState.PARTIAL:
            status = labels["partial"]
        elif item.state is MessageState.ERROR:
            status = labels["error"]
        status = " · ".join(part for part in (self._info.time(item), status) if part)
        links = [f'<a href="{COPY_MESSAGE}">{html.escape(labels["copy"])}</a>']
        if not item.streaming:
            if item.role is Role.USER:
                links.append(f'<a href="{EDIT}">{html.escape(labels["edit"])}</a>')
            else:
                links.append(f'<a href="{REGENERATE}">{html.escape(labels["regenerate"])}</a>')
            if item.stats is not None:
                details = html.escape(self._info.details_link(item.details))
                links.append(f'<a href="{DETAILS}">{details}</a>')
            if item.document is not None:
                links.append(f'<a href="{ASK_DOCUMENT}">{html.escape(labels["ask"])}</a>')
        header = (f'<p><b>{html.escape(who)}</b> <span style="color:{muted};">'
                  f"{html.escape(status)}</span></p>")
        footer = f'<p><small>{" · ".join(links)}</small></p>'
        cited = link_texts(item.citations) if not item.streaming else {}
        if item.citations and not item.streaming:
            sources = " · ".join(
                f'<a href="{cite_href(c.number)}">[{c.number}] {html.escape(cited[c.number])}'
                f'</a>' for c in item.citations)
            footer = (f'<p><small>{html.escape(labels["sources"])} {sources}</small></p>'
                      + footer)
        elif item.sources and not item.streaming:
            # The reply cites none of them (small models often do not): say what it read.
            given = link_texts(item.sources)
            sources = " · ".join(
                f'<a href="{given_href(c.number)}">[{c.number}] {html.escape(given[c.number])}'
                f'</a>' for c in item.sources)
            footer = (f'<p style="color:{muted};"><small>{html.escape(labels["given"])} '
                      f'{sources}</small></p>' + footer)
        if item.details and item.stats is not None and not item.streaming:
            figures = " · ".join(html.escape(line) for line in self._info.details(item.stats))
            footer = f'<p style="color:{muted};"><small>{figures}</small></p>' + footer
        render = functools.partial(self._renderer.render, dark=dark,
                                   copy_label=labels["copy_code"])
        if not item.streaming:
            rendered = render(item.content, citations=cited)
            return _Cached(item.version, dark, [self._new_document(header + rendered.html
                                                                  + footer)],
                           rendered.code_blocks)
        settled = item.content[:settled_length(item.content)]
        if previous is not None and previous.settled == settled and previous.dark == dark \
                and len(previous.documents) == 2:
            head, blocks = previous.documents[0], previous.settled_blocks
        else:
            done = render(settled)
            head, blocks = self._new_document(header + done.html), done.code_blocks
        tail = render(item.content[len(settled):], first_block=len(blocks))
        return _Cached(item.version, dark, [head, self._new_document(tail.html + footer)],
                       blocks + tail.code_blocks, settled, blocks)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Qt asks for every row's size whenever one row changes: answer from the cache.
        cached = self.document(index.data(ChatRole.ITEM), option.palette)
        if cached.size is None:
            cached.size = QSize(cached.width, cached.height() + 2)
        return cached.size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item: ChatItem = index.data(ChatRole.ITEM)
        cached = self.document(item, option.palette)
        painter.save()
        if item.role is Role.USER:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.AlternateBase))
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(option.palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.translate(option.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = option.palette
        for document, top in zip(cached.documents, cached.offsets(), strict=True):
            painter.save()
            painter.translate(0, top)
            document.documentLayout().draw(painter, context)
            painter.restore()
        painter.restore()

    def editorEvent(self, event: QEvent, model: QAbstractItemModel,
                    option: QStyleOptionViewItem, index: Index) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent) \
                and event.button() == Qt.MouseButton.LeftButton:
            item: ChatItem = index.data(ChatRole.ITEM)
            cached = self.document(item, option.palette)
            point = QPointF(event.position()) - QPointF(option.rect.topLeft())
            href = ""
            for document, top in zip(cached.documents, cached.offsets(), strict=True):
                if point.y() >= top:
                    href = document.documentLayout().anchorAt(point - QPointF(0, top))
            if href in _ACTIONS or _code_number(href) is not None \
                    or cited_number(href) is not None or given_number(href) is not None:
                self.linkActivated.emit(item, href)
                return True
        return super().editorEvent(event, model, option, index)

    def code_block(self, item: ChatItem, href: str) -> str | None:
        """The code a ``copy-code`` link of ``item`` refers to."""
        cached = self._cache.get(id(item))
        number = _code_number(href)
        if cached is None or number is None:
            return None
        return cached.code_blocks[number] if number < len(cached.code_blocks) else None


def _code_number(href: str) -> int | None:
    """Which code block a copy-code link names; ``None`` if ``href`` is not one."""
    number = href.removeprefix(COPY_CODE)
    if href.startswith(COPY_CODE) and number.isascii() and number.isdigit():
        return int(number)
    return None


class ChatView(QListView):
    """The conversation, newest at the bottom, following a streaming reply."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegate = MessageDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self._follow = True
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.verticalScrollBar().rangeChanged.connect(self._range_changed)
        self.delegate.linkActivated.connect(self._link_activated)

    def _link_activated(self, item: ChatItem, href: str) -> None:
        if href == DETAILS:
            self.toggle_details(item)

    def toggle_details(self, item: ChatItem) -> None:
        """Show a finished reply's figures, or hide them again."""
        if item.stats is not None and not item.streaming:
            item.details = not item.details
            self.chat_model().changed(item)

    def chat_model(self) -> ChatModel:
        """The model shown."""
        model = self.model()
        assert isinstance(model, ChatModel)
        return model

    def _scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._follow = value >= bar.maximum() - 4
        model = self.model()
        if value == bar.minimum() and isinstance(model, ChatModel) and model.can_fetch_older():
            before = bar.maximum()
            model.fetch_older()
            self.doItemsLayout()
            bar.setValue(bar.maximum() - before)

    def _range_changed(self, minimum: int, maximum: int) -> None:
        if self._follow:
            self.verticalScrollBar().setValue(maximum)

    def follow(self) -> None:
        """Stick to the bottom as new text arrives."""
        self._follow = True
        self.scrollToBottom()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()
