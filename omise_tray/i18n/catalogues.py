"""Where the compiled catalogues (.qm) are: shipped in the package, or compiled on first use.

A wheel, a normal `pip install .` and the frozen app carry the .qm files beside the .ts
sources (setup.py's build step and the PyInstaller spec compile them). A source checkout or
an editable install has only the .ts files: the first start that needs one compiles it with
pyside6-lrelease into the user's cache folder, named by the source's digest, so an edited
.ts file is compiled again and an unchanged one never.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
APP_CATALOGUE = "omise_tray"  # omise_tray_th.ts: the app's own strings
# omise_tray_qtbase_th.ts: the few words of Qt's own dialogs (OK, Cancel, the file dialog) for
# languages Qt ships no catalogue for; written by hand, since they are not in this app's code.
QT_WORDS_CATALOGUE = "omise_tray_qtbase"
QT_CATALOGUE = "qtbase"  # Qt's own catalogue: PySide6 ships qtbase_ja.qm, but no Thai one


class Catalogues:
    """Finds a catalogue's .qm file by name ("omise_tray_th"), compiling it when needed."""

    def __init__(self, cache_dir: Path, directory: Path = TRANSLATIONS_DIR) -> None:
        self.cache_dir = cache_dir
        self.directory = directory

    def find(self, name: str) -> Path | None:
        """The compiled catalogue, or None when there is neither a .qm nor a usable .ts."""
        shipped = self.directory / f"{name}.qm"
        if shipped.is_file():
            return shipped
        # Only a checkout gets this far: the tools load here, not on the way to the first paint.
        import hashlib

        from omise_tray.i18n.linguist import ToolError

        source = self.directory / f"{name}.ts"
        try:
            digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
        except OSError:
            return None
        cached = self.cache_dir / f"{name}-{digest}.qm"
        if cached.is_file():
            return cached
        try:
            self._compile(source, cached)
        except (ToolError, OSError) as exc:
            log.warning("cannot compile the %s catalogue: %s", name, exc)
            return None
        return cached

    def _compile(self, source: Path, target: Path) -> None:
        import tempfile

        from omise_tray.i18n.linguist import compile_catalogue

        self.cache_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=self.cache_dir) as folder:
            compiled = Path(folder) / target.name
            compile_catalogue(source, compiled)
            os.chmod(compiled, 0o600)
            os.replace(compiled, target)
        stem = target.stem.rsplit("-", 1)[0]
        for older in self.cache_dir.glob(f"{stem}-*.qm"):
            if older != target:
                with contextlib.suppress(OSError):
                    older.unlink()
        log.info("compiled %s into %s", source.name, target)
