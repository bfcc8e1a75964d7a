"""Speaking a language in a test: the real catalogues, compiled once per test session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale

from omise_tray.core.localized import Language
from omise_tray.i18n.catalogues import Catalogues
from omise_tray.i18n.translators import Translations


@contextmanager
def speaking(language: Language, cache_dir: Path) -> Iterator[Translations]:
    """The app's real catalogues for `language` installed until the block ends."""
    translations = Translations(Catalogues(cache_dir))
    saved_locale = QLocale()
    translations.apply(language)
    try:
        yield translations
    finally:
        translations.clear()
        QLocale.setDefault(saved_locale)
        translations.deleteLater()


@contextmanager
def changing_language(cache_dir: Path) -> Iterator[Callable[[Language], None]]:
    """A `speak(language)` that changes the language as Settings do, with windows open: the
    real catalogues installed, and Qt's LanguageChange delivered before it returns."""
    translations = Translations(Catalogues(cache_dir))
    saved_locale = QLocale()

    def speak(language: Language) -> None:
        translations.apply(language)
        # Qt posts LanguageChange to each window; deliver them now, as the event loop would.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    try:
        yield speak
    finally:
        translations.clear()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        QLocale.setDefault(saved_locale)
        translations.deleteLater()


def english_source(context: str, key: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A translate() with no catalogue: the source text with %n filled in, as Qt does."""
    return key.replace("%n", str(n)) if n >= 0 else key
