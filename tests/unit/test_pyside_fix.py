"""Specification of the PySide6 emit() workaround: many emits never free True."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from omise_tray.pyside_fix import pin_booleans


class Source(QObject):
    """Emits a signal with nobody listening."""

    ping = Signal()


def test_thousands_of_emits_leave_true_alive(qapp: object) -> None:
    pin_booleans()
    source = Source()
    for _ in range(5_000):
        source.ping.emit()
    # Unpinned, True starts with a few hundred references and the process aborts long before.
    assert sys.getrefcount(True) > 1_000_000
