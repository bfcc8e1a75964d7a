"""What the Accounts dialog and its form ask of the app: check a key with Omise, tell where
keys are kept, and change the accounts together with their keys.

The widgets only draw. The app implements these (app/key_check.py, app/accounts.py) and does
the work off the UI thread, since Omise may be slow and the keyring may wait for its unlock
window; each answer comes back later, in the UI thread, through the `answer` given. An answer
that is a method of a widget which has been closed and deleted meanwhile is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QObject

from omise_tray.storage.settings import AccountSettings, Settings

# A sentence from its facts, said in the language spoken when it is called: a dialog left open
# says it again, in the new language, when the language changes.
Sentence = Callable[[], str]


@dataclass(frozen=True, slots=True)
class CheckedKey:
    """What checking a key found: the Omise account it opens, as an entry without a name yet
    (its account id, mode, currency, email and country, made safe), or the sentence saying why
    the key cannot be used. `sentence` describes what was found when the key was accepted."""

    found: AccountSettings | None
    sentence: Sentence


class KeyCheck(Protocol):
    """Checks one key at a time with Omise; a newer check or cancel() drops the older answer."""

    @property
    def busy(self) -> bool: ...

    def check(self, key: str, answer: Callable[[CheckedKey], None]) -> None: ...

    def cancel(self) -> None: ...


# Makes a KeyCheck owned by the given widget, so that it goes when the widget does.
KeyCheckFactory = Callable[[QObject], KeyCheck]


@dataclass(frozen=True, slots=True)
class KeyShown:
    """One account's key as the list shows it: masked ("" when there is none) and where it is."""

    masked: str
    where: Sentence


@dataclass(frozen=True, slots=True)
class AccountChange:
    """An account to add, or an existing entry to change, as the form has it.

    `account` is the entry as it should be (for a new account, what Omise said about the
    account its key opens); `key` is the new secret key, or None to keep the current one.
    """

    account: AccountSettings
    key: str | None = field(repr=False)
    session_only: bool = False
    adding: bool = True


@dataclass(frozen=True, slots=True)
class Outcome:
    """How a change ended: the settings as they are now, or None and the sentence saying why
    nothing changed. `offer_session` says the keyring refused the key, so keeping it for this
    session only may still work."""

    settings: Settings | None
    sentence: Sentence = str  # str() is ""
    offer_session: bool = False


@dataclass(frozen=True, slots=True)
class Orphans:
    """Keys in the keyring that no account refers to, by account id; or why they cannot be
    listed (or deleted), in `problem`."""

    account_ids: tuple[str, ...] = ()
    problem: Sentence | None = None


class AccountKeeper(Protocol):
    """Where the accounts and their keys are kept. Every change is a read-modify-write of the
    settings as they are in the file now, with the key written under the same lock."""

    @property
    def keyring_usable(self) -> bool:
        """Whether keys can be kept in a secure keyring (otherwise only for this session)."""
        ...

    @property
    def keyring_problem(self) -> str | None:
        """Why keys cannot be kept in the keyring, as a sentence; None when they can."""
        ...

    def read_keys(
        self,
        accounts: Sequence[AccountSettings],
        answer: Callable[[Mapping[str, KeyShown]], None],
    ) -> None:
        """Find where each account's key is (by account id)."""
        ...

    def save(self, change: AccountChange, answer: Callable[[Outcome], None]) -> None:
        """Keep the key (if any) and add or change the account; the key is taken back out
        when the settings cannot take the change."""
        ...

    def remove(self, account: AccountSettings, answer: Callable[[Outcome], None]) -> None:
        """Delete the account's key and the account."""
        ...

    def move(self, account_id: str, step: int, answer: Callable[[Outcome], None]) -> None:
        """Move the account `step` places up (negative) or down in the list."""
        ...

    def find_orphans(self, answer: Callable[[Orphans], None]) -> None:
        """List the keys in the keyring that no account refers to."""
        ...

    def remove_orphans(self, account_ids: Sequence[str], answer: Callable[[Orphans], None]) -> None:
        """Delete those of these keys that still belong to no account; answers with the ids
        deleted."""
        ...
