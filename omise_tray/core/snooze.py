"""Snoozing an account's alerts: the merchant's choices and when each one ends.

Apart from the alert engine (core/alerts.py) because the snooze menu is built before the first
paint, and the engine is not needed until the first poll.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from enum import Enum

MORNING_HOUR = 8  # "until tomorrow morning" ends at this hour of the merchant's own day


class SnoozeChoice(Enum):
    """What the merchant picked in an account's snooze menu."""

    FOR_AN_HOUR = "for an hour"
    UNTIL_TOMORROW = "until tomorrow morning"
    RESUME = "resume"


def snooze_end(choice: SnoozeChoice, now: datetime) -> datetime | None:
    """When a snooze picked at `now` ends, in UTC; None for RESUME (no snooze at all).

    `now` is aware and in the merchant's own zone: "tomorrow morning" is their morning.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("times given to the alert engine must be timezone-aware")
    if choice is SnoozeChoice.RESUME:
        return None
    if choice is SnoozeChoice.FOR_AN_HOUR:
        return (now + timedelta(hours=1)).astimezone(UTC)
    tomorrow = now + timedelta(days=1)
    morning = tomorrow.replace(hour=MORNING_HOUR, minute=0, second=0, microsecond=0)
    return morning.astimezone(UTC)
