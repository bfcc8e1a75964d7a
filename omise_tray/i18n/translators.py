"""The Qt translators of the chosen language, swapped at run time; widgets follow through
QEvent.LanguageChange.

How a widget speaks the chosen language (see also omise_tray/i18n/linguist.py):

    from PySide6.QtCore import QCoreApplication
    from omise_tray.i18n.translators import follow_language

    class MainWindow(QMainWindow):
        def __init__(self) -> None:
            ...
            follow_language(self, self._retranslate)  # now, and on every change

        def _retranslate(self) -> None:
            self.refresh_button.setText(QCoreApplication.translate("MainWindow", "&Refresh"))
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from omise_tray.core.localized import Language
from omise_tray.i18n.catalogues import (
    APP_CATALOGUE,
    QT_CATALOGUE,
    QT_WORDS_CATALOGUE,
    Catalogues,
)
from omise_tray.i18n.fonts import ensure_thai_font
from omise_tray.i18n.language import chosen_language

log = logging.getLogger(__name__)


def system_ui_languages() -> list[str]:
    """The system's preferred UI languages, most wanted first ("th-TH", "en-US")."""
    return list(QLocale.system().uiLanguages())


def language_for(setting: str) -> Language:
    """The language for a Settings value, with "system" read from this process's environment."""
    return chosen_language(setting, os.environ, system_ui_languages)


def current_language() -> Language:
    """The language the app speaks now, for the calendar and money formats of core.localized."""
    return Translations.spoken


class Translations(QObject):
    """The translators installed in the application, for one language at a time.

    Installing or removing a translator makes Qt send QEvent.LanguageChange to every widget,
    so windows that `follow_language` set their texts again. `changed` tells the rest.
    """

    changed = Signal(str)  # the new language's code
    # What the last apply installed, app-wide as Qt's translators are; English before any.
    spoken: ClassVar[Language] = Language.ENGLISH

    def __init__(self, catalogues: Catalogues, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogues = catalogues
        self._installed: list[QTranslator] = []
        self.language: Language | None = None
        self.missing: list[str] = []  # catalogues the language should have but could not load

    def apply(self, language: Language) -> None:
        """Speak `language` from now on: Qt's catalogue, this app's, and the matching QLocale."""
        files: list[Path] = []
        self.missing = []
        qt_own = self._qt_catalogue(language)
        if qt_own is not None:
            files.append(qt_own)
        elif language is Language.JAPANESE:
            self.missing.append(f"{QT_CATALOGUE}_{language.value}")
        qt_words = self._catalogues.find(f"{QT_WORDS_CATALOGUE}_{language.value}")
        if qt_words is not None:
            files.append(qt_words)
        app = self._catalogues.find(f"{APP_CATALOGUE}_{language.value}")
        if app is not None:
            files.append(app)
        else:
            self.missing.append(f"{APP_CATALOGUE}_{language.value}")
        if self.missing:
            log.warning("no %s catalogue for %s", ", ".join(self.missing), language.value)
        QLocale.setDefault(QLocale(language.value))
        Translations.spoken = language
        self.use(files)
        self.language = language
        self.changed.emit(language.value)

    def use(self, files: Sequence[Path]) -> None:
        """Install exactly these .qm files in place of the current ones (later files win)."""
        loaded = []
        for path in files:
            translator = QTranslator(self)
            if translator.load(str(path)):
                loaded.append(translator)
            else:
                log.warning("cannot load the catalogue %s", path)
                translator.deleteLater()
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
            old.deleteLater()
        for translator in loaded:
            QCoreApplication.installTranslator(translator)
        self._installed = loaded

    def clear(self) -> None:
        """Remove every translator: the app speaks its source English again."""
        Translations.spoken = Language.ENGLISH
        self.use(())
        self.language = None

    def _qt_catalogue(self, language: Language) -> Path | None:
        """Qt's own catalogue: in PySide6's translations, or beside ours in the frozen app."""
        name = f"{QT_CATALOGUE}_{language.value}.qm"
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        for folder in (qt_folder, self._catalogues.directory):
            if (folder / name).is_file():
                return folder / name
        return None


class LanguageFollower(QObject):
    """Calls `retranslate` whenever Qt tells the watched widget that the language changed."""

    def __init__(self, watched: QObject, retranslate: Callable[[], None]) -> None:
        super().__init__(watched)  # a child of the watched widget: it lives as long
        self._retranslate = retranslate
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False


def follow_language(widget: QObject, retranslate: Callable[[], None]) -> LanguageFollower:
    """Call `retranslate` now and after every language change announced to `widget`.

    Qt announces a change to every widget (windows, their children, menus). An object that is
    not a widget follows a widget it owns (the tray controller its menu), or Translations.changed.
    """
    retranslate()
    return LanguageFollower(widget, retranslate)


def start_translations(
    setting: str, cache_dir: Path, parent: QObject, *, thai_text: bool = False
) -> Translations:
    """Before the first window: the chosen language's catalogues (compiled into
    cache_dir/translations when the package has none), and the bundled Thai font when that
    window has Thai to draw (`thai_text`: an account's name); otherwise the app registers
    it after the first paint (ensure_thai_font)."""
    language = language_for(setting)
    if language is Language.THAI or thai_text:
        ensure_thai_font()
    translations = Translations(Catalogues(cache_dir / "translations"), parent)
    translations.apply(language)
    return translations
