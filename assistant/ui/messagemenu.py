"""What a message in the chat offers: its links and its context menu."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from assistant.core.history.store import Role
from assistant.ui.chatmodel import ChatItem
from assistant.ui.chatview import ASK_DOCUMENT, COPY_MESSAGE, EDIT, REGENERATE
from assistant.ui.citations import cited_number, given_number, link_texts
from assistant.ui.rendering import COPY_CODE

if TYPE_CHECKING:
    from assistant.ui.mainwindow import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the window's texts, as before


def add_message_actions(menu: QMenu, window: MainWindow, item: ChatItem) -> None:
    """Fill ``menu`` for ``item``: copy, edit or regenerate, details, branch, sources.

    A reply answered from documents offers each source it cites; a summary, questions about
    its document.
    """
    menu.addAction(_tr("Copy"), lambda: follow_message_link(window, item, COPY_MESSAGE))
    if item.role is Role.USER:
        menu.addAction(_tr("Edit and resend"), lambda: window.edit_message(item))
    else:
        menu.addAction(_tr("Regenerate"), lambda: window.regenerate(item))
        if item.stats is not None and not item.streaming:
            menu.addAction(_tr("Hide details") if item.details else _tr("Details"),
                           lambda: window.chat_view.toggle_details(item))
    if item.message_id and not item.streaming:
        menu.addAction(_tr("Branch from here"),
                       lambda: window.conversation_actions.branch_from(item))
    if item.streaming:
        return
    if item.document is not None:
        menu.addAction(_tr("Ask questions about this document"),
                       lambda: follow_message_link(window, item, ASK_DOCUMENT))
    given = not item.citations
    sources = item.citations or item.sources
    texts = link_texts(sources)
    if sources:
        menu.addSeparator()
    for citation in sources:
        menu.addAction(_tr("Show source [{number}]: {place}").format(
            number=citation.number, place=texts[citation.number]),
            functools.partial(window.documents.show_passage, item, citation.number,
                              given=given))


def follow_message_link(window: MainWindow, item: ChatItem, href: str) -> None:
    """Do what a message's link (or menu entry) ``href`` says.

    Copy, copy code, edit, regenerate, show a cited source, ask about a summary's document.
    """
    if href == COPY_MESSAGE:
        QGuiApplication.clipboard().setText(item.content)
    elif href.startswith(COPY_CODE):
        code = window.chat_view.delegate.code_block(item, href)
        if code is not None:
            QGuiApplication.clipboard().setText(code)
    elif href == EDIT:
        window.edit_message(item)
    elif href == REGENERATE:
        window.regenerate(item)
    elif href == ASK_DOCUMENT and item.document is not None:
        window.documents.ask_about(item.document)
    elif (number := cited_number(href)) is not None:
        window.documents.show_passage(item, number)
    elif (number := given_number(href)) is not None:
        window.documents.show_passage(item, number, given=True)
