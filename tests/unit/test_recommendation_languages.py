"""Recommendations and report lines in Thai and Japanese: the words from the catalogues, the
money and dates in the reader's format (円, Buddhist Era, 年月日); English stays as logged."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from omise_tray.core import localized
from omise_tray.core.advice import Operation, check_payout, recommendations
from omise_tray.core.balance import Balance
from omise_tray.core.health import Thresholds, default_thresholds
from omise_tray.core.localized import Language
from omise_tray.core.money import format_money
from omise_tray.core.report import DailyReport, build_daily_report
from tests.support.languages import speaking

TH, JA = Language.THAI, Language.JAPANESE
TODAY = date(2026, 11, 30)


def writer(language: Language) -> Callable[[int, str], str]:
    def money(amount: int, currency: str) -> str:
        return localized.money(amount, currency, language)

    return money


def jpy(available: int, *, on_hold: int = 0, reserve: int = 0) -> Balance:
    total = available + on_hold + reserve
    return Balance("JPY", True, total, available, available, reserve, on_hold)


YEN = Thresholds(critical=50_000, low=200_000, moderate=400_000)


@pytest.mark.parametrize(
    ("language", "balance", "expected"),
    [
        (
            JA,
            jpy(171_000, on_hold=5_000),
            [
                "入金をご検討ください：出金可能額 171,000円 が低残高のしきい値 200,000円 を下回って"
                "います。",
                "5,000円 は一時保留中で、確定すると出金可能になります。",
            ],
        ),
        (
            TH,
            jpy(200_000, reserve=3_000),
            [
                "ควรเติมเงิน: ยอดเงินที่โอนได้ ¥200,000 เท่ากับเกณฑ์ยอดต่ำ ¥200,000",
                "Omise กันเงินสำรองไว้ ¥3,000 ซึ่งใช้หรือโอนออกไม่ได้",
            ],
        ),
    ],
)
def test_recommendations_read_in_the_language_with_its_money(
    catalogue_cache: Path, language: Language, balance: Balance, expected: list[str]
) -> None:
    advice = recommendations(balance, YEN)
    with speaking(language, catalogue_cache):
        shown = [item.sentence(QCoreApplication.translate, writer(language)) for item in advice]
    assert shown == expected


def test_english_recommendations_are_unchanged() -> None:
    (advice, _) = recommendations(jpy(171_000, on_hold=5_000), YEN)
    assert advice.text == (
        "Consider adding funds: ¥171,000 is available, below the ¥200,000 low threshold."
    )
    assert advice.sentence(localized.english, format_money) == advice.text


def thb(available: int) -> Balance:
    return Balance("THB", False, available, available, available)


def reports(before: int, now: int, gap_days: int) -> tuple[list[str], DailyReport]:
    thresholds = default_thresholds("THB")
    earlier = date.fromordinal(TODAY.toordinal() - gap_days)
    first = build_daily_report(
        account_id="a", account_name="Shop", balance=thb(before), thresholds=thresholds, day=earlier
    )
    second = build_daily_report(
        account_id="a",
        account_name="Shop",
        balance=thb(now),
        thresholds=thresholds,
        day=TODAY,
        previous=first,
    )
    return list(second.recommendations), second


@pytest.mark.parametrize(
    ("language", "gap_days", "expected"),
    [
        (TH, 1, "ยอดเงินที่โอนได้ลดลง 40% จากเมื่อวาน จาก ฿10,000.00 เหลือ ฿6,000.00"),
        (TH, 3, "ยอดเงินที่โอนได้ลดลง 40% ตั้งแต่ 27 พ.ย. 2569 จาก ฿10,000.00 เหลือ ฿6,000.00"),
        (JA, 3, "出金可能額が2026年11月27日から40%減り、฿10,000.00から฿6,000.00になりました。"),
    ],
)
def test_report_changes_read_with_the_readers_dates(
    catalogue_cache: Path, language: Language, gap_days: int, expected: str
) -> None:
    english, report = reports(1_000_000, 600_000, gap_days)
    assert english[0].startswith("Available balance fell 40% since ")

    def day(when: date) -> str:
        return localized.day_month_year(when, language)

    with speaking(language, catalogue_cache):
        lines = report.lines(QCoreApplication.translate, writer(language), day)
    assert lines[0] == expected


def test_a_worse_health_is_told_in_japanese(catalogue_cache: Path) -> None:
    _, report = reports(1_000_000, 80_000, 1)
    with speaking(JA, catalogue_cache):
        lines = report.lines(QCoreApplication.translate, writer(JA), str)
    assert "昨日から状態が「良好」から「残高低下」に変わりました。" in lines


@pytest.mark.parametrize(
    ("language", "amount", "expected"),
    [
        (
            JA,
            100_000,
            "はい：100,000円を出金した後も71,000円残ります。手数料 260円 を差し引いて99,740円が"
            "銀行口座に入金されます。",
        ),
        (JA, 200_000, "いいえ：29,000円不足しています(出金 200,000円 + 確保額 0円)。"),
        (TH, 200_000, "ไม่ได้: เงินขาดอยู่ ¥29,000 (โอนเงิน ¥200,000 + เงินกันไว้ ¥0)"),
    ],
)
def test_the_payout_check_answers_in_the_language(
    catalogue_cache: Path, language: Language, amount: int, expected: str
) -> None:
    check = check_payout(jpy(171_000), amount, Operation.TRANSFER)
    with speaking(language, catalogue_cache):
        answer = check.summary(QCoreApplication.translate, writer(language))
    assert answer == expected
    assert check.summary().startswith(("Yes: after this transfer of ¥", "No: you are ¥"))
