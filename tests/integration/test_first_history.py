"""FirstHistory against the simulator over real HTTP: a new account's month, from transactions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from omise_tray.app.account_fetches import AccountFetches
from omise_tray.app.first_history import FirstHistory
from omise_tray.app.history_recorder import HistoryRecorder
from omise_tray.app.state import AppState
from omise_tray.config import ApiEndpoint
from omise_tray.core.reconstruction import fetch_from, reconstruct_history
from omise_tray.core.snapshot import Snapshot
from omise_tray.omise.client import OmiseClient
from omise_tray.simulator import Simulator
from omise_tray.simulator.demo import BANGKOK_COFFEE_KEY, demo_accounts
from omise_tray.storage.history import HistoryStore
from omise_tray.storage.reports import ReportLog
from omise_tray.storage.settings import AccountSettings

ANSWER_MS = 10_000
COFFEE = AccountSettings(id="coffee", name="Bangkok Coffee", livemode=False, currency="THB")
DAY = 86_400


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(demo_accounts(), dynamic=False) as simulator:
        yield simulator


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryStore]:
    store = HistoryStore(tmp_path / "history.sqlite3")
    yield store
    store.close()


def transaction_reads(sim: Simulator) -> int:
    return sum(1 for r in sim.request_log if r.path == "/transactions")


def rig(
    sim: Simulator, history: HistoryStore, tmp_path: Path
) -> tuple[AppState, FirstHistory, AccountFetches]:
    state = AppState(60)
    state.set_accounts([COFFEE])
    HistoryRecorder(state, history, ReportLog(tmp_path / "reports.jsonl"), state)
    reads = AccountFetches(lambda: ApiEndpoint(sim.base_url), {COFFEE.id: BANGKOK_COFFEE_KEY}.get)
    return state, FirstHistory(state, history, reads, state), reads


def test_a_new_accounts_month_is_worked_out_once_and_kept_before_its_first_poll(
    qtbot: QtBot, sim: Simulator, history: HistoryStore, tmp_path: Path
) -> None:
    state, first, reads = rig(sim, history, tmp_path)
    balance = OmiseClient(BANGKOK_COFFEE_KEY, api_base=sim.base_url).balance()
    now = datetime.now(UTC)
    try:
        with qtbot.waitSignal(first.recorded, timeout=ANSWER_MS) as recorded:
            state.apply_snapshot(Snapshot(COFFEE.id, balance, now))
        assert recorded.args == [COFFEE.id]

        at = int(now.timestamp())
        points = history.reconstructed(COFFEE.id, 0, at)
        assert len(points) > 10
        assert points[0].at == at - 30 * DAY  # the window's start
        assert all(point.at < at for point in points)  # never where a poll stands
        # The demo's shop paid out and sold over the fortnight: the balance moved.
        assert len({point.available for point in points}) > 1
        reads_made = transaction_reads(sim)

        state.apply_snapshot(Snapshot(COFFEE.id, balance, now + timedelta(seconds=3)))
        assert not reads.busy(f"history:{COFFEE.id}")
        assert transaction_reads(sim) == reads_made
    finally:
        assert reads.stop()


def test_an_account_polled_for_a_month_already_is_left_alone(
    sim: Simulator, history: HistoryStore, tmp_path: Path
) -> None:
    balance = OmiseClient(BANGKOK_COFFEE_KEY, api_base=sim.base_url).balance()
    now = datetime.now(UTC)
    history.record(COFFEE.id, balance, int((now - timedelta(days=40)).timestamp()))
    state, _first, reads = rig(sim, history, tmp_path)
    try:
        state.apply_snapshot(Snapshot(COFFEE.id, balance, now))
        assert not reads.busy(f"history:{COFFEE.id}")
        assert transaction_reads(sim) == 0
    finally:
        assert reads.stop()


def test_the_demo_shops_worked_back_month_never_goes_below_zero(sim: Simulator) -> None:
    # The demo's past pays out and refunds only money it has, so its reconstructed chart
    # starts at zero and stays at or above it, as a real account's does.
    now = datetime.now(UTC)
    for shop in sim.accounts:
        with OmiseClient(shop.key, api_base=sim.base_url) as client:
            balance = client.balance()
            read = client.transactions_since(fetch_from(now))
        points = reconstruct_history(balance.total, balance.available, read.items, now=now)
        assert (points[0].total, points[0].available) == (0, 0), shop.name
        assert min(min(p.total, p.available) for p in points) >= 0, shop.name
