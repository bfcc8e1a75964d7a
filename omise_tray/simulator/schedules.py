"""Simulated transfer schedules: how often they pay, how much, and on which dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Omise lists up to 30 next dates.
NEXT_DATES = 30
_MONTHS_IN_YEAR = 12


@dataclass(frozen=True, slots=True)
class SimSchedule:
    """An automatic payout: every `every` weeks on `weekdays`, or months on `days_of_month`.

    Exactly one of `amount` (minor units) and `percentage` (of the transferable balance on
    the day) is set. An `active` or `expiring` schedule pays; `expired`, `deleted` and
    `suspended` ones do not.
    """

    id: str
    every: int
    period: str
    start: date
    end: date
    amount: int | None = None
    percentage: int | None = None  # whole percent, 1 to 100
    weekdays: tuple[str, ...] = ()
    days_of_month: tuple[int, ...] = ()
    status: str = "active"
    recipient: str = "recp_test_5simdefaultrecipient"

    def __post_init__(self) -> None:
        if (self.amount is None) == (self.percentage is None):
            raise ValueError("a schedule pays either an amount or a percentage")
        if self.percentage is not None and not 1 <= self.percentage <= 100:
            raise ValueError("a percentage of the balance is from 1 to 100")
        if self.period not in ("week", "month") or self.every < 1:
            raise ValueError("a schedule runs every N weeks or months")
        if not set(self.weekdays) <= set(WEEKDAYS):
            raise ValueError("weekdays are lower-case English day names")
        if not all(1 <= day <= 28 for day in self.days_of_month):
            raise ValueError("Omise takes days of the month from 1 to 28")

    @property
    def pays(self) -> bool:
        """True while the schedule still sends money."""
        return self.status in ("active", "expiring")

    @property
    def in_words(self) -> str:
        """The schedule as Omise describes it: "Every 1 week(s) on Friday"."""
        if self.period == "week":
            days = " and ".join(day.capitalize() for day in self.weekdays)
        else:
            days = " and ".join(f"the {_ordinal(day)}" for day in self.days_of_month)
        return f"Every {self.every} {self.period}(s) on {days}"

    def dates(self, first: date, last: date) -> list[date]:
        """Every date the schedule runs from `first` to `last`, both included."""
        first, last = max(first, self.start), min(last, self.end)
        found: list[date] = []
        day = first
        while day <= last:
            if self._runs_on(day):
                found.append(day)
            day += timedelta(days=1)
        return found

    def next_dates(self, today: date) -> list[date]:
        """The next NEXT_DATES dates from `today` on, as Omise lists them."""
        # Thirty runs of a schedule every N months fit in 31 * N months.
        horizon = today + timedelta(days=31 * self.every * NEXT_DATES)
        return self.dates(today, horizon)[:NEXT_DATES]

    def _runs_on(self, day: date) -> bool:
        if self.period == "week":
            weeks = ((day - self.start).days + self.start.weekday()) // 7
            return weeks % self.every == 0 and WEEKDAYS[day.weekday()] in self.weekdays
        months = (day.year - self.start.year) * _MONTHS_IN_YEAR + day.month - self.start.month
        return months % self.every == 0 and day.day in self.days_of_month


def _ordinal(number: int) -> str:
    teens = 10 <= number % 100 <= 20
    suffix = "th" if teens else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
