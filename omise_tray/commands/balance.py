"""`omise-tray balance`: fetch each account's balance once and print a table or JSON.

With a one-off key in OMISE_SECRET_KEY it is as light as a plain script: the keyring and the
settings are loaded only to read the configured accounts.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from omise_tray.config import ApiEndpoint
from omise_tray.core.balance import Balance
from omise_tray.core.health import classify, default_thresholds
from omise_tray.core.money import exponent, format_amount
from omise_tray.core.text_safety import safe_text
from omise_tray.omise.errors import OmiseError

from .reading import (
    AccountKey,
    Failed,
    Refused,
    add_reading_arguments,
    errors_as_json,
    exit_status,
    read_account,
    refuse,
    report_failures,
    select_accounts,
)


@dataclass(frozen=True)
class Fetched:
    """An account's balance and when it was fetched."""

    account: str
    balance: Balance
    fetched_at: datetime


def register(subparsers: Any) -> None:
    """Add the `balance` sub-command."""
    parser = subparsers.add_parser(
        "balance",
        help="print each account's balance once and exit",
        description="Fetch each account's balance once. Exit status: 0 all fetched, "
        "1 API, network or response error, 2 usage or configuration error, "
        "3 the secret key was rejected.",
    )
    add_reading_arguments(parser)
    parser.set_defaults(func=run)


def fetch_balance(
    account: AccountKey,
    connection: ApiEndpoint,
    timeout: float,
    *,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> Fetched | Failed:
    """Fetch one account's balance within timeout seconds, retrying a 429 or 503 briefly."""
    try:
        balance = read_account(
            account, connection, timeout, lambda client: client.balance(), clock=clock, sleep=sleep
        )
    except OmiseError as error:
        return Failed(account.name, error)
    return Fetched(account.name, balance, datetime.now(UTC))


def _status(balance: Balance) -> str:
    """healthy, moderate, low or critical: the available amount against the currency's defaults."""
    return classify(balance.available, default_thresholds(balance.currency)).value


def _as_json(fetched: Fetched) -> dict[str, object]:
    balance = fetched.balance
    return {
        "account": fetched.account,
        "livemode": balance.livemode,
        "currency": balance.currency,
        # Decimal places of the minor unit (0 for JPY, 2 for THB), to format the amounts.
        "exponent": exponent(balance.currency),
        "total": balance.total,
        "available": balance.available,
        "transferable": balance.transferable,
        "pending": balance.pending,
        "reserve": balance.reserve,
        "on_hold": balance.on_hold,
        "status": _status(balance),
        "fetched_at": fetched.fetched_at.isoformat(timespec="seconds").replace("+00:00", "Z"),
    }


def _table(rows: Sequence[Fetched]) -> str:
    header = ("ACCOUNT", "CURRENCY", "TOTAL", "AVAILABLE", "PENDING", "RESERVE", "STATUS")
    lines: list[tuple[str, ...]] = [header]
    for row in rows:
        balance, currency = row.balance, row.balance.currency
        account = safe_text(row.account)  # a name from the settings file
        name = account if balance.livemode else f"{account} (test)"
        amounts = (balance.total, balance.available, balance.pending, balance.reserve)
        lines.append(
            (
                name,
                currency,
                *(format_amount(amount, currency) for amount in amounts),
                _status(balance),
            )
        )
    widths = [max(len(line[column]) for line in lines) for column in range(len(header))]
    numeric = range(2, 6)
    return "\n".join(
        "  ".join(
            cell.rjust(width) if column in numeric else cell.ljust(width)
            for column, (cell, width) in enumerate(zip(line, widths, strict=True))
        ).rstrip()
        for line in lines
    )


def run(args: argparse.Namespace) -> int:
    """Fetch, print and return the exit status documented in DESIGN.md."""
    selection = select_accounts(args, os.environ)
    if isinstance(selection, Refused):
        return refuse(args, selection, "balances")
    results = [
        fetch_balance(account, selection.connection, args.timeout) for account in selection.accounts
    ]
    fetched = [result for result in results if isinstance(result, Fetched)]
    failed = [result for result in results if isinstance(result, Failed)] + selection.unusable
    report_failures(failed)
    if args.json:
        document = {
            "balances": [_as_json(result) for result in fetched],
            "errors": errors_as_json(failed),
        }
        print(json.dumps(document, indent=2))
    elif fetched:
        print(_table(fetched))
    return exit_status(failed)
