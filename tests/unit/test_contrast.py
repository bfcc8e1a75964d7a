"""Contrast, computed from the palette: every text at 4.5:1 against its background in the light
and dark schemes Qt gives, health words too, and a tray icon that shows on any panel."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from omise_tray.core.errors import ErrorKind
from omise_tray.core.portfolio import CurrencyMode, Signal
from omise_tray.ui.balance_card import BalanceCard
from omise_tray.ui.main_window import MainWindow
from omise_tray.ui.theme import (
    MARK_CONTRAST,
    READ_GROUPS,
    TEXT_CONTRAST,
    TEXT_ROLES,
    PaletteFollower,
    border_colour,
    contrast,
    legible,
    legible_palette,
    mark_colour,
    over,
    signal_colour,
    text_colour,
)
from omise_tray.ui.tray_icon import TRAY_SIZES, status_pixmap
from tests.support.sample_state import account, failure, fixed_clock, snapshot, state_of

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# The palettes Qt 6's Fusion style gives on a light desktop and on a dark one (read on the test
# desktop with the colour scheme set to dark), and KDE's Breeze Dark; each role: active colour.
FUSION_DARK = {
    Role.Window: "#323232",
    Role.WindowText: "#f0f0f0",
    Role.Base: "#242424",
    Role.AlternateBase: "#2b2b2b",
    Role.Text: "#f0f0f0",
    Role.Button: "#323232",
    Role.ButtonText: "#f0f0f0",
    Role.ToolTipBase: "#ffffdc",
    Role.ToolTipText: "#000000",
    Role.Highlight: "#308cc6",
    Role.HighlightedText: "#f0f0f0",
    Role.Link: "#308cc6",
    Role.LinkVisited: "#ff00ff",
    Role.Mid: "#262626",
    Role.PlaceholderText: "#80f0f0f0",
}
BREEZE_DARK = {
    Role.Window: "#202326",
    Role.WindowText: "#fcfcfc",
    Role.Base: "#141618",
    Role.AlternateBase: "#1d1f22",
    Role.Text: "#fcfcfc",
    Role.Button: "#292c30",
    Role.ButtonText: "#fcfcfc",
    Role.ToolTipBase: "#292c30",
    Role.ToolTipText: "#fcfcfc",
    Role.Highlight: "#3daee9",
    Role.HighlightedText: "#fcfcfc",
    Role.Link: "#1d99f3",
    Role.LinkVisited: "#9b59b6",
    Role.Mid: "#1d1f21",
    Role.PlaceholderText: "#bdc3c7",
}


def built(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def fusion_light() -> QPalette:
    """What Qt's Fusion style gives on a light desktop (and offscreen)."""
    return QApplication.style().standardPalette()


SCHEMES = ("Fusion light", "Fusion dark", "Breeze dark")


@pytest.fixture(autouse=True)
def _application(qapp: QApplication) -> None:
    """Palettes and pixmaps need the application object."""


def palette_named(name: str) -> QPalette:
    if name == "Fusion light":
        return fusion_light()
    return built(FUSION_DARK if name == "Fusion dark" else BREEZE_DARK)


def test_contrast_is_the_wcag_ratio() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#308cc6"), QColor("#242424")) == pytest.approx(4.21, abs=0.01)
    assert contrast(QColor("#123456"), QColor("#123456")) == 1


def test_translucent_text_is_judged_as_it_shows() -> None:
    half_black = QColor(0, 0, 0, 128)
    assert over(half_black, QColor("white")).name() == "#7f7f7f"


def test_the_themes_as_given_fall_short_somewhere() -> None:
    """Why the app adjusts the palette at all: each theme has a faint text role."""
    for name in SCHEMES:
        palette = palette_named(name)
        worst = min(
            contrast(over(palette.color(text), palette.color(ground)), palette.color(ground))
            for text, grounds in TEXT_ROLES.items()
            for ground in grounds
        )
        assert worst < TEXT_CONTRAST


@pytest.mark.parametrize("name", SCHEMES)
def test_every_text_role_reaches_text_contrast(name: str) -> None:
    system = palette_named(name)
    palette = legible_palette(system)
    for group in READ_GROUPS:
        for text, grounds in TEXT_ROLES.items():
            for ground in grounds:
                ratio = contrast(palette.color(group, text), palette.color(group, ground))
                assert ratio >= TEXT_CONTRAST, f"{name}: {text.name} on {ground.name} {ratio:.2f}"
        selected = contrast(
            palette.color(group, Role.HighlightedText), palette.color(group, Role.Highlight)
        )
        assert selected >= TEXT_CONTRAST, f"{name}: selected text {selected:.2f}"


@pytest.mark.parametrize("name", SCHEMES)
def test_the_scheme_stays_recognisable(name: str) -> None:
    system = palette_named(name)
    """Backgrounds are never changed, and text roles that were fine keep their colour."""
    palette = legible_palette(system)
    for role in (Role.Window, Role.Base, Role.AlternateBase, Role.Button, Role.ToolTipBase):
        assert palette.color(role) == system.color(role), name
    assert palette.color(Role.Text) == system.color(Role.Text)
    assert palette.color(Role.WindowText) == system.color(Role.WindowText)


@pytest.mark.parametrize("name", SCHEMES)
@pytest.mark.parametrize("signal", list(Signal))
def test_health_words_reach_text_contrast(name: str, signal: Signal) -> None:
    system = palette_named(name)
    palette = legible_palette(system)
    colour = text_colour(signal, palette)
    for ground in (Role.Window, Role.Base, Role.AlternateBase):
        assert contrast(colour, palette.color(ground)) >= TEXT_CONTRAST, (name, ground.name)


@pytest.mark.parametrize("name", SCHEMES)
def test_card_edges_show_on_both_schemes(name: str) -> None:
    system = palette_named(name)
    palette = legible_palette(system)
    assert contrast(border_colour(palette), palette.color(Role.Base)) >= 1.5, name


def test_legible_keeps_a_colour_that_is_already_legible() -> None:
    assert legible(QColor("#000000"), [QColor("#ffffff")]) == QColor("#000000")
    darker = legible(QColor("#2E9D57"), [QColor("#ffffff")])
    assert contrast(darker, QColor("#ffffff")) >= TEXT_CONTRAST
    assert darker.hue() == pytest.approx(QColor("#2E9D57").hue(), abs=3)  # still green


# -- the window's own widgets, in each scheme --------------------------------------------


@pytest.fixture
def scheme(qapp: QApplication) -> Iterator[None]:
    yield
    QGuiApplication.setPalette(QPalette())  # back to the test platform's own


def background_of(widget: QWidget) -> QColor:
    """The colour behind a widget: the base of the card it sits on, else the window's."""
    parent: QWidget | None = widget
    while parent is not None:
        if parent.objectName() == "card":
            return parent.palette().color(Role.Base)
        parent = parent.parentWidget()
    return widget.palette().color(Role.Window)


@pytest.mark.parametrize("name", SCHEMES)
def test_every_label_and_link_in_the_window_reaches_text_contrast(
    qtbot: QtBot, scheme: None, name: str
) -> None:
    system = palette_named(name)
    QGuiApplication.setPalette(legible_palette(system))
    shop, cafe = account("Shop", "THB"), account("Cafe", "JPY")
    state = state_of(shop, cafe)
    state.apply_snapshot(snapshot(shop, total=90_000, minutes_ago=90))
    state.apply_snapshot(snapshot(cafe, total=500_000))
    state.apply_error(failure(cafe, ErrorKind.NETWORK))
    window = MainWindow(state, clock=fixed_clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    card = window.cards()[CurrencyMode("THB", False)]
    assert isinstance(card, BalanceCard)
    checked = 0
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        colour = label.palette().color(label.foregroundRole())
        ratio = contrast(colour, background_of(label))
        assert ratio >= TEXT_CONTRAST, f"{name}: {label.text()!r} at {ratio:.2f}"
        checked += 1
    assert checked > 10
    for link in (card.history_button, card.dashboard_button):
        shown = link.grab().toImage()
        ink = darkest_or_lightest(shown, background_of(link))
        assert contrast(ink, background_of(link)) >= TEXT_CONTRAST, f"{name}: {link.text()}"
    for button in window.findChildren(QPushButton):
        if button.isVisible() and button.objectName() != "link":
            ratio = contrast(
                button.palette().color(Role.ButtonText), button.palette().color(Role.Button)
            )
            assert ratio >= TEXT_CONTRAST, f"{name}: {button.text()} at {ratio:.2f}"


def darkest_or_lightest(image: QImage, background: QColor) -> QColor:
    """The pixel of a rendered text that stands out most from its background: the ink."""
    best, best_ratio = background, 1.0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            ratio = contrast(pixel, background)
            if ratio > best_ratio:
                best, best_ratio = pixel, ratio
    return best


def test_the_app_palette_is_kept_legible(qtbot: QtBot, scheme: None) -> None:
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    follower = PaletteFollower(app)
    try:
        palette = QGuiApplication.palette()
        placeholder = palette.color(Role.PlaceholderText)
        assert contrast(placeholder, palette.color(Role.Base)) >= TEXT_CONTRAST
        faint = QPalette(palette)
        faint.setColor(Role.PlaceholderText, QColor(0, 0, 0, 60))
        QGuiApplication.setPalette(faint)  # as a new system palette would arrive
        palette = QGuiApplication.palette()
        assert contrast(palette.color(Role.PlaceholderText), palette.color(Role.Base)) >= 4.5
    finally:
        follower.deleteLater()
        qtbot.wait(1)


# -- the tray icon on light and dark panels ----------------------------------------------

PANELS = ("#1e1e1e", "#303030", "#3c3c3c", "#dcdcdc", "#f0f0f0", "#ffffff")


def on_panel(signal: Signal, size: int, panel: str) -> QImage:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor(panel))
    painter = QPainter(image)
    painter.drawPixmap(QPoint(0, 0), status_pixmap(signal, size))
    painter.end()
    return image


@pytest.mark.parametrize("panel", PANELS)
@pytest.mark.parametrize("size", TRAY_SIZES)
@pytest.mark.parametrize("signal", list(Signal))
def test_the_tray_icon_stands_out_from_light_and_dark_panels(
    qapp: object, signal: Signal, size: int, panel: str
) -> None:
    """Across the middle row, the coin's outline (its outer eighth, 3 px at least) reaches 3:1
    against the panel, so its round shape shows whatever the panel's colour."""
    image = on_panel(signal, size, panel)
    row = [image.pixelColor(x, size // 2) for x in range(size // 2)]
    ground = QColor(panel)
    start = next(x for x, pixel in enumerate(row) if pixel != ground)
    band = max(3, size // 8)
    outline = max(contrast(pixel, ground) for pixel in row[start : start + band])
    assert outline >= MARK_CONTRAST


@pytest.mark.parametrize("signal", list(Signal))
def test_the_icons_mark_stands_out_from_its_coin(signal: Signal) -> None:
    fill = signal_colour(signal)
    assert contrast(mark_colour(fill), fill) >= MARK_CONTRAST
