"""Privacy mode's one rule: every amount becomes "•••"; words, percentages and times stay."""

from __future__ import annotations

import pytest

from omise_tray.core.localized import Language, money
from omise_tray.core.money import format_money
from omise_tray.core.privacy import HIDDEN_AMOUNT, shown_money, shown_text, without_amounts


@pytest.mark.parametrize(
    ("amount", "currency"),
    [
        (123_456, "THB"),
        (-85_000, "THB"),
        (171_000, "JPY"),
        (4_000, "SGD"),
        (1_234_567, "HKD"),
        (99, "CNY"),
        (123_456, "XYZ"),
        (1_234_567, "KWD"),
        (0, "USD"),
    ],
)
def test_every_amount_format_money_writes_is_hidden(amount: int, currency: str) -> None:
    written = format_money(amount, currency)
    assert without_amounts(written) == HIDDEN_AMOUNT
    assert without_amounts(f"Low — {written} available, below it") == (
        f"Low — {HIDDEN_AMOUNT} available, below it"
    )


def test_yen_written_after_the_number_is_hidden() -> None:
    written = money(171_000, "JPY", Language.JAPANESE)
    assert written == "171,000円"
    assert without_amounts(f"残高 {written}") == f"残高 {HIDDEN_AMOUNT}"


@pytest.mark.parametrize(
    ("sentence", "hidden"),
    [
        ("THB low — fell 85% to ฿900.00", "THB low — fell 85% to •••"),
        (
            "4 JPY shops critical: Shop 2 ¥920, Shop 3 ¥1,050",
            "4 JPY shops critical: Shop 2 •••, Shop 3 •••",
        ),
        ("Payout of ฿18,500.00 sent", "Payout of ••• sent"),
        ("+฿1,234.56", "•••"),
        ("33.07 available, below 40.00", "••• available, below •••"),
        ("12,345 available", "••• available"),
        (
            "Offline since 14:05, showing last known balance",
            "Offline since 14:05, showing last known balance",
        ),
        ("API version 2019-05-29", "API version 2019-05-29"),
        ("Shop v2.0 is low", "Shop v2.0 is low"),
        ("Omise Tray 6.11.3", "Omise Tray 6.11.3"),
        ("3 of 5 accounts updated 2 min ago", "3 of 5 accounts updated 2 min ago"),
        ("down 12.5% since yesterday", "down 12.5% since yesterday"),
    ],
)
def test_sentences_lose_only_their_amounts(sentence: str, hidden: str) -> None:
    assert without_amounts(sentence) == hidden


def test_shown_money_follows_the_flag() -> None:
    assert shown_money(123_456, "THB", hidden=False) == "฿1,234.56"
    assert shown_money(123_456, "THB", hidden=True) == HIDDEN_AMOUNT


def test_shown_text_is_unchanged_while_amounts_are_shown() -> None:
    sentence = "Shop 2 ¥920"
    assert shown_text(sentence, hidden=False) == sentence
    assert shown_text(sentence, hidden=True) == "Shop 2 •••"
