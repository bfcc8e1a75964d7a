"""The JSON documents Omise sends, in the shape of each API version (see OMISE_API.md)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from omise_tray.simulator.accounts import LEGACY_VERSIONS, AccountSnapshot
from omise_tray.simulator.ledger import BankAccount, Transaction, Transfer

Document = dict[str, object]

_ERROR_PAGE = "https://www.omise.co/api-errors"


@dataclass(frozen=True, slots=True)
class Timeline:
    """Turns simulated seconds into the ISO 8601 times the API shows."""

    origin: datetime

    def iso(self, seconds: float) -> str:
        """The UTC time `seconds` after the origin, as Omise writes it."""
        return (self.origin + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _legacy(version: str) -> bool:
    return version in LEGACY_VERSIONS


def _currency(currency: str, version: str) -> str:
    return currency.lower() if _legacy(version) else currency.upper()


def _created(version: str) -> str:
    return "created" if _legacy(version) else "created_at"


def error(code: str, message: str) -> Document:
    """An Omise error object; the location points at the code's entry in the error reference."""
    return {
        "object": "error",
        "location": f"{_ERROR_PAGE}#{code.replace('_', '-')}",
        "code": code,
        "message": message,
    }


def balance(account: AccountSnapshot, version: str, now: float, timeline: Timeline) -> Document:
    """The balance object: `available` and `reserve_amount` before 2019, then `transferable`."""
    document: Document = {
        "object": "balance",
        "livemode": account.livemode,
        "location": "/balance",
        "currency": _currency(account.currency, version),
        "total": account.total,
    }
    if _legacy(version):
        document["available"] = account.available
        document["reserve_amount"] = account.reserve
    else:
        document["transferable"] = account.available
        document["reserve"] = account.reserve
        document["created_at"] = timeline.iso(now)
    return document


def account(snapshot: AccountSnapshot, version: str, timeline: Timeline) -> Document:
    """The account object that labels a key: who, where and in which currency."""
    return {
        "object": "account",
        "id": snapshot.id,
        "livemode": snapshot.livemode,
        "location": "/account",
        "email": snapshot.email,
        "country": snapshot.country,
        "currency": _currency(snapshot.currency, version),
        "supported_currencies": [_currency(snapshot.currency, version)],
        "api_version": snapshot.default_version,
        "team": snapshot.team,
        "webhook_uri": None,
        _created(version): timeline.iso(snapshot.created_at),
    }


def transaction(
    record: Transaction, account: AccountSnapshot, version: str, timeline: Timeline
) -> Document:
    """One balance movement: `type`/`source` before 2019, then `direction`/`key`/`origin`."""
    document: Document = {
        "object": "transaction",
        "id": record.id,
        "location": f"/transactions/{record.id}",
        "amount": record.amount,
        "currency": _currency(account.currency, version),
    }
    if _legacy(version):
        document["type"] = record.direction.value
        document["source"] = record.origin
        document["transferable"] = timeline.iso(record.transferable_at)
        document["created"] = timeline.iso(record.at)
    else:
        document["livemode"] = account.livemode
        document["direction"] = record.direction.value
        document["key"] = record.key
        document["origin"] = record.origin
        document["transferable_at"] = timeline.iso(record.transferable_at)
        document["created_at"] = timeline.iso(record.at)
    return document


def _bank_account(bank: BankAccount) -> Document:
    return {
        "object": "bank_account",
        "brand": bank.brand,
        "last_digits": bank.last_digits,
        "name": bank.name,
    }


def transfer(
    record: Transfer,
    account: AccountSnapshot,
    *,
    bank: BankAccount,
    version: str,
    now: float,
    timeline: Timeline,
) -> Document:
    """One payout; `sent` and `paid` turn true as simulated time passes their planned times."""
    sent = record.sent_at is not None and record.sent_at <= now
    paid = record.paid_at is not None and record.paid_at <= now
    return {
        "object": "transfer",
        "id": record.id,
        "livemode": account.livemode,
        "location": f"/transfers/{record.id}",
        "amount": record.amount,
        "fee": record.fee,
        "fee_vat": record.fee_vat,
        "net": record.net,
        "currency": _currency(account.currency, version),
        "sent": sent,
        "paid": paid,
        "sent_at": timeline.iso(record.sent_at) if sent and record.sent_at is not None else None,
        "paid_at": timeline.iso(record.paid_at) if paid and record.paid_at is not None else None,
        "failure_code": record.failure_code,
        "failure_message": record.failure_message,
        "bank_account": _bank_account(bank),
        _created(version): timeline.iso(record.at),
    }


@dataclass(frozen=True, slots=True)
class Page:
    """Which slice of a list was asked for, with the bounds the list object echoes back."""

    limit: int
    offset: int
    order: str
    from_time: str
    to_time: str


def page(documents: Sequence[Document], total: int, window: Page, location: str) -> Document:
    """An Omise list object around one page of documents."""
    return {
        "object": "list",
        "from": window.from_time,
        "to": window.to_time,
        "offset": window.offset,
        "limit": window.limit,
        "total": total,
        "order": window.order,
        "location": location,
        "data": list(documents),
    }


def misplaced(path: str, currency: str, now: float, timeline: Timeline) -> Document:
    """A well-formed object of the wrong type for `path`: a list where one object belongs."""
    if path.startswith(("/transactions", "/transfers")):
        return {
            "object": "balance",
            "livemode": False,
            "location": "/balance",
            "currency": currency,
            "total": 0,
            "transferable": 0,
        }
    window = Page(20, 0, "chronological", "1970-01-01T00:00:00Z", timeline.iso(now))
    return page([], 0, window, path)
