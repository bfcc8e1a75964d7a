"""setuptools' build step for Omise Tray (the project itself is described in pyproject.toml):
the translation catalogues are compiled into the wheel with PySide6-Essentials' lrelease."""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithCatalogues(build_py):
    """Copies the package as usual, then compiles every .ts file into a .qm file beside it.

    An editable install has nothing to copy into: it reads the source tree, whose .ts files
    the app compiles on first use into the user's cache (omise_tray/i18n/catalogues.py).
    """

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        sys.path.insert(0, str(ROOT))
        from omise_tray.i18n.linguist import compile_all

        target = Path(self.build_lib) / "omise_tray" / "resources" / "translations"
        for compiled in compile_all(target):
            print(f"compiled {compiled.name}")


setup(cmdclass={"build_py": BuildWithCatalogues})
