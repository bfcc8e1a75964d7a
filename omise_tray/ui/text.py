"""The sentences the window and the tray show: ages, times, health words and error lines."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime, timedelta

from omise_tray.core.errors import ErrorKind
from omise_tray.core.health import Health, Thresholds, Watched
from omise_tray.core.money import format_money
from omise_tray.core.portfolio import AccountStatus, CurrencyGroup, Signal
from omise_tray.core.snapshot import PollError

HEALTH_WORDS: dict[Health, str] = {
    Health.HEALTHY: "Healthy",
    Health.MODERATE: "Moderate",
    Health.LOW: "Low",
    Health.CRITICAL: "Critical",
}
NOT_UP_TO_DATE = "Not up to date"
NO_ACCOUNTS = "No accounts yet"
REFRESH_NOW = "&Refresh now"
AVAILABLE = "Available to pay out"


def health_word(health: Health | None) -> str:
    return "No balance yet" if health is None else HEALTH_WORDS[health]


def signal_word(signal: Signal) -> str:
    if signal is Signal.UNKNOWN:
        return NOT_UP_TO_DATE
    return HEALTH_WORDS[Health(signal.value)]


def mode_label(livemode: bool) -> str:
    return "live" if livemode else "test"


def pause_label(paused: bool) -> str:
    """The pause button and menu entry: what pressing it does now."""
    return "Resume &polling" if paused else "&Pause polling"


def dashboard_tip(livemode: bool) -> str:
    return f"Open the Omise dashboard in {mode_label(livemode)} mode"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def duration(seconds: float) -> str:
    """A wait in the coarsest unit that is still honest: "30 s", "2 min", "1 h"."""
    if seconds < 60:
        return f"{max(1, math.ceil(seconds))} s"
    if seconds < 3600:
        return f"{math.ceil(seconds / 60)} min"
    return f"{math.ceil(seconds / 3600)} h"


def age(then: datetime, now: datetime) -> str:
    """How long ago, as a merchant says it: "just now", "2 min ago", "3 h ago", "on 12 Mar"."""
    seconds = (now - then).total_seconds()
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h ago"
    local = then.astimezone()
    return f"on {local.day} {local:%b}"


def updated(then: datetime | None, now: datetime) -> str:
    return "not updated yet" if then is None else f"updated {age(then, now)}"


def updated_line(statuses: Sequence[AccountStatus], now: datetime, interval: timedelta) -> str:
    """How fresh the balances are, claiming no more than is true of every account.

    "updated 2 min ago" (the oldest of them), "3 of 5 accounts updated just now" while some
    are not updating, "last update 3 h ago" when none is.
    """
    fetched = [s.snapshot.fetched_at for s in statuses if s.snapshot is not None]
    if not fetched:
        return "not updated yet"
    # Up to date: fetched lately and not failing since (an UNKNOWN signal says otherwise).
    current = [
        s.snapshot.fetched_at
        for s in statuses
        if s.snapshot and s.signal(now, interval) is not Signal.UNKNOWN
    ]
    if not current:
        return f"last update {age(max(fetched), now)}"
    if len(current) == len(statuses):
        return updated(min(current), now)
    return f"{len(current)} of {plural(len(statuses), 'account')} {updated(min(current), now)}"


def _threshold(thresholds: Thresholds, health: Health) -> int:
    if health is Health.CRITICAL:
        return thresholds.critical
    if health is Health.LOW:
        return thresholds.low
    return thresholds.moderate


def threshold_line(group: CurrencyGroup) -> str:
    """The line a card is under, in words: "Low — below S$40.00"; "" while healthy.

    With several accounts it names the ones that set the card's health:
    "Critical — Shop 2 below ¥2,000", "Low — 3 accounts below their low line".
    """
    health = group.health
    if health is None or health is Health.HEALTHY:
        return ""
    word = HEALTH_WORDS[health]
    worst = [(m, m.snapshot) for m in group.members if m.snapshot and m.health is health]
    lines = {(m.rules.watched, _threshold(m.rules.thresholds, health)) for m, _ in worst}
    if len(lines) > 1:
        return f"{word} — {len(worst)} accounts below their {word.lower()} line"
    ((watched, line),) = lines
    highest = max(watched.figure(snapshot.balance) for _, snapshot in worst)
    where = f"{'below' if highest < line else 'at'} {format_money(line, group.currency)}"
    if watched is Watched.TOTAL:
        where = f"total {where}"
    if len(group.members) == 1:
        return f"{word} — {where}"
    who = " and ".join(m.name for m, _ in worst) if len(worst) <= 2 else f"{len(worst)} accounts"
    return f"{word} — {who} {where}"


def clock(at: datetime, now: datetime) -> str:
    """Local wall-clock time, with the date when it is not today: "14:05", "12 Mar 14:05"."""
    local = at.astimezone()
    if local.date() == now.astimezone().date():
        return f"{local:%H:%M}"
    # %-d is not portable (Windows), so the day goes in by hand.
    return f"{local.day} {local:%b %H:%M}"


def stale_line(last_success: datetime, now: datetime) -> str:
    return f"Stale — last update {clock(last_success, now)}"


def _retry_when(error: PollError, now: datetime) -> str:
    if error.retry_in is None:
        return "soon"
    # Counted from the failure, so the line stays true while the window is open.
    remaining = (error.at + timedelta(seconds=error.retry_in) - now).total_seconds()
    return f"in {duration(remaining)}" if remaining >= 1 else "now"


def error_line(
    error: PollError, failing_since: datetime | None, now: datetime, *, has_balance: bool = True
) -> str:
    """What went wrong with the latest poll and what the merchant can do about it."""
    if error.kind is ErrorKind.AUTH:
        return "Key rejected — update it in Accounts"
    if error.kind is ErrorKind.NETWORK:
        since = clock(failing_since or error.at, now)
        if has_balance:
            return f"Offline since {since}, showing last known balance"
        return f"Offline since {since}; the balance appears once we are back online"
    if error.kind is ErrorKind.RATE_LIMITED:
        return f"Omise asked us to slow down; retrying {_retry_when(error, now)}"
    return error.message


def headline(statuses: Sequence[AccountStatus], now: datetime, interval: timedelta) -> str:
    """The window's one-line verdict over every account: "All accounts healthy", "1 account low"."""
    if not statuses:
        return NO_ACCOUNTS
    counts: dict[str, int] = {}
    for status in statuses:
        if status.error is not None or status.is_stale(now, interval):
            phrase = "not updating"
        elif status.health is None:
            phrase = "fetching"
        elif status.health is Health.HEALTHY:
            continue
        else:
            phrase = HEALTH_WORDS[status.health].lower()
        counts[phrase] = counts.get(phrase, 0) + 1
    if not counts:
        return "All accounts healthy" if len(statuses) > 1 else "Account healthy"
    if set(counts) == {"fetching"}:
        return "Fetching balances…"
    order = ["critical", "low", "moderate", "not updating", "fetching"]
    phrases = [(counts[p], p) for p in order if p in counts]
    first_count, first = phrases[0]
    parts = [f"{plural(first_count, 'account')} {first}"]
    parts += [f"{count} {phrase}" for count, phrase in phrases[1:]]
    return " · ".join(parts)
