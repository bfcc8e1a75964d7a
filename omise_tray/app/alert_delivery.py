"""Low-balance alerts in the running app: one engine step per applied poll, state kept on disk.

The engine (core.alerts) decides; this glue feeds it every snapshot and error AppState applies,
remembers each account's AccountAlertState across restarts so an alert is never repeated, and
hands the alerts to a Notifier unless the merchant paused notifications or it is quiet hours.
Silenced alerts still advance the state, exactly as if shown, so nothing is replayed later.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal, Slot

from omise_tray.app.background import Timer
from omise_tray.app.state import AppState, rules_for
from omise_tray.core.alerts import (
    AccountAlertState,
    Alert,
    AlertKind,
    AlertRules,
    Severity,
    on_balance,
    on_failure,
    snooze,
    unsnooze,
)
from omise_tray.core.portfolio import group_key
from omise_tray.core.snapshot import PollError, Snapshot
from omise_tray.storage.atomic import write_atomically
from omise_tray.storage.settings import AccountSettings, Settings

log = logging.getLogger(__name__)

STATE_VERSION = 1
# Only the last watched figure changed (it feeds the sharp-drop check): worth saving, not
# worth an fsync on every poll.
LAZY_SAVE_MS = 10_000

Clock = Callable[[], datetime]
_SEVERITY_ORDER = {Severity.INFO: 0, Severity.WARNING: 1, Severity.CRITICAL: 2}
# Within one severity the level alerts go last: "SGD low" says what to do, "down 39%" only why.
_LEVEL_KINDS = frozenset({AlertKind.LOW, AlertKind.CRITICAL, AlertKind.RECOVERED})


def _delivery_order(alert: Alert) -> tuple[int, bool]:
    return _SEVERITY_ORDER[alert.severity], alert.kind in _LEVEL_KINDS


class Notifier(Protocol):
    """Shows one alert to the merchant; a click should open the card `card_key`."""

    def notify(self, alert: Alert, card_key: str) -> None: ...


def in_quiet_hours(hour: int, start: int | None, end: int | None) -> bool:
    """True when the local `hour` lies in [start, end), which may wrap past midnight."""
    if start is None or end is None or start == end:
        return False
    if start < end:
        return start <= hour < end
    return hour >= start or hour < end


def alert_rules(account: AccountSettings, currency: str | None = None) -> AlertRules:
    """The account's alert rules: the same thresholds the tray icon and the cards judge by."""
    rules = rules_for(account, currency)
    return AlertRules(
        low=rules.thresholds.low,
        critical=rules.thresholds.critical,
        watched=rules.watched,
        notifications_enabled=account.notifications,
    )


class AlertStateFile:
    """Every account's AccountAlertState in one JSON file, written atomically."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> dict[str, AccountAlertState]:
        """The saved states; a missing or unreadable file gives none (logged, never raised)."""
        try:
            document = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, RecursionError) as exc:
            log.warning("alert state %s unreadable, starting afresh: %r", self.path, exc)
            return {}
        accounts = document.get("accounts") if isinstance(document, dict) else None
        if not isinstance(accounts, dict):
            log.warning("alert state %s has no accounts, starting afresh", self.path)
            return {}
        return {str(k): AccountAlertState.from_json(v) for k, v in accounts.items()}

    def save(self, states: Mapping[str, AccountAlertState]) -> None:
        document = {
            "version": STATE_VERSION,
            "accounts": {account_id: state.to_json() for account_id, state in states.items()},
        }
        write_atomically(self.path, json.dumps(document, indent=2, sort_keys=True) + "\n")


def _only_value_changed(old: AccountAlertState, new: AccountAlertState) -> bool:
    return replace(old, last_value=new.last_value) == new


class AlertCoordinator(QObject):
    """Runs the alert engine on every applied poll, keeps its state on disk, delivers alerts."""

    alert_delivered = Signal(object)  # Alert, after the notifier took it
    alert_silenced = Signal(object)  # Alert, held back by the pause or quiet hours
    snooze_changed = Signal(str)  # account id whose snooze began or ended

    def __init__(
        self,
        state: AppState,
        settings: Settings,
        notifier: Notifier,
        state_file: AlertStateFile,
        *,
        clock: Clock | None = None,
        zone: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`zone` is where quiet hours are read (None: the computer's local time)."""
        super().__init__(parent)
        self._app_state = state
        self._notifier = notifier
        self._file = state_file
        self._clock: Clock = clock or (lambda: datetime.now(UTC))
        self._zone = zone
        self._settings = settings
        self._states = state_file.load()
        self._lazy_save = Timer(
            "alert-state-save-timer", self, interval_ms=LAZY_SAVE_MS, single_shot=True
        )
        self._lazy_save.timeout.connect(self.save)
        self.set_settings(settings)
        state.snapshot_applied.connect(self._on_snapshot)
        state.error_applied.connect(self._on_error)

    def set_settings(self, settings: Settings) -> None:
        """Follow changed accounts, thresholds, the pause and quiet hours; forget removed ones."""
        self._settings = settings
        known = {account.id for account in settings.accounts}
        removed = [account_id for account_id in self._states if account_id not in known]
        for account_id in removed:
            del self._states[account_id]
        if removed:
            log.info("forgot the alert state of %d removed account(s)", len(removed))
            self.save()

    def account_state(self, account_id: str) -> AccountAlertState:
        return self._states.get(account_id, AccountAlertState())

    def snoozed_until(self, account_id: str) -> datetime | None:
        """When the account's snooze ends, or None when it is not snoozed now."""
        state = self.account_state(account_id)
        return state.snooze_until if state.snoozed(self._clock()) else None

    def snooze(self, account_id: str, until: datetime) -> None:
        """Hold back the account's alerts until `until` (timezone-aware)."""
        if self._settings.account(account_id) is None:
            return
        self._states[account_id] = snooze(self.account_state(account_id), until)
        self.save()
        self.snooze_changed.emit(account_id)

    def unsnooze(self, account_id: str) -> None:
        if account_id not in self._states:
            return
        self._states[account_id] = unsnooze(self._states[account_id])
        self.save()
        self.snooze_changed.emit(account_id)

    def silenced(self) -> bool:
        """True while every notification is held back: paused, or within quiet hours."""
        if self._settings.notifications_paused:
            return True
        hour = self._clock().astimezone(self._zone).hour
        return in_quiet_hours(
            hour, self._settings.quiet_hours_start, self._settings.quiet_hours_end
        )

    @Slot()
    def save(self) -> None:
        """Write every account's state now (also at quit); a failure is logged, not raised."""
        self._lazy_save.stop()
        try:
            self._file.save(self._states)
        except OSError as exc:
            log.warning("could not save the alert state to %s: %r", self._file.path, exc)

    @Slot(object)
    def _on_snapshot(self, snapshot: Snapshot) -> None:
        account = self._settings.account(snapshot.account_id)
        if account is None:
            return
        balance = snapshot.balance
        new_state, alerts = on_balance(
            self.account_state(account.id),
            alert_rules(account, balance.currency),
            balance,
            self._clock(),
            account_id=account.id,
            account_label=account.name,
        )
        self._advance(account.id, new_state, alerts, group_key(balance.currency, balance.livemode))

    @Slot(object)
    def _on_error(self, error: PollError) -> None:
        account = self._settings.account(error.account_id)
        if account is None:
            return
        status = self._app_state.status(account.id)
        balance = status.snapshot.balance if status and status.snapshot else None
        currency = balance.currency if balance else account.currency
        livemode = balance.livemode if balance else account.livemode
        new_state, alerts = on_failure(
            self.account_state(account.id),
            alert_rules(account, currency),
            error.kind,
            self._clock(),
            account_id=account.id,
            account_label=account.name,
            test_mode=livemode is False,
            message=error.message,
        )
        key = group_key(currency, bool(livemode)) if currency else ""
        self._advance(account.id, new_state, alerts, key)

    def _advance(
        self, account_id: str, new_state: AccountAlertState, alerts: list[Alert], key: str
    ) -> None:
        old_state = self.account_state(account_id)
        self._states[account_id] = new_state
        if new_state != old_state:
            if _only_value_changed(old_state, new_state):
                if not self._lazy_save.isActive():
                    self._lazy_save.start()
            else:
                self.save()
        if new_state.snooze_until != old_state.snooze_until:
            self.snooze_changed.emit(account_id)
        silenced = self.silenced() if alerts else False
        # One account's bubbles replace each other: the one shown last stays on screen.
        for alert in sorted(alerts, key=_delivery_order):
            if silenced:
                log.info(
                    "alert %s for account %s held back (paused or quiet hours)",
                    alert.kind,
                    account_id,
                )
                self.alert_silenced.emit(alert)
                continue
            log.info("alert %s for account %s delivered", alert.kind, account_id)
            self._notifier.notify(alert, key)
            self.alert_delivered.emit(alert)
