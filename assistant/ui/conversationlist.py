"""Rows of the conversation list: their data roles and the delegate that draws them.

A row is a conversation (it has a ``CONVERSATION_ID``) or a group's heading ("Today",
"Pinned"; ``GROUP_HEADER`` is true). Headings are neither enabled nor selectable, so the
mouse cannot pick them and the arrow keys pass over them; screen readers read their text.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from assistant.ui.rendering import InertDocument

CONVERSATION_ID = Qt.ItemDataRole.UserRole + 1
RICH_TEXT = Qt.ItemDataRole.UserRole + 2
GROUP_HEADER = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex


class RichTextDelegate(QStyledItemDelegate):
    """Draws an item's ``RICH_TEXT`` HTML (a title and a search snippet).

    That HTML is built by the sidebar, which escapes every text from the history.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        # Laid-out rows by (HTML, width, font): paint and sizeHint ask for them again and again.
        self._documents: dict[tuple[str, int, str], InertDocument] = {}

    def _document(self, option: QStyleOptionViewItem, index: Index) -> InertDocument:
        body = index.data(RICH_TEXT) or html.escape(index.data() or "")
        # Size hints are asked with an empty rect: lay out at the width rows will get.
        width = max(self._view.viewport().width(), 120)
        key = (body, width, option.font.key())
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) > 1000:
                self._documents.clear()
            document = InertDocument()
            document.setDefaultFont(option.font)
            document.setHtml(body)
            document.setTextWidth(width)
            self._documents[key] = document
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        painter.save()
        painter.translate(option.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = option.palette
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(context.palette.ColorRole.Text,
                                     option.palette.color(option.palette.ColorRole.HighlightedText))
        elif index.data(GROUP_HEADER):
            context.palette.setColor(context.palette.ColorRole.Text,
                                     option.palette.color(option.palette.ColorRole.PlaceholderText))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.textWidth()), int(document.size().height()))


class ConversationListView(QListView):
    """The list of conversations: the cursor keys never stop on a heading.

    Qt's list already passes over disabled rows with Up and Down; Home, End and the page keys
    go to a row by its position, so a heading they land on gives way to the conversation
    under it (or, at the very end, above it).
    """

    def moveCursor(self, cursorAction: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        index = super().moveCursor(cursorAction, modifiers)
        model = self.model()
        if not index.isValid() or model is None \
                or index.flags() & Qt.ItemFlag.ItemIsEnabled:
            return index
        rows = model.rowCount(index.parent())
        for row in (*range(index.row() + 1, rows), *range(index.row() - 1, -1, -1)):
            candidate = model.index(row, 0, index.parent())
            if candidate.flags() & Qt.ItemFlag.ItemIsEnabled:
                return candidate
        return self.currentIndex()
