"""Parsing every documented shape of balance, account, transaction, transfer and error."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest

from omise_tray.core.balance import Balance
from omise_tray.omise.errors import InvalidResponseError
from omise_tray.omise.models import ErrorDocument, Page
from omise_tray.omise.parse import (
    NOT_UNDERSTOOD,
    decode_json,
    parse_account,
    parse_balance,
    parse_error,
    parse_transactions,
    parse_transfers,
)

CREATED = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)

# Every balance shape of OMISE_API.md, with the Balance it normalises to.
BALANCE_SHAPES = [
    pytest.param(
        {
            "object": "balance",
            "livemode": False,
            "location": "/balance",
            "currency": "thb",
            "total": 1_523_450,
            "available": 1_187_200,
            "reserve_amount": 0,
        },
        Balance("THB", False, 1_523_450, 1_187_200, 1_187_200, 0, 0, None),
        id="2014-07-27 available, reserve_amount, lowercase currency",
    ),
    pytest.param(
        {
            "object": "balance",
            "livemode": True,
            "location": "/balance",
            "currency": "jpy",
            "total": 98_000,
            "available": 90_000,
            "reserve_amount": 5_000,
            "on_hold": 1_000,
        },
        Balance("JPY", True, 98_000, 90_000, 90_000, 5_000, 1_000, None),
        id="2015-11-17 with on_hold",
    ),
    pytest.param(
        {
            "object": "balance",
            "livemode": False,
            "location": "/balance",
            "currency": "sgd",
            "total": 50_000,
            "available": 20_000,
            "reserve_amount": 2_500,
        },
        Balance("SGD", False, 50_000, 20_000, 20_000, 2_500, 0, None),
        id="2017-11-02 available and reserve_amount",
    ),
    pytest.param(
        {
            "object": "balance",
            "livemode": False,
            "location": "/balance",
            "currency": "THB",
            "total": 1_523_450,
            "transferable": 1_187_200,
            "reserve": 30_000,
            "created_at": "2024-05-01T08:00:00Z",
        },
        Balance("THB", False, 1_523_450, 1_187_200, 1_187_200, 30_000, 0, CREATED),
        id="2019-05-29 transferable, integer reserve, created_at with Z",
    ),
    pytest.param(
        {
            "object": "balance",
            "livemode": False,
            "currency": "THB",
            "total": 500_000,
            "transferable": 400_000,
            "reserve": {"amount": 50_000, "percentage": 10.0},
            "created_at": "2024-05-01T08:00:00Z",
        },
        Balance("THB", False, 500_000, 400_000, 400_000, 50_000, 0, CREATED),
        id="reserve as an object with amount and percentage",
    ),
    pytest.param(
        {
            "object": "balance",
            "livemode": False,
            "currency": "THB",
            "total": 500_000,
            "transferable": 400_000,
            "on_hold": 7_000,
            "created_at": "2024-05-01T08:00:00Z",
        },
        Balance("THB", False, 500_000, 400_000, 400_000, 0, 7_000, CREATED),
        id="2019-05-29 on_hold present",
    ),
    pytest.param(
        {
            "object": "balance",
            "livemode": False,
            "currency": "THB",
            "total": 500_000,
            "available": 400_000,
            "transferable": 300_000,
        },
        Balance("THB", False, 500_000, 400_000, 300_000, 0, 0, None),
        id="both available and transferable kept apart",
    ),
    pytest.param(
        {
            "object": "balance",
            "livemode": False,
            "currency": "thb",
            "total": 100_000,
            "available": 380_000,
            "reserve_amount": 0,
        },
        Balance("THB", False, 100_000, 380_000, 380_000, 0, 0, None),
        id="available above total, as in Omise's own fixtures",
    ),
]


@pytest.mark.parametrize(("document", "expected"), BALANCE_SHAPES)
def test_every_documented_balance_shape_normalises(
    document: dict[str, object], expected: Balance
) -> None:
    assert parse_balance(document) == expected


def test_available_above_total_is_shown_and_logged_not_refused(
    caplog: pytest.LogCaptureFixture,
) -> None:
    document = {
        "object": "balance",
        "livemode": False,
        "currency": "thb",
        "total": 100,
        "available": 380,
    }
    with caplog.at_level(logging.WARNING):
        balance = parse_balance(document)
    assert balance.inconsistent and balance.pending == 0
    assert any("more available" in record.getMessage() for record in caplog.records)


@pytest.mark.parametrize(
    "document",
    [
        pytest.param({"object": "account", "id": "acct_1", "email": "a@b.c"}, id="wrong object"),
        pytest.param(
            {"livemode": False, "currency": "THB", "total": 1, "transferable": 1},
            id="no object field",
        ),
        pytest.param(
            {
                "object": "balance",
                "livemode": False,
                "currency": "THB",
                "total": "1",
                "transferable": 1,
            },
            id="amount as text",
        ),
        pytest.param(
            {
                "object": "balance",
                "livemode": False,
                "currency": "THB",
                "total": 1.5,
                "transferable": 1,
            },
            id="amount as float",
        ),
        pytest.param(
            {
                "object": "balance",
                "livemode": "no",
                "currency": "THB",
                "total": 1,
                "transferable": 1,
            },
            id="livemode as text",
        ),
        pytest.param(
            {"object": "balance", "livemode": False, "currency": "THB", "total": 1},
            id="neither available nor transferable",
        ),
        pytest.param(
            {
                "object": "balance",
                "livemode": False,
                "currency": "฿฿฿",
                "total": 1,
                "transferable": 1,
            },
            id="currency not a code",
        ),
        pytest.param([{"object": "balance"}], id="a list"),
        pytest.param(None, id="null"),
    ],
)
def test_malformed_balances_raise_invalid_response_with_a_sentence(document: object) -> None:
    with pytest.raises(InvalidResponseError) as refused:
        parse_balance(document)
    assert refused.value.message == NOT_UNDERSTOOD


@pytest.mark.parametrize(
    "body",
    [
        b"<html><body>502 Bad Gateway</body></html>",
        b'{"object": "bal',
        b"\xff\xfe",
        b"",
        b"[" * 100_000,
    ],
    ids=["html", "truncated", "not utf-8", "empty", "deeply nested"],
)
def test_bodies_that_are_not_json_raise_invalid_response(body: bytes) -> None:
    with pytest.raises(InvalidResponseError):
        decode_json(body)


def test_account_2019_shape() -> None:
    account = parse_account(
        {
            "object": "account",
            "id": "acct_5x",
            "email": "shop@example.com",
            "country": "th",
            "currency": "thb",
            "supported_currencies": ["thb", "usd"],
            "livemode": False,
            "api_version": "2019-05-29",
            "created_at": "2024-05-01T08:00:00Z",
            "team": "team_5x",
        }
    )
    assert (account.id, account.email, account.country, account.currency) == (
        "acct_5x",
        "shop@example.com",
        "TH",
        "THB",
    )
    assert account.supported_currencies == ("THB", "USD")
    assert (account.livemode, account.api_version, account.created_at, account.team) == (
        False,
        "2019-05-29",
        CREATED,
        "team_5x",
    )


def test_account_2014_shape_has_created_and_few_fields() -> None:
    account = parse_account(
        {
            "object": "account",
            "id": "acct_5x",
            "email": "shop@example.com",
            "created": "2024-05-01T08:00:00Z",
        }
    )
    assert account.created_at == CREATED
    assert account.currency is None and account.supported_currencies == ()


def _list(items: list[dict[str, object]], **extra: object) -> dict[str, object]:
    return {
        "object": "list",
        "data": items,
        "limit": 2,
        "offset": 0,
        "total": 5,
        "order": "reverse_chronological",
        **extra,
    }


def test_transactions_2019_shape_uses_direction_and_key() -> None:
    page = parse_transactions(
        _list(
            [
                {
                    "object": "transaction",
                    "id": "trxn_1",
                    "amount": 96_350,
                    "currency": "THB",
                    "direction": "credit",
                    "key": "charge.captured.net",
                    "origin": "chrg_test_1",
                    "transferable_at": "2024-05-04T08:00:00Z",
                    "created_at": "2024-05-01T08:00:00Z",
                },
            ]
        )
    )
    (item,) = page.items
    assert (item.direction, item.key, item.origin, item.currency) == (
        "credit",
        "charge.captured.net",
        "chrg_test_1",
        "THB",
    )
    assert item.transferable_at == datetime(2024, 5, 4, 8, 0, tzinfo=UTC)
    assert item.created_at == CREATED


@pytest.mark.parametrize(
    ("source", "kind", "expected_key"),
    [
        ("chrg_test_1", "credit", "charge"),
        ("rfnd_test_1", "debit", "refund"),
        ("trsf_test_1", "debit", "transfer"),
        ("dspt_test_1", "debit", "dispute"),
        ("zzzz_test_1", "debit", "debit"),
    ],
)
def test_transactions_before_2019_derive_key_from_source(
    source: str, kind: str, expected_key: str
) -> None:
    page = parse_transactions(
        _list(
            [
                {
                    "object": "transaction",
                    "id": "trxn_1",
                    "type": kind,
                    "amount": 100,
                    "currency": "thb",
                    "source": source,
                    "transferable": "2024-05-04T08:00:00Z",
                    "created": "2024-05-01T08:00:00Z",
                }
            ]
        )
    )
    (item,) = page.items
    assert (item.direction, item.key, item.origin, item.currency) == (
        kind,
        expected_key,
        source,
        "THB",
    )
    assert item.transferable_at is not None and item.created_at == CREATED


def test_transfer_with_fees_and_bank_account() -> None:
    page = parse_transfers(
        _list(
            [
                {
                    "object": "transfer",
                    "id": "trsf_1",
                    "amount": 100_000,
                    "fee": 2_500,
                    "fee_vat": 175,
                    "net": 97_325,
                    "sent": True,
                    "paid": False,
                    "sent_at": "2024-05-01T08:00:00Z",
                    "paid_at": None,
                    "failure_code": None,
                    "failure_message": None,
                    "currency": "thb",
                    "created_at": "2024-05-01T08:00:00Z",
                    "bank_account": {"brand": "bbl", "last_digits": "6789", "name": "Somchai"},
                },
                {
                    "object": "transfer",
                    "id": "trsf_2",
                    "amount": 5_000,
                    "currency": "thb",
                    "failure_code": "insufficient_balance",
                    "failure_message": "insufficient balance",
                    "created": "2024-05-01T08:00:00Z",
                },
            ]
        )
    )
    first, second = page.items
    assert (first.fee, first.fee_vat, first.net, first.sent, first.paid) == (
        2_500,
        175,
        97_325,
        True,
        False,
    )
    assert (first.bank_brand, first.bank_last_digits, first.bank_name) == ("bbl", "6789", "Somchai")
    assert (second.fee, second.net, second.failure_code) == (0, None, "insufficient_balance")
    assert second.created_at == CREATED


@pytest.mark.parametrize(
    ("offset", "count", "total", "has_more"),
    [(0, 2, 5, True), (3, 2, 5, False), (0, 0, 0, False), (4, 1, 5, False)],
)
def test_page_has_more_when_items_lie_beyond_it(
    offset: int, count: int, total: int, has_more: bool
) -> None:
    page = Page(items=tuple(range(count)), limit=2, offset=offset, total=total)
    assert page.has_more is has_more


def test_list_item_of_the_wrong_object_is_invalid() -> None:
    with pytest.raises(InvalidResponseError):
        parse_transfers(_list([{"object": "transaction", "id": "trxn_1"}]))


def test_time_without_zone_is_invalid() -> None:
    with pytest.raises(InvalidResponseError):
        parse_account(
            {"object": "account", "id": "a", "email": "e", "created_at": "2024-05-01T08:00:00"}
        )


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            {"object": "error", "code": "not_found", "message": "customer was not found"},
            ErrorDocument("not_found", "customer was not found"),
        ),
        (
            {"object": "error", "code": "bad_request", "message": "bad\n\tinput\x07 here"},
            ErrorDocument("bad_request", "bad input here"),
        ),
        (
            {"object": "error", "code": "x", "message": "key skey_test_5fixturekey0000000000 bad"},
            ErrorDocument("x", "key skey_test_…0000 bad"),
        ),
        (
            {"object": "error", "code": "x", "message": "m" * 500},
            ErrorDocument("x", "m" * 199 + "…"),
        ),
        ({"object": "balance"}, None),
        ({"object": "error", "code": 401, "message": "no"}, None),
        ("<html>", None),
    ],
    ids=[
        "plain",
        "control characters",
        "key in message",
        "long",
        "not an error",
        "bad code",
        "text",
    ],
)
def test_error_documents_are_read_and_tidied(
    document: object, expected: ErrorDocument | None
) -> None:
    assert parse_error(document) == expected
