"""AppState: the one source of truth in the main thread; every view reacts to `changed`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, Signal

from omise_tray.app.background import Timer
from omise_tray.core.portfolio import (
    AccountRules,
    AccountStatus,
    CurrencyGroup,
    group_by_currency,
    overall_signal,
)
from omise_tray.core.portfolio import Signal as TraySignal
from omise_tray.core.snapshot import PollError, Snapshot
from omise_tray.storage.settings import AccountSettings
from omise_tray.ui.state_view import KnownOutlook


def rules_for(account: AccountSettings, currency: str | None = None) -> AccountRules:
    return AccountRules.for_currency(
        currency or account.currency or "THB",
        low=account.low,
        critical=account.critical,
        watched=account.watched,
    )


class AppState(QObject):
    """Latest snapshot, error and last success per account, and whether polling is paused."""

    changed = Signal()
    snapshot_applied = Signal(object)  # Snapshot, after `changed`; for history and alerts
    error_applied = Signal(object)  # PollError

    def __init__(self, interval: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._statuses: dict[str, AccountStatus] = {}
        self._accounts: tuple[AccountSettings, ...] = ()
        self._outlooks: dict[str, KnownOutlook] = {}
        self.interval = timedelta(seconds=interval)
        self.paused = False
        self.busy = False
        self.amounts_hidden = False  # privacy mode: every view shows "•••" for amounts
        # "updated 2 min ago" and staleness move with the clock, not only with new data.
        self._clock = Timer("state-clock", self, interval_ms=30_000)
        self._clock.timeout.connect(self.changed.emit)
        self._clock.start()

    @property
    def accounts(self) -> tuple[AccountSettings, ...]:
        return self._accounts

    def statuses(self) -> list[AccountStatus]:
        """In the user's account order."""
        return [self._statuses[a.id] for a in self._accounts if a.id in self._statuses]

    def status(self, account_id: str) -> AccountStatus | None:
        return self._statuses.get(account_id)

    def groups(self) -> list[CurrencyGroup]:
        return group_by_currency(self.statuses())

    def signal(self, now: datetime | None = None) -> TraySignal:
        return overall_signal(self.statuses(), now or datetime.now(UTC), self.interval)

    def set_accounts(self, accounts: Sequence[AccountSettings]) -> None:
        """Follow the configured accounts, keeping what is known of the ones that stay."""
        self._accounts = tuple(accounts)
        statuses: dict[str, AccountStatus] = {}
        for account in accounts:
            old = self._statuses.get(account.id)
            currency = old.snapshot.balance.currency if old and old.snapshot else None
            rules = rules_for(account, currency)
            if old is None:
                statuses[account.id] = AccountStatus(account.id, account.name, rules)
            else:
                statuses[account.id] = old._replace(name=account.name, rules=rules)
        self._statuses = statuses
        self._outlooks = {k: v for k, v in self._outlooks.items() if k in statuses}
        self.changed.emit()

    def restore(self, snapshots: Sequence[Snapshot]) -> None:
        """Show the last known balances from disk before the first poll returns."""
        for snapshot in snapshots:
            status = self._statuses.get(snapshot.account_id)
            if status is not None and status.snapshot is None:
                self._statuses[snapshot.account_id] = status.with_snapshot(snapshot)
        self.changed.emit()

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        status = self._statuses.get(snapshot.account_id)
        if status is None:
            return  # removed while its poll was in flight
        account = next(a for a in self._accounts if a.id == snapshot.account_id)
        rules = rules_for(account, snapshot.balance.currency)
        self._statuses[snapshot.account_id] = status.with_snapshot(snapshot)._replace(rules=rules)
        self.changed.emit()
        self.snapshot_applied.emit(snapshot)

    def apply_error(self, error: PollError) -> None:
        status = self._statuses.get(error.account_id)
        if status is None:
            return
        self._statuses[error.account_id] = status.with_error(error)
        self.changed.emit()
        self.error_applied.emit(error)

    def outlook(self, account_id: str) -> KnownOutlook | None:
        return self._outlooks.get(account_id)

    def apply_outlook(self, account_id: str, known: KnownOutlook) -> None:
        """The account's coming days; `changed` only fires when they differ from before."""
        if account_id not in self._statuses or self._outlooks.get(account_id) == known:
            return  # removed while its outlook was being read, or nothing new
        self._outlooks[account_id] = known
        self.changed.emit()

    def set_paused(self, paused: bool) -> None:
        if paused != self.paused:
            self.paused = paused
            self.changed.emit()

    def set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.changed.emit()

    def set_amounts_hidden(self, hidden: bool) -> None:
        """Hide or show every amount in every view at once (they all follow `changed`)."""
        if hidden != self.amounts_hidden:
            self.amounts_hidden = hidden
            self.changed.emit()

    def set_interval(self, seconds: float) -> None:
        self.interval = timedelta(seconds=seconds)
        self.changed.emit()
