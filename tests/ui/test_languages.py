"""Switching the language retranslates the open window and dialogs at once."""

from __future__ import annotations

from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from assistant.core.i18n import format_datetime, format_number
from assistant.core.models.downloads import format_size
from assistant.core.models.store import ModelStore
from assistant.core.settings import load_settings
from assistant.ui.modelsdialog import ModelsDialog
from assistant.ui.settingsdialog import SettingsDialog
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FakeEngine

EXPECTED = {  # a few known strings per language, as the catalogues translate them
    "pt_BR": ("Nova conversa", "Enviar"),
    "zh_CN": ("新对话", "发送"),
    "ru": ("Новая беседа", "Отправить"),
    "en": ("New chat", "Send"),
}


def _download_label(dialog: ModelsDialog) -> str:
    card = dialog.card(dialog.model_ids()[0])
    assert card is not None
    return card.download_button.text()


@pytest.mark.parametrize("language", ["pt_BR", "zh_CN", "ru", "en"])
def test_switching_language_retranslates_the_window_and_dialogs(
        qtbot: QtBot, make_window: WindowFactory, language: str) -> None:
    window = make_window(engine=FakeEngine())
    settings_dialog = SettingsDialog(window.settings, None, window)
    models_dialog = ModelsDialog(ModelStore(window.paths.models), window.settings, window)
    english = (settings_dialog.windowTitle(), _download_label(models_dialog),
               window.menus.file_menu.title())
    try:
        window.set_language("pt_BR" if language == "en" else None)
        window.set_language(language)

        new_chat, send = EXPECTED[language]
        assert window.new_button.text() == new_chat
        assert window.send_button.text() == send
        assert window.new_button.accessibleName() == new_chat
        translated = (settings_dialog.windowTitle(), _download_label(models_dialog),
                      window.menus.file_menu.title())
        if language == "en":
            assert translated == english
        else:
            assert all(a != b for a, b in zip(translated, english, strict=True))
        assert load_settings(window.paths.settings_file).language == language
    finally:
        window.set_language("en")
        models_dialog.close()
        models_dialog.deleteLater()
        settings_dialog.deleteLater()


NUMBERS = {  # 2.4 GB, 8192 and 1000.0 as each language writes them
    "pt_BR": ("2,4 GB", "8.192", "1.000,0"),
    "zh_CN": ("2.4 GB", "8,192", "1,000.0"),
    "ru": ("2,4 ГБ", "8\u00a0192", "1\u00a0000,0"),
    "en": ("2.4 GB", "8,192", "1,000.0"),
}
DATES = {"pt_BR": "24/11/2026", "zh_CN": "2026/11/24", "ru": "24.11.2026", "en": "11/24/26"}


@pytest.mark.parametrize("language", ["pt_BR", "zh_CN", "ru", "en"])
def test_numbers_and_dates_follow_the_language(
        qtbot: QtBot, make_window: WindowFactory, language: str) -> None:
    window = make_window(engine=FakeEngine())  # its replies report 1000.0 tokens/s
    try:
        window.set_language(language)
        size, count, rate = NUMBERS[language]

        assert format_size(2_400_000_000) == size
        assert format_number(8192) == count
        assert format_datetime(datetime(2026, 11, 24, 16, 5)).startswith(DATES[language])
        with qtbot.waitSignal(window.replyDone, timeout=10_000):
            window.send("Hello")
        assert window.speed_label.text().startswith(rate + " ")
        window.context_meter.set_capacity(8192)
        assert count in window.context_meter.text(), "the context meter groups digits too"
    finally:
        window.set_language("en")
