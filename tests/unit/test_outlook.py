"""Specification of the money timeline: incoming money, scheduled payouts and the projection."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import Decimal
from typing import NamedTuple
from zoneinfo import ZoneInfo

import pytest

from omise_tray.core.advice import FeeSource
from omise_tray.core.balance import Balance
from omise_tray.core.outlook import (
    DEFAULT_OUTLOOK_DAYS,
    Outlook,
    PayoutProblem,
    build_outlook,
    is_business_day,
    payout_day,
)
from omise_tray.omise.models import Transaction, TransferConfig, TransferSchedule

BANGKOK = ZoneInfo("Asia/Bangkok")
TOKYO = ZoneInfo("Asia/Tokyo")
NEW_YORK = ZoneInfo("America/New_York")
# Monday 17 March 2025, 08:00 in Bangkok: before the day's 10:00 payout run.
MONDAY_MORNING = datetime(2025, 3, 17, 8, 0, tzinfo=BANGKOK)


def day(number: int) -> date:
    """A date of March 2025: 17 is the Monday of the tests' week."""
    return date(2025, 3, number)


def at(number: int, hour: int, minute: int = 0, zone: tzinfo = BANGKOK) -> datetime:
    return datetime(2025, 3, number, hour, minute, tzinfo=zone)


def credit(when: datetime, amount: int, currency: str = "THB") -> Transaction:
    return Transaction(
        id=f"trxn_test_{when.timestamp():.0f}_{amount}",
        amount=amount,
        currency=currency,
        direction="credit",
        key="charge.captured.net",
        transferable_at=when,
    )


def fixed(
    *dates: date, amount: int, status: str = "active", ident: str = "schd_fixed"
) -> TransferSchedule:
    return TransferSchedule(
        id=ident, status=status, every=1, period="week", amount=amount, next_dates=dates
    )


def share(*dates: date, percentage: str, ident: str = "schd_share") -> TransferSchedule:
    return TransferSchedule(
        id=ident,
        status="active",
        every=1,
        period="month",
        percentage_of_balance=Decimal(percentage),
        next_dates=dates,
    )


def thb(available: int) -> Balance:
    return Balance("THB", False, total=available, available=available, transferable=available)


def outlook(
    available: int,
    *,
    credits: tuple[Transaction, ...] = (),
    schedules: tuple[TransferSchedule, ...] = (),
    terms: TransferConfig | None = None,
    now: datetime = MONDAY_MORNING,
    zone: tzinfo | None = BANGKOK,
    days: int = 7,
    low_line: int = 0,
    balance: Balance | None = None,
    fees: dict[str, int] | None = None,
) -> Outlook:
    return build_outlook(
        balance or thb(available),
        credits,
        schedules,
        terms,
        now=now,
        zone=zone,
        low_line=low_line,
        days=days,
        fees=fees,
    )


def projected(result: Outlook) -> list[int]:
    return [point.available for point in result.projection]


def payouts(result: Outlook) -> list[tuple[date, int, date | None, PayoutProblem | None]]:
    return [(p.date, p.amount, p.leaves_on, p.problem) for p in result.payouts]


class Case(NamedTuple):
    """One row: the account's situation and the projection expected for Mon 17 to Sun 23."""

    available: int
    credits: tuple[Transaction, ...]
    schedules: tuple[TransferSchedule, ...]
    projection: list[int]
    payouts: list[tuple[date, int, date | None, PayoutProblem | None]]


CASES = {
    "nothing coming, nothing scheduled": Case(1_000_000, (), (), [1_000_000] * 7, []),
    "credits join on their local date": Case(
        1_000_000,
        (credit(at(18, 15), 200_000), credit(at(20, 9), 50_000), credit(at(20, 23, 59), 1)),
        (),
        [1_000_000, 1_200_000, 1_200_000, 1_250_001, 1_250_001, 1_250_001, 1_250_001],
        [],
    ),
    "fixed weekly payout on Friday": Case(
        1_000_000,
        (credit(at(18, 15), 200_000),),
        (fixed(day(21), day(28), amount=500_000),),
        [1_000_000, 1_200_000, 1_200_000, 1_200_000, 700_000, 700_000, 700_000],
        [(day(21), 500_000, day(21), None)],
    ),
    "percentage payout sees the credits of its morning only": Case(
        1_000_000,
        (credit(at(19, 9), 200_000), credit(at(19, 12), 100_000)),
        (share(day(19), percentage="50"),),
        [1_000_000, 1_000_000, 700_000, 700_000, 700_000, 700_000, 700_000],
        [(day(19), 600_000, day(19), None)],
    ),
    "percentage rounds down to the satang": Case(
        1_000_001,
        (),
        (share(day(18), percentage="33.3"),),
        [1_000_001, 667_001, 667_001, 667_001, 667_001, 667_001, 667_001],
        [(day(18), 333_000, day(18), None)],
    ),
    "expired, suspended and deleted schedules are ignored": Case(
        1_000_000,
        (),
        (
            fixed(day(18), amount=100_000, status="expired", ident="a"),
            fixed(day(19), amount=100_000, status="suspended", ident="b"),
            fixed(day(20), amount=100_000, status="deleted", ident="c"),
        ),
        [1_000_000] * 7,
        [],
    ),
    "running and expiring schedules still pay": Case(
        1_000_000,
        (),
        (
            fixed(day(18), amount=100_000, status="running", ident="a"),
            fixed(day(19), amount=100_000, status="expiring", ident="b"),
        ),
        [1_000_000, 900_000, 800_000, 800_000, 800_000, 800_000, 800_000],
        [(day(18), 100_000, day(18), None), (day(19), 100_000, day(19), None)],
    ),
    "a payout larger than the balance waits for the money, retried each business day": Case(
        100_000,
        (credit(at(19, 14), 300_000), credit(at(20, 8), 200_000)),
        (fixed(day(18), amount=500_000),),
        [100_000, 100_000, 400_000, 100_000, 100_000, 100_000, 100_000],
        [(day(18), 500_000, day(20), None)],
    ),
    "a payout the window never covers is flagged short and not taken": Case(
        100_000,
        (),
        (fixed(day(18), amount=500_000),),
        [100_000] * 7,
        [(day(18), 500_000, None, PayoutProblem.SHORT)],
    ),
    "incoming before 10:00 on the payout's day covers it": Case(
        100_000,
        (credit(at(18, 9, 59), 250_000),),
        (fixed(day(18), amount=300_000),),
        [100_000, 50_000, 50_000, 50_000, 50_000, 50_000, 50_000],
        [(day(18), 300_000, day(18), None)],
    ),
    "incoming after 10:00 on the payout's day comes too late: it leaves the next day": Case(
        100_000,
        (credit(at(18, 10, 1), 250_000),),
        (fixed(day(18), amount=300_000),),
        [100_000, 350_000, 50_000, 50_000, 50_000, 50_000, 50_000],
        [(day(18), 300_000, day(19), None)],
    ),
    "a payout on the window's last weekend leaves after it, and is not short": Case(
        1_000_000,
        (),
        (fixed(day(22), amount=100_000),),
        [1_000_000] * 7,
        [(day(22), 100_000, None, None)],
    ),
    "today's payout runs when 10:00 has not come yet": Case(
        1_000_000,
        (),
        (fixed(day(17), amount=100_000),),
        [900_000] * 7,
        [(day(17), 100_000, day(17), None)],
    ),
    "payouts wait in line oldest first, a smaller later one is not held up": Case(
        150_000,
        (credit(at(20, 12), 400_000),),
        (
            fixed(day(18), amount=200_000, ident="big"),
            fixed(day(19), amount=100_000, ident="small"),
        ),
        [150_000, 150_000, 50_000, 450_000, 250_000, 250_000, 250_000],
        [(day(18), 200_000, day(21), None), (day(19), 100_000, day(19), None)],
    ),
    "percentage of nothing pays nothing": Case(
        0,
        (),
        (share(day(18), percentage="100"),),
        [0] * 7,
        [(day(18), 0, None, PayoutProblem.NOTHING_TO_PAY)],
    ),
    "credits already transferable, debits and days beyond the window are left out": Case(
        1_000_000,
        (
            credit(at(17, 7), 999),
            credit(at(24, 0), 888),
            Transaction("trxn_d", 777, "THB", "debit", "refund", transferable_at=at(18, 12)),
        ),
        (fixed(day(24), amount=100_000),),
        [1_000_000] * 7,
        [],
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_outlook_rules(case: Case) -> None:
    result = outlook(case.available, credits=case.credits, schedules=case.schedules)
    assert [point.date for point in result.projection] == [day(n) for n in range(17, 24)]
    assert projected(result) == case.projection
    assert payouts(result) == case.payouts


def test_a_weekend_payout_leaves_on_the_next_business_day() -> None:
    result = outlook(1_000_000, schedules=(fixed(day(22), amount=100_000),), days=8)
    (payout,) = result.payouts
    assert (payout.date, payout.leaves_on, payout.late) == (day(22), day(24), True)
    assert projected(result)[-1] == 900_000


def test_todays_payout_already_sent_at_10_is_in_the_balance_already() -> None:
    result = outlook(
        1_000_000, schedules=(fixed(day(17), day(24), amount=100_000),), now=at(17, 10), days=8
    )
    assert payouts(result) == [(day(24), 100_000, day(24), None)]
    assert projected(result)[0] == 1_000_000


def test_incoming_is_one_entry_per_date_ascending() -> None:
    result = outlook(
        0,
        credits=(credit(at(19, 20), 5), credit(at(18, 1), 2), credit(at(19, 3), 4)),
    )
    assert [(item.date, item.amount) for item in result.incoming] == [(day(18), 2), (day(19), 9)]
    assert result.next_incoming is not None and result.next_incoming.date == day(18)


def test_the_bank_receives_the_amount_less_the_fee() -> None:
    result = outlook(1_000_000, schedules=(fixed(day(18), amount=500_000),))
    (payout,) = result.payouts
    assert (payout.fee, payout.net) == (3_000, 497_000)


class Terms(NamedTuple):
    """One row: what the account and Settings say, and the payout terms the outlook uses."""

    terms: TransferConfig | None
    fees: dict[str, int] | None
    fee: int
    source: FeeSource
    minimum: int | None


@pytest.mark.parametrize(
    "row",
    [
        Terms(None, None, 3_000, FeeSource.DEFAULT, None),
        Terms(None, {"THB": 2_500}, 2_500, FeeSource.SETTINGS, None),
        Terms(
            TransferConfig(fee=3_500, min_transfer_amount=3_000),
            {"THB": 2_500},
            3_500,
            FeeSource.ACCOUNT,
            3_000,
        ),
        Terms(TransferConfig(min_transfer_amount=10_000), None, 3_000, FeeSource.DEFAULT, 10_000),
    ],
    ids=["no transfer_config", "fee from settings", "fee from the account", "config without fee"],
)
def test_payout_terms_come_from_the_account_else_settings_else_defaults(row: Terms) -> None:
    result = outlook(
        1_000_000, schedules=(fixed(day(18), amount=500_000),), terms=row.terms, fees=row.fees
    )
    assert (result.payout_fee, result.fee_source, result.min_payout) == (
        row.fee,
        row.source,
        row.minimum,
    )
    assert result.payouts_enabled is True
    assert [p.fee for p in result.payouts] == [row.fee]


def test_payouts_turned_off_project_none_and_say_so() -> None:
    terms = TransferConfig(fee=3_000, min_transfer_amount=3_000, payouts_enabled=False)
    result = outlook(1_000_000, schedules=(fixed(day(18), amount=500_000),), terms=terms)
    assert result.payouts_enabled is False
    assert result.payouts == ()
    assert projected(result) == [1_000_000] * 7


def test_a_payout_below_the_minimum_is_flagged_and_not_taken() -> None:
    terms = TransferConfig(fee=3_000, min_transfer_amount=100_000)
    result = outlook(1_000_000, schedules=(fixed(day(18), amount=50_000),), terms=terms)
    assert payouts(result) == [(day(18), 50_000, None, PayoutProblem.BELOW_MINIMUM)]
    assert projected(result) == [1_000_000] * 7


def test_jpy_has_no_minor_unit_and_its_own_default_fee() -> None:
    balance = Balance("JPY", True, total=200_000, available=142_900, transferable=142_900)
    result = outlook(
        0,
        balance=balance,
        credits=(credit(at(18, 12), 28_100, "JPY"),),
        schedules=(share(day(20), percentage="33.3"),),
    )
    assert (result.currency, result.livemode, result.payout_fee) == ("JPY", True, 260)
    # 33.3 % of ¥171,000 is ¥56,943 exactly; the bank receives ¥56,683.
    assert payouts(result) == [(day(20), 56_943, day(20), None)]
    assert result.payouts[0].net == 56_683
    assert projected(result) == [142_900, 171_000, 171_000, 114_057, 114_057, 114_057, 114_057]


@pytest.mark.parametrize(
    ("low_line", "low_on"),
    [(699_999, None), (700_000, day(21)), (1_000_000, day(17)), (1_100_000, day(17))],
)
def test_low_on_is_the_first_day_at_or_below_the_low_line(
    low_line: int, low_on: date | None
) -> None:
    result = outlook(
        1_000_000,
        credits=(credit(at(18, 15), 200_000),),
        schedules=(fixed(day(21), amount=500_000),),
        low_line=low_line,
    )
    assert result.low_on == low_on


def test_low_within_looks_only_as_far_as_asked() -> None:
    result = outlook(
        1_000_000, schedules=(fixed(day(21), amount=500_000),), low_line=500_000, days=14
    )
    assert result.low_on == day(21)
    assert result.low_within(5) == day(21)
    assert result.low_within(4) is None


def test_payouts_leaving_by_counts_those_due_first() -> None:
    result = outlook(
        1_000_000,
        schedules=(fixed(day(18), day(25), amount=100_000),),
        days=14,
    )
    assert result.payouts_leaving_by(day(17)) == 0
    assert result.payouts_leaving_by(day(18)) == 100_000
    assert result.payouts_leaving_by(day(30)) == 200_000
    assert result.next_payout is not None and result.next_payout.date == day(18)


class Midnight(NamedTuple):
    """One zone: what `now` and a credit's moment are there as local dates."""

    zone: tzinfo
    today: date
    incoming_on: date


# Now is 16:30 UTC on Monday 17 and the credit is transferable at 16:30 UTC on Tuesday 18:
# before midnight in Bangkok (23:30) and New York (12:30), after it in Tokyo (01:30 next day).
@pytest.mark.parametrize(
    "row",
    [
        Midnight(BANGKOK, day(17), day(18)),
        Midnight(TOKYO, day(18), day(19)),
        Midnight(NEW_YORK, day(17), day(18)),
        Midnight(UTC, day(17), day(18)),
    ],
    ids=["bangkok", "tokyo", "new-york", "utc"],
)
def test_dates_are_local_calendar_dates_on_both_sides_of_midnight(row: Midnight) -> None:
    now = datetime(2025, 3, 17, 16, 30, tzinfo=UTC)
    result = outlook(
        0,
        credits=(credit(datetime(2025, 3, 18, 16, 30, tzinfo=UTC), 100),),
        now=now,
        zone=row.zone,
        days=3,
    )
    assert result.today == row.today
    assert [point.date for point in result.projection] == [
        row.today + timedelta(days=n) for n in range(3)
    ]
    assert [(item.date, item.amount) for item in result.incoming] == [(row.incoming_on, 100)]


@pytest.fixture
def tokyo_computer(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's local time is Tokyo's for the test (TZ, as a user would set it)."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("tokyo_computer")
def test_without_a_zone_the_computers_local_time_applies() -> None:
    result = outlook(
        0,
        credits=(credit(datetime(2025, 3, 18, 16, 30, tzinfo=UTC), 100),),
        schedules=(fixed(day(18), amount=50),),
        now=datetime(2025, 3, 17, 16, 30, tzinfo=UTC),
        zone=None,
        days=3,
    )
    assert result.today == day(18)
    assert [(item.date, item.amount) for item in result.incoming] == [(day(19), 100)]
    # Now is 01:30 on the 18th in Tokyo: that day's 10:00 run finds nothing to pay with, and
    # the 19th's run has the credit that arrived at 01:30 Tokyo time.
    assert payouts(result) == [(day(18), 50, day(19), None)]


def test_a_credit_a_minute_past_local_midnight_counts_for_the_new_day() -> None:
    result = outlook(
        0,
        credits=(credit(at(17, 23, 59), 1), credit(at(18, 0, 1), 2)),
        days=2,
    )
    assert [(item.date, item.amount) for item in result.incoming] == [(day(17), 1), (day(18), 2)]
    assert projected(result) == [1, 3]


def test_the_default_window_is_fourteen_days_from_today() -> None:
    result = build_outlook(thb(0), (), (), None, now=MONDAY_MORNING, zone=BANGKOK, low_line=0)
    assert DEFAULT_OUTLOOK_DAYS == 14
    assert len(result.projection) == 14
    assert result.projection[0].date == day(17) and result.projection[-1].date == day(30)


@pytest.mark.parametrize("days", [0, -1])
def test_an_outlook_of_no_days_is_refused(days: int) -> None:
    with pytest.raises(ValueError):
        outlook(0, days=days)


def test_now_without_a_time_zone_is_refused() -> None:
    with pytest.raises(ValueError):
        outlook(0, now=datetime(2025, 3, 17, 8, 0))


@pytest.mark.parametrize(
    ("number", "business"), [(14, True), (15, False), (16, False), (17, True), (21, True)]
)
def test_business_days_are_monday_to_friday(number: int, business: bool) -> None:
    assert is_business_day(day(number)) is business


@pytest.mark.parametrize(
    ("now", "leaves"),
    [
        (at(17, 9, 59), day(17)),  # Monday before the run
        (at(17, 10, 0), day(18)),  # Monday at the run: the next day
        (at(21, 12), day(24)),  # Friday afternoon: Monday
        (at(22, 8), day(24)),  # Saturday morning: Monday
    ],
)
def test_a_payout_asked_for_now_leaves_at_the_next_run(now: datetime, leaves: date) -> None:
    assert payout_day(now, BANGKOK) == leaves
    assert payout_day(now.astimezone(UTC), BANGKOK) == leaves


def test_scheduled_payouts_due_before_a_payout_asked_for_now() -> None:
    # The merchant asks on Monday afternoon: Tuesday's scheduled payout leaves first.
    result = outlook(1_000_000, schedules=(fixed(day(18), day(25), amount=100_000),), days=14)
    assert result.payouts_leaving_by(payout_day(at(17, 15), BANGKOK)) == 100_000
