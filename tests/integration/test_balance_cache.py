"""The balance cache is written a few seconds after a change, however often polls arrive."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from omise_tray.app.main import CACHE_SAVE_MS
from omise_tray.core.balance import Balance
from omise_tray.core.snapshot import Snapshot
from omise_tray.simulator import Simulator, demo_accounts
from tests.support.app import build_app

POLL_EVERY_MS = 300  # far more often than the save timer's interval


def test_polls_faster_than_the_save_timer_never_put_the_save_off(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with Simulator(demo_accounts()) as sim:
        app = build_app(sim, tmp_path)  # never started: the snapshots below are the only polls
        cache = app.paths.snapshot_cache
        first_change = time.monotonic()
        total = 1_000_000
        while not cache.exists():
            assert time.monotonic() - first_change < 3 * CACHE_SAVE_MS / 1000, (
                "the cache was not written while polls kept arriving"
            )
            total += 1
            balance = Balance("THB", False, total, total, total)
            app.state.apply_snapshot(Snapshot("a0", balance, datetime.now(UTC)))
            qtbot.wait(POLL_EVERY_MS)
        assert time.monotonic() - first_change <= CACHE_SAVE_MS / 1000 + 1.0
        (saved,) = app.cache.load()
        assert saved.account_id == "a0" and saved.balance.total > 1_000_000
