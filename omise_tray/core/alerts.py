"""The low-balance alert engine: per-account state, its transitions and the alerts they raise.

Pure functions of (state, rules, event, now): the caller keeps the returned state, persists it
with `to_json`, and shows the returned alerts. Levels move healthy -> low -> critical and back:
an alert on entering low, on escalating to critical and on recovering above low, with
hysteresis so a balance hovering at a line does not flap, and a reminder after a cooldown while
it stays low or critical. Failures raise "key rejected" and "unreachable" once each until a
successful poll, and a large fall in one poll raises "sharp drop".

Silence: while an account is snoozed, or notifications are off, the state advances exactly as
if the alerts had been shown, and no alert is returned at all. Nothing is queued, so neither an
unsnooze nor a restart replays old alerts; when a snooze runs out while the account is still
low or critical, the next poll raises one reminder.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from omise_tray.core.balance import INT64_MAX, Balance
from omise_tray.core.health import Watched
from omise_tray.core.money import format_amount
from omise_tray.core.redact import redact

AUTH_FAILURE = "auth"


class AlertKind(StrEnum):
    """Why an alert was raised."""

    LOW = "low"
    CRITICAL = "critical"
    RECOVERED = "recovered"
    REMINDER = "reminder"
    KEY_REJECTED = "key_rejected"
    UNREACHABLE = "unreachable"
    SHARP_DROP = "sharp_drop"


class Severity(StrEnum):
    """How urgently an alert should be shown (maps to a notification's urgency)."""

    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"


class AlertLevel(StrEnum):
    """Where an account stands for alerting: the engine's state, hysteresis included."""

    HEALTHY = "healthy"
    LOW = "low"
    CRITICAL = "critical"


@dataclass(frozen=True, slots=True)
class AlertRules:
    """When one account's alerts fire: thresholds in minor units, margins and timings.

    A level is entered at or below its threshold and left only above the threshold plus
    `hysteresis_pct` percent of it. `sharp_drop_pct` None turns the sharp-drop alert off.
    """

    low: int
    critical: int
    watched: Watched = Watched.AVAILABLE
    hysteresis_pct: int = 5
    reminder_after: timedelta = timedelta(hours=24)
    unreachable_after: timedelta = timedelta(minutes=30)
    sharp_drop_pct: int | None = 20
    notifications_enabled: bool = True

    def __post_init__(self) -> None:
        if not 0 <= self.critical <= self.low:
            raise ValueError(
                "Alert thresholds must be zero or more, with critical no more than low."
            )
        if not 0 <= self.hysteresis_pct <= 100:
            raise ValueError("The recovery margin must be between 0 and 100 percent.")
        if self.sharp_drop_pct is not None and not 0 <= self.sharp_drop_pct <= 100:
            raise ValueError("The sharp-drop share must be between 0 and 100 percent.")
        if self.reminder_after <= timedelta(0) or self.unreachable_after <= timedelta(0):
            raise ValueError("Reminder and unreachable delays must be longer than zero.")

    @property
    def recover_above(self) -> int:
        """A low or critical account recovers only above this amount."""
        return self.low + self.low * self.hysteresis_pct // 100

    @property
    def leave_critical_above(self) -> int:
        """A critical account steps back to low only above this amount."""
        return self.critical + self.critical * self.hysteresis_pct // 100


@dataclass(frozen=True, slots=True)
class Alert:
    """One notification to show: which account, why, how urgent, and its text."""

    account_id: str
    kind: AlertKind
    severity: Severity
    title: str
    body: str

    @property
    def summary(self) -> str:
        """Title and body on one line, for a tooltip, a log line or a one-line notifier."""
        return f"{self.title}: {self.body}"


@dataclass(frozen=True, slots=True)
class AccountAlertState:
    """What the engine remembers about one account between polls and across restarts."""

    level: AlertLevel = AlertLevel.HEALTHY
    polled: bool = False
    last_value: int | None = None
    last_notified_at: datetime | None = None
    snooze_until: datetime | None = None
    auth_alerted: bool = False
    unreachable_alerted: bool = False
    first_failure_at: datetime | None = None

    def snoozed(self, now: datetime) -> bool:
        """True while alerts for this account are held back by the merchant."""
        return self.snooze_until is not None and now < self.snooze_until

    def to_json(self) -> dict[str, object]:
        """A plain dict for the settings file; times as ISO 8601 UTC."""
        return {
            "level": str(self.level),
            "polled": self.polled,
            "last_value": self.last_value,
            "last_notified_at": _time_to_json(self.last_notified_at),
            "snooze_until": _time_to_json(self.snooze_until),
            "auth_alerted": self.auth_alerted,
            "unreachable_alerted": self.unreachable_alerted,
            "first_failure_at": _time_to_json(self.first_failure_at),
        }

    @classmethod
    def from_json(cls, data: object) -> AccountAlertState:
        """Read what `to_json` wrote; a missing or unreadable field takes its default."""
        if not isinstance(data, Mapping):
            return cls()
        return cls(
            level=_level_from_json(data.get("level")),
            polled=data.get("polled") is True,
            last_value=_int64_from_json(data.get("last_value")),
            last_notified_at=_time_from_json(data.get("last_notified_at")),
            snooze_until=_time_from_json(data.get("snooze_until")),
            auth_alerted=data.get("auth_alerted") is True,
            unreachable_alerted=data.get("unreachable_alerted") is True,
            first_failure_at=_time_from_json(data.get("first_failure_at")),
        )


def _level_from_json(value: object) -> AlertLevel:
    for level in AlertLevel:
        if value == level.value:
            return level
    return AlertLevel.HEALTHY


def _int64_from_json(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) <= INT64_MAX:
        return value
    return None


def _time_to_json(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat()


def _time_from_json(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    # Only aware UTC times are written; a hand-edited naive one is read as UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _require_aware(moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("times given to the alert engine must be timezone-aware")


def snooze(state: AccountAlertState, until: datetime) -> AccountAlertState:
    """Hold back this account's alerts until `until` (the caller picks 1 h or tomorrow)."""
    _require_aware(until)
    return replace(state, snooze_until=until)


def unsnooze(state: AccountAlertState) -> AccountAlertState:
    """Let this account's alerts through again at once, without a catch-up reminder."""
    return replace(state, snooze_until=None)


@dataclass(frozen=True, slots=True)
class _Account:
    """How alerts name one account: its id, label (test-marked) and currency."""

    account_id: str
    label: str
    currency: str

    def alert(self, kind: AlertKind, severity: Severity, title: str, body: str) -> Alert:
        return Alert(self.account_id, kind, severity, f"{self.label} — {title}", body)


def _label(account_label: str, test_mode: bool) -> str:
    # A pasted key as an account name must not end up in a notification.
    label = redact(account_label)
    return f"{label} (test)" if test_mode else label


def _next_level(current: AlertLevel, value: int, rules: AlertRules) -> AlertLevel:
    if value <= rules.critical:
        return AlertLevel.CRITICAL
    if current is AlertLevel.HEALTHY:
        return AlertLevel.LOW if value <= rules.low else AlertLevel.HEALTHY
    if value > rules.recover_above:
        return AlertLevel.HEALTHY
    if current is AlertLevel.CRITICAL and value <= rules.leave_critical_above:
        return AlertLevel.CRITICAL
    return AlertLevel.LOW


def _level_alert(
    account: _Account, kind: AlertKind, level: AlertLevel, value: int, rules: AlertRules
) -> Alert:
    def amount(minor: int) -> str:
        return format_amount(minor, account.currency)

    figure = f"{amount(value)} {rules.watched}"
    if level is AlertLevel.HEALTHY:
        body = f"{figure}, above {amount(rules.low)}"
        return account.alert(kind, Severity.INFO, f"{account.currency} back above low", body)
    threshold = rules.critical if level is AlertLevel.CRITICAL else rules.low
    body = f"{figure}, {'below' if value < threshold else 'at'} {amount(threshold)}"
    severity = Severity.CRITICAL if level is AlertLevel.CRITICAL else Severity.WARNING
    still = "still " if kind is AlertKind.REMINDER else ""
    return account.alert(kind, severity, f"{account.currency} {still}{level}", body)


def _sharp_drop(
    account: _Account, previous: int | None, value: int, rules: AlertRules
) -> Alert | None:
    if rules.sharp_drop_pct is None or previous is None or previous <= 0:
        return None
    fall = previous - value
    if fall * 100 <= previous * rules.sharp_drop_pct:
        return None
    share = fall * 100 // previous
    body = (
        f"{rules.watched.capitalize()} fell from {format_amount(previous, account.currency)} "
        f"to {format_amount(value, account.currency)} since the last check; refunds, "
        "disputes and transfers cause drops like this."
    )
    return account.alert(
        AlertKind.SHARP_DROP, Severity.WARNING, f"{account.currency} down {share}%", body
    )


def _transition_kind(before: AlertLevel, after: AlertLevel) -> AlertKind | None:
    if after is AlertLevel.CRITICAL:
        return AlertKind.CRITICAL
    if after is AlertLevel.HEALTHY:
        return AlertKind.RECOVERED
    # Entering low from healthy is news; stepping back from critical to low is not.
    return AlertKind.LOW if before is AlertLevel.HEALTHY else None


def on_balance(
    state: AccountAlertState,
    rules: AlertRules,
    balance: Balance,
    now: datetime,
    *,
    account_id: str,
    account_label: str,
) -> tuple[AccountAlertState, list[Alert]]:
    """Advance one account's state with a fetched balance; return the new state and alerts.

    The first poll of a fresh account alerts only when it is already critical: the merchant has
    just added it and sees the card. A success also clears the failure alerts.
    """
    _require_aware(now)
    account = _Account(account_id, _label(account_label, not balance.livemode), balance.currency)
    value = rules.watched.figure(balance)
    notified_at = state.last_notified_at
    if notified_at is not None and notified_at > now:
        # The clock went back: restart the cooldown rather than silence reminders for that long.
        notified_at = now
    snooze_ended = state.snooze_until is not None and now >= state.snooze_until
    alerts: list[Alert] = []

    level = _next_level(state.level if state.polled else AlertLevel.HEALTHY, value, rules)
    if not state.polled:
        if level is AlertLevel.CRITICAL:
            alerts.append(_level_alert(account, AlertKind.CRITICAL, level, value, rules))
        # Seeing the new card counts as being told, so the first reminder waits a full cooldown.
        notified_at = now
    else:
        kind = _transition_kind(state.level, level) if level is not state.level else None
        if kind is None and level is not AlertLevel.HEALTHY:
            due = notified_at is None or now - notified_at >= rules.reminder_after
            kind = AlertKind.REMINDER if due or snooze_ended else None
        if kind is not None:
            alerts.append(_level_alert(account, kind, level, value, rules))
            notified_at = now

    drop = _sharp_drop(account, state.last_value if state.polled else None, value, rules)
    if drop is not None:
        alerts.append(drop)

    new_state = replace(
        state,
        level=level,
        polled=True,
        last_value=value,
        last_notified_at=notified_at,
        snooze_until=None if snooze_ended else state.snooze_until,
        auth_alerted=False,
        unreachable_alerted=False,
        first_failure_at=None,
    )
    return new_state, _shown(state, rules, now, alerts)


def _duration(elapsed: timedelta) -> str:
    minutes = int(elapsed.total_seconds()) // 60
    if minutes < 120:
        return f"{minutes} minutes"
    return f"{minutes // 60} hours"


def on_failure(
    state: AccountAlertState,
    rules: AlertRules,
    kind: str,
    now: datetime,
    *,
    account_id: str,
    account_label: str,
    test_mode: bool,
    message: str = "",
) -> tuple[AccountAlertState, list[Alert]]:
    """Advance one account's state with a failed poll; return the new state and alerts.

    `kind` is the client's error category: "auth" raises "key rejected" once; any other kind
    counts towards "unreachable", raised once when no poll has succeeded for longer than
    `unreachable_after`. `message` is the error's own sentence, quoted in that alert.
    """
    _require_aware(now)
    account = _Account(account_id, _label(account_label, test_mode), "")
    first = state.first_failure_at
    if first is None or first > now:
        first = now
    new_state = replace(state, first_failure_at=first)
    alerts: list[Alert] = []
    if kind == AUTH_FAILURE:
        if not state.auth_alerted:
            body = (
                "Omise rejected this account's secret key. Paste a new key from Dashboard → Keys."
            )
            alerts.append(
                account.alert(AlertKind.KEY_REJECTED, Severity.CRITICAL, "key rejected", body)
            )
            new_state = replace(new_state, auth_alerted=True)
    elif not state.unreachable_alerted and now - first > rules.unreachable_after:
        body = f"The balance could not be fetched for {_duration(now - first)}."
        if message:
            body = f"{body} Last error: {redact(message)}"
        alerts.append(account.alert(AlertKind.UNREACHABLE, Severity.WARNING, "unreachable", body))
        new_state = replace(new_state, unreachable_alerted=True)
    return new_state, _shown(state, rules, now, alerts)


def _shown(
    state: AccountAlertState, rules: AlertRules, now: datetime, alerts: list[Alert]
) -> list[Alert]:
    """The alerts to show: none while notifications are off or the account is snoozed."""
    if not rules.notifications_enabled or state.snoozed(now):
        return []
    return alerts
