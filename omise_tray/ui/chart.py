"""The balance history chart (painted with QPainter) and the view around it: range and legend.

Besides the polled balances the chart can draw two kinds of line that are not measured, each
in a style of its own with a legend entry: balances reconstructed from transactions before
the first poll (dotted, lighter), and the projection of the coming days (dashed).
"""

from __future__ import annotations

import bisect
import itertools
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, tzinfo
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRect, QRectF, QSize, Qt
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

from omise_tray.core import localized
from omise_tray.core.privacy import HIDDEN_AMOUNT
from omise_tray.core.series import Point
from omise_tray.i18n.translators import current_language, follow_language
from omise_tray.ui.axes import DAY, Tick, ValueAxis, moment_label, time_ticks, value_axis
from omise_tray.ui.theme import MARK_CONTRAST, legible

TOTAL_COLOUR = QColor("#8c959f")
AVAILABLE_COLOUR = QColor("#0969da")


def series_colour(colour: QColor, palette: QPalette) -> QColor:
    """A series colour that shows (3:1) on the palette's window and base, light or dark."""
    return legible(colour, [palette.window().color(), palette.base().color()], MARK_CONTRAST)


RECONSTRUCTED_ALPHA = 0.55
# One point per pixel or so of a wide chart; the store buckets anything longer.
POINTS_PER_CHART = 1000
# How far ahead the chart looks when a projection is known: half the range looked back over,
# never beyond the projection's end.
FUTURE_SHARE = 2
SPACING_LEGEND = 10
PADDING = 8.0
TICK_GAP = 6.0
_NOWHERE = 1 << 30  # a pixel position beyond any screen
# The last week of a month with two-digit days: the widest time labels a week can have.
_A_WEEK = tuple(date(2025, 6, day) for day in range(24, 31))

# (since, until, max_points) -> points oldest first, e.g. a bound HistoryStore.series.
SeriesSource = Callable[[int, int, int], Sequence[Point]]
# (epoch seconds, available in minor units), oldest first: the projection of coming days.
Projection = Sequence[tuple[int, int]]


class MarkKind(IntEnum):
    """What a point of the chart stands for."""

    POLLED = 0
    RECONSTRUCTED = 1
    PROJECTED = 2


@dataclass(frozen=True, slots=True)
class _Mark:
    """A point the hover can pick: its time, available, total (None when not projected)."""

    at: int
    available: int
    total: int | None
    kind: MarkKind


class ChartRange(IntEnum):
    """The stretches of time the merchant can look back over, in seconds."""

    DAY = DAY
    WEEK = 7 * DAY
    MONTH = 30 * DAY
    YEAR = 365 * DAY

    @property
    def label(self) -> str:
        """The range button's words in the window's language: "1 day", "7 days", "1 year"."""
        translate = QCoreApplication.translate
        days = self // DAY
        if self is ChartRange.YEAR:
            return translate("Chart", "1 year")
        if days == 1:
            return translate("Chart", "%n day", None, days)
        return translate("Chart", "%n days", None, days)

    @property
    def spoken(self) -> str:
        """What the range button does, for a screen reader: "Show the last 7 days"."""
        translate = QCoreApplication.translate
        days = self // DAY
        if self is ChartRange.YEAR:
            return translate("Chart", "Show the last year")
        if days == 1:
            return translate("Chart", "Show the last day")
        return translate("Chart", "Show the last %n days", None, days)


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
    mark_xs: tuple[float, ...]  # of every _Mark, for the hover
    reconstructed_total: list[QLineF]
    reconstructed_available: list[QLineF]
    projected: list[QLineF]


class HistoryChart(QWidget):
    """Paints total and available over a time range, with axes and a hover read-out."""

    def __init__(self, parent: QWidget | None = None, zone: tzinfo | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._points: list[Point] = []
        self._reconstructed: list[Point] = []
        self._projection: list[tuple[int, int]] = []
        self._marks: list[_Mark] = []
        self._currency = "THB"
        self._since = 0
        self._until = 1
        self._hover: int | None = None
        self._layout: _Layout | None = None
        self._amounts_hidden = False
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        follow_language(self, self._relabel)

    def _relabel(self) -> None:
        """Axis labels and the read-out in the current language: laid out again."""
        #: The chart's name for a screen reader.
        self.setAccessibleName(QCoreApplication.translate("Chart", "Balance history chart"))
        self._layout = None
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 260)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 160)

    # -- data ----------------------------------------------------------------------------

    def set_series(
        self,
        points: Sequence[Point],
        currency: str,
        since: int,
        until: int,
        *,
        reconstructed: Sequence[Point] = (),
        projection: Projection = (),
    ) -> None:
        """Show these points (oldest first) on a time axis from `since` to `until`, with any
        reconstructed balances and projected available balance (each oldest first)."""
        self._points = list(points)
        self._reconstructed = list(reconstructed)
        self._projection = list(projection)
        marks = [_Mark(p.at, p.available, p.total, MarkKind.RECONSTRUCTED) for p in reconstructed]
        marks += [_Mark(p.at, p.available, p.total, MarkKind.POLLED) for p in points]
        # The projection's first point is now, where the polled line already ends.
        start = 1 if points and projection else 0
        marks += [_Mark(at, value, None, MarkKind.PROJECTED) for at, value in projection[start:]]
        self._marks = sorted(marks, key=lambda mark: mark.at)
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

    def reconstructed(self) -> list[Point]:
        return list(self._reconstructed)

    def projection(self) -> list[tuple[int, int]]:
        return list(self._projection)

    @property
    def empty(self) -> bool:
        return not self._marks

    def value_ticks(self) -> tuple[Tick, ...]:
        return self._ensure_layout().value_axis.ticks if self._marks else ()

    def time_ticks(self) -> tuple[Tick, ...]:
        return self._ensure_layout().time_ticks if self._marks else ()

    def x_of(self, at: int) -> float:
        """Where a moment lies horizontally, in widget coordinates."""
        area = self._ensure_layout().area
        return area.left() + (at - self._since) / (self._until - self._since) * area.width()

    def readout(self) -> str | None:
        """The hover text for the point under the mouse, None when nothing is hovered."""
        if self._hover is None:
            return None
        mark = self._marks[self._hover]
        hidden = self._amounts_hidden
        lines = [moment_label(mark.at, self._zone)]
        if mark.kind is MarkKind.RECONSTRUCTED:
            lines.append(QCoreApplication.translate("Chart", "Worked out from transactions"))
        elif mark.kind is MarkKind.PROJECTED:
            lines.append(QCoreApplication.translate("Chart", "Projected, without new sales"))
        #: The hover read-out's line of the available balance; {amount} is an amount.
        available = QCoreApplication.translate("Chart", "Available {amount}")
        lines.append(available.format(amount=self._money(mark.available, hidden)))
        if mark.total is not None:
            #: The hover read-out's line of the total balance; {amount} is an amount.
            total = QCoreApplication.translate("Chart", "Total {amount}")
            lines.append(total.format(amount=self._money(mark.total, hidden)))
        return "\n".join(lines)

    def _money(self, amount: int, hidden: bool) -> str:
        return (
            HIDDEN_AMOUNT if hidden else localized.money(amount, self._currency, current_language())
        )

    @staticmethod
    def empty_text() -> str:
        """What the chart says while it has nothing to draw."""
        return QCoreApplication.translate(
            "Chart", "No history yet — balances are recorded every poll."
        )

    # -- geometry ------------------------------------------------------------------------

    def _ensure_layout(self) -> _Layout:
        if self._layout is None:
            self._layout = self._compute_layout()
        return self._layout

    def _compute_layout(self) -> _Layout:
        points = self._points
        metrics = QFontMetricsF(self.font())
        values = [v for p in points for v in (p.total_low, p.available_low)]
        values += [v for p in points for v in (p.total_high, p.available_high)]
        values += [v for p in self._reconstructed for v in (p.total, p.available)]
        values += [value for _at, value in self._projection]
        low, high = (min(values), max(values)) if values else (0, 0)
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
        # The reconstructed balance holds from its last change until the first poll.
        past = self._reconstructed + points[:1] if self._reconstructed else []
        past_xs = [x_zero + p.at * x_scale for p in past]
        ahead_xs = [x_zero + at * x_scale for at, _value in self._projection]
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
            tuple([x_zero + mark.at * x_scale for mark in self._marks]),
            _steps(past_xs, [y_zero - p.total * y_scale for p in past]),
            _steps(past_xs, [y_zero - p.available * y_scale for p in past]),
            _segments(ahead_xs, [y_zero - value * y_scale for _at, value in self._projection]),
        )

    def _time_tick_room(self, area: QRectF) -> int:
        metrics, language = QFontMetricsF(self.font()), current_language()
        # The widest weekday label of a week ("Wed 30", "พฤ. 30", "30日(水)"), with a gap.
        widest = max(
            metrics.horizontalAdvance(f"{localized.weekday_day(day, language)}  ")
            for day in _A_WEEK
        )
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
        if not self._marks:
            return
        xs = self._ensure_layout().mark_xs
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
            if not self._marks:
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
            self.empty_text(),
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
        painter.save()
        painter.setClipRect(layout.area)  # the projection runs on past a short range's end
        for lines, colour, style in (
            (layout.reconstructed_total, _faint(TOTAL_COLOUR), Qt.PenStyle.DotLine),
            (layout.reconstructed_available, _faint(AVAILABLE_COLOUR), Qt.PenStyle.DotLine),
            (layout.projected, AVAILABLE_COLOUR, Qt.PenStyle.DashLine),
        ):
            painter.setPen(QPen(colour, 2.0, style))
            painter.drawLines(lines)
        painter.restore()
        if len(self._marks) == 1:
            self._paint_dots(painter, layout, 0)

    def _paint_dots(self, painter: QPainter, layout: _Layout, index: int) -> None:
        mark, x = self._marks[index], layout.mark_xs[index]
        painter.setPen(QPen(self.palette().base().color(), 1.5))
        dots = [(mark.available, AVAILABLE_COLOUR)]
        if mark.total is not None:
            dots.insert(0, (mark.total, TOTAL_COLOUR))
        for value, colour in dots:
            shown = series_colour(colour, self.palette())
            painter.setBrush(shown if mark.kind is MarkKind.POLLED else _faint(shown))
            painter.drawEllipse(QPointF(x, self._y(layout, value)), 4.0, 4.0)

    def _paint_hover(self, painter: QPainter, layout: _Layout, index: int) -> None:
        area, x = layout.area, layout.mark_xs[index]
        y = self._y(layout, self._marks[index].available)
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


def _faint(colour: QColor) -> QColor:
    faint = QColor(colour)
    faint.setAlphaF(RECONSTRUCTED_ALPHA)
    return faint


def _steps(xs: Sequence[float], ys: Sequence[float]) -> list[QLineF]:
    """Each value held until the next point, then the change: a reconstructed point is the
    balance at the end of its hour, and nothing changed between two of them."""
    lines: list[QLineF] = []
    for x0, y0, x1, y1 in zip(xs, ys, xs[1:], ys[1:], strict=False):
        lines.append(QLineF(x0, y0, x1, y0))
        if y1 != y0:
            lines.append(QLineF(x1, y0, x1, y1))
    return lines


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
    """A short painted line in a series colour and style, for the legend."""

    def __init__(
        self,
        colour: QColor,
        parent: QWidget | None = None,
        style: Qt.PenStyle = Qt.PenStyle.SolidLine,
    ) -> None:
        super().__init__(parent)
        self._colour = colour
        self._style = style
        self.setFixedSize(18 if style is Qt.PenStyle.SolidLine else 24, 10)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(
            series_colour(self._colour, self.palette()),
            2.5 if self._style is Qt.PenStyle.SolidLine else 2.0,
        )
        pen.setStyle(self._style)
        if self._style is Qt.PenStyle.SolidLine:
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
        reconstructed: SeriesSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`reconstructed` gives balances worked out from transactions (shown before the
        first polled point only); set_projection() gives the coming days."""
        super().__init__(parent)
        self._source = source
        self._reconstructed_source = reconstructed
        self._projection: list[tuple[int, int]] = []
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
            button.setCheckable(True)
            button.setAutoRaise(True)
            group.addButton(button)
            button.clicked.connect(lambda _=False, choice=choice: self.set_range(choice))
            ranges.addWidget(button)
            self._buttons[choice] = button
        ranges.addStretch(1)
        # The legend has a row of its own: beside the range buttons, Thai's longer words and
        # the two extra entries would not fit the window's minimum width.
        legend = QHBoxLayout()
        legend.setSpacing(4)
        self.available_legend, self.total_legend = QLabel(self), QLabel(self)
        for label, colour in (
            (self.available_legend, AVAILABLE_COLOUR),
            (self.total_legend, TOTAL_COLOUR),
        ):
            legend.addWidget(_Swatch(colour, self))
            legend.addWidget(label)
        self._build_extra_legend(legend)
        legend.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(ranges)
        column.addLayout(legend)
        column.addWidget(self.chart, 1)
        self._buttons[self._range].setChecked(True)
        follow_language(self, self._retranslate)
        self.refresh()

    def _retranslate(self) -> None:
        """The range buttons and the legend in the current language."""
        translate = QCoreApplication.translate
        for choice, button in self._buttons.items():
            button.setText(choice.label)
            button.setAccessibleName(choice.spoken)
        self.available_legend.setText(translate("Chart", "Available"))
        self.total_legend.setText(translate("Chart", "Total"))
        self._reconstructed_name.setText(translate("Chart", "Worked out from transactions"))
        self._projected_name.setText(translate("Chart", "Projected"))
        self.reconstructed_legend.setToolTip(
            translate(
                "Chart",
                "Before the first balance check, the balance is worked out backwards from the"
                " transactions; reserves and holds are not in it",
            )
        )
        self.projected_legend.setToolTip(
            translate("Chart", "The coming days: money on its way less scheduled payouts")
        )

    def _build_extra_legend(self, row: QHBoxLayout) -> None:
        """Legend entries for the lines that are not polled, shown while such a line is."""
        self.reconstructed_legend = QWidget(self)
        self.projected_legend = QWidget(self)
        self._reconstructed_name = QLabel(self.reconstructed_legend)
        self._projected_name = QLabel(self.projected_legend)
        for legend, style, colour, name in (
            (
                self.reconstructed_legend,
                Qt.PenStyle.DotLine,
                _faint(AVAILABLE_COLOUR),
                self._reconstructed_name,
            ),
            (self.projected_legend, Qt.PenStyle.DashLine, AVAILABLE_COLOUR, self._projected_name),
        ):
            entry = QHBoxLayout(legend)
            entry.setContentsMargins(SPACING_LEGEND, 0, 0, 0)
            entry.setSpacing(4)
            entry.addWidget(_Swatch(colour, legend, style))
            entry.addWidget(name)
            legend.setVisible(False)
            row.addWidget(legend)

    @property
    def range(self) -> ChartRange:
        return self._range

    def set_projection(self, projection: Projection) -> None:
        """The projected available balance of the coming days, from now; () for none."""
        ahead = sorted(projection)
        # Its first point is the moment it was asked for: only the days ahead are news.
        if ahead[1:] == self._projection[1:] and bool(ahead) == bool(self._projection):
            return
        self._projection = ahead
        self.refresh()

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
        now = int(self._clock())
        since = now - self._range
        points = self._source(since, now, POINTS_PER_CHART)
        reconstructed: Sequence[Point] = ()
        if self._reconstructed_source is not None:
            first_poll = points[0].at if points else now + 1
            reconstructed = [
                point
                for point in self._reconstructed_source(since, now, POINTS_PER_CHART)
                if point.at < first_poll
            ]
        ahead = [(at, value) for at, value in self._projection if at > now]
        until = now
        if ahead:
            until = min(now + self._range // FUTURE_SHARE, ahead[-1][0])
            # The line runs from now: the latest polled available balance, else the projection's.
            start = points[-1].available if points else self._projection[0][1]
            ahead.insert(0, (now, start))
            # One point past the end, so the dashes run on to the edge (the chart clips).
            beyond = next((i for i, (at, _v) in enumerate(ahead) if at >= until), len(ahead))
            ahead = ahead[: beyond + 1]
        self.chart.set_series(
            points,
            self._currency,
            since,
            until,
            reconstructed=reconstructed,
            projection=ahead,
        )
        self.reconstructed_legend.setVisible(bool(reconstructed))
        self.projected_legend.setVisible(len(ahead) > 1)
