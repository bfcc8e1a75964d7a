"""The daily report: health, advice and what changed since the previous day's report."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from omise_tray.core.balance import Balance
from omise_tray.core.health import Health, Thresholds, Watched, default_thresholds
from omise_tray.core.report import DailyReport, build_daily_report, fall_percent

TODAY = date(2025, 6, 15)
THB = default_thresholds("THB")  # critical ฿500, low ฿1,000, moderate ฿5,000


def thb(total: int, available: int | None = None) -> Balance:
    available = total if available is None else available
    return Balance("THB", False, total, available, available)


def report(
    balance: Balance,
    previous: DailyReport | None = None,
    *,
    day: date = TODAY,
    thresholds: Thresholds = THB,
    watched: Watched = Watched.AVAILABLE,
) -> DailyReport:
    return build_daily_report(
        account_id="acct",
        account_name="Bangkok shop",
        balance=balance,
        thresholds=thresholds,
        day=day,
        previous=previous,
        watched=watched,
    )


def test_a_report_holds_the_days_figures_and_health() -> None:
    made = report(Balance("THB", True, 12_000_00, 8_000_00, 8_000_00))

    assert made == DailyReport(
        date=TODAY,
        account_id="acct",
        account_name="Bangkok shop",
        currency="THB",
        livemode=True,
        total=12_000_00,
        available=8_000_00,
        pending=4_000_00,
        status=Health.HEALTHY,
        recommendations=(),
    )


def test_a_low_balance_carries_the_advice_to_add_funds() -> None:
    made = report(thb(900_00))

    assert made.status is Health.LOW
    assert made.recommendations == (
        "Consider adding funds: ฿900.00 is available, below the ฿1,000.00 low threshold.",
    )


def test_a_sharp_fall_since_yesterday_is_reported() -> None:
    yesterday = report(thb(10_000_00), day=date(2025, 6, 14))

    made = report(thb(6_500_00), yesterday)

    assert made.recommendations == (
        "Available balance fell 35% since yesterday, from ฿10,000.00 to ฿6,500.00.",
    )


def test_a_fall_since_an_older_report_names_its_date() -> None:
    older = report(thb(10_000_00), day=date(2025, 6, 11))

    made = report(thb(6_000_00), older)

    assert made.recommendations == (
        "Available balance fell 40% since 2025-06-11, from ฿10,000.00 to ฿6,000.00.",
    )


def test_a_worse_health_since_yesterday_is_reported() -> None:
    yesterday = report(thb(6_000_00), day=date(2025, 6, 14))

    made = report(thb(4_900_00), yesterday)

    assert made.status is Health.MODERATE
    assert made.recommendations == ("Health went from healthy to moderate since yesterday.",)


@pytest.mark.parametrize(
    ("before", "now"),
    [(10_000_00, 8_100_00), (10_000_00, 10_000_00), (10_000_00, 50_000_00)],
    ids=["fell-19-percent", "unchanged", "rose"],
)
def test_small_falls_and_rises_are_not_reported(before: int, now: int) -> None:
    yesterday = report(thb(before), day=date(2025, 6, 14))
    assert report(thb(now), yesterday).recommendations == ()


def test_no_comparison_with_a_report_in_another_currency() -> None:
    yesterday = replace(report(thb(10_000_00), day=date(2025, 6, 14)), currency="JPY")
    assert report(thb(100_00 * 60), yesterday).recommendations == ()


def test_no_comparison_with_a_report_of_the_same_day() -> None:
    earlier_today = report(thb(10_000_00))
    assert report(thb(6_000_00), earlier_today).recommendations == ()


def test_a_watched_total_is_compared_by_its_total() -> None:
    yesterday = report(thb(10_000_00, 5_500_00), day=date(2025, 6, 14), watched=Watched.TOTAL)

    made = report(thb(7_000_00, 5_500_00), yesterday, watched=Watched.TOTAL)

    assert made.recommendations == (
        "Total balance fell 30% since yesterday, from ฿10,000.00 to ฿7,000.00.",
    )


@pytest.mark.parametrize(
    ("before", "now", "percent"),
    [
        (100, 65, 35),
        (3, 2, 33),
        (200, 199, 1),  # 0.5% rounds half up
        (400, 399, 0),  # 0.25% rounds down
        (100, 0, 100),
        (100, -50, 150),
        (100, 100, None),
        (100, 120, None),
        (0, -5, None),
        (-10, -20, None),
    ],
)
def test_fall_percent_rounds_half_up_and_only_counts_falls(
    before: int, now: int, percent: int | None
) -> None:
    assert fall_percent(before, now) == percent
