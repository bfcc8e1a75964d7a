"""The look shared by every widget: health colours, spacing and the few font sizes we use.

Colours are mid-tones that keep at least 3:1 contrast against both light and dark window
backgrounds, and every coloured mark is shown next to a word, so colour never carries a state
alone.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from omise_tray.core.health import Health
from omise_tray.core.portfolio import Signal

SIGNAL_COLOURS: dict[Signal, str] = {
    Signal.HEALTHY: "#2E9D57",
    Signal.MODERATE: "#B38F00",
    Signal.LOW: "#E07800",
    Signal.CRITICAL: "#D63A2F",
    Signal.UNKNOWN: "#8A9099",
}
BRAND_COLOUR = "#1A56F0"

SPACING = 8
CARD_PADDING = 14
CARD_RADIUS = 8
CARD_MIN_WIDTH = 340  # three columns at 1400 px, one at the 560 px minimum
STRIPE_WIDTH = 5


def signal_colour(signal: Signal) -> QColor:
    return QColor(SIGNAL_COLOURS[signal])


def health_colour(health: Health | None) -> QColor:
    """No health (no balance yet) is drawn in the grey of an unknown state."""
    return signal_colour(Signal.UNKNOWN if health is None else Signal.of(health))


def mark_colour(background: QColor) -> QColor:
    """White on dark fills, near-black on light ones, so a mark stays legible on any state."""
    return QColor("#1F1F1F") if background.lightnessF() > 0.72 else QColor("#FFFFFF")


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """The base font resized relative to the user's setting, so accessibility scaling carries."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    font.setBold(bold)
    return font


def figure_font(base: QFont) -> QFont:
    """The big "available to pay out" amount."""
    return scaled_font(base, 2.0, bold=True)


def heading_font(base: QFont) -> QFont:
    return scaled_font(base, 1.15, bold=True)


def small_font(base: QFont) -> QFont:
    return scaled_font(base, 0.9)
