"""PySide6's import hook no longer reads every later module's source (system/pyside_imports.py):
the pinned PySide6 still has the hook where the app expects it, the app selects no `__feature__`
(so skipping the read changes nothing else), and the window's imports leave no source behind."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import omise_tray

PACKAGE = Path(omise_tray.__file__).parent
FEATURE_IMPORT = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.M)

# The window's imports in the order `omise-tray` makes them (cli.main), then which of the app's
# own files linecache holds: each one PySide6's hook read in full.
_WINDOW_IMPORTS = """
import importlib, json, linecache, sys
from omise_tray.cli import _GUI_PLAIN_MODULES
for name in _GUI_PLAIN_MODULES[:-1]:
    importlib.import_module(name)
changed = None
if sys.argv[1] == "spare":
    from omise_tray.system.pyside_imports import spare_source_reads
    changed = spare_source_reads()
importlib.import_module(_GUI_PLAIN_MODULES[-1])
importlib.import_module("omise_tray.app.main")
read = sorted(f for f in linecache.cache if "omise_tray" in f)
print(json.dumps({"changed": changed, "read": read}))
"""


def _window_imports(mode: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", _WINDOW_IMPORTS, mode], capture_output=True, text=True, check=True
    )
    parsed: dict[str, object] = json.loads(result.stdout)
    return parsed


def test_the_pinned_pyside6_has_the_hook_where_the_app_changes_it() -> None:
    # Fails when a PySide6 upgrade moves the hook: the app still starts, only slower and
    # larger; look at system/pyside_imports.py again then.
    assert _window_imports("spare")["changed"] is True


def test_the_windows_modules_are_not_read_once_the_hook_is_spared() -> None:
    assert _window_imports("spare")["read"] == []


def test_without_it_the_hook_reads_the_source_of_each_module_imported_after_pyside6() -> None:
    read = _window_imports("plain")["read"]
    assert isinstance(read, list)
    assert any(name.endswith("main_window.py") for name in read)


def test_the_app_selects_no_pyside_feature() -> None:
    # With no `from __feature__ import ...` anywhere, "uses PySide" and "ignore" mean the same
    # to the hook: Qt's default names.
    selecting = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if FEATURE_IMPORT.search(path.read_text(encoding="utf-8"))
    ]
    assert selecting == []
