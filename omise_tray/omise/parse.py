"""Turn Omise JSON documents of any API version into the app's records, or a typed error."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import TypeVar

from omise_tray.core.balance import INT64_MAX, Balance, normalise_balance
from omise_tray.core.money import minor_units
from omise_tray.core.redact import redact
from omise_tray.core.text_safety import safe_text
from omise_tray.omise.errors import InvalidResponseError
from omise_tray.omise.models import (
    Account,
    Direction,
    ErrorDocument,
    Page,
    Transaction,
    Transfer,
    TransferConfig,
    TransferSchedule,
)

logger = logging.getLogger(__name__)

T = TypeVar("T")

NOT_UNDERSTOOD = "Omise sent an answer this app does not understand; try again in a minute."

# Pre-2019 transactions name their origin only by id; its prefix says what moved the money.
_ORIGIN_PREFIXES = {
    "chrg": "charge",
    "rfnd": "refund",
    "trsf": "transfer",
    "dspt": "dispute",
}
# Omise lists up to 30 next dates; more than this is not a schedule any version sends.
_MOST_NEXT_DATES = 400
# The spellings of a schedule's next dates: 2019-05-29, older recordings, omise-java's.
_NEXT_DATES_FIELDS = ("next_occurrences_on", "next_occurrences", "next_occurrence_dates")


class _MalformedError(ValueError):
    """A field is missing or has a type no API version sends."""


def not_understood(what: str, detail: str) -> InvalidResponseError:
    """The error for a document this app cannot read; the detail goes to the log only."""
    logger.warning("Unreadable %s from Omise: %s", what, redact(detail))
    return InvalidResponseError(NOT_UNDERSTOOD)


def decode_json(body: bytes) -> object:
    """Decode a response body as JSON, or raise InvalidResponseError (HTML, truncated, binary)."""
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        preview = body[:80].decode("utf-8", "replace")
        raise not_understood("body", f"{type(exc).__name__}; starts with {preview!r}") from None


class _Fields:
    """Reads typed fields of one JSON object, naming the field when it is wrong."""

    def __init__(self, mapping: Mapping[str, object]) -> None:
        self.mapping = mapping

    @classmethod
    def of(cls, doc: object, expected_object: str) -> _Fields:
        """The fields of doc, provided it is a JSON object saying it is expected_object."""
        if not isinstance(doc, Mapping):
            raise _MalformedError(f"expected a {expected_object} object, got {type(doc).__name__}")
        if doc.get("object") != expected_object:
            raise _MalformedError(f"expected object {expected_object!r}, got {doc.get('object')!r}")
        return cls(doc)

    def text(self, name: str) -> str:
        value = self.optional_text(name)
        if value is None:
            raise _MalformedError(f"field {name!r} is missing")
        return value

    def optional_text(self, *names: str) -> str | None:
        for name in names:
            value = self.mapping.get(name)
            if value is None:
                continue
            if not isinstance(value, str):
                raise _MalformedError(f"field {name!r} is {type(value).__name__}, not text")
            return value
        return None

    def integer(self, name: str, default: int | None = None) -> int:
        value = self.mapping.get(name)
        if value is None and default is not None:
            return default
        # bool is an int subclass; `true` for an amount is a broken document, not 1.
        if isinstance(value, bool) or not isinstance(value, int):
            raise _MalformedError(f"field {name!r} is {type(value).__name__}, not an integer")
        if abs(value) > INT64_MAX:
            raise _MalformedError(f"field {name!r} is out of range")
        return value

    def optional_integer(self, name: str) -> int | None:
        return None if self.mapping.get(name) is None else self.integer(name)

    def flag(self, name: str, default: bool) -> bool:
        value = self.mapping.get(name)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise _MalformedError(f"field {name!r} is {type(value).__name__}, not a boolean")
        return value

    def optional_flag(self, name: str) -> bool | None:
        return None if self.mapping.get(name) is None else self.flag(name, False)

    def currency(self, name: str = "currency") -> str:
        return _currency_code(self.text(name), name)

    def optional_time(self, *names: str) -> datetime | None:
        text = self.optional_text(*names)
        if text is None:
            return None
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise _MalformedError(f"field {names[0]!r} is not an ISO 8601 time") from None
        if moment.tzinfo is None:
            raise _MalformedError(f"field {names[0]!r} has no time zone")
        return moment

    def optional_date(self, name: str) -> date | None:
        text = self.optional_text(name)
        return None if text is None else _calendar_date(text, name)

    def texts(self, name: str) -> tuple[str, ...]:
        return tuple(_text_item(item, name) for item in self.items(name))

    def items(self, name: str) -> list[object]:
        value = self.mapping.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            raise _MalformedError(f"field {name!r} is {type(value).__name__}, not a list")
        return value

    def nested(self, name: str) -> _Fields:
        value = self.mapping.get(name)
        if value is None:
            return _Fields({})
        if not isinstance(value, Mapping):
            raise _MalformedError(f"field {name!r} is {type(value).__name__}, not an object")
        return _Fields(value)


def _shown(text: str | None) -> str | None:
    """Text from the server that a person will read, made safe to show (see safe_text)."""
    return None if text is None else safe_text(text)


def _text_item(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise _MalformedError(f"an item of {name!r} is {type(value).__name__}, not text")
    return value


def _calendar_date(text: str, name: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _MalformedError(f"field {name!r} is not an ISO 8601 date") from None


def _currency_code(value: str, name: str) -> str:
    if not (value.isascii() and value.isalpha() and 3 <= len(value) <= 4):
        raise _MalformedError(f"field {name!r} is not a currency code")
    return value.upper()


def _parsed(what: str, doc: object, build: Callable[[object], T]) -> T:
    """Run a builder, turning any failure into InvalidResponseError with the detail logged."""
    try:
        return build(doc)
    except InvalidResponseError:
        raise
    except Exception as exc:
        # Any exception means the document is not what any API version sends; the caller must
        # get the one error type it handles, never a crash from deep inside a builder.
        raise not_understood(what, f"{type(exc).__name__}: {exc}") from None


def _balance(doc: object) -> Balance:
    fields = _Fields.of(doc, "balance")
    balance = normalise_balance(fields.mapping)
    if balance.inconsistent:
        logger.warning(
            "Omise reports more available (%d) than total (%d) for %s; showing it as sent",
            balance.available,
            balance.total,
            balance.currency,
        )
    return balance


def parse_balance(doc: object) -> Balance:
    """Parse a balance object of any API version (2014-07-27 to 2019-05-29)."""
    return _parsed("balance", doc, _balance)


def _transfer_config(fields: _Fields, currency: str | None) -> TransferConfig | None:
    """The account's payout terms, or None when it states none or states them unreadably.

    An unreadable `transfer_config` (an amount that is not a plain decimal, no currency to
    convert it with) is logged and left out: the account itself stays usable, and the app
    falls back to its default fee rather than guessing at a figure.
    """
    if fields.mapping.get("transfer_config") is None:
        return None
    try:
        config = fields.nested("transfer_config")

        def amount(name: str) -> int | None:
            text = config.optional_text(name)
            if text is None:
                return None
            if currency is None:
                raise _MalformedError("the account has no currency to read amounts in")
            try:
                return minor_units(text, currency)
            except ValueError as exc:
                raise _MalformedError(f"field {name!r}: {exc}") from None

        return TransferConfig(
            fee=amount("fee"),
            min_transfer_amount=amount("min_transfer_amount"),
            max_transfer_amount=amount("max_transfer_amount"),
            payouts_enabled=config.flag("is_payout_enabled", default=True),
        )
    except _MalformedError as exc:
        logger.warning("Ignoring the account's unreadable transfer_config: %s", redact(str(exc)))
        return None


def _account(doc: object) -> Account:
    fields = _Fields.of(doc, "account")
    currencies = fields.mapping.get("supported_currencies") or []
    if not isinstance(currencies, list) or not all(isinstance(c, str) for c in currencies):
        raise _MalformedError("field 'supported_currencies' is not a list of currency codes")
    currency = fields.optional_text("currency")
    code = _currency_code(currency, "currency") if currency is not None else None
    country = fields.optional_text("country")
    return Account(
        id=fields.text("id"),
        # Omise's own recordings (omise-ruby, omise-python) have accounts with `email: null`.
        email=_shown(fields.optional_text("email")),
        country=safe_text(country.upper()) if country is not None else None,
        currency=code,
        supported_currencies=tuple(_currency_code(c, "supported_currencies") for c in currencies),
        livemode=fields.optional_flag("livemode"),
        api_version=fields.optional_text("api_version"),
        created_at=fields.optional_time("created_at", "created"),
        team=_shown(fields.optional_text("team")),
        transfer_config=_transfer_config(fields, code),
    )


def parse_account(doc: object) -> Account:
    """Parse an account object (`created` before 2019, `created_at` after, `email` maybe null)."""
    return _parsed("account", doc, _account)


def _direction(fields: _Fields) -> Direction:
    # 2019-05-29 says `direction`; earlier versions said `type` with the same two values.
    value = fields.optional_text("direction", "type")
    if value == "credit":
        return "credit"
    if value == "debit":
        return "debit"
    raise _MalformedError(f"field 'direction' is {value!r}, not credit or debit")


def _transaction(doc: object) -> Transaction:
    fields = _Fields.of(doc, "transaction")
    direction = _direction(fields)
    origin = fields.optional_text("origin", "source")
    key = fields.optional_text("key")
    if key is None:
        prefix = (origin or "").partition("_")[0]
        key = _ORIGIN_PREFIXES.get(prefix, direction)
    return Transaction(
        id=fields.text("id"),
        amount=fields.integer("amount"),
        currency=fields.currency(),
        direction=direction,
        key=key,
        origin=origin,
        transferable_at=fields.optional_time("transferable_at", "transferable"),
        created_at=fields.optional_time("created_at", "created"),
    )


def _transfer(doc: object) -> Transfer:
    fields = _Fields.of(doc, "transfer")
    bank = fields.nested("bank_account")
    fee = fields.integer("fee", default=0)
    fee_vat = fields.integer("fee_vat", default=0)
    schedule = fields.mapping.get("schedule")
    return Transfer(
        id=fields.text("id"),
        amount=fields.integer("amount"),
        currency=fields.currency(),
        fee=fee,
        fee_vat=fee_vat,
        net=fields.optional_integer("net"),
        sent=fields.flag("sent", default=False),
        paid=fields.flag("paid", default=False),
        total_fee=fields.integer("total_fee", default=fee + fee_vat),
        sendable=fields.optional_flag("sendable"),
        deleted=fields.flag("deleted", default=False),
        # An id, or the whole schedule object when the request expanded it.
        schedule=schedule
        if isinstance(schedule, str)
        else fields.nested("schedule").optional_text("id"),
        sent_at=fields.optional_time("sent_at"),
        paid_at=fields.optional_time("paid_at"),
        failure_code=_shown(fields.optional_text("failure_code")),
        failure_message=_shown(fields.optional_text("failure_message")),
        created_at=fields.optional_time("created_at", "created"),
        bank_brand=_shown(bank.optional_text("brand")),
        bank_last_digits=_shown(bank.optional_text("last_digits")),
        bank_name=_shown(bank.optional_text("name")),
    )


def _percentage(fields: _Fields, name: str) -> Decimal | None:
    value = fields.mapping.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _MalformedError(f"field {name!r} is {type(value).__name__}, not a number")
    # Through its shortest text, so 33.3 stays 33.3 and never becomes a binary fraction.
    share = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not share.is_finite() or not 0 < share <= 100:
        raise _MalformedError(f"field {name!r} is not a percentage above 0 and up to 100")
    return share


def _day_of_month(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 31:
        raise _MalformedError("field 'days_of_month' is not a list of days")
    return value


def _next_dates(fields: _Fields) -> tuple[date, ...]:
    for name in _NEXT_DATES_FIELDS:
        if fields.mapping.get(name) is not None:
            texts = fields.texts(name)
            if len(texts) > _MOST_NEXT_DATES:
                raise _MalformedError(f"field {name!r} lists more dates than any schedule has")
            return tuple(sorted(_calendar_date(text, name) for text in texts))
    return ()


def _transfer_schedule(doc: object) -> TransferSchedule | None:
    """A payout schedule, or None for a schedule of charges (listed by `GET /schedules`)."""
    fields = _Fields.of(doc, "schedule")
    if fields.mapping.get("transfer") is None:
        if fields.mapping.get("charge") is not None:
            return None
        raise _MalformedError("a schedule has neither a transfer nor a charge")
    transfer = fields.nested("transfer")
    amount = transfer.optional_integer("amount")
    percentage = _percentage(transfer, "percentage_of_balance")
    if (amount is None) == (percentage is None):
        raise _MalformedError("a transfer schedule needs either an amount or a percentage")
    if amount is not None and amount <= 0:
        raise _MalformedError("a transfer schedule's amount is not positive")
    every = fields.integer("every")
    if every < 1:
        raise _MalformedError("field 'every' is below 1")
    on = fields.nested("on")
    days = tuple(_day_of_month(item) for item in on.items("days_of_month"))
    currency = transfer.optional_text("currency")
    recipient = transfer.mapping.get("recipient")
    return TransferSchedule(
        id=fields.text("id"),
        status=fields.text("status").lower(),
        every=every,
        period=fields.text("period").lower(),
        amount=amount,
        percentage_of_balance=percentage,
        currency=_currency_code(currency, "currency") if currency is not None else None,
        # An id, or the recipient object when the request expanded it.
        recipient=(
            recipient
            if isinstance(recipient, str)
            else transfer.nested("recipient").optional_text("id")
        ),
        next_dates=_next_dates(fields),
        weekdays=tuple(day.lower() for day in on.texts("weekdays")),
        days_of_month=days,
        weekday_of_month=on.optional_text("weekday_of_month"),
        in_words=fields.optional_text("in_words"),
        start_date=fields.optional_date("start_date"),
        end_date=fields.optional_date("end_date"),
    )


def _list_items(fields: _Fields) -> list[object]:
    data = fields.mapping.get("data")
    if not isinstance(data, list):
        raise _MalformedError("field 'data' is not a list")
    return data


def _page(doc: object, build_item: Callable[[object], T]) -> Page[T]:
    fields = _Fields.of(doc, "list")
    items = tuple(build_item(item) for item in _list_items(fields))
    return _page_of(fields, items)


def _page_of(fields: _Fields, items: tuple[T, ...]) -> Page[T]:
    return Page(
        items=items,
        limit=fields.integer("limit", default=len(items)),
        offset=fields.integer("offset", default=0),
        total=fields.integer("total", default=len(items)),
        order=fields.optional_text("order"),
    )


def parse_transactions(doc: object) -> Page[Transaction]:
    """Parse a list of transactions in the 2019 (`direction`, `key`) or older (`type`) shape."""
    return _parsed("transaction list", doc, lambda d: _page(d, _transaction))


def parse_transfers(doc: object) -> Page[Transfer]:
    """Parse a list of transfers (payouts) of any API version."""
    return _parsed("transfer list", doc, lambda d: _page(d, _transfer))


def _schedule_page(doc: object) -> Page[TransferSchedule]:
    fields = _Fields.of(doc, "list")
    built = (_transfer_schedule(item) for item in _list_items(fields))
    return _page_of(fields, tuple(item for item in built if item is not None))


def parse_transfer_schedules(doc: object) -> Page[TransferSchedule]:
    """Parse a list of payout schedules; charge schedules in a `GET /schedules` list are skipped.

    The next dates are read from `next_occurrences_on` (2019-05-29), `next_occurrences` or
    `next_occurrence_dates` (older recordings).
    """
    return _parsed("transfer schedule list", doc, _schedule_page)


def parse_error(doc: object) -> ErrorDocument | None:
    """Read an `object: "error"` document, or None when the body is anything else.

    The code and message are tidied for display and the log (safe_text): one line, bounded
    length, no control characters, never a key.
    """
    if not isinstance(doc, Mapping) or doc.get("object") != "error":
        return None
    code, message = doc.get("code"), doc.get("message")
    if not isinstance(code, str) or not isinstance(message, str):
        return None
    return ErrorDocument(code=safe_text(code), message=safe_text(redact(message)))
