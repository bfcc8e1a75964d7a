"""Reading what a widget shows, as a merchant would: the visible text of its labels."""

from __future__ import annotations

import html
import re

from PySide6.QtWidgets import QLabel, QWidget

_TAG = re.compile(r"<[^>]+>")


def plain(label_text: str) -> str:
    return html.unescape(_TAG.sub("", label_text.replace("<br>", "\n")))


def visible_text(widget: QWidget) -> str:
    """Every label the widget would show, one per line, rich text reduced to plain text."""
    labels = [label for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]
    return "\n".join(plain(label.text()) for label in labels)
