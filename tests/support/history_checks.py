"""Checks on a history file's own bookkeeping, shared by the unit and crash tests."""

from __future__ import annotations

import sqlite3
from typing import Any

HOUR = 3600  # written out, not imported: the check must not share a mistake with the store

_SUMMARY_COLUMNS = (
    "last_at, currency, livemode, total, available, transferable, pending, reserve, on_hold,"
    " total_low, total_high, available_low, available_high, samples"
)


def expected_recent_hours(
    connection: sqlite3.Connection,
) -> dict[tuple[str, int], tuple[object, ...]]:
    """What recent_hours should hold, worked out sample by sample in the order they were stored.

    Keyed by (account, start of the hour), shaped like _SUMMARY_COLUMNS. The newest sample by
    time gives the amounts; of two at the same second, the one stored later.
    """
    hours: dict[tuple[str, int], list[Any]] = {}
    rows = connection.execute(
        "SELECT account_id, at, currency, livemode, total, available, transferable, pending,"
        " reserve, on_hold FROM samples ORDER BY id"
    )
    for account, at, currency, livemode, total, available, *others in rows:
        newest = [at, currency, livemode, total, available, *others]
        hour = hours.get((account, at // HOUR * HOUR))
        if hour is None:
            hours[(account, at // HOUR * HOUR)] = [*newest, total, total, available, available, 1]
            continue
        low_total, high_total, low_available, high_available, count = hour[9:]
        hour[9:] = [
            min(low_total, total),
            max(high_total, total),
            min(low_available, available),
            max(high_available, available),
            count + 1,
        ]
        if at >= hour[0]:
            hour[:9] = newest
    return {key: tuple(hour) for key, hour in hours.items()}


def summary_mismatches(connection: sqlite3.Connection) -> list[str]:
    """How recent_hours differs from what the samples say it should hold; [] when it agrees."""
    stored = {
        (account, at): tuple(rest)
        for account, at, *rest in connection.execute(
            f"SELECT account_id, at, {_SUMMARY_COLUMNS} FROM recent_hours"
        )
    }
    expected = expected_recent_hours(connection)
    problems = [
        f"{key}: stored {stored.get(key)}, samples say {expected.get(key)}"
        for key in sorted(stored.keys() | expected.keys())
        if stored.get(key) != expected.get(key)
    ]
    return problems
