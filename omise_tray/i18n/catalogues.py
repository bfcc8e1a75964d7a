"""Where the compiled catalogues (.qm) are: shipped in the package, or compiled on first use.

A wheel, a normal `pip install .` and the frozen app carry the .qm files beside the .ts
sources (setup.py's build step and the PyInstaller spec compile them). A source checkout or
an editable install has only the .ts files: the first start that needs one compiles it with
pyside6-lrelease into the user's cache folder, named by the source's checksum, so an edited
.ts file is compiled again and an unchanged one never.
"""

from __future__ import annotations

import contextlib
import logging
import os
import zlib
from pathlib import Path

from omise_tray.config import make_private_folder

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
        source = self.directory / f"{name}.ts"
        try:
            # A checksum, not a cryptographic digest: it only tells one edit of the file from
            # the next, and zlib is loaded already where hashlib would cost the first paint.
            checksum = zlib.crc32(source.read_bytes())
        except OSError:
            return None
        cached = self.cache_dir / f"{name}-{checksum:08x}.qm"
        if cached.is_file() or self._compiled(source, cached):
            return cached
        return None

    def _compiled(self, source: Path, target: Path) -> bool:
        """Whether `source` could be compiled into `target`; why not goes to the log."""
        # Only a checkout's first start gets this far: the tools load here, not on the way
        # to every first paint.
        import tempfile

        from omise_tray.i18n.linguist import ToolError, compile_catalogue

        try:
            make_private_folder(self.cache_dir)
            with tempfile.TemporaryDirectory(dir=self.cache_dir) as folder:
                compiled = Path(folder) / target.name
                compile_catalogue(source, compiled)
                os.chmod(compiled, 0o600)
                os.replace(compiled, target)
        except (ToolError, OSError) as exc:
            log.warning("cannot compile the %s catalogue: %s", source.stem, exc)
            return False
        stem = target.stem.rsplit("-", 1)[0]
        for older in self.cache_dir.glob(f"{stem}-*.qm"):
            if older != target:
                with contextlib.suppress(OSError):
                    older.unlink()
        log.info("compiled %s into %s", source.name, target)
        return True
