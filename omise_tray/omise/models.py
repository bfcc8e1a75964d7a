"""Records the Omise client returns besides Balance: account, transactions, transfers, pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Generic, Literal, TypeVar

T = TypeVar("T")

Direction = Literal["credit", "debit"]

# Schedule statuses that still send money: `running` is what Omise's recorded responses say
# for a schedule its client libraries call active, and an `expiring` one keeps paying until
# its end date (its next dates stop there). `expired`, `deleted` and `suspended` never pay.
PAYING_SCHEDULE_STATUSES = frozenset({"active", "running", "expiring"})


@dataclass(frozen=True, slots=True)
class TransferConfig:
    """How the account may pay out (`transfer_config`): the fee and limits in minor units.

    A field the account does not state is None; `payouts_enabled` is True unless the account
    says `is_payout_enabled: false`.
    """

    fee: int | None = None
    min_transfer_amount: int | None = None
    max_transfer_amount: int | None = None
    payouts_enabled: bool = True


@dataclass(frozen=True, slots=True)
class Account:
    """The merchant account a key belongs to; test and live keys return the same one."""

    id: str
    email: str | None
    country: str | None = None
    currency: str | None = None
    supported_currencies: tuple[str, ...] = ()
    livemode: bool | None = None
    api_version: str | None = None
    created_at: datetime | None = None
    team: str | None = None
    transfer_config: TransferConfig | None = None


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


class TransferStatus(StrEnum):
    """Where a payout stands, as one word."""

    FAILED = "failed"
    CANCELLED = "cancelled"
    PAID = "paid"
    SENT = "sent"
    PENDING = "pending"


@dataclass(frozen=True, slots=True)
class Transfer:
    """A payout from the Omise balance to the merchant's bank account, in minor units.

    `total_fee` is the fee with its VAT (`fee` + `fee_vat` where the API does not say it);
    the bank receives `amount` − `total_fee`.
    """

    id: str
    amount: int
    currency: str
    fee: int = 0
    fee_vat: int = 0
    net: int | None = None
    sent: bool = False
    paid: bool = False
    total_fee: int = 0
    sendable: bool | None = None
    deleted: bool = False
    schedule: str | None = None
    sent_at: datetime | None = None
    paid_at: datetime | None = None
    failure_code: str | None = None
    failure_message: str | None = None
    created_at: datetime | None = None
    bank_brand: str | None = None
    bank_last_digits: str | None = None
    bank_name: str | None = None

    @property
    def status(self) -> TransferStatus:
        """Failed, cancelled (deleted without a failure), paid, sent or pending."""
        if self.failure_code or self.failure_message:
            return TransferStatus.FAILED
        if self.deleted:
            return TransferStatus.CANCELLED
        if self.paid:
            return TransferStatus.PAID
        if self.sent:
            return TransferStatus.SENT
        return TransferStatus.PENDING


@dataclass(frozen=True, slots=True)
class TransferSchedule:
    """An automatic payout (`GET /transfers/schedules`): when it runs and what it sends.

    Exactly one of `amount` (minor units) and `percentage_of_balance` (0 < p <= 100) is set.
    `next_dates` are the coming calendar dates Omise lists, ascending.
    """

    id: str
    status: str
    every: int
    period: str
    amount: int | None = None
    percentage_of_balance: Decimal | None = None
    currency: str | None = None
    recipient: str | None = None
    next_dates: tuple[date, ...] = ()
    weekdays: tuple[str, ...] = ()
    days_of_month: tuple[int, ...] = ()
    weekday_of_month: str | None = None
    in_words: str | None = None
    start_date: date | None = None
    end_date: date | None = None

    @property
    def pays_out(self) -> bool:
        """True while the schedule still sends money (active, running or expiring)."""
        return self.status in PAYING_SCHEDULE_STATUSES


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
class RecentTransactions:
    """Transactions read newest first over one or more pages, without repeats.

    `complete` is False when the page limit cut the reading short of what was looked for.
    """

    items: tuple[Transaction, ...]
    complete: bool
    pages: int


@dataclass(frozen=True, slots=True)
class ErrorDocument:
    """The API's own explanation of a failed request (`object: "error"`)."""

    code: str
    message: str
