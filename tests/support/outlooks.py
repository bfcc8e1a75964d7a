"""Outlooks written out by hand for UI tests: what the core's rules would have projected."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal

from omise_tray.core.advice import FeeSource
from omise_tray.core.outlook import (
    DayBalance,
    Incoming,
    Outlook,
    PayoutProblem,
    ScheduledPayout,
)
from omise_tray.ui.state_view import KnownOutlook
from tests.support.sample_state import NOW

# NOW is Tuesday 14 May 2024 (07:05 UTC); the tests read dates in the machine's zone.
TODAY = NOW.astimezone().date()


def day(offset: int) -> date:
    """A date `offset` days from TODAY."""
    return TODAY + timedelta(days=offset)


def payout(
    offset: int,
    amount: int,
    *,
    percentage: str | None = None,
    fee: int = 30_00,
    leaves: int | None = None,
    problem: PayoutProblem | None = None,
) -> ScheduledPayout:
    """A scheduled payout `offset` days from today, leaving that day unless told otherwise."""
    leaves_on = None if problem is not None else day(offset if leaves is None else leaves)
    return ScheduledPayout(
        schedule_id=f"schd_test_{offset}",
        date=day(offset),
        amount=amount,
        percentage=Decimal(percentage) if percentage is not None else None,
        fee=fee,
        leaves_on=leaves_on,
        problem=problem,
    )


def known_outlook(
    currency: str = "THB",
    *,
    available: int,
    incoming: Sequence[tuple[int, int]] = (),
    payouts: Sequence[ScheduledPayout] = (),
    projection: Sequence[int] | None = None,
    low_line: int = 1_000_00,
    payouts_enabled: bool = True,
    payout_fee: int = 30_00,
    min_payout: int | None = None,
    read_at: datetime = NOW,
    failing_since: datetime | None = None,
    days: int = 14,
) -> KnownOutlook:
    """An outlook of `days` days from TODAY; `incoming` is (day offset, amount) pairs and the
    projection, one amount a day, is flat at `available` unless given."""
    flat = [available] * days if projection is None else list(projection)
    points = tuple(DayBalance(day(offset), amount) for offset, amount in enumerate(flat))
    low_on = next((point.date for point in points if point.available <= low_line), None)
    outlook = Outlook(
        currency=currency,
        livemode=False,
        today=TODAY,
        available=available,
        incoming=tuple(Incoming(day(offset), amount) for offset, amount in incoming),
        payouts=tuple(payouts),
        payouts_enabled=payouts_enabled,
        payout_fee=payout_fee,
        fee_source=FeeSource.ACCOUNT,
        min_payout=min_payout,
        projection=points,
        low_line=low_line,
        low_on=low_on,
    )
    return KnownOutlook(outlook, read_at, failing_since)
