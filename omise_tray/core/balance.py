"""The normalised balance of one Omise account, built from any API version's shape."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import NamedTuple

INT64_MAX = 2**63 - 1


class BalanceFormatError(ValueError):
    """A balance document does not have the fields or types any API version sends."""


class Balance(NamedTuple):
    """One account's balance in minor units of its funding currency.

    `available` is what can be used now and `transferable` what can be paid out now; the API
    sends one or the other depending on its version, and each falls back to the other.
    """

    currency: str
    livemode: bool
    total: int
    available: int
    transferable: int
    reserve: int = 0
    on_hold: int = 0
    created_at: datetime | None = None

    @property
    def pending(self) -> int:
        """Money received but not yet usable: never negative."""
        return max(0, self.total - self.available)

    @property
    def inconsistent(self) -> bool:
        """True where the API reports more available than total (seen in Omise's fixtures)."""
        return self.available > self.total


def _int_field(fields: Mapping[str, object], name: str) -> int | None:
    value = fields.get(name)
    if value is None:
        return None
    # bool is an int subclass; an API sending true for an amount is broken, not 1 satang.
    if isinstance(value, bool) or not isinstance(value, int):
        raise BalanceFormatError(f"field {name!r} is {type(value).__name__}, not an integer")
    if abs(value) > INT64_MAX:
        raise BalanceFormatError(f"field {name!r} is out of range")
    return value


def _reserve(fields: Mapping[str, object]) -> int:
    value = fields.get("reserve")
    if isinstance(value, Mapping):
        amount = _int_field(value, "amount")
        return amount if amount is not None else 0
    if value is not None:
        reserve = _int_field(fields, "reserve")
        return reserve if reserve is not None else 0
    legacy = _int_field(fields, "reserve_amount")
    return legacy if legacy is not None else 0


def _currency(fields: Mapping[str, object]) -> str:
    value = fields.get("currency")
    if not isinstance(value, str) or not value.isascii() or not value.isalpha():
        raise BalanceFormatError("field 'currency' is missing or not a currency code")
    if not 3 <= len(value) <= 4:
        raise BalanceFormatError("field 'currency' is not a currency code")
    return value.upper()


def _timestamp(fields: Mapping[str, object]) -> datetime | None:
    value = fields.get("created_at", fields.get("created"))
    if value is None:
        return None
    if not isinstance(value, str):
        raise BalanceFormatError("field 'created_at' is not a string")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise BalanceFormatError("field 'created_at' is not an ISO 8601 time") from exc


def normalise_balance(fields: Mapping[str, object]) -> Balance:
    """Build a Balance from the fields of any API version's balance object.

    Rules (OMISE_API.md): available falls back to transferable and vice versa; reserve is the
    integer, or reserve.amount, or reserve_amount, else 0; pending is derived.
    """
    livemode = fields.get("livemode")
    if not isinstance(livemode, bool):
        raise BalanceFormatError("field 'livemode' is missing or not a boolean")
    total = _int_field(fields, "total")
    if total is None:
        raise BalanceFormatError("field 'total' is missing")
    available = _int_field(fields, "available")
    transferable = _int_field(fields, "transferable")
    if available is None and transferable is None:
        raise BalanceFormatError("neither 'available' nor 'transferable' is present")
    available = available if available is not None else transferable
    transferable = transferable if transferable is not None else available
    assert available is not None and transferable is not None
    on_hold = _int_field(fields, "on_hold")
    return Balance(
        currency=_currency(fields),
        livemode=livemode,
        total=total,
        available=available,
        transferable=transferable,
        reserve=_reserve(fields),
        on_hold=on_hold if on_hold is not None else 0,
        created_at=_timestamp(fields),
    )
