"""The payout check dialog answers as the merchant types, in the account's currency."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from omise_tray.core.advice import Operation, check_payout
from omise_tray.core.balance import Balance
from omise_tray.storage.settings import Settings
from omise_tray.ui.payout_check import PROMPT, PayoutAccount, PayoutCheckDialog

BANGKOK = PayoutAccount("Bangkok shop", Balance("THB", True, 20_000_00, 12_000_00, 10_000_00))
TOKYO = PayoutAccount("Tokyo shop", Balance("JPY", False, 90_000, 80_000, 80_000))


def open_dialog(qtbot: QtBot, settings: Settings | None = None) -> PayoutCheckDialog:
    dialog = PayoutCheckDialog([BANGKOK, TOKYO], settings or Settings())
    qtbot.addWidget(dialog)
    return dialog


def choose(dialog: PayoutCheckDialog, operation: Operation) -> None:
    dialog.operation_box.setCurrentIndex(dialog.operation_box.findData(operation))


def test_the_dialog_asks_for_an_amount_first(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    assert dialog.answer() == PROMPT
    assert dialog.account_box.itemText(0) == "Bangkok shop · THB · live"
    assert dialog.fee_label.text() == "฿30.00"
    assert dialog.usable_label.text() == "฿10,000.00 transferable"


def test_a_transfer_that_fits_is_answered_yes_as_the_merchant_types(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)

    qtbot.keyClicks(dialog.amount_field, "9,000")

    assert dialog.answer() == (
        "Yes: after this transfer of ฿9,000.00, ฿1,000.00 remains; "
        "your bank receives ฿8,970.00 after the ฿30.00 fee."
    )


def test_a_transfer_that_does_not_fit_says_how_much_is_missing(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)

    qtbot.keyClicks(dialog.amount_field, "10000.01")

    assert dialog.answer() == "No: you are ฿0.01 short (transfer ฿10,000.01 + buffer ฿0.00)."


def test_the_answer_is_the_core_payout_checks_summary(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    choose(dialog, Operation.REFUND)
    dialog.buffer_field.setText("500")

    dialog.amount_field.setText("11,000.50")

    expected = check_payout(BANGKOK.balance, 11_000_50, Operation.REFUND, buffer=500_00)
    assert dialog.answer() == expected.summary()
    assert dialog.fee_label.text() == "none (refunds have no transfer fee)"
    assert dialog.usable_label.text() == "฿12,000.00 available"


def test_the_merchants_own_fee_and_buffer_from_settings_are_used(qtbot: QtBot) -> None:
    settings = Settings(transfer_fees={"THB": 30_00}, payout_buffer={"THB": 1_000_00})
    dialog = open_dialog(qtbot, settings)

    dialog.amount_field.setText("8,000")

    assert dialog.fee_label.text() == "฿30.00"
    assert dialog.buffer_field.text() == "1,000.00"
    assert (
        dialog.answer()
        == check_payout(
            BANGKOK.balance, 8_000_00, Operation.TRANSFER, fee=30_00, buffer=1_000_00
        ).summary()
    )


def test_switching_account_uses_its_currency(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.account_box.setCurrentIndex(1)

    dialog.amount_field.setText("70000")

    assert dialog.fee_label.text() == "¥260"
    assert dialog.answer() == (
        "Yes: after this transfer of ¥70,000, ¥10,000 remains; "
        "your bank receives ¥69,740 after the ¥260 fee."
    )


@pytest.mark.parametrize(
    ("account", "typed", "answer"),
    [
        (0, "lots", "Enter a number, such as 1,000.00."),
        (0, "1.005", "THB amounts have at most 2 decimal places."),
        (1, "12.5", "JPY has no minor unit: enter a whole number."),
        (0, "-5", "Enter an amount that is not negative."),
    ],
    ids=["not-a-number", "thb-three-decimals", "jpy-fraction", "negative"],
)
def test_an_unreadable_amount_is_explained(
    qtbot: QtBot, account: int, typed: str, answer: str
) -> None:
    dialog = open_dialog(qtbot)
    dialog.account_box.setCurrentIndex(account)

    dialog.amount_field.setText(typed)

    assert dialog.answer() == answer


def test_an_unreadable_buffer_is_explained_as_the_buffer(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.amount_field.setText("100")

    dialog.buffer_field.setText("some")

    assert dialog.answer() == "Check the amount to keep: Enter a number, such as 1,000.00."


def test_without_accounts_the_dialog_says_so(qtbot: QtBot) -> None:
    dialog = PayoutCheckDialog([], Settings())
    qtbot.addWidget(dialog)
    dialog.amount_field.setText("100")
    assert dialog.answer() == "Add an account first: there is no balance to check against."
