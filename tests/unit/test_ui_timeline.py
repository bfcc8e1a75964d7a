"""The money timeline at a glance: the cards' lines, the card title and the tray's next payout."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from omise_tray.app.state import AppState
from omise_tray.core.localized import Language
from omise_tray.core.outlook import PayoutProblem
from omise_tray.core.portfolio import CurrencyMode
from omise_tray.storage.settings import AccountSettings
from omise_tray.ui.balance_card import BalanceCard
from omise_tray.ui.main_window import MainWindow
from omise_tray.ui.state_view import KnownOutlook
from omise_tray.ui.tray import TrayController
from tests.support.languages import speaking
from tests.support.outlooks import known_outlook, payout
from tests.support.sample_state import NOW, account, fixed_clock, snapshot, state_of
from tests.support.widgets import plain

SHOP = account("Bangkok Coffee")
KIOSK = account("Kiosk")


def shop_with(outlook: KnownOutlook | None, *others: AccountSettings) -> AppState:
    state = state_of(SHOP, *others)
    state.apply_snapshot(snapshot(SHOP, total=20_000_00, available=12_000_00))
    for other in others:
        state.apply_snapshot(snapshot(other, total=5_000_00))
    if outlook is not None:
        state.apply_outlook(SHOP.id, outlook)
    return state


def card_of(qtbot: QtBot, state: AppState) -> BalanceCard:
    window = MainWindow(state, clock=fixed_clock)
    qtbot.addWidget(window)
    (card,) = window.cards().values()
    assert isinstance(card, BalanceCard)
    return card


def lines(card: BalanceCard) -> list[str]:
    """The card's timeline lines as the merchant reads them, hidden ones left out."""
    labels = (card.incoming_line, card.payout_line, card.low_warning, card.timeline_age)
    return [plain(label.text()) for label in labels if label.isVisibleTo(card)]


@pytest.mark.parametrize(
    ("offset", "line"),
    [
        (0, "฿8,200.00 becomes available today"),
        (1, "฿8,200.00 becomes available tomorrow"),
        (3, "฿8,200.00 becomes available on Fri 17 May"),
    ],
)
def test_a_card_says_when_pending_money_becomes_available(
    qtbot: QtBot, offset: int, line: str
) -> None:
    outlook = known_outlook(available=12_000_00, incoming=[(offset, 8_200_00), (5, 1_00)])
    assert lines(card_of(qtbot, shop_with(outlook))) == [line]


@pytest.mark.parametrize(
    ("scheduled", "line"),
    [
        (payout(3, 15_000_00), "Next payout Fri 17 May · ฿15,000.00"),
        (payout(3, 6_000_00, percentage="50"), "Next payout Fri 17 May · 50 % of balance"),
        (payout(3, 6_000_00, percentage="12.5"), "Next payout Fri 17 May · 12.5 % of balance"),
        # A Saturday's payout leaves on the Monday: the card says when the money goes.
        (payout(4, 15_000_00, leaves=6), "Next payout Mon 20 May · ฿15,000.00"),
        (
            payout(3, 50_000_00, problem=PayoutProblem.SHORT),
            "Next payout Fri 17 May · ฿50,000.00, more than the balance may hold",
        ),
        (
            payout(3, 10_00, problem=PayoutProblem.BELOW_MINIMUM),
            "Next payout Fri 17 May · ฿10.00, below the smallest payout",
        ),
    ],
)
def test_a_card_names_the_next_payout(qtbot: QtBot, scheduled: object, line: str) -> None:
    outlook = known_outlook(available=12_000_00, payouts=[scheduled])  # type: ignore[list-item]
    assert lines(card_of(qtbot, shop_with(outlook))) == [line]


def test_a_card_says_when_payouts_are_turned_off(qtbot: QtBot) -> None:
    outlook = known_outlook(available=12_000_00, payouts_enabled=False)
    assert lines(card_of(qtbot, shop_with(outlook))) == ["Payouts are turned off for this account"]


def test_a_card_warns_when_the_projection_reaches_the_low_line_within_a_week(
    qtbot: QtBot,
) -> None:
    projection = [12_000_00, 12_000_00, 9_000_00, 4_000_00, 4_000_00, 4_000_00, 900_00]
    outlook = known_outlook(
        available=12_000_00, projection=projection + [900_00] * 7, low_line=1_000_00
    )
    card = card_of(qtbot, shop_with(outlook))
    assert lines(card) == ["⚠ May fall below ฿1,000.00 by Mon 20 May"]
    assert card.low_warning.accessibleName() == "May fall below ฿1,000.00 by Mon 20 May"


@pytest.mark.parametrize(
    "projection",
    [
        [12_000_00] * 7 + [900_00] * 7,  # the eighth day: beyond the week
        [12_000_00] * 14,  # never
    ],
)
def test_no_warning_when_the_low_line_is_not_reached_within_a_week(
    qtbot: QtBot, projection: list[int]
) -> None:
    outlook = known_outlook(available=12_000_00, projection=projection, low_line=1_000_00)
    assert lines(card_of(qtbot, shop_with(outlook))) == []


def test_a_balance_already_low_gets_no_second_warning(qtbot: QtBot) -> None:
    outlook = known_outlook(available=500_00, projection=[500_00] * 14, low_line=1_000_00)
    assert lines(card_of(qtbot, shop_with(outlook))) == []


def test_a_failed_update_keeps_the_lines_and_says_how_old_they_are(qtbot: QtBot) -> None:
    outlook = known_outlook(
        available=12_000_00,
        incoming=[(1, 8_200_00)],
        read_at=NOW - timedelta(hours=2),
        failing_since=NOW - timedelta(minutes=30),
    )
    assert lines(card_of(qtbot, shop_with(outlook))) == [
        "฿8,200.00 becomes available tomorrow",
        "Timeline read 2 h ago; it could not be updated since",
    ]


def test_no_lines_until_the_timeline_was_read(qtbot: QtBot) -> None:
    assert lines(card_of(qtbot, shop_with(None))) == []


def test_a_card_of_several_accounts_adds_them_up_and_names_whose_payout_is_next(
    qtbot: QtBot,
) -> None:
    state = shop_with(
        known_outlook(available=12_000_00, incoming=[(1, 8_200_00)], payouts=[payout(3, 5_00)]),
        KIOSK,
    )
    state.apply_outlook(
        KIOSK.id,
        known_outlook(available=5_000_00, incoming=[(1, 1_800_00)], payouts=[payout(2, 9_00)]),
    )
    assert lines(card_of(qtbot, state)) == [
        "฿10,000.00 becomes available tomorrow",
        "Kiosk: Next payout Thu 16 May · ฿9.00",
    ]


def test_a_card_of_one_account_shows_the_shops_name_in_its_title(qtbot: QtBot) -> None:
    assert card_of(qtbot, shop_with(None)).title.text() == "Bangkok Coffee · THB · test"
    assert card_of(qtbot, shop_with(None, KIOSK)).title.text() == "THB · test"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            Language.THAI,
            ["฿8,200.00 จะโอนได้พรุ่งนี้", "โอนเงินครั้งถัดไป ศ. 17 พ.ค. · ฿15,000.00"],
        ),
        (
            Language.JAPANESE,
            ["明日 ฿8,200.00 が出金可能になります", "次回の出金 5月17日(金) · ฿15,000.00"],
        ),
    ],
)
def test_the_lines_speak_thai_and_japanese(
    qtbot: QtBot, tmp_path: Path, language: Language, expected: list[str]
) -> None:
    outlook = known_outlook(
        available=12_000_00, incoming=[(1, 8_200_00)], payouts=[payout(3, 15_000_00)]
    )
    with speaking(language, tmp_path):
        assert lines(card_of(qtbot, shop_with(outlook))) == expected


def test_yen_is_written_after_the_number_in_the_japanese_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = account("Osaka Ramen", "JPY")
    state = state_of(store)
    state.apply_snapshot(snapshot(store, total=90_000))
    state.apply_outlook(
        store.id, known_outlook("JPY", available=90_000, incoming=[(3, 12_000)], low_line=10_000)
    )
    with speaking(Language.JAPANESE, tmp_path):
        assert lines(card_of(qtbot, state)) == ["5月17日(金)に 12,000円 が出金可能になります"]


# -- the tray --------------------------------------------------------------------------------


@pytest.fixture
def tray_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))


def tray_for(state: AppState) -> TrayController:
    return TrayController(state, lambda: None, clock=fixed_clock)


def test_the_tray_tooltip_and_menu_carry_the_next_payout(qapp: object, tray_host: None) -> None:
    state = shop_with(known_outlook(available=12_000_00, payouts=[payout(3, 15_000_00)]))
    tray = tray_for(state)

    assert tray.icon.toolTip().splitlines() == [
        "Omise Tray",
        "THB (test): ฿12,000.00 available — Healthy",
        "  Next payout Fri 17 May · ฿15,000.00",
    ]
    texts = [re.sub(r"&(.)", r"\1", action.text()) for action in tray.menu.actions()]
    assert texts[:2] == [
        "THB · test  ฿12,000.00 · Healthy",
        "    Next payout Fri 17 May · ฿15,000.00",
    ]


def test_the_next_payout_line_opens_its_card(qapp: object, tray_host: None) -> None:
    state = shop_with(known_outlook(available=12_000_00, payouts=[payout(3, 15_000_00)]))
    tray = tray_for(state)
    opened: list[object] = []
    tray.card_requested.connect(opened.append)

    tray.menu.actions()[1].trigger()

    assert opened == [CurrencyMode("THB", False)]


def test_the_tray_says_nothing_of_payouts_before_the_timeline_is_read(
    qapp: object, tray_host: None
) -> None:
    tray = tray_for(shop_with(None))
    assert not any("payout" in line for line in tray.icon.toolTip().splitlines())
    assert not any("payout" in action.text() for action in tray.menu.actions()[:2])


# -- the sparkline's reconstructed stretch ----------------------------------------------------


def test_the_sparkline_draws_reconstructed_balances_only_before_the_first_poll(
    qtbot: QtBot,
) -> None:
    state = shop_with(None)
    window = MainWindow(state, clock=fixed_clock)
    qtbot.addWidget(window)
    now = int(NOW.timestamp())
    polled = [(now - 600, 12_000_00), (now, 12_000_00)]
    worked_out = [(now - 7_200, 9_000_00), (now - 3_600, 10_000_00), (now - 300, 11_000_00)]

    window.set_sparklines({CurrencyMode("THB", False): polled})
    window.set_reconstructed_sparklines({CurrencyMode("THB", False): worked_out})

    card = window.cards()[CurrencyMode("THB", False)]
    assert isinstance(card, BalanceCard)
    assert card.sparkline.reconstructed_points() == worked_out[:2]  # not after the first poll
    assert card.sparkline.points() == polled
    assert "dotted part is worked out from your transactions" in card.sparkline.toolTip()


def test_a_new_account_shows_its_worked_out_day_before_two_polls(qtbot: QtBot) -> None:
    state = shop_with(None)
    window = MainWindow(state, clock=fixed_clock)
    qtbot.addWidget(window)
    window.show()
    now = int(NOW.timestamp())

    window.set_sparklines({CurrencyMode("THB", False): [(now, 12_000_00)]})
    window.set_reconstructed_sparklines({CurrencyMode("THB", False): [(now - 7_200, 9_000_00)]})

    card = window.cards()[CurrencyMode("THB", False)]
    assert isinstance(card, BalanceCard)
    assert card.sparkline.isVisible()


def test_privacy_mode_hides_the_timelines_amounts_on_the_card_and_in_the_tray(
    qtbot: QtBot, tray_host: None
) -> None:
    outlook = known_outlook(
        available=12_000_00, incoming=[(1, 8_200_00)], payouts=[payout(3, 15_000_00)]
    )
    state = shop_with(outlook)
    card = card_of(qtbot, state)
    tray = tray_for(state)
    state.set_amounts_hidden(True)

    shown = lines(card)
    assert shown and all("฿" not in line and "•••" in line for line in shown)
    assert "฿" not in tray.icon.toolTip()
    assert not any("฿" in action.text() for action in tray.menu.actions())
