"""The simulator's money timeline over real HTTP, read by the app's own client and rules."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
import requests

from omise_tray.core.outlook import build_outlook
from omise_tray.core.reconstruction import fetch_from, reconstruct_history
from omise_tray.omise.client import OmiseClient
from omise_tray.omise.models import TransferConfig
from omise_tray.simulator import Simulator, demo_accounts
from omise_tray.simulator.ledger import Direction

VERSIONS = ("2015-11-17", "2019-05-29")
# Monday 17 March 2025, 09:00 in Bangkok.
ORIGIN = datetime(2025, 3, 17, 2, 0, tzinfo=UTC)
BANGKOK = timezone(timedelta(hours=7))
TOKYO = timezone(timedelta(hours=9))


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(demo_accounts(ORIGIN), origin=ORIGIN) as simulator:
        yield simulator


def client_of(sim: Simulator, name: str, version: str = "2019-05-29") -> OmiseClient:
    return OmiseClient(sim.account(name).key, api_base=sim.base_url, api_version=version)


@pytest.mark.parametrize("version", VERSIONS)
def test_schedules_in_both_version_shapes(sim: Simulator, version: str) -> None:
    response = requests.get(
        sim.base_url + "/transfers/schedules",
        auth=(sim.account("Osaka Ramen").key, ""),
        headers={"Omise-Version": version},
        timeout=(5, 15),
    )
    (document,) = response.json()["data"]
    legacy = version != "2019-05-29"
    assert ("next_occurrences" in document) is legacy
    assert ("next_occurrences_on" in document) is not legacy
    assert document["transfer"]["percentage_of_balance"] == 50.0
    assert document["transfer"]["currency"] == ("jpy" if legacy else "JPY")


@pytest.mark.parametrize("version", VERSIONS)
def test_the_client_reads_the_weekly_and_the_monthly_schedule(sim: Simulator, version: str) -> None:
    with client_of(sim, "Bangkok Coffee", version) as client:
        (weekly,) = client.transfer_schedules().items
    with client_of(sim, "Osaka Ramen", version) as client:
        (monthly,) = client.transfer_schedules().items
    assert (weekly.period, weekly.weekdays, weekly.amount) == ("week", ("friday",), 1_000_000)
    assert weekly.next_dates[0].isoformat() == "2025-03-21"
    assert all(day.weekday() == 4 for day in weekly.next_dates)
    assert (monthly.period, monthly.amount) == ("month", None)
    assert monthly.percentage_of_balance == 50
    assert monthly.next_dates[0].isoformat() == "2025-03-21"  # four days after Monday
    assert weekly.pays_out and monthly.pays_out


def test_the_thai_shop_states_its_payout_terms(sim: Simulator) -> None:
    with client_of(sim, "Bangkok Coffee") as client:
        account = client.account()
    assert account.transfer_config == TransferConfig(
        fee=3_000, min_transfer_amount=3_000, max_transfer_amount=100_000_000_000
    )
    with client_of(sim, "Osaka Ramen") as client:
        assert client.account().transfer_config is None


@pytest.mark.parametrize("version", VERSIONS)
def test_the_pending_balance_is_the_incoming_money_of_the_outlook(
    sim: Simulator, version: str
) -> None:
    now = ORIGIN + timedelta(seconds=sim.now())
    for name, zone in (("Bangkok Coffee", BANGKOK), ("Osaka Ramen", TOKYO)):
        with client_of(sim, name, version) as client:
            balance = client.balance()
            recent = client.upcoming_transactions(now, pending=balance.pending)
            schedules = client.transfer_schedules().items
            terms = client.account().transfer_config
        outlook = build_outlook(
            balance, recent.items, schedules, terms, now=now, zone=zone, low_line=0
        )
        assert recent.complete
        assert sum(item.amount for item in outlook.incoming) == balance.pending > 0, name
        assert outlook.incoming[0].date > outlook.today
        assert outlook.payouts, name


def test_transfers_carry_total_fee_and_schedule_in_2019() -> None:
    (coffee,) = [shop for shop in demo_accounts(ORIGIN) if shop.name == "Bangkok Coffee"]
    coffee.trading = None  # days pass quickly without its compressed trading
    with Simulator([coffee], origin=ORIGIN) as sim:
        sim.advance(4 * 86_400 + 3_600.0)  # past Friday 10:00 in Bangkok
        with client_of(sim, "Bangkok Coffee") as client:
            newest = client.transfers(limit=1, order="reverse_chronological").items[0]
    assert (newest.amount, newest.total_fee, newest.fee, newest.fee_vat) == (
        1_000_000,
        3_000,
        2_804,
        196,
    )
    assert newest.schedule == "schd_test_5simbangkokcoffeeweekly"
    assert newest.sendable is False and newest.deleted is False


@pytest.mark.parametrize("version", VERSIONS)
def test_history_reconstructed_from_transactions_matches_the_simulators_ledger(
    sim: Simulator, version: str
) -> None:
    now = ORIGIN + timedelta(seconds=sim.now())
    for shop in sim.accounts:
        with client_of(sim, shop.name, version) as client:
            balance = client.balance()
            recent = client.transactions_since(fetch_from(now))
        points = reconstruct_history(
            balance.total, balance.available, recent.items, now=now, complete=recent.complete
        )
        assert recent.complete
        # The demo's history starts 14 days back: a month ago the shop had nothing.
        assert (points[0].at, points[0].total, points[0].available) == (
            now - timedelta(days=30),
            0,
            0,
        )
        for point in points:
            second = (point.at - ORIGIN).total_seconds()
            total = sum(t.signed_amount for t in shop.transactions if t.at <= second)
            available = sum(
                t.signed_amount
                for t in shop.transactions
                if (t.transferable_at if t.direction is Direction.CREDIT else t.at) <= second
            )
            assert (point.total, point.available) == (total, available), (shop.name, point.at)
