"""Specification of the Settings dialog: threshold validation, OK gating and the edited Settings."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from omise_tray.core.localized import Language
from omise_tray.i18n.catalogues import Catalogues
from omise_tray.i18n.linguist import write_pseudo
from omise_tray.i18n.translators import Translations
from omise_tray.storage.settings import AccountSettings, Settings
from omise_tray.ui.settings_dialog import SettingsDialog, ThresholdEditor
from tests.support.languages import speaking
from tests.support.pseudo import shown_strings, unmarked_texts

SHOP = AccountSettings(id="shop", name="Bangkok Coffee", livemode=False, currency="THB")
TOKYO = AccountSettings(id="tokyo", name="Tokyo Tea", livemode=True, currency="JPY")
SETTINGS = Settings(accounts=(SHOP, TOKYO))


def open_dialog(qtbot: QtBot, settings: Settings = SETTINGS) -> SettingsDialog:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    return dialog


def editor(dialog: SettingsDialog, account_id: str) -> ThresholdEditor:
    return next(e for e in dialog.editors if e.account().id == account_id)


class Typed(NamedTuple):
    """What the merchant types for one account, and the messages the editor must show."""

    account: AccountSettings
    low: str
    critical: str
    low_error: str | None
    critical_error: str | None


@pytest.mark.parametrize(
    "typed",
    [
        Typed(SHOP, "1,500.50", "600", None, None),
        Typed(SHOP, "1000.25", "", None, None),
        Typed(SHOP, "", "", None, None),
        Typed(SHOP, " ฿2,000 ", "THB 500", None, None),
        Typed(SHOP, "1,000", "1,000", None, None),
        Typed(SHOP, "1,000", "2,000", None, "Critical must be no more than low (1,000.00 THB)."),
        Typed(
            SHOP,
            "",
            "1,200",
            None,
            "Critical must be no more than the default low (1,000.00 THB).",
        ),
        Typed(SHOP, "-5", "", "Enter an amount that is not negative.", None),
        Typed(SHOP, "", "−5", None, "Enter an amount that is not negative."),
        Typed(SHOP, "abc", "", "Enter a number, such as 1,000.00.", None),
        Typed(SHOP, "12a", "", "Enter a number, such as 1,000.00.", None),
        Typed(SHOP, "1,000.255", "", "THB amounts have at most 2 decimal places.", None),
        Typed(TOKYO, "4,000.5", "", "JPY has no minor unit: enter a whole number.", None),
        Typed(TOKYO, "", "1.5", None, "JPY has no minor unit: enter a whole number."),
        Typed(TOKYO, "5,000", "2000", None, None),
    ],
    ids=[
        "thb-two-decimals-and-whole",
        "thb-cents-accepted",
        "both-default",
        "symbol-and-code-accepted",
        "critical-equal-to-low",
        "critical-above-low",
        "critical-above-default-low",
        "negative-low",
        "negative-critical-unicode-minus",
        "letters",
        "trailing-letter",
        "thb-three-decimals",
        "jpy-decimals-low",
        "jpy-decimals-critical",
        "jpy-whole",
    ],
)
def test_threshold_validation(qtbot: QtBot, typed: Typed) -> None:
    low_error, critical_error = typed.low_error, typed.critical_error
    dialog = open_dialog(qtbot)
    edit = editor(dialog, typed.account.id)
    edit.low_edit.setText(typed.low)
    edit.critical_edit.setText(typed.critical)
    assert (edit.low_error.text() or None) == low_error
    assert (edit.critical_error.text() or None) == critical_error
    assert edit.low_error.isHidden() is (low_error is None)
    assert edit.critical_error.isHidden() is (critical_error is None)
    valid = low_error is None and critical_error is None
    assert edit.is_valid() is valid
    assert dialog.ok_button.isEnabled() is valid


def test_ok_is_disabled_while_any_field_is_invalid_and_enabled_once_fixed(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    shop, tokyo = editor(dialog, "shop"), editor(dialog, "tokyo")
    assert dialog.ok_button.isEnabled()
    shop.low_edit.setText("abc")
    tokyo.low_edit.setText("1.5")
    assert not dialog.ok_button.isEnabled()
    shop.low_edit.setText("1,000")
    assert not dialog.ok_button.isEnabled()
    tokyo.low_edit.setText("")
    assert dialog.ok_button.isEnabled()


def test_thresholds_are_shown_in_major_units_with_the_currency_precision(qtbot: QtBot) -> None:
    settings = Settings(
        accounts=(replace(SHOP, low=150_050, critical=60_000), replace(TOKYO, low=5_000))
    )
    dialog = open_dialog(qtbot, settings)
    assert editor(dialog, "shop").low_edit.text() == "1,500.50"
    assert editor(dialog, "shop").critical_edit.text() == "600.00"
    assert editor(dialog, "tokyo").low_edit.text() == "5,000"
    assert editor(dialog, "tokyo").critical_edit.text() == ""
    assert editor(dialog, "tokyo").critical_edit.placeholderText() == "2,000 (default)"


def test_edited_thresholds_are_stored_in_minor_units(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    shop, tokyo = editor(dialog, "shop"), editor(dialog, "tokyo")
    shop.low_edit.setText("1,500.50")
    shop.critical_edit.setText("600")
    shop.watched_box.setCurrentIndex(shop.watched_box.findData("total"))
    tokyo.low_edit.setText("5,000")
    tokyo.notify_box.setChecked(False)
    accounts = {a.id: a for a in dialog.edited_settings().accounts}
    assert (accounts["shop"].low, accounts["shop"].critical) == (150_050, 60_000)
    assert accounts["shop"].watched == "total"
    assert accounts["shop"].notifications is True
    assert (accounts["tokyo"].low, accounts["tokyo"].critical) == (5_000, None)
    assert accounts["tokyo"].notifications is False


def test_an_untouched_dialog_changes_nothing(qtbot: QtBot) -> None:
    settings = replace(
        SETTINGS,
        interval_seconds=90,
        quiet_hours_start=22,
        quiet_hours_end=7,
        accounts=(replace(SHOP, low=150_000, watched="total"), TOKYO),
    )
    assert open_dialog(qtbot, settings).edited_settings() == settings


@pytest.mark.parametrize(("minutes", "seconds"), [(1, 60), (5, 300), (60, 3600)])
def test_interval_is_set_in_minutes(qtbot: QtBot, minutes: int, seconds: int) -> None:
    dialog = open_dialog(qtbot, replace(SETTINGS, interval_seconds=600))
    dialog.interval_spin.setValue(minutes)
    assert dialog.edited_settings().interval_seconds == seconds


def test_interval_cannot_go_below_one_minute(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.interval_spin.setValue(0)
    assert dialog.interval_spin.value() == 1


@pytest.mark.parametrize(("shown", "seconds"), [(3, 3), (10, 10), (90, 90)])
def test_the_demo_shows_and_takes_its_interval_in_seconds(
    qtbot: QtBot, shown: int, seconds: int
) -> None:
    # The demo's simulator allows a poll a second; the demo polls every 3 s.
    dialog = SettingsDialog(replace(SETTINGS, interval_seconds=3), interval_floor=1)
    qtbot.addWidget(dialog)
    assert dialog.interval_spin.text() == "3 s"
    assert dialog.interval_spin.minimum() == 1
    assert dialog.edited_settings().interval_seconds == 3
    dialog.interval_spin.setValue(shown)
    assert dialog.edited_settings().interval_seconds == seconds


def test_against_omise_the_interval_is_in_minutes(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, replace(SETTINGS, interval_seconds=300))
    assert dialog.interval_spin.text() == "5 min"


def test_pause_and_quiet_hours_are_saved(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    assert not dialog.quiet_start.isEnabled()
    dialog.pause_box.setChecked(True)
    dialog.quiet_box.setChecked(True)
    dialog.quiet_start.setCurrentIndex(23)
    dialog.quiet_end.setCurrentIndex(6)
    edited = dialog.edited_settings()
    assert edited.notifications_paused is True
    assert (edited.quiet_hours_start, edited.quiet_hours_end) == (23, 6)


def test_quiet_hours_off_are_saved_as_none(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, replace(SETTINGS, quiet_hours_start=22, quiet_hours_end=7))
    assert dialog.quiet_start.currentData() == 22
    dialog.quiet_box.setChecked(False)
    edited = dialog.edited_settings()
    assert (edited.quiet_hours_start, edited.quiet_hours_end) == (None, None)


def test_quiet_hours_must_not_start_and_end_together(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.quiet_box.setChecked(True)
    dialog.quiet_end.setCurrentIndex(dialog.quiet_start.currentIndex())
    assert dialog.quiet_error.text() == "Quiet hours must start and end at different times."
    assert not dialog.ok_button.isEnabled()
    dialog.quiet_box.setChecked(False)
    assert dialog.ok_button.isEnabled()


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("2019-05-29", "2019-05-29"),
        ("2014-07-27", "2014-07-27"),
        ("2017-11-02", "2017-11-02"),
        ("1999-01-01", "2019-05-29"),
    ],
)
def test_api_version_offers_the_known_versions(qtbot: QtBot, stored: str, shown: str) -> None:
    dialog = open_dialog(qtbot, replace(SETTINGS, api_version=stored))
    versions = [dialog.version_box.itemData(i) for i in range(dialog.version_box.count())]
    assert versions == ["2014-07-27", "2015-11-17", "2017-11-02", "2019-05-29"]
    assert dialog.edited_settings().api_version == shown


def test_no_accounts_explains_where_thresholds_appear(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, Settings())
    assert dialog.editors == []
    assert dialog.ok_button.isEnabled()


def test_launch_at_login_is_not_offered_without_autostart_support(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    texts = [box.text() for box in dialog.findChildren(QCheckBox)]
    assert "Launch at login" not in texts


def test_launch_at_login_is_offered_and_round_trips(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(launch_at_login=False))
    qtbot.addWidget(dialog)
    assert not dialog.login_box.isHidden()
    dialog.login_box.setChecked(True)
    assert dialog.edited_settings().launch_at_login is True


def test_the_demo_does_not_offer_launch_at_login(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(launch_at_login=False), offer_login_start=False)
    qtbot.addWidget(dialog)
    assert dialog.login_box.isHidden()
    dialog.login_box.setChecked(True)
    assert dialog.edited_settings().launch_at_login is False


@pytest.mark.parametrize("stored", ["system", "en", "th", "ja"])
def test_the_language_is_offered_in_its_own_words_and_round_trips(
    qtbot: QtBot, stored: str
) -> None:
    dialog = open_dialog(qtbot, replace(SETTINGS, language=stored))
    box = dialog.language_box
    assert [box.itemText(i) for i in range(box.count())] == ["System", "English", "ไทย", "日本語"]
    assert box.currentData() == stored
    assert dialog.edited_settings().language == stored


def test_choosing_a_language_is_in_the_edited_settings(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.language_box.setCurrentIndex(dialog.language_box.findText("日本語"))
    assert dialog.edited_settings() == replace(SETTINGS, language="ja")
    assert dialog.language_box.toolTip()


class LanguageChoice(NamedTuple):
    """How the language choice reads in a window speaking `language`."""

    language: Language
    system: str
    label: str
    tooltip_word: str


@pytest.mark.parametrize(
    "choice",
    [
        LanguageChoice(Language.THAI, "ตามระบบ", "ภาษา (&L)", "ทันที"),
        LanguageChoice(Language.JAPANESE, "システム", "言語(&L)", "すぐに"),
    ],
)
def test_the_language_choice_speaks_the_window_language(
    qtbot: QtBot, tmp_path: Path, choice: LanguageChoice
) -> None:
    with speaking(choice.language, tmp_path):
        dialog = open_dialog(qtbot)
        box = dialog.language_box
        names = [box.itemText(i) for i in range(box.count())]
        assert names == [choice.system, "English", "ไทย", "日本語"]
        assert choice.tooltip_word in box.toolTip()
        buddy = next(w for w in dialog.findChildren(QLabel) if w.buddy() is box)
        assert buddy.text() == choice.label


# Words of the dialog's own English phrases: none may be left in Thai or Japanese.
ENGLISH_WORDS = re.compile(
    r"\b(Settings|General|Alerts|Check|balances|Pause|notifications|tray|Quiet|hours|to|"
    r"version|latest|Start|log in|Hide|amounts|Language|System|Leave|default|Low|Critical|"
    r"Watch|Total|Available|Show|account)\b",
    re.IGNORECASE,
)
# Names, codes, the languages in their own words and the words of Qt's own buttons (Qt's
# catalogues translate those): not the dialog's words.
NOT_WORDS = re.compile(
    r"Bangkok Coffee|Tokyo Tea|Omise Tray|Omise API|THB|JPY|OK|Cancel|English|ไทย|日本語|"
    r"Scroll Left|Scroll Right"
)


@pytest.mark.parametrize("language", [Language.THAI, Language.JAPANESE])
def test_the_dialog_speaks_thai_and_japanese(
    qtbot: QtBot, tmp_path: Path, language: Language
) -> None:
    with speaking(language, tmp_path):
        dialog = open_dialog(qtbot, replace(SETTINGS, quiet_hours_start=9, quiet_hours_end=9))
        editor(dialog, "shop").critical_edit.setText("5,000")
        left = {
            text for text in shown_strings(dialog) if ENGLISH_WORDS.search(NOT_WORDS.sub("", text))
        }
        assert sorted(left) == []
        assert editor(dialog, "shop").critical_error.text()
        assert dialog.quiet_error.text()


def test_no_text_of_the_dialog_bypasses_the_catalogues(qtbot: QtBot, tmp_path: Path) -> None:
    translations = Translations(Catalogues(tmp_path / "cache"))
    translations.use([write_pseudo(tmp_path / "pseudo")])
    try:
        dialog = open_dialog(qtbot, replace(SETTINGS, quiet_hours_start=9, quiet_hours_end=9))
        editor(dialog, "shop").critical_edit.setText("5,000")
        unmarked = unmarked_texts(
            dialog, allowed=lambda text: not NOT_WORDS.sub("", text).strip(" ·.,()")
        )
        assert unmarked == []
    finally:
        translations.clear()


@pytest.mark.parametrize(
    ("language", "typed", "sentence"),
    [
        (Language.THAI, "lots", "โปรดกรอกตัวเลข เช่น 1,000.00"),
        (Language.JAPANESE, "-5", "マイナスではない金額を入力してください。"),
        (Language.JAPANESE, "1.234", "THB の金額は小数点以下 2 桁までです。"),
    ],
)
def test_an_unreadable_threshold_is_explained_in_thai_and_japanese(
    qtbot: QtBot, tmp_path: Path, *, language: Language, typed: str, sentence: str
) -> None:
    with speaking(language, tmp_path):
        dialog = open_dialog(qtbot)
        editor(dialog, "shop").low_edit.setText(typed)
        assert editor(dialog, "shop").low_error.text() == sentence
