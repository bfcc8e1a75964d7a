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
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from omise_tray.app.poller import KeyLookup
from omise_tray.app.state import AppState
from omise_tray.config import ApiEndpoint
from omise_tray.storage.history import CurrencyMode, HistoryStore, Point
from omise_tray.storage.reports import ReportLog
from omise_tray.storage.settings import Settings

if TYPE_CHECKING:
    from omise_tray.ui.history_window import HistoryWindow

DAY = 86_400
SPARKLINE_POINTS = 96  # one per quarter of an hour is more than a card's width can show

# Makes today's report again for these account ids; returns how many reports it filed.
MakeReport = Callable[[tuple[str, ...]], int]


def currency_mode(key: str) -> CurrencyMode:
    """The currency and mode of a balance card's key: "THB:test" -> THB in test mode."""
    currency, _, mode = key.partition(":")
    if not currency or mode not in ("live", "test"):
        raise ValueError(f"{key!r} is not a currency card key such as 'THB:test'")
    return CurrencyMode(currency.upper(), mode == "live")


def sparkline_points(
    history: HistoryStore, keys: Iterable[str], now: int
) -> dict[str, list[tuple[int, int]]]:
    """The last 24 h of available balance per card key, for MainWindow.set_sparklines.

    Five-second buckets, thinned to SPARKLINE_POINTS: a new account shows its shape after a
    few polls instead of waiting for a quarter of an hour to fill a second bucket.
    """
    lines: dict[str, list[tuple[int, int]]] = {}
    for key in keys:
        series = history.series(currency_mode(key), now - DAY, now, DAY // 5)
        step = max(1, -(-len(series) // SPARKLINE_POINTS))
        lines[key] = [(p.at, p.available) for p in series[step - 1 :: step]]
        if series and (not lines[key] or lines[key][-1][0] != series[-1].at):
            lines[key].append((series[-1].at, series[-1].available))
    return lines


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
    history: HistoryStore, members: Mapping[str, Sequence[str]], now: int
) -> dict[str, list[tuple[int, int]]]:
    """The last 24 h of reconstructed available balance per card key (its accounts' ids
    in `members`), for MainWindow.set_reconstructed_sparklines; cards without any are left out.
    """
    lines: dict[str, list[tuple[int, int]]] = {}
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

    def reconstructed(self, account_ids: Iterable[str], since: int, until: int) -> list[Point]:
        """The accounts' balances worked out from transactions, added up (for the chart)."""
        return reconstructed_series(self.history, account_ids, since, until)


class HistoryWindows(QObject):
    """Keeps one history window per currency card: opens it, or brings the open one forward."""

    def __init__(
        self, state: AppState, services: HistoryServices, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._services = services
        self._windows: dict[str, HistoryWindow] = {}

    def open(self, key: str) -> HistoryWindow:
        """Show the window of this card key ("THB:test"), creating it when none is open."""
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

    def windows(self) -> Mapping[str, HistoryWindow]:
        return dict(self._windows)

    def refresh(self) -> None:
        """Bring every open window's chart and reports up to date."""
        for window in self._windows.values():
            window.refresh()

    def close_all(self) -> None:
        for window in list(self._windows.values()):
            window.close()

    def _forget(self, key: str) -> None:
        self._windows.pop(key, None)
