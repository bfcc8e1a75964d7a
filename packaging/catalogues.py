"""The translations the frozen app carries: every catalogue compiled, and Qt's own catalogue
for each language the app speaks (bundle.py drops the rest of Qt's translations).

Imported by omise_tray.spec (issue 12); omise_tray/i18n/translators.py looks for Qt's
catalogue beside the app's when PySide6's translations folder is not there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo

from omise_tray.core.localized import Language
from omise_tray.i18n.catalogues import QT_CATALOGUE
from omise_tray.i18n.linguist import compile_all

DESTINATION = "omise_tray/resources/translations"


def frozen_catalogues(workdir: Path) -> list[tuple[str, str]]:
    """PyInstaller data entries (file, folder in the app) for the compiled catalogues."""
    compiled = compile_all(workdir)
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_own = [qt_folder / f"{QT_CATALOGUE}_{language.value}.qm" for language in Language]
    return [(str(path), DESTINATION) for path in [*compiled, *qt_own] if path.is_file()]
