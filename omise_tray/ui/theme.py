"""The look shared by every widget: health colours, spacing, the few font sizes we use, and
the contrast every text keeps in the system's light or dark colours.

The health colours are mid-tones that keep at least 3:1 contrast against both light and dark
window backgrounds, and every coloured mark is shown next to a word, so colour never carries a
state alone. Text is drawn in the palette's colours, which follow the system's colour scheme;
PaletteFollower keeps every text role of the palette at 4.5:1 against its background (WCAG AA),
and `text_colour` does the same for the few words written in a health colour.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

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

TEXT_CONTRAST = 4.5  # WCAG AA for text
MARK_CONTRAST = 3.0  # WCAG AA for graphics: lines, dots, icon edges


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


# -- contrast ----------------------------------------------------------------------------


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _relative_luminance(red: float, green: float, blue: float) -> float:
    return 0.2126 * _linear(red) + 0.7152 * _linear(green) + 0.0722 * _linear(blue)


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour: 0 for black, 1 for white."""
    return _relative_luminance(colour.redF(), colour.greenF(), colour.blueF())


def _ratio(first: float, second: float) -> float:
    """WCAG contrast ratio of two relative luminances."""
    return (max(first, second) + 0.05) / (min(first, second) + 0.05)


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, from 1 (none) to 21 (black on white)."""
    return _ratio(luminance(first), luminance(second))


def over(colour: QColor, background: QColor) -> QColor:
    """The opaque colour a translucent one shows on the background."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def _mix(colour: QColor, target: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        colour.redF() + (target.redF() - colour.redF()) * share,
        colour.greenF() + (target.greenF() - colour.greenF()) * share,
        colour.blueF() + (target.blueF() - colour.blueF()) * share,
    )


def legible(
    colour: QColor, backgrounds: Iterable[QColor], minimum: float = TEXT_CONTRAST
) -> QColor:
    """The colour, opaque on the first background, darkened (on light backgrounds) or lightened
    (on dark ones) just enough to reach `minimum` contrast against every background."""
    grounds = list(backgrounds)
    solid = over(colour, grounds[0])
    # Each ground's luminance once, not once per candidate tried (this runs before the first
    # paint, for every text role of the palette).
    ground_luminances = [luminance(ground) for ground in grounds]

    def reaches(own: float) -> bool:
        return all(_ratio(own, other) >= minimum for other in ground_luminances)

    if reaches(luminance(solid)):
        return solid
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    toward = (
        black
        if min(contrast(black, g) for g in grounds) >= min(contrast(white, g) for g in grounds)
        else white
    )
    # The same steps as _mix would take, in plain floats: this search runs for a few text roles
    # before the first paint, and a QColor per candidate cost most of it.
    start = (solid.redF(), solid.greenF(), solid.blueF())
    end = (toward.redF(), toward.greenF(), toward.blueF())
    steps = 100
    for step in range(1, steps + 1):
        share = step / steps
        red, green, blue = (a + (b - a) * share for a, b in zip(start, end, strict=True))
        if reaches(_relative_luminance(red, green, blue)):
            # QColor keeps 16 bits a channel: the colour itself is what must reach the minimum.
            candidate = QColor.fromRgbF(red, green, blue)
            if reaches(luminance(candidate)):
                return candidate
    return toward


Role = QPalette.ColorRole
# Each text role and the backgrounds it is drawn on.
TEXT_ROLES: dict[QPalette.ColorRole, tuple[QPalette.ColorRole, ...]] = {
    Role.WindowText: (Role.Window,),
    Role.Text: (Role.Base, Role.AlternateBase),
    Role.ButtonText: (Role.Button,),
    Role.ToolTipText: (Role.ToolTipBase,),
    Role.PlaceholderText: (Role.Base, Role.Window, Role.AlternateBase),
    Role.Link: (Role.Base, Role.Window),
    Role.LinkVisited: (Role.Base, Role.Window),
}
# Groups a merchant reads; disabled text is exempt from contrast rules (WCAG 1.4.3).
READ_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


def legible_palette(system: QPalette) -> QPalette:
    """The system's palette with every text role at text contrast against its backgrounds;
    roles that already have it keep their colour. Secondary text (PlaceholderText) and links
    are the roles themes most often leave too faint, most of all in dark schemes."""
    palette = QPalette(system)
    for group in READ_GROUPS:
        for text_role, grounds in TEXT_ROLES.items():
            backgrounds = [system.color(group, ground) for ground in grounds]
            adjusted = legible(system.color(group, text_role), backgrounds)
            if adjusted != system.color(group, text_role):
                palette.setColor(group, text_role, adjusted)
        # Selected text: the highlight darkens (or lightens) behind the highlighted text.
        highlight = legible(
            system.color(group, Role.Highlight), [system.color(group, Role.HighlightedText)]
        )
        if highlight != system.color(group, Role.Highlight):
            palette.setColor(group, Role.Highlight, highlight)
    return palette


def text_colour(signal: Signal, palette: QPalette) -> QColor:
    """A health colour for words (a status line, a credit in a table), at text contrast on
    both the palette's window and base colours."""
    grounds = [
        palette.color(Role.Window),
        palette.color(Role.Base),
        palette.color(Role.AlternateBase),
    ]
    return legible(QColor(SIGNAL_COLOURS[signal]), grounds)


def border_colour(palette: QPalette) -> QColor:
    """A card's edge: a quarter of the way from the base to the text, so it shows in light and
    dark schemes alike (a dark theme's Mid can be as dark as its base)."""
    return _mix(palette.color(Role.Base), palette.color(Role.Text), 0.25)


class PaletteFollower(QObject):
    """Keeps the application's palette the system's, made legible (legible_palette), through
    every change of colour scheme or system palette, and right away at start."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self._applying = False
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.apply)
        # The signal, not an event filter on the application: a filter there would see every
        # event of every widget.
        app.paletteChanged.connect(self._palette_changed)
        self.apply()

    def apply(self) -> None:
        """Start again from the system's palette (an empty palette resolves entirely to the
        platform theme's) and make it legible."""
        self._applying = True
        try:
            QGuiApplication.setPalette(QPalette())
            QGuiApplication.setPalette(legible_palette(QGuiApplication.palette()))
        finally:
            self._applying = False

    def _palette_changed(self, current: QPalette) -> None:
        # A new system palette arrives mixed with the roles set here before; one that is
        # already legible (such as the one just set) needs nothing.
        if not self._applying and legible_palette(current) != current:
            self.apply()
