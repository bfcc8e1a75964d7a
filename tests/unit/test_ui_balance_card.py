"""BalanceCard and NoBalanceCard: figures in the currency's precision, health, freshness, errors."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from omise_tray.app.state import AppState
from omise_tray.core.errors import ErrorKind
from omise_tray.core.portfolio import CurrencyGroup
from omise_tray.ui.balance_card import BalanceCard, NoBalanceCard
from tests.support.sample_state import NOW, account, failure, snapshot, state_of
from tests.support.widgets import plain, visible_text


def only_group(state: AppState) -> CurrencyGroup:
    (group,) = state.groups()
    return group


def card_for(qtbot: QtBot, state: AppState) -> BalanceCard:
    card = BalanceCard(only_group(state), NOW, state.interval)
    qtbot.addWidget(card)
    return card


def test_thb_shows_satang(qtbot: QtBot) -> None:
    shop = account("Shop", "THB")
    state = state_of(shop)
    state.apply_snapshot(snapshot(shop, total=1_234_567))
    card = card_for(qtbot, state)
    assert card.figure.text() == "฿12,345.67"
    assert card.title.text() == "Shop · THB · test"


def test_jpy_has_no_minor_unit(qtbot: QtBot) -> None:
    store = account("Store", "JPY", livemode=True)
    state = state_of(store)
    state.apply_snapshot(snapshot(store, total=1_234_567, available=12_345))
    card = card_for(qtbot, state)
    assert card.figure.text() == "¥12,345"
    assert card.detail_values["total"].text() == "¥1,234,567"
    assert card.title.text() == "Store · JPY · live"


@pytest.mark.parametrize(
    ("figures", "shown"),
    [
        ({"total": 100_000}, {"total"}),
        ({"total": 100_000, "available": 60_000}, {"total", "pending"}),
        ({"total": 100_000, "reserve": 5_000}, {"total", "reserve"}),
        ({"total": 100_000, "on_hold": 7_000}, {"total", "on_hold"}),
        (
            {"total": 100_000, "available": 50_000, "reserve": 1, "on_hold": 2},
            {"total", "pending", "reserve", "on_hold"},
        ),
    ],
)
def test_only_non_zero_details_are_shown(
    qtbot: QtBot, figures: dict[str, int], shown: set[str]
) -> None:
    shop = account("Shop")
    state = state_of(shop)
    state.apply_snapshot(snapshot(shop, **figures))
    card = card_for(qtbot, state)
    visible = {field for field, label in card.detail_values.items() if label.isVisibleTo(card)}
    assert visible == shown


@pytest.mark.parametrize(
    ("available", "word"),
    [(10_000_000, "Healthy"), (300_000, "Moderate"), (80_000, "Low"), (10_000, "Critical")],
)
def test_health_is_a_word_not_only_a_colour(qtbot: QtBot, available: int, word: str) -> None:
    shop = account("Shop")
    state = state_of(shop)
    state.apply_snapshot(snapshot(shop, total=available))
    card = card_for(qtbot, state)
    assert plain(card.health_label.text()).endswith(word)


def test_a_card_under_a_line_shows_which_and_follows_the_balance(qtbot: QtBot) -> None:
    books = account("Books", "SGD")
    state = state_of(books)
    state.apply_snapshot(snapshot(books, total=3_307))
    card = card_for(qtbot, state)
    assert "Low — below S$40.00" in visible_text(card).splitlines()
    state.apply_snapshot(snapshot(books, total=50_000))
    card.update_group(only_group(state), NOW, state.interval)
    assert not card.threshold_line.isVisibleTo(card)
    assert "below" not in visible_text(card)


def test_terms_have_tooltips(qtbot: QtBot) -> None:
    shop = account("Shop")
    state = state_of(shop)
    state.apply_snapshot(snapshot(shop, total=100_000, available=1, reserve=5, on_hold=5))
    card = card_for(qtbot, state)
    for field in ("pending", "reserve", "on_hold"):
        assert card.detail_names[field].toolTip()


def test_updated_line_is_relative(qtbot: QtBot) -> None:
    shop = account("Shop")
    state = state_of(shop)
    state.apply_snapshot(snapshot(shop, total=100_000, minutes_ago=2))
    assert "updated 2 min ago" in visible_text(card_for(qtbot, state))


def test_key_rejected_is_explained(qtbot: QtBot) -> None:
    shop = account("Shop")
    state = state_of(shop)
    state.apply_snapshot(snapshot(shop, total=100_000))
    state.apply_error(failure(shop, ErrorKind.AUTH))
    assert "Key rejected — update it in Accounts" in visible_text(card_for(qtbot, state))


def test_offline_says_since_when_and_keeps_the_last_balance(qtbot: QtBot) -> None:
    shop = account("Shop")
    state = state_of(shop)
    state.apply_snapshot(snapshot(shop, total=100_000, minutes_ago=6))
    state.apply_error(failure(shop, ErrorKind.NETWORK, minutes_ago=5))
    card = card_for(qtbot, state)
    since = (NOW - timedelta(minutes=5)).astimezone().strftime("%H:%M")
    assert f"Offline since {since}, showing last known balance" in visible_text(card)
    assert card.figure.text() == "฿1,000.00"


def test_stale_balance_is_marked_with_its_time(qtbot: QtBot) -> None:
    shop = account("Shop")
    state = state_of(shop)
    state.apply_snapshot(snapshot(shop, total=100_000, minutes_ago=11))  # interval is 5 min
    card = card_for(qtbot, state)
    last = (NOW - timedelta(minutes=11)).astimezone().strftime("%H:%M")
    assert f"Stale — last update {last}" in visible_text(card)


def test_fresh_balance_has_no_problem_line(qtbot: QtBot) -> None:
    shop = account("Shop")
    state = state_of(shop)
    state.apply_snapshot(snapshot(shop, total=100_000, minutes_ago=9))
    card = card_for(qtbot, state)
    assert not card.problems.isVisibleTo(card)


def test_accounts_sharing_a_currency_are_summed_with_a_breakdown(qtbot: QtBot) -> None:
    shop, cafe = account("Shop"), account("Cafe")
    state = state_of(shop, cafe)
    state.apply_snapshot(snapshot(shop, total=10_000_000))
    state.apply_snapshot(snapshot(cafe, total=80_000))
    card = card_for(qtbot, state)
    assert card.figure.text() == "฿100,800.00"
    assert card.breakdown.isVisibleTo(card)
    shown = visible_text(card.breakdown)
    for line in ("Shop", "฿100,000.00", "Healthy", "Cafe", "฿800.00", "Low"):
        assert line in shown
    assert plain(card.health_label.text()).endswith("Low")


def test_a_single_account_has_no_breakdown(qtbot: QtBot) -> None:
    shop = account("Shop")
    state = state_of(shop)
    state.apply_snapshot(snapshot(shop, total=100_000))
    card = card_for(qtbot, state)
    assert not card.breakdown.isVisibleTo(card)


def test_update_in_place_follows_new_figures(qtbot: QtBot) -> None:
    shop = account("Shop")
    state = state_of(shop)
    state.apply_snapshot(snapshot(shop, total=100_000))
    card = card_for(qtbot, state)
    state.apply_snapshot(snapshot(shop, total=250_000))
    card.update_group(only_group(state), NOW, state.interval)
    assert card.figure.text() == "฿2,500.00"


def test_dashboard_button_asks_for_the_cards_mode(qtbot: QtBot) -> None:
    store = account("Store", "JPY", livemode=True)
    state = state_of(store)
    state.apply_snapshot(snapshot(store, total=50_000))
    card = card_for(qtbot, state)
    with qtbot.waitSignal(card.dashboard_requested) as blocker:
        card.dashboard_button.click()
    assert blocker.args == [True]


def test_account_rejected_on_first_poll_still_gets_a_card(qtbot: QtBot) -> None:
    shop = account("Shop")
    state = state_of(shop)
    state.apply_error(failure(shop, ErrorKind.AUTH))
    (status,) = state.statuses()
    card = NoBalanceCard(status, NOW)
    qtbot.addWidget(card)
    shown = visible_text(card)
    assert "Shop" in shown
    assert "Key rejected — update it in Accounts" in shown


def test_account_without_a_balance_yet_says_it_is_fetching(qtbot: QtBot) -> None:
    state = state_of(account("Shop"))
    (status,) = state.statuses()
    card = NoBalanceCard(status, NOW)
    qtbot.addWidget(card)
    assert "Fetching the first balance…" in visible_text(card)


def test_amounts_become_selectable_once_the_pointer_comes_over_the_card(qtbot: QtBot) -> None:
    shops = state_of(account("Bangkok"), account("Phuket"))
    for who, total in zip(shops.accounts, (150_000, 80_000), strict=True):
        shops.apply_snapshot(snapshot(who, total=total))
    card = card_for(qtbot, shops)
    mouse = Qt.TextInteractionFlag.TextSelectableByMouse
    amounts = [card.figure, *card.detail_values.values(), *(r[1] for r in card._breakdown_rows)]
    assert len(amounts) == 1 + len(card.detail_values) + 2
    assert not any(label.textInteractionFlags() & mouse for label in amounts)

    QApplication.sendEvent(card, QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5)))

    assert all(label.textInteractionFlags() & mouse for label in amounts)
    assert card.figure.cursor().shape() == Qt.CursorShape.IBeamCursor
    assert not card.title.textInteractionFlags() & mouse  # only the amounts
