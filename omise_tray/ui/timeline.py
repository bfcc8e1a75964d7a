"""The money timeline in words: what a card, the tray and the Upcoming tab say of the coming days.

A card stands for every account of one currency and mode, so its lines add the accounts'
outlooks up: the first date money becomes available (the accounts' sums on that date), the
first payout of any of them, and any account whose projection reaches its low line within a
week. Dates and money are written for the window's language (core/localized.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale

from omise_tray.core import localized
from omise_tray.core.localized import Language
from omise_tray.core.portfolio import CurrencyGroup
from omise_tray.i18n.language import language_of
from omise_tray.ui.state_view import KnownOutlook, StateView

if TYPE_CHECKING:  # an outlook arrives after the first paint, and its modules with it
    from decimal import Decimal

    from omise_tray.core.outlook import ScheduledPayout

LOW_WARNING_DAYS = 7


def shown_language() -> Language:
    """The language the windows speak now (Translations sets the default QLocale)."""
    return language_of(QLocale().name()) or Language.ENGLISH


def money(amount: int, currency: str) -> str:
    """Money as the window's language writes it."""
    return localized.money(amount, currency, shown_language())


def short_date(day: date) -> str:
    """A date of the coming days: "Fri 5 Dec", "ศ. 5 ธ.ค.", "12月5日(金)"."""
    return localized.weekday_day_month(day, shown_language())


def percentage(share: Decimal) -> str:
    """A share of the balance without trailing zeros: 50, 12.5."""
    return format(share.normalize(), "f")


class Member(NamedTuple):
    """One account of a card and its outlook."""

    name: str
    known: KnownOutlook


def members_of(group: CurrencyGroup, state: StateView) -> list[Member]:
    """The group's accounts that have an outlook, in the user's order."""
    found = []
    for status in group.members:
        known = state.outlook(status.account_id)
        if known is not None:
            found.append(Member(status.name, known))
    return found


def local_today(now: datetime, zone: tzinfo | None = None) -> date:
    return now.astimezone(zone).date()


def incoming_line(members: Sequence[Member], currency: str, today: date) -> str:
    """ "฿8,200.00 becomes available tomorrow": the first coming date and the money then."""
    totals: dict[date, int] = {}
    for member in members:
        for item in member.known.outlook.incoming:
            if item.date >= today:
                totals[item.date] = totals.get(item.date, 0) + item.amount
    if not totals:
        return ""
    day = min(totals)
    amount = money(totals[day], currency)
    offset = (day - today).days
    if offset == 0:
        return QCoreApplication.translate("Timeline", "{amount} becomes available today").format(
            amount=amount
        )
    if offset == 1:
        return QCoreApplication.translate("Timeline", "{amount} becomes available tomorrow").format(
            amount=amount
        )
    #: {date} is a date in the coming two weeks, such as "Fri 5 Dec".
    return QCoreApplication.translate("Timeline", "{amount} becomes available on {date}").format(
        amount=amount, date=short_date(day)
    )


def leaves_on(payout: ScheduledPayout) -> date:
    """The day the payout is projected to leave, or its scheduled date when it cannot."""
    return payout.leaves_on or payout.date


def next_payout(members: Sequence[Member], today: date) -> tuple[Member, ScheduledPayout] | None:
    """The first scheduled payout of any of the accounts from today on."""
    coming = [
        (leaves_on(payout), index, member, payout)
        for index, member in enumerate(members)
        for payout in member.known.outlook.payouts
        if leaves_on(payout) >= today
    ]
    if not coming:
        return None
    _day, _index, member, payout = min(coming, key=lambda item: (item[0], item[1]))
    return member, payout


def payout_words(payout: ScheduledPayout, currency: str) -> str:
    """ "Next payout Fri 5 Dec · ฿15,000.00", or "· 50 % of balance", with any problem."""
    from omise_tray.core.outlook import PayoutProblem  # loaded already: the payout came from it

    day = short_date(leaves_on(payout))
    amount = money(payout.amount, currency)
    if payout.problem is PayoutProblem.SHORT:
        #: The scheduled payout is larger than the balance is projected to be.
        return QCoreApplication.translate(
            "Timeline", "Next payout {date} · {amount}, more than the balance may hold"
        ).format(date=day, amount=amount)
    if payout.problem is PayoutProblem.BELOW_MINIMUM:
        return QCoreApplication.translate(
            "Timeline", "Next payout {date} · {amount}, below the smallest payout"
        ).format(date=day, amount=amount)
    if payout.percentage is not None:
        #: {percent} is a number such as 50; the payout takes that share of the balance.
        return QCoreApplication.translate(
            "Timeline", "Next payout {date} · {percent} % of balance"
        ).format(date=day, percent=percentage(payout.percentage))
    return QCoreApplication.translate("Timeline", "Next payout {date} · {amount}").format(
        date=day, amount=amount
    )


def payout_line(members: Sequence[Member], currency: str, today: date) -> str:
    """The first payout of the card's accounts (named when the card holds several), or that
    payouts are turned off."""
    several = len(members) > 1
    found = next_payout(members, today)
    if found is not None:
        member, payout = found
        words = payout_words(payout, currency)
        return f"{member.name}: {words}" if several else words
    off = [member.name for member in members if not member.known.outlook.payouts_enabled]
    if not off:
        return ""
    if not several:
        return QCoreApplication.translate("Timeline", "Payouts are turned off for this account")
    return QCoreApplication.translate("Timeline", "Payouts are turned off for {name}").format(
        name=", ".join(off)
    )


def low_line(members: Sequence[Member], currency: str, today: date) -> str:
    """ "May fall below ฿1,000.00 by Tue 8 Dec" for the first account whose projection reaches
    its low line within a week; "" when none does, or it is there already."""
    several = len(members) > 1
    for member in members:
        outlook = member.known.outlook
        day = outlook.low_within(LOW_WARNING_DAYS)
        if day is None or day < today or outlook.available <= outlook.low_line:
            continue  # nothing ahead, or the card's health already says it is low
        amount = money(outlook.low_line, currency)
        if several:
            return QCoreApplication.translate(
                "Timeline", "{name} may fall below {amount} by {date}"
            ).format(name=member.name, amount=amount, date=short_date(day))
        return QCoreApplication.translate("Timeline", "May fall below {amount} by {date}").format(
            amount=amount, date=short_date(day)
        )
    return ""


def age_line(members: Sequence[Member], now: datetime) -> str:
    """When the shown timeline was read, once reading it again has failed; else ""."""
    failing = [member.known for member in members if member.known.failing_since is not None]
    if not failing:
        return ""
    oldest = min(known.read_at for known in failing)
    age = localized.age(oldest, now, shown_language(), QCoreApplication.translate)
    #: {age} is how long ago, such as "2 h ago" or "on 12 Mar".
    return QCoreApplication.translate(
        "Timeline", "Timeline read {age}; it could not be updated since"
    ).format(age=age)


def projection_points(
    members: Sequence[Member], now: datetime, zone: tzinfo | None = None
) -> list[tuple[int, int]]:
    """The accounts' projected available balance added up, as (epoch seconds, minor units):
    now, then the end of each coming day (local midnight in `zone`; None is this computer's).
    """
    if not members:
        return []
    by_day: dict[date, int] = {}
    for member in members:
        for point in member.known.outlook.projection:
            by_day[point.date] = by_day.get(point.date, 0) + point.available
    today = local_today(now, zone)
    at_now = sum(member.known.outlook.available for member in members)
    points = [(int(now.timestamp()), at_now)]
    for day in sorted(by_day):
        if day < today:
            continue
        midnight = datetime.combine(day + timedelta(days=1), time())
        end = midnight.replace(tzinfo=zone) if zone is not None else midnight.astimezone()
        points.append((int(end.timestamp()), by_day[day]))
    return points


class CardTimeline(NamedTuple):
    """A card's timeline lines; an empty line is hidden."""

    incoming: str = ""
    payout: str = ""
    low: str = ""
    age: str = ""


def card_timeline(group: CurrencyGroup, state: StateView, now: datetime) -> CardTimeline:
    """The timeline lines of a currency card as of `now`."""
    members = members_of(group, state)
    if not members:
        return CardTimeline()
    today = local_today(now)
    return CardTimeline(
        incoming=incoming_line(members, group.currency, today),
        payout=payout_line(members, group.currency, today),
        low=low_line(members, group.currency, today),
        age=age_line(members, now),
    )
