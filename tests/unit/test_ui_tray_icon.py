"""The painted icons: one colour and mark per signal, every size painted on its own grid."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QSize

from omise_tray.core.portfolio import Signal
from omise_tray.ui.theme import signal_colour
from omise_tray.ui.tray_icon import TRAY_SIZES, app_icon, menu_bar_icon, status_icon, status_pixmap


def body_colour(signal: Signal, size: int) -> str:
    """The coin's face: the colour most of its opaque pixels have (the edge, the halo and the
    mark are thin lines)."""
    image = status_pixmap(signal, size).toImage()
    opaque = [
        image.pixelColor(x, y).name()
        for x in range(size)
        for y in range(size)
        if image.pixelColor(x, y).alpha() == 255
    ]
    return Counter(opaque).most_common(1)[0][0]


@pytest.mark.parametrize("size", [16, 64])
def test_each_signal_has_its_own_colour(qapp: object, size: int) -> None:
    colours = {signal: body_colour(signal, size) for signal in Signal}
    assert len(set(colours.values())) == len(Signal)
    for signal, colour in colours.items():
        assert colour == signal_colour(signal).name()


@pytest.mark.parametrize("size", TRAY_SIZES)
def test_icon_is_painted_to_the_edges_at_every_size(qapp: object, size: int) -> None:
    image = status_pixmap(Signal.HEALTHY, size).toImage()
    assert image.size() == QSize(size, size)
    assert image.pixelColor(0, 0).alpha() == 0  # round coin: transparent corners
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_marks_differ_so_colour_is_not_the_only_cue(qapp: object) -> None:
    def shape(signal: Signal) -> list[bool]:
        image = status_pixmap(signal, 32).toImage()
        colour = signal_colour(signal).name()
        return [image.pixelColor(x, y).name() != colour for x in range(32) for y in range(32)]

    shapes = [tuple(shape(signal)) for signal in Signal]
    assert len(set(shapes)) == len(Signal)


def test_status_icon_holds_every_tray_size(qapp: object) -> None:
    sizes = {s.width() for s in status_icon(Signal.LOW).availableSizes()}
    assert set(TRAY_SIZES) <= sizes


def test_app_icon_has_launcher_sizes(qapp: object) -> None:
    sizes = {s.width() for s in app_icon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_macos_shows_the_template_icon_while_all_is_well_and_colour_when_not(qapp: object) -> None:
    # macOS cannot run here: its platform name is passed in; the template is the real file.
    healthy = menu_bar_icon(Signal.HEALTHY, platform="darwin")
    assert not healthy.isNull() and healthy.isMask()
    for signal in (Signal.LOW, Signal.CRITICAL, Signal.UNKNOWN):
        assert not menu_bar_icon(signal, platform="darwin").isMask()


def test_other_systems_always_show_the_coloured_icon(qapp: object) -> None:
    for platform in ("linux", "win32"):
        assert not menu_bar_icon(Signal.HEALTHY, platform=platform).isMask()
