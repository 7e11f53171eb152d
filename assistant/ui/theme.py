"""Light and dark appearance: the app's few colours, and following or forcing a colour scheme.

Everything the window draws takes its colours from the application palette (QPalette roles):
text, links, the user's messages (``AlternateBase``), the sidebar, the context meter. The
colours no role describes (code blocks, banners) and the palettes installed where the
platform cannot switch schemes on its own are here, each with its light and its dark value
side by side: this is the only module with literal colours.

:class:`ThemeController` applies the ``appearance`` setting. "system" follows Qt's colour
scheme hint (``QStyleHints.colorScheme`` and its ``colorSchemeChanged`` signal); "light" and
"dark" ask Qt for that scheme (``QStyleHints.setColorScheme``, Qt 6.8+). A platform that does
not honour the request (the offscreen platform, some Linux desktops) keeps its palette, so
the controller then installs one of its own.

Code highlighting starts from a Pygments style per scheme, with every token colour that
reads too faintly on the code background moved towards black or white until it reaches
WCAG's 4.5:1 contrast for text.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass

from pygments.style import Style
from pygments.styles import get_style_by_name
from pygments.token import _TokenType
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from assistant.core.settings import APPEARANCES

log = logging.getLogger(__name__)

MIN_CONTRAST = 4.5  # WCAG 2 AA for normal text
_TARGET_CONTRAST = 4.7  # a little above it, so rounding to #rrggbb never falls under

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


@dataclass(frozen=True)
class Pair:
    """One colour in the light scheme and in the dark one."""

    light: str
    dark: str

    def value(self, dark: bool) -> str:
        """The value for the dark scheme if ``dark``, else for the light one."""
        return self.dark if dark else self.light

    def pick(self, dark: bool) -> QColor:
        """The colour for the dark scheme if ``dark``, else for the light one."""
        return QColor(self.value(dark))


# -- the colours no palette role describes ----------------------------------------------------

CODE_BACKGROUND = Pair("#f3f4f6", "#272822")
ERROR_BACKGROUND = Pair("#fde8ea", "#4a1e24")
ERROR_TEXT = Pair("#7a0f1e", "#ffdadf")
HINT_BACKGROUND = Pair("#e5effa", "#1c3246")
HINT_TEXT = Pair("#0f3662", "#d8e9fb")
# The Pygments styles code is highlighted with (their colours are made readable, see above).
CODE_STYLE = Pair("friendly", "monokai")

# -- palettes for platforms that cannot switch schemes themselves ----------------------------

_PALETTE: dict[QPalette.ColorRole, Pair] = {
    Role.Window: Pair("#efefef", "#202124"),
    Role.WindowText: Pair("#1b1b1b", "#e8e8e8"),
    Role.Base: Pair("#ffffff", "#18191b"),
    Role.AlternateBase: Pair("#f1f3f6", "#2a2c31"),
    Role.Text: Pair("#1b1b1b", "#e8e8e8"),
    Role.PlaceholderText: Pair("#6b6b6b", "#9b9b9b"),
    Role.Button: Pair("#efefef", "#2d2f33"),
    Role.ButtonText: Pair("#1b1b1b", "#e8e8e8"),
    Role.BrightText: Pair("#ffffff", "#ffffff"),
    Role.Highlight: Pair("#2f65ca", "#3b6cc9"),
    Role.HighlightedText: Pair("#ffffff", "#ffffff"),
    Role.Accent: Pair("#2f65ca", "#3b6cc9"),
    Role.Link: Pair("#0b57d0", "#8ab4f8"),
    Role.LinkVisited: Pair("#6a1b9a", "#c58af9"),
    Role.ToolTipBase: Pair("#ffffdc", "#2d2f33"),
    Role.ToolTipText: Pair("#1b1b1b", "#e8e8e8"),
    Role.Light: Pair("#ffffff", "#44474c"),
    Role.Midlight: Pair("#e3e3e3", "#36383d"),
    Role.Mid: Pair("#b8b8b8", "#26282b"),
    Role.Dark: Pair("#9f9f9f", "#141517"),
    Role.Shadow: Pair("#767676", "#000000"),
}
_DISABLED: dict[QPalette.ColorRole, Pair] = {
    Role.WindowText: Pair("#8c8c8c", "#7c8086"),
    Role.Text: Pair("#8c8c8c", "#7c8086"),
    Role.ButtonText: Pair("#8c8c8c", "#7c8086"),
    Role.Highlight: Pair("#919191", "#4a4d52"),
}


def palette(dark: bool) -> QPalette:
    """The app's own light or dark palette, for a platform that cannot switch by itself."""
    result = QPalette()
    for role, pair in _PALETTE.items():
        result.setColor(role, pair.pick(dark))
    for role, pair in _DISABLED.items():
        result.setColor(Group.Disabled, role, pair.pick(dark))
    return result


# -- measuring -------------------------------------------------------------------------------


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark theme (light text on a dark window)."""
    return palette.color(Role.Window).lightness() < 128


def luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of an opaque colour (0 black, 1 white)."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
            + 0.0722 * linear(colour.blueF()))


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2's contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def blend(first: QColor, second: QColor, amount: float) -> QColor:
    """``first`` moved ``amount`` (0 to 1) of the way towards ``second``."""
    return QColor.fromRgbF(*(a + (b - a) * amount for a, b in (
        (first.redF(), second.redF()), (first.greenF(), second.greenF()),
        (first.blueF(), second.blueF()))))


def readable(colour: QColor, background: QColor, minimum: float = _TARGET_CONTRAST) -> QColor:
    """``colour``, moved towards black or white until it reads on ``background``."""
    if contrast_ratio(colour, background) >= minimum:
        return colour
    towards = QColor("#000000") if luminance(background) > 0.18 else QColor("#ffffff")
    for step in range(1, 21):
        moved = QColor(blend(colour, towards, step / 20).name())  # as it is written in HTML
        if contrast_ratio(moved, background) >= minimum:
            return moved
    return towards


def muted_text(palette: QPalette, background: Role = Role.Base) -> QColor:
    """A quieter text colour (a status, a boundary) that still reads on ``background``."""
    base = palette.color(background)
    return readable(blend(palette.color(Role.Text), base, 0.35), base)


# -- code highlighting -----------------------------------------------------------------------


def code_background(dark: bool) -> QColor:
    """The background of code blocks."""
    return CODE_BACKGROUND.pick(dark)


@functools.cache
def code_style(dark: bool) -> type[Style]:
    """The Pygments style for code blocks: every colour readable on :func:`code_background`."""
    name = CODE_STYLE.value(dark)
    base = get_style_by_name(name)
    background = code_background(dark)
    styles: dict[_TokenType, str] = {}
    for token, definition in base:
        parts = ["noinherit"]
        behind = QColor(f"#{definition['bgcolor']}") if definition["bgcolor"] else background
        if definition["color"]:
            parts.append(readable(QColor(f"#{definition['color']}"), behind).name())
        if definition["bgcolor"]:
            parts.append(f"bg:#{definition['bgcolor']}")
        parts += [word for word in ("bold", "italic", "underline") if definition[word]]
        styles[token] = " ".join(parts)
    return type(f"Readable{base.__name__}", (Style,), {
        "name": f"readable-{name}", "background_color": background.name(), "styles": styles})


# -- following or forcing a scheme -----------------------------------------------------------

_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


class ThemeController(QObject):
    """Applies the ``appearance`` setting to the application, and follows the system's.

    One per window; :meth:`restore` gives the application back its own palette and scheme.
    """

    changed = Signal(bool)  # dark

    def __init__(self, app: QGuiApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._appearance = "system"
        self._installed = False  # whether the palette is ours, not the platform's
        self._system = app.styleHints().colorScheme()
        app.styleHints().colorSchemeChanged.connect(self._system_changed)

    @property
    def appearance(self) -> str:
        """The appearance applied: "system", "light" or "dark"."""
        return self._appearance

    @property
    def dark(self) -> bool:
        """Whether the application is dark now."""
        return is_dark(self._app.palette())

    def apply(self, appearance: str) -> None:
        """Follow the system's scheme ("system"), or force "light" or "dark".

        An unknown value follows the system.
        """
        if appearance not in APPEARANCES:
            log.warning("unknown appearance %r; following the system", appearance)
            appearance = "system"
        self._appearance = appearance
        hints = self._app.styleHints()
        hints.setColorScheme(_SCHEMES.get(appearance, Qt.ColorScheme.Unknown))
        if appearance == "system" and hints.colorScheme() is not Qt.ColorScheme.Unknown:
            self._system = hints.colorScheme()
        self._update()

    def restore(self) -> None:
        """Hand the application back its platform palette and scheme, and stop following."""
        self._app.styleHints().colorSchemeChanged.disconnect(self._system_changed)
        self._app.styleHints().unsetColorScheme()
        if self._installed:
            self._app.setPalette(QPalette())
            self._installed = False

    def _system_changed(self, scheme: Qt.ColorScheme) -> None:
        requested = _SCHEMES.get(self._appearance)
        if requested is None:
            self._system = scheme
            self._update()
        elif scheme is requested:
            # The platform switched as asked (maybe later than asked): its palette may fit now.
            self._update()

    def _update(self) -> None:
        wanted = _SCHEMES.get(self._appearance, self._system)
        if self._installed:
            self._app.setPalette(QPalette())  # back to the platform's, which may fit now
            self._installed = False
        if wanted is not Qt.ColorScheme.Unknown and \
                is_dark(self._app.palette()) != (wanted is Qt.ColorScheme.Dark):
            self._app.setPalette(palette(wanted is Qt.ColorScheme.Dark))
            self._installed = True
        self.changed.emit(self.dark)
