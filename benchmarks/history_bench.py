"""History figures: opening the 1-year chart and the cost of recording one poll.

A year of 5-minute polls for three accounts (about 315,000 rows before retention) is written
to a throwaway database in the previous schema (2), as if retention had never run; opening it
upgrades it (summarising every hour), retention runs once, and then the chart and inserts are
timed.
`measure()` returns (metric, value, target) rows for the benchmark command's table.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from omise_tray.core.balance import Balance
from omise_tray.core.portfolio import CurrencyMode
from omise_tray.storage.history import (
    DAY,
    MIGRATIONS,
    HistoryStore,
    _transaction,
)

ACCOUNTS = ("bangkok", "chiang-mai", "phuket")
STEP = 300
YEAR = 365 * DAY
END = 1_750_000_000
CHART_SIZE = (800, 300)
CHART_TARGET_MS = 150.0
INSERT_TARGET_MS = 2.0

Row = tuple[str, str, str]


def write_year(path: Path, end: int = END) -> int:
    """Write a schema-2 file holding a year of polls up to `end` in its samples table; the
    poll count."""
    rows = []
    for number, account in enumerate(ACCOUNTS):
        for index, at in enumerate(range(end - YEAR, end, STEP)):
            total = 5_000_000 + (index * 7919 + number * 104_729) % 3_000_000
            available = total * 3 // 5
            rows.append((account, at, "THB", 1, total, available, available, total - available))
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        with _transaction(connection):  # a bulk load in one transaction
            for steps in MIGRATIONS[:2]:
                for statement in steps:
                    connection.execute(statement)
            connection.execute("PRAGMA user_version = 2")
            connection.executemany(
                "INSERT INTO samples (account_id, at, currency, livemode, total, available,"
                " transferable, pending, reserve, on_hold) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)",
                rows,
            )
    finally:
        connection.close()
    return len(rows)


def _milliseconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def _chart_opening(store: HistoryStore, selector: str | CurrencyMode) -> float:
    """Median time to query a year and paint it into an 800x300 image, in ms."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    from omise_tray.ui.chart import POINTS_PER_CHART, HistoryChart

    chart = HistoryChart()
    chart.resize(*CHART_SIZE)
    image = QImage(*CHART_SIZE, QImage.Format.Format_ARGB32_Premultiplied)

    def open_chart() -> None:
        points = store.series(selector, END - YEAR, END, POINTS_PER_CHART)
        chart.set_series(points, "THB", END - YEAR, END)
        image.fill(Qt.GlobalColor.white)
        chart.render(image)

    open_chart()  # warm-up: first use of fonts and SQLite's page cache
    return statistics.median(_milliseconds(open_chart) for _ in range(7))


def measure(folder: Path | None = None) -> list[Row]:
    """Run the history benchmark and return its table rows."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(dir=folder) as scratch:
        path = Path(scratch) / "history.sqlite3"
        written = write_year(path)
        opened: list[HistoryStore] = []
        upgrade_ms = _milliseconds(lambda: opened.append(HistoryStore(path)))
        with opened[0] as store:
            retention_ms = _milliseconds(lambda: store.prune(END))
            kept = len(store.rows())
            one_account = _chart_opening(store, ACCOUNTS[0])
            all_accounts = _chart_opening(store, CurrencyMode("THB", livemode=True))
            balance = Balance("THB", True, 5_000_000, 3_000_000, 3_000_000)
            inserts = [
                _milliseconds(partial(store.record, ACCOUNTS[0], balance, at))
                for at in range(END, END + 600 * STEP, STEP)
            ]
        size = sum(p.stat().st_size for p in Path(scratch).glob("history.sqlite3*"))
    del app
    typical = statistics.median(inserts)
    worst = max(inserts)
    return [
        ("history: polls written (1 year, 3 accounts, 5 min)", f"{written:,}", "-"),
        (
            "history: open that file (integrity check, upgrade to schema 3)",
            f"{upgrade_ms:.0f} ms",
            "-",
        ),
        ("history: first retention pass over that year", f"{retention_ms:.0f} ms", "-"),
        ("history: rows kept after retention", f"{kept:,}", "-"),
        ("history: file size after retention (free pages reused)", f"{size / 1e6:.1f} MB", "-"),
        (
            "history: open 1-year chart, one account (query + paint 800x300)",
            f"{one_account:.0f} ms",
            f"< {CHART_TARGET_MS:.0f} ms",
        ),
        (
            "history: open 1-year chart, 3 accounts summed",
            f"{all_accounts:.0f} ms",
            f"< {CHART_TARGET_MS:.0f} ms",
        ),
        ("history: record one poll (median)", f"{typical:.2f} ms", f"< {INSERT_TARGET_MS:.0f} ms"),
        ("history: record one poll (worst, hourly retention included)", f"{worst:.1f} ms", "-"),
    ]


def main() -> int:
    rows = measure()
    width = max(len(metric) for metric, _, _ in rows)
    for metric, value, target in rows:
        print(f"{metric:<{width}}  {value:>10}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
