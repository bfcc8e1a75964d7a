"""Server strings are made safe where they enter (parsing) and again where they leave (a
notification bubble, an error line on the terminal)."""

from __future__ import annotations

import pytest

from omise_tray.commands.common import report_error
from omise_tray.core.alerts import Alert, AlertKind, Severity
from omise_tray.core.portfolio import CurrencyMode
from omise_tray.omise.parse import parse_account, parse_error, parse_transfers
from omise_tray.system.notifications import LONGEST_BODY, Notification

# Colours, a window title, a cleared screen, a bell, a right-to-left override, a NUL.
HOSTILE = "\x1b[31mred\x1b[0m\x1b]0;owned\x07\x1b[2J\x07\u202eevil\x00"
SHOWN = "redevil"
UNSAFE = ("\x1b", "\x07", "\x00", "\u202e", "\n")


def assert_harmless(text: str | None) -> None:
    assert text is not None
    for character in UNSAFE:
        assert character not in text


def test_the_accounts_email_and_country_are_made_safe() -> None:
    account = parse_account(
        {
            "object": "account",
            "id": "acct_1",
            "email": HOSTILE + "a" * 10_000,
            "country": "th" + HOSTILE,
            "team": HOSTILE,
        }
    )
    assert account.email == SHOWN + "a" * 192 + "…"
    assert account.country == "THREDEVIL"
    assert account.team == SHOWN


def test_a_payouts_failure_and_bank_are_made_safe() -> None:
    page = parse_transfers(
        {
            "object": "list",
            "data": [
                {
                    "object": "transfer",
                    "id": "trsf_1",
                    "amount": 100,
                    "currency": "thb",
                    "failure_code": "insufficient\nfund" + HOSTILE,
                    "failure_message": HOSTILE + "bank said no",
                    "bank_account": {"brand": HOSTILE, "last_digits": "12\x0734", "name": HOSTILE},
                }
            ],
        }
    )
    [transfer] = page.items
    assert transfer.failure_code == "insufficient fund" + SHOWN
    assert transfer.failure_message == SHOWN + "bank said no"
    assert (transfer.bank_brand, transfer.bank_last_digits, transfer.bank_name) == (
        SHOWN,
        "1234",
        SHOWN,
    )


def test_an_error_code_with_a_line_break_cannot_forge_a_log_line() -> None:
    document = parse_error(
        {
            "object": "error",
            "code": "bad_request\n2025-01-01 00:00:00,000 CRITICAL forged",
            "message": HOSTILE,
        }
    )
    assert document is not None
    assert document.code == "bad_request 2025-01-01 00:00:00,000 CRITICAL forged"
    assert document.message == SHOWN


def test_a_notification_shows_no_escape_and_no_endless_text() -> None:
    alert = Alert("a", AlertKind.LOW, Severity.WARNING, HOSTILE + " — THB low", HOSTILE * 500)
    bubble = Notification.from_alert(alert, CurrencyMode("THB", False))
    assert bubble.title == SHOWN + " — THB low"
    assert_harmless(bubble.body)
    assert len(bubble.body) == LONGEST_BODY


def test_an_error_line_on_the_terminal_is_one_harmless_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    report_error(f"Bangkok: {HOSTILE}\nsecond line")
    assert capsys.readouterr().err == f"omise-tray: Bangkok: {SHOWN} second line\n"
