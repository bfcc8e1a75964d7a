"""A small painted line of the last 24 hours of a balance, for a balance card.

Balances worked out from transactions before the first poll (reconstructed) are drawn dotted
and lighter than the polled ones, so the card never passes them off as measured.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

DAY_SECONDS = 86400
LINE_WIDTH = 1.5
DOT_RADIUS = 2.0
RECONSTRUCTED_ALPHA = 0.6


class Sparkline(QWidget):
    """Paints (time, amount) points as a line with a soft fill: no axes, just the shape.

    The window ends at the newest point and reaches back at most `span` seconds; a shorter
    history fills the width, so a new account shows its trend rather than a sliver.
    """

    def __init__(
        self, colour: QColor, span: int = DAY_SECONDS, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._colour = QColor(colour)
        self._span = span
        self._points: list[tuple[int, int]] = []
        self._reconstructed: list[tuple[int, int]] = []
        self._shown_reconstructed: list[tuple[int, int]] = []
        self._line = QPainterPath()
        self._fill = QPainterPath()
        self._dotted = QPainterPath()
        self._dotted_fill = QPainterPath()
        self._last = QPointF()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(120, 28)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(120, 28)

    def set_colour(self, colour: QColor) -> None:
        self._colour = QColor(colour)
        self.update()

    def set_points(self, points: Sequence[tuple[int, int]]) -> None:
        """Show these (epoch seconds, minor units) points; older than the span are left out."""
        self._points = sorted(points)
        self._trim()

    def set_reconstructed(self, points: Sequence[tuple[int, int]]) -> None:
        """Balances worked out from transactions; only those before the first poll show."""
        self._reconstructed = sorted(points)
        self._trim()

    def points(self) -> list[tuple[int, int]]:
        return list(self._points)

    def reconstructed_points(self) -> list[tuple[int, int]]:
        """The reconstructed points on show: before the first poll, within the span."""
        return list(self._shown_reconstructed)

    def _trim(self) -> None:
        polled = self._points
        earlier = [p for p in self._reconstructed if not polled or p[0] < polled[0][0]]
        newest = max((line[-1][0] for line in (polled, earlier) if line), default=0)
        start = newest - self._span
        self._points = [point for point in polled if point[0] >= start]
        self._shown_reconstructed = [point for point in earlier if point[0] >= start]
        self._rebuild()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._rebuild()
        super().resizeEvent(event)

    def _plot_area(self) -> QRectF:
        # Inset by the pen so the line and the end dot are never clipped at the edges.
        inset = DOT_RADIUS + LINE_WIDTH
        return QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)

    def _rebuild(self) -> None:
        """Map points to pixels once per change or resize, so painting only strokes paths."""
        self._line = QPainterPath()
        self._fill = QPainterPath()
        self._dotted = QPainterPath()
        self._dotted_fill = QPainterPath()
        every = self._shown_reconstructed + self._points
        if not every:
            return
        area = self._plot_area()
        newest = every[-1][0]
        shown = max(1, min(self._span, newest - every[0][0]))
        oldest = newest - shown
        values = [value for _, value in every]
        low, high = min(values), max(values)

        def place(at: int, value: int) -> QPointF:
            x = area.left() + (at - oldest) / shown * area.width()
            if high == low:
                # A flat line sits in the middle, on a pixel centre so it is one crisp row
                # rather than two half-tinted ones.
                return QPointF(x, math.floor(area.center().y()) + 0.5)
            share = (value - low) / (high - low)
            return QPointF(x, area.bottom() - share * area.height())

        placed = [place(at, value) for at, value in self._points]
        # The dotted stretch runs on to the first poll, so the two read as one line.
        dotted = [place(at, value) for at, value in self._shown_reconstructed] + placed[:1]
        self._last = (placed or dotted)[-1]
        self._line, self._fill = _line_and_fill(placed, area.bottom())
        self._dotted, self._dotted_fill = _line_and_fill(dotted, area.bottom())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self._points and not self._shown_reconstructed:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(self._colour)
        fill.setAlphaF(0.18)
        painter.fillPath(self._fill, fill)
        fill.setAlphaF(0.18 * RECONSTRUCTED_ALPHA / 2)
        painter.fillPath(self._dotted_fill, fill)
        pen = QPen(self._colour, LINE_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(self._line)
        faint = QColor(self._colour)
        faint.setAlphaF(RECONSTRUCTED_ALPHA)
        pen.setColor(faint)
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawPath(self._dotted)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawEllipse(self._last, DOT_RADIUS, DOT_RADIUS)
        painter.end()


def _line_and_fill(placed: Sequence[QPointF], bottom: float) -> tuple[QPainterPath, QPainterPath]:
    """A path through the points and the area under it down to `bottom`; empty below two."""
    line, fill = QPainterPath(), QPainterPath()
    if len(placed) < 2:
        return line, fill
    line.moveTo(placed[0])
    for point in placed[1:]:
        line.lineTo(point)
    fill = QPainterPath(line)
    fill.lineTo(placed[-1].x(), bottom)
    fill.lineTo(placed[0].x(), bottom)
    fill.closeSubpath()
    return line, fill
