"""HistoryRecorder: every successful poll goes into the balance history and the daily report."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal

from omise_tray.app.state import AppState
from omise_tray.core.snapshot import Snapshot
from omise_tray.storage.history import HistoryStore
from omise_tray.storage.reports import ReportLog

log = logging.getLogger(__name__)


class HistoryRecorder(QObject):
    """Appends snapshots to the history store and files each account's report of the day (at
    its first poll of the day, and again when the merchant asks).

    A write that fails (a full disk, a read-only folder) is tried again at the next poll; the
    user is told once, and again only if writing fails anew after it had worked.
    """

    recorded = Signal(str)  # account id whose history grew
    problem = Signal(str)  # a sentence for the user: history or reports cannot be written

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
        self._told: set[str] = set()  # which of "history" and "reports" the user was told of
        state.snapshot_applied.connect(self._on_snapshot)

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        at = int(snapshot.fetched_at.timestamp())
        if self.history.record(snapshot.account_id, snapshot.balance, at):
            self.recorded.emit(snapshot.account_id)
        notice = self.history.write_notice
        self._tell_once("history", notice.sentence(QCoreApplication.translate) if notice else None)
        self.file_report(snapshot)

    def _tell_once(self, what: str, sentence: str | None) -> None:
        if sentence is None:
            self._told.discard(what)  # written again: a later failure is news
        elif what not in self._told:
            self._told.add(what)
            self.problem.emit(sentence)

    def file_report(self, snapshot: Snapshot, *, replace: bool = False) -> bool:
        """File today's report for the snapshot's account unless it already has one (or
        `replace` says to make it again from this snapshot)."""
        status = self._state.status(snapshot.account_id)
        if status is None:
            return False
        try:
            report = self.reports.file_day(
                account_id=snapshot.account_id,
                account_name=status.name,
                balance=snapshot.balance,
                thresholds=status.rules.thresholds,
                watched=status.rules.watched,
                day=snapshot.fetched_at.astimezone().date(),
                replace=replace,
            )
        except OSError as exc:
            log.warning("could not write the daily report: %s", exc)
            self._tell_once(
                "reports",
                f"Today's report could not be saved ({exc.strerror or exc}); it is tried again "
                f"at the next check. Check that {self.reports.path.parent} can be written and "
                "the disk has free space.",
            )
            return False
        self._tell_once("reports", None)
        return report is not None

    def report_now(self, account_ids: tuple[str, ...]) -> int:
        """Make today's report again, from the latest balance, for those accounts that have
        one; it supersedes the report made at the day's first check. Returns how many."""
        filed = 0
        for account_id in account_ids:
            status = self._state.status(account_id)
            if status is not None and status.snapshot is not None:
                filed += self.file_report(status.snapshot, replace=True)
        return filed
