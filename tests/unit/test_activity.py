"""What each cell of the transactions and payouts lists says, in the merchant's words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from omise_tray.app.activity import ActivityFetcher
from omise_tray.config import ApiEndpoint
from omise_tray.omise.models import Transaction, Transfer
from omise_tray.ui.activity import (
    PayoutsView,
    TransactionsView,
    bank_text,
    failure_text,
    fee_text,
    kind_label,
    moment,
    payout_cells,
    payout_status,
    position_text,
    signed_amount,
    transaction_cells,
    transferable_text,
)

NOW = datetime(2024, 5, 14, 7, 5, tzinfo=UTC)
BANGKOK = timezone(timedelta(hours=7))
NO_KEYS: dict[str, str] = {}
TAB_FOCUS = {Qt.FocusPolicy.TabFocus, Qt.FocusPolicy.StrongFocus, Qt.FocusPolicy.WheelFocus}


def transaction(
    direction: str = "credit", amount: int = 123_456, currency: str = "THB", key: str = "charge"
) -> Transaction:
    return Transaction(
        id="trxn_test_1",
        amount=amount,
        currency=currency,
        direction="credit" if direction == "credit" else "debit",
        key=key,
        origin="chrg_test_1",
        transferable_at=NOW + timedelta(days=2),
        created_at=NOW - timedelta(hours=1),
    )


def transfer(**fields: object) -> Transfer:
    base: dict[str, object] = {
        "id": "trsf_test_1",
        "amount": 1_000_000,
        "currency": "THB",
        "fee": 2_500,
        "fee_vat": 175,
        "net": 997_325,
        "created_at": NOW,
        "bank_brand": "kbank",
        "bank_last_digits": "7702",
    }
    base.update(fields)
    return Transfer(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("charge.captured.net", "Charge"),
        ("refund.created", "Refund"),
        ("transfer.sent", "Payout"),
        ("dispute.started", "Dispute"),
        ("charge", "Charge"),  # old API: the client maps the source's prefix
        ("transfer", "Payout"),
        ("credit", "Other"),  # old API, source not recognised
        ("debit", "Other"),
        ("adjustment.manual", "Adjustment"),
        ("balance_transfer.in", "Balance transfer"),
    ],
)
def test_what_a_transaction_was_comes_from_its_key(key: str, label: str) -> None:
    assert kind_label(key) == label


@pytest.mark.parametrize(
    ("direction", "amount", "currency", "shown"),
    [
        ("credit", 123_456, "THB", "+฿1,234.56"),
        ("debit", 85_000, "THB", "-฿850.00"),
        ("credit", 12_345, "JPY", "+¥12,345"),
        ("debit", 500, "SGD", "-S$5.00"),
    ],
)
def test_amounts_carry_the_sign_of_their_direction_in_the_currencys_precision(
    direction: str, amount: int, currency: str, shown: str
) -> None:
    assert signed_amount(transaction(direction, amount, currency)) == shown


def test_times_are_local_and_readable() -> None:
    assert moment(NOW, BANGKOK) == "14 May 2024, 14:05"
    assert moment(NOW, UTC) == "14 May 2024, 07:05"
    assert moment(None) == "—"


@pytest.mark.parametrize(
    ("at", "shown"),
    [
        (NOW - timedelta(seconds=1), "now"),
        (NOW, "now"),
        (NOW + timedelta(days=2), "16 May 2024, 07:05"),
        (None, "—"),
    ],
)
def test_transferable_says_now_once_the_moment_has_passed(at: datetime | None, shown: str) -> None:
    assert transferable_text(at, NOW, UTC) == shown


def test_a_transaction_row_has_time_direction_amount_kind_and_transferable() -> None:
    assert transaction_cells(transaction("debit", 2_000, key="refund.created"), NOW, UTC) == (
        "14 May 2024, 06:05",
        "Debit",
        "-฿20.00",
        "Refund",
        "16 May 2024, 07:05",
    )


@pytest.mark.parametrize(
    ("fields", "status"),
    [
        ({}, "Pending"),
        ({"sent": True}, "Sent"),
        ({"sent": True, "paid": True}, "Paid"),
        ({"failure_code": "insufficient_balance"}, "Failed"),
        ({"sent": True, "failure_message": "bank account closed"}, "Failed"),
    ],
)
def test_a_payouts_status_is_one_word(fields: dict[str, object], status: str) -> None:
    assert payout_status(transfer(**fields)) == status


@pytest.mark.parametrize(
    ("fields", "fee"),
    [
        ({}, "฿25.00 + ฿1.75 VAT"),
        ({"fee_vat": 0}, "฿25.00"),
        ({"currency": "JPY", "fee": 250, "fee_vat": 25}, "¥250 + ¥25 VAT"),
    ],
)
def test_the_fee_shows_its_vat_when_there_is_any(fields: dict[str, object], fee: str) -> None:
    assert fee_text(transfer(**fields)) == fee


@pytest.mark.parametrize(
    ("fields", "bank"),
    [
        ({}, "KBANK ••7702"),
        ({"bank_brand": None}, "••7702"),
        ({"bank_last_digits": None}, "KBANK"),
        ({"bank_brand": None, "bank_last_digits": None}, "—"),
    ],
)
def test_the_bank_is_its_brand_and_last_digits(fields: dict[str, object], bank: str) -> None:
    assert bank_text(transfer(**fields)) == bank


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({}, ""),
        (
            {"failure_message": "insufficient funds in the account"},
            "Insufficient funds in the account",
        ),
        ({"failure_code": "insufficient_balance"}, "Insufficient balance"),
    ],
)
def test_a_failure_reason_is_omises_message(fields: dict[str, object], reason: str) -> None:
    assert failure_text(transfer(**fields)) == reason


def test_a_payout_row_has_every_column() -> None:
    assert payout_cells(transfer(sent=True, paid=True), UTC) == (
        "14 May 2024, 07:05",
        "฿10,000.00",
        "฿25.00 + ฿1.75 VAT",
        "฿9,973.25",
        "Paid",
        "KBANK ••7702",
        "",
    )
    assert payout_cells(transfer(net=None), UTC)[3] == "—"


@pytest.mark.parametrize(
    ("offset", "count", "total", "shown"),
    [
        (0, 20, 134, "1–20 of 134"),
        (20, 20, 134, "21–40 of 134"),
        (120, 14, 134, "121–134 of 134"),
        (0, 3, 3, "1–3 of 3"),
        (1000, 20, 2500, "1,001–1,020 of 2,500"),
        (40, 0, 30, "none of 30"),
        (0, 0, 0, ""),
    ],
)
def test_the_position_says_which_part_of_the_list_is_shown(
    offset: int, count: int, total: int, shown: str
) -> None:
    assert position_text(offset, count, total) == shown


@pytest.mark.parametrize("kind", [TransactionsView, PayoutsView])
def test_a_view_is_keyboard_reachable_and_fetches_nothing_until_shown(
    qtbot: QtBot, kind: type[TransactionsView | PayoutsView]
) -> None:
    fetcher = ActivityFetcher(ApiEndpoint("http://127.0.0.1:9"), NO_KEYS.get)
    view = kind({"shop": "Shop"}, fetcher)
    qtbot.addWidget(view)
    assert not fetcher.running
    assert not view.account_box.isVisibleTo(view)  # one account: no picker, just its name
    assert view.account_name.isVisibleTo(view) and view.account_name.text() == "Shop"
    for widget in (view.table, view.previous_button, view.next_button, view.refresh_button):
        assert widget.focusPolicy() in TAB_FOCUS
    assert not view.table.tabKeyNavigation()  # Tab leaves the table
    assert view.previous_button.text() == "&Previous" and view.next_button.text() == "&Next"
