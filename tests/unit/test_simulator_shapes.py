"""Specification of the JSON documents the simulator sends for each Omise API version."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from omise_tray.core.balance import normalise_balance
from omise_tray.simulator import shapes
from omise_tray.simulator.accounts import AccountSnapshot
from omise_tray.simulator.api import QueryError, list_window
from omise_tray.simulator.ledger import BankAccount, Direction, Transaction, Transfer
from omise_tray.simulator.shapes import Timeline

TIMELINE = Timeline(datetime(2024, 3, 1, 9, 0, tzinfo=UTC))
LEGACY = ("2014-07-27", "2015-11-17", "2017-11-02")
SHOP = AccountSnapshot(
    name="Bangkok Coffee",
    id="acct_test_1",
    email="owner@example.com",
    country="TH",
    currency="THB",
    livemode=False,
    default_version="2019-05-29",
    team="team_test_1",
    created_at=-86_400.0,
    total=1_523_450,
    available=1_187_200,
    reserve=5_000,
)


@pytest.mark.parametrize("version", LEGACY)
def test_legacy_balance_has_lowercase_currency_available_and_reserve_amount(version: str) -> None:
    document = shapes.balance(SHOP, version, 0.0, TIMELINE)
    assert document == {
        "object": "balance",
        "livemode": False,
        "location": "/balance",
        "currency": "thb",
        "total": 1_523_450,
        "available": 1_187_200,
        "reserve_amount": 5_000,
    }


def test_2019_balance_has_uppercase_currency_transferable_reserve_and_created_at() -> None:
    document = shapes.balance(SHOP, "2019-05-29", 60.0, TIMELINE)
    assert document == {
        "object": "balance",
        "livemode": False,
        "location": "/balance",
        "currency": "THB",
        "total": 1_523_450,
        "transferable": 1_187_200,
        "reserve": 5_000,
        "created_at": "2024-03-01T09:01:00Z",
    }


@pytest.mark.parametrize("version", [*LEGACY, "2019-05-29"])
def test_every_balance_shape_normalises_to_the_same_balance(version: str) -> None:
    balance = normalise_balance(shapes.balance(SHOP, version, 0.0, TIMELINE))
    assert (balance.currency, balance.total, balance.available, balance.reserve) == (
        "THB",
        1_523_450,
        1_187_200,
        5_000,
    )


@pytest.mark.parametrize(
    ("version", "created_field", "currency"),
    [("2017-11-02", "created", "thb"), ("2019-05-29", "created_at", "THB")],
)
def test_account_names_its_creation_time_by_version(
    version: str, created_field: str, currency: str
) -> None:
    document = shapes.account(SHOP, version, TIMELINE)
    assert document[created_field] == "2024-02-29T09:00:00Z"
    assert document["currency"] == currency
    assert document["supported_currencies"] == [currency]
    assert {"id", "email", "country", "api_version", "livemode", "team"} <= document.keys()


CHARGE = Transaction(
    "trxn_test_1", 11_862, Direction.CREDIT, "charge.captured.net", "chrg_test_1", 0.0, 30.0
)


def test_legacy_transaction_has_type_source_transferable_and_created() -> None:
    document = shapes.transaction(CHARGE, SHOP, "2015-11-17", TIMELINE)
    assert document["type"] == "credit"
    assert document["source"] == "chrg_test_1"
    assert document["transferable"] == "2024-03-01T09:00:30Z"
    assert document["created"] == "2024-03-01T09:00:00Z"
    assert not {"direction", "key", "origin", "created_at"} & document.keys()


def test_2019_transaction_has_direction_key_origin_and_transferable_at() -> None:
    document = shapes.transaction(CHARGE, SHOP, "2019-05-29", TIMELINE)
    assert (document["direction"], document["key"], document["origin"]) == (
        "credit",
        "charge.captured.net",
        "chrg_test_1",
    )
    assert document["transferable_at"] == "2024-03-01T09:00:30Z"
    assert document["created_at"] == "2024-03-01T09:00:00Z"
    assert not {"type", "source", "created"} & document.keys()


def test_transfer_is_sent_and_paid_only_once_simulated_time_passes_those_moments() -> None:
    payout = Transfer("trsf_test_1", 100_000, 2_500, 175, 0.0, 10.0, 100.0)
    bank = BankAccount("kbank", "7702", "Bangkok Coffee Co., Ltd.")
    early = shapes.transfer(
        payout, SHOP, bank=bank, version="2019-05-29", now=5.0, timeline=TIMELINE
    )
    late = shapes.transfer(
        payout, SHOP, bank=bank, version="2019-05-29", now=200.0, timeline=TIMELINE
    )
    assert (early["sent"], early["paid"], early["sent_at"], early["paid_at"]) == (
        False,
        False,
        None,
        None,
    )
    assert (late["sent"], late["paid"]) == (True, True)
    assert late["net"] == 100_000 - 2_500 - 175
    assert late["bank_account"] == {
        "object": "bank_account",
        "brand": "kbank",
        "last_digits": "7702",
        "name": "Bangkok Coffee Co., Ltd.",
    }


def test_errors_have_omise_error_shape() -> None:
    assert shapes.error("authentication_failure", "authentication failed") == {
        "object": "error",
        "location": "https://www.omise.co/api-errors#authentication-failure",
        "code": "authentication_failure",
        "message": "authentication failed",
    }


def test_list_window_defaults_to_twenty_chronological_from_the_epoch() -> None:
    window, start, end = list_window({}, 60.0, TIMELINE)
    assert (window.limit, window.offset, window.order) == (20, 0, "chronological")
    assert (window.from_time, window.to_time) == ("1970-01-01T00:00:00Z", "2024-03-01T09:01:00Z")
    assert start < 0 and end == 60.0


def test_list_window_lowers_a_limit_above_one_hundred() -> None:
    window, _, _ = list_window({"limit": ["500"]}, 0.0, TIMELINE)
    assert window.limit == 100


def test_list_window_reads_from_and_to_as_utc_times() -> None:
    window, start, end = list_window(
        {"from": ["2024-03-01"], "to": ["2024-03-01T10:00:00Z"]}, 0.0, TIMELINE
    )
    assert (start, end) == (-9 * 3600.0, 3600.0)
    assert window.from_time == "2024-03-01T00:00:00Z"


@pytest.mark.parametrize(
    "query",
    [
        {"limit": ["0"]},
        {"limit": ["ten"]},
        {"limit": ["-5"]},
        {"offset": ["-1"]},
        {"offset": ["1.5"]},
        {"order": ["newest"]},
        {"from": ["yesterday"]},
        {"to": ["2024-13-01"]},
    ],
)
def test_list_window_refuses_malformed_parameters(query: dict[str, list[str]]) -> None:
    with pytest.raises(QueryError):
        list_window(query, 0.0, TIMELINE)
