"""Turn Omise JSON documents of any API version into the app's records, or a typed error."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TypeVar

from omise_tray.core.balance import INT64_MAX, Balance, normalise_balance
from omise_tray.core.redact import redact
from omise_tray.core.text_safety import safe_text
from omise_tray.omise.errors import InvalidResponseError
from omise_tray.omise.models import Account, Direction, ErrorDocument, Page, Transaction, Transfer

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


def _account(doc: object) -> Account:
    fields = _Fields.of(doc, "account")
    currencies = fields.mapping.get("supported_currencies") or []
    if not isinstance(currencies, list) or not all(isinstance(c, str) for c in currencies):
        raise _MalformedError("field 'supported_currencies' is not a list of currency codes")
    currency = fields.optional_text("currency")
    country = fields.optional_text("country")
    return Account(
        id=fields.text("id"),
        email=safe_text(fields.text("email")),
        country=safe_text(country.upper()) if country is not None else None,
        currency=_currency_code(currency, "currency") if currency is not None else None,
        supported_currencies=tuple(_currency_code(c, "supported_currencies") for c in currencies),
        livemode=fields.optional_flag("livemode"),
        api_version=fields.optional_text("api_version"),
        created_at=fields.optional_time("created_at", "created"),
        team=_shown(fields.optional_text("team")),
    )


def parse_account(doc: object) -> Account:
    """Parse an account object (`created` before 2019, `created_at` after)."""
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
    return Transfer(
        id=fields.text("id"),
        amount=fields.integer("amount"),
        currency=fields.currency(),
        fee=fields.integer("fee", default=0),
        fee_vat=fields.integer("fee_vat", default=0),
        net=fields.optional_integer("net"),
        sent=fields.flag("sent", default=False),
        paid=fields.flag("paid", default=False),
        sent_at=fields.optional_time("sent_at"),
        paid_at=fields.optional_time("paid_at"),
        failure_code=_shown(fields.optional_text("failure_code")),
        failure_message=_shown(fields.optional_text("failure_message")),
        created_at=fields.optional_time("created_at", "created"),
        bank_brand=_shown(bank.optional_text("brand")),
        bank_last_digits=_shown(bank.optional_text("last_digits")),
        bank_name=_shown(bank.optional_text("name")),
    )


def _page(doc: object, build_item: Callable[[object], T]) -> Page[T]:
    fields = _Fields.of(doc, "list")
    data = fields.mapping.get("data")
    if not isinstance(data, list):
        raise _MalformedError("field 'data' is not a list")
    items = tuple(build_item(item) for item in data)
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
