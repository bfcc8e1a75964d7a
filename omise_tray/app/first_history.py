"""FirstHistory: a new account's last 30 days, worked out from its transactions.

When an account's first balance arrives and the history holds nothing of it from 30 days
ago, its transactions since `fetch_from(now)` are read in the background and the balance is
walked back from that first balance (core/reconstruction.py). The points are kept apart from
the polls (HistoryStore.record_reconstructed keeps only those before the first poll) and drawn
as reconstructed, so a new merchant's chart is not an empty grid for a week. Once per account
and run of the app; a read that fails is tried again after a while.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from omise_tray.app.account_fetches import AccountFetches
from omise_tray.app.state import AppState
from omise_tray.core.reconstruction import (
    RECONSTRUCTED_DAYS,
    ReconstructedPoint,
    fetch_from,
    reconstruct_history,
)
from omise_tray.core.snapshot import Snapshot
from omise_tray.omise.errors import OmiseError
from omise_tray.storage.history import HistoryStore

if TYPE_CHECKING:
    from omise_tray.omise.client import OmiseClient

log = logging.getLogger(__name__)

TRY_AGAIN_AFTER = timedelta(minutes=30)
# Pages of 100 transactions read at most: a busy shop's seven weeks may hold more, and then
# the reconstruction starts at the oldest transaction read.
TRANSACTION_PAGES = 20
_DAY = 86_400


class FirstHistory(QObject):
    """Reconstructs the recent history of accounts that have none, once each."""

    recorded = Signal(str)  # account id whose reconstructed history was kept

    def __init__(
        self,
        state: AppState,
        history: HistoryStore,
        fetches: AccountFetches,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._fetches = fetches
        self._settled: set[str] = set()  # reconstructed, or needing none
        self._failed_at: dict[str, float] = {}
        self._stopped = False
        state.snapshot_applied.connect(self.balance_arrived)

    def stop(self) -> None:
        """Reconstruct nothing more: the history is about to close (a late poll may come)."""
        self._stopped = True

    def balance_arrived(self, snapshot: Snapshot) -> None:
        """Reconstruct the account's history when it has none from 30 days ago."""
        account_id = snapshot.account_id
        if self._stopped or account_id in self._settled:
            return
        now = snapshot.fetched_at
        at = int(now.timestamp())
        failed_at = self._failed_at.get(account_id)
        if failed_at is not None and at - failed_at < TRY_AGAIN_AFTER.total_seconds():
            return
        window_start = at - RECONSTRUCTED_DAYS * _DAY
        if self._history.reconstructed(account_id, 0, at) or self._history.series(
            account_id, 0, window_start, 1
        ):
            self._settled.add(account_id)  # done before, or polled for 30 days already
            return
        balance = snapshot.balance

        def work(client: OmiseClient) -> list[ReconstructedPoint]:
            read = client.transactions_since(fetch_from(now), max_pages=TRANSACTION_PAGES)
            return reconstruct_history(
                balance.total, balance.available, read.items, now=now, complete=read.complete
            )

        def answer(outcome: object) -> None:
            if self._stopped:
                return
            if isinstance(outcome, list):
                self._settled.add(account_id)
                self._failed_at.pop(account_id, None)
                kept = self._history.record_reconstructed(
                    account_id, balance.currency, balance.livemode, outcome
                )
                log.info("reconstructed %d balances of account %s", kept, account_id)
                if kept:
                    self.recorded.emit(account_id)
                return
            reason = outcome.kind.value if isinstance(outcome, OmiseError) else "unknown"
            log.info("could not reconstruct the history of account %s: %s", account_id, reason)
            self._failed_at[account_id] = at

        self._fetches.run(f"history:{account_id}", account_id, work, answer)
