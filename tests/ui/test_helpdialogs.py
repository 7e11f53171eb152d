"""The Help menu: the keyboard shortcuts overview (F1) and the About dialog.

Driven by keys where a user would use keys; the engine is the fast fake, as these tests are
about the window.
"""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QHeaderView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from assistant.core.models import starter
from assistant.ui.aboutdialog import COMPONENTS, AboutDialog
from assistant.ui.composer import Composer
from assistant.ui.mainwindow import MainWindow
from assistant.ui.shortcutsdialog import NEW_LINE_KEYS, SEND_KEYS, STOP_KEYS, ShortcutsDialog
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FakeEngine, fake_info

NATIVE = QKeySequence.SequenceFormat.NativeText
PYPROJECT = Path(__file__).parents[2] / "pyproject.toml"


def _press(qtbot: QtBot, key: Qt.Key) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key)


def _active(qtbot: QtBot, window: QWidget) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()


def _open_overview(qtbot: QtBot, window: MainWindow) -> ShortcutsDialog:
    _active(qtbot, window)
    _press(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.menus.shortcuts_dialog is not None
                    and window.menus.shortcuts_dialog.isActiveWindow())
    dialog = window.menus.shortcuts_dialog
    assert dialog is not None
    return dialog


def _listed(dialog: ShortcutsDialog) -> dict[str, list[tuple[str, str]]]:
    """What the overview shows on screen: each group's rows of (keys, meaning)."""
    tree = dialog.shortcuts
    groups = {}
    for index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(index)
        assert group is not None
        rows = [group.child(row) for row in range(group.childCount())]
        groups[group.text(0)] = [(row.text(0), row.text(1)) for row in rows if row is not None]
    return groups


def _rows(dialog: ShortcutsDialog) -> list[tuple[str, str]]:
    return [row for rows in _listed(dialog).values() for row in rows]


def _keys_of(*sequences: QKeySequence) -> str:
    return ", ".join(sequence.toString(NATIVE) for sequence in sequences)


def test_f1_lists_every_window_shortcut_with_its_meaning(qtbot: QtBot,
                                                         make_window: WindowFactory) -> None:
    window = make_window(engine=FakeEngine())
    menus = window.menus

    dialog = _open_overview(qtbot, window)

    assert QApplication.focusWidget() is dialog.shortcuts, "the focus lands in the overview"
    rows = _rows(dialog)
    assert (menus.new.shortcut().toString(NATIVE), "New chat") in rows
    assert (menus.rename.shortcut().toString(NATIVE), "Rename") in rows
    assert ("F2", "Rename") in rows  # what the user reads, on every platform
    assert (menus.settings.shortcut().toString(NATIVE), "Settings") in rows
    with_keys = [action for action in window.actions() if action.shortcuts()]
    assert menus.shortcuts_help in with_keys
    listed_keys = {keys for keys, _ in rows}
    missing = [action.text() for action in with_keys
               if _keys_of(*action.shortcuts()) not in listed_keys]
    assert missing == []
    groups = _listed(dialog)
    assert groups["File"][0] == (menus.new.shortcut().toString(NATIVE), "New chat")
    assert groups["Message box"] == [
        (_keys_of(*SEND_KEYS), "Send the message"),
        (_keys_of(*NEW_LINE_KEYS), "Start a new line"),
        (_keys_of(*STOP_KEYS),
         "Stop the reply or the summary, or stop editing an earlier message")]
    assert window.menuBar().actions()[-1] is menus.help_menu.menuAction()
    assert menus.help_menu.actions() == [menus.shortcuts_help, menus.about]
    assert "Help" in groups


def test_the_overview_follows_the_actions(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(engine=FakeEngine())
    menus = window.menus
    dialog = _open_overview(qtbot, window)

    menus.rename.setShortcut(QKeySequence("Shift+F2"))
    menus.pin.setShortcut(QKeySequence("Ctrl+P"))
    menus.new.setText("&Nova conversa")  # as a language switch does

    shift_f2 = menus.rename.shortcut().toString(NATIVE)
    qtbot.waitUntil(lambda: (shift_f2, "Rename") in _rows(dialog))
    rows = _rows(dialog)
    assert ("F2", "Rename") not in rows
    assert (menus.pin.shortcut().toString(NATIVE), "Pin or unpin") in rows
    assert (menus.new.shortcut().toString(NATIVE), "Nova conversa") in rows

    _press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    menus.rename.setShortcut(QKeySequence("F6"))
    dialog = _open_overview(qtbot, window)
    assert ("F6", "Rename") in _rows(dialog)
    assert window.menus.shortcuts_dialog is dialog, "one overview, shown again"


def test_an_open_overview_follows_a_language_switch(qtbot: QtBot,
                                                    make_window: WindowFactory) -> None:
    window = make_window(engine=FakeEngine())
    dialog = _open_overview(qtbot, window)
    try:
        window.set_language("pt_BR")

        new = window.menus.new.shortcut().toString(NATIVE)
        qtbot.waitUntil(lambda: (new, "Nova conversa") in _listed(dialog).get("Arquivo", []))
    finally:
        window.set_language("en")
    qtbot.waitUntil(lambda: (new, "New chat") in _listed(dialog).get("File", []))


def test_the_message_box_keys_listed_do_what_the_overview_says(qtbot: QtBot) -> None:
    composer = Composer()
    qtbot.addWidget(composer)
    composer.show()
    sent: list[str] = []
    stops: list[bool] = []
    composer.submitted.connect(sent.append)
    composer.stopRequested.connect(lambda: stops.append(True))

    for sequence in SEND_KEYS:
        composer.setPlainText("hello")
        qtbot.keySequence(composer, sequence)
    for sequence in NEW_LINE_KEYS:
        composer.setPlainText("a")
        composer.moveCursor(composer.textCursor().MoveOperation.End)
        qtbot.keySequence(composer, sequence)
        assert composer.toPlainText() == "a\n"
    for sequence in STOP_KEYS:
        qtbot.keySequence(composer, sequence)

    assert sent == ["hello"] * len(SEND_KEYS)
    assert stops == [True] * len(STOP_KEYS)


def test_about_shows_the_version_the_model_and_the_libraries(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(engine=FakeEngine())
    _active(qtbot, window)

    window.menus.about.trigger()
    dialog = window.menus.about_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)

    assert QApplication.focusWidget() is dialog.text, "the focus lands in the text"
    assert dialog.text.isReadOnly()
    assert dialog.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    text = dialog.text.toPlainText()
    lines = text.splitlines()
    assert lines[0] == f"Pequeno {version('pequeno')}"
    assert "Name: Fake model" in lines
    assert f"File: {starter.FILE_NAME}" in lines
    assert "Licence: Apache-2.0" in lines  # the starter model's, from the catalog
    assert "The starter model, SmolLM2-135M-Instruct, is licensed under Apache-2.0." in lines
    assert f"Qt in PySide6-Essentials {version('PySide6-Essentials')}: LGPL-3.0-only" in lines
    assert f"llama-cpp-python {version('llama-cpp-python')}: MIT" in lines
    assert f"llama.cpp in llama-cpp-python {version('llama-cpp-python')}: MIT" in lines
    for name in ("SQLCipher", "sqlcipher3", "pypdfium2", "PDFium"):
        assert any(line.startswith(f"{name} ") for line in lines), name

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    dialog.text.setFocus()
    _press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_about_says_when_the_model_or_its_licence_is_unknown(qtbot: QtBot) -> None:
    model = fake_info(Path("my-own-model.gguf"))
    loaded: list[object] = [model]
    dialog = AboutDialog(lambda: model if loaded else None)
    qtbot.addWidget(dialog)

    dialog.show()
    assert "Licence: unknown" in dialog.text.toPlainText().splitlines()
    dialog.close()
    loaded.clear()
    dialog.show()
    lines = dialog.text.toPlainText().splitlines()
    assert "No model is loaded." in lines
    assert not any(line.startswith("Name: ") for line in lines)


def test_every_runtime_dependency_is_credited_in_about() -> None:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]

    def canonical(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    needed = {canonical(re.match(r"[A-Za-z0-9._-]+", requirement)[0])  # type: ignore[index]
              for requirement in project["dependencies"]}
    credited = {canonical(component.distribution) for component in COMPONENTS}

    assert needed - credited == set()


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QHeaderView):
            continue  # a header is announced as the columns of its view
        if isinstance(widget, (QAbstractButton, QAbstractItemView)) or widget.focusPolicy() \
                & Qt.FocusPolicy.TabFocus:
            interface = QAccessible.queryAccessibleInterface(widget)
            name = interface.text(QAccessible.Text.Name) if interface is not None else ""
            if widget.isVisibleTo(root) and not name.strip():
                missing.append(type(widget).__name__)
    return missing


def test_both_dialogs_have_accessible_names_and_close_with_esc(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(engine=FakeEngine())
    overview = _open_overview(qtbot, window)
    assert overview.shortcuts.accessibleName() == "Keyboard shortcuts"
    assert _unnamed(overview) == []
    _press(qtbot, Qt.Key.Key_Escape)
    assert not overview.isVisible()

    _active(qtbot, window)
    window.menus.about.trigger()
    about = window.menus.about_dialog
    assert about is not None
    qtbot.waitUntil(about.isActiveWindow)
    assert about.text.accessibleName() == "About Pequeno"
    assert _unnamed(about) == []
    _press(qtbot, Qt.Key.Key_Escape)
    assert not about.isVisible()
    assert all(isinstance(dialog, QDialog) for dialog in (overview, about))
