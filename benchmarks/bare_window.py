"""The baseline for the startup and memory ratios: a bare PySide6 main window, nothing else.

With `--libraries` it first imports the libraries the design requires at run time (ssl with
certifi's authorities for the HTTP client, keyring with its backends, sqlite3, QtNetwork): the
least memory any app built on them can use.
With `--basics` it first loads what any app of this design loads before its first window:
logging, dataclasses, argparse, platformdirs, and PySide6's `Qt` namespace (whose enums PySide6
creates all at once on first use).
With `--paint-file PATH` it writes the wall-clock time of its first paint to PATH.
"""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class _FirstPaint(QObject):
    def __init__(self, path: str) -> None:
        super().__init__()
        self._path = path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            with open(self._path, "w", encoding="utf-8") as f:
                f.write(f"{time.time():.6f}\n")
        return False


def _import_required_libraries() -> None:
    import sqlite3  # noqa: F401
    import ssl

    import certifi
    import keyring
    from PySide6 import QtNetwork  # noqa: F401

    ssl.create_default_context(cafile=certifi.where())  # as the client's TLS context does

    keyring.get_keyring()  # loads and ranks its backends, as the app does when it reads keys


def _load_basics() -> None:
    import argparse  # noqa: F401
    import dataclasses  # noqa: F401
    import logging  # noqa: F401

    import platformdirs  # noqa: F401
    from PySide6.QtCore import Qt

    _ = Qt.AlignmentFlag.AlignLeft


def main() -> int:
    if "--libraries" in sys.argv[1:]:
        _import_required_libraries()
    if "--basics" in sys.argv[1:]:
        _load_basics()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare window"))
    arguments = sys.argv[1:]
    if "--paint-file" in arguments:
        probe = _FirstPaint(arguments[arguments.index("--paint-file") + 1])
        window.installEventFilter(probe)
    window.resize(640, 480)
    window.show()
    seconds = float(os.environ.get("BARE_WINDOW_SECONDS", "0"))
    if seconds:
        QTimer.singleShot(int(seconds * 1000), app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
