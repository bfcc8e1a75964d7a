"""MainWindow: pages for each situation, the verdict header, reflowing cards and closing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from omise_tray.app.state import AppState
from omise_tray.core.errors import ErrorKind
from omise_tray.core.portfolio import CurrencyMode, WaitingAccount
from omise_tray.ui.balance_card import BalanceCard, NoBalanceCard
from omise_tray.ui.main_window import MainWindow
from tests.support.sample_state import account, failure, fixed_clock, snapshot, state_of


def window_for(qtbot: QtBot, state: AppState, *, tray: bool = False) -> MainWindow:
    window = MainWindow(state, tray_available=lambda: tray, clock=fixed_clock)
    qtbot.addWidget(window)
    return window


def header(window: MainWindow) -> str:
    return f"{window.headline.text()}\n{window.detail.text()}"


def test_first_run_offers_an_account_and_the_demo(qtbot: QtBot) -> None:
    window = window_for(qtbot, AppState(300))
    assert window.pages.currentWidget() is window.empty_page
    assert window.add_account_button.text() == "Add your first Omise account"
    assert window.demo_button.text() == "Try the demo"
    # Straight to the Add account form: the first thing a new user does is add an account.
    with qtbot.waitSignal(window.add_account_requested):
        window.add_account_button.click()
    with qtbot.waitSignal(window.demo_requested):
        window.demo_button.click()


def test_accounts_without_balances_show_fetching(qtbot: QtBot) -> None:
    state = state_of(account("Shop"))
    state.set_busy(True)
    window = window_for(qtbot, state)
    assert window.pages.currentWidget() is window.fetching_page
    assert window.fetching_label.text() == "No balances yet, fetching…"
    assert "Updating…" in header(window)


def test_test_and_live_get_separate_cards(qtbot: QtBot) -> None:
    sandbox, shop = account("Sandbox", "THB", False), account("Shop", "THB", True)
    state = state_of(sandbox, shop)
    state.apply_snapshot(snapshot(sandbox, total=100_000))
    state.apply_snapshot(snapshot(shop, total=200_000))
    window = window_for(qtbot, state)
    cards = window.cards()
    assert list(cards) == [CurrencyMode("THB", True), CurrencyMode("THB", False)]
    live, test = cards[CurrencyMode("THB", True)], cards[CurrencyMode("THB", False)]
    assert isinstance(live, BalanceCard) and isinstance(test, BalanceCard)
    assert live.figure.text() == "฿2,000.00"
    assert test.figure.text() == "฿1,000.00"


def test_a_key_rejected_on_first_poll_has_its_own_card(qtbot: QtBot) -> None:
    shop, cafe = account("Shop"), account("Cafe")
    state = state_of(shop, cafe)
    state.apply_snapshot(snapshot(shop, total=100_000))
    state.apply_error(failure(cafe, ErrorKind.AUTH))
    window = window_for(qtbot, state)
    assert window.pages.currentWidget() is window.cards_page
    assert isinstance(window.cards()[WaitingAccount("cafe")], NoBalanceCard)


def test_cards_are_updated_in_place_when_the_currencies_stay(qtbot: QtBot) -> None:
    shop = account("Shop")
    state = state_of(shop)
    state.apply_snapshot(snapshot(shop, total=100_000))
    window = window_for(qtbot, state)
    before = window.cards()[CurrencyMode("THB", False)]
    state.apply_snapshot(snapshot(shop, total=300_000))
    after = window.cards()[CurrencyMode("THB", False)]
    assert after is before
    assert isinstance(after, BalanceCard)
    assert after.figure.text() == "฿3,000.00"


def test_header_says_all_healthy_or_counts_the_low_ones(qtbot: QtBot) -> None:
    shop, cafe = account("Shop"), account("Cafe")
    state = state_of(shop, cafe)
    state.apply_snapshot(snapshot(shop, total=10_000_000))
    state.apply_snapshot(snapshot(cafe, total=10_000_000))
    window = window_for(qtbot, state)
    assert window.headline.text() == "All accounts healthy"
    state.apply_snapshot(snapshot(cafe, total=80_000))
    assert window.headline.text() == "1 account low"


def test_header_claims_no_fresher_update_than_every_account_had(qtbot: QtBot) -> None:
    shop, cafe, bar = account("Shop"), account("Cafe"), account("Bar")
    state = state_of(shop, cafe, bar)
    for who in (shop, cafe, bar):
        state.apply_snapshot(snapshot(who, total=10_000_000, minutes_ago=0.2))
    state.apply_error(failure(cafe, ErrorKind.NETWORK))
    state.apply_error(failure(bar, ErrorKind.SERVER))
    window = window_for(qtbot, state)
    assert window.headline.text() == "2 accounts not updating"
    assert window.detail.text() == "Checks every 5 min · 1 of 3 accounts updated just now"


def test_pause_button_asks_and_then_follows_the_state(qtbot: QtBot) -> None:
    shop = account("Shop")
    state = state_of(shop)
    state.apply_snapshot(snapshot(shop, total=100_000))
    window = window_for(qtbot, state)
    assert window.pause_button.text().replace("&", "") == "Pause polling"
    with qtbot.waitSignal(window.pause_requested) as blocker:
        window.pause_button.click()
    assert blocker.args == [True]
    state.set_paused(True)
    assert window.pause_button.text().replace("&", "") == "Resume polling"
    assert "Polling paused" in header(window)


def test_window_has_a_sensible_minimum_size(qtbot: QtBot) -> None:
    window = window_for(qtbot, AppState(300))
    assert window.minimumSize().width() >= 560
    assert window.minimumSize().height() >= 400


def test_cards_reflow_into_more_columns_when_wider(qtbot: QtBot) -> None:
    accounts = [
        account(name, currency)
        for name, currency in [("A", "THB"), ("B", "JPY"), ("C", "SGD"), ("D", "MYR")]
    ]
    state = state_of(*accounts)
    for each in accounts:
        state.apply_snapshot(snapshot(each, total=100_000))
    window = window_for(qtbot, state)
    window.show()
    qtbot.waitExposed(window)
    window.resize(560, 500)
    qtbot.waitUntil(lambda: window.grid.column_count() == 1, timeout=5000)
    window.resize(1400, 500)
    qtbot.waitUntil(lambda: window.grid.column_count() >= 3, timeout=5000)


def test_focus_card_highlights_the_card(qtbot: QtBot) -> None:
    shop = account("Shop", "JPY", livemode=True)
    state = state_of(shop)
    state.apply_snapshot(snapshot(shop, total=100_000))
    window = window_for(qtbot, state)
    assert window.focus_card(CurrencyMode("JPY", True))
    assert window.cards()[CurrencyMode("JPY", True)].is_highlighted()
    assert not window.focus_card(CurrencyMode("USD", True))


def test_refresh_shortcuts_are_f5_and_ctrl_r(qtbot: QtBot) -> None:
    window = window_for(qtbot, state_of(account("Shop")))
    shortcuts = {s.toString() for s in window.refresh_action.shortcuts()}
    assert shortcuts == {"F5", "Ctrl+R"}
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_f5_asks_for_a_refresh(qtbot: QtBot) -> None:
    window = window_for(qtbot, state_of(account("Shop")))
    window.show()
    window.activateWindow()
    # Shortcuts only reach the active window; offscreen activation lands on a later event.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    with qtbot.waitSignal(window.refresh_requested, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_F5)


def test_closing_hides_to_the_tray_when_there_is_one(qtbot: QtBot) -> None:
    window = window_for(qtbot, AppState(300), tray=True)
    window.show()
    with qtbot.assertNotEmitted(window.quit_requested):
        event = QCloseEvent()
        window.closeEvent(event)
    assert not event.isAccepted()
    assert window.isHidden()


def test_closing_without_a_tray_quits(qtbot: QtBot) -> None:
    window = window_for(qtbot, AppState(300), tray=False)
    window.show()
    with qtbot.waitSignal(window.quit_requested):
        window.close()
