"""Low-balance alerts in the running app: one engine step per applied poll, state kept on disk.

The engine (core.alerts) decides; this glue feeds it every snapshot and error AppState applies,
remembers each account's AccountAlertState across restarts so an alert is never repeated, and
hands the alerts to a Notifier unless the merchant paused notifications or it is quiet hours.
Silenced alerts still advance the state, exactly as if shown, so nothing is replayed later.

A drop is told with its cause when one can be found quickly. When a snapshot would tell a sharp
drop, its account's newest debits are asked of a DropExplainer (app.recent_debits fetches them
off the UI thread) and that account's poll results wait, in order, for the answer; after
EXPLAIN_WAIT_MS without one the drop is told without a cause. The wait is short, and a drop is
rare, so an alert is late by a second at most in practice and never lost.

One round, one notification: alerts are gathered until no poll result has arrived for
BATCH_GAP_MS (and no drop is being explained), BATCH_MAX_MS at most after the first. One
account's alerts are told as they are; several accounts' become one summary whose click opens
the window (on their card when they share one).
"""

from __future__ import annotations

import itertools
import json
import logging
import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal, Slot

from omise_tray.app.background import Timer
from omise_tray.app.state import AppState, rules_for
from omise_tray.core.alerts import (
    AccountAlertState,
    Alert,
    AlertRules,
    Debit,
    drop_to_explain,
    on_balance,
    on_failure,
    snooze,
    summarise,
    unsnooze,
)
from omise_tray.core.notices import FileNotice, FileTrouble
from omise_tray.core.portfolio import CardKey, CurrencyMode, WaitingAccount
from omise_tray.core.snapshot import PollError, Snapshot
from omise_tray.storage.aside import keep_aside
from omise_tray.storage.atomic import write_atomically
from omise_tray.storage.settings import AccountSettings, Settings

log = logging.getLogger(__name__)

STATE_VERSION = 1
# Only the last watched figure changed (it feeds the sharp-drop check): worth saving, not
# worth an fsync on every poll.
LAZY_SAVE_MS = 10_000
# A round's results come one account after another: a pause this long ends the round ...
BATCH_GAP_MS = 400
# ... and no alert waits longer than this for the rest of its round.
BATCH_MAX_MS = 2_000
# How long a drop's alert waits for the debits that may explain it (the fetch's own deadline
# is shorter: this only guards against an answer that never comes).
EXPLAIN_WAIT_MS = 6_000

Clock = Callable[[], datetime]
PollResult = Snapshot | PollError
Answer = Callable[[Sequence[Debit] | None], None]


class Notifier(Protocol):
    """Shows one alert to the merchant; a click should open the card `card_key` (None: only
    the window)."""

    def notify(self, alert: Alert, card_key: CardKey | None) -> None: ...


class DropExplainer(Protocol):
    """Finds an account's newest debits without blocking, and answers once on the UI thread.

    The answer is None when they could not be fetched; it may come at once or never (the
    coordinator stops waiting after EXPLAIN_WAIT_MS).
    """

    def explain(self, account_id: str, answer: Answer) -> None: ...


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
    """Every account's AccountAlertState in one JSON file, written atomically.

    A damaged file is kept aside, never overwritten; `notice` then says so.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.notice: FileNotice | None = None

    @property
    def problem(self) -> str | None:
        """The notice in English (the log, the tests), None when all is well."""
        return self.notice.english if self.notice else None

    def load(self) -> dict[str, AccountAlertState]:
        """The saved states; a missing or unreadable file gives none (logged, never raised)."""
        try:
            document = json.loads(self.path.read_text(encoding="utf-8"))
            accounts = document.get("accounts") if isinstance(document, dict) else None
            if not isinstance(accounts, dict):
                raise ValueError("no accounts in it")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            log.warning("alert state %s unreadable, starting afresh: %r", self.path, exc)
            return {}
        except (ValueError, RecursionError) as exc:
            log.warning("alert state %s is damaged, starting afresh: %r", self.path, exc)
            aside = keep_aside(self.path)
            kept = aside.name if aside else ""
            self.notice = FileNotice(FileTrouble.ALERTS_DAMAGED, kept_as=kept)
            return {}
        return {str(k): AccountAlertState.from_json(v) for k, v in accounts.items()}

    def save(self, states: Mapping[str, AccountAlertState]) -> None:
        document = {
            "version": STATE_VERSION,
            "accounts": {account_id: state.to_json() for account_id, state in states.items()},
        }
        write_atomically(self.path, json.dumps(document, indent=2, sort_keys=True) + "\n")


def _only_value_changed(old: AccountAlertState, new: AccountAlertState) -> bool:
    return replace(old, last_value=new.last_value, last_value_at=new.last_value_at) == new


@dataclass(slots=True)
class _Waiting:
    """An account whose drop is being explained: its poll results held back meanwhile, and
    until when (time.monotonic()) the answer is waited for."""

    token: int
    results: list[PollResult]
    until: float


class AlertCoordinator(QObject):
    """Runs the alert engine on every applied poll, keeps its state on disk, delivers alerts."""

    alert_delivered = Signal(object)  # Alert (a round's summary too), after the notifier took it
    alert_silenced = Signal(object)  # Alert, held back by the pause or quiet hours
    snooze_changed = Signal(str)  # account id whose snooze began or ended

    def __init__(
        self,
        state: AppState,
        settings: Settings,
        notifier: Notifier,
        state_file: AlertStateFile,
        *,
        explainer: DropExplainer | None = None,
        clock: Clock | None = None,
        zone: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`zone` is where quiet hours are read (None: the computer's local time);
        `explainer` None tells every drop without looking for its cause."""
        super().__init__(parent)
        self._app_state = state
        self._notifier = notifier
        self._explainer = explainer
        self._waiting: dict[str, _Waiting] = {}
        self._tokens = itertools.count(1)
        # Each account's latest alert of the round, in the order the accounts first alerted.
        self._batch: dict[str, tuple[Alert, CardKey]] = {}
        self._batch_opened = 0.0
        self._batch_timer = Timer("alert-round-timer", self, single_shot=True)
        self._batch_timer.timeout.connect(self._end_round)
        self._wait_timer = Timer("drop-explanation-timer", self, single_shot=True)
        self._wait_timer.timeout.connect(self._stop_waiting)
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

    def flush(self) -> None:
        """Tell what is waiting now (at quit): drops still being explained go without a cause."""
        while self._waiting:
            account_id, waiting = next(iter(self._waiting.items()))
            self._explained(account_id, waiting.token, None)
        self._deliver()

    @Slot(object)
    def _on_snapshot(self, snapshot: Snapshot) -> None:
        self._take(snapshot)

    @Slot(object)
    def _on_error(self, error: PollError) -> None:
        self._take(error)

    def _take(self, result: PollResult) -> None:
        self._keep_round_open()
        waiting = self._waiting.get(result.account_id)
        if waiting is not None:
            waiting.results.append(result)  # told after the drop before it, in order
        elif not (isinstance(result, Snapshot) and self._explain(result)):
            self._apply(result, None)

    def _explain(self, snapshot: Snapshot) -> bool:
        """Ask for the debits behind the drop this snapshot would tell; False when it tells
        none (or there is no one to ask)."""
        account = self._settings.account(snapshot.account_id)
        if self._explainer is None or account is None:
            return False
        balance = snapshot.balance
        rules = alert_rules(account, balance.currency)
        if not drop_to_explain(self.account_state(account.id), rules, balance, self._clock()):
            return False
        account_id, token = account.id, next(self._tokens)
        until = time.monotonic() + EXPLAIN_WAIT_MS / 1000
        self._waiting[account_id] = _Waiting(token, [snapshot], until)
        self._arm_wait_timer()
        self._explainer.explain(
            account_id, lambda debits: self._explained(account_id, token, debits)
        )
        return True

    def _explained(self, account_id: str, token: int, debits: Sequence[Debit] | None) -> None:
        waiting = self._waiting.get(account_id)
        if waiting is None or waiting.token != token:
            return  # an answer after the wait ran out: the drop was told already
        del self._waiting[account_id]
        if debits is None:
            log.info("the drop of account %s is told without its cause", account_id)
        first, *later = waiting.results
        self._apply(first, debits)
        for result in later:
            self._take(result)
        self._arm_wait_timer()
        self._keep_round_open()

    def _arm_wait_timer(self) -> None:
        if not self._waiting:
            self._wait_timer.stop()
            return
        soonest = min(waiting.until for waiting in self._waiting.values())
        self._wait_timer.start(max(0, math.ceil((soonest - time.monotonic()) * 1000)))

    @Slot()
    def _stop_waiting(self) -> None:
        """Tell the drops whose answer is overdue without their cause."""
        now = time.monotonic()
        for account_id, waiting in list(self._waiting.items()):
            if waiting.until <= now:
                self._explained(account_id, waiting.token, None)
        self._arm_wait_timer()

    def _apply(self, result: PollResult, debits: Sequence[Debit] | None) -> None:
        if isinstance(result, Snapshot):
            self._apply_snapshot(result, debits)
        else:
            self._apply_error(result)

    def _apply_snapshot(self, snapshot: Snapshot, debits: Sequence[Debit] | None) -> None:
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
            debits=debits,
        )
        self._advance(
            account.id, new_state, alerts, CurrencyMode(balance.currency, balance.livemode)
        )

    def _apply_error(self, error: PollError) -> None:
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
            failure=error.facts,
        )
        key = status.card_key if status else WaitingAccount(account.id)
        self._advance(account.id, new_state, alerts, key)

    def _advance(
        self, account_id: str, new_state: AccountAlertState, alerts: list[Alert], key: CardKey
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
        for alert in alerts:
            if not self._batch:
                self._batch_opened = time.monotonic()
            # A later alert of the same account in one round is the newer news: it replaces.
            self._batch[account_id] = (alert, key)
        self._keep_round_open()

    def _keep_round_open(self) -> None:
        """Something arrived: the round may still be going, so wait a little longer."""
        if not self._batch:
            return
        waited_ms = (time.monotonic() - self._batch_opened) * 1000
        self._batch_timer.start(int(max(0.0, min(BATCH_GAP_MS, BATCH_MAX_MS - waited_ms))))

    @Slot()
    def _end_round(self) -> None:
        # A drop being explained ends within EXPLAIN_WAIT_MS and opens the round again.
        if not self._waiting:
            self._deliver()

    def _deliver(self) -> None:
        self._batch_timer.stop()
        told = list(self._batch.values())
        self._batch.clear()
        if not told:
            return
        if self.silenced():
            for alert, _ in told:
                log.info(
                    "alert %s for account %s held back (paused or quiet hours)",
                    alert.kind,
                    alert.account_id,
                )
                self.alert_silenced.emit(alert)
            return
        if len(told) == 1:
            alert, key = told[0]
            card: CardKey | None = key
        else:
            alert = summarise([alert for alert, _ in told])
            keys = {key for _, key in told}
            # The accounts' shared card, or just the window when they are on several.
            card = keys.pop() if len(keys) == 1 else None
        log.info(
            "alert %s delivered for %s",
            alert.kind,
            f"account {alert.account_id}" if alert.account_id else f"{len(told)} accounts",
        )
        self._notifier.notify(alert, card)
        self.alert_delivered.emit(alert)
