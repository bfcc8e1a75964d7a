"""When simulated money becomes transferable and when payouts run, on the shop's local calendar.

Settlement periods (OMISE_API.md): cards 2–3 business days, mobile banking 1–2, PromptPay at
once. A payment captured before noon local time takes the shorter period, a later one the
longer, and the money becomes transferable at 06:00 local time on that business day, before
the 10:00 payout run. Business days are Monday to Friday.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from enum import StrEnum

# Fixed offsets: none of these countries keeps summer time.
_UTC_OFFSET_HOURS = {"TH": 7, "JP": 9, "SG": 8, "MY": 8}
_NOON = time(12, 0)
SETTLES_AT = time(6, 0)
PAYOUT_RUN_AT = time(10, 0)
_SATURDAY = 5


class PaymentMethod(StrEnum):
    """How a customer paid, which decides how long the money stays pending."""

    CARD = "card"
    MOBILE_BANKING = "mobile_banking"
    PROMPTPAY = "promptpay"


# (business days when captured before noon, after noon)
_BUSINESS_DAYS = {
    PaymentMethod.CARD: (2, 3),
    PaymentMethod.MOBILE_BANKING: (1, 2),
}


def local_zone(country: str) -> timezone:
    """The shop's local time zone from its country; UTC for a country not listed."""
    return timezone(timedelta(hours=_UTC_OFFSET_HOURS.get(country.upper(), 0)))


def is_business_day(day: date) -> bool:
    """Monday to Friday."""
    return day.weekday() < _SATURDAY


def add_business_days(day: date, count: int) -> date:
    """The business day `count` business days after `day`."""
    while count > 0:
        day += timedelta(days=1)
        if is_business_day(day):
            count -= 1
    return day


def next_business_day(day: date) -> date:
    """`day` itself when it is a business day, else the Monday after it."""
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


class Calendar:
    """Converts between simulated seconds and one shop's local dates and times."""

    def __init__(self, origin: datetime, country: str) -> None:
        self.origin = origin
        self.zone = local_zone(country)

    def moment(self, seconds: float) -> datetime:
        """The local time `seconds` after the origin."""
        return (self.origin + timedelta(seconds=seconds)).astimezone(self.zone)

    def seconds(self, day: date, at: time) -> float:
        """Simulated seconds of a local date and time."""
        local = datetime.combine(day, at, tzinfo=self.zone)
        return (local - self.origin).total_seconds()

    def settles_at(self, captured: float, method: PaymentMethod) -> float:
        """When a payment captured at simulated second `captured` becomes transferable."""
        periods = _BUSINESS_DAYS.get(method)
        if periods is None:
            return captured
        local = self.moment(captured)
        days = periods[0] if local.time() < _NOON else periods[1]
        return self.seconds(add_business_days(local.date(), days), SETTLES_AT)

    def next_payout_run(self, after: float) -> float:
        """The first 10:00 of a business day strictly after simulated second `after`."""
        day = self.moment(after).date()
        while True:
            day = next_business_day(day)
            run = self.seconds(day, PAYOUT_RUN_AT)
            if run > after:
                return run
            day += timedelta(days=1)
