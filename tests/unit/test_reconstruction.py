"""Specification of balance history worked out backwards from today's balance."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from omise_tray.core.reconstruction import (
    LONGEST_HOLD,
    ReconstructedPoint,
    fetch_from,
    reconstruct_history,
)
from omise_tray.omise.models import Transaction

NOW = datetime(2025, 3, 31, 12, 0, tzinfo=UTC)
START = NOW - timedelta(days=30)


def ago(days: float, hours: float = 0) -> datetime:
    return NOW - timedelta(days=days, hours=hours)


def credit(amount: int, created: datetime, transferable: datetime | None) -> Transaction:
    return Transaction(
        id=f"trxn_{created.timestamp():.0f}_{amount}",
        amount=amount,
        currency="THB",
        direction="credit",
        key="charge.captured.net",
        created_at=created,
        transferable_at=transferable,
    )


def debit(amount: int, created: datetime) -> Transaction:
    return Transaction(
        id=f"trxn_{created.timestamp():.0f}_{amount}",
        amount=amount,
        currency="THB",
        direction="debit",
        key="transfer.sent",
        created_at=created,
        transferable_at=created,
    )


def history(
    total: int, available: int, *movements: Transaction, complete: bool = True
) -> list[tuple[datetime, int, int]]:
    points = reconstruct_history(total, available, movements, now=NOW, complete=complete)
    assert all(point.reconstructed for point in points)
    return [(point.at, point.total, point.available) for point in points]


def test_without_transactions_the_balance_was_the_same_all_along() -> None:
    assert history(10_000, 8_000) == [(START, 10_000, 8_000)]


def test_a_credit_joins_the_total_when_made_and_the_available_when_transferable() -> None:
    sale = credit(3_000, ago(10, 0.5), ago(8, 0.5))
    assert history(10_000, 10_000, sale) == [
        (START, 7_000, 7_000),
        (ago(10), 10_000, 7_000),  # the end of the hour it was made in
        (ago(8), 10_000, 10_000),
    ]


def test_a_debit_leaves_both_at_once() -> None:
    payout = debit(5_000, ago(5, 0.25))
    assert history(10_000, 10_000, payout) == [(START, 15_000, 15_000), (ago(5), 10_000, 10_000)]


def test_money_still_pending_was_never_available_in_the_past() -> None:
    sale = credit(2_000, ago(1, 0.5), NOW + timedelta(days=2))
    assert history(12_000, 10_000, sale) == [(START, 10_000, 10_000), (ago(1), 12_000, 10_000)]


def test_a_sale_before_the_window_that_settled_inside_it_lowers_the_early_available() -> None:
    sale = credit(4_000, ago(31), ago(28, 0.5))
    assert history(10_000, 10_000, sale) == [(START, 10_000, 6_000), (ago(28), 10_000, 10_000)]


def test_changes_within_one_hour_make_one_point() -> None:
    sales = [credit(100, ago(3, h / 10), ago(3, h / 10)) for h in range(1, 6)]
    assert history(1_000, 1_000, *sales) == [(START, 500, 500), (ago(3), 1_000, 1_000)]


def test_the_newest_point_is_never_after_now() -> None:
    # 30 days are not a whole number of 7-hour slots: the last slot would end after now.
    sale = credit(100, ago(0, 0.1), ago(0, 0.1))
    points = reconstruct_history(1_000, 1_000, [sale], now=NOW, resolution=timedelta(hours=7))
    assert [(p.at, p.total) for p in points] == [(START, 900), (NOW, 1_000)]


def test_an_incomplete_list_starts_at_its_oldest_transaction() -> None:
    older, newer = debit(1_000, ago(12)), debit(1_000, ago(6, 0.5))
    points = history(5_000, 5_000, newer, older, complete=False)
    assert points[0] == (ago(12), 6_000, 6_000)
    assert points[-1] == (ago(6), 5_000, 5_000)


def test_an_incomplete_empty_list_reconstructs_nothing() -> None:
    assert history(5_000, 5_000, complete=False) == []


def test_pending_of_a_point_is_never_negative() -> None:
    assert ReconstructedPoint(NOW, total=100, available=300).pending == 0
    assert ReconstructedPoint(NOW, total=300, available=100).pending == 200


def test_transactions_are_read_from_weeks_before_the_window() -> None:
    assert fetch_from(NOW) == NOW - timedelta(days=30) - LONGEST_HOLD == ago(51)


@pytest.mark.parametrize(
    "kwargs", [{"days": 0}, {"now": datetime(2025, 3, 31, 12, 0)}], ids=["no days", "naive now"]
)
def test_a_reconstruction_needs_days_and_a_zoned_now(kwargs: dict[str, object]) -> None:
    arguments: dict[str, object] = {"now": NOW, **kwargs}
    with pytest.raises(ValueError):
        reconstruct_history(0, 0, [], **arguments)  # type: ignore[arg-type]
