"""OutlookFetcher against the simulator over real loopback HTTP, with time driven by the test.

The money timeline is read at most every 30 minutes per account, sooner only when the
balance's total changes; a failed read keeps the last outlook and the card says how old it
is; a hung account does not hold up another.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from omise_tray.app.account_fetches import AccountFetches
from omise_tray.app.outlook_fetcher import OutlookFetcher
from omise_tray.app.state import AppState
from omise_tray.config import ApiEndpoint
from omise_tray.core.portfolio import CurrencyMode
from omise_tray.core.snapshot import Snapshot
from omise_tray.omise.client import OmiseClient
from omise_tray.simulator import Fault, Simulator
from omise_tray.simulator.demo import BANGKOK_COFFEE_KEY, OSAKA_RAMEN_KEY, demo_accounts
from omise_tray.storage.settings import AccountSettings, Settings
from omise_tray.ui.balance_card import BalanceCard
from omise_tray.ui.main_window import MainWindow
from omise_tray.ui.state_view import KnownOutlook

ANSWER_MS = 10_000
COFFEE = AccountSettings(id="coffee", name="Bangkok Coffee", livemode=False, currency="THB")
RAMEN = AccountSettings(id="ramen", name="Osaka Ramen", livemode=False, currency="JPY")
KEYS = {COFFEE.id: BANGKOK_COFFEE_KEY, RAMEN.id: OSAKA_RAMEN_KEY}


class Clock:
    """The fetcher's clock, moved by the test; it starts at the simulator's now."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(demo_accounts(), dynamic=False) as simulator:
        yield simulator


class Rig:
    """The real state, account reads and fetcher, and what reached the simulator."""

    def __init__(self, qtbot: QtBot, sim: Simulator) -> None:
        self.qtbot = qtbot
        self.sim = sim
        # Noon of this computer's day, the outlook's own: no test's half hour or so crosses a
        # midnight, after which "today" and the projection would rightly move on a day.
        noon = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)
        self.clock = Clock(noon.astimezone(UTC))
        self.state = AppState(60)
        self.state.set_accounts([COFFEE, RAMEN])
        self.reads = AccountFetches(lambda: ApiEndpoint(sim.base_url), KEYS.get)
        self.fetcher = OutlookFetcher(self.state, self.reads, Settings, clock=self.clock)
        self.balances = {
            account_id: OmiseClient(key, api_base=sim.base_url).balance()
            for account_id, key in KEYS.items()
        }

    def poll(self, account_id: str = COFFEE.id, *, total_change: int = 0) -> None:
        """A balance poll arrives (as the poller would apply it) at the clock's time."""
        balance = self.balances[account_id]
        if total_change:
            balance = balance._replace(total=balance.total + total_change)
            self.balances[account_id] = balance
        self.state.apply_snapshot(Snapshot(account_id, balance, self.clock()))

    def settle(self, account_id: str = COFFEE.id) -> None:
        self.qtbot.waitUntil(
            lambda: not self.reads.busy(f"outlook:{account_id}"), timeout=ANSWER_MS
        )

    def account_reads(self, name: str = "Bangkok Coffee") -> int:
        """How many times the account's terms were asked for: once per timeline read."""
        return sum(1 for r in self.sim.request_log if r.path == "/account" and r.account == name)

    def known(self, account_id: str = COFFEE.id) -> KnownOutlook:
        known = self.state.outlook(account_id)
        assert known is not None
        return known

    def close(self) -> None:
        assert self.reads.stop()


@pytest.fixture
def rig(qtbot: QtBot, sim: Simulator) -> Iterator[Rig]:
    made = Rig(qtbot, sim)
    yield made
    made.close()


def test_the_first_balance_brings_the_accounts_timeline(rig: Rig) -> None:
    rig.poll()
    rig.settle()

    outlook = rig.known().outlook
    assert outlook.currency == "THB"
    assert outlook.payout_fee == 3_000 and outlook.min_payout == 3_000  # its transfer_config
    assert outlook.next_incoming is not None  # card and mobile banking money still to come
    payout = outlook.next_payout
    assert payout is not None and payout.amount == 1_000_000
    assert payout.date.weekday() == 4  # the weekly Friday schedule
    # The rig read the balance itself; the fetcher reads the rest.
    paths = [
        r.path
        for r in rig.sim.request_log
        if r.account == "Bangkok Coffee" and r.path != "/balance"
    ]
    assert sorted(set(paths)) == ["/account", "/transactions", "/transfers/schedules"]
    assert 1 <= paths.count("/transactions") <= 5


def test_the_timeline_is_read_at_most_every_30_minutes_unless_the_total_changes(
    rig: Rig,
) -> None:
    rig.poll()
    rig.settle()
    assert rig.account_reads() == 1

    for _ in range(5):  # polls every 5 minutes, the balance unchanged: no new read
        rig.clock.advance(5)
        rig.poll()
        assert not rig.reads.busy(f"outlook:{COFFEE.id}")
    assert rig.account_reads() == 1

    rig.clock.advance(1)  # 26 minutes on, money came in: read again at once
    rig.poll(total_change=12_500)
    rig.settle()
    assert rig.account_reads() == 2

    rig.clock.advance(29)  # 29 minutes after that read, nothing changed
    rig.poll()
    assert rig.account_reads() == 2
    rig.clock.advance(1)  # 30 minutes: due again
    rig.poll()
    rig.settle()
    assert rig.account_reads() == 3


def test_a_failed_read_keeps_the_last_outlook_and_the_card_says_how_old_it_is(
    qtbot: QtBot, rig: Rig
) -> None:
    rig.poll()
    rig.settle()
    first = rig.known()
    read_at = rig.clock()

    rig.clock.advance(31)
    rig.sim.inject(Fault.SERVER_ERROR, path="/account", key=BANGKOK_COFFEE_KEY)
    rig.poll()
    rig.settle()

    after = rig.known()
    assert after.outlook == first.outlook
    assert after.read_at == read_at
    assert after.failing_since == rig.clock()
    window = MainWindow(rig.state, clock=rig.clock)
    qtbot.addWidget(window)
    card = window.cards()[CurrencyMode("THB", False)]
    assert isinstance(card, BalanceCard)
    assert card.timeline_age.isVisibleTo(card)
    assert card.timeline_age.text() == "Timeline read 31 min ago; it could not be updated since"
    assert card.payout_line.text().startswith("Next payout ")

    # The failed read counts as a read: the next try waits its 30 minutes too.
    rig.clock.advance(10)
    rig.poll()
    assert rig.account_reads() == 2
    rig.clock.advance(20)
    rig.poll()
    rig.settle()
    assert rig.account_reads() == 3
    assert rig.known().failing_since is None
    assert not card.timeline_age.isVisibleTo(card)


def test_a_hung_account_does_not_hold_up_another(qtbot: QtBot, rig: Rig) -> None:
    rig.sim.inject(Fault.HANG, key=OSAKA_RAMEN_KEY, path="/account", seconds=5.0)
    rig.poll(RAMEN.id)
    qtbot.waitUntil(lambda: rig.account_reads("Osaka Ramen") == 1, timeout=ANSWER_MS)

    rig.poll(COFFEE.id)
    rig.settle(COFFEE.id)

    assert rig.state.outlook(COFFEE.id) is not None
    assert rig.reads.busy(f"outlook:{RAMEN.id}")  # still waiting for its hung answer
    assert rig.state.outlook(RAMEN.id) is None


def test_the_projection_follows_every_balance_between_reads(rig: Rig) -> None:
    rig.poll()
    rig.settle()
    before = rig.known().outlook.available

    balance = rig.balances[COFFEE.id]
    rig.balances[COFFEE.id] = balance._replace(
        available=balance.available - 50_000, transferable=balance.transferable - 50_000
    )
    rig.clock.advance(5)
    rig.poll()

    assert rig.known().outlook.available == before - 50_000
    assert rig.account_reads() == 1
