"""The daily balance report: one record per account and day, with what the merchant may do."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from omise_tray.core.advice import recommendations
from omise_tray.core.balance import Balance
from omise_tray.core.health import Health, Thresholds, Watched, classify
from omise_tray.core.money import format_money

# A fall of the watched figure by at least this share since the last report is worth a line.
NOTABLE_FALL_PERCENT = 20


@dataclass(frozen=True, slots=True)
class DailyReport:
    """One account's balance on one day, its health and the advice that went with it."""

    date: date
    account_id: str
    account_name: str
    currency: str
    livemode: bool
    total: int
    available: int
    pending: int
    status: Health
    recommendations: tuple[str, ...]


def build_daily_report(
    *,
    account_id: str,
    account_name: str,
    balance: Balance,
    thresholds: Thresholds,
    day: date,
    previous: DailyReport | None = None,
    watched: Watched = Watched.AVAILABLE,
) -> DailyReport:
    """The report for `day`, comparing with the account's previous report when there is one."""
    status = classify(watched.figure(balance), thresholds)
    texts = [advice.text for advice in recommendations(balance, thresholds)]
    if previous is not None and previous.currency == balance.currency and previous.date < day:
        texts.extend(_changes(previous, balance, status, day, watched))
    return DailyReport(
        date=day,
        account_id=account_id,
        account_name=account_name,
        currency=balance.currency,
        livemode=balance.livemode,
        total=balance.total,
        available=balance.available,
        pending=balance.pending,
        status=status,
        recommendations=tuple(texts),
    )


def _changes(
    previous: DailyReport, balance: Balance, status: Health, day: date, watched: Watched
) -> list[str]:
    """Sentences about what moved since the previous report: a sharp fall, a worse health."""
    when = "yesterday" if (day - previous.date).days == 1 else previous.date.isoformat()
    before = previous.available if watched is Watched.AVAILABLE else previous.total
    now = watched.figure(balance)
    lines = []
    fall = fall_percent(before, now)
    if fall is not None and fall >= NOTABLE_FALL_PERCENT:
        lines.append(
            f"{watched.value.capitalize()} balance fell {fall}% since {when}, from "
            f"{format_money(before, balance.currency)} to {format_money(now, balance.currency)}."
        )
    if status.severity > previous.status.severity:
        lines.append(f"Health went from {previous.status} to {status} since {when}.")
    return lines


def fall_percent(before: int, now: int) -> int | None:
    """How many percent `now` is below `before`, rounded half up; None unless it fell from a
    positive amount (a fall from zero or below has no meaningful percentage)."""
    if before <= 0 or now >= before:
        return None
    # Integer arithmetic: round(100 * (before - now) / before) without floats near money.
    return (200 * (before - now) + before) // (2 * before)
