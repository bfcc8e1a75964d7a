"""Reading what a widget shows, as a merchant would: the visible text of its labels."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

_TAG = re.compile(r"<[^>]+>")


def plain(label_text: str) -> str:
    return html.unescape(_TAG.sub("", label_text.replace("<br>", "\n")))


def visible_text(widget: QWidget) -> str:
    """Every label the widget would show, one per line, rich text reduced to plain text."""
    labels = [label for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]
    return "\n".join(plain(label.text()) for label in labels)


def all_text(widget: QWidget) -> str:
    """Every string a widget and its children could show or say: texts, titles, tooltips,
    accessible names, items, tabs, headers and actions, visible or not."""
    found: list[str] = []
    for each in [widget, *widget.findChildren(QWidget)]:
        found += [each.windowTitle(), each.toolTip(), each.accessibleName()]
        found += [each.accessibleDescription(), each.statusTip(), each.whatsThis()]
        found += [part for action in each.actions() for part in (action.text(), action.toolTip())]
        text = getattr(each, "text", None)
        if callable(text) and isinstance(value := text(), str):
            found.append(value)
        if isinstance(each, QLineEdit):
            found.append(each.placeholderText())
        if isinstance(each, QComboBox):
            found += [each.itemText(index) for index in range(each.count())]
        if isinstance(each, QTabWidget):
            found += [each.tabText(index) for index in range(each.count())]
        if isinstance(each, QTextEdit):
            found += [each.toPlainText(), each.toHtml()]
        if isinstance(each, QAbstractItemView) and each.model() is not None:
            found += _model_text(each.model())
    return "\n".join(found)


def _model_text(model: QAbstractItemModel) -> list[str]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    found = []
    for role in roles:
        for column in range(model.columnCount()):
            found.append(str(model.headerData(column, Qt.Orientation.Horizontal, role) or ""))
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                found.append(str(model.data(model.index(row, column), role) or ""))
    return found
