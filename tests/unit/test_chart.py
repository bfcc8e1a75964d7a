"""The history chart: axes a merchant can read, a hover read-out, and any amount of data."""

from __future__ import annotations

import collections
import math
import random
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from omise_tray.core.series import Point
from omise_tray.ui.axes import DAY, moment_label, time_ticks, value_axis
from omise_tray.ui.chart import (
    AVAILABLE_COLOUR,
    ChartRange,
    HistoryChart,
    HistoryView,
    _band,
)

NOW = 1_750_000_000  # Sunday 15 June 2025, 15:06:40 UTC


def flat(at: int, total: int, available: int) -> Point:
    return Point(at, total, available, total, total, available, available)


# -- value axis --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("low", "high", "currency", "labels"),
    [
        (0, 7, "JPY", ["¥0", "¥2", "¥4", "¥6", "¥8"]),
        (0, 7000, "JPY", ["¥0", "¥2,000", "¥4,000", "¥6,000", "¥8,000"]),
        (100_000, 150_000, "THB", ["฿1,000", "฿1,100", "฿1,200", "฿1,300", "฿1,400", "฿1,500"]),
        (0, 250, "THB", ["฿0.00", "฿0.50", "฿1.00", "฿1.50", "฿2.00", "฿2.50"]),
        (1_234_567, 1_234_567, "JPY", ["¥1,100,000", "¥1,200,000", "¥1,300,000", "¥1,400,000"]),
        (-5000, 5000, "SGD", ["-S$50", "-S$25", "S$0", "S$25", "S$50"]),
        (0, 300, "XYZ", ["XYZ 0", "XYZ 1", "XYZ 2", "XYZ 3"]),
    ],
    ids=[
        "jpy-never-below-one-yen",
        "jpy-thousands",
        "thb-whole-baht-without-decimals",
        "thb-decimals-only-when-needed",
        "flat-balance-gets-a-scale-around-it",
        "negative-balances",
        "a-currency-without-a-symbol-shows-its-code",
    ],
)
def test_value_ticks_are_round_steps_in_the_currencys_precision(
    low: int, high: int, currency: str, labels: list[str]
) -> None:
    axis = value_axis(low, high, currency)
    assert [tick.label for tick in axis.ticks] == labels
    assert axis.low <= low and axis.high >= high
    assert len(axis.ticks) <= 6


# -- time axis ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("span", "labels"),
    [
        (DAY, ["18:00", "21:00", "Sun 15", "03:00", "06:00", "09:00", "12:00", "15:00"]),
        (7 * DAY, ["Mon 9", "Tue 10", "Wed 11", "Thu 12", "Fri 13", "Sat 14", "Sun 15"]),
        (30 * DAY, ["17 May", "22 May", "27 May", "1 Jun", "6 Jun", "11 Jun"]),
        (365 * DAY, ["Jul", "Sep", "Nov", "2025", "Mar", "May"]),
    ],
    ids=["1-day-hours", "7-days-weekdays", "30-days-dates", "1-year-months"],
)
def test_time_ticks_suit_the_range(span: int, labels: list[str]) -> None:
    ticks = time_ticks(NOW - span, NOW, UTC, most=8)
    assert [tick.label for tick in ticks] == labels


def test_time_ticks_follow_the_merchants_time_zone() -> None:
    bangkok = ZoneInfo("Asia/Bangkok")
    ticks = time_ticks(NOW - DAY, NOW, bangkok, most=8)
    midnight = next(tick for tick in ticks if tick.label == "Sun 15")
    assert datetime.fromtimestamp(midnight.value, bangkok).hour == 0
    assert datetime.fromtimestamp(midnight.value, UTC).hour == 17


def test_day_ticks_stay_on_midnight_across_a_daylight_saving_change() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    since = int(datetime(2025, 3, 27, 12, tzinfo=berlin).timestamp())
    ticks = time_ticks(since, since + 7 * DAY, berlin, most=8)
    assert len(ticks) == 7
    assert {datetime.fromtimestamp(t.value, berlin).strftime("%H:%M") for t in ticks} == {"00:00"}


def test_a_moment_reads_as_a_full_local_date_and_time() -> None:
    assert moment_label(NOW, UTC) == "Sun 15 Jun 2025, 15:06"


# -- the chart widget --------------------------------------------------------------------


@pytest.fixture
def chart(qtbot: QtBot) -> HistoryChart:
    widget = HistoryChart(zone=UTC)
    qtbot.addWidget(widget)
    widget.resize(800, 300)
    return widget


def render(widget: HistoryChart) -> QImage:
    image = QImage(800, 300, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    widget.render(image)
    return image


def coloured_pixels(image: QImage, colour: QColor) -> int:
    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y) == colour
    )


@pytest.mark.parametrize("count", [0, 1, 10, 10_000])
def test_the_chart_paints_any_number_of_points(chart: HistoryChart, count: int) -> None:
    since = NOW - 7 * DAY
    points = [flat(since + i * 60, 500_000 + i % 977, 300_000 + i % 613) for i in range(count)]
    chart.set_series(points, "THB", since, NOW)

    image = render(chart)

    assert chart.empty == (count == 0)
    if count:
        assert coloured_pixels(image, AVAILABLE_COLOUR) > 0


def band_pixels(image: QImage, x: int) -> int:
    """Pixels of column x tinted by the translucent available range: bluish, but pale."""
    colours = (image.pixelColor(x, y) for y in range(image.height()))
    return sum(1 for c in colours if c.blue() > c.red() + 15 and c.red() > 150)


def test_the_available_range_is_shaded_and_a_flat_series_is_not(chart: HistoryChart) -> None:
    since = NOW - 7 * DAY
    hours = range(since, NOW, 3600)
    chart.set_series(
        [Point(at, 900_000, 500_000, 900_000, 900_000, 100_000, 800_000) for at in hours],
        "THB",
        since,
        NOW,
    )
    x = round(chart.x_of(since + 3 * DAY))
    assert band_pixels(render(chart), x) > 60  # from 8,000 down to 1,000 baht

    chart.set_series([flat(at, 900_000, 500_000) for at in hours], "THB", since, NOW)
    assert band_pixels(render(chart), x) < 5  # at most the pale edge of a line


@pytest.mark.parametrize("count", [1, 2, 9, 700, 5000])
def test_the_range_is_painted_under_every_point_once(count: int) -> None:
    chance = random.Random(count)
    xs = sorted(chance.uniform(50, 750) for _ in range(count))
    tops = [chance.uniform(10, 250) for _ in xs]
    bottoms = [top + chance.choice([0, 0.3, chance.uniform(0.5, 40)]) for top in tops]

    painted = collections.Counter(
        (x, y)
        for rect in _band(xs, tops, bottoms)
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )

    # Translucent: a pixel painted twice would look darker than the rest of the band.
    assert max(painted.values(), default=1) == 1
    for x, top, bottom in zip(xs, tops, bottoms, strict=True):
        if bottom - top >= 0.5:
            rows = range(round(top), max(round(top) + 1, round(bottom)))
            assert all((math.floor(x), y) in painted for y in rows), (x, top, bottom)
    if all(bottom - top < 0.5 for top, bottom in zip(tops, bottoms, strict=True)):
        assert not painted  # a single poll or flat buckets have no range to show


def test_an_empty_chart_explains_itself(chart: HistoryChart) -> None:
    chart.set_series([], "THB", NOW - DAY, NOW)
    assert chart.empty_text() == "No history yet — balances are recorded every poll."
    assert chart.value_ticks() == () and chart.time_ticks() == ()
    assert coloured_pixels(render(chart), AVAILABLE_COLOUR) == 0


def move_mouse(widget: HistoryChart, x: float) -> None:
    position = QPointF(x, widget.height() / 2)
    event = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        position,
        widget.mapToGlobal(position),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_hovering_a_point_reads_out_its_time_and_amounts(chart: HistoryChart) -> None:
    points = [flat(NOW - 7200, 100_000, 50_000), flat(NOW, 200_000, 123_456)]
    points.append(flat(NOW + 7200, 150_000, 90_000))
    chart.set_series(points, "THB", NOW - DAY, NOW + DAY)
    chart.show()

    move_mouse(chart, chart.x_of(NOW) + 2)

    assert chart.readout() == "Sun 15 Jun 2025, 15:06\nAvailable ฿1,234.56\nTotal ฿2,000.00"
    render(chart)  # the crosshair and label paint without error


def test_the_read_out_goes_away_when_the_mouse_leaves(chart: HistoryChart) -> None:
    chart.set_series([flat(NOW, 1000, 1000)], "JPY", NOW - DAY, NOW)
    chart.show()
    move_mouse(chart, chart.x_of(NOW))
    assert chart.readout() is not None

    QApplication.sendEvent(chart, QEvent(QEvent.Type.Leave))

    assert chart.readout() is None


def test_jpy_axis_labels_are_whole_yen(chart: HistoryChart) -> None:
    chart.set_series([flat(NOW - 3600, 0, 0), flat(NOW, 7000, 6500)], "JPY", NOW - DAY, NOW)
    labels = ["¥0", "¥2,000", "¥4,000", "¥6,000", "¥8,000"]
    assert [tick.label for tick in chart.value_ticks()] == labels

    move_mouse(chart, chart.x_of(NOW))

    assert chart.readout() == "Sun 15 Jun 2025, 15:06\nAvailable ¥6,500\nTotal ¥7,000"


def test_thb_axis_labels_show_satang_only_when_needed(chart: HistoryChart) -> None:
    chart.set_series([flat(NOW - 3600, 0, 0), flat(NOW, 250, 200)], "THB", NOW - DAY, NOW)
    assert [tick.label for tick in chart.value_ticks()][:2] == ["฿0.00", "฿0.50"]

    chart.set_series([flat(NOW - 3600, 0, 0), flat(NOW, 500_000, 1)], "THB", NOW - DAY, NOW)
    assert [tick.label for tick in chart.value_ticks()][:2] == ["฿0", "฿1,000"]


# -- the view around it ------------------------------------------------------------------


class RecordingSource:
    """A series source that remembers what it was asked for."""

    def __init__(self, points: list[Point]) -> None:
        self.points = points
        self.asked: list[tuple[int, int, int]] = []

    def __call__(self, since: int, until: int, max_points: int) -> list[Point]:
        self.asked.append((since, until, max_points))
        return [p for p in self.points if since <= p.at <= until]


def test_the_view_starts_on_seven_days_and_asks_for_that_range(qtbot: QtBot) -> None:
    source = RecordingSource([flat(NOW - 3 * DAY, 10, 10)])
    view = HistoryView(source, "THB", clock=lambda: NOW, zone=UTC)
    qtbot.addWidget(view)

    assert view.range is ChartRange.WEEK
    assert view.range_button(ChartRange.WEEK).isChecked()
    since, until, _ = source.asked[-1]
    assert (since, until) == (NOW - 7 * DAY, NOW)
    assert len(view.chart.points()) == 1


def test_choosing_a_range_asks_the_source_again(qtbot: QtBot) -> None:
    source = RecordingSource([flat(NOW - 3 * DAY, 10, 10), flat(NOW - 100 * DAY, 5, 5)])
    view = HistoryView(source, "THB", clock=lambda: NOW, zone=UTC)
    qtbot.addWidget(view)

    qtbot.mouseClick(view.range_button(ChartRange.YEAR), Qt.MouseButton.LeftButton)

    assert view.range is ChartRange.YEAR
    assert source.asked[-1][:2] == (NOW - 365 * DAY, NOW)
    assert len(view.chart.points()) == 2
    view.set_range(ChartRange.DAY)
    assert view.chart.empty


@pytest.mark.parametrize(
    ("choice", "label"),
    [
        (ChartRange.DAY, "1 day"),
        (ChartRange.WEEK, "7 days"),
        (ChartRange.MONTH, "30 days"),
        (ChartRange.YEAR, "1 year"),
    ],
)
def test_range_buttons_are_labelled_in_plain_words(
    qtbot: QtBot, choice: ChartRange, label: str
) -> None:
    view = HistoryView(RecordingSource([]), "THB", clock=lambda: NOW)
    qtbot.addWidget(view)
    assert view.range_button(choice).text() == label


def test_a_refresh_shows_newly_recorded_polls(qtbot: QtBot) -> None:
    source = RecordingSource([])
    view = HistoryView(source, "THB", clock=lambda: NOW, zone=UTC)
    qtbot.addWidget(view)
    assert view.chart.empty

    source.points.append(flat(NOW - 60, 100, 100))
    view.refresh()

    assert [p.at for p in view.chart.points()] == [NOW - 60]
