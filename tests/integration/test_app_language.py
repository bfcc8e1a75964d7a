"""A language chosen in Settings applies at once in the running app, and is kept for next time."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from omise_tray.app.main import TrayApp
from omise_tray.core.localized import Language
from omise_tray.i18n.catalogues import Catalogues
from omise_tray.i18n.fonts import JAPANESE_FONT_NOTICE
from omise_tray.i18n.translators import Translations
from omise_tray.simulator import Simulator, demo_accounts
from omise_tray.storage.fields import Limits
from omise_tray.storage.settings import read_settings
from omise_tray.ui.settings_dialog import SettingsDialog
from tests.support.app import build_app, saved_settings


@pytest.fixture
def app(qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TrayApp]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("LANGUAGE", "en")
    saved_locale = QLocale()
    with Simulator(demo_accounts(), dynamic=False) as sim:
        tray_app = build_app(sim, tmp_path, interval=300)
        tray_app.translations = Translations(Catalogues(tmp_path / "cache" / "translations"))
        tray_app.start()
        try:
            yield tray_app
        finally:
            tray_app.translations.clear()
            QLocale.setDefault(saved_locale)
            tray_app.quit()


def ok_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    return box.button(QDialogButtonBox.StandardButton.Ok).text()


def font_notices_shown() -> int:
    return sum(
        isinstance(widget, QMessageBox) and widget.text() == JAPANESE_FONT_NOTICE
        for widget in QApplication.topLevelWidgets()
    )


def test_a_language_chosen_in_settings_applies_at_once_and_is_saved(
    app: TrayApp, qtbot: QtBot
) -> None:
    app.apply_settings(replace(app.settings, language="th"))
    assert app.translations is not None
    assert app.translations.language is Language.THAI
    assert ok_text() == "ตกลง"
    qtbot.waitUntil(lambda: saved_settings(app).language == "th", timeout=10_000)
    app.apply_settings(replace(app.settings, language="system"))  # LANGUAGE=en here
    assert ok_text() == "OK"


def test_japanese_without_a_japanese_font_is_said_once(app: TrayApp, qtbot: QtBot) -> None:
    qtbot.waitExposed(app.window)
    has_font = bool(QFontDatabase.families(QFontDatabase.WritingSystem.Japanese))
    app.apply_settings(replace(app.settings, language="ja"))
    assert ok_text() == "OK"  # Qt's Japanese catalogue keeps "OK"
    assert font_notices_shown() == (0 if has_font else 1)
    app.apply_settings(replace(app.settings, api_version=app.settings.api_version))
    assert font_notices_shown() == (0 if has_font else 1)


def settings_dialog() -> SettingsDialog:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog))


def test_thai_chosen_in_the_settings_dialog_retranslates_the_open_window(
    app: TrayApp, qtbot: QtBot
) -> None:
    qtbot.waitExposed(app.window)
    detail = app.window.detail
    qtbot.waitUntil(lambda: "Checks every" in detail.text(), timeout=10_000)
    app.open_settings()
    dialog = settings_dialog()
    dialog.language_box.setCurrentIndex(dialog.language_box.findText("ไทย"))
    dialog.ok_button.click()
    assert app.settings.language == "th"
    qtbot.waitUntil(lambda: "ตรวจทุก" in detail.text())
    assert "Checks every" not in detail.text()
    qtbot.waitUntil(lambda: saved_settings(app).language == "th", timeout=10_000)


@pytest.mark.parametrize(
    ("stored", "loaded"),
    [("th", "th"), ("ja", "ja"), ("system", "system"), (7, "system"), (None, "system")],
)
def test_the_language_setting_survives_the_settings_file(stored: object, loaded: str) -> None:
    settings, _notices = read_settings({"language": stored}, Limits(interval_floor=60))
    assert settings.language == loaded
