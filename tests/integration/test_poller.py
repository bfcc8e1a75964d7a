"""The poll worker on its own QThread against the simulator over real loopback HTTP."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from omise_tray.app.poller import PollControl, PollThread, PollWorker, WorkerKeys, backoff_delay
from omise_tray.config import ApiEndpoint
from omise_tray.core.snapshot import PollError, Snapshot
from omise_tray.simulator import Fault, Simulator, demo_accounts

LONG_INTERVAL = 300.0  # the timer never fires by itself during a test


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(demo_accounts(), dynamic=False) as simulator:
        yield simulator


class Recorder:
    """Collects what the worker emits, in the main thread."""

    def __init__(self, worker: PollWorker) -> None:
        self.snapshots: list[Snapshot] = []
        self.errors: list[PollError] = []
        worker.snapshot_ready.connect(self.snapshots.append)
        worker.poll_failed.connect(self.errors.append)


Running = tuple[PollControl, PollThread, "Recorder"]


def start_worker(worker: PollWorker) -> tuple[PollThread, PollControl]:
    """Start the worker's thread and return the signals that drive it, as the app does."""
    thread = PollThread(worker)
    control = PollControl()
    control.connect_to(worker)
    thread.start()
    return thread, control


@pytest.fixture
def running(sim: Simulator, qtbot: QtBot) -> Iterator[Running]:
    keys = WorkerKeys()
    keys.replace({f"acct-{i}": account.key for i, account in enumerate(sim.accounts)})
    worker = PollWorker(ApiEndpoint(base=sim.base_url), keys, LONG_INTERVAL, deadline=20, seed=1)
    recorder = Recorder(worker)
    thread, control = start_worker(worker)
    control.accounts_changed.emit(tuple(f"acct-{i}" for i in range(len(sim.accounts))))
    try:
        yield control, thread, recorder
    finally:
        assert thread.stop(2000)


def balance_requests(sim: Simulator) -> int:
    return sum(1 for r in sim.request_log if r.path == "/balance")


def test_every_account_is_polled_once_at_start(
    running: Running, sim: Simulator, qtbot: QtBot
) -> None:
    _control, _thread, recorder = running
    qtbot.waitUntil(lambda: len(recorder.snapshots) == 3, timeout=10_000)
    assert {s.account_id for s in recorder.snapshots} == {"acct-0", "acct-1", "acct-2"}
    assert {s.balance.currency for s in recorder.snapshots} == {"THB", "JPY", "SGD"}
    assert recorder.errors == []


def test_refresh_now_ten_times_makes_one_round(
    running: Running, sim: Simulator, qtbot: QtBot
) -> None:
    control, _thread, recorder = running
    qtbot.waitUntil(lambda: len(recorder.snapshots) == 3, timeout=10_000)
    for _ in range(10):
        control.refresh_requested.emit()
    qtbot.waitUntil(lambda: len(recorder.snapshots) >= 6, timeout=10_000)
    qtbot.wait(1500)  # any extra rounds would have arrived by now
    assert balance_requests(sim) == 6


def test_refresh_now_works_while_paused_and_the_timer_stays_off(
    running: Running, sim: Simulator, qtbot: QtBot
) -> None:
    control, _thread, recorder = running
    qtbot.waitUntil(lambda: len(recorder.snapshots) == 3, timeout=10_000)
    control.paused_changed.emit(True)
    control.interval_changed.emit(1.0)  # loopback allows 1 s: it would poll now if not paused
    qtbot.wait(2500)
    assert balance_requests(sim) == 3
    control.refresh_requested.emit()
    qtbot.waitUntil(lambda: len(recorder.snapshots) == 6, timeout=10_000)
    qtbot.wait(2500)
    assert balance_requests(sim) == 6
    control.paused_changed.emit(False)
    qtbot.waitUntil(lambda: balance_requests(sim) >= 9, timeout=10_000)


def test_a_failure_is_reported_and_retried_on_the_timer(
    running: Running, sim: Simulator, qtbot: QtBot
) -> None:
    _control, _thread, recorder = running
    sim.inject(Fault.SERVER_ERROR, times=1, key=sim.accounts[0].key)
    qtbot.waitUntil(lambda: len(recorder.errors) == 1, timeout=10_000)
    error = recorder.errors[0]
    assert (error.account_id, error.kind, error.status) == ("acct-0", "server", 500)
    assert error.retry_in is not None and error.retry_in <= 5.0  # first backoff step, not 5 min
    qtbot.waitUntil(
        lambda: any(s.account_id == "acct-0" for s in recorder.snapshots), timeout=15_000
    )


def test_retry_after_from_the_server_is_honoured(
    running: Running, sim: Simulator, qtbot: QtBot
) -> None:
    _control, _thread, recorder = running
    sim.inject(Fault.RATE_LIMITED, times=1, key=sim.accounts[1].key, retry_after=7)
    qtbot.waitUntil(lambda: len(recorder.errors) == 1, timeout=10_000)
    assert recorder.errors[0].kind == "rate_limited"
    assert recorder.errors[0].retry_in is not None and recorder.errors[0].retry_in >= 7


def test_a_missing_key_is_a_readable_configuration_error(sim: Simulator, qtbot: QtBot) -> None:
    worker = PollWorker(ApiEndpoint(base=sim.base_url), WorkerKeys(), LONG_INTERVAL)
    recorder = Recorder(worker)
    thread, control = start_worker(worker)
    control.accounts_changed.emit(("lost",))
    qtbot.waitUntil(lambda: len(recorder.errors) == 1, timeout=10_000)
    assert recorder.errors[0].kind == "configuration"
    assert "Accounts" in recorder.errors[0].message
    assert sim.request_log == []
    assert thread.stop(2000)


def test_stop_during_a_hung_request_ends_the_thread_within_a_second(
    sim: Simulator, qtbot: QtBot
) -> None:
    sim.inject(Fault.HANG, times=10, seconds=30)
    keys = WorkerKeys()
    keys.replace({"a": sim.accounts[0].key})
    worker = PollWorker(ApiEndpoint(base=sim.base_url), keys, LONG_INTERVAL, deadline=60)
    recorder = Recorder(worker)
    thread, control = start_worker(worker)
    control.accounts_changed.emit(("a",))
    qtbot.waitUntil(lambda: balance_requests(sim) == 1, timeout=10_000)
    started = time.monotonic()
    assert thread.stop(1000), "the poll thread was still running after 1 s"
    assert time.monotonic() - started < 5  # only a guard against a hang; Qt enforced the 1 s
    assert recorder.errors == []  # a cancelled request is not a failure to show


@pytest.mark.parametrize(
    ("failures", "retry_after", "low", "high"),
    [(1, None, 3.75, 5.0), (2, None, 7.5, 10.0), (10, None, 225.0, 300.0), (1, 42.0, 42.0, 42.0)],
)
def test_backoff_doubles_with_jitter_up_to_the_interval(
    failures: int, retry_after: float | None, low: float, high: float
) -> None:
    import random

    rng = random.Random(3)
    for _ in range(50):
        assert low <= backoff_delay(failures, 300.0, retry_after, rng) <= high
