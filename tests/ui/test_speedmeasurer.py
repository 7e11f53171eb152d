"""Measuring weight repacking from the settings, on the real starter model."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from assistant.core.llm import speed
from assistant.core.llm.speed import SpeedProfile
from assistant.ui.settingsdialog import SettingsDialog
from tests.ui.conftest import WindowFactory


def test_measuring_in_the_settings_keeps_the_choice_for_the_next_load(
        qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()  # the real engine, with the starter model
    seen: dict[str, str] = {}
    results: list[SpeedProfile] = []

    def exec_(dialog: SettingsDialog) -> int:
        seen["before"] = dialog.measured.text()
        with qtbot.waitSignal(window.speed_measurer.measured, timeout=300_000) as measured:
            qtbot.mouseClick(dialog.measure_button, Qt.MouseButton.LeftButton)
            seen["while"] = dialog.measured.text()
            seen["button while"] = str(dialog.measure_button.isEnabled())
        results.append(measured.args[1])
        seen["after"] = dialog.measured.text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    window.open_settings()

    assert seen["before"].startswith("Not measured for this model yet")
    assert seen["while"] == "Measuring…"
    assert seen["button while"] == "False"
    profile = results[0]
    assert profile.plain is not None  # the plain way always works
    assert "Without repacking: loads in" in seen["after"]
    # Whatever this CPU does with repacking, the window shows the measured choice, keeps it,
    # and Automatic loads that way from now on.
    chosen = "Automatic loads it with repacking." if profile.repack \
        else "Automatic loads it without repacking."
    assert chosen in seen["after"]
    assert window.loaded_model is not None
    model = window.loaded_model.info.path
    assert speed.cached_profile(window.paths.cache, model) == profile
    assert speed.repacking("auto", window.paths.cache, model) is profile.repack
