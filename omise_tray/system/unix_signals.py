"""Turn SIGTERM, SIGINT and SIGHUP into a clean quit while Qt's event loop runs.

Python runs signal handlers only between bytecodes, and Qt's C++ loop may sleep indefinitely;
a wake-up pipe watched by a QSocketNotifier makes the loop notice the signal at once.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

# A logout or `kill`, Ctrl+C in a terminal, and the terminal the app was started from closing
# (Windows has no SIGHUP; this module is imported there, though not used).
QUIT_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


class SignalQuitter(QObject):
    """Calls `quit` on the first of QUIT_SIGNALS: the cache is saved and the lock released."""

    def __init__(self, quit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit = quit
        self._reader, self._writer = os.pipe()
        os.set_blocking(self._reader, False)
        os.set_blocking(self._writer, False)
        self._previous_fd = signal.set_wakeup_fd(self._writer)
        for signum in QUIT_SIGNALS:
            signal.signal(signum, lambda *_: None)  # the wake-up byte does the work
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)

    def _on_wakeup(self) -> None:
        with contextlib.suppress(OSError):
            os.read(self._reader, 64)
        self._quit()

    def close(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for signum in QUIT_SIGNALS:
            signal.signal(signum, signal.SIG_DFL)
        os.close(self._reader)
        os.close(self._writer)
