"""The sentences the window and the tray show: ages, times, health words and error lines, in
the window's language (see docs/translations.md)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from omise_tray.core import localized
from omise_tray.core.errors import ErrorKind
from omise_tray.core.health import Health, Thresholds, Watched
from omise_tray.core.localized import Language, translatable
from omise_tray.core.portfolio import AccountStatus, CurrencyGroup, Signal
from omise_tray.core.snapshot import PollError
from omise_tray.i18n.translators import current_language

# Source texts, marked for the catalogues; `translated(...)` shows them in the window's language.
HEALTH_WORDS: dict[Health, str] = {
    Health.HEALTHY: translatable("Health", "Healthy"),
    Health.MODERATE: translatable("Health", "Moderate"),
    Health.LOW: translatable("Health", "Low"),
    Health.CRITICAL: translatable("Health", "Critical"),
}
NOT_UP_TO_DATE = translatable("Status", "Not up to date")
NO_ACCOUNTS = translatable("Status", "No accounts yet")
REFRESH_NOW = translatable("Status", "&Refresh now")
AVAILABLE = translatable("Status", "Available to pay out")
# The contexts of the marked words above.
HEALTH_CONTEXT = "Health"
STATUS_CONTEXT = "Status"


def translated(context: str, source: str) -> str:
    """A marked source text (HEALTH_WORDS, NO_ACCOUNTS…) in the window's language."""
    return QCoreApplication.translate(context, source)


def language() -> Language:
    """The language the window speaks now."""
    return current_language()


def money(amount: int, currency: str) -> str:
    """Money as the window's language writes it ("171,000円" in Japanese)."""
    return localized.money(amount, currency, language())


def health_word(health: Health | None) -> str:
    if health is None:
        return QCoreApplication.translate("Health", "No balance yet")
    return translated(HEALTH_CONTEXT, HEALTH_WORDS[health])


def signal_word(signal: Signal) -> str:
    if signal is Signal.UNKNOWN:
        return translated(STATUS_CONTEXT, NOT_UP_TO_DATE)
    return health_word(Health(signal.value))


def mode_label(livemode: bool) -> str:
    #: An account's mode, shown after its currency: "THB · live".
    live = QCoreApplication.translate("Status", "live")
    #: An account's mode, shown after its currency: "THB · test".
    test = QCoreApplication.translate("Status", "test")
    return live if livemode else test


def pause_label(paused: bool) -> str:
    """The pause button and menu entry: what pressing it does now."""
    if paused:
        return QCoreApplication.translate("Status", "Resume &polling")
    return QCoreApplication.translate("Status", "&Pause polling")


def dashboard_tip(livemode: bool) -> str:
    if livemode:
        return QCoreApplication.translate("Status", "Open the Omise dashboard in live mode")
    return QCoreApplication.translate("Status", "Open the Omise dashboard in test mode")


def duration(seconds: float) -> str:
    """A wait in the coarsest unit that is still honest: "30 s", "2 min", "1 h"."""
    return localized.duration(seconds, QCoreApplication.translate)


def age(then: datetime, now: datetime) -> str:
    """How long ago, as a merchant says it: "just now", "2 min ago", "3 h ago", "on 12 Mar"."""
    return localized.age(then, now, language(), QCoreApplication.translate)


def updated(then: datetime | None, now: datetime) -> str:
    """A freshness line: "updated 2 min ago", "not updated yet"."""
    return localized.updated(then, now, language(), QCoreApplication.translate)


def updated_line(statuses: Sequence[AccountStatus], now: datetime, interval: timedelta) -> str:
    """How fresh the balances are, claiming no more than is true of every account.

    "updated 2 min ago" (the oldest of them), "3 of 5 accounts updated just now" while some
    are not updating, "last update 3 h ago" when none is.
    """
    fetched = [s.snapshot.fetched_at for s in statuses if s.snapshot is not None]
    if not fetched:
        return updated(None, now)
    # Up to date: fetched lately and not failing since (an UNKNOWN signal says otherwise).
    current = [
        s.snapshot.fetched_at
        for s in statuses
        if s.snapshot and s.signal(now, interval) is not Signal.UNKNOWN
    ]
    if not current:
        #: {age} is how long ago: "3 h ago", "just now", "on 12 Mar".
        return QCoreApplication.translate("Status", "last update {age}").format(
            age=age(max(fetched), now)
        )
    if len(current) == len(statuses):
        return updated(min(current), now)
    total = len(statuses)
    #: {current} accounts of %n are up to date; {updated} is "updated 2 min ago".
    line = QCoreApplication.translate("Status", "{current} of %n accounts {updated}", None, total)
    return line.format(current=len(current), updated=updated(min(current), now))


def _threshold(thresholds: Thresholds, health: Health) -> int:
    if health is Health.CRITICAL:
        return thresholds.critical
    if health is Health.LOW:
        return thresholds.low
    return thresholds.moderate


def _below_their_line(health: Health, count: int) -> str:
    """ "Low — 3 accounts below their low line": accounts of one card with different lines."""
    if health is Health.CRITICAL:
        return QCoreApplication.translate(
            "Status", "Critical — %n accounts below their critical line", None, count
        )
    if health is Health.LOW:
        return QCoreApplication.translate(
            "Status", "Low — %n accounts below their low line", None, count
        )
    return QCoreApplication.translate(
        "Status", "Moderate — %n accounts below their moderate line", None, count
    )


def _where(highest: int, line: int, watched: Watched, currency: str) -> str:
    """ "below ฿1,000.00", "at ฿1,000.00", "total below ฿1,000.00"."""
    amount = money(line, currency)
    translate = QCoreApplication.translate
    if watched is Watched.TOTAL:
        if highest < line:
            #: The total balance (on hold included) is below the card's line {amount}.
            return translate("Status", "total below {amount}").format(amount=amount)
        return translate("Status", "total at {amount}").format(amount=amount)
    if highest < line:
        #: The balance available to pay out is below the card's line {amount}.
        return translate("Status", "below {amount}").format(amount=amount)
    return translate("Status", "at {amount}").format(amount=amount)


def threshold_line(group: CurrencyGroup) -> str:
    """The line a card is under, in words: "Low — below S$40.00"; "" while healthy.

    With several accounts it names the ones that set the card's health:
    "Critical — Shop 2 below ¥2,000", "Low — 3 accounts below their low line".
    """
    health = group.health
    if health is None or health is Health.HEALTHY:
        return ""
    word = health_word(health)
    worst = [(m, m.snapshot) for m in group.members if m.snapshot and m.health is health]
    lines = {(m.rules.watched, _threshold(m.rules.thresholds, health)) for m, _ in worst}
    count = len(worst)
    if len(lines) > 1:
        return _below_their_line(health, count)
    ((watched, line),) = lines
    highest = max(watched.figure(snapshot.balance) for _, snapshot in worst)
    where = _where(highest, line, watched, group.currency)
    translate = QCoreApplication.translate
    if len(group.members) == 1:
        #: {health} is a health word ("Low"), {where} a phrase such as "below ฿1,000.00".
        return translate("Status", "{health} — {where}").format(health=word, where=where)
    if count == 1:
        who = worst[0][0].name
    elif count == 2:
        #: Two accounts' names.
        who = translate("Status", "{first} and {second}").format(
            first=worst[0][0].name, second=worst[1][0].name
        )
    else:
        who = translate("Status", "%n accounts", None, count)
    #: {who} is an account's name or "3 accounts"; {where} a phrase such as "below ฿1,000.00".
    return translate("Status", "{health} — {who} {where}").format(health=word, who=who, where=where)


def clock(at: datetime, now: datetime) -> str:
    """Local wall-clock time, with the date when it is not today: "14:05", "12 Mar 14:05"."""
    return localized.clock(at, now, language())


def stale_line(last_success: datetime, now: datetime) -> str:
    #: {time} is a time, with the date when not today: "14:05", "12 Mar 14:05".
    return QCoreApplication.translate("Status", "Stale — last update {time}").format(
        time=clock(last_success, now)
    )


def _retry_when(error: PollError, now: datetime) -> str:
    """The whole rate-limit sentence, with when the next try is."""
    translate = QCoreApplication.translate
    if error.retry_in is None:
        return translate("Status", "Omise asked us to slow down; retrying soon")
    # Counted from the failure, so the line stays true while the window is open.
    remaining = (error.at + timedelta(seconds=error.retry_in) - now).total_seconds()
    if remaining < 1:
        return translate("Status", "Omise asked us to slow down; retrying now")
    #: {wait} is a short duration: "30 s", "2 min".
    return translate("Status", "Omise asked us to slow down; retrying in {wait}").format(
        wait=duration(remaining)
    )


def error_line(
    error: PollError, failing_since: datetime | None, now: datetime, *, has_balance: bool = True
) -> str:
    """What went wrong with the latest poll and what the merchant can do about it."""
    translate = QCoreApplication.translate
    if error.kind is ErrorKind.AUTH:
        return translate("Status", "Key rejected — update it in Accounts")
    if error.kind is ErrorKind.NETWORK:
        since = clock(failing_since or error.at, now)
        if has_balance:
            #: {time} is a time, with the date when not today: "14:05", "12 Mar 14:05".
            line = translate("Status", "Offline since {time}, showing last known balance")
        else:
            #: {time} is a time, with the date when not today: "14:05", "12 Mar 14:05".
            line = translate(
                "Status", "Offline since {time}; the balance appears once we are back online"
            )
        return line.format(time=since)
    if error.kind is ErrorKind.RATE_LIMITED:
        return _retry_when(error, now)
    return error.facts.sentence(translate)


def _first_phrase(phrase: Health | str, count: int) -> str:
    """The headline's first part, which names the accounts: "2 accounts low"."""
    translate = QCoreApplication.translate
    if count == 1:
        if phrase is Health.CRITICAL:
            return translate("Status", "%n account critical", None, count)
        if phrase is Health.LOW:
            return translate("Status", "%n account low", None, count)
        if phrase is Health.MODERATE:
            return translate("Status", "%n account moderate", None, count)
        if phrase == _NOT_UPDATING:
            return translate("Status", "%n account not updating", None, count)
        return translate("Status", "%n account fetching", None, count)
    if phrase is Health.CRITICAL:
        return translate("Status", "%n accounts critical", None, count)
    if phrase is Health.LOW:
        return translate("Status", "%n accounts low", None, count)
    if phrase is Health.MODERATE:
        return translate("Status", "%n accounts moderate", None, count)
    if phrase == _NOT_UPDATING:
        return translate("Status", "%n accounts not updating", None, count)
    return translate("Status", "%n accounts fetching", None, count)


def _more_phrase(phrase: Health | str, count: int) -> str:
    """The headline's later parts, after the first named the accounts: "1 low"."""
    translate = QCoreApplication.translate
    if phrase is Health.CRITICAL:
        return translate("Status", "%n critical", None, count)
    if phrase is Health.LOW:
        return translate("Status", "%n low", None, count)
    if phrase is Health.MODERATE:
        return translate("Status", "%n moderate", None, count)
    if phrase == _NOT_UPDATING:
        return translate("Status", "%n not updating", None, count)
    return translate("Status", "%n fetching", None, count)


_NOT_UPDATING, _FETCHING = "not updating", "fetching"
_HEADLINE_ORDER: tuple[Health | str, ...] = (
    Health.CRITICAL,
    Health.LOW,
    Health.MODERATE,
    _NOT_UPDATING,
    _FETCHING,
)


def headline(statuses: Sequence[AccountStatus], now: datetime, interval: timedelta) -> str:
    """The window's one-line verdict over every account: "All accounts healthy", "1 account low"."""
    translate = QCoreApplication.translate
    if not statuses:
        return translated(STATUS_CONTEXT, NO_ACCOUNTS)
    counts: dict[Health | str, int] = {}
    for status in statuses:
        phrase: Health | str
        if status.error is not None or status.is_stale(now, interval):
            phrase = _NOT_UPDATING
        elif status.health is None:
            phrase = _FETCHING
        elif status.health is Health.HEALTHY:
            continue
        else:
            phrase = status.health
        counts[phrase] = counts.get(phrase, 0) + 1
    if not counts:
        if len(statuses) > 1:
            return translate("Status", "All accounts healthy")
        return translate("Status", "Account healthy")
    if set(counts) == {_FETCHING}:
        return translate("Status", "Fetching balances…")
    phrases = [(p, counts[p]) for p in _HEADLINE_ORDER if p in counts]
    (first, first_count), rest = phrases[0], phrases[1:]
    parts = [_first_phrase(first, first_count)]
    parts += [_more_phrase(phrase, count) for phrase, count in rest]
    return " · ".join(parts)
