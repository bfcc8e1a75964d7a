"""Dates, times and money as English, Thai and Japanese merchants read them; no Qt here.

Calendar words (month and weekday names, Buddhist Era years, 年月日) are tables in this module.
Phrases with words and plurals ("updated 2 min ago", "tomorrow") go through the caller's
`translate`, which in the app is QCoreApplication.translate: its catalogues hold the words and
the plural forms. Every such call names its context and text literally, so that
pyside6-lupdate finds it (see omise_tray/i18n/linguist.py).
"""

from __future__ import annotations

import math
from datetime import date, datetime, tzinfo
from enum import StrEnum
from typing import Protocol

from omise_tray.core.money import format_amount, format_money

BUDDHIST_ERA_OFFSET = 543  # the Thai solar calendar counts from 543 BC: 2026 is 2569
RECENT_DAYS = 6  # within this many days a date is named by its weekday ("Fri 5 Dec")


class Language(StrEnum):
    """A language the app speaks; the value is its ISO 639-1 code."""

    ENGLISH = "en"
    THAI = "th"
    JAPANESE = "ja"


class Translate(Protocol):
    """QCoreApplication.translate's shape: context, source text, disambiguation, count for %n."""

    def __call__(
        self, context: str, key: str, /, disambiguation: str | None = ..., n: int = ...
    ) -> str: ...


_MONTHS: dict[Language, tuple[str, ...]] = {
    Language.ENGLISH: (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    Language.THAI: (
        "มกราคม",
        "กุมภาพันธ์",
        "มีนาคม",
        "เมษายน",
        "พฤษภาคม",
        "มิถุนายน",
        "กรกฎาคม",
        "สิงหาคม",
        "กันยายน",
        "ตุลาคม",
        "พฤศจิกายน",
        "ธันวาคม",
    ),
    Language.JAPANESE: tuple(f"{month}月" for month in range(1, 13)),
}
_SHORT_MONTHS: dict[Language, tuple[str, ...]] = {
    Language.ENGLISH: tuple(name[:3] for name in _MONTHS[Language.ENGLISH]),
    Language.THAI: (
        "ม.ค.",
        "ก.พ.",
        "มี.ค.",
        "เม.ย.",
        "พ.ค.",
        "มิ.ย.",
        "ก.ค.",
        "ส.ค.",
        "ก.ย.",
        "ต.ค.",
        "พ.ย.",
        "ธ.ค.",
    ),
    Language.JAPANESE: _MONTHS[Language.JAPANESE],
}
# Monday first, as date.weekday() counts.
_WEEKDAYS: dict[Language, tuple[str, ...]] = {
    Language.ENGLISH: (
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ),
    Language.THAI: (
        "วันจันทร์",
        "วันอังคาร",
        "วันพุธ",
        "วันพฤหัสบดี",
        "วันศุกร์",
        "วันเสาร์",
        "วันอาทิตย์",
    ),
    Language.JAPANESE: ("月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"),
}
_SHORT_WEEKDAYS: dict[Language, tuple[str, ...]] = {
    Language.ENGLISH: tuple(name[:3] for name in _WEEKDAYS[Language.ENGLISH]),
    Language.THAI: ("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."),
    Language.JAPANESE: ("月", "火", "水", "木", "金", "土", "日"),
}


def translatable(context: str, text: str) -> str:
    """Marks a table's text for the catalogues without translating it yet (Qt's
    QT_TRANSLATE_NOOP, for code without Qt); translate it when shown."""
    return text


def year_number(year: int, language: Language) -> int:
    """The year as the reader counts it: Thai readers count the Buddhist Era (2026 -> 2569)."""
    return year + BUDDHIST_ERA_OFFSET if language is Language.THAI else year


def month_name(month: int, language: Language, *, short: bool = False) -> str:
    """The month's name (1 = January): "December"/"Dec", "ธันวาคม"/"ธ.ค.", "12月"."""
    return (_SHORT_MONTHS if short else _MONTHS)[language][month - 1]


def weekday_name(weekday: int, language: Language, *, short: bool = False) -> str:
    """The weekday's name (0 = Monday, as date.weekday()): "Fri", "ศ.", "金"; full: "金曜日"."""
    return (_SHORT_WEEKDAYS if short else _WEEKDAYS)[language][weekday]


def time_of_day(moment: datetime) -> str:
    """The 24-hour wall-clock time every language here uses: "14:05"."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def day_month(day: date, language: Language) -> str:
    """A date within the year: "5 Dec", "5 ธ.ค.", "12月5日"."""
    if language is Language.JAPANESE:
        return f"{day.month}月{day.day}日"
    return f"{day.day} {month_name(day.month, language, short=True)}"


def day_month_year(day: date, language: Language) -> str:
    """A date with its year: "5 Dec 2026", "5 ธ.ค. 2569", "2026年12月5日"."""
    if language is Language.JAPANESE:
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day_month(day, language)} {year_number(day.year, language)}"


def weekday_day(day: date, language: Language) -> str:
    """A day of a week-long axis: "Fri 5", "ศ. 5", "5日(金)"."""
    weekday = weekday_name(day.weekday(), language, short=True)
    if language is Language.JAPANESE:
        return f"{day.day}日({weekday})"
    return f"{weekday} {day.day}"


def weekday_day_month(day: date, language: Language) -> str:
    """A date in the coming or past week: "Fri 5 Dec", "ศ. 5 ธ.ค.", "12月5日(金)"."""
    weekday = weekday_name(day.weekday(), language, short=True)
    if language is Language.JAPANESE:
        return f"{day_month(day, language)}({weekday})"
    return f"{weekday} {day_month(day, language)}"


def long_date(day: date, language: Language) -> str:
    """A heading's date: "Friday 5 December 2026", "วันศุกร์ที่ 5 ธันวาคม พ.ศ. 2569",
    "2026年12月5日(金)"."""
    if language is Language.JAPANESE:
        weekday = weekday_name(day.weekday(), language, short=True)
        return f"{day_month_year(day, language)}({weekday})"
    weekday = weekday_name(day.weekday(), language)
    month = month_name(day.month, language)
    year = year_number(day.year, language)
    if language is Language.THAI:
        return f"{weekday}ที่ {day.day} {month} พ.ศ. {year}"
    return f"{weekday} {day.day} {month} {year}"


def month_label(day: date, language: Language) -> str:
    """A month on a long time axis; January shows the year instead: "Dec"/"2026",
    "ธ.ค."/"2569", "12月"/"2026年"."""
    if day.month != 1:
        return month_name(day.month, language, short=True)
    if language is Language.JAPANESE:
        return f"{day.year}年"
    return str(year_number(day.year, language))


def date_time(moment: datetime, language: Language) -> str:
    """A date with its time: "5 Dec 2026, 14:05", "5 ธ.ค. 2569 14:05", "2026年12月5日 14:05"."""
    separator = ", " if language is Language.ENGLISH else " "
    return f"{day_month_year(moment.date(), language)}{separator}{time_of_day(moment)}"


def full_moment(moment: datetime, language: Language) -> str:
    """The chart's hover read-out: "Fri 5 Dec 2026, 14:05", "ศ. 5 ธ.ค. 2569 14:05",
    "2026年12月5日(金) 14:05"."""
    day = moment.date()
    if language is Language.JAPANESE:
        return f"{long_date(day, language)} {time_of_day(moment)}"
    weekday = weekday_name(day.weekday(), language, short=True)
    return f"{weekday} {date_time(moment, language)}"


def clock(at: datetime, now: datetime, language: Language, zone: tzinfo | None = None) -> str:
    """Local time, with the date when it is not today: "14:05", "12 Mar 14:05", "3月12日 14:05"."""
    local = at.astimezone(zone)
    if local.date() == now.astimezone(zone).date():
        return time_of_day(local)
    return f"{day_month(local.date(), language)} {time_of_day(local)}"


def age(
    then: datetime,
    now: datetime,
    language: Language,
    translate: Translate,
    zone: tzinfo | None = None,
) -> str:
    """How long ago: "just now", "2 min ago", "3 h ago", then the date ("on 12 Mar")."""
    seconds = (now - then).total_seconds()
    # The counts are plain names: pyside6-lupdate cannot read a call in that argument.
    minutes, hours = int(seconds // 60), int(seconds // 3600)
    if seconds < 60:
        return translate("Time", "just now")
    if seconds < 3600:
        return translate("Time", "%n min ago", None, minutes)
    if seconds < 86400:
        return translate("Time", "%n h ago", None, hours)
    return translate("Time", "on {date}").format(
        date=day_month(then.astimezone(zone).date(), language)
    )


def updated(
    then: datetime | None,
    now: datetime,
    language: Language,
    translate: Translate,
    zone: tzinfo | None = None,
) -> str:
    """A card's freshness line: "updated 2 min ago"; whole sentences, since the words around
    the age change with it in Thai and Japanese."""
    if then is None:
        return translate("Time", "not updated yet")
    seconds = (now - then).total_seconds()
    minutes, hours = int(seconds // 60), int(seconds // 3600)
    if seconds < 60:
        return translate("Time", "updated just now")
    if seconds < 3600:
        return translate("Time", "updated %n min ago", None, minutes)
    if seconds < 86400:
        return translate("Time", "updated %n h ago", None, hours)
    return translate("Time", "updated on {date}").format(
        date=day_month(then.astimezone(zone).date(), language)
    )


def duration(seconds: float, translate: Translate) -> str:
    """A wait in the coarsest honest unit, rounded up: "30 s", "2 min", "1 h"."""
    whole_seconds = max(1, math.ceil(seconds))
    minutes, hours = math.ceil(seconds / 60), math.ceil(seconds / 3600)
    if seconds < 60:
        return translate("Time", "%n s", None, whole_seconds)
    if seconds < 3600:
        return translate("Time", "%n min", None, minutes)
    return translate("Time", "%n h", None, hours)


def day_phrase(day: date, today: date, language: Language, translate: Translate) -> str:
    """A day relative to today: "today", "tomorrow", "yesterday", "Fri 5 Dec" within a week,
    else the date ("5 Dec", with the year when it is another year)."""
    offset = (day - today).days
    if offset == 0:
        return translate("Time", "today")
    if offset == 1:
        return translate("Time", "tomorrow")
    if offset == -1:
        return translate("Time", "yesterday")
    if abs(offset) <= RECENT_DAYS:
        return weekday_day_month(day, language)
    if day.year == today.year:
        return day_month(day, language)
    return day_month_year(day, language)


def money(amount: int, currency: str, language: Language) -> str:
    """Money for the window: format_money's text, except yen in the Japanese window, which is
    written after the number ("171,000円"). The CLI keeps format_money."""
    if language is Language.JAPANESE and currency.upper() == "JPY":
        sign = "-" if amount < 0 else ""
        return f"{sign}{format_amount(abs(amount), 'JPY')}円"
    return format_money(amount, currency)


def english(context: str, key: str, /, disambiguation: str | None = None, n: int = -1) -> str:
    """A Translate with no catalogue: the English source text with %n filled in, for the logs
    and the CLI, which stay English."""
    return key.replace("%n", str(n)) if n >= 0 else key
