"""Records of money moving in a simulated account: transactions, transfers and the bank account."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from enum import StrEnum

_ID_ALPHABET = string.digits + string.ascii_lowercase
_ID_LENGTH = 19

# Omise charges a flat fee per payout, before VAT, in minor units. THB: 28.04 + 7 % VAT = 30.00,
# as in every transfer Omise's client libraries recorded; the others are comparable amounts.
TRANSFER_FEES: dict[str, int] = {"THB": 2804, "JPY": 250, "SGD": 100, "MYR": 300, "USD": 100}
# Value added tax charged on Omise's fees in the account's country, in percent.
FEE_VAT_PERCENT: dict[str, int] = {"TH": 7, "JP": 10, "SG": 9, "MY": 8}


class Direction(StrEnum):
    """Whether a transaction adds money to the balance or takes it away."""

    CREDIT = "credit"
    DEBIT = "debit"


@dataclass(frozen=True, slots=True)
class Transaction:
    """One movement of the balance; times are simulated seconds from the simulator's origin."""

    id: str
    amount: int
    direction: Direction
    key: str
    origin: str
    at: float
    transferable_at: float

    @property
    def signed_amount(self) -> int:
        """The change this transaction makes to the total balance."""
        return self.amount if self.direction is Direction.CREDIT else -self.amount


@dataclass(frozen=True, slots=True)
class BankAccount:
    """The merchant's bank account that receives payouts."""

    brand: str
    last_digits: str
    name: str


@dataclass(frozen=True, slots=True)
class Transfer:
    """A payout to the bank; `sent_at` and `paid_at` are planned times, None when it failed."""

    id: str
    amount: int
    fee: int
    fee_vat: int
    at: float
    sent_at: float | None
    paid_at: float | None
    failure_code: str | None = None
    failure_message: str | None = None
    schedule: str | None = None

    @property
    def total_fee(self) -> int:
        """The fee with the tax on it."""
        return self.fee + self.fee_vat

    @property
    def net(self) -> int:
        """What reaches the bank: the amount less the fee and the tax on the fee."""
        return self.amount - self.fee - self.fee_vat


@dataclass(frozen=True, slots=True)
class TransferTerms:
    """An account's `transfer_config`: the payout fee with VAT and the limits, in minor units."""

    fee: int
    min_transfer_amount: int
    max_transfer_amount: int
    payouts_enabled: bool = True


def transfer_fee(currency: str, country: str) -> tuple[int, int]:
    """The payout fee and the tax on it, in minor units of `currency`."""
    fee = TRANSFER_FEES.get(currency, 100)
    return fee, fee * FEE_VAT_PERCENT.get(country, 0) // 100


def object_id(prefix: str, livemode: bool, rng: random.Random) -> str:
    """An Omise-style identifier such as `trxn_test_5x...`, drawn from `rng` for repeatability."""
    suffix = "".join(rng.choice(_ID_ALPHABET) for _ in range(_ID_LENGTH))
    return f"{prefix}_{suffix}" if livemode else f"{prefix}_test_{suffix}"
