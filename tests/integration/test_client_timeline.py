"""The client's reading for the money timeline: transaction pages, schedules, over loopback HTTP."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from omise_tray.omise.client import OmiseClient
from tests.conftest import ScriptedServer

NOW = datetime(2025, 3, 20, 10, 0, tzinfo=UTC)


@pytest.fixture
def client(server: ScriptedServer, secret_key: str) -> OmiseClient:
    return OmiseClient(secret_key, api_base=server.base_url, deadline=20.0)


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def transaction(number: int, *, settles_in: timedelta, amount: int = 1_000) -> dict[str, object]:
    created = NOW - timedelta(minutes=number)
    return {
        "object": "transaction",
        "id": f"trxn_test_{number:05d}",
        "amount": amount,
        "currency": "THB",
        "direction": "credit",
        "key": "charge.captured.net",
        "origin": f"chrg_test_{number:05d}",
        "transferable_at": iso(NOW + settles_in),
        "created_at": iso(created),
    }


def page(numbers: range, total: int, *, settles_in: timedelta) -> dict[str, object]:
    return {
        "object": "list",
        "data": [transaction(n, settles_in=settles_in) for n in numbers],
        "limit": 100,
        "offset": numbers.start,
        "total": total,
        "order": "reverse_chronological",
    }


FUTURE = timedelta(days=2)
PAST = -timedelta(hours=1)


def test_pages_are_read_newest_first_until_one_ends_already_transferable(
    server: ScriptedServer, client: OmiseClient
) -> None:
    server.answer(page(range(0, 100), 400, settles_in=FUTURE))
    server.answer(page(range(100, 200), 400, settles_in=PAST))

    found = client.upcoming_transactions(NOW)

    assert (len(found.items), found.complete, found.pages) == (200, True, 2)
    assert [seen.path for seen in server.seen] == [
        "/transactions?limit=100&offset=0&order=reverse_chronological",
        "/transactions?limit=100&offset=100&order=reverse_chronological",
    ]


def test_at_most_five_pages_are_read_and_the_result_says_it_is_incomplete(
    server: ScriptedServer, client: OmiseClient
) -> None:
    for start in range(0, 700, 100):
        server.answer(page(range(start, start + 100), 1_000, settles_in=FUTURE))

    found = client.upcoming_transactions(NOW)

    assert (len(found.items), found.complete, found.pages) == (500, False, 5)
    assert len(server.seen) == 5


def test_the_end_of_the_list_ends_the_reading(server: ScriptedServer, client: OmiseClient) -> None:
    server.answer(page(range(0, 30), 30, settles_in=FUTURE))

    found = client.upcoming_transactions(NOW)

    assert (len(found.items), found.complete, found.pages) == (30, True, 1)


def test_credits_that_account_for_the_pending_balance_end_the_reading(
    server: ScriptedServer, client: OmiseClient
) -> None:
    # Each page holds 100 future credits of 1,000: the second page brings 200,000 to come.
    for start in range(0, 500, 100):
        server.answer(page(range(start, start + 100), 1_000, settles_in=FUTURE))

    found = client.upcoming_transactions(NOW, pending=150_000)

    assert (found.pages, found.complete) == (2, True)


def test_a_transaction_seen_twice_while_paging_counts_once(
    server: ScriptedServer, client: OmiseClient
) -> None:
    # A new sale between the two requests shifts the list: the second page repeats number 99.
    server.answer(page(range(0, 100), 300, settles_in=FUTURE))
    server.answer(page(range(99, 199), 301, settles_in=PAST))

    found = client.upcoming_transactions(NOW)

    assert len(found.items) == 199
    assert len({item.id for item in found.items}) == 199


def test_transactions_since_asks_for_the_window_in_utc(
    server: ScriptedServer, client: OmiseClient
) -> None:
    server.answer(page(range(0, 100), 150, settles_in=PAST))
    server.answer(page(range(100, 150), 150, settles_in=PAST))
    bangkok = datetime(2025, 2, 19, 0, 0, tzinfo=ZoneInfo("Asia/Bangkok"))

    found = client.transactions_since(bangkok)

    assert (len(found.items), found.complete) == (150, True)
    assert server.seen[0].path == (
        "/transactions?limit=100&offset=0&order=reverse_chronological&from=2025-02-18T17%3A00%3A00Z"
    )


def test_a_time_without_zone_is_refused_before_any_request(
    server: ScriptedServer, client: OmiseClient
) -> None:
    with pytest.raises(ValueError, match="time zone"):
        client.transactions_since(datetime(2025, 2, 18))
    assert server.seen == []


def test_transfer_schedules_are_read_in_one_page_of_a_hundred(
    server: ScriptedServer, client: OmiseClient
) -> None:
    server.answer(
        {
            "object": "list",
            "data": [
                {
                    "object": "schedule",
                    "id": "schd_test_1",
                    "status": "active",
                    "every": 1,
                    "period": "week",
                    "on": {"weekdays": ["friday"]},
                    "transfer": {
                        "recipient": "recp_test_1",
                        "amount": 1_500_000,
                        "currency": "THB",
                    },
                    "next_occurrences_on": ["2025-03-21", "2025-03-28"],
                }
            ],
            "limit": 100,
            "offset": 0,
            "total": 1,
        }
    )

    (schedule,) = client.transfer_schedules().items

    assert schedule.amount == 1_500_000 and len(schedule.next_dates) == 2
    assert server.seen[0].path == "/transfers/schedules?limit=100&offset=0"
