"""Specification of advice for a balance and of the pre-payout check."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from omise_tray.core.advice import (
    Advice,
    Operation,
    PayoutCheck,
    check_payout,
    default_transfer_fee,
    recommendations,
)
from omise_tray.core.balance import Balance
from omise_tray.core.health import default_thresholds

THB = default_thresholds("THB")


def thb(
    *,
    total: int,
    available: int,
    transferable: int | None = None,
    reserve: int = 0,
    on_hold: int = 0,
) -> Balance:
    return Balance(
        currency="THB",
        livemode=False,
        total=total,
        available=available,
        transferable=available if transferable is None else transferable,
        reserve=reserve,
        on_hold=on_hold,
    )


def codes(advice: list[Advice]) -> list[str]:
    return [item.code for item in advice]


@pytest.mark.parametrize(
    ("balance", "expected"),
    [
        (thb(total=1_000_000, available=1_000_000), []),
        (thb(total=100_001, available=100_001), []),
        (thb(total=100_000, available=100_000), ["add_funds"]),
        (thb(total=85_000, available=85_000), ["add_funds"]),
        (thb(total=600_000, available=200_000), []),
        (thb(total=600_001, available=200_000), ["review_pending"]),
        (thb(total=500_000, available=90_000), ["add_funds", "review_pending"]),
        (thb(total=100_000, available=200_000), ["inconsistent"]),
        (thb(total=1_000_000, available=1_000_000, reserve=50_000), ["reserve"]),
        (thb(total=1_000_000, available=1_000_000, on_hold=30_000), ["on_hold"]),
        (
            thb(total=50_000, available=80_000, reserve=1, on_hold=1),
            ["inconsistent", "add_funds", "reserve", "on_hold"],
        ),
        (thb(total=0, available=0), ["add_funds"]),
        (thb(total=10_000, available=0), ["add_funds", "review_pending"]),
    ],
)
def test_recommendations_follow_the_seed_rules(balance: Balance, expected: list[str]) -> None:
    assert codes(recommendations(balance, THB)) == expected


def test_recommendation_texts_name_the_amounts() -> None:
    advice = recommendations(thb(total=500_000, available=85_000, reserve=50_000), THB)
    assert [item.text for item in advice] == [
        "Consider adding funds: ฿850.00 is available, below the ฿1,000.00 low threshold.",
        "High pending balance — review settlements: ฿4,150.00 is pending, "
        "more than twice the ฿850.00 available.",
        "฿500.00 is held in reserve by Omise and cannot be used or paid out.",
    ]


def test_add_funds_at_exactly_the_low_threshold_says_at() -> None:
    (advice,) = recommendations(thb(total=100_000, available=100_000), THB)
    assert (
        advice.text
        == "Consider adding funds: ฿1,000.00 is available, at the ฿1,000.00 low threshold."
    )


def test_inconsistent_balance_points_to_the_dashboard() -> None:
    (advice,) = recommendations(thb(total=100_000_000, available=200_000_000), THB)
    assert advice == Advice(
        "inconsistent",
        "The API reports more available than total; check the account in the Dashboard.",
    )


def test_jpy_advice_has_no_minor_unit() -> None:
    balance = Balance("JPY", True, total=3_500, available=3_500, transferable=3_500)
    (advice,) = recommendations(balance, default_thresholds("JPY"))
    assert (
        advice.text == "Consider adding funds: ¥3,500 is available, below the ¥4,000 low threshold."
    )


@pytest.mark.parametrize(
    ("currency", "fee"),
    [("THB", 2500), ("thb", 2500), ("JPY", 260), ("SGD", 0), ("MYR", 0), ("XYZ", 0)],
)
def test_default_transfer_fee_per_currency(currency: str, fee: int) -> None:
    assert default_transfer_fee(currency) == fee


class Payout(NamedTuple):
    """One row of the payout table: the balance figures, the request and the expected verdict."""

    transferable: int
    available: int
    amount: int
    operation: Operation
    fee: int | None
    buffer: int
    ok: bool
    remaining: int
    shortfall: int


@pytest.mark.parametrize(
    "row",
    [
        # A transfer needs amount + fee + buffer out of transferable.
        Payout(1_500_000, 1_500_000, 1_000_000, Operation.TRANSFER, None, 0, True, 497_500, 0),
        Payout(1_002_500, 1_500_000, 1_000_000, Operation.TRANSFER, None, 0, True, 0, 0),
        Payout(1_002_499, 1_500_000, 1_000_000, Operation.TRANSFER, None, 0, False, 0, 1),
        Payout(750_000, 1_500_000, 1_000_000, Operation.TRANSFER, None, 0, False, 0, 252_500),
        Payout(
            1_500_000, 1_500_000, 1_000_000, Operation.TRANSFER, 3_000, 100_000, True, 397_000, 0
        ),
        Payout(1_500_000, 1_500_000, 1_000_000, Operation.TRANSFER, 0, 0, True, 500_000, 0),
        # A refund needs amount + buffer out of available, with no transfer fee.
        Payout(0, 150_000, 100_000, Operation.REFUND, None, 0, True, 50_000, 0),
        Payout(0, 150_000, 100_000, Operation.REFUND, 2_500, 0, True, 50_000, 0),
        Payout(0, 150_000, 100_000, Operation.REFUND, None, 60_000, False, 0, 10_000),
        Payout(0, -5_000, 100_000, Operation.REFUND, None, 0, False, 0, 105_000),
    ],
)
def test_check_payout_draws_on_the_right_figure(row: Payout) -> None:
    balance = thb(
        total=max(row.available, 0), available=row.available, transferable=row.transferable
    )
    check = check_payout(balance, row.amount, row.operation, fee=row.fee, buffer=row.buffer)
    assert (check.ok, check.remaining, check.shortfall) == (row.ok, row.remaining, row.shortfall)
    usable = row.transferable if row.operation is Operation.TRANSFER else row.available
    assert check.usable == usable


@pytest.mark.parametrize(
    ("usable", "amount", "operation", "buffer", "summary"),
    [
        (
            1_500_000,
            1_000_000,
            Operation.TRANSFER,
            0,
            "Yes: after this transfer of ฿10,000.00 and the ฿25.00 fee, ฿4,975.00 remains.",
        ),
        (
            750_000,
            1_000_000,
            Operation.TRANSFER,
            0,
            "No: you are ฿2,525.00 short (transfer ฿10,000.00 + fee ฿25.00 + buffer ฿0.00).",
        ),
        (
            1_500_000,
            1_000_000,
            Operation.TRANSFER,
            100_000,
            "Yes: after this transfer of ฿10,000.00 and the ฿25.00 fee, ฿4,975.00 remains, "
            "฿3,975.00 above your ฿1,000.00 buffer.",
        ),
        (
            1_500_000,
            100_000,
            Operation.REFUND,
            0,
            "Yes: after this refund of ฿1,000.00, ฿14,000.00 remains.",
        ),
        (
            50_000,
            100_000,
            Operation.REFUND,
            20_000,
            "No: you are ฿700.00 short (refund ฿1,000.00 + buffer ฿200.00).",
        ),
    ],
)
def test_payout_summary_is_a_sentence_with_money(
    usable: int, amount: int, operation: Operation, buffer: int, summary: str
) -> None:
    balance = thb(total=usable, available=usable)
    assert check_payout(balance, amount, operation, buffer=buffer).summary() == summary


def test_jpy_transfer_summary_has_no_minor_unit() -> None:
    balance = Balance("JPY", True, total=20_000, available=20_000, transferable=20_000)
    check = check_payout(balance, 10_000, Operation.TRANSFER)
    assert (
        check.summary() == "Yes: after this transfer of ¥10,000 and the ¥260 fee, ¥9,740 remains."
    )


def test_payout_check_records_what_it_counted() -> None:
    balance = thb(total=1_500_000, available=1_500_000)
    assert check_payout(balance, 1_000_000, Operation.TRANSFER, buffer=5) == PayoutCheck(
        operation=Operation.TRANSFER,
        currency="THB",
        amount=1_000_000,
        fee=2_500,
        buffer=5,
        usable=1_500_000,
        required=1_002_505,
        ok=True,
        remaining=497_495,
        shortfall=0,
    )


@pytest.mark.parametrize(
    ("amount", "fee", "buffer", "message"),
    [
        (-1, None, 0, "The amount cannot be negative: enter zero or more."),
        (1, -1, 0, "The fee cannot be negative: enter zero or more."),
        (1, None, -1, "The buffer cannot be negative: enter zero or more."),
    ],
)
def test_check_payout_refuses_negative_figures(
    amount: int, fee: int | None, buffer: int, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        check_payout(thb(total=1, available=1), amount, Operation.TRANSFER, fee=fee, buffer=buffer)


def test_check_payout_refuses_floats() -> None:
    with pytest.raises(TypeError):
        check_payout(thb(total=1, available=1), 1.5, Operation.REFUND)  # type: ignore[arg-type]
