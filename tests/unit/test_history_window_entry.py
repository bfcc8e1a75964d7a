"""The ways into history from the main window: each card's sparkline and its History… link."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from omise_tray.app.state import AppState
from omise_tray.core.health import Health
from omise_tray.core.portfolio import CurrencyMode
from omise_tray.ui.balance_card import BalanceCard
from omise_tray.ui.main_window import MainWindow
from omise_tray.ui.theme import CARD_MIN_WIDTH, health_colour
from tests.support.sample_state import NOW, account, fixed_clock, snapshot, state_of

NOW_TS = int(NOW.timestamp())
SHOP = account("Shop", "THB")
STORE = account("Store", "JPY", livemode=True)
DAY_OF_POINTS = [(NOW_TS - 86_400 + hour * 3600, 500_000 + hour * 1_000) for hour in range(24)]


def window_for(qtbot: QtBot, state: AppState) -> MainWindow:
    window = MainWindow(state, clock=fixed_clock)
    qtbot.addWidget(window)
    return window


def balance_card(window: MainWindow, key: CurrencyMode) -> BalanceCard:
    card = window.cards()[key]
    assert isinstance(card, BalanceCard)
    return card


def test_set_sparklines_puts_the_last_day_on_each_card(qtbot: QtBot) -> None:
    state = state_of(SHOP, STORE)
    state.apply_snapshot(snapshot(SHOP, total=500_000))
    state.apply_snapshot(snapshot(STORE, total=30_000))
    window = window_for(qtbot, state)
    shop = balance_card(window, CurrencyMode("THB", False))
    assert not shop.sparkline.isVisibleTo(shop)

    window.set_sparklines({CurrencyMode("THB", False): DAY_OF_POINTS})

    assert shop.sparkline.isVisibleTo(shop)
    assert shop.sparkline.points() == DAY_OF_POINTS
    store = balance_card(window, CurrencyMode("JPY", True))
    assert not store.sparkline.isVisibleTo(store)


def test_a_single_point_is_not_a_trend_and_stays_hidden(qtbot: QtBot) -> None:
    state = state_of(SHOP)
    state.apply_snapshot(snapshot(SHOP, total=500_000))
    window = window_for(qtbot, state)
    window.set_sparklines({CurrencyMode("THB", False): DAY_OF_POINTS[-1:]})
    card = balance_card(window, CurrencyMode("THB", False))
    assert not card.sparkline.isVisibleTo(card)


def paints_in(widget: QWidget, colour: QColor) -> bool:
    image = widget.grab().toImage()
    return any(
        image.pixelColor(x, y).rgb() == colour.rgb()
        for x in range(image.width())
        for y in range(image.height())
    )


def test_the_sparkline_takes_the_cards_health_colour(qtbot: QtBot) -> None:
    state = state_of(SHOP)
    state.apply_snapshot(snapshot(SHOP, total=10_000))  # ฿100: critical
    window = window_for(qtbot, state)
    window.set_sparklines({CurrencyMode("THB", False): DAY_OF_POINTS})
    window.show()
    qtbot.waitExposed(window)
    card = balance_card(window, CurrencyMode("THB", False))
    critical, healthy = health_colour(Health.CRITICAL), health_colour(Health.HEALTHY)
    assert paints_in(card.sparkline, critical) and not paints_in(card.sparkline, healthy)

    state.apply_snapshot(snapshot(SHOP, total=10_000_000))

    assert paints_in(card.sparkline, healthy) and not paints_in(card.sparkline, critical)


def test_a_card_that_appears_later_gets_the_sparkline_given_before(qtbot: QtBot) -> None:
    state = state_of(SHOP, STORE)
    state.apply_snapshot(snapshot(SHOP, total=500_000))
    window = window_for(qtbot, state)
    window.set_sparklines(
        {CurrencyMode("THB", False): DAY_OF_POINTS, CurrencyMode("JPY", True): DAY_OF_POINTS}
    )

    state.apply_snapshot(snapshot(STORE, total=30_000))

    assert balance_card(window, CurrencyMode("JPY", True)).sparkline.points() == DAY_OF_POINTS


def test_the_history_link_asks_for_that_cards_history(qtbot: QtBot) -> None:
    state = state_of(SHOP, STORE)
    state.apply_snapshot(snapshot(SHOP, total=500_000))
    state.apply_snapshot(snapshot(STORE, total=30_000))
    window = window_for(qtbot, state)
    card = balance_card(window, CurrencyMode("JPY", True))
    assert card.history_button.text() == "History…"

    with qtbot.waitSignal(window.history_requested) as asked:
        card.history_button.click()

    assert asked.args == [CurrencyMode("JPY", True)]


def test_the_history_link_keeps_cards_within_the_narrowest_column(qtbot: QtBot) -> None:
    state = state_of(SHOP)
    state.apply_snapshot(snapshot(SHOP, total=123_456_789_00))
    window = window_for(qtbot, state)
    window.set_sparklines({CurrencyMode("THB", False): DAY_OF_POINTS})
    assert (
        balance_card(window, CurrencyMode("THB", False)).minimumSizeHint().width() <= CARD_MIN_WIDTH
    )
