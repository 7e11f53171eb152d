"""One model of the models dialog, shown as a card: what it is, whether it fits, its buttons.

The card is a view: the dialog decides every text (in its own translation context, so one
wording serves the dialog's status line and its cards) and hands the card a :class:`CardView`;
the card lays it out, keeps every text plain (names come from files and servers) and says
which of its buttons was pressed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class CardView:
    """What a card shows, in the user's language.

    Attributes:
        name: The model's name.
        description: What it is good for (empty for an imported file).
        details: Its size and licence.
        state: Installed, in use, not installed, partly downloaded, downloading.
        fit: What fits this machine: the context it gets, or why it does not fit.
        downloadable: A catalog model not installed: the Download button shows.
        installed: The Use and Remove buttons show.
        removable: Remove is enabled (not while its own download runs).
        downloading: Its download runs: the progress and the Pause and Cancel buttons show.
        can_download: Download is enabled (no other download runs).
        in_use: It is the model loaded now: Use hides.

    """

    name: str
    description: str
    details: str
    state: str
    fit: str
    downloadable: bool
    installed: bool
    removable: bool
    downloading: bool
    can_download: bool
    in_use: bool = False


@dataclass(frozen=True)
class ButtonTexts:
    """The labels of a card's buttons and the names a screen reader says for them."""

    download: tuple[str, str]
    pause: tuple[str, str]
    cancel: tuple[str, str]
    use: tuple[str, str]
    remove: tuple[str, str]


class ModelCard(QFrame):
    """A framed card for one model, with Download, Pause, Cancel, Use and Remove buttons."""

    downloadClicked = Signal(str)  # model id
    pauseClicked = Signal(str)
    cancelClicked = Signal(str)
    useClicked = Signal(str)
    removeClicked = Signal(str)

    def __init__(self, model_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_id = model_id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("modelCard")
        self.name_label = self._label()
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.name_label.setFont(font)
        self.description_label = self._label()
        self.details_label = self._label()
        self.fit_label = self._label()
        self.state_label = self._label()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.speed_label = self._label(wrap=False)
        self.time_left_label = self._label(wrap=False)
        self.download_button = QPushButton()
        self.pause_button = QPushButton()
        self.cancel_button = QPushButton()
        self.use_button = QPushButton()
        self.remove_button = QPushButton()
        for button, signal in ((self.download_button, self.downloadClicked),
                               (self.pause_button, self.pauseClicked),
                               (self.cancel_button, self.cancelClicked),
                               (self.use_button, self.useClicked),
                               (self.remove_button, self.removeClicked)):
            button.clicked.connect(lambda _=False, signal=signal: signal.emit(self.model_id))

        text = QVBoxLayout()
        for label in (self.name_label, self.description_label, self.details_label,
                      self.fit_label, self.state_label):
            text.addWidget(label)
        progress = QHBoxLayout()
        progress.addWidget(self.progress, 1)
        progress.addWidget(self.speed_label)
        progress.addWidget(self.time_left_label)
        text.addLayout(progress)
        buttons = QVBoxLayout()
        for button in self.buttons():
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)
        self._view: CardView | None = None
        self.show_progress(None)

    def _label(self, *, wrap: bool = True) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # names come from files and servers
        label.setWordWrap(wrap)
        if wrap:
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return label

    def buttons(self) -> tuple[QPushButton, ...]:
        """The card's buttons, in the order Tab visits them."""
        return (self.download_button, self.pause_button, self.cancel_button, self.use_button,
                self.remove_button)

    def first_button(self) -> QPushButton | None:
        """The first button the keyboard can reach, if any."""
        for button in self.buttons():
            if button.isVisibleTo(self) and button.isEnabled():
                return button
        return None

    def set_view(self, view: CardView) -> None:
        """Show ``view``."""
        self._view = view
        self.name_label.setText(view.name)
        self.description_label.setText(view.description)
        self.description_label.setVisible(bool(view.description))
        self.details_label.setText(view.details)
        self.fit_label.setText(view.fit)
        self.state_label.setText(view.state)
        self.download_button.setVisible(view.downloadable and not view.downloading)
        self.download_button.setEnabled(view.can_download)
        self.pause_button.setVisible(view.downloading)
        self.cancel_button.setVisible(view.downloading)
        self.use_button.setVisible(view.installed and not view.in_use)
        self.remove_button.setVisible(view.installed)
        self.remove_button.setEnabled(view.removable)
        self.setAccessibleName(view.name)
        self.setAccessibleDescription(" · ".join(
            part for part in (view.state, view.fit, view.details, view.description) if part))
        if not view.downloading:
            self.show_progress(None)

    def set_button_texts(self, texts: ButtonTexts) -> None:
        """Label the buttons (``&`` marks a mnemonic) and name them for screen readers."""
        for button, (label, name) in ((self.download_button, texts.download),
                                      (self.pause_button, texts.pause),
                                      (self.cancel_button, texts.cancel),
                                      (self.use_button, texts.use),
                                      (self.remove_button, texts.remove)):
            button.setText(label)
            button.setAccessibleName(name)

    def set_progress_names(self, progress: str, speed: str, time_left: str) -> None:
        """Name the progress bar and its two labels for screen readers."""
        self.progress.setAccessibleName(progress)
        self.speed_label.setAccessibleName(speed)
        self.time_left_label.setAccessibleName(time_left)

    def show_progress(self, fraction: float | None, speed: str = "", time_left: str = "",
                      *, running: bool = False) -> None:
        """Show how far the download is (``fraction`` ``None``: not known yet).

        Without ``running`` the progress row is hidden (no download).
        """
        for widget in (self.progress, self.speed_label, self.time_left_label):
            widget.setVisible(running)
        if not running:
            return
        if fraction is None:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(max(fraction, 0.0), 1.0)))
        self.speed_label.setText(speed)
        self.time_left_label.setText(time_left)
        self.time_left_label.setVisible(bool(time_left))
