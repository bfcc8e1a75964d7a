"""Money in integer minor units: ISO 4217 exponents, display formatting and typed-in amounts."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # localized imports this module for its formats
    from omise_tray.core.localized import Translate

INT64_MAX = 2**63 - 1

# ISO 4217 minor-unit exponents that differ from the usual 2. Every other code, known or not,
# has 2 (THB, SGD, MYR, USD, EUR, GBP, AUD, CAD, CHF, CNY, DKK, HKD, IDR, ...).
_ZERO_DECIMAL = frozenset(
    {"JPY", "KRW", "VND", "CLP", "ISK", "PYG", "UGX", "XAF", "XOF", "XPF", "BIF", "DJF", "GNF"}
    | {"KMF", "RWF", "VUV"}
)
_THREE_DECIMAL = frozenset({"KWD", "BHD", "JOD", "OMR", "TND", "IQD", "LYD"})
_DEFAULT_EXPONENT = 2

# Symbols a merchant recognises at a glance; other codes are shown as the code itself.
_SYMBOLS = {
    "THB": "฿",
    "JPY": "¥",
    "SGD": "S$",
    "MYR": "RM",
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "AUD": "A$",
    "CAD": "CA$",
    "HKD": "HK$",
    "CNY": "CN¥",
}

_MINUS_SIGNS = ("-", "\N{MINUS SIGN}")
# Patterns are plain strings, compiled on first use by re's own cache: compiling them on import
# would cost the window's start (README, Performance).
# Either properly grouped thousands ("1,234,567") or plain digits, then an optional fraction.
# ASCII digits only: int() would also take Thai or Arabic-Indic digits, which we do not show.
_NUMBER = r"(?P<whole>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]*)(?:\.(?P<fraction>[0-9]*))?"
_INT64_DIGITS = len(str(INT64_MAX))
# What an API sends for an amount in major units: digits, optionally a point and more digits.
_PLAIN_DECIMAL = r"(?P<whole>[0-9]+)(?:\.(?P<fraction>[0-9]+))?"


class AmountProblem(StrEnum):
    """Why a typed amount cannot be read."""

    NOT_A_NUMBER = "not_a_number"
    NO_MINOR_UNIT = "no_minor_unit"
    TOO_MANY_PLACES = "too_many_places"
    TOO_LARGE = "too_large"
    NEGATIVE = "negative"


class AmountError(ValueError):
    """A typed amount that cannot be read; `str(error)` tells the merchant what to enter, in
    English, and `sentence(translate)` in the window's language."""

    def __init__(self, problem: AmountProblem, currency: str) -> None:
        self.problem = problem
        self.currency = currency.upper()
        super().__init__(self.sentence(_english))

    def sentence(self, translate: Translate) -> str:
        """What to enter instead, through the caller's catalogues."""
        code, places = self.currency, exponent(self.currency)
        if self.problem is AmountProblem.NOT_A_NUMBER:
            #: {example} is an amount such as 1,000.00.
            return translate("Amount", "Enter a number, such as {example}.").format(
                example=format_amount(1000 * 10**places, code)
            )
        if self.problem is AmountProblem.NO_MINOR_UNIT:
            #: {currency} is a currency code such as JPY.
            return translate(
                "Amount", "{currency} has no minor unit: enter a whole number."
            ).format(currency=code)
        if self.problem is AmountProblem.TOO_MANY_PLACES:
            #: {currency} is a currency code such as THB; {places} is 2 or 3 (a currency with
            #: no minor unit has a sentence of its own).
            line = translate("Amount", "{currency} amounts have at most {places} decimal places.")
            return line.format(currency=code, places=places)
        if self.problem is AmountProblem.TOO_LARGE:
            #: {largest} is the largest amount the app can hold.
            return translate("Amount", "Enter a smaller amount: the largest is {largest}.").format(
                largest=format_amount(INT64_MAX, code)
            )
        return translate("Amount", "Enter an amount that is not negative.")


def _english(context: str, key: str, /, disambiguation: str | None = None, n: int = -1) -> str:
    # localized.english, which this module cannot import (localized imports it).
    return key


def exponent(currency: str) -> int:
    """How many decimal places the currency's minor unit has (JPY 0, THB 2, KWD 3)."""
    code = currency.upper()
    if code in _ZERO_DECIMAL:
        return 0
    if code in _THREE_DECIMAL:
        return 3
    return _DEFAULT_EXPONENT


def _check_int(amount: int) -> None:
    # bool is an int subclass and float is how money goes wrong: refuse both loudly.
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError(f"amount must be an int in minor units, not {type(amount).__name__}")


def format_amount(amount: int, currency: str, *, grouping: bool = True) -> str:
    """The amount in major units without a symbol: 123456 THB -> "1,234.56", JPY 12345 -> "12,345".

    Integer arithmetic only, so every int64 (and beyond) is exact.
    """
    _check_int(amount)
    places = exponent(currency)
    whole, minor = divmod(abs(amount), 10**places)
    text = f"{whole:,}" if grouping else str(whole)
    if places:
        text = f"{text}.{minor:0{places}d}"
    return f"-{text}" if amount < 0 else text


def symbol(currency: str) -> str | None:
    """The currency's symbol where it is well known ("฿", "S$"), else None."""
    return _SYMBOLS.get(currency.upper())


def known_symbols() -> tuple[str, ...]:
    """Every symbol format_money writes instead of a currency code."""
    return tuple(_SYMBOLS.values())


def format_money(amount: int, currency: str) -> str:
    """The amount with its symbol ("฿1,234.56", "-฿850.00") or code ("XYZ 1,234.56")."""
    code = currency.upper()
    digits = format_amount(abs(amount), code)
    sign = "-" if amount < 0 else ""
    mark = symbol(code)
    return f"{sign}{mark}{digits}" if mark else f"{sign}{code} {digits}"


def _without_marker(text: str, code: str) -> str:
    """Drop the currency's own symbol or code typed before or after the number."""
    markers = [code]
    mark = symbol(code)
    if mark:
        markers.append(mark)
    for marker in sorted(markers, key=len, reverse=True):
        if text.upper().startswith(marker.upper()):
            return text[len(marker) :].strip()
        if text.upper().endswith(marker.upper()):
            return text[: -len(marker)].strip()
    return text


def _without_sign(text: str) -> tuple[bool, str]:
    for minus in _MINUS_SIGNS:
        if text.startswith(minus):
            return True, text[len(minus) :].strip()
    return False, text


def parse_amount(text: str, currency: str, *, allow_negative: bool = False) -> int:
    """Read a typed major-unit amount ("1,000.50", " ฿1,000 ") as minor units (100050).

    Fraction digits beyond the currency's precision are accepted only when they are zeros
    ("1,000.00" for JPY), so nothing is ever rounded. Raises AmountError with a sentence.
    """
    code = currency.upper()
    places = exponent(code)
    negative, rest = _without_sign(text.strip())
    rest = _without_marker(rest, code)
    if not negative:
        negative, rest = _without_sign(rest)
    match = re.fullmatch(_NUMBER, rest)
    if match is None or not (match["whole"] or match["fraction"]):
        raise AmountError(AmountProblem.NOT_A_NUMBER, code)
    whole: str = match["whole"].replace(",", "").lstrip("0")
    fraction: str = match["fraction"] or ""
    if fraction[places:].strip("0"):
        if places == 0:
            raise AmountError(AmountProblem.NO_MINOR_UNIT, code)
        raise AmountError(AmountProblem.TOO_MANY_PLACES, code)
    # Checked before int() so a pasted wall of digits cannot hit Python's int-string limit.
    if len(whole) > _INT64_DIGITS:
        raise _too_large(code)
    value: int = int(whole or "0") * 10**places + int(fraction[:places].ljust(places, "0") or "0")
    if value > INT64_MAX:
        raise _too_large(code)
    if negative and value and not allow_negative:
        raise AmountError(AmountProblem.NEGATIVE, code)
    return -value if negative else value


def _too_large(code: str) -> AmountError:
    return AmountError(AmountProblem.TOO_LARGE, code)


def minor_units(text: str, currency: str) -> int:
    """A plain decimal string in major units from the API ("30.00") as minor units (3000).

    Only digits with an optional fraction are read: no sign, exponent, grouping or spaces, and
    fraction digits beyond the currency's precision only when they are zeros ("260.00" JPY).
    Raises ValueError naming what is wrong.
    """
    match = re.fullmatch(_PLAIN_DECIMAL, text)
    if match is None:
        raise ValueError(f"{text[:40]!r} is not a plain decimal amount")
    code = currency.upper()
    places = exponent(code)
    fraction: str = match["fraction"] or ""
    if fraction[places:].strip("0"):
        raise ValueError(f"{text!r} has more decimal places than {code} allows")
    whole: str = match["whole"].lstrip("0")
    if len(whole) > _INT64_DIGITS:
        raise ValueError(f"{text[:40]!r} is out of range")
    value: int = int(whole or "0") * 10**places + int(fraction[:places].ljust(places, "0") or "0")
    if value > INT64_MAX:
        raise ValueError(f"{text[:40]!r} is out of range")
    return value
