"""The facts behind the English sentences of report lines written before the facts were kept,
so the window can write those reports in its own language too.

A sentence is read back only when it is exactly what this version writes in English for the
facts read from it; anything else (an older wording, a sentence edited by hand) stays English.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import cache

from omise_tray.core.advice import Advice
from omise_tray.core.health import Health, Watched
from omise_tray.core.localized import english
from omise_tray.core.money import format_money, parse_amount
from omise_tray.core.report import Change

# Placeholders written into a sentence in place of an amount, percentage or date, then read
# back as the named groups of a pattern.
_MARK = "\x00"
_PLACEHOLDER = re.compile(f"{_MARK}(\\w+){_MARK}")
_PERCENT_SENTINEL = 987_654_321  # no real fall is this many percent

# The amounts each advice names (core.advice.recommendations), in the order it gives them.
ADVICE_FIGURES: dict[str, tuple[str, ...]] = {
    "inconsistent": (),
    "add_funds": ("available", "low"),
    "review_pending": ("pending", "available"),
    "reserve": ("reserve",),
    "on_hold": ("on_hold",),
}

# Reads the groups of a matched sentence into the fact, for a report of this day and currency.
Build = Callable[[dict[str, str], date, str], Advice | Change]


def _placeholder(name: str) -> str:
    return f"{_MARK}{name}{_MARK}"


def _pattern(sentence: str) -> re.Pattern[str]:
    """The sentence with each placeholder as a named group of any text."""
    parts = _PLACEHOLDER.split(sentence)
    regex = "".join(
        re.escape(part) if index % 2 == 0 else f"(?P<{part}>.+?)"
        for index, part in enumerate(parts)
    )
    return re.compile(regex)


def _advice_patterns() -> Iterator[tuple[re.Pattern[str], Build]]:
    for code, names in ADVICE_FIGURES.items():
        # Both orders of the figures: add_funds says "below" or "at" depending on them.
        for order in {names, names[::-1]}:
            figures = tuple((name, order.index(name)) for name in names)

            def money(value: int, _currency: str, order: tuple[str, ...] = order) -> str:
                return _placeholder(order[value])

            sentence = Advice(code, "", "", figures).sentence(english, money)

            def build(
                groups: dict[str, str],
                _day: date,
                currency: str,
                code: str = code,
                names: tuple[str, ...] = names,
            ) -> Advice:
                amounts = tuple(
                    (name, parse_amount(groups[name], currency, allow_negative=True))
                    for name in names
                )
                return Advice(code, "", currency if amounts else "", amounts)

            yield _pattern(sentence), build


def _change_patterns() -> Iterator[tuple[re.Pattern[str], Build]]:
    names = ("before", "now")

    def money(value: int, _currency: str) -> str:
        return _placeholder(names[value])

    def day(_when: date) -> str:
        return _placeholder("date")

    for yesterday in (True, False):
        for watched in Watched:
            fall = Change(True, date.min, yesterday, "", watched, 0, 1, _PERCENT_SENTINEL)
            sentence = fall.sentence(english, money, day)
            sentence = sentence.replace(str(_PERCENT_SENTINEL), _placeholder("percent"))

            def build_fall(
                groups: dict[str, str],
                report_day: date,
                currency: str,
                yesterday: bool = yesterday,
                watched: Watched = watched,
            ) -> Change:
                if not groups["percent"].isdigit():
                    raise ValueError("not a percentage")
                return Change(
                    True,
                    _since(groups, report_day, yesterday),
                    yesterday,
                    currency,
                    watched,
                    parse_amount(groups["before"], currency, allow_negative=True),
                    parse_amount(groups["now"], currency, allow_negative=True),
                    int(groups["percent"]),
                )

            yield _pattern(sentence), build_fall
        for before in Health:
            for after in Health:
                worse = Change(False, date.min, yesterday, health_before=before, health_after=after)

                def build_worse(
                    groups: dict[str, str],
                    report_day: date,
                    _currency: str,
                    yesterday: bool = yesterday,
                    before: Health = before,
                    after: Health = after,
                ) -> Change:
                    since = _since(groups, report_day, yesterday)
                    return Change(False, since, yesterday, health_before=before, health_after=after)

                yield _pattern(worse.sentence(english, money, day)), build_worse


def _since(groups: dict[str, str], report_day: date, yesterday: bool) -> date:
    """The day a change is counted from: the day before, or the date the sentence names."""
    return report_day - timedelta(days=1) if yesterday else date.fromisoformat(groups["date"])


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], Build], ...]:
    return (*_advice_patterns(), *_change_patterns())


def _written(fact: Advice | Change) -> str:
    """The English sentence this version writes for the fact."""
    if isinstance(fact, Advice):
        return fact.sentence(english, format_money)
    return fact.sentence(english, format_money, date.isoformat)


def _read(sentence: str, day: date, currency: str) -> Advice | Change | None:
    for pattern, build in _patterns():
        match = pattern.fullmatch(sentence)
        if match is None:
            continue
        try:
            fact = build(match.groupdict(), day, currency)
        except ValueError:
            continue
        if _written(fact) == sentence:
            return fact
    return None


def facts_of(
    sentences: tuple[str, ...], day: date, currency: str
) -> tuple[tuple[Advice, ...], tuple[Change, ...]]:
    """The advice and changes the English sentences of a report of `day` say, each with its
    sentence; none when any sentence is not one this version writes (it then stays English)."""
    advice: list[Advice] = []
    changes: list[Change] = []
    for sentence in sentences:
        fact = _read(sentence, day, currency)
        if fact is None:
            return (), ()
        if isinstance(fact, Advice):
            if changes:  # the advice comes first in a report: this is not one we wrote
                return (), ()
            advice.append(Advice(fact.code, sentence, fact.currency, fact.figures))
        else:
            changes.append(fact)
    return tuple(advice), tuple(changes)
