"""The low-balance alert engine: per-account state, its transitions and the alerts they raise.

Pure functions of (state, rules, event, now): the caller keeps the returned state, persists it
with `to_json`, and shows the returned alerts. Levels move healthy -> low -> critical and back:
an alert on entering low, on escalating to critical and on recovering above low, with
hysteresis so a balance hovering at a line does not flap, and a reminder after a cooldown while
it stays low or critical. Failures raise "key rejected" and "unreachable" once each until a
successful poll.

One event is one alert. A large fall in one poll is told inside the level alert of the same
poll ("THB low", "Available fell 85% to ฿900.00, below ฿1,000.00"); on its own it raises
"sharp drop", at most once per `drop_alert_every` for an account. A drop the account's own
debits explain names them: the caller passes the account's newest debits (the engine fetches
nothing) and the engine names the newest of those made since the last check that account for
the fall. A payout the merchant sent is no warning, only a quiet note ("Payout of ฿18,500.00
sent"); a refund or a dispute is named.

Silence: while an account is snoozed, or notifications are off, the state advances exactly as
if the alerts had been shown, and no alert is returned at all. Nothing is queued, so neither an
unsnooze nor a restart replays old alerts; when a snooze runs out while the account is still
low or critical, the next poll raises one reminder.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import Enum, StrEnum

from omise_tray.core.balance import INT64_MAX, Balance
from omise_tray.core.errors import ErrorKind
from omise_tray.core.health import Watched
from omise_tray.core.money import format_money
from omise_tray.core.redact import redact

# Omise's clock and this computer's may disagree a little: a debit dated this much before the
# last check still counts as made after it.
CLOCK_SLACK = timedelta(minutes=2)
# A summary names this many accounts, then says how many more there are.
SUMMARY_NAMES = 8
# A snooze "until tomorrow" ends at this hour of the merchant's morning.
MORNING_HOUR = 8


class AlertKind(StrEnum):
    """Why an alert was raised."""

    LOW = "low"
    CRITICAL = "critical"
    RECOVERED = "recovered"
    REMINDER = "reminder"
    KEY_REJECTED = "key_rejected"
    UNREACHABLE = "unreachable"
    SHARP_DROP = "sharp_drop"
    PAYOUT = "payout"  # a drop the merchant's own payout explains
    SUMMARY = "summary"  # several accounts' alerts of one round, told together


class Severity(StrEnum):
    """How urgently an alert should be shown (maps to a notification's urgency)."""

    QUIET = "quiet"
    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        """0 for quiet up to 3 for critical, for picking the most urgent."""
        return list(Severity).index(self)


class AlertLevel(StrEnum):
    """Where an account stands for alerting: the engine's state, hysteresis included."""

    HEALTHY = "healthy"
    LOW = "low"
    CRITICAL = "critical"


class DebitKind(StrEnum):
    """What took money out of an account, as far as a drop's explanation goes."""

    PAYOUT = "payout"
    REFUND = "refund"
    DISPUTE = "dispute"
    OTHER = "other"


def debit_kind(key: str) -> DebitKind:
    """The kind of a debit from its transaction key: "transfer.sent" is a payout."""
    head = key.partition(".")[0].strip().lower()
    return _DEBIT_KEYS.get(head, DebitKind.OTHER)


_DEBIT_KEYS = {
    "transfer": DebitKind.PAYOUT,
    "refund": DebitKind.REFUND,
    "dispute": DebitKind.DISPUTE,
}


@dataclass(frozen=True, slots=True)
class Debit:
    """Money that left an account: what for, how much in minor units, and when."""

    kind: DebitKind
    amount: int
    at: datetime

    def __post_init__(self) -> None:
        if isinstance(self.amount, bool) or not isinstance(self.amount, int):
            raise TypeError("a debit's amount is an int in minor units")
        _require_aware(self.at)


@dataclass(frozen=True, slots=True)
class AlertRules:
    """When one account's alerts fire: thresholds in minor units, margins and timings.

    A level is entered at or below its threshold and left only above the threshold plus
    `hysteresis_pct` percent of it. `sharp_drop_pct` None turns the sharp-drop alert off; a drop
    on its own is told at most once per `drop_alert_every`.
    """

    low: int
    critical: int
    watched: Watched = Watched.AVAILABLE
    hysteresis_pct: int = 5
    reminder_after: timedelta = timedelta(hours=24)
    unreachable_after: timedelta = timedelta(minutes=30)
    sharp_drop_pct: int | None = 20
    drop_alert_every: timedelta = timedelta(hours=1)
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
        delays = (self.reminder_after, self.unreachable_after, self.drop_alert_every)
        if min(delays) <= timedelta(0):
            raise ValueError("Reminder, unreachable and drop delays must be longer than zero.")

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
    """One notification to show: which account, why, how urgent, and its text.

    `label`, `currency` and `figure` (the watched amount, when the alert has one) let several
    accounts' alerts be listed in one summary; `drop` is the share in percent that the figure
    fell when the alert tells of a sharp drop.
    """

    account_id: str
    kind: AlertKind
    severity: Severity
    title: str
    body: str
    label: str = ""
    currency: str = ""
    figure: int | None = None
    drop: int | None = None

    @property
    def summary(self) -> str:
        """Title and body on one line, for a tooltip, a log line or a one-line notifier."""
        return f"{self.title}: {self.body}"


@dataclass(frozen=True, slots=True)
class AccountAlertState:
    """What the engine remembers about one account between polls and across restarts.

    `last_value_at` is when `last_value` was seen: debits after it may explain the next drop.
    `drop_warned_at` and `drop_noted_at` are when a drop was last told as a warning, and at
    all (a payout's quiet note included), for the one-an-hour limit.
    """

    level: AlertLevel = AlertLevel.HEALTHY
    polled: bool = False
    last_value: int | None = None
    last_value_at: datetime | None = None
    last_notified_at: datetime | None = None
    snooze_until: datetime | None = None
    auth_alerted: bool = False
    unreachable_alerted: bool = False
    first_failure_at: datetime | None = None
    drop_warned_at: datetime | None = None
    drop_noted_at: datetime | None = None

    def snoozed(self, now: datetime) -> bool:
        """True while alerts for this account are held back by the merchant."""
        return self.snooze_until is not None and now < self.snooze_until

    def to_json(self) -> dict[str, object]:
        """A plain dict for the settings file; times as ISO 8601 UTC."""
        return {
            "level": str(self.level),
            "polled": self.polled,
            "last_value": self.last_value,
            "last_value_at": _time_to_json(self.last_value_at),
            "last_notified_at": _time_to_json(self.last_notified_at),
            "snooze_until": _time_to_json(self.snooze_until),
            "auth_alerted": self.auth_alerted,
            "unreachable_alerted": self.unreachable_alerted,
            "first_failure_at": _time_to_json(self.first_failure_at),
            "drop_warned_at": _time_to_json(self.drop_warned_at),
            "drop_noted_at": _time_to_json(self.drop_noted_at),
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
            last_value_at=_time_from_json(data.get("last_value_at")),
            last_notified_at=_time_from_json(data.get("last_notified_at")),
            snooze_until=_time_from_json(data.get("snooze_until")),
            auth_alerted=data.get("auth_alerted") is True,
            unreachable_alerted=data.get("unreachable_alerted") is True,
            first_failure_at=_time_from_json(data.get("first_failure_at")),
            drop_warned_at=_time_from_json(data.get("drop_warned_at")),
            drop_noted_at=_time_from_json(data.get("drop_noted_at")),
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


class SnoozeChoice(Enum):
    """What the merchant picked in an account's snooze menu."""

    FOR_AN_HOUR = "for an hour"
    UNTIL_TOMORROW = "until tomorrow morning"
    RESUME = "resume"


def snooze_end(choice: SnoozeChoice, now: datetime) -> datetime | None:
    """When a snooze picked at `now` ends, in UTC; None for RESUME (no snooze at all).

    `now` is aware and in the merchant's own zone: "tomorrow morning" is their morning.
    """
    _require_aware(now)
    if choice is SnoozeChoice.RESUME:
        return None
    if choice is SnoozeChoice.FOR_AN_HOUR:
        return (now + timedelta(hours=1)).astimezone(UTC)
    tomorrow = now + timedelta(days=1)
    morning = tomorrow.replace(hour=MORNING_HOUR, minute=0, second=0, microsecond=0)
    return morning.astimezone(UTC)


def snooze(state: AccountAlertState, until: datetime) -> AccountAlertState:
    """Hold back this account's alerts until `until` (see snooze_end)."""
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

    def money(self, amount: int) -> str:
        return format_money(amount, self.currency)

    def alert(
        self,
        kind: AlertKind,
        severity: Severity,
        title: str,
        body: str,
        *,
        figure: int | None = None,
        drop: int | None = None,
    ) -> Alert:
        return Alert(
            self.account_id,
            kind,
            severity,
            f"{self.label} — {title}",
            body,
            label=self.label,
            currency=self.currency,
            figure=figure,
            drop=drop,
        )


def _label(account_label: str, test_mode: bool) -> str:
    # A pasted key as an account name must not end up in a notification.
    label = redact(account_label)
    return f"{label} (test)" if test_mode else label


def _sentence(text: str) -> str:
    """The text with a capital first letter; str.capitalize would lower the rest ("XYZ")."""
    return text[:1].upper() + text[1:]


def _listed(parts: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"


@dataclass(frozen=True, slots=True)
class _Cause:
    """Debits of one kind since the last check: how many and how much in all."""

    kind: DebitKind
    count: int
    amount: int


# (one, several, what happened): "payout of ฿18,500.00 sent", "2 refunds totalling ฿900.00".
_CAUSE_WORDS = {
    DebitKind.PAYOUT: ("payout", "payouts", " sent"),
    DebitKind.REFUND: ("refund", "refunds", ""),
    DebitKind.DISPUTE: ("dispute", "disputes", ""),
    DebitKind.OTHER: ("debit", "debits", ""),
}


def _causes(
    debits: Sequence[Debit] | None, since: datetime | None, fall: int
) -> tuple[_Cause, ...] | None:
    """The newest debits since `since` that account for `fall` (all of them when they do not),
    summed per kind, largest first; None when the debits are unknown.

    Newest first, and no more than the fall needs: a debit just inside the clocks' slack was
    most likely in the last check's figure already.
    """
    if debits is None or since is None:
        return None
    after = since - CLOCK_SLACK
    recent = sorted((d for d in debits if d.at >= after and d.amount > 0), key=lambda d: d.at)
    totals: dict[DebitKind, tuple[int, int]] = {}
    counted = 0
    for debit in reversed(recent):
        if counted >= fall:
            break
        count, amount = totals.get(debit.kind, (0, 0))
        totals[debit.kind] = (count + 1, amount + debit.amount)
        counted += debit.amount
    order = list(DebitKind)
    causes = [_Cause(kind, count, amount) for kind, (count, amount) in totals.items()]
    return tuple(sorted(causes, key=lambda c: (-c.amount, order.index(c.kind))))


@dataclass(frozen=True, slots=True)
class _Drop:
    """A sharp fall since the last check, and what the account's own debits say about it."""

    previous: int
    value: int
    causes: tuple[_Cause, ...] | None  # None: the debits are not known

    @property
    def fall(self) -> int:
        return self.previous - self.value

    @property
    def share(self) -> int:
        """The fall in whole percent of the previous figure, rounded down."""
        return self.fall * 100 // self.previous

    @property
    def explained(self) -> int:
        return sum(cause.amount for cause in self.causes or ())

    @property
    def covered(self) -> bool:
        """The debits since the last check account for the whole fall."""
        return bool(self.causes) and self.explained >= self.fall

    @property
    def quiet(self) -> bool:
        """Only payouts the merchant sent explain it: news, but no warning."""
        return self.covered and all(c.kind is DebitKind.PAYOUT for c in self.causes or ())

    def cause_phrase(self, account: _Account) -> str:
        """ "payout of ฿18,500.00 sent", "refund of ฿900.00 and dispute of ฿250.00"."""
        parts = []
        for cause in self.causes or ():
            one, several, happened = _CAUSE_WORDS[cause.kind]
            money = account.money(cause.amount)
            if cause.count == 1:
                parts.append(f"{one} of {money}{happened}")
            else:
                parts.append(f"{cause.count} {several} totalling {money}{happened}")
        return _listed(parts)


def _sharp_drop(
    state: AccountAlertState, value: int, rules: AlertRules, debits: Sequence[Debit] | None
) -> _Drop | None:
    previous = state.last_value if state.polled else None
    if rules.sharp_drop_pct is None or previous is None or previous <= 0:
        return None
    if (previous - value) * 100 <= previous * rules.sharp_drop_pct:
        return None
    return _Drop(previous, value, _causes(debits, state.last_value_at, previous - value))


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
    account: _Account,
    kind: AlertKind,
    level: AlertLevel,
    value: int,
    rules: AlertRules,
    *,
    drop: _Drop | None,
) -> Alert:
    money = account.money
    if level is AlertLevel.HEALTHY:
        body = f"{money(value)} {rules.watched}, above {money(rules.low)}"
        return account.alert(
            kind, Severity.INFO, f"{account.currency} back above low", body, figure=value
        )
    threshold = rules.critical if level is AlertLevel.CRITICAL else rules.low
    line = f"{'below' if value < threshold else 'at'} {money(threshold)}"
    if drop is None:
        body = f"{money(value)} {rules.watched}, {line}"
    else:
        # The drop and the line it crossed are one event: one notification tells both.
        fell = f"{rules.watched} fell {drop.share}% to {money(value)}, {line}"
        body = f"{_sentence(drop.cause_phrase(account))}: {fell}" if drop.covered else fell
    severity = Severity.CRITICAL if level is AlertLevel.CRITICAL else Severity.WARNING
    still = "still " if kind is AlertKind.REMINDER else ""
    title = f"{account.currency} {still}{level}"
    share = drop.share if drop is not None else None
    return account.alert(kind, severity, title, _sentence(body), figure=value, drop=share)


def _drop_alert(account: _Account, drop: _Drop, rules: AlertRules) -> Alert:
    money = account.money
    cause = drop.cause_phrase(account)
    if drop.quiet:
        body = f"{_sentence(cause)}; {money(drop.value)} {rules.watched}."
        return account.alert(
            AlertKind.PAYOUT,
            Severity.QUIET,
            f"{account.currency} payout sent",
            body,
            figure=drop.value,
            drop=drop.share,
        )
    fell = (
        f"{rules.watched} fell from {money(drop.previous)} to {money(drop.value)} "
        "since the last check"
    )
    if drop.covered:
        body = f"{_sentence(cause)}: {fell}."
    elif drop.causes is None:
        body = f"{_sentence(fell)}; refunds, disputes and payouts cause drops like this."
    elif not drop.causes:
        body = f"{_sentence(fell)}; no refund, dispute or payout since then explains it."
    else:
        body = (
            f"{_sentence(fell)}. Debits since then explain only {money(drop.explained)} "
            f"of it: {cause}."
        )
    return account.alert(
        AlertKind.SHARP_DROP,
        Severity.WARNING,
        f"{account.currency} down {drop.share}%",
        body,
        figure=drop.value,
        drop=drop.share,
    )


def _transition_kind(before: AlertLevel, after: AlertLevel) -> AlertKind | None:
    if after is AlertLevel.CRITICAL:
        return AlertKind.CRITICAL
    if after is AlertLevel.HEALTHY:
        return AlertKind.RECOVERED
    # Entering low from healthy is news; stepping back from critical to low is not.
    return AlertKind.LOW if before is AlertLevel.HEALTHY else None


def _due(told_at: datetime | None, now: datetime, every: timedelta) -> bool:
    # A time in the future means the clock went back: it must not silence drops for that long.
    return told_at is None or told_at > now or now - told_at >= every


def on_balance(
    state: AccountAlertState,
    rules: AlertRules,
    balance: Balance,
    now: datetime,
    *,
    account_id: str,
    account_label: str,
    debits: Sequence[Debit] | None = None,
) -> tuple[AccountAlertState, list[Alert]]:
    """Advance one account's state with a fetched balance; return the new state and alerts.

    `debits` are the account's newest debits, any age (the engine keeps those since the last
    check), or None when they are not known. The first poll of a fresh account alerts only
    when it is already critical: the merchant has just added it and sees the card. A success
    also clears the failure alerts.
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
    told: _Drop | None = None

    level = _next_level(state.level if state.polled else AlertLevel.HEALTHY, value, rules)
    if not state.polled:
        if level is AlertLevel.CRITICAL:
            alerts.append(_level_alert(account, AlertKind.CRITICAL, level, value, rules, drop=None))
        # Seeing the new card counts as being told, so the first reminder waits a full cooldown.
        notified_at = now
    else:
        drop = _sharp_drop(state, value, rules, debits)
        kind = _transition_kind(state.level, level) if level is not state.level else None
        if kind is None and level is not AlertLevel.HEALTHY:
            due = notified_at is None or now - notified_at >= rules.reminder_after
            kind = AlertKind.REMINDER if due or snooze_ended else None
        if kind is not None:
            # Only a fall can carry a drop; a recovery never does.
            told = drop if level is not AlertLevel.HEALTHY else None
            alerts.append(_level_alert(account, kind, level, value, rules, drop=told))
            notified_at = now
        elif drop is not None:
            last = state.drop_noted_at if drop.quiet else state.drop_warned_at
            if _due(last, now, rules.drop_alert_every):
                told = drop
                alerts.append(_drop_alert(account, drop, rules))

    new_state = replace(
        state,
        level=level,
        polled=True,
        last_value=value,
        last_value_at=now,
        last_notified_at=notified_at,
        snooze_until=None if snooze_ended else state.snooze_until,
        auth_alerted=False,
        unreachable_alerted=False,
        first_failure_at=None,
        drop_noted_at=now if told is not None else state.drop_noted_at,
        drop_warned_at=now if told is not None and not told.quiet else state.drop_warned_at,
    )
    return new_state, _shown(state, rules, now, alerts)


def drop_to_explain(
    state: AccountAlertState, rules: AlertRules, balance: Balance, now: datetime
) -> bool:
    """True when `on_balance` would tell a drop that the account's debits since the last check
    could explain: only then is fetching them worth a request."""
    if state.last_value_at is None or not rules.notifications_enabled or state.snoozed(now):
        return False
    _, alerts = on_balance(state, rules, balance, now, account_id="", account_label="")
    if alerts:
        return any(alert.drop is not None for alert in alerts)
    # Held back as a warning (one was told lately), it may yet be a payout's quiet note.
    drop = _sharp_drop(state, rules.watched.figure(balance), rules, None)
    return drop is not None and _due(state.drop_noted_at, now, rules.drop_alert_every)


def _duration(elapsed: timedelta) -> str:
    minutes = int(elapsed.total_seconds()) // 60
    if minutes < 120:
        return f"{minutes} minutes"
    return f"{minutes // 60} hours"


def on_failure(
    state: AccountAlertState,
    rules: AlertRules,
    kind: ErrorKind,
    now: datetime,
    *,
    account_id: str,
    account_label: str,
    test_mode: bool,
    message: str = "",
) -> tuple[AccountAlertState, list[Alert]]:
    """Advance one account's state with a failed poll; return the new state and alerts.

    `kind` is the failure's category: AUTH raises "key rejected" once; any other kind
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
    if kind is ErrorKind.AUTH:
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


# What a summary says of each account, most urgent first, and its heading in a mixed summary.
_SUMMARY_WORDS = {
    "critical": "Critical",
    "with a rejected key": "Key rejected",
    "low": "Low",
    "down sharply": "Down sharply",
    "unreachable": "Unreachable",
    "back above low": "Back above low",
    "paid out": "Paid out",
}


def _summary_word(alert: Alert) -> str:
    if alert.kind is AlertKind.REMINDER:
        return "critical" if alert.severity is Severity.CRITICAL else "low"
    words = {
        AlertKind.CRITICAL: "critical",
        AlertKind.LOW: "low",
        AlertKind.RECOVERED: "back above low",
        AlertKind.SHARP_DROP: "down sharply",
        AlertKind.PAYOUT: "paid out",
        AlertKind.KEY_REJECTED: "with a rejected key",
        AlertKind.UNREACHABLE: "unreachable",
    }
    if alert.kind not in words:
        raise ValueError(f"a {alert.kind} alert cannot be summarised again")
    return words[alert.kind]


def _summary_entry(alert: Alert) -> str:
    if alert.figure is None or not alert.currency:
        return alert.label
    return f"{alert.label} {format_money(alert.figure, alert.currency)}"


def summarise(alerts: Sequence[Alert]) -> Alert:
    """One alert telling several accounts' alerts of the same round, one alert per account.

    "4 JPY accounts critical" / "Shop 2 ¥920, Shop 4 ¥1,100, …"; mixed rounds count each kind
    ("3 accounts: 2 critical, 1 low") and head each list. Lowest figures come first, as the
    most pressing; the summary is as urgent as its most urgent alert.
    """
    if not alerts:
        raise ValueError("there is nothing to summarise")
    groups: dict[str, list[Alert]] = {word: [] for word in _SUMMARY_WORDS}
    for alert in alerts:
        groups[_summary_word(alert)].append(alert)
    present = [word for word, members in groups.items() if members]
    currencies = {alert.currency for alert in alerts}
    code = f"{alerts[0].currency} " if len(currencies) == 1 and alerts[0].currency else ""
    accounts = f"{len(alerts)} {code}account{'s' if len(alerts) > 1 else ''}"
    if len(present) == 1:
        title = f"{accounts} {present[0]}"
    else:
        title = f"{accounts}: " + ", ".join(f"{len(groups[word])} {word}" for word in present)

    sections: list[str] = []
    named = 0
    for word in present:
        ranked = sorted(groups[word], key=lambda a: (a.figure is None, a.figure or 0))
        entries = [_summary_entry(alert) for alert in ranked[: SUMMARY_NAMES - named]]
        named += len(entries)
        if entries:
            listed = ", ".join(entries)
            sections.append(listed if len(present) == 1 else f"{_SUMMARY_WORDS[word]}: {listed}")
    body = ". ".join(sections)
    if named < len(alerts):
        body += f" and {len(alerts) - named} more"
    if len(present) > 1:
        body += "."
    severity = max((alert.severity for alert in alerts), key=lambda s: s.rank)
    return Alert("", AlertKind.SUMMARY, severity, title, body)
