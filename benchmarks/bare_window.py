"""The baseline for the startup and memory ratios: a bare PySide6 main window, nothing else."""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            with open(os.environ["OMISE_TRAY_FIRST_PAINT_FILE"], "w", encoding="utf-8") as f:
                f.write(f"{time.time():.6f}\n")
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare window"))
    probe = _FirstPaint()
    window.installEventFilter(probe)
    window.resize(640, 480)
    window.show()
    seconds = float(os.environ.get("BARE_WINDOW_SECONDS", "0"))
    if seconds:
        QTimer.singleShot(int(seconds * 1000), app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
