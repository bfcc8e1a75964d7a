"""The kinds of value a setting holds: how each reads a hand-edited value, coerces what is safe
("22" to 22) and says in words what is wrong with the rest.

A kind never raises anything but UnusableValueError, whatever JSON it is given.

The kinds are plain classes and the records named tuples, not dataclasses: this module loads
on the way to the window's first paint, where each dataclass costs about a millisecond to make.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import ClassVar, Generic, NamedTuple, TypeVar

from omise_tray.core.redact import redact

T = TypeVar("T")

# Floats hold every whole number exactly up to 2**53; a float beyond that is not a safe count.
_EXACT_FLOAT = 2**53
# Patterns are plain strings, compiled on first use by re's own cache: compiling them on import
# would cost the window's start (README, Performance).
_WHOLE_TEXT = r"[+-]?[0-9]{1,18}"
_CURRENCY = r"[A-Z]{3}"
_QUOTE_LENGTH = 40
# A terminal's control sequences (CSI, such as colours and "clear screen", and OSC, such as a
# window title): removing only their escape character would leave the rest on show.
_ESCAPE_SEQUENCE = r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
# Zero-width joiners shape emoji and some scripts; every other control or format character
# (escape sequences, bidi overrides, NUL) is removed from text read from the file.
_KEPT_FORMAT_CHARACTERS = frozenset("\u200c\u200d")
# Control, format and surrogate characters, and the line and paragraph separators.
_REMOVED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


class UnusableValueError(Exception):
    """A value that cannot be used; `reason` follows the value in a sentence ("…, not a number")."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Reading(NamedTuple, Generic[T]):
    """A usable value; why it differs from what was written when it was coerced; and the parts
    of it that were dropped, each as (part, reason)."""

    value: T
    coerced: str | None = None
    dropped: tuple[tuple[str, str], ...] = ()


class Limits(NamedTuple):
    """What the valid range of some settings depends on: where the app polls."""

    interval_floor: int


def quote(raw: object) -> str:
    """A file's value shown in a sentence: short, on one line, no control characters, no key."""
    if isinstance(raw, str):
        return f'the text "{shorten(redact(clean_text(raw)))}"'
    if isinstance(raw, dict):
        return "an object"
    if isinstance(raw, list):
        return "a list"
    if isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) >= 10**_QUOTE_LENGTH:
        return "a number too long to show"
    return shorten(json.dumps(raw))


def shorten(text: str) -> str:
    """The text cut to a length that fits in a sentence."""
    return text if len(text) <= _QUOTE_LENGTH else text[: _QUOTE_LENGTH - 1] + "…"


def clean_text(text: str) -> str:
    """The text without terminal escape sequences, control and format characters (bidi
    overrides, NUL) or line breaks."""
    return "".join(
        c
        for c in re.sub(_ESCAPE_SEQUENCE, "", text)
        if unicodedata.category(c) not in _REMOVED_CATEGORIES or c in _KEPT_FORMAT_CHARACTERS
    )


class Kind(ABC, Generic[T]):
    """One kind of setting value: reads JSON into a valid value and writes it back."""

    __slots__ = ()

    @abstractmethod
    def read(self, raw: object, limits: Limits) -> Reading[T]:
        """The usable value of `raw`, coerced if safe; raises UnusableValueError otherwise."""

    def dump(self, value: T) -> object:
        """The value as JSON."""
        return value

    def show(self, value: T) -> str:
        """The value in a sentence."""
        return quote(self.dump(value))


def whole_number(raw: object) -> Reading[int]:
    """An int, or a float or text that is exactly one ("22", 22.0); else UnusableValueError."""
    if isinstance(raw, bool):
        raise UnusableValueError("true or false, not a number")
    if isinstance(raw, int):
        return Reading(raw)
    if isinstance(raw, float):
        if math.isfinite(raw) and raw.is_integer() and abs(raw) < _EXACT_FLOAT:
            return Reading(int(raw), "a number written with a decimal point")
        raise UnusableValueError("not a whole number")
    if isinstance(raw, str):
        text = raw.strip()
        if re.fullmatch(_WHOLE_TEXT, text):
            return Reading(int(text), "text rather than a number")
        raise UnusableValueError("not a whole number")
    raise UnusableValueError("not a number")


class Whole(Kind[int]):
    """A whole number from `low` to `high`; `unit` follows it in sentences."""

    __slots__ = ("high", "low", "unit")

    def __init__(self, low: int, high: int, unit: str = "") -> None:
        self.low, self.high, self.unit = low, high, unit

    def read(self, raw: object, limits: Limits) -> Reading[int]:
        number = whole_number(raw)
        if not self.low <= number.value <= self.high:
            raise UnusableValueError(f"not a whole number from {self.low} to {self.high}")
        return number

    def show(self, value: int) -> str:
        return f"{value}{self.unit}"


class Interval(Kind[int]):
    """Seconds between polls: from the API's floor (Omise asks for a minute) up to `high`."""

    __slots__ = ("high",)

    def __init__(self, high: int) -> None:
        self.high = high

    def read(self, raw: object, limits: Limits) -> Reading[int]:
        number = whole_number(raw)
        if number.value < limits.interval_floor:
            raise UnusableValueError(f"shorter than the {limits.interval_floor}-second minimum")
        if number.value > self.high:
            raise UnusableValueError(f"longer than {self.high // 3600} hours ({self.high} seconds)")
        return number

    def show(self, value: int) -> str:
        return f"{value} seconds"


class Flag(Kind[bool]):
    """true or false; the words true, false, yes and no and the numbers 0 and 1 are read as such."""

    _WORDS: ClassVar[dict[str, bool]] = {"true": True, "false": False, "yes": True, "no": False}

    def read(self, raw: object, limits: Limits) -> Reading[bool]:
        if isinstance(raw, bool):
            return Reading(raw)
        if isinstance(raw, str) and raw.strip().casefold() in self._WORDS:
            return Reading(self._WORDS[raw.strip().casefold()], "text rather than true or false")
        if isinstance(raw, int) and raw in (0, 1):
            return Reading(bool(raw), "a number rather than true or false")
        raise UnusableValueError("not true or false")

    def show(self, value: bool) -> str:
        return "true" if value else "false"


class Choice(Kind[str]):
    """One of a few words; case and surrounding spaces are forgiven."""

    __slots__ = ("choices",)

    def __init__(self, choices: tuple[str, ...]) -> None:
        self.choices = choices

    def read(self, raw: object, limits: Limits) -> Reading[str]:
        if isinstance(raw, str):
            folded = raw.strip().casefold()
            for choice in self.choices:
                if folded == choice.casefold():
                    return Reading(choice, None if raw == choice else "written differently")
        raise UnusableValueError(f"not one of {', '.join(self.choices)}")

    def show(self, value: str) -> str:
        return f'"{value}"'


class Text(Kind[str]):
    """Text on one line, without control characters, cut at `longest` characters.

    Surrounding spaces go silently, and so does what `normal` changes (upper case for codes);
    the text must then match `pattern` (a regular expression) when one is given.
    """

    __slots__ = ("longest", "normal", "pattern")

    def __init__(
        self,
        longest: int,
        pattern: str | None = None,
        normal: Callable[[str], str] | None = None,
    ) -> None:
        self.longest, self.pattern, self.normal = longest, pattern, normal

    def read(self, raw: object, limits: Limits) -> Reading[str]:
        if not isinstance(raw, str):
            raise UnusableValueError("not text")
        cleaned = clean_text(raw)
        text = cleaned.strip()
        if self.normal is not None:
            text = self.normal(text)
        if not text:
            raise UnusableValueError("empty")
        if self.pattern is not None and not re.fullmatch(self.pattern, text):
            raise UnusableValueError("not in the expected form")
        if len(text) > self.longest:
            return Reading(text[: self.longest].rstrip(), f"longer than {self.longest} characters")
        if cleaned != raw:
            return Reading(text, "holding control characters, now removed")
        return Reading(text)

    def show(self, value: str) -> str:
        return f'"{shorten(value)}"'


class OrNone(Kind[T | None]):
    """The inner kind, or null; `absent` says what null means in a sentence."""

    __slots__ = ("absent", "inner")

    def __init__(self, inner: Kind[T], absent: str = "none") -> None:
        self.inner, self.absent = inner, absent

    def read(self, raw: object, limits: Limits) -> Reading[T | None]:
        if raw is None:
            return Reading(None)
        reading = self.inner.read(raw, limits)
        return Reading(reading.value, reading.coerced, reading.dropped)

    def dump(self, value: T | None) -> object:
        return None if value is None else self.inner.dump(value)

    def show(self, value: T | None) -> str:
        return self.absent if value is None else self.inner.show(value)


class AmountsByCurrency(Kind[dict[str, int]]):
    """Amounts in minor units per currency code, up to `highest`; a bad entry is dropped and
    reported, the others kept."""

    __slots__ = ("highest",)

    def __init__(self, highest: int) -> None:
        self.highest = highest

    def read(self, raw: object, limits: Limits) -> Reading[dict[str, int]]:
        if not isinstance(raw, dict):
            raise UnusableValueError("not an object of amounts per currency")
        amounts: dict[str, int] = {}
        dropped: list[tuple[str, str]] = []
        for code, value in raw.items():
            part = shorten(clean_text(str(code)))
            currency = str(code).strip().upper()
            if not re.fullmatch(_CURRENCY, currency):
                dropped.append((part, "not a three-letter currency code"))
                continue
            try:
                amount = whole_number(value).value
            except UnusableValueError as exc:
                dropped.append((part, f"{quote(value)}, {exc.reason}"))
                continue
            if not 0 <= amount <= self.highest:
                dropped.append((part, f"{quote(value)}, not an amount from 0 to {self.highest}"))
                continue
            amounts[currency] = amount
        return Reading(amounts, dropped=tuple(dropped))

    def dump(self, value: dict[str, int]) -> object:
        return dict(value)

    def show(self, value: dict[str, int]) -> str:
        return "none" if not value else ", ".join(f"{k} {v}" for k, v in value.items())
