"""The icon set: every file there, valid and licensed, bundled, and tinted for light and dark."""

from __future__ import annotations

import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from assistant.core.settings import Settings
from assistant.ui.iconset import Icon, icon_file, icon_folder
from assistant.ui.theme import is_dark
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FakeEngine

ROOT = Path(__file__).resolve().parents[2]
SVG = "{http://www.w3.org/2000/svg}svg"


def _colour(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The colour of the most opaque pixel of ``icon`` drawn at 24 pixels."""
    image = icon.pixmap(24, 24, mode).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    best = max((image.pixelColor(x, y) for x in range(image.width())
                for y in range(image.height())), key=QColor.alpha)
    assert best.alpha() > 200, "the icon draws something"
    return best


def test_every_icon_is_a_valid_svg_drawn_in_the_current_colour() -> None:
    for icon in Icon:
        path = icon_file(icon)
        assert path.is_file(), path
        text = path.read_text(encoding="utf-8")
        assert ElementTree.fromstring(text).tag == SVG, icon
        assert QSvgRenderer(QByteArray(text.encode())).isValid(), icon
        assert "currentColor" in text, icon


def test_the_folder_holds_the_icons_their_licence_and_where_they_came_from() -> None:
    folder = icon_folder()
    svgs = {entry.name for entry in folder.iterdir() if entry.name.endswith(".svg")}
    assert svgs == {f"{icon.value}.svg" for icon in Icon}, "no icon unused, none missing"
    licence = (folder / "LICENSE").read_text(encoding="utf-8")
    assert "ISC License" in licence
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "lucide-static" in readme
    assert "1.62.0" in readme
    assert "ISC" in readme
    assert all(name in readme for name in svgs)


def test_the_icons_are_packaged_and_bundled() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = pyproject["tool"]["setuptools"]["package-data"]["assistant"]
    assert {"ui/icons/lucide/*.svg", "ui/icons/lucide/LICENSE"} <= set(data)
    spec = (ROOT / "packaging" / "pequeno.spec").read_text(encoding="utf-8")
    assert '"icons" / "lucide"), "assistant/ui/icons/lucide")' in spec


def test_the_windows_buttons_and_actions_have_icons_and_keep_their_text(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(engine=FakeEngine(), wait_loaded=False)

    targets = window.icons.targets()
    assert {icon for _, icon in targets} == set(Icon)
    for target, _ in targets:
        assert not target.icon().isNull(), target
        assert target.text(), target
    assert window.icons.icon_of(window.send_button) is Icon.SEND
    assert window.icons.icon_of(window.menus.settings) is Icon.SETTINGS


def test_icons_take_the_text_colour_of_light_and_dark(qtbot: QtBot,
                                                      make_window: WindowFactory) -> None:
    window = make_window(engine=FakeEngine(), settings=Settings(appearance="light"),
                         wait_loaded=False)
    text = QPalette.ColorRole.ButtonText
    light = _colour(window.send_button.icon())
    assert light.name() == window.palette().color(text).name()
    assert light.lightness() < 128

    window.theme.apply("dark")
    qtbot.waitUntil(lambda: is_dark(window.palette()))

    dark = _colour(window.send_button.icon())
    assert dark.name() == window.palette().color(text).name()
    assert dark.lightness() > 128
    assert _colour(window.menus.new.icon()).name() == dark.name()
    disabled = _colour(window.stop_button.icon(), QIcon.Mode.Disabled)
    assert disabled.name() == window.palette().color(QPalette.ColorGroup.Disabled, text).name()
