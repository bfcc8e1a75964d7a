"""The balance history chart (painted with QPainter) and the view around it: range and legend."""

from __future__ import annotations

import bisect
import itertools
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from enum import IntEnum

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from omise_tray.core.privacy import HIDDEN_AMOUNT, shown_money
from omise_tray.core.series import Point
from omise_tray.ui.axes import DAY, Tick, ValueAxis, moment_label, time_ticks, value_axis
from omise_tray.ui.theme import MARK_CONTRAST, legible

EMPTY_TEXT = "No history yet — balances are recorded every poll."
TOTAL_COLOUR = QColor("#8c959f")
AVAILABLE_COLOUR = QColor("#0969da")


def series_colour(colour: QColor, palette: QPalette) -> QColor:
    """A series colour that shows (3:1) on the palette's window and base, light or dark."""
    return legible(colour, [palette.window().color(), palette.base().color()], MARK_CONTRAST)


# One point per pixel or so of a wide chart; the store buckets anything longer.
POINTS_PER_CHART = 1000
PADDING = 8.0
TICK_GAP = 6.0
_NOWHERE = 1 << 30  # a pixel position beyond any screen

# (since, until, max_points) -> points oldest first, e.g. a bound HistoryStore.series.
SeriesSource = Callable[[int, int, int], Sequence[Point]]


class ChartRange(IntEnum):
    """The stretches of time the merchant can look back over, in seconds."""

    DAY = DAY
    WEEK = 7 * DAY
    MONTH = 30 * DAY
    YEAR = 365 * DAY

    @property
    def label(self) -> str:
        return "1 year" if self is ChartRange.YEAR else f"{self // DAY} day{'s' * (self > DAY)}"


@dataclass(frozen=True, slots=True)
class _Layout:
    """Everything derived from the data and the widget size, computed once per change."""

    area: QRectF
    value_axis: ValueAxis
    time_ticks: tuple[Tick, ...]
    xs: tuple[float, ...]
    total: list[QLineF]
    available: list[QLineF]
    band: list[QRect]  # the available range, in whole pixels


class HistoryChart(QWidget):
    """Paints total and available over a time range, with axes and a hover read-out."""

    def __init__(self, parent: QWidget | None = None, zone: tzinfo | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._points: list[Point] = []
        self._currency = "THB"
        self._since = 0
        self._until = 1
        self._hover: int | None = None
        self._layout: _Layout | None = None
        self._amounts_hidden = False
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 260)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 160)

    # -- data ----------------------------------------------------------------------------

    def set_series(self, points: Sequence[Point], currency: str, since: int, until: int) -> None:
        """Show these points (oldest first) on a time axis from `since` to `until`."""
        self._points = list(points)
        self._currency = currency.upper()
        self._since, self._until = since, max(until, since + 1)
        self._hover = None
        self._layout = None
        self.update()

    def points(self) -> list[Point]:
        return list(self._points)

    def set_amounts_hidden(self, hidden: bool) -> None:
        """Privacy mode: "•••" on the amount axis and in the read-out; the shape stays."""
        if hidden != self._amounts_hidden:
            self._amounts_hidden = hidden
            self._layout = None
            self.update()

    @property
    def empty(self) -> bool:
        return not self._points

    def value_ticks(self) -> tuple[Tick, ...]:
        return self._ensure_layout().value_axis.ticks if self._points else ()

    def time_ticks(self) -> tuple[Tick, ...]:
        return self._ensure_layout().time_ticks if self._points else ()

    def x_of(self, at: int) -> float:
        """Where a moment lies horizontally, in widget coordinates."""
        area = self._ensure_layout().area
        return area.left() + (at - self._since) / (self._until - self._since) * area.width()

    def readout(self) -> str | None:
        """The hover text for the point under the mouse, None when nothing is hovered."""
        if self._hover is None:
            return None
        point = self._points[self._hover]
        hidden = self._amounts_hidden
        return "\n".join(
            (
                moment_label(point.at, self._zone),
                f"Available {shown_money(point.available, self._currency, hidden=hidden)}",
                f"Total {shown_money(point.total, self._currency, hidden=hidden)}",
            )
        )

    # -- geometry ------------------------------------------------------------------------

    def _ensure_layout(self) -> _Layout:
        if self._layout is None:
            self._layout = self._compute_layout()
        return self._layout

    def _compute_layout(self) -> _Layout:
        points = self._points
        metrics = QFontMetricsF(self.font())
        if points:
            low = min(min(p.total_low, p.available_low) for p in points)
            high = max(max(p.total_high, p.available_high) for p in points)
        else:
            low = high = 0
        axis = value_axis(low, high, self._currency)
        if self._amounts_hidden:
            hidden = tuple(Tick(tick.value, HIDDEN_AMOUNT) for tick in axis.ticks)
            axis = ValueAxis(axis.low, axis.high, hidden)
        label_width = max((metrics.horizontalAdvance(t.label) for t in axis.ticks), default=0)
        area = QRectF(self.rect()).adjusted(
            PADDING + label_width + TICK_GAP,
            PADDING + metrics.height() / 2,
            -PADDING - metrics.horizontalAdvance("00:00") / 2,
            -(PADDING + metrics.height() + TICK_GAP),
        )
        ticks = time_ticks(self._since, self._until, self._zone, most=self._time_tick_room(area))
        # Pixels per second and per minor unit, and where 0 of each would be; the amounts
        # are integers until they become pixel positions here.
        x_scale = area.width() / (self._until - self._since)
        x_zero = area.left() - self._since * x_scale
        y_scale = area.height() / (axis.high - axis.low)
        y_zero = area.bottom() + axis.low * y_scale
        xs = tuple([x_zero + p.at * x_scale for p in points])
        return _Layout(
            area,
            axis,
            tuple(ticks),
            xs,
            _segments(xs, [y_zero - p.total * y_scale for p in points]),
            _segments(xs, [y_zero - p.available * y_scale for p in points]),
            _band(
                xs,
                [y_zero - p.available_high * y_scale for p in points],
                [y_zero - p.available_low * y_scale for p in points],
            ),
        )

    def _time_tick_room(self, area: QRectF) -> int:
        widest = QFontMetricsF(self.font()).horizontalAdvance("Wed 30  ")
        return max(2, int(area.width() // widest))

    def _y(self, layout: _Layout, value: int) -> float:
        axis, area = layout.value_axis, layout.area
        return area.bottom() - (value - axis.low) / (axis.high - axis.low) * area.height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._layout = None
        super().resizeEvent(event)

    # -- hover ---------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.hover_at(event.position().x())
        super().mouseMoveEvent(event)

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802
        self.hover_at(event.position().x())
        super().enterEvent(event)

    def leaveEvent(self, event: object) -> None:  # noqa: N802
        self._hover = None
        self.update()

    def hover_at(self, x: float) -> None:
        """Pick the point nearest to horizontal position x for the crosshair and read-out."""
        if not self._points:
            return
        xs = self._ensure_layout().xs
        index = bisect.bisect_left(xs, x)
        if index == len(xs) or (index > 0 and x - xs[index - 1] < xs[index] - x):
            index -= 1
        if index != self._hover:
            self._hover = index
            self.update()

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if not self._points:
                self._paint_empty(painter)
                return
            layout = self._ensure_layout()
            self._paint_axes(painter, layout)
            self._paint_series(painter, layout)
            if self._hover is not None:
                self._paint_hover(painter, layout, self._hover)
        finally:
            painter.end()

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(
            QRectF(self.rect()).adjusted(PADDING, PADDING, -PADDING, -PADDING),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            EMPTY_TEXT,
        )

    def _paint_axes(self, painter: QPainter, layout: _Layout) -> None:
        area = layout.area
        text = self.palette().text().color()
        muted = self.palette().placeholderText().color()
        grid = QColor(text)
        grid.setAlphaF(0.12)
        metrics = QFontMetricsF(self.font())
        half_line = metrics.height() / 2
        for tick in layout.value_axis.ticks:
            y = round(self._y(layout, tick.value)) + 0.5
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(muted)
            painter.drawText(
                QRectF(PADDING, y - half_line, area.left() - TICK_GAP - PADDING, 2 * half_line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                tick.label,
            )
        for tick in layout.time_ticks:
            x = round(self.x_of(tick.value)) + 0.5
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
            painter.setPen(muted)
            width = metrics.horizontalAdvance(tick.label) + 4
            # Centred under its mark, but never cut off by the widget's edges.
            left = min(max(0.0, x - width / 2), self.width() - width)
            painter.drawText(
                QRectF(left, area.bottom() + TICK_GAP, width, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                tick.label,
            )

    def _paint_series(self, painter: QPainter, layout: _Layout) -> None:
        palette = self.palette()
        band = series_colour(AVAILABLE_COLOUR, palette)
        band.setAlphaF(0.15)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(band)
        # Whole-pixel rectangles need no antialiasing, and without it Qt fills them as plain
        # spans: under a millisecond where antialiased bars, or one polygon through a jagged
        # year, take it tens of milliseconds.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.drawRects(layout.band)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for lines, colour, width in (
            (layout.total, series_colour(TOTAL_COLOUR, palette), 1.5),
            (layout.available, series_colour(AVAILABLE_COLOUR, palette), 2.0),
        ):
            # Separate segments with square caps: as smooth as a polyline at these widths,
            # and Qt strokes them one by one, so jagged data cannot make painting crawl
            # (one long self-crossing polyline can take a second to stroke).
            pen = QPen(colour, width)
            pen.setCapStyle(Qt.PenCapStyle.SquareCap)
            painter.setPen(pen)
            painter.drawLines(lines)
        if len(self._points) == 1:
            self._paint_dots(painter, layout, 0)

    def _paint_dots(self, painter: QPainter, layout: _Layout, index: int) -> None:
        point, x = self._points[index], layout.xs[index]
        painter.setPen(QPen(self.palette().base().color(), 1.5))
        for value, colour in ((point.total, TOTAL_COLOUR), (point.available, AVAILABLE_COLOUR)):
            painter.setBrush(series_colour(colour, self.palette()))
            painter.drawEllipse(QPointF(x, self._y(layout, value)), 4.0, 4.0)

    def _paint_hover(self, painter: QPainter, layout: _Layout, index: int) -> None:
        area, x = layout.area, layout.xs[index]
        y = self._y(layout, self._points[index].available)
        crosshair = QColor(self.palette().text().color())
        crosshair.setAlphaF(0.45)
        painter.setPen(QPen(crosshair, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        self._paint_dots(painter, layout, index)
        self._paint_label(painter, area, QPointF(x, y), self.readout() or "")

    def _paint_label(self, painter: QPainter, area: QRectF, anchor: QPointF, text: str) -> None:
        metrics = QFontMetricsF(self.font())
        lines = text.split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines) + 2 * PADDING
        height = metrics.height() * len(lines) + PADDING
        # Beside the crosshair, flipped to the other side near the right or bottom edge.
        left = anchor.x() + 12 if anchor.x() + 12 + width <= area.right() else anchor.x() - 12
        left = left if left >= anchor.x() else left - width
        top = min(max(area.top(), anchor.y() - height - 8), area.bottom() - height)
        box = QRectF(max(area.left(), left), top, width, height)
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.setBrush(self.palette().toolTipBase())
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(self.palette().toolTipText().color())
        painter.drawText(
            box.adjusted(PADDING, PADDING / 2, -PADDING, -PADDING / 2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )


def _segments(xs: Sequence[float], ys: Sequence[float]) -> list[QLineF]:
    return [QLineF(x0, y0, x1, y1) for x0, y0, x1, y1 in zip(xs, ys, xs[1:], ys[1:], strict=False)]


def _band(xs: Sequence[float], tops: Sequence[float], bottoms: Sequence[float]) -> list[QRect]:
    """The range between `tops` and `bottoms` as whole-pixel rectangles under the points `xs`.

    Each point stands for the stretch of the axis nearer to it than to its neighbours (the
    first and last reach half a pixel outwards), and every pixel column its stretch touches
    shows its range, joined with the ranges of other points there. A run of columns with the
    same extent is one rectangle. A point whose range is under half a pixel (a single poll, a
    flat bucket) adds nothing.
    """
    if not xs:
        return []
    middles = [(left + right) / 2 for left, right in itertools.pairwise(xs)]
    first_edge, last_edge = xs[0] - 0.5, xs[-1] + 0.5  # no further out than the lines
    edges = [first_edge, *middles, last_edge]
    origin = math.floor(first_edge)
    size = math.ceil(last_edge) - origin + 1
    highs = [_NOWHERE] * size  # per column, the smallest y painted (higher on screen) ...
    lows = [-_NOWHERE] * size  # ... and the largest; nothing painted while low < high
    for index, (top, bottom) in enumerate(zip(tops, bottoms, strict=True)):
        if bottom - top < 0.5:
            continue
        high = round(top)
        low = max(high + 1, round(bottom))
        start = math.floor(edges[index]) - origin
        end = max(start + 1, math.ceil(edges[index + 1]) - origin)
        for column in range(start, end):
            highs[column] = min(highs[column], high)
            lows[column] = max(lows[column], low)
    rects: list[QRect] = []
    painted = (-1, 0, 0)  # the last painted column and its extent
    for column, (high, low) in enumerate(zip(highs, lows, strict=True)):
        if low <= high:
            continue
        if painted == (column - 1, high, low):
            rects[-1].setRight(origin + column)  # the same extent as the column before
        else:
            rects.append(QRect(origin + column, high, 1, low - high))
        painted = (column, high, low)
    return rects


class _Swatch(QWidget):
    """A short painted line in a series colour, for the legend."""

    def __init__(self, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = colour
        self.setFixedSize(18, 10)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(series_colour(self._colour, self.palette()), 2.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        middle = self.height() / 2
        painter.drawLine(QPointF(2, middle), QPointF(self.width() - 2, middle))
        painter.end()


class HistoryView(QWidget):
    """The range selector, the history chart and its legend, fed by a series source."""

    def __init__(
        self,
        source: SeriesSource,
        currency: str,
        *,
        clock: Callable[[], float] = time.time,
        zone: tzinfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._currency = currency
        self._clock = clock
        self._range = ChartRange.WEEK
        self.chart = HistoryChart(self, zone=zone)
        self._buttons: dict[ChartRange, QToolButton] = {}
        group = QButtonGroup(self)
        ranges = QHBoxLayout()
        ranges.setSpacing(4)
        for choice in ChartRange:
            button = QToolButton(self)
            button.setText(choice.label)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setAccessibleName(f"Show the last {choice.label}")
            group.addButton(button)
            button.clicked.connect(lambda _=False, choice=choice: self.set_range(choice))
            ranges.addWidget(button)
            self._buttons[choice] = button
        ranges.addStretch(1)
        for name, colour in (("Available", AVAILABLE_COLOUR), ("Total", TOTAL_COLOUR)):
            ranges.addWidget(_Swatch(colour, self))
            ranges.addWidget(QLabel(name, self))
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(ranges)
        column.addWidget(self.chart, 1)
        self._buttons[self._range].setChecked(True)
        self.refresh()

    @property
    def range(self) -> ChartRange:
        return self._range

    def range_button(self, choice: ChartRange) -> QToolButton:
        return self._buttons[choice]

    def set_amounts_hidden(self, hidden: bool) -> None:
        self.chart.set_amounts_hidden(hidden)

    def set_range(self, choice: ChartRange) -> None:
        self._range = choice
        self._buttons[choice].setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        """Ask the source again, e.g. after each poll was recorded."""
        until = int(self._clock())
        since = until - self._range
        points = self._source(since, until, POINTS_PER_CHART)
        self.chart.set_series(points, self._currency, since, until)
