"""PySide6's import hook, without the source reads.

Once PySide6.QtCore is loaded, shiboken replaces `__import__` to support its opt-in
`from __feature__ import snake_case, true_property` switches. As a side effect, the first time
any module is imported after that, the hook reads the module's whole source
(`inspect.getsource`, in `shibokensupport.feature._mod_uses_pyside`) to see whether it mentions
PySide6. On the way to the window's first paint that is some sixty modules, a tenth of the
start's work, and `linecache` keeps every line it read for the life of the process (several
MiB, most of the difference in memory to the last round's app).

The answer only decides whether the module is marked as "uses PySide" (0) or "ignore" (-1) in
the hook's table. A module that selects features is entered by the `__feature__` import itself,
whatever that answer; this app selects none (tests/unit/test_pyside_imports.py checks both), so
for it both marks mean the same: Qt's default names. `spare_source_reads` therefore answers
"no" without reading. The hook lives in shiboken's own support package, not a public API: if a
PySide6 release moves it, nothing here changes and the app only starts a little slower (the
lock file pins PySide6, and the test says so when an upgrade moves it).
"""

from __future__ import annotations

import importlib
import logging

log = logging.getLogger(__name__)

HOOK_MODULE = "shibokensupport.feature"
HOOK_CHECK = "_mod_uses_pyside"


def _selects_no_feature(module: object) -> bool:
    """The hook's question, "does this module use PySide?", answered without its source."""
    return False


def spare_source_reads() -> bool:
    """Load PySide6.QtCore and stop its import hook reading each later module's source.
    True when the hook was found and changed."""
    importlib.import_module("PySide6.QtCore")
    try:
        hook = importlib.import_module(HOOK_MODULE)
    except ImportError:
        log.debug("PySide6's import hook is not where it was: %s", HOOK_MODULE)
        return False
    if not callable(getattr(hook, HOOK_CHECK, None)):
        log.debug("PySide6's import hook has no %s", HOOK_CHECK)
        return False
    setattr(hook, HOOK_CHECK, _selects_no_feature)
    return True
