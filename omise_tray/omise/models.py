"""Records the Omise client returns besides Balance: account, transactions, transfers, pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Generic, Literal, TypeVar

T = TypeVar("T")

Direction = Literal["credit", "debit"]


@dataclass(frozen=True, slots=True)
class Account:
    """The merchant account a key belongs to; test and live keys return the same one."""

    id: str
    email: str
    country: str | None = None
    currency: str | None = None
    supported_currencies: tuple[str, ...] = ()
    livemode: bool | None = None
    api_version: str | None = None
    created_at: datetime | None = None
    team: str | None = None


@dataclass(frozen=True, slots=True)
class Transaction:
    """One movement of the balance: money in (credit) or out (debit), in minor units."""

    id: str
    amount: int
    currency: str
    direction: Direction
    key: str
    origin: str | None = None
    transferable_at: datetime | None = None
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Transfer:
    """A payout from the Omise balance to the merchant's bank account, in minor units."""

    id: str
    amount: int
    currency: str
    fee: int = 0
    fee_vat: int = 0
    net: int | None = None
    sent: bool = False
    paid: bool = False
    sent_at: datetime | None = None
    paid_at: datetime | None = None
    failure_code: str | None = None
    failure_message: str | None = None
    created_at: datetime | None = None
    bank_brand: str | None = None
    bank_last_digits: str | None = None
    bank_name: str | None = None


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of an Omise list: the items plus where they sit in the whole list."""

    items: tuple[T, ...]
    limit: int
    offset: int
    total: int
    order: str | None = None

    @property
    def has_more(self) -> bool:
        """True when items beyond this page exist."""
        return self.offset + len(self.items) < self.total


@dataclass(frozen=True, slots=True)
class ErrorDocument:
    """The API's own explanation of a failed request (`object: "error"`)."""

    code: str
    message: str
