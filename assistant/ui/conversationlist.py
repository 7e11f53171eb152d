"""Rows of the conversation list: their data roles and the delegate that draws them."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from assistant.ui.rendering import InertDocument

CONVERSATION_ID = Qt.ItemDataRole.UserRole + 1
RICH_TEXT = Qt.ItemDataRole.UserRole + 2
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
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.textWidth()), int(document.size().height()))
