"""Fonts for Thai and Japanese text: Noto Sans Thai comes with the app, Japanese from the system.

A bare Linux desktop has no Thai font, so Thai would draw as empty boxes. The app registers
its Noto Sans Thai (SIL Open Font License, resources/fonts/OFL.txt) before the first window
when that window has Thai to draw (the Thai language, or an account's Thai name), and right
after its first paint otherwise, before any other window or menu: reading the two font files
costs the start some 18 million instructions. Registered fonts join fontconfig's fallback on
Linux, so any Thai character in any widget finds it; Windows and macOS carry Thai fonts of
their own.

Japanese fonts are too large to bundle and present wherever a Japanese desktop is set up
(fonts-noto-cjk on Linux); when none can draw Japanese the app says so once, in both languages.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication

from omise_tray.core.localized import Language

log = logging.getLogger(__name__)

FONTS_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
THAI_FONT_FILES = ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf")
THAI_FAMILY = "Noto Sans Thai"
# Kana, and the kanji the Japanese window uses most (dates and yen).
JAPANESE_SAMPLE = "あア日本語年月日円"
JAPANESE_FONT_NOTICE = (
    "No font on this computer can show Japanese, so Japanese text appears as empty boxes. "
    "Install a Japanese font (on Linux, the fonts-noto-cjk package) and start Omise Tray "
    "again.\n"
    "このコンピューターには日本語を表示できるフォントがありません。"
    "日本語フォント（Linux では fonts-noto-cjk パッケージ）をインストールしてから、"
    "Omise Tray を起動し直してください。"
)


def register_thai_font(folder: Path = FONTS_DIR) -> list[str]:
    """Add the bundled Noto Sans Thai to the application's fonts; returns the families added."""
    # Imported here: importing QFontDatabase makes its enums, which the first paint can spare.
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for name in THAI_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id < 0:
            log.warning("cannot load the font %s", folder / name)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return families


@functools.cache
def ensure_thai_font() -> tuple[str, ...]:
    """The bundled Thai font registered once for the process; returns its families."""
    return tuple(register_thai_font())


def has_thai(text: str) -> bool:
    """Whether the text holds a character of the Thai script."""
    return any("\u0e00" <= char <= "\u0e7f" for char in text)


def can_draw(text: str, font: QFont | None = None) -> bool:
    """Whether the font (the application's by default), with its fallbacks, has every glyph."""
    metrics = QFontMetrics(font if font is not None else QGuiApplication.font())
    return all(metrics.inFontUcs4(ord(char)) for char in text if not char.isspace())


def font_notice(language: Language | None, font: QFont | None = None) -> str | None:
    """The sentence to show once when the chosen language cannot be drawn, else None."""
    if language is Language.JAPANESE and not can_draw(JAPANESE_SAMPLE, font):
        return JAPANESE_FONT_NOTICE
    return None
