"""The simulated Omise account: identity, balance and the movements that change it."""

from __future__ import annotations

import hashlib
import threading
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from omise_tray.simulator.ledger import (
    BankAccount,
    Direction,
    Transaction,
    Transfer,
    TransferTerms,
)
from omise_tray.simulator.schedules import SimSchedule
from omise_tray.simulator.trading import TradingPattern

CURRENT_VERSION = "2019-05-29"
LEGACY_VERSIONS = frozenset({"2014-07-27", "2015-11-17", "2017-11-02"})
API_VERSIONS = LEGACY_VERSIONS | {CURRENT_VERSION}
_DAY = 86_400.0
DEFAULT_BANK_ACCOUNT = BankAccount("bbl", "4321", "Demo Merchant Co., Ltd.")


@dataclass(frozen=True, slots=True)
class AccountSnapshot:
    """A consistent copy of one account's identity and balance, safe to read in any thread."""

    name: str
    id: str
    email: str
    country: str
    currency: str
    livemode: bool
    default_version: str
    team: str
    created_at: float
    total: int
    available: int
    reserve: int
    transfer_terms: TransferTerms | None = None

    @property
    def pending(self) -> int:
        """Money received but not yet available, never negative."""
        return max(0, self.total - self.available)


def _derived_id(prefix: str, name: str, livemode: bool) -> str:
    digest = hashlib.sha256(name.encode()).hexdigest()[:19]
    return f"{prefix}_{digest}" if livemode else f"{prefix}_test_{digest}"


@dataclass(eq=False)
class SimAccount:
    """One Omise account inside the simulator: its key, balance, history, trading and payouts.

    The Simulator changes it only while holding `lock`; read it from other threads through
    `snapshot()`. `available` may exceed `total` because Omise's own fixtures do that.
    """

    name: str
    key: str = field(repr=False)
    currency: str
    country: str
    email: str = ""
    id: str = ""
    livemode: bool = False
    default_version: str = CURRENT_VERSION
    total: int = 0
    available: int = 0
    reserve: int = 0
    created_at: float = -400 * _DAY
    team: str = ""
    bank_account: BankAccount = DEFAULT_BANK_ACCOUNT
    trading: TradingPattern | None = None
    transfer_terms: TransferTerms | None = None
    schedules: list[SimSchedule] = field(default_factory=list)
    transactions: list[Transaction] = field(default_factory=list, repr=False)
    transfers: list[Transfer] = field(default_factory=list, repr=False)
    lock: threading.RLock = field(default_factory=threading.RLock, init=False, repr=False)
    _unsettled: list[Transaction] = field(default_factory=list, init=False, repr=False)
    _queued: deque[tuple[int, int]] = field(default_factory=deque, init=False, repr=False)

    def __post_init__(self) -> None:
        self.currency = self.currency.upper()
        self.country = self.country.upper()
        if self.default_version not in API_VERSIONS:
            raise ValueError(f"unknown Omise API version {self.default_version!r}")
        if not self.id:
            self.id = _derived_id("acct", self.name, self.livemode)
        if not self.team:
            self.team = _derived_id("team", self.name, self.livemode)
        if not self.email:
            self.email = f"{self.name.lower().replace(' ', '.')}@example.com"
        self._unsettled = [
            t
            for t in self.transactions
            if t.direction is Direction.CREDIT and t.transferable_at > 0
        ]

    def snapshot(self) -> AccountSnapshot:
        """A frozen copy of the identity and balance as they are now."""
        with self.lock:
            return AccountSnapshot(
                name=self.name,
                id=self.id,
                email=self.email,
                country=self.country,
                currency=self.currency,
                livemode=self.livemode,
                default_version=self.default_version,
                team=self.team,
                created_at=self.created_at,
                total=self.total,
                available=self.available,
                reserve=self.reserve,
                transfer_terms=self.transfer_terms,
            )

    def set_balance(self, *, total: int, available: int, reserve: int = 0) -> None:
        """Force the balance to these figures, forgetting credits still waiting to settle.

        No transaction records the jump: scripted tests use it to stage a situation. The
        forgotten credits are listed as settled when they were made, so /transactions never
        shows money on its way that the balance no longer counts as pending.
        """
        with self.lock:
            self.total = total
            self.available = available
            self.reserve = reserve
            forgotten = {id(t) for t in self._unsettled}
            self.transactions = [
                replace(t, transferable_at=t.at) if id(t) in forgotten else t
                for t in self.transactions
            ]
            self._unsettled.clear()

    def queue_balances(self, balances: Iterable[tuple[int, int]]) -> None:
        """Serve these (total, available) pairs to the next balance requests, one each."""
        with self.lock:
            self._queued.extend(balances)

    def serve_queued_balance(self) -> None:
        """Apply the next queued balance, if any; the last one applied then stays."""
        with self.lock:
            if self._queued:
                total, available = self._queued.popleft()
                self.set_balance(total=total, available=available, reserve=self.reserve)

    def receive(self, transaction: Transaction) -> None:
        """Book a credit: it counts in the total now and becomes available when it settles."""
        with self.lock:
            self.transactions.append(transaction)
            self.total += transaction.amount
            if transaction.transferable_at > transaction.at:
                self._unsettled.append(transaction)
            else:
                self.available += transaction.amount

    def pay(self, transaction: Transaction) -> None:
        """Book a debit: it leaves the total and the available balance at once."""
        with self.lock:
            self.transactions.append(transaction)
            self.total -= transaction.amount
            self.available -= transaction.amount

    def next_settlement(self) -> float | None:
        """When the earliest pending credit becomes available, or None if nothing is pending."""
        with self.lock:
            return min((t.transferable_at for t in self._unsettled), default=None)

    def settle(self, until: float) -> None:
        """Make every pending credit whose settle time has come available."""
        with self.lock:
            due = [t for t in self._unsettled if t.transferable_at <= until]
            for transaction in due:
                self._unsettled.remove(transaction)
                self.available += transaction.amount
