"""The UI thread never waits on the network, and Quit is prompt even mid-request."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from omise_tray.simulator import Fault, Simulator, demo_accounts
from tests.support.app import build_app


@pytest.fixture
def hanging_sim() -> Iterator[Simulator]:
    with Simulator(demo_accounts(), dynamic=False) as sim:
        sim.inject(Fault.HANG, times=1000, seconds=30)
        yield sim


def test_event_loop_keeps_turning_while_every_request_hangs_and_quit_is_prompt(
    hanging_sim: Simulator, qtbot: QtBot, tmp_path: Path
) -> None:
    app = build_app(hanging_sim, tmp_path)
    app.start()
    # Timed from the first request on: the app's own start-up work is the benchmark's to time.
    qtbot.waitUntil(lambda: len(hanging_sim.request_log) >= 1, timeout=10_000)
    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start()
    for _ in range(5):  # the user keeps clicking Refresh now while nothing answers
        app.window.refresh_requested.emit()
        qtbot.wait(200)
    qtbot.wait(1500)
    heartbeat.stop()
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    assert len(ticks) > 100
    assert max(gaps) < 0.100, f"the event loop stalled for {max(gaps) * 1000:.0f} ms"
    assert all(r.status is None for r in hanging_sim.request_log)  # nothing was answered

    started = time.perf_counter()
    app.quit()
    elapsed = time.perf_counter() - started
    assert app.services().poller.lanes_running == 0  # no thread is left waiting on the network
    assert elapsed < 1.0, f"Quit took {elapsed:.2f} s"
