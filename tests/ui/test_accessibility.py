"""Every interactive widget has a name a screen reader can say; messages read as text."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from assistant.core.models.store import ModelStore
from assistant.ui.modelsdialog import ModelsDialog
from assistant.ui.settingsdialog import SettingsDialog
from assistant.ui.summarizedialog import SummarizeDialog
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FakeEngine

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
               QPlainTextEdit, QTextEdit, QProgressBar)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
            continue  # a header is announced as the columns of its view
        if not widget.isVisibleTo(root):
            continue  # hidden widgets cannot be reached; they are checked when shown
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            continue  # the editor inside a spin box is announced by the spin box itself
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_interactive_widget_has_an_accessible_name(qtbot: QtBot,
                                                         make_window: WindowFactory) -> None:
    window = make_window(engine=FakeEngine())
    settings_dialog = SettingsDialog(window.settings, "Be brief.")
    models_dialog = ModelsDialog(ModelStore(window.paths.models), window.settings)
    for card in (models_dialog.card(i) for i in models_dialog.model_ids()):
        assert card is not None
        card.show_progress(0.5, "1 MB of 2 MB", "about 1 minute left", running=True)
        for button in card.buttons():  # as during a download, and once installed
            button.show()
    summarize_dialog = SummarizeDialog(None)
    window.summary_panel.show()  # as during a summary
    window.hint.show_message("hint", ("Act", lambda: None))
    window.error_banner.show_message("error")
    try:
        problems = {name: _unnamed(widget) for name, widget in (
            ("main window", window), ("settings", settings_dialog),
            ("models", models_dialog), ("summarize", summarize_dialog))}
    finally:
        window.summary_panel.hide()
        summarize_dialog.deleteLater()
        models_dialog.close()
        models_dialog.deleteLater()
        settings_dialog.deleteLater()

    assert problems == {"main window": [], "settings": [], "models": [], "summarize": []}


def test_messages_are_readable_text_for_assistive_technology(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(engine=FakeEngine(reply="A **bold** answer."))
    with qtbot.waitSignal(window.replyDone, timeout=10_000):
        window.send("A question")

    model = window.chat_view.model()
    texts = [model.index(row, 0).data() for row in range(model.rowCount())]

    assert texts == ["A question", "A **bold** answer."]
