"""The payout check dialog: can this transfer or refund be paid from the balance right now?

With the account's outlook read, a transfer is checked against the account's own fee and
smallest payout, payouts turned off for it, and the scheduled payouts that leave before (or
with) a transfer asked for now.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from omise_tray.core.advice import (
    Operation,
    PayoutCheck,
    PayoutVerdict,
    check_payout,
    default_transfer_fee,
)
from omise_tray.core.balance import Balance
from omise_tray.core.money import AmountError, exponent, format_amount, parse_amount
from omise_tray.core.outlook import payout_day
from omise_tray.core.portfolio import Signal
from omise_tray.core.privacy import shown_money, shown_text
from omise_tray.i18n.translators import follow_language
from omise_tray.storage.settings import Settings
from omise_tray.ui.state_view import KnownOutlook
from omise_tray.ui.theme import text_colour
from omise_tray.ui.timeline import money, short_date


@dataclass(frozen=True, slots=True)
class PayoutAccount:
    """An account the merchant can check a payout against: its name and latest balance."""

    name: str
    balance: Balance
    fee: int | None = None  # None: the merchant's figure from Settings, else the default
    min_payout: int | None = None
    payouts_enabled: bool = True
    scheduled: int = 0  # payouts scheduled to leave before, or with, a transfer made now
    leaves_on: date | None = None  # when a transfer asked for now would leave

    @classmethod
    def with_outlook(
        cls,
        name: str,
        balance: Balance,
        known: KnownOutlook | None,
        now: datetime,
        zone: tzinfo | None = None,
    ) -> PayoutAccount:
        """The account with the terms and payouts its outlook knows of, if it was read."""
        if known is None:
            return cls(name, balance)
        outlook = known.outlook
        leaves_on = payout_day(now, zone)
        return cls(
            name,
            balance,
            fee=outlook.payout_fee,
            min_payout=outlook.min_payout,
            payouts_enabled=outlook.payouts_enabled,
            scheduled=outlook.payouts_leaving_by(leaves_on),
            leaves_on=leaves_on,
        )

    @property
    def label(self) -> str:
        translate = QCoreApplication.translate
        #: An account in the list to check against: its name, currency and mode.
        if self.balance.livemode:
            line = translate("PayoutCheck", "{name} · {currency} · live")
        else:
            line = translate("PayoutCheck", "{name} · {currency} · test")
        return line.format(name=self.name, currency=self.balance.currency)


class PayoutCheckDialog(QDialog):
    """Answers "can I pay this out now?" for one account, live as the merchant types."""

    def __init__(
        self,
        accounts: Sequence[PayoutAccount],
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = list(accounts)
        self._settings = settings
        self._amounts_hidden = False
        self.account_box = QComboBox(self)
        for _account in self._accounts:
            self.account_box.addItem("")  # the words come with the language
        self.operation_box = QComboBox(self)
        self.operation_box.addItem("", Operation.TRANSFER)
        self.operation_box.addItem("", Operation.REFUND)
        self.amount_field = QLineEdit(self)
        self.buffer_field = QLineEdit(self)
        self.usable_label = QLabel(self)
        self.fee_label = QLabel(self)
        self.minimum_label = QLabel(self)
        self.scheduled_label = QLabel(self)
        self.scheduled_label.setWordWrap(True)
        self.notice_label = QLabel(self)
        self.notice_label.setWordWrap(True)
        critical = text_colour(Signal.CRITICAL, self.palette()).name()
        self.notice_label.setStyleSheet(f"color: {critical};")
        self.answer_label = QLabel(self)
        self.answer_label.setWordWrap(True)

        form = QFormLayout()
        fields = (
            self.account_box,
            self.operation_box,
            self.amount_field,
            self.buffer_field,
            self.fee_label,
            self.minimum_label,
            self.scheduled_label,
            self.usable_label,
        )
        self._row_labels: list[QLabel] = []
        for field in fields:
            label = QLabel(self)
            label.setBuddy(field)
            form.addRow(label, field)
            self._row_labels.append(label)
        self._form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.notice_label)
        column.addWidget(self.answer_label)
        column.addWidget(buttons)

        self.account_box.currentIndexChanged.connect(self._account_changed)
        self.operation_box.currentIndexChanged.connect(self._update)
        self.amount_field.textChanged.connect(self._update)
        self.buffer_field.textChanged.connect(self._update)
        self._account_changed()
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        """Every word of the dialog in the language spoken now, and the answer said again
        for the figures as they are typed."""
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("PayoutCheck", "Check a payout"))
        for index, account in enumerate(self._accounts):
            self.account_box.setItemText(index, account.label)
        self.operation_box.setItemText(0, translate("PayoutCheck", "Transfer to bank"))
        self.operation_box.setItemText(1, translate("PayoutCheck", "Refund"))
        self.amount_field.setAccessibleName(translate("PayoutCheck", "Amount"))
        self.buffer_field.setAccessibleName(translate("PayoutCheck", "Buffer to keep"))
        self.buffer_field.setPlaceholderText(translate("PayoutCheck", "optional"))
        self.answer_label.setAccessibleName(translate("PayoutCheck", "Answer"))
        words = (
            translate("PayoutCheck", "&Account:"),
            translate("PayoutCheck", "&Payout:"),
            translate("PayoutCheck", "A&mount:"),
            translate("PayoutCheck", "&Keep at least:"),
            translate("PayoutCheck", "Fee:"),
            translate("PayoutCheck", "Smallest payout:"),
            translate("PayoutCheck", "Scheduled first:"),
            translate("PayoutCheck", "Can be used:"),
        )
        for label, text in zip(self._row_labels, words, strict=True):
            label.setText(text)
        self._show_amount_hint()
        self._update()

    @property
    def account(self) -> PayoutAccount | None:
        index = self.account_box.currentIndex()
        return self._accounts[index] if 0 <= index < len(self._accounts) else None

    @property
    def operation(self) -> Operation:
        return Operation(self.operation_box.currentData())

    def answer(self) -> str:
        return self.answer_label.text()

    def set_amounts_hidden(self, hidden: bool) -> None:
        """Privacy mode: the fee, the usable balance and amounts in the answer show "•••".
        What the merchant types stays visible to them."""
        if hidden != self._amounts_hidden:
            self._amounts_hidden = hidden
            self._update()

    def fee_for(self, currency: str) -> int:
        """The merchant's own fee for the currency from Settings, else the known default."""
        return self._settings.transfer_fees.get(currency.upper(), default_transfer_fee(currency))

    def _show_terms(self, account: PayoutAccount, transfer: bool) -> None:
        """The account's smallest payout, the payouts due first, and payouts turned off."""
        translate = QCoreApplication.translate
        currency = account.balance.currency
        minimum = account.min_payout if transfer else None
        self.minimum_label.setText(money(minimum, currency) if minimum is not None else "")
        self._form.setRowVisible(self.minimum_label, minimum is not None)
        scheduled = account.scheduled if transfer else 0
        if scheduled and account.leaves_on is not None:
            #: A transfer asked for now leaves on {date}; {amount} of scheduled payouts
            #: leave before it or on the same run, so they are counted first.
            line = translate("PayoutCheck", "{amount} of scheduled payouts leave by {date}")
            self.scheduled_label.setText(
                line.format(amount=money(scheduled, currency), date=short_date(account.leaves_on))
            )
        self._form.setRowVisible(self.scheduled_label, bool(scheduled))
        off = transfer and not account.payouts_enabled
        self.notice_label.setText(
            translate(
                "PayoutCheck",
                "Payouts are turned off for this account: Omise will not send a transfer.",
            )
            if off
            else ""
        )
        self.notice_label.setVisible(off)

    def _account_changed(self) -> None:
        account = self.account
        if account is not None:
            currency = account.balance.currency
            buffer = self._settings.payout_buffer.get(currency)
            self.buffer_field.setText(format_amount(buffer, currency) if buffer else "")
        self._show_amount_hint()
        self._update()

    def _show_amount_hint(self) -> None:
        account = self.account
        if account is None:
            return
        currency = account.balance.currency
        example = format_amount(1000 * 10 ** exponent(currency), currency)
        #: A hint in the empty amount field: {example} is an amount such as 1,000.00.
        hint = QCoreApplication.translate("PayoutCheck", "e.g. {example} {currency}")
        self.amount_field.setPlaceholderText(hint.format(example=example, currency=currency))

    def _update(self) -> None:
        translate = QCoreApplication.translate
        account = self.account
        if account is None:
            self._show(
                translate(
                    "PayoutCheck", "Add an account first: there is no balance to check against."
                ),
                None,
            )
            return
        balance = account.balance
        currency = balance.currency
        transfer = self.operation is Operation.TRANSFER
        fee = account.fee if account.fee is not None else self.fee_for(currency)
        hidden = self._amounts_hidden
        self._show_terms(account, transfer)
        self.fee_label.setText(
            shown_money(fee, currency, hidden=hidden)
            if transfer
            else translate("PayoutCheck", "none (refunds have no transfer fee)")
        )
        if transfer:
            #: {amount} is the balance that can be transferred to the bank now.
            usable = translate("PayoutCheck", "{amount} transferable").format(
                amount=shown_money(balance.transferable, currency, hidden=hidden)
            )
        else:
            #: {amount} is the balance available for refunds now.
            usable = translate("PayoutCheck", "{amount} available").format(
                amount=shown_money(balance.available, currency, hidden=hidden)
            )
        self.usable_label.setText(usable)
        if not self.amount_field.text().strip():
            self._show(translate("PayoutCheck", "Enter an amount to check."), None)
            return
        try:
            amount = parse_amount(self.amount_field.text(), currency)
        except AmountError as exc:
            self._show(exc.sentence(translate), None)
            return
        buffer_text = self.buffer_field.text().strip()
        try:
            buffer = parse_amount(buffer_text, currency) if buffer_text else 0
        except AmountError as exc:
            #: {problem} says what is wrong with the amount typed in "Keep at least".
            line = translate("PayoutCheck", "Check the amount to keep: {problem}")
            self._show(line.format(problem=exc.sentence(translate)), None)
            return
        check = check_payout(
            balance,
            amount,
            self.operation,
            fee=fee,
            buffer=buffer,
            min_payout=account.min_payout,
            payouts_enabled=account.payouts_enabled,
            scheduled=account.scheduled,
        )
        self._show(answer(check), check)

    def _show(self, text: str, check: PayoutCheck | None) -> None:
        if check is None:
            self.answer_label.setStyleSheet("")
        else:
            signal = Signal.HEALTHY if check.ok else Signal.CRITICAL
            colour = text_colour(signal, self.palette()).name()
            self.answer_label.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.answer_label.setText(shown_text(text, hidden=self._amounts_hidden))


def answer(check: PayoutCheck) -> str:
    """The check's answer as a sentence in the window's language (core's summary in English)."""
    translate = QCoreApplication.translate
    currency = check.currency
    amounts = {
        "amount": money(check.amount, currency),
        "fee": money(check.fee, currency),
        "net": money(check.net, currency),
        "buffer": money(check.buffer, currency),
        "scheduled": money(check.scheduled, currency),
        "shortfall": money(check.shortfall, currency),
        "left": money(check.remaining + check.buffer, currency),
        "remaining": money(check.remaining, currency),
        "minimum": money(check.min_payout or 0, currency),
    }
    transfer = check.operation is Operation.TRANSFER
    verdict = check.verdict
    if verdict is PayoutVerdict.PAYOUTS_DISABLED:
        text = translate(
            "PayoutCheck",
            "No: payouts are turned off for this account. "
            "Ask Omise to enable them before making a transfer.",
        )
    elif verdict is PayoutVerdict.BELOW_MINIMUM:
        text = translate(
            "PayoutCheck", "No: the smallest transfer this account can make is {minimum}."
        )
    elif verdict is PayoutVerdict.FEE_TAKES_ALL:
        text = translate(
            "PayoutCheck",
            "No: the {fee} fee would take all of this transfer, so nothing would reach your bank.",
        )
    elif not check.ok:
        text = _short_sentence(transfer, bool(check.scheduled))
    else:
        text = _yes_sentence(transfer, bool(check.scheduled), bool(check.buffer))
    return text.format(**amounts)


def _short_sentence(transfer: bool, scheduled: bool) -> str:
    translate = QCoreApplication.translate
    if not transfer:
        return translate(
            "PayoutCheck", "No: you are {shortfall} short (refund {amount} + buffer {buffer})."
        )
    if scheduled:
        #: The amounts add up to what the transfer needs: the transfer, the scheduled payouts
        #: that leave first, and the buffer the merchant keeps.
        return translate(
            "PayoutCheck",
            "No: you are {shortfall} short "
            "(transfer {amount} + scheduled payouts {scheduled} + buffer {buffer}).",
        )
    return translate(
        "PayoutCheck", "No: you are {shortfall} short (transfer {amount} + buffer {buffer})."
    )


def _yes_sentence(transfer: bool, scheduled: bool, buffer: bool) -> str:
    translate = QCoreApplication.translate
    if not transfer:
        if buffer:
            return translate(
                "PayoutCheck",
                "Yes: after this refund of {amount}, {left} remains, "
                "{remaining} above your {buffer} buffer.",
            )
        return translate("PayoutCheck", "Yes: after this refund of {amount}, {left} remains.")
    if scheduled and buffer:
        return translate(
            "PayoutCheck",
            "Yes: after this transfer of {amount} and {scheduled} of scheduled payouts, "
            "{left} remains, {remaining} above your {buffer} buffer; "
            "your bank receives {net} after the {fee} fee.",
        )
    if scheduled:
        return translate(
            "PayoutCheck",
            "Yes: after this transfer of {amount} and {scheduled} of scheduled payouts, "
            "{left} remains; your bank receives {net} after the {fee} fee.",
        )
    if buffer:
        return translate(
            "PayoutCheck",
            "Yes: after this transfer of {amount}, {left} remains, "
            "{remaining} above your {buffer} buffer; "
            "your bank receives {net} after the {fee} fee.",
        )
    return translate(
        "PayoutCheck",
        "Yes: after this transfer of {amount}, {left} remains; "
        "your bank receives {net} after the {fee} fee.",
    )
