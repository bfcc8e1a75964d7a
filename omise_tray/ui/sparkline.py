"""A small painted line of the last 24 hours of a balance, for a balance card."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

DAY_SECONDS = 86400
LINE_WIDTH = 1.5
DOT_RADIUS = 2.0


class Sparkline(QWidget):
    """Paints (time, amount) points as a line with a soft fill: no axes, just the shape.

    The window ends at the newest point and reaches back `span` seconds, so a short history
    sits at the right edge instead of being stretched to look like a whole day.
    """

    def __init__(
        self, colour: QColor, span: int = DAY_SECONDS, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._colour = QColor(colour)
        self._span = span
        self._points: list[tuple[int, int]] = []
        self._line = QPainterPath()
        self._fill = QPainterPath()
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
        ordered = sorted(points)
        if ordered:
            start = ordered[-1][0] - self._span
            ordered = [point for point in ordered if point[0] >= start]
        self._points = ordered
        self._rebuild()
        self.update()

    def points(self) -> list[tuple[int, int]]:
        return list(self._points)

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
        if not self._points:
            return
        area = self._plot_area()
        newest = self._points[-1][0]
        oldest = newest - self._span
        values = [value for _, value in self._points]
        low, high = min(values), max(values)

        def place(at: int, value: int) -> QPointF:
            x = area.left() + (at - oldest) / self._span * area.width()
            if high == low:
                # A flat line sits in the middle, on a pixel centre so it is one crisp row
                # rather than two half-tinted ones.
                return QPointF(x, math.floor(area.center().y()) + 0.5)
            share = (value - low) / (high - low)
            return QPointF(x, area.bottom() - share * area.height())

        placed = [place(at, value) for at, value in self._points]
        self._last = placed[-1]
        if len(placed) == 1:
            return
        self._line.moveTo(placed[0])
        for point in placed[1:]:
            self._line.lineTo(point)
        self._fill = QPainterPath(self._line)
        self._fill.lineTo(placed[-1].x(), area.bottom())
        self._fill.lineTo(placed[0].x(), area.bottom())
        self._fill.closeSubpath()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self._points:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(self._colour)
        fill.setAlphaF(0.18)
        painter.fillPath(self._fill, fill)
        pen = QPen(self._colour, LINE_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(self._line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawEllipse(self._last, DOT_RADIUS, DOT_RADIUS)
        painter.end()
