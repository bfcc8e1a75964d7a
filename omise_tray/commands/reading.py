"""What the commands that read accounts share: which keys, where to, retries and exit status."""

from __future__ import annotations

import argparse
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from omise_tray.config import DEFAULT_API_BASE, DEFAULT_API_VERSION, ApiEndpoint, Paths
from omise_tray.core.errors import ErrorKind
from omise_tray.omise.client import (
    OmiseClient,
    check_api_base,
    check_api_version,
)
from omise_tray.omise.errors import (
    InsecureTransportError,
    NetworkError,
    OmiseError,
    RateLimitedError,
    ServerError,
)

from .common import (
    EXIT_AUTHENTICATION,
    EXIT_CONFIGURATION,
    EXIT_FAILED,
    EXIT_OK,
    EnvironmentKey,
    report_error,
)
from .common import seconds as seconds_type

if TYPE_CHECKING:
    from omise_tray.storage.settings import AccountSettings

logger = logging.getLogger(__name__)

T = TypeVar("T")

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
    """An account to read: its name, secret key (kept out of repr) and saved settings if any."""

    name: str
    key: str = field(repr=False)
    settings: AccountSettings | None = None


@dataclass(frozen=True)
class Failed:
    """An account that could not be read, and why."""

    account: str
    error: OmiseError


@dataclass(frozen=True)
class Selection:
    """The accounts a command reads, those it cannot, and the merchant's own payout fees."""

    connection: ApiEndpoint
    accounts: list[AccountKey]
    unusable: list[Failed]
    transfer_fees: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Refused:
    """Why no account can be read: a configuration error found before any request."""

    message: str


def refuse(args: argparse.Namespace, refused: Refused, listing: str) -> int:
    """Say why on stderr and, with --json, print a document whose `listing` is empty and whose
    errors name the problem, so a script always gets JSON; the exit status for it."""
    report_error(refused.message)
    if args.json:
        error = {"account": None, "kind": ErrorKind.CONFIGURATION.value, "message": refused.message}
        print(json.dumps({listing: [], "errors": [error]}, indent=2))
    return EXIT_CONFIGURATION


def add_reading_arguments(parser: argparse.ArgumentParser) -> None:
    """--json, --account NAME and --timeout S, as every reading command takes them."""
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--account", metavar="NAME", help="only this account")
    parser.add_argument(
        "--timeout",
        type=seconds_type,
        default=DEFAULT_TIMEOUT,
        metavar="S",
        help=f"give up on an account after this many seconds (default {DEFAULT_TIMEOUT:g})",
    )


def accounts_to_check(one_off: EnvironmentKey | None) -> list[AccountKey]:
    """The one-off key from OMISE_SECRET_KEY, which bypasses the configured accounts."""
    return [AccountKey(DEFAULT_ACCOUNT, one_off.value)] if one_off is not None else []


def connection_from(environ: Mapping[str, str]) -> ApiEndpoint:
    """OMISE_API_BASE and OMISE_API_VERSION, checked.

    Raises InsecureTransportError for the address, ValueError for the version.
    """
    return ApiEndpoint(
        base=check_api_base(environ.get("OMISE_API_BASE") or DEFAULT_API_BASE),
        version=check_api_version(environ.get("OMISE_API_VERSION") or DEFAULT_API_VERSION),
    )


def select_accounts(args: argparse.Namespace, environ: Mapping[str, str]) -> Selection | Refused:
    """The accounts to read, or why there are none."""
    try:
        connection = connection_from(environ)
    except InsecureTransportError as error:
        return Refused(error.message)
    except ValueError as error:
        return Refused(str(error))
    # The command line took the key out of the environment at start (EnvironmentKey.take).
    accounts = accounts_to_check(getattr(args, "environment_key", None))
    unusable: list[Failed] = []
    fees: Mapping[str, int] = {}
    if not accounts:
        # No one-off key: every configured account, with its key from the keyring. Only now
        # are the settings and the keyring loaded: a one-off key needs neither.
        from .accounts import MissingKeyError, UnknownAccountError, configured_keys

        try:
            configured = configured_keys(Paths.for_user(), account_name=args.account)
        except UnknownAccountError as error:
            return Refused(str(error))
        for message in configured.settings_messages:
            report_error(message)
        accounts = [AccountKey(account.name, key, account) for account, key in configured.keys]
        unusable = [Failed(a.name, MissingKeyError(problem)) for a, problem in configured.problems]
        fees = configured.transfer_fees
    elif args.account is not None:
        accounts = [account for account in accounts if account.name == args.account]
        if not accounts:
            from .accounts import UnknownAccountError

            return Refused(str(UnknownAccountError(args.account)))
    if not accounts and not unusable:
        return Refused(NO_KEY)
    return Selection(connection, accounts, unusable, fees)


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


def read_account(
    account: AccountKey,
    connection: ApiEndpoint,
    timeout: float,
    read: Callable[[OmiseClient], T],
    *,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Run `read` (one or more calls) on a client of the account within `timeout` seconds.

    A 429 or 503 is retried briefly. Whatever the server does, the calls end by the timeout:
    each call's deadline is the time left, and the client is aborted when the time is up.
    Raises the OmiseError of the last attempt.
    """
    give_up_at = clock() + timeout
    attempt = 0
    while True:
        watchdog: threading.Timer | None = None
        try:
            with OmiseClient(
                account.key,
                api_base=connection.base,
                api_version=connection.version,
                deadline=max(give_up_at - clock(), 0.001),
            ) as client:
                watchdog = threading.Timer(max(give_up_at - clock(), 0.0), client.abort)
                watchdog.daemon = True
                watchdog.start()
                return read(client)
        except OmiseError as error:
            if error.kind is ErrorKind.NETWORK and clock() >= give_up_at:
                raise NetworkError(
                    f"Omise did not answer within the time limit ({round(timeout, 1):g} s); "
                    "try again in a minute.",
                    code="timeout",
                ) from None
            wait = _retry_wait(error, attempt)
            if wait is None or clock() + wait >= give_up_at:
                raise
            logger.info("Retrying %s in %.1f s after: %s", account.name, wait, error)
            sleep(wait)
            attempt += 1
        finally:
            if watchdog is not None:
                watchdog.cancel()


def exit_status(failures: Iterable[Failed]) -> int:
    """0 when nothing failed; else 2 for configuration, 3 for a rejected key, 1 for the rest."""
    kinds = {failure.error.kind for failure in failures}
    if ErrorKind.CONFIGURATION in kinds:
        return EXIT_CONFIGURATION
    if ErrorKind.AUTH in kinds:
        return EXIT_AUTHENTICATION
    return EXIT_FAILED if kinds else EXIT_OK


def report_failures(failures: Iterable[Failed]) -> None:
    """One readable line on stderr per account that could not be read."""
    for failure in failures:
        report_error(f"{failure.account}: {failure.error.message}")


def errors_as_json(failures: Iterable[Failed]) -> list[dict[str, Any]]:
    """The `errors` list of a command's JSON output."""
    return [
        {"account": f.account, "kind": f.error.kind.value, "message": f.error.message}
        for f in failures
    ]
