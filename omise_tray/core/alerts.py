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

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from omise_tray.core.balance import INT64_MAX, Balance
from omise_tray.core.errors import ErrorKind, FailureFacts
from omise_tray.core.health import Watched
from omise_tray.core.localized import Translate, english, translatable
from omise_tray.core.money import format_money
from omise_tray.core.redact import redact

# Omise's clock and this computer's may disagree a little: a debit dated this much before the
# last check still counts as made after it.
CLOCK_SLACK = timedelta(minutes=2)
# A summary names this many accounts, then says how many more there are.
SUMMARY_NAMES = 8


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
class Cause:
    """Debits of one kind since the last check: how many and how much in all."""

    kind: DebitKind
    count: int
    amount: int


@dataclass(frozen=True, slots=True)
class Alert:
    """One notification to show: which account, why, how urgent, and its text.

    `title` and `body` are the English text (logs, the CLI); the facts after them let the
    window compose the same text in its own language (`compose`). `label`, `currency` and
    `figure` (the watched amount, when the alert has one) let several accounts' alerts be
    listed in one summary; `drop` is the share in percent that the figure fell when the alert
    tells of a sharp drop, from `previous`, explained (or not) by `causes` (None: the debits
    are not known). `threshold` is the line crossed, or recovered above; `failing_for` and
    `message` tell an unreachable account's outage; a summary's `members` are its alerts.
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
    name: str = ""  # the account's name, made safe; `label` adds the test mark in English
    test_mode: bool = False
    watched: Watched = Watched.AVAILABLE
    threshold: int | None = None
    previous: int | None = None
    causes: tuple[Cause, ...] | None = None
    failing_for: timedelta | None = None
    message: str = ""
    failure: FailureFacts | None = None  # the last error's facts, to say it in a language
    members: tuple[Alert, ...] = ()

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


def snooze(state: AccountAlertState, until: datetime) -> AccountAlertState:
    """Hold back this account's alerts until `until` (see snooze_end)."""
    _require_aware(until)
    return replace(state, snooze_until=until)


def unsnooze(state: AccountAlertState) -> AccountAlertState:
    """Let this account's alerts through again at once, without a catch-up reminder."""
    return replace(state, snooze_until=None)


@dataclass(frozen=True, slots=True)
class _Account:
    """How alerts name one account: its id, safe name, mode and currency."""

    account_id: str
    name: str
    test_mode: bool
    currency: str

    def alert(self, kind: AlertKind, severity: Severity, **facts: Any) -> Alert:
        """The alert with its English text composed from its facts."""
        label = f"{self.name} (test)" if self.test_mode else self.name
        bare = Alert(
            self.account_id,
            kind,
            severity,
            "",
            "",
            label=label,
            currency=self.currency,
            name=self.name,
            test_mode=self.test_mode,
            **facts,
        )
        return _in_english(bare)


def _in_english(alert: Alert) -> Alert:
    # The English quotes the error's own sentence (the client's words), not its facts.
    title, body = compose(replace(alert, failure=None), english, format_money)
    return replace(alert, title=title, body=body)


def _safe_name(account_label: str) -> str:
    # A pasted key as an account name must not end up in a notification.
    return redact(account_label)


def _sentence(text: str) -> str:
    """The text with a capital first letter; str.capitalize would lower the rest ("XYZ")."""
    return text[:1].upper() + text[1:]


def _causes(
    debits: Sequence[Debit] | None, since: datetime | None, fall: int
) -> tuple[Cause, ...] | None:
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
    causes = [Cause(kind, count, amount) for kind, (count, amount) in totals.items()]
    return tuple(sorted(causes, key=lambda c: (-c.amount, order.index(c.kind))))


@dataclass(frozen=True, slots=True)
class _Drop:
    """A sharp fall since the last check, and what the account's own debits say about it."""

    previous: int
    value: int
    causes: tuple[Cause, ...] | None  # None: the debits are not known

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
    if level is AlertLevel.HEALTHY:
        return account.alert(
            kind, Severity.INFO, figure=value, watched=rules.watched, threshold=rules.low
        )
    threshold = rules.critical if level is AlertLevel.CRITICAL else rules.low
    severity = Severity.CRITICAL if level is AlertLevel.CRITICAL else Severity.WARNING
    return account.alert(
        kind,
        severity,
        figure=value,
        watched=rules.watched,
        threshold=threshold,
        # The drop and the line it crossed are one event: one notification tells both.
        drop=drop.share if drop is not None else None,
        previous=drop.previous if drop is not None else None,
        causes=drop.causes if drop is not None else None,
    )


def _drop_alert(account: _Account, drop: _Drop, rules: AlertRules) -> Alert:
    return account.alert(
        AlertKind.PAYOUT if drop.quiet else AlertKind.SHARP_DROP,
        Severity.QUIET if drop.quiet else Severity.WARNING,
        figure=drop.value,
        drop=drop.share,
        previous=drop.previous,
        causes=drop.causes,
        watched=rules.watched,
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
    account = _Account(
        account_id, _safe_name(account_label), not balance.livemode, balance.currency
    )
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
    failure: FailureFacts | None = None,
) -> tuple[AccountAlertState, list[Alert]]:
    """Advance one account's state with a failed poll; return the new state and alerts.

    `kind` is the failure's category: AUTH raises "key rejected" once; any other kind
    counts towards "unreachable", raised once when no poll has succeeded for longer than
    `unreachable_after`. `message` is the error's own sentence, quoted in that alert;
    `failure` its facts, from which a notification says it in the app's language.
    """
    _require_aware(now)
    account = _Account(account_id, _safe_name(account_label), test_mode, "")
    first = state.first_failure_at
    if first is None or first > now:
        first = now
    new_state = replace(state, first_failure_at=first)
    alerts: list[Alert] = []
    if kind is ErrorKind.AUTH:
        if not state.auth_alerted:
            alerts.append(account.alert(AlertKind.KEY_REJECTED, Severity.CRITICAL))
            new_state = replace(new_state, auth_alerted=True)
    elif not state.unreachable_alerted and now - first > rules.unreachable_after:
        alerts.append(
            account.alert(
                AlertKind.UNREACHABLE,
                Severity.WARNING,
                failing_for=now - first,
                message=redact(message),
                failure=failure,
            )
        )
        new_state = replace(new_state, unreachable_alerted=True)
    return new_state, _shown(state, rules, now, alerts)


def _shown(
    state: AccountAlertState, rules: AlertRules, now: datetime, alerts: list[Alert]
) -> list[Alert]:
    """The alerts to show: none while notifications are off or the account is snoozed."""
    if not rules.notifications_enabled or state.snoozed(now):
        return []
    return alerts


# What a summary says of each account, most urgent first: inline ("4 accounts critical") and
# as the heading of its list in a mixed summary ("Critical: Shop 2 ¥920").
_SUMMARY_WORDS: dict[str, tuple[str, str]] = {
    "critical": (translatable("Alerts", "critical"), translatable("Alerts", "Critical")),
    "with a rejected key": (
        translatable("Alerts", "with a rejected key"),
        translatable("Alerts", "Key rejected"),
    ),
    "low": (translatable("Alerts", "low"), translatable("Alerts", "Low")),
    "down sharply": (
        translatable("Alerts", "down sharply"),
        translatable("Alerts", "Down sharply"),
    ),
    "unreachable": (translatable("Alerts", "unreachable"), translatable("Alerts", "Unreachable")),
    "back above low": (
        translatable("Alerts", "back above low"),
        translatable("Alerts", "Back above low"),
    ),
    "paid out": (translatable("Alerts", "paid out"), translatable("Alerts", "Paid out")),
}
_WATCHED_WORDS = {
    #: The watched figure, as in "฿900.00 available" and "available fell 85%".
    Watched.AVAILABLE: translatable("Alerts", "available"),
    #: The watched figure, as in "฿900.00 total" and "total fell 85%".
    Watched.TOTAL: translatable("Alerts", "total"),
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


def summarise(alerts: Sequence[Alert]) -> Alert:
    """One alert telling several accounts' alerts of the same round, one alert per account.

    "4 JPY accounts critical" / "Shop 2 ¥920, Shop 4 ¥1,100, …"; mixed rounds count each kind
    ("3 accounts: 2 critical, 1 low") and head each list. Lowest figures come first, as the
    most pressing; the summary is as urgent as its most urgent alert.
    """
    if not alerts:
        raise ValueError("there is nothing to summarise")
    for alert in alerts:
        _summary_word(alert)  # a summary cannot be summarised again
    severity = max((alert.severity for alert in alerts), key=lambda s: s.rank)
    return _in_english(Alert("", AlertKind.SUMMARY, severity, "", "", members=tuple(alerts)))


# --- the words -----------------------------------------------------------------------------
# compose() writes an alert's text through `translate` (QCoreApplication.translate in the
# window; localized.english for the English of logs and the CLI), with whole sentences per
# case so translators can order the words as their language wants.

Money = Callable[[int, str], str]


def compose(alert: Alert, translate: Translate, money: Money) -> tuple[str, str]:
    """The alert's title and body in the language of `translate`, amounts written by `money`."""
    if alert.kind is AlertKind.SUMMARY:
        return _summary_text(alert.members, translate, money)
    #: A notification's title: {account} is an account's name, {what} what happened
    #: ("THB low", "key rejected").
    title = translate("Alerts", "{account} — {what}").format(
        account=_account_name(alert, translate), what=_what(alert, translate)
    )
    return title, _body(alert, translate, money)


def _word(translate: Translate, context: str, source: str) -> str:
    """A marked table word in the language of `translate`."""
    return translate(context, source)


def _account_name(alert: Alert, translate: Translate) -> str:
    if alert.test_mode:
        #: An account in test mode; {account} is its name.
        return translate("Alerts", "{account} (test)").format(account=alert.name)
    return alert.name


def _what(alert: Alert, translate: Translate) -> str:
    """What happened, for the title: "THB low", "THB down 85%", "key rejected"."""
    kind, currency = alert.kind, alert.currency
    if kind is AlertKind.KEY_REJECTED:
        return translate("Alerts", "key rejected")
    if kind is AlertKind.UNREACHABLE:
        return translate("Alerts", "unreachable")
    if kind is AlertKind.RECOVERED:
        #: {currency} is a currency code: "THB back above low".
        text = translate("Alerts", "{currency} back above low")
    elif kind is AlertKind.PAYOUT:
        text = translate("Alerts", "{currency} payout sent")
    elif kind is AlertKind.SHARP_DROP:
        #: {share} is a whole percentage: "THB down 85%".
        return translate("Alerts", "{currency} down {share}%").format(
            currency=currency, share=alert.drop
        )
    elif alert.severity is Severity.CRITICAL:
        if kind is AlertKind.REMINDER:
            text = translate("Alerts", "{currency} still critical")
        else:
            text = translate("Alerts", "{currency} critical")
    elif kind is AlertKind.REMINDER:
        text = translate("Alerts", "{currency} still low")
    else:
        text = translate("Alerts", "{currency} low")
    return text.format(currency=currency)


def _covered(alert: Alert) -> bool:
    """The debits since the last check account for the whole fall."""
    fall = (alert.previous or 0) - (alert.figure or 0)
    return bool(alert.causes) and sum(c.amount for c in alert.causes or ()) >= fall


def _body(alert: Alert, translate: Translate, money: Money) -> str:
    kind = alert.kind
    if kind is AlertKind.KEY_REJECTED:
        return translate(
            "Alerts",
            "Omise rejected this account's secret key. Paste a new key from Dashboard → Keys.",
        )
    if kind is AlertKind.UNREACHABLE:
        duration = _outage(alert.failing_for or timedelta(0), translate)
        if alert.message:
            said = alert.failure.sentence(translate) if alert.failure else alert.message
            #: {duration} is "45 minutes" or "3 hours"; {message} the error's own sentence.
            text = translate(
                "Alerts",
                "The balance could not be fetched for {duration}. Last error: {message}",
            )
            return text.format(duration=duration, message=said)
        #: {duration} is "45 minutes" or "3 hours".
        text = translate("Alerts", "The balance could not be fetched for {duration}.")
        return text.format(duration=duration)
    fields = {
        "amount": money(alert.figure or 0, alert.currency),
        "watched": _word(translate, "Alerts", _WATCHED_WORDS[alert.watched]),
        "line": money(alert.threshold or 0, alert.currency),
        "previous": money(alert.previous or 0, alert.currency),
        "share": str(alert.drop),
        "cause": _cause_phrase(alert.causes or (), translate, alert.currency, money),
        "explained": money(sum(c.amount for c in alert.causes or ()), alert.currency),
    }
    if kind is AlertKind.RECOVERED:
        #: {amount} {watched} is the balance now ("฿1,200.00 available"); {line} the low line.
        return translate("Alerts", "{amount} {watched}, above {line}").format(**fields)
    if kind in (AlertKind.PAYOUT, AlertKind.SHARP_DROP):
        return _sentence(_drop_body(alert, translate).format(**fields))
    return _sentence(_level_body(alert, translate).format(**fields))


def _level_body(alert: Alert, translate: Translate) -> str:
    """A low, critical or reminder alert's sentence, before its fields are filled in."""
    below = (alert.figure or 0) < (alert.threshold or 0)
    if alert.drop is None:
        if below:
            #: {amount} {watched} is the balance ("฿900.00 available"); {line} the line crossed.
            return translate("Alerts", "{amount} {watched}, below {line}")
        return translate("Alerts", "{amount} {watched}, at {line}")
    if _covered(alert):
        if below:
            #: {cause} names the debits ("payout of ฿18,500.00 sent"); {share} is a percentage.
            return translate("Alerts", "{cause}: {watched} fell {share}% to {amount}, below {line}")
        return translate("Alerts", "{cause}: {watched} fell {share}% to {amount}, at {line}")
    if below:
        #: {watched} is "available" or "total"; {share} is a whole percentage.
        return translate("Alerts", "{watched} fell {share}% to {amount}, below {line}")
    return translate("Alerts", "{watched} fell {share}% to {amount}, at {line}")


def _drop_body(alert: Alert, translate: Translate) -> str:
    """A sharp drop's or a payout's sentence, before its fields are filled in."""
    if alert.kind is AlertKind.PAYOUT:
        #: {cause} names the payouts ("payout of ฿18,500.00 sent"); {amount} {watched} is the
        #: balance now ("฿900.00 available").
        return translate("Alerts", "{cause}; {amount} {watched}.")
    if _covered(alert):
        return translate(
            "Alerts", "{cause}: {watched} fell from {previous} to {amount} since the last check."
        )
    if alert.causes is None:
        return translate(
            "Alerts",
            "{watched} fell from {previous} to {amount} since the last check; refunds, "
            "disputes and payouts cause drops like this.",
        )
    if not alert.causes:
        return translate(
            "Alerts",
            "{watched} fell from {previous} to {amount} since the last check; no refund, "
            "dispute or payout since then explains it.",
        )
    #: {explained} is the part of the fall that {cause}, the debits, account for.
    return translate(
        "Alerts",
        "{watched} fell from {previous} to {amount} since the last check. Debits since then "
        "explain only {explained} of it: {cause}.",
    )


def _cause_phrase(
    causes: Sequence[Cause], translate: Translate, currency: str, money: Money
) -> str:
    """ "payout of ฿18,500.00 sent", "refund of ฿900.00 and dispute of ฿250.00"."""
    parts = []
    for cause in causes:
        count = cause.count
        if cause.kind is DebitKind.PAYOUT:
            if count == 1:
                text = translate("Alerts", "payout of {amount} sent")
            else:
                text = translate("Alerts", "%n payouts totalling {amount} sent", None, count)
        elif cause.kind is DebitKind.REFUND:
            if count == 1:
                text = translate("Alerts", "refund of {amount}")
            else:
                text = translate("Alerts", "%n refunds totalling {amount}", None, count)
        elif cause.kind is DebitKind.DISPUTE:
            if count == 1:
                text = translate("Alerts", "dispute of {amount}")
            else:
                text = translate("Alerts", "%n disputes totalling {amount}", None, count)
        elif count == 1:
            text = translate("Alerts", "debit of {amount}")
        else:
            text = translate("Alerts", "%n debits totalling {amount}", None, count)
        parts.append(text.format(amount=money(cause.amount, currency)))
    return _listed(parts, translate)


def _joined(parts: Sequence[str], translate: Translate) -> str:
    """ "a, b, c"."""
    listed = parts[0] if parts else ""
    for part in parts[1:]:
        #: A list: the items so far, then one more.
        listed = translate("Alerts", "{list}, {item}").format(list=listed, item=part)
    return listed


def _listed(parts: Sequence[str], translate: Translate) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(parts) <= 1:
        return "".join(parts)
    #: A list: the items but the last, then the last.
    last = translate("Alerts", "{list} and {item}")
    return last.format(list=_joined(parts[:-1], translate), item=parts[-1])


def _outage(elapsed: timedelta, translate: Translate) -> str:
    minutes = int(elapsed.total_seconds()) // 60
    hours = minutes // 60
    if minutes < 120:
        return translate("Alerts", "%n minutes", None, minutes)
    return translate("Alerts", "%n hours", None, hours)


def _summary_text(members: Sequence[Alert], translate: Translate, money: Money) -> tuple[str, str]:
    groups: dict[str, list[Alert]] = {word: [] for word in _SUMMARY_WORDS}
    for alert in members:
        groups[_summary_word(alert)].append(alert)
    present = [word for word, grouped in groups.items() if grouped]
    count = len(members)
    currencies = {alert.currency for alert in members}
    currency = members[0].currency if len(currencies) == 1 else ""
    if currency:
        if count == 1:
            accounts = translate("Alerts", "%n {currency} account", None, count)
        else:
            accounts = translate("Alerts", "%n {currency} accounts", None, count)
        accounts = accounts.format(currency=currency)
    elif count == 1:
        accounts = translate("Alerts", "%n account", None, count)
    else:
        accounts = translate("Alerts", "%n accounts", None, count)
    if len(present) == 1:
        state = _word(translate, "Alerts", _SUMMARY_WORDS[present[0]][0])
        #: {accounts} is "4 JPY accounts", {state} is "critical" or "back above low".
        title = translate("Alerts", "{accounts} {state}").format(accounts=accounts, state=state)
    else:
        counts = [
            #: {count} accounts are in {state}: "2 critical".
            translate("Alerts", "{count} {state}").format(
                count=len(groups[word]), state=_word(translate, "Alerts", _SUMMARY_WORDS[word][0])
            )
            for word in present
        ]
        #: {accounts} is "3 accounts", {counts} is "2 critical, 1 low".
        title = translate("Alerts", "{accounts}: {counts}").format(
            accounts=accounts, counts=_joined(counts, translate)
        )

    sections: list[str] = []
    named = 0
    for word in present:
        ranked = sorted(groups[word], key=lambda a: (a.figure is None, a.figure or 0))
        entries = [
            _summary_entry(alert, translate, money) for alert in ranked[: SUMMARY_NAMES - named]
        ]
        named += len(entries)
        if entries:
            listed = _joined(entries, translate)
            if len(present) > 1:
                heading = _word(translate, "Alerts", _SUMMARY_WORDS[word][1])
                #: {state} heads the list of {accounts}: "Critical: Shop 2 ¥920, Shop 4 ¥1,100".
                listed = translate("Alerts", "{state}: {accounts}").format(
                    state=heading, accounts=listed
                )
            sections.append(listed)
    body = sections[0] if sections else ""
    for section in sections[1:]:
        #: Two sentences of a summary, one after the other.
        body = translate("Alerts", "{first}. {second}").format(first=body, second=section)
    more = count - named
    if more > 0:
        #: The summary's list, then how many accounts it leaves out.
        body = translate("Alerts", "{list} and %n more", None, more).format(list=body)
    if len(present) > 1:
        #: The end of a summary's last sentence.
        body = translate("Alerts", "{sentences}.").format(sentences=body)
    return title, body


def _summary_entry(alert: Alert, translate: Translate, money: Money) -> str:
    name = _account_name(alert, translate)
    if alert.figure is None or not alert.currency:
        return name
    #: An account in a summary: its name and its balance ("Shop 2 ¥920").
    return translate("Alerts", "{account} {amount}").format(
        account=name, amount=money(alert.figure, alert.currency)
    )
