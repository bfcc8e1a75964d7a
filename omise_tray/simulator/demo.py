"""The three demo shops: fixed test keys, realistic balances, a fortnight of history and trading.

Speed: the demo's trading is compressed so that at `speed=1.0` (one simulated second per wall
second) a new user sees balances move within seconds. Marina Books (SGD, low 40.00, critical
20.00 in the app's defaults) pays out and refunds early on and its available balance falls
below SGD 40.00 at simulated second 43 for every seed, while staying above SGD 20.00 until at
least second 60. Bangkok Coffee (THB) and Osaka Ramen (JPY) stay healthy.

The money timeline: Bangkok Coffee and Osaka Ramen are paid by card (2–3 business days),
PromptPay (at once) and mobile banking (1–2 business days), so their pending money becomes
available over the coming days. Bangkok Coffee states its payout terms (`transfer_config`)
and pays ฿10,000.00 out every Friday; Osaka Ramen pays half its balance out once a month, on
a day of the month chosen so that the next one falls within a week of the start.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from omise_tray.simulator.accounts import SimAccount
from omise_tray.simulator.ledger import (
    BankAccount,
    Direction,
    Transaction,
    Transfer,
    TransferTerms,
    object_id,
    transfer_fee,
)
from omise_tray.simulator.schedules import SimSchedule
from omise_tray.simulator.settlement import Calendar, PaymentMethod
from omise_tray.simulator.trading import Movement, ScriptedMove, TradingPattern

_DAY = 86_400.0
_HISTORY_DAYS = 14
# Charges in the history settle after two days, like card payments in Thailand.
_HISTORY_SETTLE = 2 * _DAY

BANGKOK_COFFEE_KEY = "skey_test_5sim0bangkokcoffee0thb"
OSAKA_RAMEN_KEY = "skey_test_5sim0osakaramen00jpy0"
MARINA_BOOKS_KEY = "skey_test_5sim0marinabooks00sgd"


@dataclass(frozen=True, slots=True)
class _Past:
    """What a demo shop did before the simulation starts."""

    available: int
    settled_charges: int
    refunds: tuple[int, ...]
    payouts: tuple[int, ...]
    # (net amount, how the customer paid) of recent charges, still pending; or, for a shop
    # whose money settles within seconds, (net amount, simulated second it becomes available).
    pending: tuple[tuple[int, PaymentMethod | float], ...]


def _split(amount: int, parts: int, rng: random.Random) -> list[int]:
    weights = [rng.uniform(0.4, 1.6) for _ in range(parts)]
    scale = sum(weights)
    shares = [int(amount * w / scale) for w in weights]
    shares[-1] += amount - sum(shares)
    return shares


def _history(
    past: _Past, currency: str, calendar: Calendar, country: str, rng: random.Random
) -> tuple[list[Transaction], list[Transfer]]:
    """Transactions and transfers whose sum is exactly the opening total and available balance."""
    start, end = -_HISTORY_DAYS * _DAY, -_HISTORY_SETTLE
    transactions: list[Transaction] = []
    transfers: list[Transfer] = []

    def book(amount: int, direction: Direction, key: str, origin: str, *, at: float) -> None:
        # Historical charges settle two days after capture; debits leave at once.
        settles_at = at + _HISTORY_SETTLE if direction is Direction.CREDIT else at
        transaction_id = object_id("trxn", False, rng)
        transactions.append(
            Transaction(transaction_id, amount, direction, key, origin, at, settles_at)
        )

    settled = past.available + sum(past.refunds) + sum(past.payouts)
    for amount in _split(settled, past.settled_charges, rng):
        origin = object_id("chrg", False, rng)
        book(amount, Direction.CREDIT, "charge.captured.net", origin, at=rng.uniform(start, end))
    refunds = [(rng.uniform(start, end), amount, False) for amount in past.refunds]
    payouts = [
        (start + index * (end - start) / (len(past.payouts) + 1), amount, True)
        for index, amount in enumerate(past.payouts, start=1)
    ]
    settles = sorted((t.transferable_at, t.amount) for t in transactions)
    fee, fee_vat = transfer_fee(currency, country)
    paid = 0
    for wanted_at, amount, payout in sorted(refunds + payouts):
        # A shop cannot pay out or refund money it does not have yet: a debit waits for the
        # charges that cover it, so the balance worked back from today never goes below zero.
        at = _first_covered(settles, wanted_at, paid + amount)
        paid += amount
        if payout:
            transfer = Transfer(
                object_id("trsf", False, rng), amount, fee, fee_vat, at, at, at + _DAY
            )
            transfers.append(transfer)
            book(amount, Direction.DEBIT, "transfer.sent", transfer.id, at=at)
        else:
            origin = object_id("rfnd", False, rng)
            book(amount, Direction.DEBIT, "refund.created", origin, at=at)
    # Recent charges, captured in the last hour, are still pending.
    for index, (amount, settlement) in enumerate(past.pending, start=1):
        at = -index * 900.0
        settles_at = (
            calendar.settles_at(at, settlement)
            if isinstance(settlement, PaymentMethod)
            else settlement
        )
        transaction_id = object_id("trxn", False, rng)
        origin = object_id("chrg", False, rng)
        transactions.append(
            Transaction(
                transaction_id,
                amount,
                Direction.CREDIT,
                "charge.captured.net",
                origin,
                at,
                settles_at,
            )
        )
    transactions.sort(key=lambda t: t.at)
    transfers.sort(key=lambda t: t.at)
    return transactions, transfers


def _first_covered(settles: list[tuple[float, int]], at: float, needed: int) -> float:
    """The first moment from `at` when the (time, amount) credits settled add up to `needed`."""
    running = 0
    for settles_at, amount in settles:
        running += amount
        if running >= needed:
            return max(at, settles_at + 1.0)
    return at


def _shop(
    name: str,
    *,
    key: str,
    currency: str,
    country: str,
    bank: BankAccount,
    past: _Past,
    trading: TradingPattern,
    origin: datetime,
    terms: TransferTerms | None = None,
    schedules: tuple[SimSchedule, ...] = (),
) -> SimAccount:
    calendar = Calendar(origin, country)
    transactions, transfers = _history(past, currency, calendar, country, random.Random(name))
    return SimAccount(
        name=name,
        key=key,
        currency=currency,
        country=country,
        email=f"owner@{name.lower().replace(' ', '')}.example",
        total=past.available + sum(amount for amount, _ in past.pending),
        available=past.available,
        bank_account=bank,
        trading=trading,
        transactions=transactions,
        transfers=transfers,
        transfer_terms=terms,
        schedules=list(schedules),
    )


def _monthly_day(today: date) -> int:
    """A day of the month (Omise takes 1 to 28) that comes within a week after `today`."""
    target = today + timedelta(days=4)
    return target.day if target.day <= 28 else 1


def demo_accounts(origin: datetime | None = None) -> list[SimAccount]:
    """Three test-mode shops in Thailand, Japan and Singapore; new objects on every call.

    `origin` is the simulator's start (now when not given): settlement dates and payout days
    are placed on the shops' calendars from it.
    """
    start = origin or datetime.now(UTC).replace(microsecond=0)
    bangkok_today = Calendar(start, "TH").moment(0.0).date()
    osaka_today = Calendar(start, "JP").moment(0.0).date()
    return [
        _shop(
            "Bangkok Coffee",
            key=BANGKOK_COFFEE_KEY,
            currency="THB",
            country="TH",
            bank=BankAccount("kbank", "7702", "Bangkok Coffee Co., Ltd."),
            past=_Past(
                available=1_187_200,
                settled_charges=60,
                refunds=(12_500, 8_900, 21_000),
                payouts=(2_400_000, 1_850_000),
                pending=((201_450, PaymentMethod.MOBILE_BANKING), (134_800, PaymentMethod.CARD)),
            ),
            # Payouts leave by the weekly schedule only, never by hand.
            trading=TradingPattern(
                charge_every=(4.0, 9.0),
                charge_amount=(8_000, 45_000),
                settle_after=25.0,
                refund_every=(40.0, 70.0),
                refund_amount=(5_000, 20_000),
                settlement=(
                    (PaymentMethod.CARD, 5),
                    (PaymentMethod.PROMPTPAY, 4),
                    (PaymentMethod.MOBILE_BANKING, 1),
                ),
            ),
            origin=start,
            # Omise's 2025 recording of a Thai account: fee and smallest payout ฿30.00.
            terms=TransferTerms(
                fee=3_000, min_transfer_amount=3_000, max_transfer_amount=100_000_000_000
            ),
            schedules=(
                SimSchedule(
                    id="schd_test_5simbangkokcoffeeweekly",
                    every=1,
                    period="week",
                    weekdays=("friday",),
                    amount=1_000_000,
                    start=bangkok_today - timedelta(days=56),
                    end=bangkok_today + timedelta(days=309),
                ),
            ),
        ),
        _shop(
            "Osaka Ramen",
            key=OSAKA_RAMEN_KEY,
            currency="JPY",
            country="JP",
            bank=BankAccount("mufg", "0815", "Osaka Ramen K.K."),
            past=_Past(
                available=142_900,
                settled_charges=45,
                refunds=(1_800, 950),
                payouts=(260_000, 210_000),
                pending=((28_100, PaymentMethod.CARD), (15_400, PaymentMethod.MOBILE_BANKING)),
            ),
            trading=TradingPattern(
                charge_every=(5.0, 10.0),
                charge_amount=(900, 3_800),
                settle_after=30.0,
                refund_every=(60.0, 90.0),
                refund_amount=(900, 2_000),
                payout_every=(180.0, 240.0),
                payout_keep=60_000,
                settlement=((PaymentMethod.CARD, 7), (PaymentMethod.MOBILE_BANKING, 3)),
            ),
            origin=start,
            schedules=(
                SimSchedule(
                    id="schd_test_5simosakaramenmonthly0",
                    every=1,
                    period="month",
                    days_of_month=(_monthly_day(osaka_today),),
                    percentage=50,
                    start=osaka_today - timedelta(days=90),
                    end=osaka_today + timedelta(days=275),
                ),
            ),
        ),
        _shop(
            "Marina Books",
            key=MARINA_BOOKS_KEY,
            currency="SGD",
            country="SG",
            bank=BankAccount("dbs", "2290", "Marina Books Pte. Ltd."),
            past=_Past(
                available=8_120,
                settled_charges=18,
                refunds=(1_450,),
                payouts=(15_000,),
                pending=((1_520, 6.0),),
            ),
            # Random charges are small and settle in 10 s, so exactly one of them settles before
            # second 43 (the first comes at 18-28 s), and random refunds start at >= 60 s: the
            # scripted moves decide the fall below SGD 40.00 at second 43 for every seed. Later
            # the shop recovers slowly and a payout every few minutes brings it low again.
            trading=TradingPattern(
                charge_every=(18.0, 28.0),
                charge_amount=(200, 600),
                settle_after=10.0,
                refund_every=(60.0, 90.0),
                refund_amount=(500, 1_100),
                payout_every=(240.0, 300.0),
                payout_keep=2_500,
                script=(
                    ScriptedMove(12.0, Movement.REFUND, 1_850),
                    ScriptedMove(26.0, Movement.PAYOUT, 2_500),
                    ScriptedMove(43.0, Movement.REFUND, 2_200),
                    ScriptedMove(90.0, Movement.DISPUTE, 400),
                ),
            ),
            origin=start,
        ),
    ]
