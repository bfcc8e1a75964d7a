"""Real AppState objects filled with sample balances and failures, for UI tests and previews."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from omise_tray.app.state import AppState
from omise_tray.core.balance import Balance
from omise_tray.core.errors import ErrorKind
from omise_tray.core.snapshot import PollError, Snapshot
from omise_tray.storage.settings import AccountSettings

NOW = datetime(2024, 5, 14, 7, 5, tzinfo=UTC)
INTERVAL = 300


def account(name: str, currency: str = "THB", livemode: bool = False) -> AccountSettings:
    return AccountSettings(
        id=name.lower().replace(" ", "-"), name=name, livemode=livemode, currency=currency
    )


def balance(
    currency: str = "THB",
    livemode: bool = False,
    *,
    total: int,
    available: int | None = None,
    reserve: int = 0,
    on_hold: int = 0,
) -> Balance:
    usable = total if available is None else available
    return Balance(currency, livemode, total, usable, usable, reserve, on_hold)


def snapshot(who: AccountSettings, *, minutes_ago: float = 1, **figures: int) -> Snapshot:
    assert who.currency is not None and who.livemode is not None
    return Snapshot(
        who.id, balance(who.currency, who.livemode, **figures), NOW - timedelta(minutes=minutes_ago)
    )


def failure(
    who: AccountSettings, kind: ErrorKind, *, minutes_ago: float = 0, retry_in: float | None = None
) -> PollError:
    at = NOW - timedelta(minutes=minutes_ago)
    return PollError(who.id, kind, f"The {kind} went wrong; try again later.", at, retry_in)


def state_of(*accounts: AccountSettings) -> AppState:
    state = AppState(INTERVAL)
    state.set_accounts(accounts)
    return state


def fixed_clock() -> datetime:
    return NOW
