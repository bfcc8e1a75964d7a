"""The sparkline on a balance card: the shape of the last 24 hours, whatever the data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QRegion
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from omise_tray.ui.sparkline import DAY_SECONDS, Sparkline

GREEN = QColor("#1a7f37")
T0 = 1_750_000_000


def render(line: Sparkline, ratio: float = 1.0) -> QImage:
    image = QImage(line.size() * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    line.render(image, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
    return image


def inked_columns(image: QImage, row: int) -> list[int]:
    return [x for x in range(image.width()) if image.pixelColor(x, row).alpha() > 0]


def ink_rows(image: QImage, column: int) -> list[int]:
    return [y for y in range(image.height()) if image.pixelColor(column, y).alpha() > 100]


@pytest.fixture
def sparkline(qtbot: QtBot) -> Sparkline:
    line = Sparkline(GREEN)
    qtbot.addWidget(line)
    line.resize(line.sizeHint())
    return line


def test_the_preferred_size_is_a_small_strip(sparkline: Sparkline) -> None:
    assert (sparkline.sizeHint().width(), sparkline.sizeHint().height()) == (120, 28)


def test_no_points_paint_nothing(sparkline: Sparkline) -> None:
    sparkline.set_points([])
    image = render(sparkline)
    assert all(not inked_columns(image, row) for row in range(image.height()))


def test_one_point_is_a_dot_at_the_right_edge_in_the_middle(sparkline: Sparkline) -> None:
    sparkline.set_points([(T0, 500)])
    image = render(sparkline)
    middle = image.height() // 2
    columns = inked_columns(image, middle)
    assert columns
    assert min(columns) > image.width() - 10


def test_a_flat_balance_is_a_line_through_the_middle(sparkline: Sparkline) -> None:
    sparkline.set_points([(T0 - DAY_SECONDS + hour * 3600, 700) for hour in range(25)])
    image = render(sparkline)
    middle = image.height() // 2
    assert len(inked_columns(image, middle)) > image.width() - 10


def test_a_rising_balance_starts_low_and_ends_high(sparkline: Sparkline) -> None:
    sparkline.set_points([(T0 + hour * 3600, hour * 100) for hour in range(25)])
    image = render(sparkline)
    left = ink_rows(image, 6)
    right = ink_rows(image, image.width() - 6)
    assert left and right
    assert min(right) < min(left)


def test_points_older_than_a_day_before_the_newest_are_left_out(sparkline: Sparkline) -> None:
    sparkline.set_points([(T0, 1), (T0 - DAY_SECONDS - 1, 2), (T0 - 60, 3)])
    assert sparkline.points() == [(T0 - 60, 3), (T0, 1)]


def test_it_paints_in_the_colour_it_was_given(sparkline: Sparkline) -> None:
    sparkline.set_points([(T0 - DAY_SECONDS + hour * 3600, 700) for hour in range(25)])
    image = render(sparkline)
    colour = image.pixelColor(QPoint(image.width() // 2, image.height() // 2))
    assert (colour.red(), colour.green(), colour.blue()) == (
        GREEN.red(),
        GREEN.green(),
        GREEN.blue(),
    )


def test_high_dpi_rendering_keeps_the_line_thin_and_sharp(sparkline: Sparkline) -> None:
    sparkline.set_points([(T0 - DAY_SECONDS + hour * 3600, 700) for hour in range(25)])
    image = render(sparkline, ratio=2.0)
    assert image.width() == 240
    thickness = ink_rows(image, image.width() // 2)
    # A 1.5-pixel pen at twice the density is about three device pixels, not smeared wider.
    assert 2 <= len(thickness) <= 5
