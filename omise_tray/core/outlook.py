"""The money timeline of one account: money still to come, scheduled payouts and the projection.

Rules (OMISE_API.md, "When pending money becomes available" and "Transfer schedules"):

- Incoming: credits whose `transferable_at` is still ahead, summed per local calendar date
  (the date in `zone`) for the days of the window. Credits already transferable are part of
  the available balance.
- Payouts: the next dates of schedules that still pay out (`TransferSchedule.pays_out`) in the
  window. Omise sends payouts once a business day at 10:00 (Monday to Friday; bank holidays are
  not known here), so a date on a weekend leaves on the next Monday, and a date of today whose
  10:00 has passed is already in the balance. A payout sees the credits transferable by 10:00
  of its day; a percentage schedule pays that share of the projected balance then, rounded down
  to the minor unit. A payout debits its amount; the bank receives amount − fee.
- A payout larger than the projected balance fails with `insufficient_balance`, and Omise tries
  it again each business day until the balance covers it: it is projected to leave on the first
  such day in the window (`late`), or, when none comes, flagged `short` and not debited.
  A payout below the account's minimum is flagged and not debited, and so is a percentage of a
  balance that has nothing to pay.
- Payouts turned off for the account (`is_payout_enabled: false`): nothing is projected to
  leave, and the outlook says so.
- The projection is the available balance at the end of each day from today, ignoring new
  sales and refunds; `low_on` is the first day it is at or below the low line.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from decimal import ROUND_DOWN, Decimal
from enum import StrEnum
from typing import Protocol

from omise_tray.core.advice import FeeSource, payout_fee
from omise_tray.core.balance import Balance

DEFAULT_OUTLOOK_DAYS = 14
# When Omise sends the day's payouts, in local time (Omise's help centre: once a day at 10:00).
PAYOUT_TIME = time(10, 0)
_SATURDAY = 5


class Movement(Protocol):
    """A balance movement as the outlook reads it (omise.models.Transaction is one)."""

    @property
    def amount(self) -> int: ...

    @property
    def direction(self) -> str: ...

    @property
    def transferable_at(self) -> datetime | None: ...


class PayoutSchedule(Protocol):
    """An automatic payout as the outlook reads it (omise.models.TransferSchedule is one)."""

    @property
    def id(self) -> str: ...

    @property
    def amount(self) -> int | None: ...

    @property
    def percentage_of_balance(self) -> Decimal | None: ...

    @property
    def next_dates(self) -> tuple[date, ...]: ...

    @property
    def pays_out(self) -> bool: ...


class PayoutTerms(Protocol):
    """The account's payout terms (omise.models.TransferConfig is one)."""

    @property
    def fee(self) -> int | None: ...

    @property
    def min_transfer_amount(self) -> int | None: ...

    @property
    def payouts_enabled(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class Incoming:
    """Money that becomes transferable on one local date, in minor units."""

    date: date
    amount: int


class PayoutProblem(StrEnum):
    """Why a scheduled payout is not projected to leave."""

    SHORT = "short"  # the projected balance does not cover it on any business day in the window
    BELOW_MINIMUM = "below_minimum"  # under the account's smallest transfer
    NOTHING_TO_PAY = "nothing_to_pay"  # a percentage of a balance that is zero or less


@dataclass(frozen=True, slots=True)
class ScheduledPayout:
    """One run of a payout schedule in the window.

    `amount` leaves the balance (for a percentage schedule, the projected share); `leaves_on`
    is the day the projection takes it. It is None when the payout does not leave in the
    window: `problem` says why, or is None when no business day came before the window's end.
    """

    schedule_id: str
    date: date
    amount: int
    percentage: Decimal | None
    fee: int
    leaves_on: dt.date | None  # the class's own `date` field hides the type in here
    problem: PayoutProblem | None = None

    @property
    def net(self) -> int:
        """What reaches the bank: the amount less the fee, never below zero."""
        return max(0, self.amount - self.fee)

    @property
    def late(self) -> bool:
        """True when it leaves after its date (a weekend, or retried for want of money)."""
        return self.leaves_on is not None and self.leaves_on > self.date


@dataclass(frozen=True, slots=True)
class DayBalance:
    """The projected available balance at the end of one local date."""

    date: date
    available: int


@dataclass(frozen=True, slots=True)
class Outlook:
    """One account's coming days: incoming money, payouts and the projected balance."""

    currency: str
    livemode: bool
    today: date
    available: int
    incoming: tuple[Incoming, ...]
    payouts: tuple[ScheduledPayout, ...]
    payouts_enabled: bool
    payout_fee: int
    fee_source: FeeSource
    min_payout: int | None
    projection: tuple[DayBalance, ...]
    low_line: int
    low_on: date | None

    @property
    def next_incoming(self) -> Incoming | None:
        """The first date money becomes available, if any in the window."""
        return self.incoming[0] if self.incoming else None

    @property
    def next_payout(self) -> ScheduledPayout | None:
        """The first scheduled payout in the window, whether or not it can leave."""
        return self.payouts[0] if self.payouts else None

    def low_within(self, days: int) -> date | None:
        """`low_on` when it falls within `days` days from today (today counts as the first)."""
        if self.low_on is None or self.low_on >= self.today + timedelta(days=days):
            return None
        return self.low_on

    def payouts_leaving_by(self, day: date) -> int:
        """The total of scheduled payouts projected to leave on or before `day`."""
        return sum(
            payout.amount
            for payout in self.payouts
            if payout.leaves_on is not None and payout.leaves_on <= day
        )


def is_business_day(day: date) -> bool:
    """Monday to Friday: the days Omise sends payouts (bank holidays are not known here)."""
    return day.weekday() < _SATURDAY


def payout_day(now: datetime, zone: tzinfo | None = None) -> date:
    """The local date a payout asked for at `now` leaves: today when it is a business day and
    10:00 has not come yet, else the next business day. `zone` None is this computer's time.
    """
    local = now.astimezone(zone)
    day = local.date()
    if is_business_day(day) and local.time() < PAYOUT_TIME:
        return day
    day += timedelta(days=1)
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


@dataclass(slots=True)
class _Run:
    """A payout waiting for its run, in the order Omise takes them: oldest first."""

    schedule: PayoutSchedule
    date: date
    amount: int | None = None
    tried: bool = False


def build_outlook(
    balance: Balance,
    movements: Iterable[Movement],
    schedules: Iterable[PayoutSchedule],
    terms: PayoutTerms | None,
    *,
    now: datetime,
    zone: tzinfo | None,
    low_line: int,
    days: int = DEFAULT_OUTLOOK_DAYS,
    fees: Mapping[str, int] | None = None,
) -> Outlook:
    """Project `balance` over `days` local dates from `now`'s, by the rules of this module.

    `terms` is the account's `transfer_config` (None when it has none); `fees` are the
    merchant's own payout fees per currency from Settings, used when `terms` states no fee.
    `zone` None means this computer's local time, with its own summer-time changes.
    """
    if days < 1:
        raise ValueError("an outlook covers at least one day")
    if now.tzinfo is None:
        raise ValueError("now needs its time zone")
    today = now.astimezone(zone).date()
    window = [today + timedelta(days=offset) for offset in range(days)]
    fee, fee_source = payout_fee(balance.currency, terms.fee if terms else None, fees)
    min_payout = terms.min_transfer_amount if terms else None
    payouts_enabled = terms.payouts_enabled if terms else True

    def run_moment(day: date) -> datetime:
        if zone is None:
            return datetime.combine(day, PAYOUT_TIME).astimezone()
        return datetime.combine(day, PAYOUT_TIME, tzinfo=zone)

    # Credits per date, split at the payout run: (before or at 10:00, after).
    early: dict[date, int] = defaultdict(int)
    late: dict[date, int] = defaultdict(int)
    for movement in movements:
        at = movement.transferable_at
        if movement.direction != "credit" or at is None or at <= now:
            continue
        local = at.astimezone(zone)
        if local.date() > window[-1]:
            continue
        (early if at <= run_moment(local.date()) else late)[local.date()] += movement.amount
    incoming = tuple(
        Incoming(day, early[day] + late[day]) for day in window if early[day] + late[day]
    )

    runs: dict[date, list[_Run]] = defaultdict(list)
    if payouts_enabled:
        ran_today = now >= run_moment(today)
        for schedule in schedules:
            if not schedule.pays_out:
                continue
            for day in schedule.next_dates:
                if today <= day <= window[-1] and not (day == today and ran_today):
                    runs[day].append(_Run(schedule, day))

    settled: list[ScheduledPayout] = []
    waiting: deque[_Run] = deque()
    projection: list[DayBalance] = []
    running = balance.available
    for day in window:
        running += early[day]
        waiting.extend(runs[day])
        if waiting and is_business_day(day) and now < run_moment(day):
            running = _send(waiting, day, running, fee=fee, min_payout=min_payout, settled=settled)
        running += late[day]
        projection.append(DayBalance(day, running))
    # Never tried means no business day came before the window's end: not short, just later.
    for run in waiting:
        settled.append(_payout(run, fee, None, PayoutProblem.SHORT if run.tried else None))

    low_on = next((point.date for point in projection if point.available <= low_line), None)
    return Outlook(
        currency=balance.currency,
        livemode=balance.livemode,
        today=today,
        available=balance.available,
        incoming=incoming,
        payouts=tuple(sorted(settled, key=lambda payout: (payout.date, payout.schedule_id))),
        payouts_enabled=payouts_enabled,
        payout_fee=fee,
        fee_source=fee_source,
        min_payout=min_payout,
        projection=tuple(projection),
        low_line=low_line,
        low_on=low_on,
    )


def _send(
    waiting: deque[_Run],
    day: date,
    running: int,
    *,
    fee: int,
    min_payout: int | None,
    settled: list[ScheduledPayout],
) -> int:
    """Run the day's payouts oldest first; those the balance cannot cover wait for the next."""
    still_waiting: list[_Run] = []
    while waiting:
        run = waiting.popleft()
        share = run.schedule.percentage_of_balance
        amount = run.schedule.amount if share is None else _share_of(running, share)
        if amount is None or amount <= 0:
            settled.append(_payout(run, fee, None, PayoutProblem.NOTHING_TO_PAY, amount=0))
        elif min_payout is not None and amount < min_payout:
            settled.append(_payout(run, fee, None, PayoutProblem.BELOW_MINIMUM, amount=amount))
        elif amount <= running:
            running -= amount
            settled.append(_payout(run, fee, day, None, amount=amount))
        else:
            run.amount, run.tried = amount, True
            still_waiting.append(run)
    waiting.extend(still_waiting)
    return running


def _share_of(running: int, percentage: Decimal) -> int:
    if running <= 0:
        return 0
    return int((Decimal(running) * percentage / 100).to_integral_value(rounding=ROUND_DOWN))


def _payout(
    run: _Run,
    fee: int,
    leaves_on: date | None,
    problem: PayoutProblem | None,
    *,
    amount: int | None = None,
) -> ScheduledPayout:
    if amount is None:
        amount = run.amount if run.amount is not None else run.schedule.amount or 0
    return ScheduledPayout(
        schedule_id=run.schedule.id,
        date=run.date,
        amount=amount,
        percentage=run.schedule.percentage_of_balance,
        fee=fee,
        leaves_on=leaves_on,
        problem=problem,
    )
