"""`omise-tray accounts list | add NAME [--key-stdin] | remove NAME | rename OLD NEW`."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from omise_tray.config import ApiEndpoint, Paths
from omise_tray.core.redact import mask_key
from omise_tray.core.text_safety import safe_text
from omise_tray.omise.client import OmiseClient
from omise_tray.omise.errors import ErrorKind, OmiseError
from omise_tray.omise.keys import check_secret_key
from omise_tray.storage.secrets import SecretStore, SecretStoreError
from omise_tray.storage.settings import AccountSettings, Settings, SettingsStore

from .common import (
    EXIT_AUTHENTICATION,
    EXIT_CONFIGURATION,
    EXIT_FAILED,
    EXIT_OK,
    report_error,
    seconds,
)

logger = logging.getLogger(__name__)


DEFAULT_TIMEOUT = 30.0
NO_SESSION_IN_A_COMMAND = (
    "A command cannot keep a key for a session; start Omise Tray and add the account in "
    "Accounts, where you can keep the key until you quit."
)


def register(subparsers: Any) -> None:
    """Add the `accounts` sub-command and its own sub-commands."""
    parser = subparsers.add_parser(
        "accounts",
        help="list, add, rename or remove the Omise accounts the app watches",
        description="Manage the Omise accounts the app watches. Secret keys go to the "
        "system keyring, never on the command line. Exit status: 0 done, 1 API or network "
        "error, 2 usage or configuration error, 3 the secret key was rejected.",
    )
    actions = parser.add_subparsers(dest="accounts_action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="show each account and where its key is kept")
    listing.set_defaults(func=run_list)

    add = actions.add_parser(
        "add",
        help="add an account; the key is asked for without echo",
        description="Add an account. The secret key is read from a hidden prompt, or from "
        "standard input with --key-stdin; it is checked with Omise, then saved to the keyring.",
    )
    add.add_argument("name", help="a name for the account, such as the shop's name")
    # Caught only to refuse it with a reason: argparse would echo an unexpected argument.
    add.add_argument("key_argument", nargs="?", metavar="", help=argparse.SUPPRESS)
    add.add_argument(
        "--key-stdin", action="store_true", help="read the secret key from standard input"
    )
    add.add_argument(
        "--timeout",
        type=seconds,
        default=DEFAULT_TIMEOUT,
        metavar="S",
        help=f"give up checking the key after this many seconds (default {DEFAULT_TIMEOUT:g})",
    )
    add.set_defaults(func=run_add)

    remove = actions.add_parser("remove", help="remove an account and delete its key")
    remove.add_argument("name")
    remove.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    remove.set_defaults(func=run_remove)

    rename = actions.add_parser("rename", help="give an account another name")
    rename.add_argument("old")
    rename.add_argument("new")
    rename.set_defaults(func=run_rename)


class MissingKeyError(OmiseError):
    """A configured account has no usable key (not in the keyring, locked, or session-only)."""

    kind = ErrorKind.CONFIGURATION


class UnknownAccountError(LookupError):
    """No account has the name the user gave."""

    def __init__(self, name: str) -> None:
        super().__init__(f"No account is called {name}; `omise-tray accounts list` shows them.")


@dataclass(frozen=True, slots=True)
class ConfiguredKeys:
    """Configured accounts with their keys, and a sentence for each account without one."""

    keys: tuple[tuple[AccountSettings, str], ...] = field(repr=False)
    problems: tuple[tuple[AccountSettings, str], ...] = ()
    settings_problem: str | None = None
    transfer_fees: Mapping[str, int] = field(default_factory=dict)  # the merchant's, by currency


def configured_keys(
    paths: Paths, *, account_name: str | None = None, secrets: SecretStore | None = None
) -> ConfiguredKeys:
    """Every configured account (or only the named one) with its key from the keyring.

    Raises UnknownAccountError when `account_name` matches no account.
    """
    loaded = SettingsStore(paths.settings_file).load()
    accounts = loaded.settings.accounts
    if account_name is not None:
        account = loaded.settings.account_named(account_name)
        if account is None:
            raise UnknownAccountError(account_name)
        accounts = (account,)
    fees = loaded.settings.transfer_fees
    if not accounts:
        return ConfiguredKeys(keys=(), settings_problem=loaded.problem, transfer_fees=fees)
    found = (secrets or SecretStore.detect()).keys_for(accounts)
    return ConfiguredKeys(
        keys=tuple((a, found.keys[a.id]) for a in accounts if a.id in found.keys),
        problems=tuple((a, found.problems[a.id]) for a in accounts if a.id in found.problems),
        settings_problem=loaded.problem,
        transfer_fees=fees,
    )


def _load(store: SettingsStore) -> Settings:
    loaded = store.load()
    if loaded.problem:
        report_error(loaded.problem)
    return loaded.settings


def _save(store: SettingsStore, settings: Settings) -> bool:
    try:
        store.save(settings)
    except OSError as exc:
        logger.warning("could not save settings to %s: %s", store.path, exc)
        report_error(
            f"the settings could not be saved to {store.path} ({exc.strerror}); "
            "check that the folder is writable."
        )
        return False
    return True


def run_list(args: argparse.Namespace) -> int:
    """Print each account's name, mode, currency, masked key and where the key is kept."""
    settings = _load(SettingsStore(Paths.for_user().settings_file))
    if not settings.accounts:
        print("No accounts yet. Add one with: omise-tray accounts add NAME")
        return EXIT_OK
    secrets = SecretStore.detect()
    rows = [("NAME", "MODE", "CURRENCY", "KEY", "KEPT IN")]
    for account in settings.accounts:
        stored = secrets.find(account)
        rows.append(
            (
                safe_text(account.name),  # from the settings file: made safe for the terminal
                account.mode_label,
                safe_text(account.currency or "-"),
                mask_key(stored.key) if stored.key else "-",
                secrets.describe(stored.location),
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
    if not secrets.keyring_usable and secrets.status.reason:
        report_error(secrets.status.reason)
    return EXIT_OK


def _read_key(args: argparse.Namespace) -> str | None:
    """The key from stdin (--key-stdin) or a hidden prompt; None when there is no way to ask."""
    if args.key_stdin:
        return sys.stdin.read()
    if not sys.stdin.isatty():
        report_error("there is no terminal to ask for the key; pipe it in with --key-stdin.")
        return None
    return getpass.getpass(f"Secret key for {args.name} (input hidden): ")


def _exit_for(error: OmiseError) -> int:
    if error.kind is ErrorKind.AUTH:
        return EXIT_AUTHENTICATION
    if error.kind is ErrorKind.CONFIGURATION:
        return EXIT_CONFIGURATION
    return EXIT_FAILED


def run_add(args: argparse.Namespace) -> int:
    """Check a key with Omise, then save the account to settings and its key to the keyring."""
    name = args.name.strip()
    if args.key_argument is not None:
        report_error(
            "a secret key is never taken from the command line, where other programs and your "
            "shell history can see it; use the prompt or --key-stdin."
        )
        return EXIT_CONFIGURATION
    if not name:
        report_error("give the account a name, such as the shop's name.")
        return EXIT_CONFIGURATION
    store = SettingsStore(Paths.for_user().settings_file)
    settings = _load(store)
    if settings.account_named(name) is not None:
        report_error(f"an account is already called {name}; pick another name or remove it.")
        return EXIT_CONFIGURATION
    secrets = SecretStore.detect()
    if not secrets.keyring_usable:
        report_error(f"{secrets.status.reason} {NO_SESSION_IN_A_COMMAND}")
        return EXIT_CONFIGURATION
    try:
        raw = _read_key(args)
    except EOFError:
        raw = ""
    if raw is None:
        return EXIT_CONFIGURATION
    try:
        key = check_secret_key(raw)
        endpoint = ApiEndpoint.from_env(default_version=settings.api_version)
        with OmiseClient(
            key, api_base=endpoint.base, api_version=endpoint.version, deadline=args.timeout
        ) as client:
            found = client.account()
            balance = client.balance()
    except OmiseError as error:
        report_error(error.message)
        return _exit_for(error)
    except ValueError as error:  # an OMISE_API_VERSION that is not a date
        report_error(str(error))
        return EXIT_CONFIGURATION

    account = AccountSettings(
        id=AccountSettings.new_id(),
        name=name,
        livemode=balance.livemode,
        currency=balance.currency.upper(),
        email=found.email or None,
        country=found.country,
    )
    mode = "live" if account.livemode else "test"
    parts = [account.email, account.country, account.currency, f"{mode} mode"]
    # The email and country are the server's words: nothing in them may act on the terminal.
    print(f"Found {' · '.join(safe_text(part) for part in parts if part)}")
    try:
        secrets.set(account.id, key)
    except SecretStoreError as error:
        report_error(str(error))
        return EXIT_CONFIGURATION
    if not _save(store, settings.with_account(account)):
        _forget_key(secrets, account)
        return EXIT_CONFIGURATION
    print(f"Added {name}; its key is kept in the keyring ({secrets.status.backend_name}).")
    return EXIT_OK


def _forget_key(secrets: SecretStore, account: AccountSettings) -> None:
    try:
        secrets.delete(account.id)
    except SecretStoreError:
        logger.warning("the key of account %s stays in the keyring", account.id)


def _confirm(question: str) -> bool | None:
    """The user's yes or no; None when there is no terminal to ask on."""
    if not sys.stdin.isatty():
        return None
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def run_remove(args: argparse.Namespace) -> int:
    """Delete the account's key from the keyring and the account from the settings."""
    store = SettingsStore(Paths.for_user().settings_file)
    settings = _load(store)
    account = settings.account_named(args.name)
    if account is None:
        report_error(str(UnknownAccountError(args.name)))
        return EXIT_CONFIGURATION
    if not args.yes:
        confirmed = _confirm(f"Remove {account.name} and delete its secret key?")
        if confirmed is None:
            report_error("there is no terminal to confirm on; add --yes to remove anyway.")
            return EXIT_CONFIGURATION
        if not confirmed:
            print("Nothing removed.")
            return EXIT_OK
    secrets = SecretStore.detect()
    if account.key_storage == "keyring" and not secrets.keyring_usable:
        report_error(
            f"{account.name} was not removed: its key is in a keyring that is not available "
            "now, so it could not be deleted. Start your keyring and try again."
        )
        return EXIT_CONFIGURATION
    try:
        secrets.delete(account.id)
    except SecretStoreError as error:
        report_error(f"{account.name} was not removed: {error}")
        return EXIT_CONFIGURATION
    if not _save(store, settings.without_account(account.id)):
        return EXIT_CONFIGURATION
    print(f"Removed {account.name} and deleted its secret key.")
    return EXIT_OK


def run_rename(args: argparse.Namespace) -> int:
    """Change an account's name; its key stays where it is (keys are stored by account id)."""
    store = SettingsStore(Paths.for_user().settings_file)
    settings = _load(store)
    account = settings.account_named(args.old)
    new = args.new.strip()
    if account is None:
        report_error(str(UnknownAccountError(args.old)))
        return EXIT_CONFIGURATION
    clash = settings.account_named(new)
    if not new or (clash is not None and clash.id != account.id):
        report_error(f"{new or 'an empty name'} cannot be used; pick a name no account has.")
        return EXIT_CONFIGURATION
    if not _save(store, settings.with_account(replace(account, name=new))):
        return EXIT_CONFIGURATION
    print(f"Renamed {account.name} to {new}.")
    return EXIT_OK
