"""Advice for a balance and the check whether a transfer or refund can be paid now."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from omise_tray.core.balance import Balance
from omise_tray.core.health import Thresholds
from omise_tray.core.money import format_money


@dataclass(frozen=True, slots=True)
class Advice:
    """One recommendation: a stable code for the UI to key on and a sentence to show."""

    code: str
    text: str


def recommendations(balance: Balance, thresholds: Thresholds) -> list[Advice]:
    """What the merchant may want to do about this balance, most pressing first.

    Codes: inconsistent, add_funds, review_pending, reserve, on_hold. Funds count as low at or
    below the low threshold, the same rule as the health verdict, so a card marked low always
    carries the advice to add funds.
    """

    def money(amount: int) -> str:
        return format_money(amount, balance.currency)

    advice: list[Advice] = []
    if balance.inconsistent:
        advice.append(
            Advice(
                "inconsistent",
                "The API reports more available than total; check the account in the Dashboard.",
            )
        )
    if balance.available <= thresholds.low:
        relation = "below" if balance.available < thresholds.low else "at"
        advice.append(
            Advice(
                "add_funds",
                f"Consider adding funds: {money(balance.available)} is available, "
                f"{relation} the {money(thresholds.low)} low threshold.",
            )
        )
    if balance.pending > 2 * balance.available:
        advice.append(
            Advice(
                "review_pending",
                f"High pending balance — review settlements: {money(balance.pending)} is "
                f"pending, more than twice the {money(balance.available)} available.",
            )
        )
    if balance.reserve > 0:
        advice.append(
            Advice(
                "reserve",
                f"{money(balance.reserve)} is held in reserve by Omise and cannot be used "
                "or paid out.",
            )
        )
    if balance.on_hold > 0:
        advice.append(
            Advice(
                "on_hold",
                f"{money(balance.on_hold)} is on hold and becomes transferable once it clears.",
            )
        )
    return advice


class Operation(StrEnum):
    """A payout the merchant is about to make: a transfer to the bank or a refund."""

    TRANSFER = "transfer"
    REFUND = "refund"


# Default transfer fees in minor units, for the caller to override with the merchant's own.
# THB: 25 baht, the seed documents' figure (Omise's help centre now quotes 30 baht below
# 2M baht). JPY: 260 yen per transfer and SGD: none, both from Omise's help centre.
# Other currencies: no published fee is known, so none is assumed.
_DEFAULT_TRANSFER_FEES = {"THB": 2500, "JPY": 260, "SGD": 0}


def default_transfer_fee(currency: str) -> int:
    """The transfer fee assumed when the caller gives none, in minor units (THB 2500)."""
    return _DEFAULT_TRANSFER_FEES.get(currency.upper(), 0)


@dataclass(frozen=True, slots=True)
class PayoutCheck:
    """Whether a payout fits in the usable balance, and by how much it fits or falls short."""

    operation: Operation
    currency: str
    amount: int
    fee: int
    buffer: int
    usable: int
    required: int
    ok: bool
    remaining: int
    shortfall: int

    def summary(self) -> str:
        """A sentence answering "can I pay this now?" with the amounts involved."""

        def money(amount: int) -> str:
            return format_money(amount, self.currency)

        if not self.ok:
            parts = [f"{self.operation} {money(self.amount)}"]
            if self.operation is Operation.TRANSFER:
                parts.append(f"fee {money(self.fee)}")
            parts.append(f"buffer {money(self.buffer)}")
            return f"No: you are {money(self.shortfall)} short ({' + '.join(parts)})."
        if self.operation is Operation.TRANSFER:
            spent = f"after this transfer of {money(self.amount)} and the {money(self.fee)} fee"
        else:
            spent = f"after this refund of {money(self.amount)}"
        left = self.remaining + self.buffer
        if self.buffer:
            return (
                f"Yes: {spent}, {money(left)} remains, "
                f"{money(self.remaining)} above your {money(self.buffer)} buffer."
            )
        return f"Yes: {spent}, {money(left)} remains."


def check_payout(
    balance: Balance,
    amount: int,
    operation: Operation,
    *,
    fee: int | None = None,
    buffer: int = 0,
) -> PayoutCheck:
    """Check whether a transfer or refund of `amount` (minor units) can be paid now.

    A transfer draws on `transferable` and needs amount + fee + buffer, the fee defaulting to
    `default_transfer_fee`. A refund draws on `available` and needs amount + buffer: it has no
    transfer fee, so `fee` is ignored for refunds.
    """
    for name, value in (("amount", amount), ("fee", fee or 0), ("buffer", buffer)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int in minor units")
        if value < 0:
            raise ValueError(f"The {name} cannot be negative: enter zero or more.")
    if operation is Operation.TRANSFER:
        charged = default_transfer_fee(balance.currency) if fee is None else fee
        usable = balance.transferable
    else:
        charged = 0
        usable = balance.available
    required = amount + charged + buffer
    ok = required <= usable
    return PayoutCheck(
        operation=operation,
        currency=balance.currency,
        amount=amount,
        fee=charged,
        buffer=buffer,
        usable=usable,
        required=required,
        ok=ok,
        remaining=usable - required if ok else 0,
        shortfall=0 if ok else required - usable,
    )
