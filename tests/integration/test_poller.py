"""The poller against the simulator over real loopback HTTP, its schedule on a hand-driven clock.

The requests are real and run in the accounts' lanes; only the poller's sense of time is the
test's. So "no request follows" is read off the schedule (nothing in flight, nothing due
before the clock moves) rather than waited out.
"""

from __future__ import annotations

import itertools
import random
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from omise_tray.app.poller import PollControl, Poller, WorkerKeys, backoff_delay
from omise_tray.config import ApiEndpoint
from omise_tray.core.snapshot import PollError, Snapshot
from omise_tray.simulator import Fault, SimAccount, Simulator, demo_accounts
from tests.support.shops import many_shops
from tests.support.waiting import ManualClock

LONG_INTERVAL = 300.0


@dataclass
class Running:
    """A started poller, the signals that drive it, its clock and what it reported."""

    poller: Poller
    control: PollControl
    clock: ManualClock
    sim: Simulator
    snapshots: list[Snapshot]
    errors: list[PollError]

    def settle(self, qtbot: QtBot) -> None:
        """Wait until every request sent has landed and no Refresh now is still gathering;
        after that nothing happens until the clock moves."""
        qtbot.waitUntil(
            lambda: not self.poller.in_flight and not self.control.refresh_pending,
            timeout=15_000,
        )

    def quiet(self) -> bool:
        """Nothing in flight and nothing due before the clock moves."""
        due = self.poller.next_due()
        return not self.poller.in_flight and (due is None or due > self.clock())

    def tick(self, qtbot: QtBot, seconds: float) -> None:
        """Move the clock, let the poller send what is due, and wait for the answers."""
        self.clock.advance(seconds)
        self.poller.wake()
        self.settle(qtbot)

    def landed(self, account_id: str) -> int:
        return sum(1 for snapshot in self.snapshots if snapshot.account_id == account_id)

    def requests(self, account: str | None = None) -> int:
        return sum(
            1
            for r in self.sim.request_log
            if r.path == "/balance" and (account is None or r.account == account)
        )


def start(
    sim: Simulator, interval: float = LONG_INTERVAL, deadline: float = 20, keys: bool = True
) -> Running:
    """A poller over every simulator account (acct-0, acct-1, ...), started as the app does."""
    worker_keys = WorkerKeys()
    ids = tuple(f"acct-{i}" for i in range(len(sim.accounts)))
    if keys:
        worker_keys.replace({aid: a.key for aid, a in zip(ids, sim.accounts, strict=True)})
    clock = ManualClock()
    poller = Poller(
        ApiEndpoint(base=sim.base_url),
        worker_keys,
        interval,
        deadline=deadline,
        seed=1,
        clock=clock,
    )
    running = Running(poller, PollControl(), clock, sim, [], [])
    poller.snapshot_ready.connect(running.snapshots.append)
    poller.poll_failed.connect(running.errors.append)
    running.control.connect_to(poller)
    poller.start()
    running.control.accounts_changed.emit(ids)
    return running


def simulator(accounts: list[SimAccount]) -> Iterator[Simulator]:
    with Simulator(accounts, dynamic=False) as running:
        yield running


@pytest.fixture
def sim() -> Iterator[Simulator]:
    yield from simulator(demo_accounts())


@pytest.fixture
def running(sim: Simulator, qtbot: QtBot) -> Iterator[Running]:
    polling = start(sim)
    try:
        yield polling
    finally:
        assert polling.poller.stop(2000)


def test_every_account_is_polled_once_at_start(running: Running, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: len(running.snapshots) == 3, timeout=10_000)
    assert {s.account_id for s in running.snapshots} == {"acct-0", "acct-1", "acct-2"}
    assert {s.balance.currency for s in running.snapshots} == {"THB", "JPY", "SGD"}
    assert running.errors == []


def test_refresh_now_ten_times_makes_one_round(running: Running, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: len(running.snapshots) == 3, timeout=10_000)
    for _ in range(10):
        running.control.refresh_requested.emit()
    qtbot.waitUntil(lambda: len(running.snapshots) >= 6, timeout=10_000)
    running.settle(qtbot)
    assert running.quiet()
    assert running.requests() == 6


def test_refresh_now_works_while_paused_and_the_timer_stays_off(
    running: Running, qtbot: QtBot
) -> None:
    qtbot.waitUntil(lambda: len(running.snapshots) == 3, timeout=10_000)
    running.control.paused_changed.emit(True)
    running.control.interval_changed.emit(1.0)  # loopback allows 1 s
    running.tick(qtbot, 5)
    assert running.poller.next_due() is None and running.requests() == 3
    running.control.refresh_requested.emit()
    qtbot.waitUntil(lambda: len(running.snapshots) == 6, timeout=10_000)
    running.tick(qtbot, 5)
    assert running.poller.next_due() is None and running.requests() == 6
    running.control.paused_changed.emit(False)
    qtbot.waitUntil(lambda: running.requests() >= 9, timeout=10_000)


def test_a_failure_is_reported_and_retried_when_its_backoff_is_over(
    running: Running, qtbot: QtBot
) -> None:
    qtbot.waitUntil(lambda: len(running.snapshots) == 3, timeout=10_000)
    running.sim.inject(Fault.SERVER_ERROR, times=1, key=running.sim.accounts[0].key)
    running.control.refresh_account.emit("acct-0")
    qtbot.waitUntil(lambda: len(running.errors) == 1, timeout=10_000)
    error = running.errors[0]
    assert (error.account_id, error.kind, error.status) == ("acct-0", "server", 500)
    assert error.retry_in is not None and error.retry_in <= 5.0  # first backoff step, not 5 min
    running.settle(qtbot)
    running.tick(qtbot, error.retry_in - 0.1)
    assert running.requests("Bangkok Coffee") == 2  # not yet
    running.tick(qtbot, 0.2)
    assert running.requests("Bangkok Coffee") == 3
    assert running.snapshots[-1].account_id == "acct-0"


def test_retry_after_from_the_server_is_honoured(sim: Simulator, qtbot: QtBot) -> None:
    sim.inject(Fault.RATE_LIMITED, times=1, key=sim.accounts[1].key, retry_after=7)
    polling = start(sim)
    try:
        qtbot.waitUntil(lambda: len(polling.errors) == 1, timeout=10_000)
        (error,) = polling.errors
        assert error.kind == "rate_limited"
        assert error.retry_in is not None and error.retry_in >= 7
        polling.settle(qtbot)
        polling.tick(qtbot, 6.9)
        assert polling.requests("Osaka Ramen") == 1
        polling.tick(qtbot, error.retry_in - 6.8)
        assert polling.requests("Osaka Ramen") == 2
    finally:
        assert polling.poller.stop(2000)


def test_a_missing_key_is_a_readable_configuration_error(sim: Simulator, qtbot: QtBot) -> None:
    polling = start(sim, keys=False)
    try:
        qtbot.waitUntil(lambda: len(polling.errors) == 3, timeout=10_000)
        assert {e.kind for e in polling.errors} == {"configuration"}
        assert "Accounts" in polling.errors[0].message
        assert sim.request_log == []
    finally:
        assert polling.poller.stop(2000)


def test_stop_during_a_hung_request_ends_within_a_second(sim: Simulator, qtbot: QtBot) -> None:
    sim.inject(Fault.HANG, times=10, seconds=30)
    polling = start(sim, deadline=60)
    qtbot.waitUntil(lambda: polling.requests() == 3, timeout=10_000)
    started = time.monotonic()
    assert polling.poller.stop(1000), "a poll lane was still running after 1 s"
    assert time.monotonic() - started < 1.5
    assert polling.errors == []  # a cancelled request is not a failure to show


def test_a_hanging_account_never_delays_the_others(sim: Simulator, qtbot: QtBot) -> None:
    hanging = sim.accounts[0]
    sim.inject(Fault.HANG, times=100, seconds=30, key=hanging.key)
    polling = start(sim, deadline=20)
    try:
        while min(polling.landed("acct-1"), polling.landed("acct-2")) < 3:
            qtbot.waitUntil(lambda: polling.poller.in_flight == ("acct-0",), timeout=10_000)
            due = polling.poller.next_due()
            assert due is not None, "the others are always due again"
            polling.clock.now = max(polling.clock(), due)
            polling.poller.wake()
        # While acct-0 waits out its 20 s deadline, the others kept their schedule.
        qtbot.waitUntil(lambda: polling.poller.in_flight == ("acct-0",), timeout=10_000)
        assert polling.requests(hanging.name) == 1  # one request at a time per account
        assert polling.clock() - 1_000.0 >= 2 * LONG_INTERVAL  # two intervals went by
    finally:
        assert polling.poller.stop(1000)


def test_twenty_accounts_poll_about_interval_over_twenty_apart(qtbot: QtBot) -> None:
    interval, count, step = 60.0, 20, 0.5
    for sim in simulator(many_shops(count)):
        polling = start(sim, interval=interval)
        try:
            qtbot.waitUntil(lambda: len(polling.snapshots) == count, timeout=20_000)  # noqa: B023
            polling.settle(qtbot)  # the first round goes at once, as a Refresh now does
            sent_at: list[float] = []
            for _ in range(int(2 * interval / step)):
                before = polling.requests()
                polling.tick(qtbot, step)
                sent_at += [polling.clock()] * (polling.requests() - before)
            per_account = Counter(r.account for r in sim.request_log)
            assert min(per_account.values()) >= 2 and len(per_account) == count
            assert len(sent_at) >= 1.5 * count  # a first round, then one and a half intervals
            gaps = [later - earlier for earlier, later in itertools.pairwise(sent_at)]
            assert min(gaps) >= interval / count - step, gaps
            assert max(gaps) <= interval / count + step, gaps
        finally:
            assert polling.poller.stop(2000)


@pytest.mark.parametrize(
    ("failures", "retry_after", "low", "high"),
    [(1, None, 3.75, 5.0), (2, None, 7.5, 10.0), (10, None, 225.0, 300.0), (1, 42.0, 42.0, 42.0)],
)
def test_backoff_doubles_with_jitter_up_to_the_interval(
    failures: int, retry_after: float | None, low: float, high: float
) -> None:
    rng = random.Random(3)
    for _ in range(50):
        assert low <= backoff_delay(failures, 300.0, retry_after, rng) <= high
