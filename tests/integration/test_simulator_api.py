"""Specification of the simulator's Omise endpoints, seen over real HTTP on loopback."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import requests

from omise_tray.simulator import Simulator, demo_accounts

VERSIONS = ("2014-07-27", "2015-11-17", "2017-11-02", "2019-05-29")
LEGACY = VERSIONS[:3]
TIMEOUT = (5, 15)
ORIGIN = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(demo_accounts(), origin=ORIGIN) as simulator:
        yield simulator


def get(
    sim: Simulator,
    path: str,
    *,
    account: str | None = "Bangkok Coffee",
    version: str | None = "2019-05-29",
    **params: str | int,
) -> requests.Response:
    auth = (sim.account(account).key, "") if account else None
    headers = {"Omise-Version": version} if version else {}
    return requests.get(
        sim.base_url + path, auth=auth, headers=headers, params=params, timeout=TIMEOUT
    )


def test_base_url_is_loopback_on_the_chosen_port(sim: Simulator) -> None:
    assert sim.base_url.startswith("http://127.0.0.1:")
    assert int(sim.base_url.rsplit(":", 1)[1]) > 0


@pytest.mark.parametrize("version", VERSIONS)
def test_balance_in_every_version_shape(sim: Simulator, version: str) -> None:
    document = get(sim, "/balance", account="Osaka Ramen", version=version).json()
    assert document["object"] == "balance"
    assert document["total"] == 186_400
    if version in LEGACY:
        assert document["currency"] == "jpy"
        assert document["available"] == 142_900
        assert "reserve_amount" in document and "transferable" not in document
    else:
        assert document["currency"] == "JPY"
        assert document["transferable"] == 142_900
        assert "reserve" in document and "available" not in document


@pytest.mark.parametrize("version", VERSIONS)
def test_account_in_every_version_shape(sim: Simulator, version: str) -> None:
    document = get(sim, "/account", account="Marina Books", version=version).json()
    assert document["object"] == "account"
    assert document["country"] == "SG"
    assert document["livemode"] is False
    created = "created" if version in LEGACY else "created_at"
    assert created in document


@pytest.mark.parametrize("version", VERSIONS)
def test_transactions_in_every_version_shape(sim: Simulator, version: str) -> None:
    listing = get(sim, "/transactions", version=version).json()
    assert listing["object"] == "list"
    assert listing["location"] == "/transactions"
    first = listing["data"][0]
    assert first["object"] == "transaction"
    if version in LEGACY:
        assert {"type", "source", "transferable", "created"} <= first.keys()
    else:
        assert {"direction", "key", "origin", "transferable_at", "created_at"} <= first.keys()


@pytest.mark.parametrize("version", VERSIONS)
def test_transfers_in_every_version_shape(sim: Simulator, version: str) -> None:
    listing = get(sim, "/transfers", version=version).json()
    transfer = listing["data"][0]
    assert transfer["object"] == "transfer"
    assert transfer["fee"] == 2_804
    assert transfer["net"] == transfer["amount"] - transfer["fee"] - transfer["fee_vat"]
    assert transfer["currency"] == ("thb" if version in LEGACY else "THB")
    assert set(transfer["bank_account"]) >= {"brand", "last_digits", "name"}


def test_a_transaction_can_be_fetched_by_its_id(sim: Simulator) -> None:
    first = get(sim, "/transactions", limit=1).json()["data"][0]
    fetched = get(sim, f"/transactions/{first['id']}").json()
    assert fetched == first
    assert get(sim, "/transactions/trxn_test_missing").status_code == 404


def test_without_a_version_header_the_account_default_applies(sim: Simulator) -> None:
    document = get(sim, "/balance", version=None).json()
    assert "transferable" in document


def test_an_unknown_version_is_a_bad_request(sim: Simulator) -> None:
    response = get(sim, "/balance", version="2020-01-01")
    assert response.status_code == 400
    assert response.json()["code"] == "bad_request"


def test_pages_follow_limit_offset_and_order(sim: Simulator) -> None:
    everything = get(sim, "/transactions", limit=100).json()
    ids = [t["id"] for t in everything["data"]]
    assert everything["total"] == len(ids) > 20
    second_page = get(sim, "/transactions", limit=5, offset=5).json()
    assert [t["id"] for t in second_page["data"]] == ids[5:10]
    assert (second_page["limit"], second_page["offset"]) == (5, 5)
    newest = get(sim, "/transactions", limit=3, order="reverse_chronological").json()
    assert [t["id"] for t in newest["data"]] == ids[::-1][:3]
    assert get(sim, "/transactions").json()["limit"] == 20
    beyond = get(sim, "/transactions", offset=1_000).json()
    assert beyond["data"] == [] and beyond["total"] == len(ids)


def test_pages_can_be_bounded_in_time(sim: Simulator) -> None:
    recent = get(sim, "/transactions", limit=100, **{"from": "2024-03-01T08:00:00Z"}).json()
    assert recent["from"] == "2024-03-01T08:00:00Z"
    assert all(t["created_at"] >= "2024-03-01T08:00:00Z" for t in recent["data"])
    assert 0 < recent["total"] < get(sim, "/transactions").json()["total"]


@pytest.mark.parametrize(
    "params", [{"limit": "0"}, {"limit": "x"}, {"offset": "-3"}, {"order": "random"}]
)
def test_malformed_list_parameters_are_bad_requests(sim: Simulator, params: dict[str, str]) -> None:
    response = get(sim, "/transfers", **params)
    assert response.status_code == 400
    assert response.json()["object"] == "error"
    assert response.json()["code"] == "bad_request"


AUTH_FAILURE = {
    "object": "error",
    "location": "https://www.omise.co/api-errors#authentication-failure",
    "code": "authentication_failure",
    "message": "authentication failed",
}


@pytest.mark.parametrize(
    "auth",
    [None, ("skey_test_nobodyhasthiskey", ""), ("pkey_test_5sim0public", ""), ("", "")],
)
def test_a_missing_or_unknown_key_is_an_authentication_failure(
    sim: Simulator, auth: tuple[str, str] | None
) -> None:
    response = requests.get(sim.base_url + "/balance", auth=auth, timeout=TIMEOUT)
    assert response.status_code == 401
    assert response.json() == AUTH_FAILURE


def test_a_garbled_authorization_header_is_an_authentication_failure(sim: Simulator) -> None:
    response = requests.get(
        sim.base_url + "/balance", headers={"Authorization": "Basic !!!"}, timeout=TIMEOUT
    )
    assert response.status_code == 401


def test_an_unknown_path_is_not_found_in_omise_error_shape(sim: Simulator) -> None:
    response = get(sim, "/charges")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert response.json()["object"] == "error"


def test_only_reading_is_supported(sim: Simulator) -> None:
    key = sim.account("Bangkok Coffee").key
    response = requests.post(sim.base_url + "/transfers", auth=(key, ""), timeout=TIMEOUT)
    assert response.status_code == 404
    assert response.json()["object"] == "error"


def test_queued_balances_are_served_in_order_and_the_last_one_stays(sim: Simulator) -> None:
    key = sim.account("Marina Books").key
    sim.queue_balances(key, [(5_000, 4_500), (3_000, 2_900), (1_000, 1_500)])
    served = [get(sim, "/balance", account="Marina Books").json() for _ in range(5)]
    assert [(b["total"], b["transferable"]) for b in served] == [
        (5_000, 4_500),
        (3_000, 2_900),
        (1_000, 1_500),
        (1_000, 1_500),
        (1_000, 1_500),
    ]
    untouched = get(sim, "/balance", account="Osaka Ramen").json()
    assert untouched["total"] == 186_400


def test_set_balance_is_served_as_set_even_when_available_exceeds_total(sim: Simulator) -> None:
    sim.set_balance(sim.account("Osaka Ramen").key, total=1_000, available=2_000, reserve=300)
    document = get(sim, "/balance", account="Osaka Ramen", version="2017-11-02").json()
    assert (document["total"], document["available"], document["reserve_amount"]) == (
        1_000,
        2_000,
        300,
    )


def test_advancing_time_moves_the_served_balance_and_lists_the_movements(sim: Simulator) -> None:
    before = get(sim, "/balance", account="Marina Books").json()
    count = get(sim, "/transactions", account="Marina Books").json()["total"]
    sim.advance(60)
    after = get(sim, "/balance", account="Marina Books").json()
    assert after["transferable"] < 4_000 < before["transferable"]
    listing = get(sim, "/transactions", account="Marina Books", limit=100, offset=count).json()
    signed = sum(
        t["amount"] if t["direction"] == "credit" else -t["amount"] for t in listing["data"]
    )
    assert before["total"] + signed == after["total"]


def test_a_dynamic_simulator_moves_with_wall_time() -> None:
    with Simulator(demo_accounts(), dynamic=True, speed=1_000.0) as sim:
        first = get(sim, "/balance").json()
        sim.stopping.wait(0.3)
        assert get(sim, "/balance").json() != first
        assert sim.now() >= 300


def test_the_request_log_names_accounts_and_never_holds_a_key(
    sim: Simulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    get(sim, "/balance", account="Marina Books", version="2017-11-02", limit=3)
    requests.get(
        sim.base_url + "/account",
        auth=("skey_test_nobodyhasthiskey", ""),
        headers={"User-Agent": "OmiseTray/0.1.0 Python/3.11 requests/2.32"},
        timeout=TIMEOUT,
    )
    first, second = sim.request_log
    assert (first.method, first.path, first.query, first.account) == (
        "GET",
        "/balance",
        "limit=3",
        "Marina Books",
    )
    assert (first.omise_version, first.status) == ("2017-11-02", 200)
    assert (second.account, second.status) == (None, 401)
    assert second.user_agent == "OmiseTray/0.1.0 Python/3.11 requests/2.32"
    keys = [a.key for a in sim.accounts] + ["skey_test_nobodyhasthiskey"]
    logged = "\n".join(r.getMessage() for r in caplog.records) + repr(sim.request_log)
    assert "Marina Books" in logged
    assert not any(key in logged for key in keys)


def test_a_simulator_starts_only_once() -> None:
    sim = Simulator(demo_accounts())
    sim.start()
    sim.stop()
    with pytest.raises(RuntimeError):
        sim.start()


def test_concurrent_keep_alive_clients_are_all_served() -> None:
    with Simulator(demo_accounts(), dynamic=True, speed=100.0) as sim:
        statuses: list[int] = []

        def client(name: str) -> None:
            with requests.Session() as session:
                session.auth = (sim.account(name).key, "")
                for path in ("/balance", "/transactions", "/transfers", "/account") * 10:
                    statuses.append(session.get(sim.base_url + path, timeout=TIMEOUT).status_code)

        names = [a.name for a in sim.accounts] * 2
        threads = [threading.Thread(target=client, args=(name,)) for name in names]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert statuses == [200] * 40 * len(names)
        assert len(sim.request_log) == 40 * len(names)
