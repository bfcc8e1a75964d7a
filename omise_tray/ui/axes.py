"""Tick marks for the history chart: round money steps and time labels that suit the range,
written as the window's language writes dates and money (core.localized)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

from omise_tray.core import localized
from omise_tray.core.money import exponent
from omise_tray.i18n.translators import current_language

HOUR = 3600
DAY = 86400


@dataclass(frozen=True, slots=True)
class Tick:
    """One labelled mark on an axis: a position (minor units or epoch seconds) and its text."""

    value: int
    label: str


@dataclass(frozen=True, slots=True)
class ValueAxis:
    """The rounded range the chart spans vertically and the ticks within it."""

    low: int
    high: int
    ticks: tuple[Tick, ...]


def _nice_steps() -> Iterator[int]:
    """1, 2, 5, 10, 20, 25, 50, 100, ... in minor units: the steps people read at a glance."""
    yield from (1, 2, 5)
    magnitude = 10
    while True:
        yield from (magnitude, 2 * magnitude, 5 * magnitude // 2, 5 * magnitude)
        magnitude *= 10


def value_axis(low: int, high: int, currency: str, most: int = 6) -> ValueAxis:
    """Round steps covering low..high with at most `most` ticks, labelled in the currency.

    Steps are never finer than the minor unit (whole yen for JPY), and decimals are shown only
    when a tick needs them (THB "฿1,500" rather than "฿1,500.00", but "฿0.50" when the step is).
    """
    if low > high:
        low, high = high, low
    unit = 10 ** exponent(currency)
    if low == high:
        # A flat balance still gets a readable scale around it.
        pad = max(unit, abs(low) // 10)
        low, high = low - pad, high + pad
    step = next(s for s in _nice_steps() if -(-high // s) - low // s <= most - 1)
    first, last = low // step * step, -(-high // step) * step
    values = range(first, last + 1, step)
    whole = all(value % unit == 0 for value in values)
    ticks = tuple(Tick(value, _amount_label(value, currency, whole)) for value in values)
    return ValueAxis(first, last, ticks)


def _amount_label(amount: int, currency: str, whole: bool) -> str:
    """With the currency's symbol (or code), so the axis says what it counts: "฿1,500"."""
    text = localized.money(amount, currency, current_language())
    return text.rsplit(".", 1)[0] if whole and exponent(currency) else text


def local_time(at: int, zone: tzinfo | None) -> datetime:
    """The moment in the given zone, or in the machine's local time when zone is None."""
    return datetime.fromtimestamp(at, zone)


def _midnight(day: date, zone: tzinfo | None) -> int:
    # A naive datetime's timestamp() is read as local time, daylight saving included.
    return int(datetime.combine(day, time(), zone).timestamp())


def _days(since: int, until: int, zone: tzinfo | None) -> list[int]:
    """Local midnights from since to until."""
    day = local_time(since, zone).date()
    last = local_time(until, zone).date()
    found = []
    while day <= last:
        at = _midnight(day, zone)
        if since <= at <= until:
            found.append(at)
        day = date.fromordinal(day.toordinal() + 1)
    return found


def _thin(marks: list[int], most: int, steps: tuple[int, ...]) -> list[int]:
    """Every k-th mark, with the smallest k of `steps` that leaves at most `most` marks."""
    for step in steps:
        if len(marks[::step]) <= most:
            return marks[::step]
    return marks[:: steps[-1]]


def time_ticks(since: int, until: int, zone: tzinfo | None = None, most: int = 8) -> list[Tick]:
    """Ticks for a time range: hours within two days, weekdays within two weeks, dates within
    three months, months beyond (a January shows its year)."""
    span = until - since
    if span <= 2 * DAY:
        return _hour_ticks(since, until, zone, most)
    if span <= 14 * DAY:
        days = _thin(_days(since, until, zone), most, (1, 2))
        return [Tick(at, _weekday_label(local_time(at, zone))) for at in days]
    if span <= 92 * DAY:
        days = _thin(_days(since, until, zone), most, (1, 2, 5, 7, 14, 21))
        return [Tick(at, _date_label(local_time(at, zone))) for at in days]
    months = [at for at in _days(since, until, zone) if local_time(at, zone).day == 1]
    months = _thin(months, most, (1, 2, 3, 6, 12, 24))
    return [Tick(at, _month_label(local_time(at, zone))) for at in months]


def _hour_ticks(since: int, until: int, zone: tzinfo | None, most: int) -> list[Tick]:
    # Walk quarter hours so zones with :30 or :45 offsets still land on their whole hours.
    quarter = 900
    hours = [
        at
        for at in range(-(-since // quarter) * quarter, until + 1, quarter)
        if local_time(at, zone).minute == 0
    ]
    for step in (1, 2, 3, 6, 12, 24):
        chosen = [at for at in hours if local_time(at, zone).hour % step == 0]
        if len(chosen) <= most:
            break
    return [Tick(at, _hour_label(local_time(at, zone))) for at in chosen]


def _hour_label(moment: datetime) -> str:
    if moment.hour == 0:
        return _weekday_label(moment)
    return f"{moment.hour:02d}:00"


def _weekday_label(moment: datetime) -> str:
    """ "Tue 17", "อ. 17", "17日(火)"."""
    return localized.weekday_day(moment.date(), current_language())


def _date_label(moment: datetime) -> str:
    """ "17 Jun", "17 มิ.ย.", "6月17日"."""
    return localized.day_month(moment.date(), current_language())


def _month_label(moment: datetime) -> str:
    """ "Jun", a January as its year: "2025", "2568" (Buddhist Era), "2025年"."""
    return localized.month_label(moment.date(), current_language())


def moment_label(at: int, zone: tzinfo | None = None) -> str:
    """A full local date and time for the hover read-out: "Tue 17 Jun 2025, 14:05",
    "อ. 17 มิ.ย. 2568 14:05", "2025年6月17日(火) 14:05"."""
    return localized.full_moment(local_time(at, zone), current_language())
