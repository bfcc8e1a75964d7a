"""Specification of the window's import order: every pure-Python module it needs before its
first paint is imported before PySide6, whose import hook would otherwise read each one's
source (cli._GUI_PLAIN_MODULES)."""

from __future__ import annotations

import json
import subprocess
import sys

from omise_tray.cli import _GUI_PLAIN_MODULES

# Loads what the window's start loads, and lists what came after PySide6.
_AFTER_QT = """
import json, sys
import omise_tray.cli
from omise_tray.cli import _GUI_PLAIN_MODULES
before = set()
for name in _GUI_PLAIN_MODULES:
    if "PySide6" not in sys.modules:
        before = set(sys.modules)
    __import__(name)
import omise_tray.app.main
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def _loads_qt(module: str) -> bool:
    code = f"import sys, {module}; print('PySide6' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return result.stdout.strip() == "True"


def test_the_last_plain_module_is_the_one_that_brings_in_qt() -> None:
    assert _loads_qt(_GUI_PLAIN_MODULES[-1])
    assert not any(_loads_qt(name) for name in _GUI_PLAIN_MODULES[:-1])


def test_no_pure_module_of_the_app_loads_after_qt_on_the_way_to_the_window() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _AFTER_QT], capture_output=True, text=True, check=True
    )
    after_qt = [m for m in json.loads(result.stdout) if m.startswith("omise_tray.")]
    assert after_qt, "the window's own Qt modules load after PySide6"
    assert [m for m in after_qt if not _loads_qt(m)] == []


# Loads what the window's start loads, and lists the regular expressions the app's own modules
# compiled on import (re's cache holds every compiled pattern; the stdlib's are left out).
_COMPILED_ON_IMPORT = """
import json, re, sys
import omise_tray.cli
from omise_tray.cli import _GUI_PLAIN_MODULES
for name in _GUI_PLAIN_MODULES:
    __import__(name)
import omise_tray.app.main
ours = set()
for module in [m for n, m in sys.modules.items() if n.startswith("omise_tray")]:
    for value in vars(module).values():
        if isinstance(value, str):
            ours.add(value)
        elif isinstance(value, re.Pattern):
            ours.add(value.pattern)
print(json.dumps(sorted({key[1] for key in re._cache if key[1] in ours})))
"""


def test_the_apps_patterns_compile_on_first_use_not_on_import() -> None:
    from omise_tray.i18n import language
    from omise_tray.ui import wrapping

    result = subprocess.run(
        [sys.executable, "-c", _COMPILED_ON_IMPORT], capture_output=True, text=True, check=True
    )
    # The two the first paint uses anyway: compiling them on import costs it nothing.
    allowed = {language._LANGUAGE_PART.pattern, wrapping._LONG_RUN.pattern}
    assert set(json.loads(result.stdout)) <= allowed
