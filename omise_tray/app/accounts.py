"""The accounts and their keys, changed for the Accounts dialog (ui/account_actions.py).

Each change runs in the settings thread (app/shared_settings.py): the keyring may wait for its
unlock window and the settings lock for another program. A key and the settings entry that
refers to it are written under the settings lock together, as `omise-tray accounts` does, so
`accounts orphans --remove` elsewhere never sees one without the other; when the settings
cannot take the change, the keyring gets back what it held.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from omise_tray.app.shared_settings import SharedSettings
from omise_tray.core.errors import KeyringNotice
from omise_tray.core.redact import mask_key
from omise_tray.storage.lock import LockBusyError
from omise_tray.storage.secrets import KeyLocation, SecretStore, SecretStoreError
from omise_tray.storage.settings import (
    AccountSettings,
    Settings,
    find_duplicate,
    find_orphans,
    key_opens,
    with_new_key,
)
from omise_tray.ui.account_actions import AccountChange, KeyShown, Orphans, Outcome, Sentence

log = logging.getLogger(__name__)

Answer = TypeVar("Answer")


class RefusedError(Exception):
    """The change cannot be made as asked; `sentence` says why, for the user."""

    def __init__(self, sentence: Sentence) -> None:
        super().__init__()
        self.sentence = sentence


def still_there(answer: Callable[..., object]) -> bool:
    """Whether an answer can still be given: a widget's method goes with its widget."""
    owner = getattr(answer, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


def changed_settings(now: Settings, change: AccountChange) -> Settings:
    """The settings as they are in the file now with the form's change made; raises
    RefusedError when the change no longer fits them (another program changed them)."""
    wanted = change.account
    named = now.account_named(wanted.name)
    if change.adding:
        if named is not None:
            raise RefusedError(partial(name_taken_sentence, named.name))
        duplicate = find_duplicate(now, wanted)
        if duplicate is not None:
            raise RefusedError(partial(already_added_sentence, duplicate))
        return now.with_new_account(wanted)
    entry = now.account(wanted.id)
    if entry is None:
        raise RefusedError(partial(removed_elsewhere_sentence, wanted.name))
    if named is not None and named.id != entry.id:
        raise RefusedError(partial(name_taken_sentence, named.name))
    if change.key is None:
        return now.with_account(replace(entry, name=wanted.name))
    if not key_opens(entry, wanted):
        raise RefusedError(partial(another_account_sentence, entry.name))
    updated = replace(
        with_new_key(entry, wanted),
        name=wanted.name,
        key_storage="session" if change.session_only else "keyring",
    )
    duplicate = find_duplicate(now, updated)
    if duplicate is not None:
        raise RefusedError(partial(already_added_sentence, duplicate))
    return now.with_account(updated)


def name_taken_sentence(name: str) -> str:
    return QCoreApplication.translate(
        "Accounts", "An account is already called {name}; pick another name."
    ).format(name=name)


def removed_elsewhere_sentence(name: str) -> str:
    return QCoreApplication.translate(
        "Accounts",
        "{name} is no longer among the accounts (it was removed elsewhere), so nothing was saved.",
    ).format(name=name)


def another_account_sentence(name: str) -> str:
    return QCoreApplication.translate(
        "Accounts", "This key belongs to another Omise account, not to {name}."
    ).format(name=name)


def already_added_sentence(existing: AccountSettings) -> str:
    #: {name} is the name of the account the key opens, already in the list.
    return QCoreApplication.translate(
        "Accounts", "This key belongs to {name}, already added."
    ).format(name=existing.name)


def moved(now: Settings, account_id: str, step: int) -> Settings:
    """The settings with the account moved `step` places; unchanged when it cannot move."""
    accounts = list(now.accounts)
    row = next((i for i, a in enumerate(accounts) if a.id == account_id), None)
    if row is None or not 0 <= row + step < len(accounts):
        return now
    accounts[row], accounts[row + step] = accounts[row + step], accounts[row]
    return replace(now, accounts=tuple(accounts))


def not_saved(exc: OSError) -> str:
    """Why the settings file did not take a change, for the user."""
    if isinstance(exc, LockBusyError):
        return QCoreApplication.translate(
            "Accounts",
            "The change was not saved: another Omise Tray program is changing the settings. "
            "Try again in a moment.",
        )
    #: {reason} is the system's own words for the failure, such as "Permission denied".
    return QCoreApplication.translate(
        "Accounts",
        "The change could not be saved ({reason}). Check that your settings folder is "
        "writable and try again.",
    ).format(reason=exc.strerror or exc)


def keyring_away_sentence(name: str) -> str:
    return QCoreApplication.translate(
        "Accounts",
        "{name} was not removed: its key is in a keyring that is not available "
        "now, so it could not be deleted. Start your keyring and try again.",
    ).format(name=name)


def not_removed_sentence(name: str, notice: KeyringNotice) -> str:
    #: {problem} is the keyring's own account of what went wrong.
    line = QCoreApplication.translate("Accounts", "{name} was not removed: {problem}")
    return line.format(name=name, problem=notice.sentence(QCoreApplication.translate))


def unexpected_sentence() -> str:
    return QCoreApplication.translate(
        "Accounts", "The change could not be made; details are in the log."
    )


def search_failed_sentence() -> str:
    return QCoreApplication.translate(
        "Accounts", "The keyring could not be searched; details are in the log."
    )


def unreadable_settings_sentence() -> str:
    return QCoreApplication.translate(
        "Accounts",
        "Without a readable settings file, which keys belong to an account "
        "cannot be told; nothing was deleted.",
    )


def where_kept(location: KeyLocation, keyring: str) -> str:
    """Where an account's key is, in the list's words; {keyring} is the keyring's own name
    ("Secret Service", "macOS Keychain")."""
    translate = QCoreApplication.translate
    if location is KeyLocation.KEYRING:
        return translate("Accounts", "keyring ({keyring})").format(keyring=keyring)
    if location is KeyLocation.SESSION:
        return translate("Accounts", "session only")
    if location is KeyLocation.MISSING:
        return translate("Accounts", "missing")
    if location is KeyLocation.LOCKED:
        return translate("Accounts", "keyring (locked)")
    return translate("Accounts", "keyring unavailable")


class Accounts(QObject):
    """The app's AccountKeeper: reads and writes keys and accounts in the settings thread.

    Every change that went through is followed by the whole app (SharedSettings.adopt);
    `keys_changed` asks for the poller's keys to be read again, since a new key for an
    account leaves its settings as they were.
    """

    keys_changed = Signal()

    def __init__(
        self, shared: SharedSettings, secrets: SecretStore, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._shared = shared
        self._secrets = secrets

    @property
    def keyring_usable(self) -> bool:
        return self._secrets.keyring_usable

    @property
    def keyring_problem(self) -> str | None:
        if self._secrets.keyring_usable:
            return None
        return self._secrets.why_unusable.sentence(QCoreApplication.translate)

    def _run(
        self,
        work: Callable[[], Answer],
        answer: Callable[[Answer], None],
        unexpected: Answer,
        *,
        writes: bool = True,
        keys: bool = False,
    ) -> None:
        """Run `work` in the settings thread and give its result to `answer`; `unexpected`
        is the answer when `work` fails in a way it does not foresee (logged)."""

        def deliver(result: Answer) -> None:
            if isinstance(result, Outcome) and result.settings is not None:
                self._shared.adopt(result.settings)
                if keys:
                    self.keys_changed.emit()
            if still_there(answer):
                answer(result)

        self._shared.run(work, deliver, lambda _error: deliver(unexpected), writes=writes)

    def _unexpected(self) -> Outcome:
        return Outcome(None, unexpected_sentence)

    # -- reading -------------------------------------------------------------------------

    def read_keys(
        self,
        accounts: Sequence[AccountSettings],
        answer: Callable[[Mapping[str, KeyShown]], None],
    ) -> None:
        wanted = tuple(accounts)
        nothing: dict[str, KeyShown] = {}
        self._run(lambda: self._keys_shown(wanted), answer, nothing, writes=False)

    def _keys_shown(self, accounts: tuple[AccountSettings, ...]) -> dict[str, KeyShown]:
        shown: dict[str, KeyShown] = {}
        for account in accounts:
            stored = self._secrets.find(account)
            masked = mask_key(stored.key) if stored.key else ""
            where = partial(where_kept, stored.location, self._secrets.status.backend_name)
            shown[account.id] = KeyShown(masked, where)
        return shown

    # -- changing ------------------------------------------------------------------------

    def save(self, change: AccountChange, answer: Callable[[Outcome], None]) -> None:
        self._run(
            lambda: self._save(change), answer, self._unexpected(), keys=change.key is not None
        )

    def _save(self, change: AccountChange) -> Outcome:
        account_id = change.account.id
        try:
            with self._shared.locked() as current:
                before = current.settings.account(account_id)
                previous = None if change.key is None or before is None else self._key(before)
                if change.key is not None:
                    self._secrets.set(account_id, change.key, session_only=change.session_only)
                try:
                    loaded = self._shared.apply(lambda now: changed_settings(now, change))
                except (RefusedError, OSError):
                    if change.key is not None:
                        self._put_back(account_id, previous, before)
                    raise
        except SecretStoreError as exc:
            sentence = partial(exc.notice.sentence, QCoreApplication.translate)
            return Outcome(None, sentence, offer_session=not change.session_only)
        except RefusedError as refused:
            return Outcome(None, refused.sentence)
        except OSError as exc:
            log.warning("could not save the account %s: %s", account_id, exc)
            return Outcome(None, partial(not_saved, exc))
        return Outcome(loaded.settings)

    def _key(self, account: AccountSettings) -> str | None:
        """The account's key now, to put back if the change cannot be saved."""
        try:
            return self._secrets.get(account.id)
        except SecretStoreError:
            return None

    def _put_back(
        self, account_id: str, previous: str | None, before: AccountSettings | None
    ) -> None:
        """The keyring as it was: the previous key where it was kept, or no key at all."""
        try:
            self._secrets.delete(account_id)
            if previous is not None and before is not None:
                session_only = before.key_storage == "session"
                self._secrets.set(account_id, previous, session_only=session_only)
        except SecretStoreError:
            log.warning("the key of account %s could not be put back as it was", account_id)

    def remove(self, account: AccountSettings, answer: Callable[[Outcome], None]) -> None:
        self._run(lambda: self._remove(account), answer, self._unexpected(), keys=True)

    def _remove(self, account: AccountSettings) -> Outcome:
        if account.key_storage == "keyring" and not self._secrets.keyring_usable:
            return Outcome(None, partial(keyring_away_sentence, account.name))
        try:
            with self._shared.locked():
                previous = self._secrets.get(account.id)
                self._secrets.delete(account.id)
                try:
                    loaded = self._shared.apply(lambda now: now.without_account(account.id))
                except OSError:
                    self._put_back(account.id, previous, account)
                    raise
        except SecretStoreError as exc:
            return Outcome(None, partial(not_removed_sentence, account.name, exc.notice))
        except OSError as exc:
            log.warning("could not remove the account %s: %s", account.id, exc)
            return Outcome(None, partial(not_saved, exc))
        return Outcome(loaded.settings)

    def move(self, account_id: str, step: int, answer: Callable[[Outcome], None]) -> None:
        self._run(lambda: self._move(account_id, step), answer, self._unexpected())

    def _move(self, account_id: str, step: int) -> Outcome:
        try:
            loaded = self._shared.apply(lambda now: moved(now, account_id, step))
        except OSError as exc:
            return Outcome(None, partial(not_saved, exc))
        return Outcome(loaded.settings)

    # -- keys no account uses ------------------------------------------------------------

    def find_orphans(self, answer: Callable[[Orphans], None]) -> None:
        self._run(lambda: self._orphans(remove=()), answer, self._orphans_failed(), writes=False)

    def remove_orphans(self, account_ids: Sequence[str], answer: Callable[[Orphans], None]) -> None:
        wanted = tuple(account_ids)
        self._run(lambda: self._orphans(remove=wanted), answer, self._orphans_failed())

    def _orphans_failed(self) -> Orphans:
        return Orphans(problem=search_failed_sentence)

    def _orphans(self, *, remove: tuple[str, ...]) -> Orphans:
        """The orphans now; with `remove`, those of them deleted. Under the settings lock, so
        no account is being added elsewhere between keeping its key and its entry."""
        secrets = self._secrets
        cannot_list = partial(secrets.cannot_list_notice.sentence, QCoreApplication.translate)
        if not secrets.keyring_usable:
            return Orphans(problem=cannot_list)
        try:
            with self._shared.locked() as current:
                if any(notice.field is None for notice in current.notices):
                    return Orphans(problem=unreadable_settings_sentence)
                stored = secrets.stored_account_ids()
                if stored is None:
                    return Orphans(problem=cannot_list)
                orphans = find_orphans(current.settings, stored)
                if not remove:
                    return Orphans(orphans)
                gone = tuple(i for i in orphans if i in remove)
                for account_id in gone:
                    secrets.delete(account_id)
                return Orphans(gone)
        except SecretStoreError as exc:
            return Orphans(problem=partial(exc.notice.sentence, QCoreApplication.translate))
        except OSError as exc:
            return Orphans(problem=partial(not_saved, exc))
