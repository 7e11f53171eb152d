"""The window's icons: Lucide's line icons, tinted with the palette so they suit light and dark.

The SVGs (in ``assistant/ui/icons/lucide``, with their licence and a README saying where they
come from) draw with ``currentColor``. Each is rendered with that replaced by the palette's
button text colour (and its disabled colour for a disabled control), and drawn again whenever
the window's palette changes. The buttons and actions keep their text: an icon only adds to it.
"""

from __future__ import annotations

import functools
from enum import StrEnum
from importlib import resources
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QWidget

if TYPE_CHECKING:
    from assistant.ui.mainwindow import MainWindow

SIZES = (16, 20, 24, 32, 48)  # drawn at each, so Qt never scales a bitmap up


class Icon(StrEnum):
    """An icon of the set, by what it stands for; the value names its file."""

    NEW_CHAT = "message-square-plus"
    SEND = "send-horizontal"
    STOP = "circle-stop"
    SETTINGS = "settings"
    MODELS = "cpu"
    SUMMARIZE = "file-text"
    COPY = "copy"
    DELETE = "trash-2"
    PIN = "pin"
    SEARCH = "search"


def icon_folder() -> Traversable:
    """The folder of the icon set, its licence and its README."""
    return resources.files("assistant.ui") / "icons" / "lucide"


def icon_file(icon: Icon) -> Traversable:
    """The SVG file of ``icon``."""
    return icon_folder() / f"{icon.value}.svg"


@functools.cache
def _svg(icon: Icon) -> str:
    return icon_file(icon).read_text(encoding="utf-8")


def render(icon: Icon, colour: QColor, size: int) -> QPixmap:
    """``icon`` drawn in ``colour`` on a transparent square of ``size`` pixels."""
    renderer = QSvgRenderer(QByteArray(_svg(icon).replace("currentColor", colour.name())
                                       .encode("utf-8")))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return pixmap


@functools.lru_cache(maxsize=128)
def _tinted(icon: Icon, normal: str, disabled: str) -> QIcon:
    result = QIcon()
    for mode, colour in ((QIcon.Mode.Normal, normal), (QIcon.Mode.Disabled, disabled)):
        for size in SIZES:
            result.addPixmap(render(icon, QColor(colour), size), mode)
    return result


def tinted(icon: Icon, palette: QPalette) -> QIcon:
    """``icon`` in the palette's button text colour (and its disabled one when disabled)."""
    role = QPalette.ColorRole.ButtonText
    return _tinted(icon, palette.color(QPalette.ColorGroup.Active, role).name(),
                   palette.color(QPalette.ColorGroup.Disabled, role).name())


Target = QAbstractButton | QAction


class IconSet(QObject):
    """Puts icons on a window's buttons and actions, and tints them again on a palette change."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._targets: list[tuple[Target, Icon]] = []
        window.installEventFilter(self)

    def add(self, target: Target, icon: Icon) -> None:
        """Show ``icon`` on ``target`` from now on, in the window's colours."""
        self._targets.append((target, icon))
        target.setIcon(tinted(icon, self._window.palette()))

    def icon_of(self, target: Target) -> Icon | None:
        """The icon set on ``target``, if any."""
        return next((icon for known, icon in self._targets if known is target), None)

    def targets(self) -> list[tuple[Target, Icon]]:
        """Every button and action with an icon, and its icon."""
        return list(self._targets)

    def retint(self) -> None:
        """Draw every icon again in the window's current colours."""
        palette = self._window.palette()
        for target, icon in self._targets:
            target.setIcon(tinted(icon, palette))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in (
                QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.retint()
        return False


def decorate(window: MainWindow) -> IconSet:
    """Put the icon set on the main window's buttons and menu actions."""
    icons = IconSet(window)
    menus = window.menus
    for target, icon in (
        (window.new_button, Icon.NEW_CHAT), (window.summarize_button, Icon.SUMMARIZE),
        (window.send_button, Icon.SEND), (window.stop_button, Icon.STOP),
        (menus.new, Icon.NEW_CHAT), (menus.summarize, Icon.SUMMARIZE),
        (menus.models, Icon.MODELS), (menus.settings, Icon.SETTINGS),
        (menus.search, Icon.SEARCH), (menus.copy_reply, Icon.COPY), (menus.stop, Icon.STOP),
        (menus.pin, Icon.PIN), (menus.delete, Icon.DELETE),
    ):
        icons.add(target, icon)
    return icons
