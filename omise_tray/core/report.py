"""The daily balance report: one record per account and day, with what the merchant may do."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from omise_tray.core.advice import Advice, Money, recommendations
from omise_tray.core.balance import Balance
from omise_tray.core.health import Health, Thresholds, Watched, classify
from omise_tray.core.localized import Translate, english, translatable
from omise_tray.core.money import format_money

DayText = Callable[[date], str]

# A fall of the watched figure by at least this share since the last report is worth a line.
NOTABLE_FALL_PERCENT = 20


@dataclass(frozen=True, slots=True)
class DailyReport:
    """One account's balance on one day, its health and the advice that went with it."""

    date: date
    account_id: str
    account_name: str
    currency: str
    livemode: bool
    total: int
    available: int
    pending: int
    status: Health
    recommendations: tuple[str, ...]
    # The facts behind `recommendations` (English, as logged), for the window's language;
    # empty for a report read back from the log. Not part of equality: the sentences say it.
    advice: tuple[Advice, ...] = field(default=(), compare=False)
    changes: tuple[Change, ...] = field(default=(), compare=False)

    def lines(self, translate: Translate, money: Money, day: DayText) -> tuple[str, ...]:
        """The recommendations in the language of `translate`, with `money` and `day` writing
        amounts and dates; a report without its facts keeps its English sentences."""
        if not self.advice and not self.changes:
            return self.recommendations
        return tuple(
            [advice.sentence(translate, money) for advice in self.advice]
            + [change.sentence(translate, money, day) for change in self.changes]
        )


# The health words of a change, lower case as they stand inside the English sentence.
_HEALTH_WORDS = {
    Health.HEALTHY: translatable("Report", "healthy"),
    Health.MODERATE: translatable("Report", "moderate"),
    Health.LOW: translatable("Report", "low"),
    Health.CRITICAL: translatable("Report", "critical"),
}


@dataclass(frozen=True, slots=True)
class Change:
    """What moved since the previous report (`since`, the day before when `yesterday`): the
    watched figure fell sharply (`before` to `now` by `percent`), or the health got worse."""

    fell: bool  # False: the health went from `health_before` to `health_after`
    since: date
    yesterday: bool
    currency: str = ""
    watched: Watched = Watched.AVAILABLE
    before: int = 0
    now: int = 0
    percent: int = 0
    health_before: Health = Health.HEALTHY
    health_after: Health = Health.HEALTHY

    def sentence(self, translate: Translate, money: Money, day: DayText) -> str:
        """The change in the language of `translate`."""
        if not self.fell:
            if self.yesterday:
                #: {before} and {after} are health words: "healthy", "low".
                text = translate("Report", "Health went from {before} to {after} since yesterday.")
            else:
                text = translate("Report", "Health went from {before} to {after} since {date}.")
            return text.format(
                before=_word(translate, _HEALTH_WORDS[self.health_before]),
                after=_word(translate, _HEALTH_WORDS[self.health_after]),
                date=day(self.since),
            )
        if self.watched is Watched.AVAILABLE:
            if self.yesterday:
                #: {percent} is a whole percentage; {before} and {now} are amounts.
                text = translate(
                    "Report",
                    "Available balance fell {percent}% since yesterday, from {before} to {now}.",
                )
            else:
                text = translate(
                    "Report",
                    "Available balance fell {percent}% since {date}, from {before} to {now}.",
                )
        elif self.yesterday:
            text = translate(
                "Report", "Total balance fell {percent}% since yesterday, from {before} to {now}."
            )
        else:
            text = translate(
                "Report", "Total balance fell {percent}% since {date}, from {before} to {now}."
            )
        return text.format(
            percent=self.percent,
            before=money(self.before, self.currency),
            now=money(self.now, self.currency),
            date=day(self.since),
        )


def _word(translate: Translate, source: str) -> str:
    """A marked health word in the language of `translate`."""
    context = "Report"
    return translate(context, source)


def build_daily_report(
    *,
    account_id: str,
    account_name: str,
    balance: Balance,
    thresholds: Thresholds,
    day: date,
    previous: DailyReport | None = None,
    watched: Watched = Watched.AVAILABLE,
) -> DailyReport:
    """The report for `day`, comparing with the account's previous report when there is one."""
    status = classify(watched.figure(balance), thresholds)
    advice = recommendations(balance, thresholds)
    changes: list[Change] = []
    if previous is not None and previous.currency == balance.currency and previous.date < day:
        changes = _changes(previous, balance, status, day, watched)
    texts = [item.text for item in advice]
    texts += [change.sentence(english, format_money, date.isoformat) for change in changes]
    return DailyReport(
        date=day,
        account_id=account_id,
        account_name=account_name,
        currency=balance.currency,
        livemode=balance.livemode,
        total=balance.total,
        available=balance.available,
        pending=balance.pending,
        status=status,
        recommendations=tuple(texts),
        advice=tuple(advice),
        changes=tuple(changes),
    )


def _changes(
    previous: DailyReport, balance: Balance, status: Health, day: date, watched: Watched
) -> list[Change]:
    """What moved since the previous report: a sharp fall, a worse health."""
    yesterday = (day - previous.date).days == 1
    before = previous.available if watched is Watched.AVAILABLE else previous.total
    now = watched.figure(balance)
    changes = []
    fall = fall_percent(before, now)
    if fall is not None and fall >= NOTABLE_FALL_PERCENT:
        changes.append(
            Change(True, previous.date, yesterday, balance.currency, watched, before, now, fall)
        )
    if status.severity > previous.status.severity:
        changes.append(
            Change(
                False,
                previous.date,
                yesterday,
                health_before=previous.status,
                health_after=status,
            )
        )
    return changes


def fall_percent(before: int, now: int) -> int | None:
    """How many percent `now` is below `before`, rounded half up; None unless it fell from a
    positive amount (a fall from zero or below has no meaningful percentage)."""
    if before <= 0 or now >= before:
        return None
    # Integer arithmetic: round(100 * (before - now) / before) without floats near money.
    return (200 * (before - now) + before) // (2 * before)
