"""Specification of dates, times and money as English, Thai and Japanese merchants read them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from omise_tray.core import localized
from omise_tray.core.localized import Language
from omise_tray.core.money import format_money
from tests.support.languages import english_source, speaking

EN, TH, JA = Language.ENGLISH, Language.THAI, Language.JAPANESE
BANGKOK = timezone(timedelta(hours=7))
MONDAY = date(2026, 11, 30)
NOW = datetime(2026, 11, 30, 14, 5, tzinfo=BANGKOK)


@pytest.mark.parametrize(
    ("year", "language", "shown"),
    [
        (2026, TH, 2569),
        (2025, TH, 2568),
        (1957, TH, 2500),
        (2026, EN, 2026),
        (2026, JA, 2026),
    ],
)
def test_thai_years_are_counted_in_the_buddhist_era(
    year: int, language: Language, shown: int
) -> None:
    assert localized.year_number(year, language) == shown


@pytest.mark.parametrize(
    ("month", "language", "full", "short"),
    [
        (1, TH, "มกราคม", "ม.ค."),
        (2, TH, "กุมภาพันธ์", "ก.พ."),
        (3, TH, "มีนาคม", "มี.ค."),
        (4, TH, "เมษายน", "เม.ย."),
        (5, TH, "พฤษภาคม", "พ.ค."),
        (6, TH, "มิถุนายน", "มิ.ย."),
        (7, TH, "กรกฎาคม", "ก.ค."),
        (8, TH, "สิงหาคม", "ส.ค."),
        (9, TH, "กันยายน", "ก.ย."),
        (10, TH, "ตุลาคม", "ต.ค."),
        (11, TH, "พฤศจิกายน", "พ.ย."),
        (12, TH, "ธันวาคม", "ธ.ค."),
        (1, JA, "1月", "1月"),
        (12, JA, "12月", "12月"),
        (6, EN, "June", "Jun"),
        (9, EN, "September", "Sep"),
    ],
)
def test_month_names(month: int, language: Language, full: str, short: str) -> None:
    assert localized.month_name(month, language) == full
    assert localized.month_name(month, language, short=True) == short


@pytest.mark.parametrize(
    ("weekday", "language", "full", "short"),
    [
        (0, TH, "วันจันทร์", "จ."),
        (1, TH, "วันอังคาร", "อ."),
        (2, TH, "วันพุธ", "พ."),
        (3, TH, "วันพฤหัสบดี", "พฤ."),
        (4, TH, "วันศุกร์", "ศ."),
        (5, TH, "วันเสาร์", "ส."),
        (6, TH, "วันอาทิตย์", "อา."),
        (0, JA, "月曜日", "月"),
        (1, JA, "火曜日", "火"),
        (2, JA, "水曜日", "水"),
        (3, JA, "木曜日", "木"),
        (4, JA, "金曜日", "金"),
        (5, JA, "土曜日", "土"),
        (6, JA, "日曜日", "日"),
        (0, EN, "Monday", "Mon"),
        (4, EN, "Friday", "Fri"),
    ],
)
def test_weekday_names_start_on_monday(
    weekday: int, language: Language, full: str, short: str
) -> None:
    assert localized.weekday_name(weekday, language) == full
    assert localized.weekday_name(weekday, language, short=True) == short


DATES = [
    # (function, day, English, Thai, Japanese)
    (localized.day_month, MONDAY, "30 Nov", "30 พ.ย.", "11月30日"),
    (localized.day_month_year, MONDAY, "30 Nov 2026", "30 พ.ย. 2569", "2026年11月30日"),
    (localized.weekday_day, MONDAY, "Mon 30", "จ. 30", "30日(月)"),
    (localized.weekday_day_month, date(2026, 12, 5), "Sat 5 Dec", "ส. 5 ธ.ค.", "12月5日(土)"),
    (
        localized.long_date,
        MONDAY,
        "Monday 30 November 2026",
        "วันจันทร์ที่ 30 พฤศจิกายน พ.ศ. 2569",
        "2026年11月30日(月)",
    ),
    (
        localized.long_date,
        date(2025, 6, 17),
        "Tuesday 17 June 2025",
        "วันอังคารที่ 17 มิถุนายน พ.ศ. 2568",
        "2025年6月17日(火)",
    ),
    (localized.month_label, MONDAY, "Nov", "พ.ย.", "11月"),
    (localized.month_label, date(2026, 1, 1), "2026", "2569", "2026年"),
]


@pytest.mark.parametrize(("shape", "day", "english", "thai", "japanese"), DATES)
def test_dates_in_each_language(
    shape: object, day: date, english: str, thai: str, japanese: str
) -> None:
    assert callable(shape)
    assert [shape(day, language) for language in (EN, TH, JA)] == [english, thai, japanese]


MOMENTS = [
    # (function, English, Thai, Japanese) at 2026-11-30 14:05
    (localized.date_time, "30 Nov 2026, 14:05", "30 พ.ย. 2569 14:05", "2026年11月30日 14:05"),
    (
        localized.full_moment,
        "Mon 30 Nov 2026, 14:05",
        "จ. 30 พ.ย. 2569 14:05",
        "2026年11月30日(月) 14:05",
    ),
]


@pytest.mark.parametrize(("shape", "english", "thai", "japanese"), MOMENTS)
def test_moments_in_each_language_use_24_hour_times(
    shape: object, english: str, thai: str, japanese: str
) -> None:
    assert callable(shape)
    assert [shape(NOW, language) for language in (EN, TH, JA)] == [english, thai, japanese]


@pytest.mark.parametrize(
    ("at", "language", "shown"),
    [
        (NOW - timedelta(hours=2), TH, "12:05"),
        (NOW - timedelta(days=1), TH, "29 พ.ย. 14:05"),
        (NOW - timedelta(days=1), JA, "11月29日 14:05"),
        (NOW - timedelta(days=1), EN, "29 Nov 14:05"),
        (datetime(2026, 11, 30, 0, 5, tzinfo=UTC), EN, "07:05"),
    ],
)
def test_clock_adds_the_date_only_when_it_is_not_today(
    at: datetime, language: Language, shown: str
) -> None:
    assert localized.clock(at, NOW, language, BANGKOK) == shown


def test_the_time_of_day_is_24_hour_with_minutes() -> None:
    assert localized.time_of_day(datetime(2026, 1, 2, 9, 7)) == "09:07"
    assert localized.time_of_day(datetime(2026, 1, 2, 23, 59)) == "23:59"


@pytest.mark.parametrize(
    ("amount", "currency", "language", "shown"),
    [
        (171_000, "JPY", JA, "171,000円"),
        (-171_000, "JPY", JA, "-171,000円"),
        (0, "JPY", JA, "0円"),
        (171_000, "jpy", JA, "171,000円"),
        (123_450, "THB", JA, "฿1,234.50"),
        (123_450, "SGD", JA, "S$1,234.50"),
        (123_450, "THB", TH, "฿1,234.50"),
        (-85_000, "THB", TH, "-฿850.00"),
        (171_000, "JPY", TH, "¥171,000"),
        (171_000, "JPY", EN, "¥171,000"),
        (1_234_567, "KWD", TH, "KWD 1,234.567"),
        (123_456, "XYZ", JA, "XYZ 1,234.56"),
    ],
)
def test_money_in_each_language(amount: int, currency: str, language: Language, shown: str) -> None:
    assert localized.money(amount, currency, language) == shown


def test_format_money_stays_as_the_cli_prints_it() -> None:
    assert format_money(171_000, "JPY") == "¥171,000"
    assert format_money(123_450, "THB") == "฿1,234.50"


class Recorder:
    """A translate() that notes what it was asked, answering with the English source text."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str, int]] = []

    def __call__(
        self, context: str, key: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        self.asked.append((context, key, n))
        return english_source(context, key, disambiguation, n)


@pytest.mark.parametrize(
    ("ago", "phrase", "count", "english"),
    [
        (timedelta(seconds=5), "just now", -1, "just now"),
        (timedelta(seconds=59), "just now", -1, "just now"),
        (timedelta(minutes=1), "%n min ago", 1, "1 min ago"),
        (timedelta(minutes=59, seconds=59), "%n min ago", 59, "59 min ago"),
        (timedelta(hours=3, minutes=30), "%n h ago", 3, "3 h ago"),
        (timedelta(days=2), "on {date}", -1, "on 28 Nov"),
    ],
)
def test_age_asks_for_the_phrase_that_fits(
    ago: timedelta, phrase: str, count: int, english: str
) -> None:
    recorder = Recorder()
    assert localized.age(NOW - ago, NOW, EN, recorder, BANGKOK) == english
    assert recorder.asked == [("Time", phrase, count)]


@pytest.mark.parametrize(
    ("seconds", "english"),
    [(0.2, "1 s"), (30, "30 s"), (60, "1 min"), (61, "2 min"), (3600, "1 h"), (3601, "2 h")],
)
def test_duration_rounds_up_to_the_coarsest_unit(seconds: float, english: str) -> None:
    assert localized.duration(seconds, english_source) == english


@pytest.mark.parametrize(
    ("day", "english"),
    [
        (MONDAY, "today"),
        (date(2026, 12, 1), "tomorrow"),
        (date(2026, 11, 29), "yesterday"),
        (date(2026, 12, 5), "Sat 5 Dec"),
        (date(2026, 11, 24), "Tue 24 Nov"),
        (date(2026, 12, 7), "7 Dec"),
        (date(2027, 1, 15), "15 Jan 2027"),
    ],
)
def test_day_phrase_names_near_days_and_dates_the_rest(day: date, english: str) -> None:
    assert localized.day_phrase(day, MONDAY, EN, english_source) == english


CATALOGUE_PHRASES = [
    # (language, how long ago, age, updated)
    (TH, timedelta(minutes=2), "2 นาทีที่แล้ว", "อัปเดตเมื่อ 2 นาทีที่แล้ว"),
    (TH, timedelta(hours=5), "5 ชั่วโมงที่แล้ว", "อัปเดตเมื่อ 5 ชั่วโมงที่แล้ว"),
    (TH, timedelta(seconds=3), "เมื่อสักครู่", "อัปเดตเมื่อสักครู่"),
    (TH, timedelta(days=3), "เมื่อ 27 พ.ย.", "อัปเดตเมื่อ 27 พ.ย."),
    (JA, timedelta(minutes=2), "2分前", "2分前に更新"),
    (JA, timedelta(hours=1), "1時間前", "1時間前に更新"),
    (JA, timedelta(seconds=3), "たった今", "たった今更新"),
    (JA, timedelta(days=3), "11月27日", "11月27日に更新"),
    (EN, timedelta(minutes=1), "1 min ago", "updated 1 min ago"),
    (EN, timedelta(minutes=2), "2 min ago", "updated 2 min ago"),
    (EN, timedelta(days=3), "on 27 Nov", "updated on 27 Nov"),
]


@pytest.mark.parametrize(("language", "ago", "age", "updated"), CATALOGUE_PHRASES)
def test_relative_times_read_naturally_from_the_catalogues(
    catalogue_cache: Path, language: Language, ago: timedelta, age: str, updated: str
) -> None:
    with speaking(language, catalogue_cache):
        translate = QCoreApplication.translate
        assert localized.age(NOW - ago, NOW, language, translate, BANGKOK) == age
        assert localized.updated(NOW - ago, NOW, language, translate, BANGKOK) == updated


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (TH, ["วันนี้", "พรุ่งนี้", "เมื่อวาน", "ส. 5 ธ.ค."]),
        (JA, ["今日", "明日", "昨日", "12月5日(土)"]),
        (EN, ["today", "tomorrow", "yesterday", "Sat 5 Dec"]),
    ],
)
def test_day_phrases_from_the_catalogues(
    catalogue_cache: Path, language: Language, expected: list[str]
) -> None:
    days = [MONDAY, date(2026, 12, 1), date(2026, 11, 29), date(2026, 12, 5)]
    with speaking(language, catalogue_cache):
        translate = QCoreApplication.translate
        shown = [localized.day_phrase(day, MONDAY, language, translate) for day in days]
    assert shown == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (TH, ["1 วินาที", "2 นาที", "3 ชั่วโมง", "ยังไม่ได้อัปเดต"]),
        (JA, ["1秒", "2分", "3時間", "まだ更新されていません"]),
    ],
)
def test_durations_and_never_updated_from_the_catalogues(
    catalogue_cache: Path, language: Language, expected: list[str]
) -> None:
    with speaking(language, catalogue_cache):
        translate = QCoreApplication.translate
        shown = [localized.duration(s, translate) for s in (1, 120, 3 * 3600)]
        shown.append(localized.updated(None, NOW, language, translate))
    assert shown == expected
