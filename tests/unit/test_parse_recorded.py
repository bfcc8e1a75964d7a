"""The parser on responses recorded by Omise's official client libraries (tests/fixtures/omise)."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from omise_tray.omise.errors import InvalidResponseError
from omise_tray.omise.models import TransferConfig, TransferStatus
from omise_tray.omise.parse import (
    parse_account,
    parse_transactions,
    parse_transfer_schedules,
    parse_transfers,
)

RECORDED = Path(__file__).parents[1] / "fixtures" / "omise"


def recorded(name: str) -> dict[str, object]:
    document = json.loads((RECORDED / name).read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def test_every_recorded_file_is_named_in_the_readme() -> None:
    readme = (RECORDED / "README.md").read_text(encoding="utf-8")
    for path in RECORDED.glob("*.json"):
        assert f"`{path.name}`" in readme


def test_account_transfer_config_amounts_become_minor_units() -> None:
    account = parse_account(recorded("php-account-get.json"))
    assert account.email == "developer@opn.ooo"
    assert account.currency == "THB"
    assert account.transfer_config == TransferConfig(
        fee=30_00,
        min_transfer_amount=30_00,
        max_transfer_amount=1_000_000_000_00,
        payouts_enabled=False,
    )


def test_account_with_a_null_email_is_accepted() -> None:
    account = parse_account(recorded("ruby-account-get.json"))
    assert account.id == "acct_4yq6tcsyoged5c0ocxd"
    assert account.email is None
    assert account.created_at == datetime(2015, 1, 15, 4, 2, 14, tzinfo=UTC)
    assert account.transfer_config is None


@pytest.mark.parametrize(
    ("currency", "fee", "expected"),
    [
        ("jpy", "260.00", 260),
        ("jpy", "260", 260),
        ("sgd", "0.5", 50),
        ("kwd", "1.250", 1_250),
    ],
)
def test_transfer_config_follows_the_currency_exponent(
    currency: str, fee: str, expected: int
) -> None:
    document = recorded("php-account-get.json")
    document["currency"] = currency
    config = document["transfer_config"]
    assert isinstance(config, dict)
    config["fee"] = fee
    account = parse_account(document)
    assert account.transfer_config is not None
    assert account.transfer_config.fee == expected


@pytest.mark.parametrize(
    "fee",
    ["1e3", "-30.00", "30,00", " 30.00", "30.001", "0x1E", "๓๐.๐๐", "30.", ".5", 30, 30.0, ""],
)
def test_a_transfer_config_that_is_not_plain_decimals_is_left_out_not_guessed(
    fee: object, caplog: pytest.LogCaptureFixture
) -> None:
    document = recorded("php-account-get.json")
    config = document["transfer_config"]
    assert isinstance(config, dict)
    config["fee"] = fee

    account = parse_account(document)

    assert account.transfer_config is None
    assert account.id == "account_test_62e6vi5uwgkfh4aal8o"
    assert "transfer_config" in caplog.text


def test_a_transfer_config_without_the_payout_flag_allows_payouts() -> None:
    document = recorded("php-account-get.json")
    config = document["transfer_config"]
    assert isinstance(config, dict)
    del config["is_payout_enabled"]
    account = parse_account(document)
    assert account.transfer_config is not None
    assert account.transfer_config.payouts_enabled is True


def test_schedule_with_next_occurrences_and_a_fixed_amount() -> None:
    (schedule,) = parse_transfer_schedules(recorded("go-transfers-schedules-get.json")).items
    assert (schedule.id, schedule.status, schedule.every, schedule.period) == (
        "schd_57zhl296uxc7yiun6xx",
        "active",
        3,
        "week",
    )
    assert schedule.weekdays == ("monday", "saturday")
    assert (schedule.amount, schedule.percentage_of_balance, schedule.currency) == (
        1_000_00,
        None,
        "THB",
    )
    assert schedule.recipient == "rcpt_57zhl296uxc7yiun6xx"
    assert len(schedule.next_dates) == 30
    assert schedule.next_dates[:3] == (date(2017, 5, 20), date(2017, 6, 5), date(2017, 6, 10))
    assert (schedule.start_date, schedule.end_date) == (date(2017, 5, 16), date(2018, 5, 15))
    assert schedule.pays_out


def test_schedule_with_next_occurrences_on_skips_charge_schedules() -> None:
    page = parse_transfer_schedules(recorded("java-schedules-get.json"))
    (schedule,) = page.items
    assert schedule.id == "schd_test_5d07kn6k5yfxnetcryv"
    assert schedule.status == "running" and schedule.pays_out
    assert (schedule.period, schedule.days_of_month) == ("month", (1,))
    assert schedule.next_dates[:2] == (date(2018, 9, 1), date(2018, 10, 1))


def test_schedule_with_next_occurrence_dates() -> None:
    (schedule,) = parse_transfer_schedules(recorded("java-transfers-schedules-get.json")).items
    assert schedule.next_dates[0] == date(2018, 9, 1)
    assert len(schedule.next_dates) == 12
    assert schedule.in_words == "Every 1 month(s) on the 1st"


def _one_schedule(**transfer: object) -> dict[str, object]:
    document = copy.deepcopy(recorded("go-transfers-schedules-get.json"))
    data = document["data"]
    assert isinstance(data, list)
    data[0]["transfer"] = {"recipient": "recp_1", "currency": "thb", **transfer}
    return document


@pytest.mark.parametrize(
    ("share", "expected"),
    [(50, Decimal(50)), (50.0, Decimal("50.0")), (33.3, Decimal("33.3")), (100, Decimal(100))],
)
def test_percentage_schedule_keeps_the_share_exact(share: object, expected: Decimal) -> None:
    document = _one_schedule(amount=None, percentage_of_balance=share)
    (schedule,) = parse_transfer_schedules(document).items
    assert schedule.amount is None
    assert schedule.percentage_of_balance == expected


@pytest.mark.parametrize(
    "transfer",
    [
        {"amount": None, "percentage_of_balance": None},
        {"amount": 100, "percentage_of_balance": 50},
        {"amount": None, "percentage_of_balance": 0},
        {"amount": None, "percentage_of_balance": 150},
        {"amount": None, "percentage_of_balance": True},
        {"amount": None, "percentage_of_balance": "50"},
        {"amount": -100},
    ],
    ids=["neither", "both", "zero", "over-100", "bool", "text", "negative"],
)
def test_schedule_that_is_neither_amount_nor_share_is_invalid(transfer: dict[str, object]) -> None:
    with pytest.raises(InvalidResponseError):
        parse_transfer_schedules(_one_schedule(**transfer))


@pytest.mark.parametrize("status", ["expired", "deleted", "suspended"])
def test_ended_or_suspended_schedules_do_not_pay_out(status: str) -> None:
    document = _one_schedule(amount=5_000)
    data = document["data"]
    assert isinstance(data, list)
    data[0]["status"] = status
    (schedule,) = parse_transfer_schedules(document).items
    assert not schedule.pays_out


def test_transactions_2019_recording_has_transferable_at() -> None:
    page = parse_transactions(recorded("php-transactions-get.json"))
    assert (len(page.items), page.total, page.has_more) == (20, 44, True)
    first = page.items[0]
    assert (first.amount, first.direction, first.key) == (29_789, "credit", "charge.captured.net")
    assert first.transferable_at == datetime(2025, 1, 15, 6, 56, 27, tzinfo=UTC)


def test_transactions_older_recording_has_transferable() -> None:
    credit, debit = parse_transactions(recorded("go-transactions-get.json")).items
    assert (credit.direction, credit.key, credit.origin) == (
        "credit",
        "charge",
        "chrg_test_52u2h7igf601x172g23",
    )
    assert credit.transferable_at == datetime(2016, 1, 28, 5, 58, 28, tzinfo=UTC)
    assert debit.direction == "debit" and debit.amount == 192_188


def test_transfer_2025_recording_has_total_fee_sendable_and_deleted() -> None:
    (transfer,) = parse_transfers(recorded("php-transfers-get.json")).items
    assert (transfer.fee, transfer.fee_vat, transfer.total_fee, transfer.net) == (
        2_804,
        196,
        3_000,
        97_000,
    )
    assert (transfer.sendable, transfer.deleted, transfer.schedule) == (True, False, None)
    assert transfer.status is TransferStatus.PENDING


def test_a_deleted_transfer_without_a_failure_is_cancelled_not_pending() -> None:
    document = {
        "object": "list",
        "data": [recorded("php-transfer-delete.json")],
        "total": 1,
    }
    (transfer,) = parse_transfers(document).items
    assert transfer.deleted
    assert transfer.status is TransferStatus.CANCELLED


@pytest.mark.parametrize(
    ("changes", "status"),
    [
        ({}, TransferStatus.PENDING),
        ({"sent": True}, TransferStatus.SENT),
        ({"sent": True, "paid": True}, TransferStatus.PAID),
        ({"deleted": True}, TransferStatus.CANCELLED),
        ({"deleted": True, "failure_code": "insufficient_balance"}, TransferStatus.FAILED),
        ({"failure_code": "invalid_recipient"}, TransferStatus.FAILED),
    ],
)
def test_transfer_status_follows_failure_deletion_and_progress(
    changes: dict[str, object], status: TransferStatus
) -> None:
    document = recorded("php-transfers-get.json")
    data = document["data"]
    assert isinstance(data, list)
    data[0].update(changes)
    (transfer,) = parse_transfers(document).items
    assert transfer.status is status


def test_a_transfer_without_total_fee_adds_fee_and_vat() -> None:
    document = recorded("php-transfers-get.json")
    data = document["data"]
    assert isinstance(data, list)
    del data[0]["total_fee"]
    (transfer,) = parse_transfers(document).items
    assert transfer.total_fee == 3_000
