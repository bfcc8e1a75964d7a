"""The mouse wheel scrolls the page, not the value of a field the pointer happens to pass.

Qt gives a wheel turn to the combo box or spin box under the pointer even when it does not
have the focus, so scrolling a long form silently changes its values ("Watch" in Settings →
Alerts). Guarded fields take the focus only by click or Tab, and a wheel turn over one that
lacks the focus goes to the scroll area around it instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """An event filter for guarded fields: a wheel turn over one without focus scrolls the
    nearest scroll area around it, or goes unused when there is none."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        area = _scroll_area_around(watched)
        if area is not None:
            QCoreApplication.sendEvent(area.viewport(), event)
        else:
            event.ignore()
        return True


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def guard_wheel(root: QWidget) -> WheelGuard:
    """Guard every combo box and spin box inside `root` (the guard lives as long as root)."""
    guard = WheelGuard(root)
    for kind in GUARDED:
        for field in root.findChildren(kind):
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            field.installEventFilter(guard)
    return guard
