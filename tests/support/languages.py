"""Speaking a language in a test: the real catalogues, compiled once per test session."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLocale

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


def english_source(context: str, key: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A translate() with no catalogue: the source text with %n filled in, as Qt does."""
    return key.replace("%n", str(n)) if n >= 0 else key
