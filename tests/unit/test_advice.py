"""Specification of advice for a balance and of the pre-payout check."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from omise_tray.core.advice import (
    Advice,
    FeeSource,
    Operation,
    PayoutCheck,
    PayoutVerdict,
    check_payout,
    default_transfer_fee,
    payout_fee,
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
    [("THB", 3000), ("thb", 3000), ("JPY", 260), ("SGD", 0), ("MYR", 0), ("XYZ", 0)],
)
def test_default_transfer_fee_per_currency(currency: str, fee: int) -> None:
    assert default_transfer_fee(currency) == fee


@pytest.mark.parametrize(
    ("currency", "account_fee", "settings", "expected"),
    [
        ("THB", 2_500, {"THB": 4_000}, (2_500, FeeSource.ACCOUNT)),
        ("THB", 0, None, (0, FeeSource.ACCOUNT)),
        ("THB", None, {"THB": 4_000}, (4_000, FeeSource.SETTINGS)),
        ("thb", None, {"THB": 4_000}, (4_000, FeeSource.SETTINGS)),
        ("THB", None, {"JPY": 300}, (3_000, FeeSource.DEFAULT)),
        ("JPY", None, None, (260, FeeSource.DEFAULT)),
        ("SGD", None, {}, (0, FeeSource.DEFAULT)),
        ("MYR", None, None, (0, FeeSource.UNKNOWN)),
        ("MYR", None, {"MYR": 500}, (500, FeeSource.SETTINGS)),
    ],
)
def test_payout_fee_prefers_the_account_then_settings_then_the_default(
    currency: str,
    account_fee: int | None,
    settings: dict[str, int] | None,
    expected: tuple[int, FeeSource],
) -> None:
    assert payout_fee(currency, account_fee, settings) == expected


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
        # A transfer debits its amount (+ the buffer kept) from transferable: the fee comes
        # out of the amount, so it does not need to fit on top.
        Payout(1_500_000, 1_500_000, 1_000_000, Operation.TRANSFER, None, 0, True, 500_000, 0),
        Payout(1_000_000, 1_500_000, 1_000_000, Operation.TRANSFER, None, 0, True, 0, 0),
        Payout(999_999, 1_500_000, 1_000_000, Operation.TRANSFER, None, 0, False, 0, 1),
        Payout(750_000, 1_500_000, 1_000_000, Operation.TRANSFER, None, 0, False, 0, 250_000),
        Payout(
            1_500_000, 1_500_000, 1_000_000, Operation.TRANSFER, 3_000, 100_000, True, 400_000, 0
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
    ("amount", "fee", "net"),
    [(1_000_000, None, 997_000), (1_000_000, 2_500, 997_500), (5_000, 0, 5_000)],
)
def test_the_bank_receives_the_amount_less_the_fee(amount: int, fee: int | None, net: int) -> None:
    check = check_payout(
        thb(total=2_000_000, available=2_000_000), amount, Operation.TRANSFER, fee=fee
    )
    assert check.net == net


@pytest.mark.parametrize(
    ("amount", "kwargs", "verdict"),
    [
        (1_000_000, {}, PayoutVerdict.OK),
        (1_000_000, {"payouts_enabled": False}, PayoutVerdict.PAYOUTS_DISABLED),
        (2_999, {"min_payout": 3_000}, PayoutVerdict.BELOW_MINIMUM),
        (3_000, {"min_payout": 3_000}, PayoutVerdict.FEE_TAKES_ALL),
        (3_001, {"min_payout": 3_000}, PayoutVerdict.OK),
        (3_000, {}, PayoutVerdict.FEE_TAKES_ALL),
        (1_000_000, {"scheduled": 500_001}, PayoutVerdict.SHORT),
        (1_000_000, {"scheduled": 500_000}, PayoutVerdict.OK),
        (5_000_000, {"payouts_enabled": False}, PayoutVerdict.PAYOUTS_DISABLED),
    ],
)
def test_transfer_verdicts_follow_the_accounts_payout_terms(
    amount: int, kwargs: dict[str, int | bool], verdict: PayoutVerdict
) -> None:
    balance = thb(total=1_500_000, available=1_500_000)
    check = check_payout(balance, amount, Operation.TRANSFER, **kwargs)  # type: ignore[arg-type]
    assert check.verdict is verdict
    assert check.ok is (verdict is PayoutVerdict.OK)


def test_payout_terms_do_not_apply_to_a_refund() -> None:
    balance = thb(total=150_000, available=150_000, transferable=0)
    check = check_payout(
        balance,
        1_000,
        Operation.REFUND,
        min_payout=3_000,
        payouts_enabled=False,
        scheduled=100_000,
    )
    assert (check.ok, check.verdict, check.net, check.scheduled) == (
        True,
        PayoutVerdict.OK,
        1_000,
        0,
    )


@pytest.mark.parametrize(
    ("usable", "amount", "operation", "kwargs", "summary"),
    [
        (
            1_500_000,
            1_000_000,
            Operation.TRANSFER,
            {},
            "Yes: after this transfer of ฿10,000.00, ฿5,000.00 remains; "
            "your bank receives ฿9,970.00 after the ฿30.00 fee.",
        ),
        (
            750_000,
            1_000_000,
            Operation.TRANSFER,
            {},
            "No: you are ฿2,500.00 short (transfer ฿10,000.00 + buffer ฿0.00).",
        ),
        (
            1_500_000,
            1_000_000,
            Operation.TRANSFER,
            {"buffer": 100_000},
            "Yes: after this transfer of ฿10,000.00, ฿5,000.00 remains, "
            "฿4,000.00 above your ฿1,000.00 buffer; "
            "your bank receives ฿9,970.00 after the ฿30.00 fee.",
        ),
        (
            1_500_000,
            1_000_000,
            Operation.TRANSFER,
            {"scheduled": 200_000},
            "Yes: after this transfer of ฿10,000.00 and ฿2,000.00 of scheduled payouts, "
            "฿3,000.00 remains; your bank receives ฿9,970.00 after the ฿30.00 fee.",
        ),
        (
            1_500_000,
            1_000_000,
            Operation.TRANSFER,
            {"scheduled": 600_000},
            "No: you are ฿1,000.00 short "
            "(transfer ฿10,000.00 + scheduled payouts ฿6,000.00 + buffer ฿0.00).",
        ),
        (
            1_500_000,
            1_000_000,
            Operation.TRANSFER,
            {"payouts_enabled": False},
            "No: payouts are turned off for this account. "
            "Ask Omise to enable them before making a transfer.",
        ),
        (
            1_500_000,
            2_000,
            Operation.TRANSFER,
            {"min_payout": 3_000},
            "No: the smallest transfer this account can make is ฿30.00.",
        ),
        (
            1_500_000,
            3_000,
            Operation.TRANSFER,
            {},
            "No: the ฿30.00 fee would take all of this transfer, so nothing would reach your bank.",
        ),
        (
            1_500_000,
            100_000,
            Operation.REFUND,
            {},
            "Yes: after this refund of ฿1,000.00, ฿14,000.00 remains.",
        ),
        (
            50_000,
            100_000,
            Operation.REFUND,
            {"buffer": 20_000},
            "No: you are ฿700.00 short (refund ฿1,000.00 + buffer ฿200.00).",
        ),
    ],
)
def test_payout_summary_is_a_sentence_with_money(
    usable: int,
    amount: int,
    operation: Operation,
    kwargs: dict[str, int | bool],
    summary: str,
) -> None:
    balance = thb(total=usable, available=usable)
    check = check_payout(balance, amount, operation, **kwargs)  # type: ignore[arg-type]
    assert check.summary() == summary


def test_jpy_transfer_summary_has_no_minor_unit() -> None:
    balance = Balance("JPY", True, total=20_000, available=20_000, transferable=20_000)
    check = check_payout(balance, 10_000, Operation.TRANSFER)
    assert check.summary() == (
        "Yes: after this transfer of ¥10,000, ¥10,000 remains; "
        "your bank receives ¥9,740 after the ¥260 fee."
    )


def test_payout_check_records_what_it_counted() -> None:
    balance = thb(total=1_500_000, available=1_500_000)
    assert check_payout(balance, 1_000_000, Operation.TRANSFER, buffer=5) == PayoutCheck(
        operation=Operation.TRANSFER,
        currency="THB",
        amount=1_000_000,
        fee=3_000,
        buffer=5,
        usable=1_500_000,
        required=1_000_005,
        ok=True,
        remaining=499_995,
        shortfall=0,
        verdict=PayoutVerdict.OK,
        net=997_000,
        scheduled=0,
        min_payout=None,
    )


@pytest.mark.parametrize(
    ("amount", "fee", "buffer", "scheduled", "message"),
    [
        (-1, None, 0, 0, "The amount cannot be negative: enter zero or more."),
        (1, -1, 0, 0, "The fee cannot be negative: enter zero or more."),
        (1, None, -1, 0, "The buffer cannot be negative: enter zero or more."),
        (1, None, 0, -1, "The scheduled payouts cannot be negative: enter zero or more."),
    ],
)
def test_check_payout_refuses_negative_figures(
    amount: int, fee: int | None, buffer: int, scheduled: int, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        check_payout(
            thb(total=1, available=1),
            amount,
            Operation.TRANSFER,
            fee=fee,
            buffer=buffer,
            scheduled=scheduled,
        )


def test_check_payout_refuses_floats() -> None:
    with pytest.raises(TypeError):
        check_payout(thb(total=1, available=1), 1.5, Operation.REFUND)  # type: ignore[arg-type]
