"""What the app keeps of the history windows before any is open: the services they share, the
cards' sparklines, and the keeper of the open windows.

The windows themselves (chart, transactions, payouts, reports, the payout check) load on the
first open, not when the app starts.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QObject, Qt

from omise_tray.app.poller import KeyLookup
from omise_tray.app.state import AppState
from omise_tray.config import ApiEndpoint
from omise_tray.core.portfolio import CurrencyGroup, CurrencyMode
from omise_tray.core.report import DailyReport
from omise_tray.core.series import Point
from omise_tray.storage.export import write_history, write_reports
from omise_tray.storage.history import HistoryStore
from omise_tray.storage.permissions import private_opener
from omise_tray.storage.reports import ReportLog
from omise_tray.storage.settings import Settings

if TYPE_CHECKING:
    from omise_tray.ui.activity import PageSource
    from omise_tray.ui.history_window import HistoryWindow

DAY = 86_400
SPARKLINE_POINTS = 96  # one per quarter of an hour is more than a card's width can show
SPARKLINE_REBUILD_EVERY = 300  # seconds between readings of the sparklines from the history

# Makes today's report again for these account ids; returns how many reports it filed.
MakeReport = Callable[[tuple[str, ...]], int]


def sparkline_points(
    history: HistoryStore, keys: Iterable[CurrencyMode], now: int
) -> dict[CurrencyMode, list[tuple[int, int]]]:
    """The last 24 h of available balance per card key, for MainWindow.set_sparklines.

    Five-second buckets, thinned to SPARKLINE_POINTS: a new account shows its shape after a
    few polls instead of waiting for a quarter of an hour to fill a second bucket.
    """
    lines: dict[CurrencyMode, list[tuple[int, int]]] = {}
    for key in keys:
        series = history.series(key, now - DAY, now, DAY // 5)
        step = max(1, -(-len(series) // SPARKLINE_POINTS))
        lines[key] = [(p.at, p.available) for p in series[step - 1 :: step]]
        if series and (not lines[key] or lines[key][-1][0] != series[-1].at):
            lines[key].append((series[-1].at, series[-1].available))
    return lines


class Sparklines:
    """The cards' sparklines: read from the history now and then, extended in memory per poll.

    Reading 24 h of history costs more as the day's polls pile up (86,400 rows an account at
    one poll a second); a poll only adds one point, so it is appended here instead, and the
    lines are read afresh every `rebuild_every` seconds, when the cards change, or when a
    line has grown to twice the points a card shows.
    """

    def __init__(
        self,
        history: HistoryStore,
        clock: Callable[[], float] = time.time,
        rebuild_every: int = SPARKLINE_REBUILD_EVERY,
    ) -> None:
        self._history = history
        self._clock = clock
        self._rebuild_every = rebuild_every
        self._lines: dict[CurrencyMode, list[tuple[int, int]]] = {}
        self._built_at: int | None = None

    def lines(self, groups: Sequence[CurrencyGroup]) -> dict[CurrencyMode, list[tuple[int, int]]]:
        """Each card's line, by card key, with the groups' current available balance last."""
        now = int(self._clock())
        keys = [group.key for group in groups]
        built = self._built_at
        stale = built is None or not built <= now < built + self._rebuild_every
        if stale or set(keys) != set(self._lines) or self._too_long():
            self._lines = sparkline_points(self._history, keys, now)
            self._built_at = now
        else:
            for group in groups:
                if any(member.snapshot for member in group.members):
                    self._extend(self._lines[group.key], now, group.available)
        return {key: list(line) for key, line in self._lines.items()}

    def _too_long(self) -> bool:
        return any(len(line) > 2 * SPARKLINE_POINTS for line in self._lines.values())

    @staticmethod
    def _extend(line: list[tuple[int, int]], now: int, available: int) -> None:
        if line and line[-1][0] >= now:
            line[-1] = (now, available)  # the same second (two accounts of one currency)
        elif not line or line[-1][1] != available or len(line) < 2 or line[-2][1] != available:
            line.append((now, available))
        else:
            line[-1] = (now, available)  # a flat stretch: move its end instead of adding points
        while line and line[0][0] < now - DAY:
            line.pop(0)


def reconstructed_series(
    history: HistoryStore, account_ids: Iterable[str], since: int, until: int
) -> list[Point]:
    """The accounts' reconstructed balances from `since` to `until` added up, oldest first.

    At each moment one of them changed, every account counts with its latest reconstructed
    balance (before its first one, with that first one).
    """
    lines = [line for a in account_ids if (line := history.reconstructed(a, since, until))]
    if len(lines) == 1:
        return lines[0]
    latest = [line[0] for line in lines]
    moments = sorted({(point.at, index) for index, line in enumerate(lines) for point in line})
    by_moment = {(point.at, index): point for index, line in enumerate(lines) for point in line}
    added: list[Point] = []
    for at, index in moments:
        latest[index] = by_moment[(at, index)]
        total = sum(point.total for point in latest)
        available = sum(point.available for point in latest)
        point = Point(at, total, available, total, total, available, available)
        if added and added[-1].at == at:
            added[-1] = point
        else:
            added.append(point)
    return added


def sparkline_reconstructed(
    history: HistoryStore, members: Mapping[CurrencyMode, Sequence[str]], now: int
) -> dict[CurrencyMode, list[tuple[int, int]]]:
    """The last 24 h of reconstructed available balance per card key (its accounts' ids
    in `members`), for MainWindow.set_reconstructed_sparklines; cards without any are left out.
    """
    lines: dict[CurrencyMode, list[tuple[int, int]]] = {}
    for key, account_ids in members.items():
        series = reconstructed_series(history, account_ids, now - DAY, now)
        if series:
            lines[key] = [(point.at, point.available) for point in series]
    return lines


@dataclass(frozen=True, slots=True)
class HistoryServices:
    """What every history window reads from and asks for; the app builds it once."""

    history: HistoryStore
    reports: ReportLog
    endpoint: Callable[[], ApiEndpoint]  # the current one: a changed API version applies
    key_for: KeyLookup = field(repr=False)  # thread-safe: called in the fetch threads
    settings: Callable[[], Settings]
    make_report: MakeReport
    clock: Callable[[], float] = time.time
    zone: tzinfo | None = None
    export_folder: Path = field(default_factory=Path.home)

    def page_source(self) -> PageSource:
        """A fetcher of transactions and payouts pages with the current endpoint."""
        from omise_tray.app.activity import ActivityFetcher  # the HTTP client loads here

        return ActivityFetcher(self.endpoint(), self.key_for)

    def series(self, mode: CurrencyMode, since: int, until: int, most: int) -> list[Point]:
        """The chart of every account of this currency and mode, summed."""
        return self.history.series(mode, since, until, most)

    def reports_of(self, mode: CurrencyMode) -> list[DailyReport]:
        """This currency's daily reports, in the order they were made."""
        return [
            report
            for report in self.reports.read()
            if report.currency == mode.currency and report.livemode == mode.livemode
        ]

    def export_history(self, mode: CurrencyMode, path: Path) -> int:
        """Write every stored balance of this currency and mode to a CSV file; row count."""
        rows = [
            row
            for row in self.history.rows()
            if row.currency == mode.currency and row.livemode == mode.livemode
        ]
        names = {account.id: account.name for account in self.settings().accounts}
        return _write_csv(path, lambda out: write_history(rows, names, out))

    def export_reports(self, mode: CurrencyMode, path: Path) -> int:
        """Write this currency's daily reports, in the order they were made; report count."""
        reports = self.reports_of(mode)
        return _write_csv(path, lambda out: write_reports(reports, out))

    def reconstructed(self, account_ids: Iterable[str], since: int, until: int) -> list[Point]:
        """The accounts' balances worked out from transactions, added up (for the chart)."""
        return reconstructed_series(self.history, account_ids, since, until)


def _write_csv(path: Path, write: Callable[[TextIO], int]) -> int:
    # newline="" lets the csv module write line breaks inside a quoted cell unchanged; the file
    # holds the business's figures, so it is the user's alone (0600).
    with open(path, "w", encoding="utf-8", newline="", opener=private_opener) as out:
        return write(out)


class HistoryWindows(QObject):
    """Keeps one history window per currency card: opens it, or brings the open one forward."""

    def __init__(
        self, state: AppState, services: HistoryServices, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._services = services
        self._windows: dict[CurrencyMode, HistoryWindow] = {}

    def open(self, key: CurrencyMode) -> HistoryWindow:
        """Show the window of this currency card, creating it when none is open."""
        window = self._windows.get(key)
        if window is None:
            from omise_tray.ui.history_window import HistoryWindow

            window = HistoryWindow(key, self._state, self._services)
            window.closed.connect(self._forget)
            self._windows[key] = window
        window.show()
        window.setWindowState(
            (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        window.raise_()
        window.activateWindow()
        return window

    def windows(self) -> Mapping[CurrencyMode, HistoryWindow]:
        return dict(self._windows)

    def refresh(self) -> None:
        """Bring every open window's chart and reports up to date."""
        for window in self._windows.values():
            window.refresh()

    def close_all(self) -> None:
        for window in list(self._windows.values()):
            window.close()

    def _forget(self, key: CurrencyMode) -> None:
        self._windows.pop(key, None)
