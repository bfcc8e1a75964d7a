"""The window's dates and money in Thai and Japanese, as the activity lists and the chart's axes
write them: Buddhist Era years and Thai months, 年月日 and Japanese weekdays, yen as 円."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from omise_tray.core.localized import Language
from omise_tray.omise.models import Transaction, Transfer
from omise_tray.ui.activity import payout_cells, position_text, transaction_cells
from omise_tray.ui.axes import moment_label, time_ticks, value_axis
from tests.support.languages import speaking

TH, JA, EN = Language.THAI, Language.JAPANESE, Language.ENGLISH
NOW = datetime(2026, 11, 30, 7, 5, tzinfo=UTC)
BANGKOK = timezone(timedelta(hours=7))
TOKYO = timezone(timedelta(hours=9))
DAY = 86400


def yen_charge() -> Transaction:
    return Transaction(
        id="trxn_test_1",
        amount=171_000,
        currency="JPY",
        direction="credit",
        key="charge.captured",
        created_at=NOW - timedelta(hours=1),
        transferable_at=NOW + timedelta(days=2),
    )


@pytest.mark.parametrize(
    ("language", "zone", "cells"),
    [
        (
            JA,
            TOKYO,
            ("2026年11月30日 15:05", "入金", "+171,000円", "支払い", "2026年12月2日 16:05"),
        ),
        (
            TH,
            BANGKOK,
            ("30 พ.ย. 2569 13:05", "เงินเข้า", "+¥171,000", "การชำระเงิน", "2 ธ.ค. 2569 14:05"),
        ),
        (EN, BANGKOK, ("30 Nov 2026, 13:05", "Credit", "+¥171,000", "Charge", "2 Dec 2026, 14:05")),
    ],
)
def test_a_transaction_row_in_each_language(
    catalogue_cache: Path, language: Language, zone: timezone, cells: tuple[str, ...]
) -> None:
    with speaking(language, catalogue_cache):
        assert transaction_cells(yen_charge(), NOW, zone) == cells


def test_a_yen_payout_in_japanese(catalogue_cache: Path) -> None:
    payout = Transfer(
        id="trsf_test_1",
        amount=171_000,
        currency="JPY",
        fee=250,
        fee_vat=25,
        net=170_725,
        created_at=NOW,
        paid=True,
        bank_brand="mufg",
        bank_last_digits="7702",
    )
    with speaking(JA, catalogue_cache):
        cells = payout_cells(payout, TOKYO)
    assert cells == (
        "2026年11月30日 16:05",
        "171,000円",
        "250円 + 消費税 25円",
        "170,725円",
        "入金済み",
        "MUFG ••7702",
        "",
    )


@pytest.mark.parametrize(
    ("language", "position"),
    [
        (TH, "1,001–1,020 จาก 2,500"),
        (JA, "全2,500件中 1,001–1,020件"),
        (EN, "1,001–1,020 of 2,500"),
    ],
)
def test_the_position_in_a_long_list(
    catalogue_cache: Path, language: Language, position: str
) -> None:
    with speaking(language, catalogue_cache):
        assert position_text(1000, 20, 2500) == position
    assert position_text(1000, 20, 2500) == "1,001–1,020 of 2,500"


SINCE = int(datetime(2026, 11, 23, tzinfo=BANGKOK).timestamp())


@pytest.mark.parametrize(
    ("language", "week", "months", "hover"),
    [
        (
            TH,
            ["จ. 23", "อ. 24", "พ. 25", "พฤ. 26", "ศ. 27", "ส. 28", "อา. 29", "จ. 30"],
            ["ต.ค.", "พ.ย.", "ธ.ค.", "2570", "ก.พ."],
            "จ. 30 พ.ย. 2569 14:05",
        ),
        (
            JA,
            [
                "23日(月)",
                "24日(火)",
                "25日(水)",
                "26日(木)",
                "27日(金)",
                "28日(土)",
                "29日(日)",
                "30日(月)",
            ],
            ["10月", "11月", "12月", "2027年", "2月"],
            "2026年11月30日(月) 14:05",
        ),
    ],
)
def test_the_charts_axes_and_hover_speak_the_calendar(
    catalogue_cache: Path, language: Language, week: list[str], months: list[str], hover: str
) -> None:
    with speaking(language, catalogue_cache):
        days = time_ticks(SINCE, SINCE + 7 * DAY, BANGKOK)
        year = time_ticks(SINCE - 60 * DAY, SINCE + 80 * DAY, BANGKOK)
        readout = moment_label(int(NOW.timestamp()), BANGKOK)
    assert [tick.label for tick in days] == week
    assert [tick.label for tick in year] == months
    assert readout == hover


def test_the_value_axis_writes_yen_after_the_number_in_japanese(catalogue_cache: Path) -> None:
    with speaking(JA, catalogue_cache):
        labels = [tick.label for tick in value_axis(0, 171_000, "JPY").ticks]
    assert labels and all(label.endswith("円") for label in labels)
    assert value_axis(0, 171_000, "JPY").ticks[-1].label.startswith("¥")  # English: as before
