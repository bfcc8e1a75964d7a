"""Property: whatever JSON arrives, a parser returns its record or raises InvalidResponseError."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omise_tray.core.balance import Balance
from omise_tray.omise.errors import InvalidResponseError
from omise_tray.omise.models import Account, ErrorDocument, Page
from omise_tray.omise.parse import (
    parse_account,
    parse_balance,
    parse_error,
    parse_transactions,
    parse_transfer_schedules,
    parse_transfers,
)

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=15), children, max_size=6)
    ),
    max_leaves=30,
)
# Objects close to real documents, so the fuzzing reaches past the first type check.
field_values = scalars | st.dictionaries(st.sampled_from(["amount", "percentage"]), scalars)
BALANCE_FIELDS = [
    "livemode",
    "currency",
    "total",
    "available",
    "transferable",
    "reserve",
    "reserve_amount",
    "on_hold",
    "created_at",
    "created",
    "location",
]
balance_like = st.fixed_dictionaries(
    {"object": st.just("balance")},
    optional={name: field_values for name in BALANCE_FIELDS},
)
TRANSACTION_FIELDS = [
    "id",
    "amount",
    "currency",
    "direction",
    "type",
    "key",
    "origin",
    "source",
    "transferable_at",
    "transferable",
    "created_at",
    "created",
]
transaction_like = st.fixed_dictionaries(
    {"object": st.just("transaction")},
    optional={name: field_values for name in TRANSACTION_FIELDS},
)
SCHEDULE_FIELDS = [
    "id",
    "status",
    "every",
    "period",
    "on",
    "transfer",
    "charge",
    "next_occurrences_on",
    "next_occurrences",
    "start_date",
]
schedule_like = st.fixed_dictionaries(
    {"object": st.just("schedule")},
    optional={name: field_values | st.lists(scalars, max_size=3) for name in SCHEDULE_FIELDS},
)
list_like = st.fixed_dictionaries(
    {
        "object": st.just("list"),
        "data": st.lists(transaction_like | schedule_like | json_values, max_size=3),
    },
    optional={name: field_values for name in ["limit", "offset", "total", "order"]},
)

PARSERS: list[tuple[Callable[[object], object], type]] = [
    (parse_balance, Balance),
    (parse_account, Account),
    (parse_transactions, Page),
    (parse_transfers, Page),
    (parse_transfer_schedules, Page),
]


@pytest.mark.parametrize(
    ("parser", "record"), PARSERS, ids=lambda item: getattr(item, "__name__", "")
)
@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=json_values | balance_like | list_like)
def test_parser_returns_a_record_or_invalid_response(
    parser: Callable[[object], object], record: type, document: object
) -> None:
    try:
        result = parser(document)
    except InvalidResponseError:
        return
    assert isinstance(result, record)


@given(document=balance_like)
def test_balance_like_documents_never_crash_the_balance_parser(document: object) -> None:
    try:
        balance = parse_balance(document)
    except InvalidResponseError:
        return
    assert balance.pending >= 0
    assert balance.currency.isupper()


@given(document=json_values)
def test_error_parser_returns_a_document_or_none(document: object) -> None:
    result = parse_error(document)
    assert result is None or isinstance(result, ErrorDocument)
