"""`omise-tray balance`: fetch each account's balance once and print a table or JSON."""

from __future__ import annotations

import argparse
import json
import logging
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from omise_tray.config import Paths
from omise_tray.core.balance import Balance
from omise_tray.core.health import classify, default_thresholds
from omise_tray.core.money import exponent, format_amount
from omise_tray.omise.client import (
    DEFAULT_API_BASE,
    DEFAULT_API_VERSION,
    OmiseClient,
    check_api_base,
    check_api_version,
)
from omise_tray.omise.errors import (
    ErrorKind,
    InsecureTransportError,
    OmiseError,
    RateLimitedError,
    ServerError,
)

from .accounts import MissingKeyError, UnknownAccountError, configured_keys
from .common import (
    EXIT_AUTHENTICATION,
    EXIT_CONFIGURATION,
    EXIT_FAILED,
    EXIT_OK,
    report_error,
    seconds,
)

logger = logging.getLogger(__name__)

NO_KEY = (
    "No secret key: set OMISE_SECRET_KEY, or add an account with `omise-tray accounts add NAME`."
)
DEFAULT_TIMEOUT = 15.0
DEFAULT_ACCOUNT = "default"


# A 429 or 503 is retried at most this many times, waiting each step or less if the server's
# Retry-After is shorter; never past the overall timeout.
_BACKOFF_SECONDS = (1.0, 2.0)


@dataclass(frozen=True)
class AccountKey:
    """An account to check: its name and secret key (kept out of repr)."""

    name: str
    key: str = field(repr=False)


@dataclass(frozen=True)
class Fetched:
    """An account's balance and when it was fetched."""

    account: str
    balance: Balance
    fetched_at: datetime


@dataclass(frozen=True)
class Failed:
    """An account whose balance could not be fetched, and why."""

    account: str
    error: OmiseError


def accounts_to_check(environ: Mapping[str, str]) -> list[AccountKey]:
    """The one-off key in OMISE_SECRET_KEY, which bypasses the configured accounts."""
    key = environ.get("OMISE_SECRET_KEY", "")
    return [AccountKey(DEFAULT_ACCOUNT, key)] if key.strip() else []


def register(subparsers: Any) -> None:
    """Add the `balance` sub-command."""
    parser = subparsers.add_parser(
        "balance",
        help="print each account's balance once and exit",
        description="Fetch each account's balance once. Exit status: 0 all fetched, "
        "1 API, network or response error, 2 usage or configuration error, "
        "3 the secret key was rejected.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--account", metavar="NAME", help="only this account")
    parser.add_argument(
        "--timeout",
        type=seconds,
        default=DEFAULT_TIMEOUT,
        metavar="S",
        help=f"give up on an account after this many seconds (default {DEFAULT_TIMEOUT:g})",
    )
    parser.set_defaults(func=run)


@dataclass(frozen=True)
class _Connection:
    """Where and how to reach the API, from the environment."""

    api_base: str
    api_version: str


def _retry_wait(error: OmiseError, attempt: int) -> float | None:
    """Seconds to wait before retrying error, or None when retrying will not help."""
    retryable = isinstance(error, RateLimitedError) or (
        isinstance(error, ServerError) and error.status == 503
    )
    if not retryable or attempt >= len(_BACKOFF_SECONDS):
        return None
    # A short Retry-After from the server is honoured as asked; the caller gives up when it
    # would run past the timeout.
    asked = error.server_retry_after
    return asked if asked is not None else _BACKOFF_SECONDS[attempt]


def fetch_balance(
    account: AccountKey,
    connection: _Connection,
    timeout: float,
    *,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> Fetched | Failed:
    """Fetch one account's balance within timeout seconds, retrying a 429 or 503 briefly."""
    give_up_at = clock() + timeout
    attempt = 0
    while True:
        try:
            with OmiseClient(
                account.key,
                api_base=connection.api_base,
                api_version=connection.api_version,
                deadline=max(give_up_at - clock(), 0.001),
            ) as client:
                balance = client.balance()
            return Fetched(account.name, balance, datetime.now(UTC))
        except OmiseError as error:
            wait = _retry_wait(error, attempt)
            if wait is None or clock() + wait >= give_up_at:
                return Failed(account.name, error)
            logger.info("Retrying %s in %.1f s after: %s", account.name, wait, error)
            sleep(wait)
            attempt += 1


def _exit_status(results: Sequence[Fetched | Failed]) -> int:
    kinds = {result.error.kind for result in results if isinstance(result, Failed)}
    if ErrorKind.CONFIGURATION in kinds:
        return EXIT_CONFIGURATION
    if ErrorKind.AUTH in kinds:
        return EXIT_AUTHENTICATION
    return EXIT_FAILED if kinds else EXIT_OK


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
        name = row.account if balance.livemode else f"{row.account} (test)"
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


def _connection_from(environ: Mapping[str, str]) -> _Connection:
    return _Connection(
        api_base=check_api_base(environ.get("OMISE_API_BASE") or DEFAULT_API_BASE),
        api_version=check_api_version(environ.get("OMISE_API_VERSION") or DEFAULT_API_VERSION),
    )


def _print_json(fetched: Sequence[Fetched], errors: Sequence[dict[str, str | None]]) -> None:
    print(
        json.dumps({"balances": [_as_json(f) for f in fetched], "errors": list(errors)}, indent=2)
    )


def _refuse(args: argparse.Namespace, message: str) -> int:
    """A configuration error before any fetch: one line on stderr and, for --json, a document
    with the error in it, so a script always gets JSON."""
    report_error(message)
    if args.json:
        _print_json(
            [], [{"account": None, "kind": ErrorKind.CONFIGURATION.value, "message": message}]
        )
    return EXIT_CONFIGURATION


def run(args: argparse.Namespace) -> int:
    """Fetch, print and return the exit status documented in DESIGN.md."""
    try:
        connection = _connection_from(os.environ)
    except InsecureTransportError as error:
        return _refuse(args, error.message)
    except ValueError as error:
        return _refuse(args, str(error))
    accounts = accounts_to_check(os.environ)
    unusable: list[Fetched | Failed] = []
    if not accounts:
        # No one-off key: every configured account, with its key from the keyring.
        try:
            configured = configured_keys(Paths.for_user(), account_name=args.account)
        except UnknownAccountError as error:
            return _refuse(args, str(error))
        for message in configured.settings_messages:
            report_error(message)
        accounts = [AccountKey(account.name, key) for account, key in configured.keys]
        unusable = [Failed(a.name, MissingKeyError(problem)) for a, problem in configured.problems]
    elif args.account is not None:
        accounts = [account for account in accounts if account.name == args.account]
        if not accounts:
            return _refuse(
                args, f"No account named {args.account!r}; `omise-tray accounts list` shows them."
            )
    if not accounts and not unusable:
        return _refuse(args, NO_KEY)

    results = [fetch_balance(account, connection, args.timeout) for account in accounts]
    results += unusable
    fetched = [result for result in results if isinstance(result, Fetched)]
    failed = [result for result in results if isinstance(result, Failed)]
    for failure in failed:
        report_error(f"{failure.account}: {failure.error.message}")
    if args.json:
        _print_json(
            fetched,
            [
                {"account": f.account, "kind": f.error.kind.value, "message": f.error.message}
                for f in failed
            ],
        )
    elif fetched:
        print(_table(fetched))
    return _exit_status(results)
