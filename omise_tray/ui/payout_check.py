"""The payout check dialog: can this transfer or refund be paid from the balance right now?"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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

from omise_tray.core.advice import Operation, PayoutCheck, check_payout, default_transfer_fee
from omise_tray.core.balance import Balance
from omise_tray.core.money import (
    AmountError,
    exponent,
    format_amount,
    format_money,
    parse_amount,
)
from omise_tray.core.portfolio import Signal as TraySignal
from omise_tray.storage.settings import Settings
from omise_tray.ui.theme import SIGNAL_COLOURS

PROMPT = "Enter an amount to check."
OK_COLOUR = SIGNAL_COLOURS[TraySignal.HEALTHY]
SHORT_COLOUR = SIGNAL_COLOURS[TraySignal.CRITICAL]


@dataclass(frozen=True, slots=True)
class PayoutAccount:
    """An account the merchant can check a payout against: its name and latest balance."""

    name: str
    balance: Balance

    @property
    def label(self) -> str:
        mode = "live" if self.balance.livemode else "test"
        return f"{self.name} · {self.balance.currency} · {mode}"


class PayoutCheckDialog(QDialog):
    """Answers "can I pay this out now?" for one account, live as the merchant types."""

    def __init__(
        self,
        accounts: Sequence[PayoutAccount],
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Check a payout")
        self._accounts = list(accounts)
        self._settings = settings
        self.account_box = QComboBox(self)
        for account in self._accounts:
            self.account_box.addItem(account.label)
        self.operation_box = QComboBox(self)
        self.operation_box.addItem("Transfer to bank", Operation.TRANSFER)
        self.operation_box.addItem("Refund", Operation.REFUND)
        self.amount_field = QLineEdit(self)
        self.amount_field.setAccessibleName("Amount")
        self.buffer_field = QLineEdit(self)
        self.buffer_field.setAccessibleName("Buffer to keep")
        self.buffer_field.setPlaceholderText("optional")
        self.usable_label = QLabel(self)
        self.fee_label = QLabel(self)
        self.answer_label = QLabel(self)
        self.answer_label.setWordWrap(True)
        self.answer_label.setAccessibleName("Answer")

        form = QFormLayout()
        form.addRow("&Account:", self.account_box)
        form.addRow("&Payout:", self.operation_box)
        form.addRow("A&mount:", self.amount_field)
        form.addRow("&Keep at least:", self.buffer_field)
        form.addRow("Fee:", self.fee_label)
        form.addRow("Can be used:", self.usable_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.answer_label)
        column.addWidget(buttons)

        self.account_box.currentIndexChanged.connect(self._account_changed)
        self.operation_box.currentIndexChanged.connect(self._update)
        self.amount_field.textChanged.connect(self._update)
        self.buffer_field.textChanged.connect(self._update)
        self._account_changed()

    @property
    def account(self) -> PayoutAccount | None:
        index = self.account_box.currentIndex()
        return self._accounts[index] if 0 <= index < len(self._accounts) else None

    @property
    def operation(self) -> Operation:
        return Operation(self.operation_box.currentData())

    def answer(self) -> str:
        return self.answer_label.text()

    def fee_for(self, currency: str) -> int:
        """The merchant's own fee for the currency from Settings, else the known default."""
        return self._settings.transfer_fees.get(currency.upper(), default_transfer_fee(currency))

    def _account_changed(self) -> None:
        account = self.account
        if account is not None:
            currency = account.balance.currency
            example = format_amount(1000 * 10 ** exponent(currency), currency)
            self.amount_field.setPlaceholderText(f"e.g. {example} {currency}")
            buffer = self._settings.payout_buffer.get(currency)
            self.buffer_field.setText(format_amount(buffer, currency) if buffer else "")
        self._update()

    def _update(self) -> None:
        account = self.account
        if account is None:
            self._show("Add an account first: there is no balance to check against.", None)
            return
        balance = account.balance
        currency = balance.currency
        transfer = self.operation is Operation.TRANSFER
        fee = self.fee_for(currency)
        self.fee_label.setText(
            format_money(fee, currency) if transfer else "none (refunds have no transfer fee)"
        )
        usable = balance.transferable if transfer else balance.available
        kind = "transferable" if transfer else "available"
        self.usable_label.setText(f"{format_money(usable, currency)} {kind}")
        if not self.amount_field.text().strip():
            self._show(PROMPT, None)
            return
        try:
            amount = parse_amount(self.amount_field.text(), currency)
        except AmountError as exc:
            self._show(str(exc), None)
            return
        buffer_text = self.buffer_field.text().strip()
        try:
            buffer = parse_amount(buffer_text, currency) if buffer_text else 0
        except AmountError as exc:
            self._show(f"Check the amount to keep: {exc}", None)
            return
        check = check_payout(balance, amount, self.operation, fee=fee, buffer=buffer)
        self._show(check.summary(), check)

    def _show(self, text: str, check: PayoutCheck | None) -> None:
        colour = "" if check is None else (OK_COLOUR if check.ok else SHORT_COLOUR)
        self.answer_label.setStyleSheet(f"color: {colour}; font-weight: 600;" if colour else "")
        self.answer_label.setText(text)
