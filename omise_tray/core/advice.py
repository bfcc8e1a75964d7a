"""Advice for a balance and the check whether a transfer or refund can be paid now."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from omise_tray.core.balance import Balance
from omise_tray.core.health import Thresholds
from omise_tray.core.localized import Translate, english
from omise_tray.core.money import format_money

Money = Callable[[int, str], str]


@dataclass(frozen=True, slots=True)
class Advice:
    """One recommendation: a stable code for the UI to key on and a sentence to show.

    `text` is the English sentence (the CLI, the report log); `currency` and `figures` (named
    amounts in minor units) let the window write it in its own language with `sentence`.
    """

    code: str
    text: str
    currency: str = ""
    figures: tuple[tuple[str, int], ...] = ()

    def sentence(self, translate: Translate, money: Money) -> str:
        """The recommendation in the language of `translate`, amounts written by `money`."""
        amounts = {name: money(value, self.currency) for name, value in self.figures}
        figures = dict(self.figures)
        if self.code == "inconsistent":
            return translate(
                "Advice",
                "The API reports more available than total; check the account in the Dashboard.",
            )
        if self.code == "add_funds":
            if figures["available"] < figures["low"]:
                #: {available} and {low} are amounts: the balance and the low threshold.
                text = translate(
                    "Advice",
                    "Consider adding funds: {available} is available, below the {low} low "
                    "threshold.",
                )
            else:
                text = translate(
                    "Advice",
                    "Consider adding funds: {available} is available, at the {low} low threshold.",
                )
        elif self.code == "review_pending":
            text = translate(
                "Advice",
                "High pending balance — review settlements: {pending} is pending, more than "
                "twice the {available} available.",
            )
        elif self.code == "reserve":
            text = translate(
                "Advice", "{reserve} is held in reserve by Omise and cannot be used or paid out."
            )
        else:
            text = translate(
                "Advice", "{on_hold} is on hold and becomes transferable once it clears."
            )
        return text.format(**amounts)


def _advice(code: str, currency: str = "", **figures: int) -> Advice:
    """Advice with its English sentence."""
    bare = Advice(code, "", currency, tuple(figures.items()))
    return Advice(code, bare.sentence(english, format_money), currency, bare.figures)


def recommendations(balance: Balance, thresholds: Thresholds) -> list[Advice]:
    """What the merchant may want to do about this balance, most pressing first.

    Codes: inconsistent, add_funds, review_pending, reserve, on_hold. Funds count as low at or
    below the low threshold, the same rule as the health verdict, so a card marked low always
    carries the advice to add funds.
    """
    currency = balance.currency
    advice: list[Advice] = []
    if balance.inconsistent:
        advice.append(_advice("inconsistent"))
    if balance.available <= thresholds.low:
        advice.append(
            _advice("add_funds", currency, available=balance.available, low=thresholds.low)
        )
    if balance.pending > 2 * balance.available:
        advice.append(
            _advice(
                "review_pending", currency, pending=balance.pending, available=balance.available
            )
        )
    if balance.reserve > 0:
        advice.append(_advice("reserve", currency, reserve=balance.reserve))
    if balance.on_hold > 0:
        advice.append(_advice("on_hold", currency, on_hold=balance.on_hold))
    return advice


class Operation(StrEnum):
    """A payout the merchant is about to make: a transfer to the bank or a refund."""

    TRANSFER = "transfer"
    REFUND = "refund"


# Payout fees in minor units, VAT included, used when the account's own `transfer_config`
# states none and the merchant has not set one in Settings.
# THB: 30 baht, the fee of every transfer Omise's client libraries recorded (2025: fee 2804 +
# VAT 196). JPY: 260 yen and SGD: none, both from Omise's help centre. Any other currency:
# no fee is published, so none is assumed; the merchant sets the real one in Settings.
DEFAULT_PAYOUT_FEES: Mapping[str, int] = MappingProxyType({"THB": 3000, "JPY": 260, "SGD": 0})


class FeeSource(StrEnum):
    """Where a payout fee comes from, most authoritative first."""

    ACCOUNT = "account"  # the account's transfer_config
    SETTINGS = "settings"  # the merchant's own figure for the currency
    DEFAULT = "default"  # DEFAULT_PAYOUT_FEES
    UNKNOWN = "unknown"  # nothing known: 0 is assumed


def default_transfer_fee(currency: str) -> int:
    """The payout fee assumed when nothing better is known, in minor units (THB 3000)."""
    return DEFAULT_PAYOUT_FEES.get(currency.upper(), 0)


def payout_fee(
    currency: str, account_fee: int | None = None, settings: Mapping[str, int] | None = None
) -> tuple[int, FeeSource]:
    """The fee one payout costs and where that figure comes from.

    The account's `transfer_config` fee wins, then the merchant's figure for the currency from
    Settings (`settings`, currency code -> minor units), then DEFAULT_PAYOUT_FEES.
    """
    code = currency.upper()
    if account_fee is not None:
        return account_fee, FeeSource.ACCOUNT
    if settings and code in settings:
        return settings[code], FeeSource.SETTINGS
    if code in DEFAULT_PAYOUT_FEES:
        return DEFAULT_PAYOUT_FEES[code], FeeSource.DEFAULT
    return 0, FeeSource.UNKNOWN


class PayoutVerdict(StrEnum):
    """The answer to "can I pay this out now?", with the reason when it is no."""

    OK = "ok"
    SHORT = "short"  # not enough money (with the buffer and the payouts scheduled first)
    BELOW_MINIMUM = "below_minimum"  # under the account's smallest transfer
    FEE_TAKES_ALL = "fee_takes_all"  # the fee would leave nothing for the bank
    PAYOUTS_DISABLED = "payouts_disabled"  # the account cannot pay out at all


@dataclass(frozen=True, slots=True)
class PayoutCheck:
    """Whether a payout can be made now, what it leaves and what reaches the bank.

    A transfer debits `amount` from the transferable balance and the bank receives
    `net` = amount − fee; `required` = amount + buffer + scheduled (payouts due first).
    A refund debits `amount` from the available balance; it has no fee, so `net` = amount.
    """

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
    verdict: PayoutVerdict = PayoutVerdict.OK
    net: int = 0
    scheduled: int = 0
    min_payout: int | None = None

    def summary(self, translate: Translate = english, money: Money = format_money) -> str:
        """A sentence answering "can I pay this now?" with the amounts involved, in the
        language of `translate` (English by default, as the CLI writes it)."""

        def amount(value: int) -> str:
            return money(value, self.currency)

        transfer = self.operation is Operation.TRANSFER
        if self.verdict is PayoutVerdict.PAYOUTS_DISABLED:
            return translate(
                "PayoutCheck",
                "No: payouts are turned off for this account. Ask Omise to enable them before "
                "making a transfer.",
            )
        if self.verdict is PayoutVerdict.BELOW_MINIMUM and self.min_payout is not None:
            return translate(
                "PayoutCheck", "No: the smallest transfer this account can make is {minimum}."
            ).format(minimum=amount(self.min_payout))
        if self.verdict is PayoutVerdict.FEE_TAKES_ALL:
            return translate(
                "PayoutCheck",
                "No: the {fee} fee would take all of this transfer, so nothing would reach your "
                "bank.",
            ).format(fee=amount(self.fee))
        if not self.ok:
            return self._short(translate, amount)
        fields = {
            "amount": amount(self.amount),
            "scheduled": amount(self.scheduled),
            "left": amount(self.remaining + self.buffer),
            "remaining": amount(self.remaining),
            "buffer": amount(self.buffer),
            "net": amount(self.net),
            "fee": amount(self.fee),
        }
        return self._yes(translate, transfer).format(**fields)

    def _short(self, translate: Translate, amount: Callable[[int], str]) -> str:
        if self.operation is Operation.TRANSFER:
            #: What the payout needs, added up: the transfer, payouts due first, the buffer.
            parts = [translate("PayoutCheck", "transfer {amount}")]
        else:
            parts = [translate("PayoutCheck", "refund {amount}")]
        if self.scheduled:
            parts.append(translate("PayoutCheck", "scheduled payouts {scheduled}"))
        parts.append(translate("PayoutCheck", "buffer {buffer}"))
        #: {shortfall} is the missing amount; {parts} adds up what the payout needs.
        sentence = translate("PayoutCheck", "No: you are {shortfall} short ({parts}).")
        needed = " + ".join(parts).format(
            amount=amount(self.amount),
            scheduled=amount(self.scheduled),
            buffer=amount(self.buffer),
        )
        return sentence.format(shortfall=amount(self.shortfall), parts=needed)

    def _yes(self, translate: Translate, transfer: bool) -> str:
        """The sentence of a payout that can be made, before its amounts are filled in."""
        if not transfer:
            if self.buffer:
                return translate(
                    "PayoutCheck",
                    "Yes: after this refund of {amount}, {left} remains, {remaining} above your "
                    "{buffer} buffer.",
                )
            return translate("PayoutCheck", "Yes: after this refund of {amount}, {left} remains.")
        if self.scheduled and self.buffer:
            return translate(
                "PayoutCheck",
                "Yes: after this transfer of {amount} and {scheduled} of scheduled payouts, "
                "{left} remains, {remaining} above your {buffer} buffer; your bank receives "
                "{net} after the {fee} fee.",
            )
        if self.scheduled:
            return translate(
                "PayoutCheck",
                "Yes: after this transfer of {amount} and {scheduled} of scheduled payouts, "
                "{left} remains; your bank receives {net} after the {fee} fee.",
            )
        if self.buffer:
            return translate(
                "PayoutCheck",
                "Yes: after this transfer of {amount}, {left} remains, {remaining} above your "
                "{buffer} buffer; your bank receives {net} after the {fee} fee.",
            )
        return translate(
            "PayoutCheck",
            "Yes: after this transfer of {amount}, {left} remains; your bank receives {net} "
            "after the {fee} fee.",
        )


def check_payout(
    balance: Balance,
    amount: int,
    operation: Operation,
    *,
    fee: int | None = None,
    buffer: int = 0,
    min_payout: int | None = None,
    payouts_enabled: bool = True,
    scheduled: int = 0,
) -> PayoutCheck:
    """Check whether a transfer or refund of `amount` (minor units) can be paid now.

    A transfer needs amount + buffer + `scheduled` (payouts due before it would leave) out of
    `transferable`, at least `min_payout`, more than the fee, and payouts enabled; the fee
    (default `default_transfer_fee`) comes out of the amount. A refund needs amount + buffer
    out of `available`; `fee`, `min_payout`, `payouts_enabled` and `scheduled` do not apply.
    """
    for name, value in (
        ("amount", amount),
        ("fee", fee or 0),
        ("buffer", buffer),
        ("scheduled payouts", scheduled),
    ):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int in minor units")
        if value < 0:
            raise ValueError(f"The {name} cannot be negative: enter zero or more.")
    transfer = operation is Operation.TRANSFER
    charged = (default_transfer_fee(balance.currency) if fee is None else fee) if transfer else 0
    usable = balance.transferable if transfer else balance.available
    ahead = scheduled if transfer else 0
    required = amount + buffer + ahead
    verdict = PayoutVerdict.OK
    if transfer and not payouts_enabled:
        verdict = PayoutVerdict.PAYOUTS_DISABLED
    elif transfer and min_payout is not None and amount < min_payout:
        verdict = PayoutVerdict.BELOW_MINIMUM
    elif transfer and amount <= charged:
        verdict = PayoutVerdict.FEE_TAKES_ALL
    elif required > usable:
        verdict = PayoutVerdict.SHORT
    ok = verdict is PayoutVerdict.OK
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
        shortfall=max(0, required - usable),
        verdict=verdict,
        net=max(0, amount - charged) if transfer else amount,
        scheduled=ahead,
        min_payout=min_payout if transfer else None,
    )
