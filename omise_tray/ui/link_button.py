"""A button drawn as a link that the keyboard can use like any other button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QWidget

_ACTIVATING_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


class LinkButton(QPushButton):
    """A push button styled as a link (`QPushButton#link` in the card style sheet).

    Space clicks it as it does any button; Enter does too, since a link is followed with Enter
    (a plain QPushButton outside a dialog ignores Enter).
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("link")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in _ACTIVATING_KEYS and not event.isAutoRepeat():
            event.accept()
            self.animateClick()
            return
        super().keyPressEvent(event)
