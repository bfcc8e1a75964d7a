"""HistoryRecorder: every successful poll goes into the balance history and the daily report."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from omise_tray.core.snapshot import Snapshot
from omise_tray.state import AppState
from omise_tray.storage.history import CurrencyMode, HistoryStore
from omise_tray.storage.reports import ReportLog

log = logging.getLogger(__name__)

SPARKLINE_SECONDS = 24 * 3600
SPARKLINE_POINTS = 96


class HistoryRecorder(QObject):
    """Appends snapshots to the history store and files each account's first report of a day."""

    recorded = Signal(str)  # account id whose history grew

    def __init__(
        self,
        state: AppState,
        history: HistoryStore,
        reports: ReportLog,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self.history = history
        self.reports = reports
        state.snapshot_applied.connect(self._on_snapshot)

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        at = int(snapshot.fetched_at.timestamp())
        if self.history.record(snapshot.account_id, snapshot.balance, at):
            self.recorded.emit(snapshot.account_id)
        self.file_report(snapshot)

    def file_report(self, snapshot: Snapshot) -> None:
        """File today's report for the snapshot's account unless it already has one."""
        status = self._state.status(snapshot.account_id)
        if status is None:
            return
        try:
            self.reports.file_day(
                account_id=snapshot.account_id,
                account_name=status.name,
                balance=snapshot.balance,
                thresholds=status.rules.thresholds,
                watched=status.rules.watched,
                day=snapshot.fetched_at.astimezone().date(),
            )
        except OSError as exc:
            log.warning("could not write the daily report: %s", exc)

    def report_now(self) -> None:
        """File today's report now for every account with a balance that has none yet."""
        for status in self._state.statuses():
            if status.snapshot is not None:
                self.file_report(status.snapshot)

    def sparkline(self, currency: str, livemode: bool, now: datetime) -> list[tuple[int, int]]:
        """The last 24 h of available balance of every account in one currency and mode."""
        until = int(now.timestamp())
        series = self.history.series(
            CurrencyMode(currency, livemode), until - SPARKLINE_SECONDS, until, SPARKLINE_POINTS
        )
        return [(point.at, point.available) for point in series]
