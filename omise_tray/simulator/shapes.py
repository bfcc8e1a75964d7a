"""The JSON documents Omise sends, in the shape of each API version (see OMISE_API.md)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from omise_tray.simulator.accounts import LEGACY_VERSIONS, AccountSnapshot
from omise_tray.simulator.ledger import BankAccount, Transaction, Transfer, TransferTerms
from omise_tray.simulator.schedules import SimSchedule

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


def _major_units(amount: int, currency: str) -> str:
    """An amount as `transfer_config` writes it: a plain decimal in major units ("30.00")."""
    if currency.upper() == "JPY":
        return str(amount)
    whole, minor = divmod(amount, 100)
    return f"{whole}.{minor:02d}"


def _transfer_config(terms: TransferTerms, currency: str) -> Document:
    largest = _major_units(terms.max_transfer_amount, currency)
    return {
        "min_transfer_amount": _major_units(terms.min_transfer_amount, currency),
        "max_transfer_amount": largest,
        "same_bank_max_transfer_amount": largest,
        "is_payout_enabled": terms.payouts_enabled,
        "fee": _major_units(terms.fee, currency),
        "provider": "",
        "merchant_id": "SIM",
        "transfer_service_availability": None,
        "max_active_realtime_transfer_schedules": None,
    }


def account(snapshot: AccountSnapshot, version: str, timeline: Timeline) -> Document:
    """The account that labels a key: who, where, which currency, and its payout terms."""
    document: Document = {
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
    if snapshot.transfer_terms is not None:
        document["transfer_config"] = _transfer_config(snapshot.transfer_terms, snapshot.currency)
    return document


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
    """One payout; `sent` and `paid` turn true as simulated time passes their planned times.

    2019-05-29 adds `total_fee`, `sendable`, `deleted` and `schedule`, as Omise's 2025
    recordings show; older versions leave them out.
    """
    sent = record.sent_at is not None and record.sent_at <= now
    paid = record.paid_at is not None and record.paid_at <= now
    document: Document = {
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
    if not _legacy(version):
        document["total_fee"] = record.total_fee
        document["sendable"] = record.failure_code is None and not sent
        document["deleted"] = False
        document["schedule"] = record.schedule
    return document


def schedule(
    record: SimSchedule,
    account: AccountSnapshot,
    *,
    version: str,
    created: float,
    next_dates: Sequence[date],
    timeline: Timeline,
) -> Document:
    """One transfer schedule: `next_occurrences_on` in 2019-05-29, `next_occurrences` before."""
    on: Document = (
        {"weekdays": list(record.weekdays)}
        if record.period == "week"
        else {"days_of_month": list(record.days_of_month)}
    )
    transfer: Document = {
        "recipient": record.recipient,
        "amount": record.amount,
        "currency": _currency(account.currency, version),
    }
    percentage = None if record.percentage is None else float(record.percentage)
    if _legacy(version):
        if percentage is not None:
            transfer["percentage_of_balance"] = percentage
    else:
        transfer = {"object": "scheduled_transfer", **transfer, "percentage_of_balance": percentage}
    dates = [day.isoformat() for day in next_dates]
    return {
        "object": "schedule",
        "id": record.id,
        "livemode": account.livemode,
        "location": f"/schedules/{record.id}",
        "status": record.status,
        "every": record.every,
        "period": record.period,
        "on": on,
        "in_words": record.in_words,
        "start_date": record.start.isoformat(),
        "end_date": record.end.isoformat(),
        "transfer": transfer,
        "next_occurrences" if _legacy(version) else "next_occurrences_on": dates,
        _created(version): timeline.iso(created),
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
