"""Balance history worked out backwards from today's balance and the account's transactions.

A new account has no polls yet; its transactions say how the balance got to where it is.
Walking back from the current balance, each transaction is undone at the moment it changed
the balance: its amount left or joined the total when it was created, and a credit joined
the available balance when it became transferable (a debit left it at once). The result is
marked as reconstructed: reserve changes and holds are not transactions, so it can be off.

Credits created before the window but transferable inside it change the available balance
inside it too: fetch transactions from `fetch_from(now)`, some weeks before the window.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

RECONSTRUCTED_DAYS = 30
# The longest time between a sale and its money becoming transferable that the window must
# see: Omise Japan's standard holding period (21 days) is the longest published.
LONGEST_HOLD = timedelta(days=21)
DEFAULT_RESOLUTION = timedelta(hours=1)


class PastMovement(Protocol):
    """A transaction as the reconstruction reads it (omise.models.Transaction is one)."""

    @property
    def amount(self) -> int: ...

    @property
    def direction(self) -> str: ...

    @property
    def created_at(self) -> datetime | None: ...

    @property
    def transferable_at(self) -> datetime | None: ...


@dataclass(frozen=True, slots=True)
class ReconstructedPoint:
    """The balance at one moment as worked out from transactions, not as polled."""

    at: datetime
    total: int
    available: int
    reconstructed: bool = True

    @property
    def pending(self) -> int:
        """Money received but not yet available, never negative."""
        return max(0, self.total - self.available)


def fetch_from(now: datetime, days: int = RECONSTRUCTED_DAYS) -> datetime:
    """How far back to read transactions for a reconstruction of `days` days."""
    return now - timedelta(days=days) - LONGEST_HOLD


def reconstruct_history(
    total: int,
    available: int,
    movements: Iterable[PastMovement],
    *,
    now: datetime,
    days: int = RECONSTRUCTED_DAYS,
    complete: bool = True,
    resolution: timedelta = DEFAULT_RESOLUTION,
) -> list[ReconstructedPoint]:
    """The balance over the `days` days before `now`, oldest first, one point per `resolution`.

    `total` and `available` are the balance at `now`. `complete` says the movements hold every
    transaction created since `fetch_from(now)`; when they do not (a page limit was reached),
    the points start at the oldest transaction given, since nothing before it is known.
    Each point is the balance at the end of its `resolution` slot, the first one the balance
    at the window's start; a slot without a change has no point.
    """
    if days < 1:
        raise ValueError("a reconstruction covers at least one day")
    if now.tzinfo is None:
        raise ValueError("now needs its time zone")
    given = list(movements)
    start = now - timedelta(days=days)
    if not complete:
        created = [m.created_at for m in given if m.created_at is not None]
        if not created:
            return []
        start = max(start, min(created))
    # (moment, change to total, change to available) of everything after the start.
    changes: list[tuple[datetime, int, int]] = []
    for movement in given:
        created_at = movement.created_at
        if created_at is None:
            continue
        signed = movement.amount if movement.direction == "credit" else -movement.amount
        if start < created_at <= now:
            changes.append((created_at, signed, 0))
        joins_at = movement.transferable_at if movement.direction == "credit" else created_at
        joins_at = joins_at or created_at
        if start < joins_at <= now:
            changes.append((joins_at, 0, signed))
    changes.sort(key=lambda change: change[0], reverse=True)

    points: list[ReconstructedPoint] = []
    slot_end: datetime | None = None
    for moment, to_total, to_available in changes:
        # The balance right after this moment's changes is the last of its slot.
        slot = _slot_end(moment, start, resolution)
        if slot != slot_end:
            points.append(ReconstructedPoint(min(slot, now), total, available))
            slot_end = slot
        total -= to_total
        available -= to_available
    points.append(ReconstructedPoint(start, total, available))
    points.reverse()
    return points


def _slot_end(moment: datetime, start: datetime, resolution: timedelta) -> datetime:
    """The end of the `resolution` slot, counted from `start`, that holds `moment`."""
    slots = -((start - moment) // resolution)  # ceiling division: a moment on an edge ends it
    return start + slots * resolution
