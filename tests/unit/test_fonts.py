"""Specification of fonts: Thai draws with the bundled Noto Sans Thai on a desktop that has only
DejaVu, and a missing Japanese font is said once, in English and Japanese."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication, QRawFont

from omise_tray.core.localized import Language
from omise_tray.i18n import fonts
from omise_tray.i18n.catalogues import TRANSLATIONS_DIR
from omise_tray.i18n.fonts import (
    FONTS_DIR,
    JAPANESE_FONT_NOTICE,
    JAPANESE_SAMPLE,
    THAI_FAMILY,
    THAI_FONT_FILES,
    can_draw,
    ensure_thai_font,
    font_notice,
    has_thai,
    register_thai_font,
)
from omise_tray.i18n.linguist import read_ts
from omise_tray.i18n.translators import start_translations

# The Thai block's assigned characters: letters, vowels, tone marks, digits, ฿ and signs.
THAI_BLOCK = [
    chr(code) for code in range(0x0E01, 0x0E5C) if unicodedata.category(chr(code)) != "Cn"
]


def thai_in_translations() -> set[str]:
    """Every Thai character the Thai catalogues hold."""
    found: set[str] = set()
    for path in TRANSLATIONS_DIR.glob("*_th.ts"):
        for message in read_ts(path).messages:
            found |= {char for text in message.translations for char in text if "฀" <= char <= "๿"}
    return found


@pytest.fixture(scope="module")
def thai_registered(qapp: object) -> list[str]:
    return register_thai_font()


def test_the_bundled_font_is_noto_sans_thai_with_its_licence(thai_registered: list[str]) -> None:
    assert thai_registered == [THAI_FAMILY]
    licence = (FONTS_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence
    assert "Version 1.1" in licence


@pytest.mark.parametrize("name", THAI_FONT_FILES)
def test_each_bundled_file_draws_the_whole_thai_block(qapp: object, name: str) -> None:
    font = QRawFont(str(FONTS_DIR / name), 12)
    assert font.isValid()
    assert [char for char in THAI_BLOCK if not font.supportsCharacter(ord(char))] == []


@pytest.mark.parametrize("weight", [QFont.Weight.Normal, QFont.Weight.Bold])
def test_the_apps_font_draws_every_thai_character(
    thai_registered: list[str], weight: QFont.Weight
) -> None:
    font = QFont(QGuiApplication.font())
    font.setWeight(weight)
    metrics = QFontMetrics(font)
    assert [char for char in THAI_BLOCK if not metrics.inFontUcs4(ord(char))] == []


def test_every_character_of_the_thai_translations_is_drawable(
    thai_registered: list[str],
) -> None:
    used = thai_in_translations()
    assert len(used) > 20  # the catalogues do hold Thai
    assert set(THAI_BLOCK) >= used
    assert can_draw("".join(sorted(used)))


def test_a_font_without_japanese_glyphs_gets_the_notice(qapp: object) -> None:
    thai_only = QFont(THAI_FAMILY)
    thai_only.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)  # no fallback fonts
    assert not can_draw(JAPANESE_SAMPLE, thai_only)
    assert font_notice(Language.JAPANESE, thai_only) == JAPANESE_FONT_NOTICE


def test_the_notice_follows_the_fonts_this_desktop_has(qapp: object) -> None:
    # Two independent Qt answers must agree: the font database's families for Japanese, and
    # whether the application's font (with fallbacks) has the glyphs.
    has_japanese_font = bool(QFontDatabase.families(QFontDatabase.WritingSystem.Japanese))
    expected = None if has_japanese_font else JAPANESE_FONT_NOTICE
    assert font_notice(Language.JAPANESE) == expected


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.THAI, None])
def test_only_the_japanese_window_needs_a_japanese_font(
    qapp: object, language: Language | None
) -> None:
    thai_only = QFont(THAI_FAMILY)
    thai_only.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    assert font_notice(language, thai_only) is None


def test_the_notice_speaks_english_and_japanese_and_names_the_package() -> None:
    english, japanese = JAPANESE_FONT_NOTICE.split("\n")
    assert english.startswith("No font on this computer can show Japanese")
    assert "fonts-noto-cjk" in english
    assert "fonts-noto-cjk" in japanese
    assert "日本語" in japanese


@pytest.mark.parametrize(
    ("text", "thai"),
    [("Bangkok Coffee", False), ("ร้านกาแฟ", True), ("Café ๑", True), ("฿1,234.50", True)],
)
def test_thai_text_is_told_by_its_script(text: str, thai: bool) -> None:
    assert has_thai(text) is thai


@pytest.fixture
def registrations(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Each registration of the Thai font, counted instead of made."""
    calls: list[str] = []

    def register() -> list[str]:
        calls.append(THAI_FAMILY)
        return [THAI_FAMILY]

    monkeypatch.setattr(fonts, "register_thai_font", register)
    ensure_thai_font.cache_clear()
    yield calls
    ensure_thai_font.cache_clear()


@pytest.mark.parametrize(
    ("setting", "thai_names", "registered_before_the_window"),
    [("en", False, False), ("ja", False, False), ("th", False, True), ("en", True, True)],
)
def test_the_font_is_registered_before_the_window_only_when_it_has_thai_to_draw(
    qapp: object,
    tmp_path: Path,
    registrations: list[str],
    *,
    setting: str,
    thai_names: bool,
    registered_before_the_window: bool,
) -> None:
    owner = QObject()  # the translators' parent, alive until the end of the test
    translations = start_translations(setting, tmp_path, owner, thai_text=thai_names)
    try:
        assert len(registrations) == (1 if registered_before_the_window else 0)
        # After the first paint the app ensures it in every case, and only once.
        assert ensure_thai_font() == (THAI_FAMILY,)
        assert ensure_thai_font() == (THAI_FAMILY,)
        assert registrations == [THAI_FAMILY]
    finally:
        translations.clear()
