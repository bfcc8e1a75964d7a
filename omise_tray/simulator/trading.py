"""How a simulated shop trades over time: charges, settlements, refunds, payouts and disputes."""

from __future__ import annotations

import math
import random
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from omise_tray.simulator.ledger import (
    FEE_VAT_PERCENT,
    Direction,
    Transaction,
    Transfer,
    object_id,
    transfer_fee,
)
from omise_tray.simulator.schedules import SimSchedule
from omise_tray.simulator.settlement import PAYOUT_RUN_AT, Calendar, PaymentMethod

if TYPE_CHECKING:
    from omise_tray.simulator.accounts import SimAccount

# Omise's published card rate in Thailand is 3.65 % plus VAT; close enough for every demo shop.
CHARGE_FEE_BASIS_POINTS = 365
# How long a payout takes to reach the bank once sent, when the shop's pattern does not say.
_BANK_DELAY = 86_400.0


class Movement(StrEnum):
    """A kind of balance movement a shop goes through."""

    CHARGE = "charge"
    REFUND = "refund"
    PAYOUT = "payout"
    DISPUTE = "dispute"


@dataclass(frozen=True, slots=True)
class ScriptedMove:
    """A movement at a fixed simulated second, the same whatever the seed."""

    at: float
    movement: Movement
    amount: int


@dataclass(frozen=True, slots=True)
class TradingPattern:
    """The rhythm of one shop: how often and how much it sells, refunds and pays out.

    Intervals are (shortest, longest) simulated seconds, amounts (smallest, largest) gross minor
    units. Random payouts send everything available above `payout_keep` to the bank.
    Charges settle `settle_after` seconds after capture, or, when `settlement` weighs payment
    methods, after the chosen method's settlement period on the shop's business days.
    """

    charge_every: tuple[float, float]
    charge_amount: tuple[int, int]
    settle_after: float
    refund_every: tuple[float, float] | None = None
    refund_amount: tuple[int, int] = (0, 0)
    payout_every: tuple[float, float] | None = None
    payout_keep: int = 0
    script: tuple[ScriptedMove, ...] = ()
    settlement: tuple[tuple[PaymentMethod, int], ...] = ()


# A shop with schedules but no trading of its own: it never sells, refunds or pays by hand.
_STILL = TradingPattern(charge_every=(math.inf, math.inf), charge_amount=(0, 0), settle_after=0.0)


class Trading:
    """Plays one account's pattern and payout schedules forward in simulated time.

    Events are drawn in time order whatever the steps `run_until` is called with, so a
    simulation advanced in one jump and one advanced second by second end in the same state.
    Scheduled payouts run at 10:00 local time on business days, oldest first; one the balance
    cannot cover waits for the next run, as Omise retries it each business day.
    """

    def __init__(
        self, account: SimAccount, pattern: TradingPattern | None, seed: int, calendar: Calendar
    ) -> None:
        pattern = pattern or _STILL
        self._account = account
        self._pattern = pattern
        self._calendar = calendar
        self._rng = random.Random(f"{seed}:{account.id}")
        self._script = deque(sorted(pattern.script, key=lambda move: move.at))
        self._next_charge = self._after(0.0, pattern.charge_every)
        self._next_refund = self._after(0.0, pattern.refund_every)
        self._next_payout = self._after(0.0, pattern.payout_every)
        start = calendar.moment(0.0)
        # Runs of days before the start (and of today once 10:00 has passed) are history.
        ran_today = start.time() >= PAYOUT_RUN_AT
        self._collected_until = start.date() - timedelta(days=0 if ran_today else 1)
        self._waiting: deque[tuple[SimSchedule, date]] = deque()
        self._next_run = calendar.next_payout_run(-1.0) if account.schedules else math.inf

    def run_until(self, now: float) -> None:
        """Apply every movement and settlement due up to simulated second `now`."""
        with self._account.lock:
            while True:
                due = self._next_due()
                if due is None or due[0] > now:
                    break
                at, _, apply = due
                apply(at)
            self._account.settle(now)

    def _next_due(self) -> tuple[float, int, Callable[[float], None]] | None:
        # The middle number orders events due at the same second: settlements come first so a
        # payout at that second sees the money that has just become available.
        candidates: list[tuple[float, int, Callable[[float], None]]] = []
        settlement = self._account.next_settlement()
        if settlement is not None:
            candidates.append((settlement, 0, self._account.settle))
        if self._script:
            candidates.append((self._script[0].at, 1, self._scripted))
        candidates.append((self._next_charge, 2, self._random_charge))
        candidates.append((self._next_refund, 3, self._random_refund))
        candidates.append((self._next_payout, 4, self._random_payout))
        candidates.append((self._next_run, 5, self._payout_run))
        return min(candidates, key=lambda c: (c[0], c[1]), default=None)

    def _after(self, at: float, interval: tuple[float, float] | None) -> float:
        if interval is None or math.isinf(interval[0]):
            return math.inf
        return at + self._rng.uniform(*interval)

    def _payout_run(self, at: float) -> None:
        self._next_run = self._calendar.next_payout_run(at)
        today = self._calendar.moment(at).date()
        due = sorted(
            (day, schedule.id, schedule)
            for schedule in self._account.schedules
            for day in schedule.dates(self._collected_until + timedelta(days=1), today)
        )
        self._collected_until = today
        self._waiting.extend((schedule, day) for day, _, schedule in due)
        still_waiting: deque[tuple[SimSchedule, date]] = deque()
        for schedule, day in self._waiting:
            if not schedule.pays:
                continue
            available = self._account.available
            if schedule.amount is not None:
                amount = schedule.amount
            else:
                amount = max(0, available) * (schedule.percentage or 0) // 100
            if amount > available:
                still_waiting.append((schedule, day))
            elif amount > 0:
                self._send(at, amount, schedule=schedule.id)
        self._waiting = still_waiting

    def _scripted(self, at: float) -> None:
        move = self._script.popleft()
        if move.movement is Movement.CHARGE:
            self._charge(at, move.amount)
        elif move.movement is Movement.PAYOUT:
            self._payout(at, move.amount)
        else:
            self._debit(at, move.movement, move.amount)

    def _random_charge(self, at: float) -> None:
        self._next_charge = self._after(at, self._pattern.charge_every)
        self._charge(at, self._rng.randint(*self._pattern.charge_amount))

    def _random_refund(self, at: float) -> None:
        self._next_refund = self._after(at, self._pattern.refund_every)
        self._debit(at, Movement.REFUND, self._rng.randint(*self._pattern.refund_amount))

    def _random_payout(self, at: float) -> None:
        self._next_payout = self._after(at, self._pattern.payout_every)
        amount = self._account.available - self._pattern.payout_keep
        fee, fee_vat = transfer_fee(self._account.currency, self._account.country)
        # A payout that would mostly go on fees is not worth making.
        if amount > 10 * (fee + fee_vat):
            self._payout(at, amount)

    def _id(self, prefix: str) -> str:
        return object_id(prefix, self._account.livemode, self._rng)

    def _settles_at(self, at: float) -> float:
        mix = self._pattern.settlement
        if not mix:
            return at + self._pattern.settle_after
        (method,) = self._rng.choices([m for m, _ in mix], weights=[w for _, w in mix])
        return self._calendar.settles_at(at, method)

    def _charge(self, at: float, gross: int) -> None:
        fee = gross * CHARGE_FEE_BASIS_POINTS // 10_000
        fee_vat = fee * FEE_VAT_PERCENT.get(self._account.country, 0) // 100
        settles_at = self._settles_at(at)
        self._account.receive(
            Transaction(
                id=self._id("trxn"),
                amount=gross - fee - fee_vat,
                direction=Direction.CREDIT,
                key="charge.captured.net",
                origin=self._id("chrg"),
                at=at,
                transferable_at=settles_at,
            )
        )

    def _debit(self, at: float, movement: Movement, amount: int) -> None:
        # Omise refuses a refund the balance cannot cover; the shop simply does not make it.
        if amount > self._account.available:
            return
        key, prefix = (
            ("refund.created", "rfnd")
            if movement is Movement.REFUND
            else ("dispute.started", "dspt")
        )
        self._account.pay(
            Transaction(
                id=self._id("trxn"),
                amount=amount,
                direction=Direction.DEBIT,
                key=key,
                origin=self._id(prefix),
                at=at,
                transferable_at=at,
            )
        )

    def _payout(self, at: float, amount: int) -> None:
        if amount <= self._account.available:
            self._send(at, amount)
            return
        fee, fee_vat = transfer_fee(self._account.currency, self._account.country)
        self._account.transfers.append(
            Transfer(
                id=self._id("trsf"),
                amount=amount,
                fee=fee,
                fee_vat=fee_vat,
                at=at,
                sent_at=None,
                paid_at=None,
                failure_code="insufficient_balance",
                failure_message="insufficient funds in the account",
            )
        )

    def _send(self, at: float, amount: int, *, schedule: str | None = None) -> None:
        fee, fee_vat = transfer_fee(self._account.currency, self._account.country)
        transfer_id = self._id("trsf")
        delay = self._pattern.settle_after if self._pattern is not _STILL else _BANK_DELAY
        self._account.transfers.append(
            Transfer(
                id=transfer_id,
                amount=amount,
                fee=fee,
                fee_vat=fee_vat,
                at=at,
                sent_at=at,
                paid_at=at + delay,
                schedule=schedule,
            )
        )
        self._account.pay(
            Transaction(
                id=self._id("trxn"),
                amount=amount,
                direction=Direction.DEBIT,
                key="transfer.sent",
                origin=transfer_id,
                at=at,
                transferable_at=at,
            )
        )
