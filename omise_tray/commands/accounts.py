"""`omise-tray accounts list | add NAME | set-key NAME | remove NAME | rename OLD NEW | orphans`."""

from __future__ import annotations

import argparse
import getpass
import logging
import shlex
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from omise_tray import APP_NAME
from omise_tray.config import ApiEndpoint, Paths
from omise_tray.core.errors import ErrorKind
from omise_tray.core.redact import mask_key
from omise_tray.core.text_safety import safe_text
from omise_tray.omise.client import OmiseClient
from omise_tray.omise.errors import AuthenticationError, OmiseError
from omise_tray.omise.keys import check_secret_key
from omise_tray.storage.fields import clean_text, shorten
from omise_tray.storage.lock import LockBusyError
from omise_tray.storage.secrets import SecretStore, SecretStoreError
from omise_tray.storage.settings import (
    AccountConflictError,
    AccountSettings,
    Settings,
    SettingsStore,
    account_from_omise,
    account_name,
    already_added,
    find_duplicate,
    find_orphans,
    key_opens,
    with_new_key,
)

from .common import (
    EXIT_AUTHENTICATION,
    EXIT_CONFIGURATION,
    EXIT_FAILED,
    EXIT_OK,
    report_error,
    report_settings,
    seconds,
    settings_store,
)

logger = logging.getLogger(__name__)


DEFAULT_TIMEOUT = 30.0
NO_SESSION_IN_A_COMMAND = (
    f"A command cannot keep a key for a session; start {APP_NAME} and add the account in "
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
        "standard input with --key-stdin; it is checked with Omise, then saved to the keyring. "
        "A key for an Omise account already added is refused: use set-key to change its key.",
    )
    add.add_argument("name", help="a name for the account, such as the shop's name")
    _key_options(add)
    add.set_defaults(func=_refusals_reported(run_add))

    set_key = actions.add_parser(
        "set-key",
        help="give an account a new secret key (after rolling it in the Dashboard)",
        description="Replace an account's secret key. The new key is checked with Omise and "
        "must belong to the same Omise account, in the same mode.",
    )
    set_key.add_argument("name", help="the account's name, as `accounts list` shows it")
    _key_options(set_key)
    set_key.set_defaults(func=_refusals_reported(run_set_key))

    remove = actions.add_parser("remove", help="remove an account and delete its key")
    remove.add_argument("name", help="the account's name, as `accounts list` shows it")
    remove.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    remove.set_defaults(func=_refusals_reported(run_remove))

    rename = actions.add_parser("rename", help="give an account another name")
    rename.add_argument("old", help="the account's name now")
    rename.add_argument("new", help="the name it should have")
    rename.set_defaults(func=_refusals_reported(run_rename))

    orphans = actions.add_parser(
        "orphans",
        help="list keys left in the keyring that no account uses",
        description="List the secret keys Omise Tray keeps in the keyring that no account "
        "refers to (left behind by an older version or an interrupted change), and delete "
        "them with --remove. Only a Secret Service keyring (GNOME Keyring, KeePassXC) can "
        "list its keys.",
    )
    orphans.add_argument("--remove", action="store_true", help="delete those keys from the keyring")
    orphans.set_defaults(func=_refusals_reported(run_orphans))


def _key_options(parser: argparse.ArgumentParser) -> None:
    # Caught only to refuse it with a reason: argparse would echo an unexpected argument.
    parser.add_argument("key_argument", nargs="?", metavar="", help=argparse.SUPPRESS)
    parser.add_argument(
        "--key-stdin", action="store_true", help="read the secret key from standard input"
    )
    parser.add_argument(
        "--timeout",
        type=seconds,
        default=DEFAULT_TIMEOUT,
        metavar="S",
        help=f"give up checking the key after this many seconds (default {DEFAULT_TIMEOUT:g})",
    )


class MissingKeyError(OmiseError):
    """A configured account has no usable key (not in the keyring, locked, or session-only)."""

    kind = ErrorKind.CONFIGURATION


class UnknownAccountError(LookupError):
    """No account has the name the user gave."""

    def __init__(self, name: str) -> None:
        super().__init__(f"No account is called {name}; `omise-tray accounts list` shows them.")


class CommandRefusedError(Exception):
    """A command stops here: `sentence` for the user and the exit status."""

    def __init__(self, status: int, sentence: str) -> None:
        super().__init__(sentence)
        self.status = status
        self.sentence = sentence


def _refusals_reported(
    run: Callable[[argparse.Namespace], int],
) -> Callable[[argparse.Namespace], int]:
    def reported(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except CommandRefusedError as refusal:
            report_error(refusal.sentence)
            return refusal.status

    reported.__doc__ = run.__doc__
    return reported


@dataclass(frozen=True, slots=True)
class ConfiguredKeys:
    """Configured accounts with their keys, a sentence for each account without one, and what
    loading the settings had to tell the user."""

    keys: tuple[tuple[AccountSettings, str], ...] = field(repr=False)
    problems: tuple[tuple[AccountSettings, str], ...] = ()
    settings_messages: tuple[str, ...] = ()
    transfer_fees: Mapping[str, int] = field(default_factory=dict)  # the merchant's, by currency


def configured_keys(
    paths: Paths, *, account_name: str | None = None, secrets: SecretStore | None = None
) -> ConfiguredKeys:
    """Every configured account, each Omise account once (or only the named one), with its key
    from the keyring.

    Raises UnknownAccountError when `account_name` matches no account.
    """
    loaded = settings_store(paths).load()
    accounts = loaded.settings.accounts
    if account_name is not None:
        account = loaded.settings.account_named(account_name)
        if account is None:
            raise UnknownAccountError(account_name)
        accounts = (account,)
    fees = loaded.settings.transfer_fees
    if not accounts:
        return ConfiguredKeys(keys=(), settings_messages=loaded.messages, transfer_fees=fees)
    found = (secrets or SecretStore.detect()).keys_for(accounts)
    return ConfiguredKeys(
        keys=tuple((a, found.keys[a.id]) for a in accounts if a.id in found.keys),
        problems=tuple((a, found.problems[a.id]) for a in accounts if a.id in found.problems),
        settings_messages=loaded.messages,
        transfer_fees=fees,
    )


def _load(store: SettingsStore) -> Settings:
    loaded = store.load()
    report_settings(loaded)
    return loaded.settings


def _not_saved(store: SettingsStore, exc: OSError) -> str:
    logger.warning("could not save settings to %s: %s", store.path, exc)
    if isinstance(exc, LockBusyError):
        return f"the settings could not be saved to {store.path}: {exc.strerror}."
    return (
        f"the settings could not be saved to {store.path} ({exc.strerror or exc}); "
        "check that the folder is writable."
    )


def _update(store: SettingsStore, change: Callable[[Settings], Settings]) -> Settings:
    """Apply the change to the settings file as it is now; refusals become a CommandRefusedError."""
    try:
        return store.update(change).settings
    except AccountConflictError as conflict:
        raise CommandRefusedError(EXIT_CONFIGURATION, str(conflict)) from None
    except UnknownAccountError as unknown:
        raise CommandRefusedError(EXIT_CONFIGURATION, str(unknown)) from None
    except OSError as exc:
        raise CommandRefusedError(EXIT_CONFIGURATION, _not_saved(store, exc)) from None


def _named(settings: Settings, name: str) -> AccountSettings:
    account = settings.account_named(name)
    if account is None:
        raise UnknownAccountError(name)
    return account


def run_list(args: argparse.Namespace) -> int:
    """Print each account's name, mode, currency, masked key and where the key is kept."""
    settings = _load(settings_store(Paths.for_user()))
    if not settings.all_accounts:
        print("No accounts yet. Add one with: omise-tray accounts add NAME")
        return EXIT_OK
    secrets = SecretStore.detect()
    rows = [("NAME", "MODE", "CURRENCY", "KEY", "KEPT IN")]
    for account in settings.all_accounts:
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
    for duplicate in settings.duplicate_accounts:
        original = settings.duplicate_of(duplicate.id)
        print(
            f"{duplicate.name} is the same Omise account as "
            f"{original.name if original else 'another entry'}, so it is counted once; remove "
            f"it with: omise-tray accounts remove {shlex.quote(duplicate.name)}"
        )
    if not secrets.keyring_usable and secrets.status.reason:
        report_error(secrets.status.reason)
    return EXIT_OK


def _no_key_argument(args: argparse.Namespace) -> None:
    if args.key_argument is not None:
        raise CommandRefusedError(
            EXIT_CONFIGURATION,
            "a secret key is never taken from the command line, where other programs and your "
            "shell history can see it; use the prompt or --key-stdin.",
        )


def _read_key(args: argparse.Namespace, name: str) -> str:
    """The key from stdin (--key-stdin) or a hidden prompt."""
    if args.key_stdin:
        return sys.stdin.read()
    if not sys.stdin.isatty():
        raise CommandRefusedError(
            EXIT_CONFIGURATION,
            "there is no terminal to ask for the key; pipe it in with --key-stdin.",
        )
    try:
        return getpass.getpass(f"Secret key for {name} (input hidden): ")
    except EOFError:
        return ""


def _exit_for(error: OmiseError) -> int:
    if error.kind is ErrorKind.AUTH:
        return EXIT_AUTHENTICATION
    if error.kind is ErrorKind.CONFIGURATION:
        return EXIT_CONFIGURATION
    return EXIT_FAILED


def _keyring(secrets: SecretStore) -> SecretStore:
    if not secrets.keyring_usable:
        raise CommandRefusedError(
            EXIT_CONFIGURATION, f"{secrets.status.reason} {NO_SESSION_IN_A_COMMAND}"
        )
    return secrets


def _checked_with_omise(
    raw: str, name: str, settings: Settings, args: argparse.Namespace, *, unchanged: str
) -> tuple[str, AccountSettings]:
    """The key, and an entry for the Omise account it opens (as /account and /balance say).

    `unchanged` completes "Omise rejected the secret key, so …" when the key is refused.
    """
    try:
        key = check_secret_key(raw)
        endpoint = ApiEndpoint.from_env(default_version=settings.api_version)
        with OmiseClient(
            key, api_base=endpoint.base, api_version=endpoint.version, deadline=args.timeout
        ) as client:
            found = client.account()
            balance = client.balance()
    except AuthenticationError:
        raise CommandRefusedError(
            EXIT_AUTHENTICATION,
            f"Omise rejected the secret key, so {unchanged}. Copy the secret key again from "
            "Dashboard → Keys (test or live, as you mean) and try again.",
        ) from None
    except OmiseError as error:
        raise CommandRefusedError(_exit_for(error), error.message) from None
    except ValueError as error:  # an OMISE_API_VERSION that is not a date
        raise CommandRefusedError(EXIT_CONFIGURATION, str(error)) from None
    entry = account_from_omise(
        name,
        omise_account_id=found.id,
        livemode=balance.livemode,
        currency=balance.currency,
        email=found.email or None,
        country=found.country,
    )
    mode = "live" if entry.livemode else "test"
    parts = [entry.email, entry.country, entry.currency, f"{mode} mode"]
    # The email and country are the server's words: nothing in them may act on the terminal.
    print(f"Found {' · '.join(safe_text(part) for part in parts if part)}")
    return key, entry


def _save_with_key(
    store: SettingsStore,
    secrets: SecretStore,
    account_id: str,
    key: str,
    change: Callable[[Settings], Settings],
    *,
    previous_key: str | None = None,
) -> None:
    """Put the key in the keyring and the change in the file as one step.

    Both happen under the settings lock, so `accounts orphans --remove` never sees the key
    without its account. When the file cannot take the change, the keyring goes back to
    what it held (the previous key, or nothing).
    """
    try:
        with store.locked():
            secrets.set(account_id, key)
            try:
                _update(store, change)
            except CommandRefusedError:
                _put_back(secrets, account_id, previous_key)
                raise
    except SecretStoreError as error:
        raise CommandRefusedError(EXIT_CONFIGURATION, str(error)) from None
    except OSError as exc:  # the lock stayed busy
        raise CommandRefusedError(EXIT_CONFIGURATION, _not_saved(store, exc)) from None


def _put_back(secrets: SecretStore, account_id: str, previous_key: str | None) -> None:
    try:
        if previous_key is None:
            secrets.delete(account_id)
        else:
            secrets.set(account_id, previous_key)
    except SecretStoreError:
        logger.warning("the keyring entry of account %s could not be put back", account_id)


def run_add(args: argparse.Namespace) -> int:
    """Check a key with Omise, then save the account to settings and its key to the keyring."""
    _no_key_argument(args)
    name = account_name(args.name)
    if not name:
        raise CommandRefusedError(
            EXIT_CONFIGURATION, "give the account a name, such as the shop's name."
        )
    store = settings_store(Paths.for_user())
    settings = _load(store)
    if settings.account_named(name) is not None:
        raise CommandRefusedError(
            EXIT_CONFIGURATION,
            f"an account is already called {name}; pick another name or remove it.",
        )
    secrets = _keyring(SecretStore.detect())
    raw = _read_key(args, name)
    key, entry = _checked_with_omise(raw, name, settings, args, unchanged=f"{name} was not added")
    duplicate = find_duplicate(settings, entry)
    if duplicate is not None:
        raise CommandRefusedError(
            EXIT_CONFIGURATION,
            f"{already_added(duplicate)} To give it this key instead, run: "
            f"omise-tray accounts set-key {shlex.quote(duplicate.name)}",
        )
    _save_with_key(store, secrets, entry.id, key, lambda s: s.with_new_account(entry))
    print(f"Added {name}; its key is kept in the keyring ({secrets.status.backend_name}).")
    return EXIT_OK


def run_set_key(args: argparse.Namespace) -> int:
    """Check a new key with Omise and, if it opens the same Omise account, keep it instead."""
    _no_key_argument(args)
    store = settings_store(Paths.for_user())
    settings = _load(store)
    try:
        account = _named(settings, args.name)
    except UnknownAccountError as unknown:
        raise CommandRefusedError(EXIT_CONFIGURATION, str(unknown)) from None
    secrets = _keyring(SecretStore.detect())
    raw = _read_key(args, account.name)
    key, entry = _checked_with_omise(
        raw, account.name, settings, args, unchanged=f"the key of {account.name} was not changed"
    )
    entry = replace(entry, id=account.id)
    if not key_opens(account, entry):
        raise CommandRefusedError(
            EXIT_CONFIGURATION,
            f"This key belongs to another Omise account ({entry.email or 'unknown'}, "
            f"{entry.mode_label} mode), not to {account.name}; add it as an account of its "
            "own with: omise-tray accounts add NAME",
        )
    other = find_duplicate(settings, entry)
    if other is not None:
        raise CommandRefusedError(EXIT_CONFIGURATION, already_added(other))
    try:
        previous_key = secrets.get(account.id)
    except SecretStoreError:
        previous_key = None

    def given_the_key(current: Settings) -> Settings:
        # The entry as it is in the file now: a rename made meanwhile stays.
        now = current.account(account.id)
        if now is None:
            raise UnknownAccountError(account.name)
        return current.with_account(with_new_key(now, entry))

    _save_with_key(store, secrets, account.id, key, given_the_key, previous_key=previous_key)
    print(
        f"Changed the secret key of {account.name}; it is kept in the keyring "
        f"({secrets.status.backend_name})."
    )
    return EXIT_OK


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
    store = settings_store(Paths.for_user())
    try:
        account = _named(_load(store), args.name)
    except UnknownAccountError as unknown:
        raise CommandRefusedError(EXIT_CONFIGURATION, str(unknown)) from None
    if not args.yes:
        confirmed = _confirm(f"Remove {account.name} and delete its secret key?")
        if confirmed is None:
            raise CommandRefusedError(
                EXIT_CONFIGURATION,
                "there is no terminal to confirm on; add --yes to remove anyway.",
            )
        if not confirmed:
            print("Nothing removed.")
            return EXIT_OK
    secrets = SecretStore.detect()
    if account.key_storage == "keyring" and not secrets.keyring_usable:
        raise CommandRefusedError(
            EXIT_CONFIGURATION,
            f"{account.name} was not removed: its key is in a keyring that is not available "
            "now, so it could not be deleted. Start your keyring and try again.",
        )
    try:
        secrets.delete(account.id)
    except SecretStoreError as error:
        raise CommandRefusedError(
            EXIT_CONFIGURATION, f"{account.name} was not removed: {error}"
        ) from None
    _update(store, lambda s: s.without_account(account.id))
    print(f"Removed {account.name} and deleted its secret key.")
    return EXIT_OK


def run_rename(args: argparse.Namespace) -> int:
    """Change an account's name; its key stays where it is (keys are stored by account id)."""
    new = account_name(args.new)

    def renamed(current: Settings) -> Settings:
        account = _named(current, args.old)
        clash = current.account_named(new)
        if not new or (clash is not None and clash.id != account.id):
            raise AccountConflictError(
                clash or account,
                f"{new or 'an empty name'} cannot be used; pick a name no account has.",
            )
        return current.with_account(replace(account, name=new))

    store = settings_store(Paths.for_user())
    try:
        account = _named(_load(store), args.old)
    except UnknownAccountError as unknown:
        raise CommandRefusedError(EXIT_CONFIGURATION, str(unknown)) from None
    _update(store, renamed)
    print(f"Renamed {account.name} to {new}.")
    return EXIT_OK


def run_orphans(args: argparse.Namespace) -> int:
    """List (or, with --remove, delete) the keyring's keys that no account refers to."""
    store = settings_store(Paths.for_user())
    secrets = SecretStore.detect()
    if not secrets.keyring_usable:
        raise CommandRefusedError(EXIT_CONFIGURATION, secrets.cannot_list)
    try:
        # Under the lock, no `accounts add` elsewhere can be between saving a key and its entry.
        with store.locked() as current:
            report_settings(current)
            if any(notice.field is None for notice in current.notices):
                raise CommandRefusedError(
                    EXIT_CONFIGURATION,
                    "without a readable settings file, which keys belong to an account cannot "
                    "be told; nothing was deleted.",
                )
            stored = secrets.stored_account_ids()
            if stored is None:
                raise CommandRefusedError(EXIT_CONFIGURATION, secrets.cannot_list)
            orphans = find_orphans(current.settings, stored)
            if not orphans:
                print("Every key Omise Tray keeps in the keyring belongs to an account.")
                return EXIT_OK
            keys = "key" if len(orphans) == 1 else "keys"
            if not args.remove:
                print(f"{len(orphans)} {keys} in the keyring belong to no account:")
                for account_id in orphans:
                    # Any program may have written the entry: show its name made safe.
                    print(f"  {shorten(clean_text(account_id))}")
                print("Delete them with: omise-tray accounts orphans --remove")
                return EXIT_OK
            for account_id in orphans:
                secrets.delete(account_id)
    except SecretStoreError as error:
        raise CommandRefusedError(EXIT_CONFIGURATION, str(error)) from None
    except OSError as exc:
        raise CommandRefusedError(EXIT_CONFIGURATION, _not_saved(store, exc)) from None
    print(f"Deleted {len(orphans)} {keys} that no account used from the keyring.")
    return EXIT_OK
