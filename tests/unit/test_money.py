"""Specification of money: exponents, exact formatting and reading typed amounts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from omise_tray.core.money import (
    INT64_MAX,
    AmountError,
    exponent,
    format_amount,
    format_money,
    minor_units,
    parse_amount,
)

CURRENCIES = ["THB", "JPY", "SGD", "MYR", "USD", "KRW", "VND", "IDR", "KWD", "BHD", "XYZ"]


@pytest.mark.parametrize(
    ("currency", "places"),
    [
        ("JPY", 0),
        ("KRW", 0),
        ("VND", 0),
        ("IDR", 2),
        ("THB", 2),
        ("SGD", 2),
        ("MYR", 2),
        ("USD", 2),
        ("EUR", 2),
        ("GBP", 2),
        ("AUD", 2),
        ("CAD", 2),
        ("CHF", 2),
        ("CNY", 2),
        ("DKK", 2),
        ("HKD", 2),
        ("KWD", 3),
        ("BHD", 3),
        ("XYZ", 2),
        ("thb", 2),
        ("jpy", 0),
    ],
)
def test_exponent_follows_iso_4217(currency: str, places: int) -> None:
    assert exponent(currency) == places


def test_jpy_has_no_minor_unit() -> None:
    assert format_amount(12345, "JPY") == "12,345"


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        (123456, "THB", "1,234.56"),
        (-123456, "THB", "-1,234.56"),
        (0, "THB", "0.00"),
        (5, "THB", "0.05"),
        (-5, "THB", "-0.05"),
        (12345, "JPY", "12,345"),
        (-12345, "JPY", "-12,345"),
        (1234567, "KWD", "1,234.567"),
        (-1, "KWD", "-0.001"),
        (123456, "XYZ", "1,234.56"),
        (INT64_MAX, "JPY", "9,223,372,036,854,775,807"),
        (-INT64_MAX, "JPY", "-9,223,372,036,854,775,807"),
        (INT64_MAX, "THB", "92,233,720,368,547,758.07"),
        (-INT64_MAX, "THB", "-92,233,720,368,547,758.07"),
        (INT64_MAX, "KWD", "9,223,372,036,854,775.807"),
        (-INT64_MAX, "KWD", "-9,223,372,036,854,775.807"),
        (INT64_MAX, "XYZ", "92,233,720,368,547,758.07"),
        (-(2**63), "XYZ", "-92,233,720,368,547,758.08"),
    ],
)
def test_format_amount_is_exact_for_negative_and_huge_amounts(
    amount: int, currency: str, expected: str
) -> None:
    assert format_amount(amount, currency) == expected


def test_format_amount_without_grouping() -> None:
    assert format_amount(-123456789, "THB", grouping=False) == "-1234567.89"
    assert format_amount(INT64_MAX, "JPY", grouping=False) == str(INT64_MAX)


@pytest.mark.parametrize("amount", [1.5, Decimal("1.5"), True, "100"])
def test_format_amount_refuses_anything_but_int(amount: object) -> None:
    with pytest.raises(TypeError):
        format_amount(amount, "THB")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        (123456, "THB", "฿1,234.56"),
        (-85000, "THB", "-฿850.00"),
        (12345, "JPY", "¥12,345"),
        (-12345, "JPY", "-¥12,345"),
        (123456, "SGD", "S$1,234.56"),
        (123456, "MYR", "RM1,234.56"),
        (100, "USD", "$1.00"),
        (100, "EUR", "€1.00"),
        (100, "GBP", "£1.00"),
        (123456, "XYZ", "XYZ 1,234.56"),
        (-123456, "XYZ", "-XYZ 1,234.56"),
        (1234567, "KWD", "KWD 1,234.567"),
        (123456, "thb", "฿1,234.56"),
        (INT64_MAX, "JPY", "¥9,223,372,036,854,775,807"),
    ],
)
def test_format_money_uses_well_known_symbols_and_codes_otherwise(
    amount: int, currency: str, expected: str
) -> None:
    assert format_money(amount, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        ("1,000", "THB", 100000),
        ("1000", "THB", 100000),
        ("1000.5", "THB", 100050),
        (" ฿1,000.50 ", "THB", 100050),
        ("THB 1,000.50", "THB", 100050),
        ("1,000.50 thb", "THB", 100050),
        ("0.05", "THB", 5),
        (".5", "THB", 50),
        ("1000.", "THB", 100000),
        ("007", "THB", 700),
        ("1,234,567.89", "THB", 123456789),
        ("12,345", "JPY", 12345),
        ("¥12,345", "JPY", 12345),
        ("12,345.00", "JPY", 12345),
        ("1.5", "KWD", 1500),
        ("1.234", "KWD", 1234),
        ("S$20", "SGD", 2000),
        ("RM 60", "MYR", 6000),
        ("1.10", "XYZ", 110),
        ("0", "THB", 0),
        ("-0", "THB", 0),
        ("92,233,720,368,547,758.07", "THB", INT64_MAX),
        ("9223372036854775807", "JPY", INT64_MAX),
    ],
)
def test_parse_amount_reads_what_merchants_type(text: str, currency: str, expected: int) -> None:
    assert parse_amount(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        ("-850", "THB", -85000),
        ("-฿850.00", "THB", -85000),
        ("฿-850.00", "THB", -85000),
        ("THB -850", "THB", -85000),
        ("\N{MINUS SIGN}1,000", "JPY", -1000),
        ("-92,233,720,368,547,758.07", "THB", -INT64_MAX),
    ],
)
def test_parse_amount_reads_negative_amounts_when_allowed(
    text: str, currency: str, expected: int
) -> None:
    assert parse_amount(text, currency, allow_negative=True) == expected


@pytest.mark.parametrize(
    ("text", "currency", "message"),
    [
        ("", "THB", "Enter a number, such as 1,000.00."),
        ("   ", "THB", "Enter a number, such as 1,000.00."),
        ("abc", "THB", "Enter a number, such as 1,000.00."),
        (".", "THB", "Enter a number, such as 1,000.00."),
        ("1,00", "THB", "Enter a number, such as 1,000.00."),
        ("1,0000", "THB", "Enter a number, such as 1,000.00."),
        ("1.000,50", "THB", "Enter a number, such as 1,000.00."),
        ("1e3", "THB", "Enter a number, such as 1,000.00."),
        ("๑๐๐๐", "THB", "Enter a number, such as 1,000.00."),
        ("$100", "THB", "Enter a number, such as 1,000.00."),
        ("--5", "THB", "Enter a number, such as 1,000.00."),
        ("abc", "JPY", "Enter a number, such as 1,000."),
        ("abc", "KWD", "Enter a number, such as 1,000.000."),
        ("1000.5", "JPY", "JPY has no minor unit: enter a whole number."),
        ("1000.505", "THB", "THB amounts have at most 2 decimal places."),
        ("1.2345", "KWD", "KWD amounts have at most 3 decimal places."),
        ("-1", "THB", "Enter an amount that is not negative."),
        ("-฿850.00", "THB", "Enter an amount that is not negative."),
        (
            "9223372036854775808",
            "JPY",
            "Enter a smaller amount: the largest is 9,223,372,036,854,775,807.",
        ),
        ("1" * 5000, "THB", "Enter a smaller amount: the largest is 92,233,720,368,547,758.07."),
    ],
)
def test_parse_amount_explains_what_to_enter(text: str, currency: str, message: str) -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount(text, currency)
    assert str(caught.value) == message


def test_amount_error_is_a_value_error() -> None:
    assert issubclass(AmountError, ValueError)


# No per-example deadline: a loaded CI machine must not turn slowness into a failure.
@settings(deadline=None)
@given(
    amount=st.integers(min_value=-INT64_MAX, max_value=INT64_MAX),
    currency=st.sampled_from(CURRENCIES),
    grouping=st.booleans(),
)
def test_format_then_parse_gives_back_the_amount(
    amount: int, currency: str, grouping: bool
) -> None:
    text = format_amount(amount, currency, grouping=grouping)
    assert parse_amount(text, currency, allow_negative=True) == amount


@settings(deadline=None)
@given(
    amount=st.integers(min_value=-INT64_MAX, max_value=INT64_MAX),
    currency=st.sampled_from(CURRENCIES),
)
def test_format_money_then_parse_gives_back_the_amount(amount: int, currency: str) -> None:
    assert parse_amount(format_money(amount, currency), currency, allow_negative=True) == amount


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        ("30.00", "THB", 3_000),
        ("30", "THB", 3_000),
        ("0.5", "THB", 50),
        ("1000000000.00", "THB", 100_000_000_000),
        ("260", "JPY", 260),
        ("260.00", "JPY", 260),
        ("1.250", "KWD", 1_250),
        ("007.10", "SGD", 710),
    ],
)
def test_minor_units_reads_the_apis_decimal_strings(
    text: str, currency: str, expected: int
) -> None:
    assert minor_units(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("", "THB"),
        ("30.", "THB"),
        (".5", "THB"),
        ("-30.00", "THB"),
        ("+30.00", "THB"),
        ("1e3", "THB"),
        ("1,000.00", "THB"),
        (" 30.00", "THB"),
        ("30.00\n", "THB"),
        ("30.001", "THB"),
        ("260.5", "JPY"),
        ("๓๐", "THB"),
        ("NaN", "THB"),
        ("9" * 30, "THB"),
        (str(INT64_MAX), "THB"),
    ],
)
def test_minor_units_refuses_anything_but_a_plain_decimal(text: str, currency: str) -> None:
    with pytest.raises(ValueError):
        minor_units(text, currency)
