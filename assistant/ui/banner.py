"""A dismissable message above the chat: an error, or a hint with an optional action."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from assistant.ui.theme import ERROR_BACKGROUND, ERROR_TEXT, HINT_BACKGROUND, HINT_TEXT


class BannerKind(Enum):
    """What a banner says, which sets its colours."""

    ERROR = "error"
    HINT = "hint"


class Banner(QFrame):
    """A dismissable message above the chat: an error, or a hint with an optional action.

    Tinted by kind, in the light or the dark colours (:meth:`restyle`).
    """

    def __init__(self, kind: BannerKind = BannerKind.HINT, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.label = QLabel()
        # Messages quote file names, model names and errors: never rich text.
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton()
        self.action_button.hide()
        self.action_button.clicked.connect(self._act)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._action: Callable[[], object] | None = None
        self.restyle(False)
        self.hide()

    def restyle(self, dark: bool) -> None:
        """Take the light or the dark colours of this banner's kind."""
        error = self.kind is BannerKind.ERROR
        palette = QPalette()  # only these roles are set; the rest follows the application
        palette.setColor(QPalette.ColorRole.Window,
                         (ERROR_BACKGROUND if error else HINT_BACKGROUND).pick(dark))
        palette.setColor(QPalette.ColorRole.WindowText,
                         (ERROR_TEXT if error else HINT_TEXT).pick(dark))
        self.setPalette(palette)

    def show_message(self, text: str, action: tuple[str, Callable[[], object]] | None = None
                     ) -> None:
        """Show ``text`` (plain) until dismissed or replaced, with a button if ``action``."""
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self._action = action[1] if action else None
        self.action_button.setVisible(action is not None)
        if action is not None:
            self.action_button.setText(action[0])
            self.action_button.setAccessibleName(action[0])
        self.show()

    def _act(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()
