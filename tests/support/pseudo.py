"""Finding text that bypassed the catalogues: with the pseudo catalogue installed every
translated string is wrapped in ⟦ ⟧, so words outside the markers were never translated."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from omise_tray.i18n.linguist import PSEUDO_CLOSE, PSEUDO_OPEN

# An innermost pair: a translated sentence may hold translated words ("⟦… ⟦test⟧ …⟧").
_MARKED = re.compile(
    f"{re.escape(PSEUDO_OPEN)}[^{re.escape(PSEUDO_OPEN + PSEUDO_CLOSE)}]*{re.escape(PSEUDO_CLOSE)}"
)
_TAG = re.compile(r"<[^>]+>")


def outside_markers(text: str) -> str:
    """The part of a text that no ⟦ ⟧ pair wraps, nested pairs unwrapped from the inside."""
    while True:
        outside = _MARKED.sub("", text)
        if outside == text:
            return outside
        text = outside


def has_unmarked_words(text: str) -> bool:
    """Whether letters stand outside the markers (numbers, money signs and dashes may)."""
    return any(char.isalpha() for char in outside_markers(text))


def shown_strings(widget: QWidget) -> Iterator[str]:
    """Every string the widget and its children show or say, one by one."""
    for each in [widget, *widget.findChildren(QWidget)]:
        yield from (each.windowTitle(), each.toolTip(), each.statusTip(), each.whatsThis())
        yield from (each.accessibleName(), each.accessibleDescription())
        for action in each.actions():
            yield from (action.text(), action.toolTip())
        if isinstance(each, QLabel):
            yield _TAG.sub("", each.text())
        if isinstance(each, QAbstractButton):
            yield each.text()
        if isinstance(each, QGroupBox):
            yield each.title()
        if isinstance(each, QLineEdit):
            yield each.placeholderText()
        if isinstance(each, QTextEdit):
            yield each.toPlainText()
        if isinstance(each, QComboBox):
            yield from (each.itemText(index) for index in range(each.count()))
        if isinstance(each, QTabWidget):
            yield from (each.tabText(index) for index in range(each.count()))
        if isinstance(each, QAbstractItemView) and each.model() is not None:
            model = each.model()
            for column in range(model.columnCount()):
                yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    yield str(model.data(model.index(row, column)) or "")


def unmarked_texts(widget: QWidget, allowed: Callable[[str], bool] = lambda _: False) -> list[str]:
    """The strings a widget shows with words that did not come through a catalogue, except
    the ones `allowed` accepts (an account's name, a date from the calendar tables)."""
    return sorted(
        {
            text
            for text in shown_strings(widget)
            if has_unmarked_words(text) and not allowed(outside_markers(text).strip())
        }
    )
