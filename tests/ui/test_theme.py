"""Light and dark appearance: the window follows or forces a scheme, and stays readable in both.

Readability is measured on what is drawn: the colours in the chat delegate's laid-out
documents (char formats, table backgrounds, the row's palette), the banners' rendered
background and their text colour, each pair at WCAG's 4.5:1 or more.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPalette,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from assistant.core.history.store import Role
from assistant.core.paths import AppPaths
from assistant.core.settings import Settings, load_settings
from assistant.ui.mainwindow import MainWindow
from assistant.ui.rendering import MarkdownRenderer
from assistant.ui.settingsdialog import SettingsDialog
from assistant.ui.theme import (
    MIN_CONTRAST,
    ThemeController,
    code_background,
    code_style,
    contrast_ratio,
    is_dark,
    palette,
)
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FakeEngine

REPLY = ("Here is **bold** text, `inline code` and [a link](https://example.com):\n\n"
         "```python\n# a comment\ndef double(x: int) -> int:\n    \"\"\"Twice x.\"\"\"\n"
         "    return x * 2 + 0x1F  # hex\n```\n\n> quoted\n\nDone.")
BG = QTextFormat.Property.BackgroundBrush
FG = QTextFormat.Property.ForegroundBrush
ColourPair = tuple[str, QColor, QColor]


@pytest.fixture(autouse=True)
def app_palette_restored(qapp: QApplication) -> Iterator[None]:
    """Every window gives the application its palette back when it closes."""
    before = qapp.palette().color(QPalette.ColorRole.Window).name()
    yield
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == before


def _window(make_window: WindowFactory, appearance: str) -> MainWindow:
    return make_window(FakeEngine(reply=REPLY),
                       settings=Settings(max_tokens=48, appearance=appearance))


def _chat(qtbot: QtBot, window: MainWindow, text: str = "Show me some code.") -> None:
    with qtbot.waitSignal(window.replyDone, timeout=10_000):
        window.send(text)


def _colours(document: QTextDocument, text: QColor, behind: QColor) -> list[ColourPair]:
    """Each piece of text in ``document`` with its colour and the colour drawn behind it."""
    pairs: list[ColourPair] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.isValid() and fragment.text().strip():
                char = fragment.charFormat()
                foreground = char.foreground().color() if char.hasProperty(FG) else text
                background = behind
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                table = cursor.currentTable()
                if table is not None:
                    if table.format().hasProperty(BG):
                        background = table.format().background().color()
                    cell = table.cellAt(cursor).format()
                    if cell.hasProperty(BG):
                        background = cell.background().color()
                if block.blockFormat().hasProperty(BG):
                    background = block.blockFormat().background().color()
                if char.hasProperty(BG):
                    background = char.background().color()
                pairs.append((fragment.text(), foreground, background))
            fragments += 1
        block = block.next()
    return pairs


def _chat_colours(window: MainWindow) -> list[ColourPair]:
    """What every message in the window draws: text, its colour, its background."""
    view = window.chat_view
    view_palette = view.palette()
    pairs: list[ColourPair] = []
    for row in range(window.chat_model.rowCount()):
        item = window.chat_model.item(row)
        # The delegate paints the user's messages on AlternateBase, the rest on the view's Base.
        behind = view_palette.color(QPalette.ColorRole.AlternateBase if item.role is Role.USER
                                    else QPalette.ColorRole.Base)
        for document in view.delegate.document(item, view_palette).documents:
            pairs += _colours(document, view_palette.color(QPalette.ColorRole.Text), behind)
    return pairs


def _code_pairs(pairs: list[ColourPair]) -> list[ColourPair]:
    return [pair for pair in pairs if "double" in pair[0] or "comment" in pair[0]
            or "0x1F" in pair[0]]


def _assert_readable(pairs: list[ColourPair]) -> None:
    faint = [(text, fg.name(), bg.name(), round(contrast_ratio(fg, bg), 2))
             for text, fg, bg in pairs if contrast_ratio(fg, bg) < MIN_CONTRAST]
    assert not faint, f"text too faint on its background: {faint}"


def _drawn_background(widget: QWidget) -> QColor:
    """The colour most of the widget's rendering is (its background)."""
    image = widget.grab().toImage()
    counts = Counter(image.pixel(x, y) for x in range(0, image.width(), 3)
                     for y in range(0, image.height(), 3))
    return QColor.fromRgb(counts.most_common(1)[0][0])


def _banner_pairs(window: MainWindow) -> list[ColourPair]:
    window.show_error("The model file could not be read.")
    window.hint.show_message("A larger model answers better.")
    pairs = []
    for banner in (window.error_banner, window.hint):
        label = banner.label
        pairs.append((label.text(), label.palette().color(label.foregroundRole()),
                      _drawn_background(banner)))
    return pairs


def _is_dark_colour(colour: QColor) -> bool:
    return colour.lightness() < 100


def _wait_until_window_is(qtbot: QtBot, window: MainWindow, dark: bool) -> None:
    """Qt hands a new application palette to the widgets through the event loop."""
    qtbot.waitUntil(lambda: _is_dark_colour(window.palette().color(QPalette.ColorRole.Window))
                    == dark and is_dark(window.chat_view.palette()) == dark, timeout=5_000)


# -- the colours themselves ------------------------------------------------------------------


def test_the_contrast_ratio_is_wcags() -> None:
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    assert contrast_ratio(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_code_colour_reads_on_the_code_background(dark: bool) -> None:
    background = code_background(dark)
    assert _is_dark_colour(background) == dark
    for token, style in code_style(dark):
        if style["color"]:
            behind = QColor(f"#{style['bgcolor']}") if style["bgcolor"] else background
            assert contrast_ratio(QColor(f"#{style['color']}"), behind) >= MIN_CONTRAST, token


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_apps_own_palettes_are_readable(dark: bool) -> None:
    colours = palette(dark)
    role = QPalette.ColorRole
    assert is_dark(colours) == dark
    for text, behind in [(role.WindowText, role.Window), (role.Text, role.Base),
                         (role.Text, role.AlternateBase), (role.Link, role.Base),
                         (role.Link, role.AlternateBase), (role.ButtonText, role.Button),
                         (role.HighlightedText, role.Highlight),
                         (role.PlaceholderText, role.Base), (role.ToolTipText, role.ToolTipBase)]:
        assert contrast_ratio(colours.color(text), colours.color(behind)) >= MIN_CONTRAST, \
            (text, behind)
    for text in (role.Text, role.Link):
        assert contrast_ratio(colours.color(text), code_background(dark)) >= MIN_CONTRAST


def test_rendered_code_uses_the_schemes_background() -> None:
    renderer = MarkdownRenderer()
    light = renderer.render(REPLY, dark=False, copy_label="Copy").html
    dark = renderer.render(REPLY, dark=True, copy_label="Copy").html

    assert f"background-color:{code_background(False).name()}" in light
    assert f"background-color:{code_background(True).name()}" in dark


def test_an_unknown_appearance_follows_the_system(qapp: QApplication) -> None:
    theme = ThemeController(qapp)
    try:
        theme.apply("dark")
        assert theme.dark
        theme.apply("sepia")
        assert theme.appearance == "system"
        assert theme.dark == is_dark(QPalette())  # the platform's own again
    finally:
        theme.restore()


# -- the window ------------------------------------------------------------------------------


def test_forced_dark_makes_the_whole_window_dark(qtbot: QtBot,
                                                 make_window: WindowFactory) -> None:
    window = _window(make_window, "dark")

    for widget in (window, window.chat_view.viewport(), window.conversation_list.viewport(),
                   window.context_meter, window.composer):
        colours = widget.palette()
        assert _is_dark_colour(colours.color(widget.backgroundRole())), widget
        assert contrast_ratio(colours.color(widget.foregroundRole()),
                              colours.color(widget.backgroundRole())) >= MIN_CONTRAST, widget


def test_a_reply_in_dark_is_readable_code_and_all(qtbot: QtBot,
                                                  make_window: WindowFactory) -> None:
    window = _window(make_window, "dark")
    _chat(qtbot, window)

    pairs = _chat_colours(window)
    code = _code_pairs(pairs)
    assert code
    assert all(_is_dark_colour(bg) for _, _, bg in code)
    assert any(text == "a link" for text, _, _ in pairs)
    _assert_readable(pairs)
    window.chat_view.grab()  # and it paints


def test_banners_in_dark_are_dark_and_readable(qtbot: QtBot,
                                               make_window: WindowFactory) -> None:
    window = _window(make_window, "dark")

    pairs = _banner_pairs(window)

    assert all(_is_dark_colour(bg) for _, _, bg in pairs)
    _assert_readable(pairs)
    assert pairs[0][2] != pairs[1][2], "an error looks different from a hint"


def test_choosing_light_in_the_settings_turns_everything_light_at_once(
    qtbot: QtBot, make_window: WindowFactory, app_paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(make_window, "dark")
    _chat(qtbot, window)
    assert _is_dark_colour(window.palette().color(QPalette.ColorRole.Window))
    shown: list[str] = []

    def exec_(dialog: SettingsDialog) -> int:
        shown.append(dialog.appearance.currentText())
        assert dialog.appearance.accessibleName() == "Appearance"
        dialog.appearance.setCurrentIndex(dialog.appearance.findData("light"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    window.open_settings()

    assert shown == ["Dark"]
    assert load_settings(app_paths.settings_file).appearance == "light"
    _wait_until_window_is(qtbot, window, dark=False)
    pairs = _chat_colours(window)
    code = _code_pairs(pairs)
    assert code
    assert not any(_is_dark_colour(bg) for _, _, bg in code)
    _assert_readable(pairs)
    banners = _banner_pairs(window)
    assert not any(_is_dark_colour(bg) for _, _, bg in banners)
    _assert_readable(banners)


def test_following_the_system_tracks_its_colour_scheme(qtbot: QtBot,
                                                       make_window: WindowFactory) -> None:
    window = _window(make_window, "system")
    _chat(qtbot, window)
    hints = QGuiApplication.styleHints()
    assert window.settings.appearance == "system"

    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # what Qt emits when the system turns
    _wait_until_window_is(qtbot, window, dark=True)
    pairs = _chat_colours(window)
    assert all(_is_dark_colour(bg) for _, _, bg in _code_pairs(pairs))
    _assert_readable(pairs + _banner_pairs(window))

    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    _wait_until_window_is(qtbot, window, dark=False)
    pairs = _chat_colours(window)
    assert not any(_is_dark_colour(bg) for _, _, bg in _code_pairs(pairs))
    _assert_readable(pairs + _banner_pairs(window))


def test_a_forced_scheme_ignores_the_system(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = _window(make_window, "dark")

    for scheme in (Qt.ColorScheme.Light, Qt.ColorScheme.Dark):  # a change, then the echo
        QGuiApplication.styleHints().colorSchemeChanged.emit(scheme)
        QApplication.processEvents()

        assert _is_dark_colour(window.palette().color(QPalette.ColorRole.Window))


def test_an_unknown_stored_appearance_opens_following_the_system(
    qtbot: QtBot, make_window: WindowFactory, app_paths: AppPaths
) -> None:
    app_paths.settings_file.write_text('{"version": 1, "appearance": "sepia"}',
                                       encoding="utf-8")
    settings = load_settings(app_paths.settings_file)
    assert settings.appearance == "system"

    window = make_window(FakeEngine(), settings=settings)

    assert window.theme.appearance == "system"
    assert window.palette().color(QPalette.ColorRole.Window) == \
        QApplication.style().standardPalette().color(QPalette.ColorRole.Window)


def test_closing_the_window_gives_the_application_its_palette_back(
    qtbot: QtBot, make_window: WindowFactory, qapp: QApplication
) -> None:
    window = _window(make_window, "dark")
    assert is_dark(qapp.palette())

    window.close()

    assert not is_dark(qapp.palette())
    QApplication.processEvents()
    assert not is_dark(window.palette())
