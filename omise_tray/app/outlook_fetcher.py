"""OutlookFetcher: each account's money timeline, read politely in the background.

A balance poll says how much there is; the timeline also needs the account's payout terms,
its payout schedules and its newest transactions (newest first, pages of 100 until one ends
with money already transferable, at most 5). Those are read at most every 30 minutes per
account, or sooner when the balance's total changes (money came or went, so the list of
money still to come did too). The outlook itself is projected again from what was read at
every balance poll, so it follows the latest balance and the calendar between reads. A read
that fails keeps the last outlook, marked as failing since then, and is tried again after
the same wait, or as soon as the total changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from omise_tray.app.account_fetches import AccountFetches
from omise_tray.app.state import AppState
from omise_tray.core.outlook import build_outlook
from omise_tray.core.snapshot import Snapshot
from omise_tray.omise.errors import OmiseError
from omise_tray.omise.models import Transaction, TransferConfig, TransferSchedule
from omise_tray.storage.settings import Settings
from omise_tray.ui.state_view import KnownOutlook

if TYPE_CHECKING:
    from omise_tray.omise.client import OmiseClient

log = logging.getLogger(__name__)

READ_EVERY = timedelta(minutes=30)
TRANSACTION_PAGES = 5

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class TimelineFacts:
    """What one read of an account brought: its terms, schedules and newest transactions."""

    terms: TransferConfig | None
    schedules: tuple[TransferSchedule, ...]
    transactions: tuple[Transaction, ...]


def read_timeline_facts(client: OmiseClient, now: datetime) -> TimelineFacts:
    """The requests of one read (in a fetch thread): account, schedules, transaction pages."""
    terms = client.account().transfer_config
    schedules = client.transfer_schedules().items
    recent = client.upcoming_transactions(now, max_pages=TRANSACTION_PAGES)
    return TimelineFacts(terms, tuple(schedules), tuple(recent.items))


@dataclass(frozen=True, slots=True)
class _Read:
    """The latest read of an account: when it began, at what total, and what it brought."""

    asked_at: datetime
    total: int
    facts: TimelineFacts | None = None
    read_at: datetime | None = None
    failing_since: datetime | None = None


class OutlookFetcher(QObject):
    """Keeps AppState's outlooks up to date, reading each account's facts in the background."""

    def __init__(
        self,
        state: AppState,
        fetches: AccountFetches,
        settings: Callable[[], Settings],
        *,
        clock: Clock = _utc_now,
        every: timedelta = READ_EVERY,
        zone: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._fetches = fetches
        self._settings = settings
        self._clock = clock
        self._every = every
        self._zone = zone
        self._reads: dict[str, _Read] = {}
        self._latest: dict[str, Snapshot] = {}
        state.snapshot_applied.connect(self.balance_arrived)

    def balance_arrived(self, snapshot: Snapshot) -> None:
        """Project the account's outlook from the new balance; read its facts when due."""
        account_id = snapshot.account_id
        self._latest[account_id] = snapshot
        self._project(account_id)
        now = self._clock()
        read = self._reads.get(account_id)
        total = snapshot.balance.total
        if read is not None and now - read.asked_at < self._every and read.total == total:
            return
        name = f"outlook:{account_id}"
        if self._fetches.run(
            name,
            account_id,
            lambda client: read_timeline_facts(client, now),
            lambda outcome: self._answered(account_id, outcome),
        ):
            previous = read or _Read(now, total)
            self._reads[account_id] = _Read(
                now, total, previous.facts, previous.read_at, previous.failing_since
            )

    def _answered(self, account_id: str, outcome: object) -> None:
        read = self._reads.get(account_id)
        if read is None:
            return
        if isinstance(outcome, TimelineFacts):
            self._reads[account_id] = _Read(read.asked_at, read.total, outcome, read.asked_at)
        else:
            reason = outcome.kind.value if isinstance(outcome, OmiseError) else "unknown"
            log.info("could not read the timeline of account %s: %s", account_id, reason)
            failing = read.failing_since or read.asked_at
            self._reads[account_id] = _Read(
                read.asked_at, read.total, read.facts, read.read_at, failing
            )
        self._project(account_id)

    def _project(self, account_id: str) -> None:
        read = self._reads.get(account_id)
        snapshot = self._latest.get(account_id)
        status = self._state.status(account_id)
        if read is None or read.facts is None or read.read_at is None:
            return
        if snapshot is None or status is None:
            return
        facts = read.facts
        outlook = build_outlook(
            snapshot.balance,
            facts.transactions,
            facts.schedules,
            facts.terms,
            now=max(self._clock(), read.read_at),
            zone=self._zone,
            low_line=status.rules.thresholds.low,
            fees=self._settings().transfer_fees,
        )
        self._state.apply_outlook(
            account_id, KnownOutlook(outlook, read.read_at, read.failing_since)
        )
