"""The window from the keyboard: Tab in reading order with a visible focus mark at every stop,
Enter and Space on the cards' links, and names for everything a screen reader meets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from omise_tray.app.state import AppState
from omise_tray.core.errors import ErrorKind
from omise_tray.core.portfolio import CurrencyMode
from omise_tray.core.snooze import SnoozeChoice
from omise_tray.ui.balance_card import BalanceCard
from omise_tray.ui.main_window import MainWindow
from tests.support.sample_state import account, failure, fixed_clock, snapshot, state_of

THB, JPY, SGD = account("Bangkok", "THB"), account("Osaka", "JPY", True), account("Lion", "SGD")
CAFE = account("Cafe", "MYR")


def shown_window(qtbot: QtBot, state: AppState, width: int = 1000) -> MainWindow:
    window = MainWindow(state, clock=fixed_clock)
    qtbot.addWidget(window)
    window.resize(width, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window


def cards_made_out_of_order() -> AppState:
    """Four cards whose widgets were made in another order than they are shown (JPY, MYR, SGD,
    THB): the yen shop's balance arrives last, so the first card is the last one made."""
    state = state_of(THB, JPY, SGD, CAFE)
    state.apply_error(failure(JPY, ErrorKind.NETWORK))
    for shop, total in ((THB, 500_000), (SGD, 90_000), (CAFE, 70_000)):
        state.apply_snapshot(snapshot(shop, total=total))
    state.apply_snapshot(snapshot(JPY, total=50_000))
    return state


def tab_stops(qtbot: QtBot, window: MainWindow) -> list[QWidget]:
    """Every widget Tab reaches from the first header button, in order, until it comes back."""
    first = window.header_buttons()[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus, timeout=2000)
    stops: list[QWidget] = [first]
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is first:
            return stops
        assert focused is not None
        stops.append(focused)
    raise AssertionError("Tab never came back to the first button")


def test_tab_goes_through_the_header_then_card_by_card_in_reading_order(qtbot: QtBot) -> None:
    window = shown_window(qtbot, cards_made_out_of_order(), width=760)
    assert window.grid.column_count() == 2
    cards = list(window.cards().values())
    assert [card.key for card in cards] == [
        CurrencyMode("JPY", True),
        CurrencyMode("MYR", False),
        CurrencyMode("SGD", False),
        CurrencyMode("THB", False),
    ]

    expected: list[QWidget] = [b for b in window.header_buttons() if b.isVisible()]
    for card in cards:
        expected += card.focus_chain()
    assert tab_stops(qtbot, window) == expected

    # Reading order is what the eye sees: left to right, then the next row down.
    places = [card.mapTo(window, card.rect().topLeft()) for card in cards]
    assert places[0].y() == places[1].y() < places[2].y() == places[3].y()
    assert places[0].x() < places[1].x() and places[2].x() < places[3].x()


def test_shift_tab_goes_back_the_same_way(qtbot: QtBot) -> None:
    window = shown_window(qtbot, cards_made_out_of_order(), width=760)
    forward = tab_stops(qtbot, window)
    last = forward[-1]
    last.setFocus(Qt.FocusReason.BacktabFocusReason)
    backward = [last]
    for _ in range(len(forward) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        focus = QApplication.focusWidget()
        assert focus is not None
        backward.append(focus)
    assert backward == list(reversed(forward))


def image_of(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def test_every_tab_stop_shows_that_it_has_the_focus(qtbot: QtBot) -> None:
    """Each stop looks different once Tab has brought the focus to it than just before."""
    window = shown_window(qtbot, cards_made_out_of_order(), width=760)
    stops = tab_stops(qtbot, window)
    for before, stop in zip(stops, stops[1:] + stops[:1], strict=True):
        assert QApplication.focusWidget() is before
        unfocused = image_of(stop)
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is stop
        focused = image_of(stop)
        assert focused != unfocused, f"no focus mark on {stop!r} ({accessible_name(stop)})"


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_enter_and_space_follow_a_focused_card_link(qtbot: QtBot, key: Qt.Key) -> None:
    state = state_of(THB)
    state.apply_snapshot(snapshot(THB, total=500_000))
    window = shown_window(qtbot, state)
    card = window.cards()[CurrencyMode("THB", False)]
    assert isinstance(card, BalanceCard)

    card.history_button.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(window.history_requested, timeout=2000) as opened:
        qtbot.keyClick(card.history_button, key)
    assert opened.args == [CurrencyMode("THB", False)]

    card.dashboard_button.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(window.dashboard_requested, timeout=2000) as dashboard:
        qtbot.keyClick(card.dashboard_button, key)
    assert dashboard.args == [False]


def test_every_action_has_a_key(qtbot: QtBot) -> None:
    """Everything the window does is a button in the Tab order or a shortcut."""
    state = state_of(THB)
    state.apply_snapshot(snapshot(THB, total=500_000))
    window = shown_window(qtbot, state)
    stops = tab_stops(qtbot, window)
    card = window.cards()[CurrencyMode("THB", False)]
    assert isinstance(card, BalanceCard)
    for reachable in (
        window.refresh_button,
        window.pause_button,
        window.privacy_button,
        window.snooze_button,
        window.accounts_button,
        window.settings_button,
        card.history_button,
        card.dashboard_button,
    ):
        assert reachable in stops
    shortcuts = {
        action.shortcut().toString()
        for action in window.actions()
        if not action.shortcut().isEmpty()
    }
    assert {"F5", "Ctrl+,", "Ctrl+Q", "Ctrl+Shift+H"} <= shortcuts


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def test_every_control_has_a_name_and_none_is_a_lone_symbol(qtbot: QtBot) -> None:
    window = shown_window(qtbot, cards_made_out_of_order(), width=760)
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = accessible_name(widget).strip()
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            assert name, f"{widget!r} takes the focus but has no name"
        if name:
            assert any(ch.isalnum() for ch in name), f"{widget!r} is named only {name!r}"


def test_a_card_is_read_as_one_sentence(qtbot: QtBot) -> None:
    window = shown_window(qtbot, cards_made_out_of_order())
    assert accessible_name(window.cards()[CurrencyMode("THB", False)]) == (
        "Bangkok · THB · test balance: ฿5,000.00 available to pay out, Moderate"
    )
    assert accessible_name(window.cards()[CurrencyMode("JPY", True)]) == (
        "Osaka · JPY · live balance: ¥50,000 available to pay out, Healthy"
    )


def test_alerts_can_be_snoozed_from_the_window(qtbot: QtBot) -> None:
    """Snoozing was only in the tray's menu, which no key opens; the header has it too."""
    state = state_of(THB, JPY)
    window = shown_window(qtbot, state)
    window.snoozed_until = lambda account_id: None
    menu = window.snooze_button.menu()
    assert menu is not None
    menu.aboutToShow.emit()
    accounts = [action.text() for action in menu.actions()]
    assert accounts == ["Bangkok", "Osaka"]
    osaka = menu.actions()[1].menu()
    assert isinstance(osaka, QMenu)
    hour = next(a for a in osaka.actions() if a.text() == "For 1 hour")
    with qtbot.waitSignal(window.snooze_requested) as asked:
        hour.trigger()
    assert asked.args == ["osaka", SnoozeChoice.FOR_AN_HOUR]
