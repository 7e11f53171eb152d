"""The keyboard shortcuts overview (F1), read from the window's own actions.

Nothing here lists a shortcut by hand except the message box's keys, which are handled in
:meth:`Composer.keyPressEvent` rather than by actions: the overview shows each menu's actions
with the shortcuts they have at the moment, so it cannot drift from them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

# The message box's keys (see Composer.keyPressEvent): it takes Return and keypad Enter alike.
SEND_KEYS = (QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter))
NEW_LINE_KEYS = (QKeySequence(Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_Return),
                 QKeySequence(Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_Enter))
STOP_KEYS = (QKeySequence(Qt.Key.Key_Escape),)


def key_text(keys: Sequence[QKeySequence]) -> str:
    """Key sequences as the platform writes them (``Ctrl+N``, ``⌘N``), comma separated."""
    return ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys
                     if not key.isEmpty())


def action_text(action: QAction) -> str:
    """An action's text without its mnemonic ``&`` or a trailing ellipsis."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&") \
        .removesuffix("…").removesuffix("...").strip()


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of ``window``, grouped by menu, then the message box's keys.

    The list is rebuilt when it is shown and whenever one of the window's actions or menus
    changes (a new shortcut, a language switch), so an open overview stays right too.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.shortcuts = QTreeWidget()
        self.shortcuts.setColumnCount(2)
        self.shortcuts.setRootIsDecorated(False)
        self.shortcuts.setWordWrap(True)
        self.shortcuts.setUniformRowHeights(False)
        self.shortcuts.setItemsExpandable(False)
        self.shortcuts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shortcuts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.shortcuts.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.shortcuts.header().setStretchLastSection(True)
        self.intro.setBuddy(self.shortcuts)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.shortcuts, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 560)
        # Many actions change at once on a language switch: rebuild once, after them all.
        self._refill = QTimer(self)
        self._refill.setSingleShot(True)
        self._refill.setInterval(0)
        self._refill.timeout.connect(self.fill)
        self._watched: set[QAction] = set()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.fill()
        super().showEvent(event)
        self.shortcuts.setFocus()

    def retranslate(self) -> None:
        """Set every text in the current language (the actions' own texts follow theirs)."""
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.intro.setText(self.tr("The keys that work anywhere in the window, by menu, and "
                                   "those of the message box."))
        self.shortcuts.setHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.shortcuts.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.shortcuts.setAccessibleDescription(self.tr(
            "Each row is a shortcut and what it does, grouped by menu."))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        self._refill.start()

    def groups(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """What the overview lists: each group's title and its (keys, meaning) rows."""
        groups: list[tuple[str, list[tuple[str, str]]]] = []
        listed: set[QAction] = set()
        for entry in self._window.menuBar().actions():
            menu = entry.menu()
            if not isinstance(menu, QMenu):
                continue
            self._watch(entry)
            actions = [a for a in menu.actions() if not a.isSeparator()]
            listed.update(actions)
            rows = self._rows(actions)
            if rows:
                groups.append((action_text(entry), rows))
        # Shortcuts on the window that no menu shows.
        others = self._rows([a for a in self._window.actions() if a not in listed])
        if others:
            groups.append((self.tr("Window"), others))
        groups.append((self.tr("Message box"), [
            (key_text(SEND_KEYS), self.tr("Send the message")),
            (key_text(NEW_LINE_KEYS), self.tr("Start a new line")),
            (key_text(STOP_KEYS), self.tr("Stop the reply or the summary, or stop editing "
                                          "an earlier message")),
        ]))
        return groups

    def _rows(self, actions: Sequence[QAction]) -> list[tuple[str, str]]:
        rows = []
        for action in actions:
            self._watch(action)
            keys = key_text(action.shortcuts())
            if keys:
                rows.append((keys, action_text(action)))
        return rows

    def _watch(self, action: QAction) -> None:
        if action not in self._watched:
            self._watched.add(action)
            action.changed.connect(self._refill.start)

    def fill(self) -> None:
        """Rebuild the list from the window's actions as they are now."""
        self._refill.stop()
        current = self.shortcuts.currentItem()
        keep = (current.text(0), current.text(1)) if current is not None else None
        self.shortcuts.clear()
        first: QTreeWidgetItem | None = None
        for title, rows in self.groups():
            group = QTreeWidgetItem(self.shortcuts, [title])
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for keys, meaning in rows:
                item = QTreeWidgetItem(group, [keys, meaning])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if first is None or (keep is not None and (keys, meaning) == keep):
                    first = item
        self.shortcuts.expandAll()
        if first is not None:
            self.shortcuts.setCurrentItem(first)
