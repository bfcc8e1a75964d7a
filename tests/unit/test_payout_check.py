"""The payout check dialog answers as the merchant types, in the account's currency."""

from __future__ import annotations

from datetime import UTC, date

import pytest
from pytestqt.qtbot import QtBot

from omise_tray.core.advice import Operation, check_payout
from omise_tray.core.balance import Balance
from omise_tray.storage.settings import Settings
from omise_tray.ui.payout_check import PayoutAccount, PayoutCheckDialog
from tests.support.outlooks import known_outlook, payout
from tests.support.sample_state import NOW

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
    assert dialog.answer() == "Enter an amount to check."
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


# -- the account's own terms, from its outlook ------------------------------------------------


def terms_dialog(qtbot: QtBot, **terms: object) -> PayoutCheckDialog:
    account = PayoutAccount(BANGKOK.name, BANGKOK.balance, **terms)  # type: ignore[arg-type]
    dialog = PayoutCheckDialog([account], Settings())
    qtbot.addWidget(dialog)
    return dialog


def test_the_accounts_own_fee_is_taken_out_and_the_bank_gets_the_rest(qtbot: QtBot) -> None:
    dialog = terms_dialog(qtbot, fee=25_00)

    dialog.amount_field.setText("9,000")

    assert dialog.fee_label.text() == "฿25.00"
    assert dialog.answer() == (
        "Yes: after this transfer of ฿9,000.00, ฿1,000.00 remains; "
        "your bank receives ฿8,975.00 after the ฿25.00 fee."
    )


def test_a_transfer_below_the_accounts_smallest_payout_is_refused(qtbot: QtBot) -> None:
    dialog = terms_dialog(qtbot, min_payout=500_00)
    dialog.show()

    dialog.amount_field.setText("100")

    assert dialog.minimum_label.text() == "฿500.00"
    assert dialog.minimum_label.isVisible()
    assert dialog.answer() == "No: the smallest transfer this account can make is ฿500.00."


def test_payouts_turned_off_are_said_before_and_after_an_amount(qtbot: QtBot) -> None:
    dialog = terms_dialog(qtbot, payouts_enabled=False)
    dialog.show()

    assert dialog.notice_label.isVisible()
    assert dialog.notice_label.text() == (
        "Payouts are turned off for this account: Omise will not send a transfer."
    )
    dialog.amount_field.setText("100")
    assert dialog.answer() == (
        "No: payouts are turned off for this account. "
        "Ask Omise to enable them before making a transfer."
    )


def test_scheduled_payouts_leaving_first_are_counted(qtbot: QtBot) -> None:
    dialog = terms_dialog(qtbot, scheduled=3_000_00, leaves_on=date(2024, 5, 17))
    dialog.show()
    assert dialog.scheduled_label.isVisible()
    assert dialog.scheduled_label.text() == "฿3,000.00 of scheduled payouts leave by Fri 17 May"

    dialog.amount_field.setText("8,000")
    assert dialog.answer() == (
        "No: you are ฿1,000.00 short "
        "(transfer ฿8,000.00 + scheduled payouts ฿3,000.00 + buffer ฿0.00)."
    )

    dialog.amount_field.setText("5,000")
    assert dialog.answer() == (
        "Yes: after this transfer of ฿5,000.00 and ฿3,000.00 of scheduled payouts, "
        "฿2,000.00 remains; your bank receives ฿4,970.00 after the ฿30.00 fee."
    )


def test_a_refund_ignores_the_payout_terms(qtbot: QtBot) -> None:
    dialog = terms_dialog(
        qtbot, min_payout=500_00, payouts_enabled=False, scheduled=3_000_00, fee=25_00
    )
    dialog.show()
    choose(dialog, Operation.REFUND)

    dialog.amount_field.setText("100")

    assert not dialog.notice_label.isVisible()
    assert not dialog.minimum_label.isVisible()
    assert not dialog.scheduled_label.isVisible()
    assert dialog.answer() == "Yes: after this refund of ฿100.00, ฿11,900.00 remains."


def test_the_outlook_gives_the_terms_and_the_payouts_due_before_a_transfer_leaves() -> None:
    # Tuesday 07:05 UTC: a transfer asked for now leaves in today's 10:00 run, so today's
    # scheduled payout goes first and Friday's does not count.
    outlook = known_outlook(
        available=10_000_00,
        payouts=[payout(0, 2_000_00), payout(3, 4_000_00)],
        payout_fee=25_00,
        min_payout=200_00,
        payouts_enabled=True,
    )
    account = PayoutAccount.with_outlook("Bangkok shop", BANGKOK.balance, outlook, NOW, UTC)
    assert account == PayoutAccount(
        "Bangkok shop",
        BANGKOK.balance,
        fee=25_00,
        min_payout=200_00,
        payouts_enabled=True,
        scheduled=2_000_00,
        leaves_on=NOW.date(),
    )
    assert PayoutAccount.with_outlook("Bangkok shop", BANGKOK.balance, None, NOW) == BANGKOK
