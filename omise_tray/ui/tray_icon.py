"""The tray's status icon and the app icon, painted at run time for every size a desktop asks.

A coin in the colour of the state carries a mark that also tells the state apart without
colour: a check (healthy), a bar (moderate), a down arrow (low), "!" (critical), "?" (unknown).
Each size is painted on its own pixel grid, so the 16 px icon is as crisp as the 64 px one.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from omise_tray.core.portfolio import Signal
from omise_tray.ui.theme import BRAND_COLOUR, mark_colour, signal_colour

# The macOS menu bar's template image: black and transparency only.
TEMPLATE_ICON = Path(__file__).resolve().parent.parent / "resources/icons/omise-tray-template.svg"

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
TRAY_SIZES = (16, 22, 24, 32, 48, 64)

MarkPainter = Callable[[QPainter, float, QColor], None]


def _stroke_width(size: int) -> float:
    # Whole pixels keep the strokes sharp at tray sizes: 2 px at 16, 4 px at 32, 8 px at 64.
    return float(max(2, round(size * 0.125)))


def _mark_pen(size: int, colour: QColor) -> QPen:
    pen = QPen(colour, _stroke_width(size))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _polyline(painter: QPainter, size: float, points: list[tuple[float, float]]) -> None:
    path = QPainterPath(QPointF(points[0][0] * size, points[0][1] * size))
    for x, y in points[1:]:
        path.lineTo(x * size, y * size)
    painter.drawPath(path)


def _dot(painter: QPainter, size: float, x: float, y: float, colour: QColor) -> None:
    radius = _stroke_width(round(size)) * 0.62
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(x * size, y * size), radius, radius)
    painter.restore()


def _check(painter: QPainter, size: float, colour: QColor) -> None:
    _polyline(painter, size, [(0.29, 0.52), (0.44, 0.67), (0.71, 0.37)])


def _bar(painter: QPainter, size: float, colour: QColor) -> None:
    _polyline(painter, size, [(0.31, 0.5), (0.69, 0.5)])


def _down_arrow(painter: QPainter, size: float, colour: QColor) -> None:
    _polyline(painter, size, [(0.5, 0.27), (0.5, 0.71)])
    _polyline(painter, size, [(0.32, 0.54), (0.5, 0.72), (0.68, 0.54)])


def _exclamation(painter: QPainter, size: float, colour: QColor) -> None:
    _polyline(painter, size, [(0.5, 0.26), (0.5, 0.55)])
    _dot(painter, size, 0.5, 0.73, colour)


def _question(painter: QPainter, size: float, colour: QColor) -> None:
    radius, x, y = 0.135 * size, 0.5 * size, 0.39 * size
    path = QPainterPath(QPointF(x - radius, y))
    path.arcTo(QRectF(x - radius, y - radius, 2 * radius, 2 * radius), 180, -240)
    path.lineTo(0.5 * size, 0.57 * size)
    painter.drawPath(path)
    _dot(painter, size, 0.5, 0.74, colour)


_MARKS: dict[Signal, MarkPainter] = {
    Signal.HEALTHY: _check,
    Signal.MODERATE: _bar,
    Signal.LOW: _down_arrow,
    Signal.CRITICAL: _exclamation,
    Signal.UNKNOWN: _question,
}


# Opaque: Qt's raster engine fills an antialiased shape in a translucent colour on its GUI
# thread pool (two threads, started for the header's icon before the first paint, and a wait
# for them on every icon painted).
HALO = QColor(255, 255, 255)


def _coin(painter: QPainter, size: int, fill: QColor) -> None:
    """A round coin with a darker edge inside a light halo, and, when there is room, an inner
    rim. The tray's panel may be light or dark and the icon cannot know which: the dark edge
    outlines the coin on a light panel, the halo on a dark one (each 3:1 or more)."""
    edge = max(1.0, size / 24)
    margin = 0.0 if size < 24 else size / 32
    halo = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(HALO)
    painter.drawEllipse(halo)
    inset = margin + edge + edge / 2
    body = QRectF(inset, inset, size - 2 * inset, size - 2 * inset)
    painter.setPen(QPen(fill.darker(140), edge))
    painter.setBrush(QBrush(fill))
    painter.drawEllipse(body)
    if size >= 32:
        rim = QColor(mark_colour(fill))
        rim.setAlphaF(0.35)
        painter.setPen(QPen(rim, max(1.0, size / 40)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        gap = size * 0.11
        painter.drawEllipse(body.adjusted(gap, gap, -gap, -gap))


def _paint(size: int, fill: QColor, mark: Callable[[QPainter, float, QColor], None]) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _coin(painter, size, fill)
        colour = mark_colour(fill)
        painter.setPen(_mark_pen(size, colour))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        mark(painter, float(size), colour)
    finally:
        painter.end()
    return pixmap


def status_pixmap(signal: Signal, size: int) -> QPixmap:
    """The status icon for one signal at one size, in device pixels."""
    return _paint(size, signal_colour(signal), _MARKS[signal])


def status_icon(signal: Signal) -> QIcon:
    """The tray icon for a signal, with every tray size painted separately."""
    icon = QIcon()
    for size in TRAY_SIZES:
        icon.addPixmap(status_pixmap(signal, size))
    return icon


def menu_bar_icon(signal: Signal, platform: str = sys.platform) -> QIcon:
    """The tray icon as each system shows it best. On macOS, while all is well, the template
    icon (black and transparency: the menu bar tints it for light and dark); in colour as soon
    as something needs the merchant, and on every other system always in colour."""
    if platform == "darwin" and signal is Signal.HEALTHY:
        icon = QIcon(str(TEMPLATE_ICON))
        if not icon.isNull():
            icon.setIsMask(True)
            return icon
    return status_icon(signal)


def _bars(painter: QPainter, size: float, colour: QColor) -> None:
    """Three rising bars: balances over time, the app's own mark."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    width = 0.12 * size
    for index, height in enumerate((0.17, 0.27, 0.38)):
        left = (0.29 + index * 0.155) * size
        bottom = 0.70 * size
        painter.drawRoundedRect(
            QRectF(left, bottom - height * size, width, height * size), width / 4, width / 4
        )
    painter.restore()


def app_pixmap(size: int) -> QPixmap:
    return _paint(size, QColor(BRAND_COLOUR), _bars)


def app_icon() -> QIcon:
    """The window and launcher icon: the same coin in the brand's blue with rising bars."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(app_pixmap(size))
    return icon
