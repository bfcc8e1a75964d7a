"""Specification of the translators: Qt's dialogs in Thai and Japanese, switching at run time,
and catalogues compiled on first use when the package carries none."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from omise_tray.core.localized import Language
from omise_tray.i18n.catalogues import TRANSLATIONS_DIR, Catalogues
from omise_tray.i18n.linguist import compile_catalogue
from omise_tray.i18n.translators import Translations, follow_language, language_for
from tests.support.languages import speaking

EN, TH, JA = Language.ENGLISH, Language.THAI, Language.JAPANESE
Button = QDialogButtonBox.StandardButton


@pytest.mark.parametrize(
    ("language", "ok_cancel_save_close"),
    [
        (TH, ["ตกลง", "ยกเลิก", "บันทึก", "ปิด"]),
        (JA, ["OK", "キャンセル", "保存", "閉じる"]),
        (EN, ["OK", "Cancel", "Save", "Close"]),
    ],
)
def test_dialog_buttons_speak_the_chosen_language(
    catalogue_cache: Path, language: Language, ok_cancel_save_close: list[str]
) -> None:
    with speaking(language, catalogue_cache):
        box = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Save | Button.Close)
        shown = [
            box.button(b).text() for b in (Button.Ok, Button.Cancel, Button.Save, Button.Close)
        ]
    assert shown == ok_cancel_save_close


def test_thai_yes_and_no_keep_their_keyboard_shortcuts(catalogue_cache: Path) -> None:
    with speaking(TH, catalogue_cache):
        box = QDialogButtonBox(Button.Yes | Button.No | Button.Apply | Button.Discard)
        shown = {b: box.button(b).text() for b in (Button.Yes, Button.No, Button.Apply)}
    assert shown == {Button.Yes: "ใช่(&Y)", Button.No: "ไม่ใช่(&N)", Button.Apply: "นำไปใช้"}


class Listener(QTranslator):
    """Notes every string Qt asks a catalogue for, answering none of them."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        self.asked.add((context, source, disambiguation or ""))
        return ""

    def isEmpty(self) -> bool:
        return False


QT_DIALOG_CONTEXTS = {
    "QPlatformTheme",
    "QMessageBox",
    "QLineEdit",
    "QWidgetTextControl",
    "QFileDialog",
    "QFileSystemModel",
    "QAbstractFileIconProvider",
}


def words_qt_dialogs_ask_for(qtbot: QtBot) -> set[tuple[str, str, str]]:
    """What Qt's own buttons, message boxes, edit menus and file dialogs ask to translate."""
    listener = Listener()
    QCoreApplication.installTranslator(listener)
    try:
        every_button = Button.NoButton
        for button in Button:
            every_button |= button
        QDialogButtonBox(every_button)
        box = QMessageBox(QMessageBox.Icon.Warning, "Omise Tray", "Sentence")
        box.setDetailedText("Detail")
        qtbot.addWidget(box)
        QLineEdit().createStandardContextMenu()
        QTextBrowser().createStandardContextMenu()
        for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
            dialog = QFileDialog(None, "Export", str(Path.home()))
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
            dialog.setAcceptMode(mode)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
    finally:
        QCoreApplication.removeTranslator(listener)
    return {asked for asked in listener.asked if asked[0] in QT_DIALOG_CONTEXTS}


def test_thai_covers_every_word_of_qts_own_dialogs(qtbot: QtBot, tmp_path: Path) -> None:
    asked = words_qt_dialogs_ask_for(qtbot)
    assert ("QPlatformTheme", "OK", "") in asked  # the listener heard Qt's own words
    compiled = tmp_path / "qt_words_th.qm"
    compile_catalogue(TRANSLATIONS_DIR / "omise_tray_qtbase_th.ts", compiled)
    thai = QTranslator()
    assert thai.load(str(compiled))
    untranslated = sorted(
        (context, source, comment)
        for context, source, comment in asked
        if not thai.translate(context, source, comment or None)
    )
    assert untranslated == []


@pytest.fixture
def translations(catalogue_cache: Path) -> Iterator[Translations]:
    translations = Translations(Catalogues(catalogue_cache))
    saved_locale = QLocale()
    yield translations
    translations.clear()
    QLocale.setDefault(saved_locale)


class Greeting(QLabel):
    """A widget that follows the language, counting how often it was asked to."""

    def __init__(self) -> None:
        super().__init__()
        self.retranslated = 0
        follow_language(self, self.retranslate)

    def retranslate(self) -> None:
        self.retranslated += 1
        self.setText(QCoreApplication.translate("Time", "today"))


def test_open_windows_retranslate_when_the_language_changes(
    qtbot: QtBot, translations: Translations
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    greeting = Greeting()
    greeting.setParent(window)
    window.show()
    assert (greeting.text(), greeting.retranslated) == ("today", 1)
    shown: list[str] = []
    for language in (TH, JA, EN):
        translations.apply(language)
        qtbot.waitUntil(lambda: greeting.retranslated > len(shown) + 1)
        QCoreApplication.processEvents()
        shown.append(greeting.text())
    assert shown == ["วันนี้", "今日", "today"]


def test_a_language_change_retranslates_a_window_once(
    qtbot: QtBot, translations: Translations
) -> None:
    greeting = Greeting()
    qtbot.addWidget(greeting)
    greeting.show()
    translations.apply(TH)
    qtbot.waitUntil(lambda: greeting.text() == "วันนี้")
    for _ in range(5):
        QCoreApplication.processEvents()
    assert greeting.retranslated == 2  # once when built, once for the change


def test_the_locale_follows_the_language(translations: Translations) -> None:
    translations.apply(TH)
    assert QLocale().language() == QLocale.Language.Thai
    translations.apply(JA)
    assert QLocale().language() == QLocale.Language.Japanese


def test_changed_tells_the_new_language(qtbot: QtBot, translations: Translations) -> None:
    with qtbot.waitSignal(translations.changed) as signal:
        translations.apply(JA)
    assert signal.args == ["ja"]


def test_a_missing_catalogue_leaves_the_app_in_english(tmp_path: Path) -> None:
    translations = Translations(Catalogues(tmp_path / "cache", directory=tmp_path / "empty"))
    try:
        translations.apply(TH)
        assert translations.missing == ["omise_tray_th"]
        assert QCoreApplication.translate("Time", "today") == "today"
    finally:
        translations.clear()
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_language_for_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "ja:en")
    monkeypatch.setenv("LANG", "th_TH.UTF-8")
    assert language_for("system") is JA
    assert language_for("th") is TH


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    """A translations folder holding a copy of the Thai catalogue source, nothing compiled."""
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "omise_tray_th.ts").write_bytes((TRANSLATIONS_DIR / "omise_tray_th.ts").read_bytes())
    return folder


def test_a_checkout_compiles_a_catalogue_once_into_the_cache(tmp_path: Path, sources: Path) -> None:
    cache = tmp_path / "cache"
    first = Catalogues(cache, directory=sources).find("omise_tray_th")
    assert first is not None
    assert first.parent == cache
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    os.utime(first, (1, 1))
    again = Catalogues(cache, directory=sources).find("omise_tray_th")
    assert again == first
    assert first.stat().st_mtime == 1  # not compiled a second time


def test_an_edited_source_is_compiled_again(tmp_path: Path, sources: Path) -> None:
    cache = tmp_path / "cache"
    first = Catalogues(cache, directory=sources).find("omise_tray_th")
    source = sources / "omise_tray_th.ts"
    source.write_text(source.read_text().replace("วันนี้", "วันนี้จ้ะ"), encoding="utf-8")
    second = Catalogues(cache, directory=sources).find("omise_tray_th")
    assert second is not None
    assert second != first
    assert sorted(cache.glob("*.qm")) == [second]
    translator = QTranslator()
    assert translator.load(str(second))
    assert translator.translate("Time", "today") == "วันนี้จ้ะ"


def test_a_compiled_catalogue_in_the_package_is_used_as_it_is(
    tmp_path: Path, sources: Path
) -> None:
    shipped = sources / "omise_tray_th.qm"
    compile_catalogue(sources / "omise_tray_th.ts", shipped)
    assert Catalogues(tmp_path / "cache", directory=sources).find("omise_tray_th") == shipped
    assert not (tmp_path / "cache").exists()


def test_a_catalogue_without_source_is_not_found(tmp_path: Path) -> None:
    assert Catalogues(tmp_path / "cache", directory=tmp_path).find("omise_tray_th") is None
