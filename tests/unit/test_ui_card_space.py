"""Cards use the window's width: as many columns as fit (three at 1400 px), filled edge to edge,
one height per row, and no text (however long its words) widens a card past the window."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QScrollBar
from pytestqt.qtbot import QtBot

from omise_tray.app.state import AppState
from omise_tray.core.errors import ErrorKind
from omise_tray.core.portfolio import CurrencyMode, WaitingAccount
from omise_tray.core.snapshot import PollError
from omise_tray.ui.balance_card import BalanceCard, NoBalanceCard
from omise_tray.ui.main_window import MainWindow
from omise_tray.ui.wrapping import ZERO_WIDTH_SPACE, breakable
from tests.support.sample_state import NOW, account, fixed_clock, snapshot, state_of

SHOPS = [account(name, currency) for name, currency in (("A", "THB"), ("B", "JPY"), ("C", "SGD"))]
LONG_WORD = "E" * 200  # a server message of one 200-character word


def shown_window(qtbot: QtBot, state: AppState, width: int, height: int = 800) -> MainWindow:
    window = MainWindow(state, clock=fixed_clock)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.grid.width() > 0, timeout=5000)
    return window


def three_shops() -> AppState:
    state = state_of(*SHOPS)
    for shop in SHOPS:
        state.apply_snapshot(snapshot(shop, total=100_000))
    return state


@pytest.mark.parametrize(("width", "columns"), [(560, 1), (780, 2), (1100, 3), (1400, 3)])
def test_cards_flow_into_as_many_columns_as_fit(qtbot: QtBot, width: int, columns: int) -> None:
    window = shown_window(qtbot, three_shops(), width)
    qtbot.waitUntil(lambda: window.grid.column_count() == columns, timeout=5000)


def test_at_1400_px_three_cards_fill_the_width(qtbot: QtBot) -> None:
    window = shown_window(qtbot, three_shops(), 1400)
    qtbot.waitUntil(lambda: window.grid.column_count() == 3, timeout=5000)
    cards = list(window.cards().values())
    used = sum(card.width() for card in cards)
    assert used >= 0.9 * window.grid.width()
    assert len({card.width() for card in cards}) == 1  # equal columns


def test_cards_in_a_row_share_its_height(qtbot: QtBot) -> None:
    state = three_shops()
    # One card grows a problem line and a breakdown; its neighbours stay as tall as it.
    extra = account("D", "THB")
    state.set_accounts([*state.accounts, extra])
    state.apply_snapshot(snapshot(extra, total=50_000, minutes_ago=60))
    window = shown_window(qtbot, state, 1400)
    qtbot.waitUntil(lambda: window.grid.column_count() == 3, timeout=5000)
    cards = list(window.cards().values())
    tall = window.cards()[CurrencyMode("THB", False)]
    assert isinstance(tall, BalanceCard) and tall.breakdown.isVisible()
    qtbot.waitUntil(
        lambda: len({card.y() for card in cards}) == len({card.height() for card in cards}) == 1,
        timeout=5000,
    )
    assert cards[0].height() == tall.height() > cards[0].sizeHint().height()


def long_error(state: AppState, who_index: int = 0) -> None:
    shop = state.accounts[who_index]
    state.apply_error(server_words(shop.id, LONG_WORD, NOW - timedelta(seconds=5)))


def server_words(account_id: str, words: str, at: datetime) -> PollError:
    """A refusal whose server message is `words`, quoted in the card's sentence."""
    message = f"Omise refused the request (HTTP 400): {words}."
    return PollError(account_id, ErrorKind.REQUEST, message, at, None, 400, server_text=words)


@pytest.mark.parametrize("width", [560, 900, 1400])
def test_a_long_error_wraps_inside_its_card(qtbot: QtBot, width: int) -> None:
    state = three_shops()
    long_error(state)
    window = shown_window(qtbot, state, width)
    card = window.cards()[CurrencyMode("THB", False)]
    assert isinstance(card, BalanceCard)
    qtbot.waitUntil(card.problems.isVisible, timeout=5000)
    viewport = window.cards_page.viewport().width()
    for each in window.cards().values():
        assert each.geometry().right() <= viewport
    bar = window.cards_page.horizontalScrollBar()
    assert isinstance(bar, QScrollBar) and bar.maximum() == 0
    assert card.problems.width() <= card.width()
    assert card.figure.isVisible() and card.figure.width() <= card.width()
    assert LONG_WORD in card.problems.toolTip()


def test_an_account_that_never_got_a_balance_wraps_its_long_error(qtbot: QtBot) -> None:
    shop = account("Shop" + "X" * 120)
    state = state_of(shop)
    state.apply_error(server_words(shop.id, LONG_WORD, NOW))
    window = shown_window(qtbot, state, 560)
    card = window.cards()[WaitingAccount(shop.id)]
    assert isinstance(card, NoBalanceCard)
    assert card.geometry().right() <= window.cards_page.viewport().width()
    sentence = f"Omise refused the request (HTTP 400): “{LONG_WORD}”"
    assert card.message.toolTip() == sentence
    assert card.accessibleName() == f"{shop.name}: {sentence}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Short words stay as they are", "Short words stay as they are"),
        ("A" * 20, "A" * 16 + ZERO_WIDTH_SPACE + "A" * 4),
        ("x " + "B" * 33, "x " + "B" * 16 + ZERO_WIDTH_SPACE + "B" * 16 + ZERO_WIDTH_SPACE + "B"),
        # A Thai tone mark stays on its letter: the break moves after it.
        ("ก" * 16 + "\u0e48" + "ข" * 3, "ก" * 16 + "\u0e48" + ZERO_WIDTH_SPACE + "ข" * 3),
    ],
)
def test_break_opportunities_go_only_into_long_words(text: str, expected: str) -> None:
    assert breakable(text) == expected
    assert breakable(text).replace(ZERO_WIDTH_SPACE, "") == text


@pytest.mark.parametrize(("width", "rows"), [(560, 2), (1000, 1)])
def test_header_buttons_are_never_clipped(qtbot: QtBot, width: int, rows: int) -> None:
    """In a narrow window the right-hand buttons take a second row rather than being cut."""
    window = shown_window(qtbot, three_shops(), width)

    def laid_out() -> bool:
        buttons = window.header_buttons()
        whole = all(b.width() >= b.sizeHint().width() for b in buttons)
        return whole and len({b.y() for b in buttons}) == rows

    qtbot.waitUntil(laid_out, timeout=5000)
    for button in window.header_buttons():
        assert button.geometry().right() <= window.width()
