"""The cost of one poll on the UI thread, with an empty history and with a year of it.

The real app (offscreen, polling paused) is handed balances as the poller would hand them,
one a second, and the process's CPU time is divided by the polls: state, cards, history,
daily report, alerts and sparklines all run as they do in use. The network part of a poll
does not depend on the history, so it is left out. `measure()` returns table rows.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from benchmarks.history_bench import ACCOUNTS, YEAR, write_year
from omise_tray.storage.history import DAY

RATIO_TARGET = 1.2
PACE = 1.0  # seconds between polls, the shortest interval the app allows (loopback)

Row = tuple[str, str, str]


def _prepare_year(paths_data: Path, history_db: Path, reports_file: Path) -> None:
    """A year of 5-minute polls for every account up to now, and a year of daily reports."""
    from omise_tray.app.state import rules_for
    from omise_tray.core.balance import Balance
    from omise_tray.storage.history import HistoryStore
    from omise_tray.storage.reports import ReportLog
    from omise_tray.storage.settings import AccountSettings

    paths_data.mkdir(parents=True, exist_ok=True)
    now = int(time.time())
    write_year(history_db, end=now)
    with HistoryStore(history_db) as store:  # upgrades the file and runs retention once
        store.prune(now)
    reports = ReportLog(reports_file)
    today = date.today()
    for account_id in ACCOUNTS:
        rules = rules_for(AccountSettings(id=account_id, name=account_id, currency="THB"))
        for days in range(YEAR // DAY, 0, -1):
            reports.file_day(
                account_id=account_id,
                account_name=account_id,
                balance=Balance("THB", True, 5_000_000, 3_000_000, 3_000_000),
                thresholds=rules.thresholds,
                watched=rules.watched,
                day=today - timedelta(days=days),
            )


def _cpu_per_poll(folder: Path, polls: int, with_year: bool) -> float:
    """CPU milliseconds per poll of the app built in `folder`."""
    from PySide6.QtWidgets import QApplication

    from omise_tray.app.main import LaunchOptions, TrayApp
    from omise_tray.config import ApiEndpoint, Paths
    from omise_tray.core.balance import Balance
    from omise_tray.core.snapshot import Snapshot
    from omise_tray.storage.secrets import SecretStore
    from omise_tray.storage.settings import AccountSettings, Settings, SettingsStore

    paths = Paths(folder / "config", folder / "data", folder / "log", folder / "cache")
    if with_year:
        _prepare_year(paths.data_dir, paths.history_db, paths.reports_file)
    accounts = tuple(
        AccountSettings(id=a, name=a, currency="THB", livemode=True, key_storage="session")
        for a in ACCOUNTS
    )
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    app = TrayApp(
        qapp,
        options=LaunchOptions(interval=1.0),
        paths=paths,
        settings_store=SettingsStore(paths.settings_file),
        settings=Settings(accounts=accounts),
        endpoint=ApiEndpoint(base="http://127.0.0.1:9"),  # never asked: polling is paused
        make_secrets=SecretStore.memory_only,
    )
    app.state.set_paused(True)
    app.finish_start()

    def poll(number: int) -> None:
        available = 3_000_000 + (number * 7919) % 500_000
        balance = Balance("THB", True, available + 2_000_000, available, available)
        account = ACCOUNTS[number % len(ACCOUNTS)]
        app.state.apply_snapshot(Snapshot(account, balance, datetime.now(UTC)))

    def run(count: int, start: int) -> float:
        cpu = time.process_time()
        next_at = time.monotonic()
        for number in range(start, start + count):
            poll(number)
            next_at += PACE
            while time.monotonic() < next_at:
                qapp.processEvents()
                time.sleep(0.005)
        return time.process_time() - cpu

    try:
        run(5, 0)  # warm-up: first paint of the cards, first queries
        return run(polls, 5) * 1000 / polls
    finally:
        app.quit()


def measure(quick: bool = False) -> list[Row]:
    """Run the poll benchmark and return its table rows."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    polls = 10 if quick else 60
    with tempfile.TemporaryDirectory() as empty, tempfile.TemporaryDirectory() as year:
        empty_ms = _cpu_per_poll(Path(empty), polls, with_year=False)
        year_ms = _cpu_per_poll(Path(year), polls, with_year=True)
    del app
    ratio = year_ms / empty_ms
    return [
        ("poll: CPU on the UI thread, empty history", f"{empty_ms:.2f} ms", "-"),
        ("poll: CPU on the UI thread, a year of history", f"{year_ms:.2f} ms", "-"),
        (
            "poll: CPU ratio, a year of history / empty",
            f"{ratio:.2f}×",
            f"≤ {RATIO_TARGET}× {'ok' if ratio <= RATIO_TARGET else 'MISSED'}",
        ),
    ]


def main() -> int:
    rows = measure("--quick" in sys.argv)
    width = max(len(metric) for metric, _, _ in rows)
    for metric, value, target in rows:
        print(f"{metric:<{width}}  {value:>10}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
