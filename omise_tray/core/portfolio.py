"""The merchant's money per currency and mode: account statuses, grouping, staleness, worst health.

Test and live balances are never added together; several accounts in one currency are summed
and keep their per-account breakdown.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from omise_tray.core.health import Health, Thresholds, Watched, classify, default_thresholds, worst
from omise_tray.core.snapshot import PollError, Snapshot


@dataclass(frozen=True, slots=True)
class CurrencyMode:
    """One currency in live or test mode: what a balance card adds up, so the card's key."""

    currency: str
    livemode: bool

    def __post_init__(self) -> None:
        object.__setattr__(self, "currency", self.currency.upper())


class WaitingAccount(NamedTuple):
    """The key of an account's own card while it has no balance to group by yet."""

    account_id: str


# What names a card in the main window, a tray menu line or a notification's click.
CardKey = CurrencyMode | WaitingAccount


class Signal(StrEnum):
    """The one state the tray icon shows: a health, or that the figures cannot be trusted now."""

    HEALTHY = "healthy"
    MODERATE = "moderate"
    LOW = "low"
    CRITICAL = "critical"
    UNKNOWN = "unknown"  # no data yet, stale data, or the latest poll failed

    @classmethod
    def of(cls, health: Health) -> Signal:
        return cls(health.value)


class AccountRules(NamedTuple):
    """How one account's balance is judged: its thresholds and which figure they watch."""

    thresholds: Thresholds
    watched: Watched = Watched.AVAILABLE

    @classmethod
    def for_currency(
        cls,
        currency: str,
        *,
        low: int | None = None,
        critical: int | None = None,
        watched: str = "available",
    ) -> AccountRules:
        base = default_thresholds(currency)
        new_low = base.low if low is None else low
        # A low below the currency's usual critical amount pulls the default critical down too.
        new_critical = min(base.critical if critical is None else critical, new_low)
        return cls(
            Thresholds(critical=new_critical, low=new_low, moderate=max(base.moderate, new_low)),
            Watched(watched) if watched in ("available", "total") else Watched.AVAILABLE,
        )


class AccountStatus(NamedTuple):
    """Everything known about one account right now."""

    account_id: str
    name: str
    rules: AccountRules
    snapshot: Snapshot | None = None
    error: PollError | None = None  # the latest failure; cleared by the next success
    failing_since: datetime | None = None

    @property
    def health(self) -> Health | None:
        if self.snapshot is None:
            return None
        return classify(self.rules.watched.figure(self.snapshot.balance), self.rules.thresholds)

    def is_stale(self, now: datetime, interval: timedelta) -> bool:
        """The last success is older than two poll intervals (or there was none and it failed)."""
        if self.snapshot is None:
            return self.error is not None
        return now - self.snapshot.fetched_at > 2 * interval

    def signal(self, now: datetime, interval: timedelta) -> Signal:
        health = self.health
        if health is None or self.error is not None or self.is_stale(now, interval):
            return Signal.UNKNOWN
        return Signal.of(health)

    @property
    def card_key(self) -> CardKey:
        """The card showing this account: its currency's, or its own while it has no balance."""
        if self.snapshot is None:
            return WaitingAccount(self.account_id)
        return CurrencyMode(self.snapshot.balance.currency, self.snapshot.balance.livemode)

    def with_snapshot(self, snapshot: Snapshot) -> AccountStatus:
        return AccountStatus(self.account_id, self.name, self.rules, snapshot, None, None)

    def with_error(self, error: PollError) -> AccountStatus:
        since = self.failing_since or error.at
        return AccountStatus(self.account_id, self.name, self.rules, self.snapshot, error, since)


class CurrencyGroup(NamedTuple):
    """The sum of every account holding one currency in one mode, with the breakdown."""

    currency: str
    livemode: bool
    members: tuple[AccountStatus, ...]

    def _sum(self, field: str) -> int:
        return sum(getattr(m.snapshot.balance, field) for m in self.members if m.snapshot)

    @property
    def total(self) -> int:
        return self._sum("total")

    @property
    def available(self) -> int:
        return self._sum("available")

    @property
    def transferable(self) -> int:
        return self._sum("transferable")

    @property
    def pending(self) -> int:
        return self._sum("pending")

    @property
    def reserve(self) -> int:
        return self._sum("reserve")

    @property
    def on_hold(self) -> int:
        return self._sum("on_hold")

    @property
    def health(self) -> Health | None:
        healths = [h for h in (m.health for m in self.members) if h is not None]
        return worst(healths) if healths else None

    @property
    def key(self) -> CurrencyMode:
        return CurrencyMode(self.currency, self.livemode)

    def latest_fetch(self) -> datetime | None:
        times = [m.snapshot.fetched_at for m in self.members if m.snapshot]
        return max(times) if times else None

    def signal(self, now: datetime, interval: timedelta) -> Signal:
        return overall_signal(self.members, now, interval)


def group_by_currency(statuses: Iterable[AccountStatus]) -> list[CurrencyGroup]:
    """Group accounts with a balance by (currency, mode): live before test, then by currency."""
    groups: dict[tuple[str, bool], list[AccountStatus]] = {}
    for status in statuses:
        if status.snapshot is None:
            continue
        balance = status.snapshot.balance
        groups.setdefault((balance.currency, balance.livemode), []).append(status)
    ordered = sorted(groups, key=lambda k: (not k[1], k[0]))
    return [CurrencyGroup(c, live, tuple(groups[(c, live)])) for c, live in ordered]


def overall_signal(statuses: Sequence[AccountStatus], now: datetime, interval: timedelta) -> Signal:
    """The tray's colour: the worst health, or UNKNOWN when any account cannot be trusted."""
    if not statuses:
        return Signal.UNKNOWN
    signals = [s.signal(now, interval) for s in statuses]
    if Signal.UNKNOWN in signals:
        healths = [s.health for s in statuses if s.health is not None]
        # A known critical account outranks a failing one: the merchant must act on it.
        if healths and worst(healths) is Health.CRITICAL:
            return Signal.CRITICAL
        return Signal.UNKNOWN
    return Signal.of(worst(Health(s.value) for s in signals))
