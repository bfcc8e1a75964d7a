"""The user's settings as JSON in the config folder, shared safely by the app and the commands.

Every field is declared once below with its kind (type and valid range) and default. Loading
never raises: what is safely coercible is coerced, anything else is replaced by that field's
default alone, and each change is reported once as a Notice; the file is then mended, with the
file as it was kept beside it under a dated name. A damaged file (not UTF-8, not JSON) is kept
aside the same way and the defaults are used. Every write is a read-modify-write under a lock
beside the file that applies only the change being made, and fields this version does not
know are written back untouched.

Settings hold account metadata only; secret keys live in the keyring (storage/secrets.py).
"""

from __future__ import annotations

import errno
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import MISSING, Field, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, NamedTuple

from omise_tray.config import (
    DEFAULT_API_VERSION,
    DEFAULT_INTERVAL,
    LOOPBACK_MIN_INTERVAL,
    MAX_INTERVAL,
    OMISE_MIN_INTERVAL,
)
from omise_tray.core.localized import Translate
from omise_tray.core.notices import FileNotice, FileTrouble
from omise_tray.storage.aside import keep_aside, keep_copy
from omise_tray.storage.atomic import write_atomically
from omise_tray.storage.fields import (
    AmountsByCurrency,
    Choice,
    Flag,
    Interval,
    Kind,
    Limits,
    OrNone,
    Text,
    UnusableValueError,
    Whole,
    clean_text,
    quote,
)
from omise_tray.storage.lock import DEFAULT_WAIT, held

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
# Minor units: far past any real balance, yet still exact as a float where a chart draws it.
MAX_AMOUNT = 10**15
NAME_LENGTH = 80
# A settings file is a few kilobytes; one far larger is not one, and is not read into memory.
LARGEST_FILE = 10 * 1024 * 1024
# How long loading waits for another writer before it leaves mending the file to a later load.
MEND_WAIT = 2.0

# Patterns for Text fields, compiled on first use (storage/fields.py).
_LOCAL_ID = r"[A-Za-z0-9_.-]{1,64}"
_OMISE_ID = r"[A-Za-z0-9_]{1,64}"
_API_VERSION = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
_CURRENCY = r"[A-Z]{3}"
_COUNTRY = r"[A-Z]{2,3}"
_HEX = r"(?:[0-9a-fA-F]{2})+"


def _about(kind: Kind[Any], label: str) -> dict[str, Any]:
    """A field's declaration: its kind (type and valid range) and what it is, in words."""
    return {"kind": kind, "label": label}


def _setting(default: Any, kind: Kind[Any], label: str) -> Any:
    """Declare a field with its default, kind and label."""
    return field(default=default, metadata=_about(kind, label))


@dataclass(frozen=True, slots=True)
class AccountSettings:
    """One Omise account as the app knows it: a name and what the API told us, never the key.

    `id` is this app's own name for the entry (the keyring stores the key under it); the Omise
    account it watches is `omise_account_id` in `livemode`, known once a key has been checked.
    """

    id: str
    name: str
    livemode: bool | None = _setting(None, OrNone(Flag(), "unknown"), "its mode")
    currency: str | None = _setting(
        None, OrNone(Text(3, _CURRENCY, str.upper), "unknown"), "its currency"
    )
    email: str | None = _setting(None, OrNone(Text(254), "unknown"), "its email")
    country: str | None = _setting(
        None, OrNone(Text(3, _COUNTRY, str.upper), "unknown"), "its country"
    )
    # Thresholds in minor units of the account's currency; None means the currency's default.
    low: int | None = _setting(
        None,
        OrNone(Whole(0, MAX_AMOUNT), "the currency's usual amount"),
        "its low-balance alert",
    )
    critical: int | None = _setting(
        None,
        OrNone(Whole(0, MAX_AMOUNT), "the currency's usual amount"),
        "its critical-balance alert",
    )
    watched: str = _setting(
        "available", Choice(("available", "total")), "the figure its alerts watch"
    )
    notifications: bool = _setting(True, Flag(), "whether it shows notifications")
    # "keyring", or "session": kept in memory only and asked for again at the next start.
    key_storage: str = _setting(
        "keyring", Choice(("keyring", "session")), "where its secret key is kept"
    )
    omise_account_id: str | None = _setting(
        None, OrNone(Text(64, _OMISE_ID), "unknown"), "its Omise account id"
    )

    @staticmethod
    def new_id() -> str:
        return os.urandom(6).hex()

    @property
    def mode_label(self) -> str:
        if self.livemode is None:
            return "unknown"
        return "live" if self.livemode else "test"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the user can change, with its default.

    `accounts` holds each Omise account once. Entries that repeat an account already there
    (written by older versions, which let the same key be added twice) are kept apart in
    `duplicate_accounts`: never polled or counted, written back until the user removes them.
    """

    interval_seconds: int = _setting(
        DEFAULT_INTERVAL, Interval(MAX_INTERVAL), "how often balances are checked"
    )
    api_version: str = _setting(
        DEFAULT_API_VERSION, Text(10, _API_VERSION), "the Omise API version"
    )
    accounts: tuple[AccountSettings, ...] = ()
    notifications_paused: bool = _setting(False, Flag(), "whether notifications are paused")
    quiet_hours_start: int | None = _setting(  # hour of day, local time
        None, OrNone(Whole(0, 23, ":00"), "no quiet hours"), "when quiet hours start"
    )
    quiet_hours_end: int | None = _setting(
        None, OrNone(Whole(0, 23, ":00"), "no quiet hours"), "when quiet hours end"
    )
    launch_at_login: bool = _setting(False, Flag(), "whether Omise Tray starts at login")
    window_geometry: str | None = _setting(  # Qt's saveGeometry() as hex
        None, OrNone(Text(16384, _HEX)), "where the window was"
    )
    transfer_fees: dict[str, int] = field(  # currency -> minor units
        default_factory=dict,
        metadata=_about(AmountsByCurrency(MAX_AMOUNT), "the transfer fee per currency"),
    )
    payout_buffer: dict[str, int] = field(
        default_factory=dict,
        metadata=_about(AmountsByCurrency(MAX_AMOUNT), "the payout buffer per currency"),
    )
    language: str = _setting(  # omise_tray/i18n/language.py
        "system", Choice(("system", "en", "th", "ja")), "the language of the window"
    )
    hide_amounts: bool = _setting(  # privacy mode: every amount shown as "•••"
        False, Flag(), "whether amounts are hidden"
    )
    duplicate_accounts: tuple[AccountSettings, ...] = ()

    def __post_init__(self) -> None:
        # However the accounts were put together, each Omise account is counted once.
        counted, repeated = split_duplicates((*self.accounts, *self.duplicate_accounts))
        object.__setattr__(self, "accounts", counted)
        object.__setattr__(self, "duplicate_accounts", repeated)

    @property
    def all_accounts(self) -> tuple[AccountSettings, ...]:
        """Every entry in the file: the counted accounts, then the duplicates."""
        return (*self.accounts, *self.duplicate_accounts)

    def account(self, account_id: str) -> AccountSettings | None:
        return next((a for a in self.all_accounts if a.id == account_id), None)

    def account_named(self, name: str) -> AccountSettings | None:
        folded = name.casefold()
        return next((a for a in self.all_accounts if a.name.casefold() == folded), None)

    def duplicate_of(self, account_id: str) -> AccountSettings | None:
        """For an entry in `duplicate_accounts`, the counted account it repeats."""
        entry = next((a for a in self.duplicate_accounts if a.id == account_id), None)
        if entry is None:
            return None
        return next((a for a in self.accounts if same_omise_account(a, entry)), None)

    def with_account(self, account: AccountSettings) -> Settings:
        """Add the account, or replace the entry with the same id in place."""
        if self.account(account.id) is None:
            return replace(self, accounts=(*self.accounts, account))
        return replace(
            self,
            accounts=tuple(account if a.id == account.id else a for a in self.accounts),
            duplicate_accounts=tuple(
                account if a.id == account.id else a for a in self.duplicate_accounts
            ),
        )

    def with_new_account(self, account: AccountSettings) -> Settings:
        """Add an account; raises AccountConflictError when its name or Omise account is taken."""
        named = self.account_named(account.name)
        if named is not None:
            raise AccountConflictError(
                named, f"An account is already called {named.name}; pick another name."
            )
        duplicate = find_duplicate(self, account)
        if duplicate is not None:
            raise AccountConflictError(duplicate, already_added(duplicate))
        return replace(self, accounts=(*self.accounts, account))

    def without_account(self, account_id: str) -> Settings:
        return replace(
            self,
            accounts=tuple(a for a in self.accounts if a.id != account_id),
            duplicate_accounts=tuple(a for a in self.duplicate_accounts if a.id != account_id),
        )

    def to_json(self) -> dict[str, Any]:
        return settings_document(self)


class AccountConflictError(ValueError):
    """An account cannot be added: `existing` already has its name or its Omise account.

    `str()` is a sentence for the user.
    """

    def __init__(self, existing: AccountSettings, sentence: str) -> None:
        super().__init__(sentence)
        self.existing = existing


def already_added(existing: AccountSettings) -> str:
    """The refusal for a key whose Omise account is already there."""
    return f"This key belongs to {existing.name}, already added."


def same_omise_account(one: AccountSettings, other: AccountSettings) -> bool:
    """Whether two entries watch the same Omise account in the same mode.

    Entries saved by older versions lack the Omise account id: for them the owner's email and
    the account's currency (and its country, when both entries know it) stand in for it; an
    Omise account has one owner email and one currency.
    """
    if one.livemode is None or one.livemode != other.livemode:
        return False
    if one.omise_account_id and other.omise_account_id:
        return one.omise_account_id == other.omise_account_id
    if not (one.email and other.email and one.currency and other.currency):
        return False
    if one.country and other.country and one.country != other.country:
        return False
    return (one.email.casefold(), one.currency) == (other.email.casefold(), other.currency)


def key_opens(entry: AccountSettings, checked: AccountSettings) -> bool:
    """Whether a new key, whose Omise account is described by `checked`, may replace the key
    of `entry`: it opens the same Omise account in the same mode. True when the entry knows
    too little about its account to tell (its first key check never finished)."""
    if entry.livemode is None or not (entry.omise_account_id or entry.email):
        return True
    return same_omise_account(entry, checked)


def with_new_key(entry: AccountSettings, checked: AccountSettings) -> AccountSettings:
    """`entry` once the key `checked` describes is its key, kept in the keyring: what Omise
    said about the account replaces what was known (an older entry gains its account id)."""
    return replace(
        entry,
        omise_account_id=checked.omise_account_id,
        livemode=checked.livemode,
        currency=checked.currency,
        email=checked.email,
        country=checked.country,
        key_storage="keyring",
    )


def find_duplicate(settings: Settings, candidate: AccountSettings) -> AccountSettings | None:
    """The entry (other than the candidate itself) that watches the candidate's Omise account."""
    return next(
        (
            a
            for a in settings.all_accounts
            if a.id != candidate.id and same_omise_account(a, candidate)
        ),
        None,
    )


def split_duplicates(
    accounts: Iterable[AccountSettings],
) -> tuple[tuple[AccountSettings, ...], tuple[AccountSettings, ...]]:
    """The accounts with each Omise account once (its first entry), and the repeating entries."""
    counted: list[AccountSettings] = []
    repeated: list[AccountSettings] = []
    for account in accounts:
        if any(same_omise_account(kept, account) for kept in counted):
            repeated.append(account)
        else:
            counted.append(account)
    return tuple(counted), tuple(repeated)


def find_orphans(settings: Settings, stored_ids: Iterable[str]) -> tuple[str, ...]:
    """The keyring entries (by account id) that no entry of the settings refers to."""
    known = {a.id for a in settings.all_accounts}
    return tuple(sorted({i for i in stored_ids if i not in known}))


def account_name(text: str) -> str:
    """A name typed for an account, fit for the file: one line, no control characters, at
    most NAME_LENGTH characters; empty when nothing usable is left."""
    return clean_text(text).strip()[:NAME_LENGTH].rstrip()


def account_from_omise(
    name: str,
    *,
    omise_account_id: str | None,
    livemode: bool | None,
    currency: str | None,
    email: str | None,
    country: str | None,
    account_id: str | None = None,
) -> AccountSettings:
    """An entry for the Omise account a key opened, as /account and /balance describe it.

    What the server sent is made fit for the file first (control characters removed, lengths
    capped); a value that still does not fit is left unknown. A new id unless `account_id`.
    """
    sent = {
        "omise_account_id": omise_account_id,
        "livemode": livemode,
        "currency": currency,
        "email": email,
        "country": country,
    }
    values: dict[str, Any] = {}
    for item in _ACCOUNT_FIELDS:
        if item.name in sent:
            try:
                values[item.name] = item.metadata["kind"].read(sent[item.name], _ANY_API).value
            except UnusableValueError:
                values[item.name] = None
    return AccountSettings(
        id=account_id or AccountSettings.new_id(), name=account_name(name), **values
    )


# -- reading a document ------------------------------------------------------------------


class Notice(NamedTuple):
    """Something the loader changed, for the user: the field (a JSON path such as
    "accounts[0].low"; None for the whole file) and what happened, as a sentence."""

    field: str | None
    reason: str
    about_file: FileNotice | None = None  # a whole-file notice, typed for a window

    def sentence(self, translate: Translate) -> str:
        """The notice in the reader's language. A field's own account stays in English, as
        the file names its settings ("critical", "low"), framed by the reader's words."""
        if self.about_file is not None:
            return self.about_file.sentence(translate)
        #: {detail} is, in English, which setting of the file was changed and why, naming
        #: the setting as the file does ("critical", "interval").
        line = translate(
            "Files",
            "A setting in your settings file could not be used as written, so it was changed. "
            "In the file's own terms: {detail}",
        )
        return line.format(detail=self.reason)


def _whole_file(notice: FileNotice) -> Notice:
    return Notice(None, notice.english, notice)


def _default(item: Field[Any]) -> Any:
    if item.default_factory is not MISSING:
        return item.default_factory()
    return item.default


def _read_field(
    item: Field[Any], raw: object, limits: Limits, *, path: str, whose: str, notices: list[Notice]
) -> Any:
    """The field's value from `raw`, or its default; each change made is added to notices."""
    kind: Kind[Any] = item.metadata["kind"]
    subject = f'The setting "{item.name}"{whose} ({item.metadata["label"]})'
    try:
        reading = kind.read(raw, limits)
    except UnusableValueError as exc:
        default = _default(item)
        notices.append(
            Notice(
                path,
                f"{subject} is {quote(raw)}, {exc.reason}, so the default, "
                f"{kind.show(default)}, is used.",
            )
        )
        return default
    if reading.coerced:
        notices.append(
            Notice(
                path,
                f"{subject} is {quote(raw)}, {reading.coerced}; it was read as "
                f"{kind.show(reading.value)}.",
            )
        )
    for part, reason in reading.dropped:
        notices.append(
            Notice(f"{path}.{part}", f'In {subject}, "{part}" is {reason}, so it was left out.')
        )
    return reading.value


def _declared(cls: type) -> list[Field[Any]]:
    return [item for item in fields(cls) if "kind" in item.metadata]


_SETTINGS_FIELDS = _declared(Settings)
_ACCOUNT_FIELDS = _declared(AccountSettings)
_NAME = Text(NAME_LENGTH)
_ANY_API = Limits(interval_floor=LOOPBACK_MIN_INTERVAL)
_ID = Text(64, _LOCAL_ID)


def read_settings(document: Mapping[str, Any], limits: Limits) -> tuple[Settings, list[Notice]]:
    """Settings from a parsed JSON object, every field valid; and what had to change."""
    notices: list[Notice] = []
    values = {
        item.name: _read_field(
            item, document[item.name], limits, path=item.name, whose="", notices=notices
        )
        for item in _SETTINGS_FIELDS
        if item.name in document
    }
    accounts = _read_accounts(document.get("accounts", []), limits, notices)
    return Settings(**values, accounts=accounts), notices


def _read_accounts(
    raw: object, limits: Limits, notices: list[Notice]
) -> tuple[AccountSettings, ...]:
    if not isinstance(raw, list):
        notices.append(
            Notice(
                "accounts",
                f'The setting "accounts" is {quote(raw)}, not a list of accounts, so no '
                "account could be read from it.",
            )
        )
        return ()
    accounts: list[AccountSettings] = []
    for index, entry in enumerate(raw):
        path = f"accounts[{index}]"
        if not isinstance(entry, dict):
            notices.append(
                Notice(
                    path,
                    f"Account entry {index + 1} is {quote(entry)}, not an account, so it was "
                    "left out.",
                )
            )
            continue
        account = _read_account(entry, index, limits, accounts, notices)
        if account is not None:
            accounts.append(account)
    return tuple(accounts)


def _read_account(
    entry: Mapping[str, Any],
    index: int,
    limits: Limits,
    earlier: list[AccountSettings],
    notices: list[Notice],
) -> AccountSettings | None:
    path = f"accounts[{index}]"
    name = _account_name(entry.get("name"), index, limits, earlier=earlier, notices=notices)
    whose = f" of the account {_NAME.show(name)}"
    try:
        account_id = _ID.read(entry.get("id"), limits).value
    except UnusableValueError as exc:
        account_id = AccountSettings.new_id()
        notices.append(
            Notice(
                f"{path}.id",
                f'The setting "id"{whose} is {quote(entry.get("id"))}, {exc.reason}, so it was '
                "given a new one; enter its secret key again in Accounts.",
            )
        )
    twin = next((a for a in earlier if a.id == account_id), None)
    if twin is not None:
        notices.append(
            Notice(
                f"{path}.id",
                f"The account {_NAME.show(name)} has the same id as {_NAME.show(twin.name)}, "
                "so it was left out.",
            )
        )
        return None
    values = {
        item.name: _read_field(
            item,
            entry[item.name],
            limits,
            path=f"{path}.{item.name}",
            whose=whose,
            notices=notices,
        )
        for item in _ACCOUNT_FIELDS
        if item.name in entry
    }
    account = AccountSettings(id=account_id, name=name, **values)
    if account.low is not None and account.critical is not None and account.critical > account.low:
        notices.append(
            Notice(
                f"{path}.critical",
                f'The setting "critical"{whose} ({account.critical}) is above its "low" '
                f"({account.low}), so the default, the currency's usual amount no higher than "
                "low, is used.",
            )
        )
        account = replace(account, critical=None)
    return account


def _account_name(
    raw: object,
    index: int,
    limits: Limits,
    *,
    earlier: list[AccountSettings],
    notices: list[Notice],
) -> str:
    """The entry's name, made usable and unique among the entries before it."""
    fallback = f"Account {index + 1}"
    try:
        reading = _NAME.read(raw, limits)
    except UnusableValueError as exc:
        name, why = fallback, f"is {quote(raw)}, {exc.reason}"
    else:
        name = reading.value
        why = f"is {quote(raw)}, {reading.coerced}" if reading.coerced else ""
    taken = {a.name.casefold() for a in earlier}
    unique, number = name, 1
    while unique.casefold() in taken:
        number += 1
        unique = f"{name[: NAME_LENGTH - 5]} ({number})"
    if unique != name and not why:
        why = f"is {_NAME.show(name)}, the name of an earlier account"
    if why:
        notices.append(
            Notice(
                f"accounts[{index}].name",
                f'The "name" of account entry {index + 1} {why}; it is now {_NAME.show(unique)}.',
            )
        )
    return unique


# -- writing a document ------------------------------------------------------------------


def settings_document(settings: Settings, found: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The settings as a JSON object, over the document found in the file (if any) so that
    fields this version does not know are written back as they were."""
    document: dict[str, Any] = dict(found or {})
    for item in _SETTINGS_FIELDS:
        document[item.name] = item.metadata["kind"].dump(getattr(settings, item.name))
    found_accounts = document.get("accounts")
    by_id: dict[str, Mapping[str, Any]] = {}
    if isinstance(found_accounts, list):
        by_id = {
            entry["id"]: entry
            for entry in found_accounts
            if isinstance(entry, dict) and isinstance(entry.get("id"), str)
        }
    document["accounts"] = [_account_document(a, by_id.get(a.id)) for a in settings.all_accounts]
    document["version"] = SCHEMA_VERSION
    return document


def _account_document(account: AccountSettings, found: Mapping[str, Any] | None) -> dict[str, Any]:
    document: dict[str, Any] = dict(found or {})
    document["id"] = account.id
    document["name"] = account.name
    for item in _ACCOUNT_FIELDS:
        document[item.name] = item.metadata["kind"].dump(getattr(account, item.name))
    return document


def merge(base: Settings, mine: Settings, theirs: Settings) -> Settings:
    """`theirs` (the file now) with the changes that turned `base` into `mine`, and only those.

    An account added in `mine` is added, one removed is removed (a removal elsewhere wins over
    an edit here), one edited replaces its entry, and a new order of the accounts is kept.
    """
    changed = {
        item.name: getattr(mine, item.name)
        for item in _SETTINGS_FIELDS
        if getattr(mine, item.name) != getattr(base, item.name)
    }
    before = {a.id: a for a in base.all_accounts}
    after = {a.id: a for a in mine.all_accounts}
    removed = before.keys() - after.keys()
    merged = [
        _merge_account(before[a.id], after[a.id], a) if a.id in before and a.id in after else a
        for a in theirs.all_accounts
        if a.id not in removed
    ]
    present = {a.id for a in merged}
    merged += [a for a in mine.all_accounts if a.id not in before and a.id not in present]
    # Added at the end and otherwise in the old order, as with_account does: no new order.
    unmoved = [i for i in before if i in after] + [i for i in after if i not in before]
    if list(after) != unmoved:
        rank = {account_id: position for position, account_id in enumerate(after)}
        merged.sort(key=lambda a: rank.get(a.id, len(rank)))
    return replace(theirs, **changed, accounts=tuple(merged), duplicate_accounts=())


def _merge_account(
    base: AccountSettings, mine: AccountSettings, theirs: AccountSettings
) -> AccountSettings:
    """`theirs` with the fields `mine` changed from `base` (a rename elsewhere survives an
    edit of the thresholds here)."""
    changed = {
        item.name: getattr(mine, item.name)
        for item in fields(AccountSettings)
        if getattr(mine, item.name) != getattr(base, item.name)
    }
    return replace(theirs, **changed) if changed else theirs


# -- the file ----------------------------------------------------------------------------


class FileStamp(NamedTuple):
    """One version of a file, told apart cheaply: its inode, size and modification time.

    Every write replaces the file through a rename, so the inode alone already changes.
    """

    inode: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileStamp | None:
        """The file's stamp now; None when there is no file."""
        try:
            return cls.from_stat(path.stat())
        except OSError:
            return None

    @classmethod
    def from_stat(cls, status: os.stat_result) -> FileStamp:
        return cls(status.st_ino, status.st_size, status.st_mtime_ns)


# Stands for "a version this store has not read": differs from every real stamp and from None.
_UNSEEN = FileStamp(-1, -1, -1)


class LoadedSettings(NamedTuple):
    """Settings as loaded, what the loader had to change (for the user, once), and where the
    file as it was is kept when it was set aside or mended."""

    settings: Settings
    notices: tuple[Notice, ...] = ()
    kept_as: Path | None = None

    @property
    def messages(self) -> tuple[str, ...]:
        """One sentence per notice, then where the file as it was is kept (in English)."""
        kept = self._kept()
        return (*(n.reason for n in self.notices), *([kept.english] if kept else []))

    def sentences(self, translate: Translate) -> tuple[str, ...]:
        """`messages` in the reader's language, one for one."""
        kept = self._kept()
        said = (n.sentence(translate) for n in self.notices)
        return (*said, *([kept.sentence(translate)] if kept else []))

    def _kept(self) -> FileNotice | None:
        if self.kept_as is None:
            return None
        damaged = any(n.field is None for n in self.notices)
        trouble = FileTrouble.SETTINGS_KEPT_DAMAGED if damaged else FileTrouble.SETTINGS_KEPT_COPY
        return FileNotice(trouble, file=self.kept_as.name)

    @property
    def problem(self) -> str | None:
        """Every message in one paragraph, or None when the file loaded as written."""
        return " ".join(self.messages) or None


class _Found(NamedTuple):
    """The file as read: its bytes, what is wrong with it as a whole, and the settings in it."""

    content: bytes | None  # None: there is no file
    stamp: FileStamp | None
    document: dict[str, Any] | None = None
    damage: str | None = None
    settings: Settings = Settings()  # frozen: one default serves every reading
    notices: tuple[Notice, ...] = ()


def _parse(content: bytes) -> tuple[dict[str, Any] | None, str | None]:
    """The JSON object in the file, or why there is none."""
    if len(content) > LARGEST_FILE:
        return None, f"it is larger than {LARGEST_FILE // (1024 * 1024)} MB"
    try:
        # utf-8-sig: Notepad starts the UTF-8 files it saves with a byte-order mark.
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, "it is not UTF-8 text"
    try:
        document = json.loads(text)
    except RecursionError:
        return None, "it is nested too deeply"
    except ValueError:
        return None, "it is not valid JSON"
    if not isinstance(document, dict):
        return None, "it does not hold a JSON object"
    return document, None


class SettingsStore:
    """Loads and changes the settings at one path, taking turns with other writers.

    Use `update(change)` to change the settings: `change` gets the settings as they are in
    the file now and returns them changed. `save(settings)` is kept for callers that hold a
    whole Settings: it applies only what they changed since this store last loaded or saved.
    """

    def __init__(
        self, path: Path, *, interval_floor: int = OMISE_MIN_INTERVAL, wait: float = DEFAULT_WAIT
    ) -> None:
        """`interval_floor` is the shortest interval the API in use allows
        (ApiEndpoint.min_interval); `wait` is how long a write waits for another writer."""
        self.path = path
        self.lock_path = path.with_name(path.name + ".lock")
        self.limits = Limits(interval_floor=interval_floor)
        self.wait = wait
        self._base: Settings | None = None
        self._stamp: FileStamp | None = _UNSEEN

    # -- reading -------------------------------------------------------------------------

    def _read(self) -> _Found:
        """The file now; raises OSError only when it exists but cannot be read."""
        try:
            with open(self.path, "rb") as handle:
                stamp = FileStamp.from_stat(os.fstat(handle.fileno()))
                content = handle.read(LARGEST_FILE + 1)
        except FileNotFoundError:
            return _Found(content=None, stamp=None)
        document, damage = _parse(content)
        if document is None:
            damaged = FileNotice(FileTrouble.SETTINGS_DAMAGED, detail=str(damage))
            notice = Notice(None, damaged.english, damaged)
            return _Found(content, stamp, damage=damage, notices=(notice,))
        settings, notices = read_settings(document, self.limits)
        return _Found(content, stamp, document, None, settings, tuple(notices))

    def _mend(self, found: _Found) -> Path | None:
        """Before the file is replaced: keep it as it was (aside when damaged, else a copy).

        Raises OSError when a damaged file cannot be set aside: writing over it would lose it.
        """
        if found.damage is not None:
            aside = keep_aside(self.path)
            if aside is None:
                raise OSError(
                    errno.EIO, f"the damaged settings file could not be kept aside ({found.damage})"
                )
            return aside
        if found.notices and found.content is not None:
            return keep_copy(self.path, found.content, tag="invalid")
        return None

    def _seen(self, settings: Settings, stamp: FileStamp | None) -> None:
        self._base = settings
        self._stamp = stamp

    def load(self) -> LoadedSettings:
        """The settings now. A damaged file is kept aside and one with values that had to be
        changed is mended (its old self kept), so the user is told only once."""
        try:
            found = self._read()
        except OSError as exc:
            log.warning("cannot read settings %s: %s", self.path, exc)
            self._seen(Settings(), _UNSEEN)
            return LoadedSettings(
                Settings(),
                (_whole_file(FileNotice(FileTrouble.SETTINGS_UNREADABLE, str(exc.strerror))),),
            )
        if not found.notices:
            self._seen(found.settings, found.stamp)
            return LoadedSettings(found.settings)
        for notice in found.notices:
            log.warning("settings %s: %s", self.path, notice.reason)
        try:
            with held(self.lock_path, wait=min(self.wait, MEND_WAIT)):
                found = self._read()  # another process may have mended it meanwhile
                kept = self._mend(found)
                stamp = None if found.damage else self._write(found.settings, found.document)
        except OSError as exc:
            log.warning("could not mend the settings file %s: %s", self.path, exc)
            self._seen(found.settings, _UNSEEN)
            return LoadedSettings(found.settings, found.notices)
        self._seen(found.settings, stamp)
        return LoadedSettings(found.settings, found.notices, kept)

    @contextmanager
    def locked(self) -> Iterator[LoadedSettings]:
        """Hold the lock for the block (no other writer changes the file meanwhile) and yield
        the settings as they are now. `update` and `save` may be called inside the block.

        For a decision that involves more than the file, such as cleaning keyring entries no
        account refers to. Raises lock.LockBusyError (an OSError) when another writer keeps
        the lock longer than `wait`.
        """
        with held(self.lock_path, wait=self.wait):
            found = self._read()
            yield LoadedSettings(found.settings, found.notices)

    # -- writing -------------------------------------------------------------------------

    def _write(self, settings: Settings, found: Mapping[str, Any] | None) -> FileStamp | None:
        document = settings_document(settings, found)
        write_atomically(self.path, json.dumps(document, indent=2, sort_keys=True) + "\n")
        return FileStamp.of(self.path)

    def update(self, change: Callable[[Settings], Settings]) -> LoadedSettings:
        """Apply `change` to the settings as they are in the file now, under the lock, and
        write the result; returns it (with notices about the file as it was found).

        Whatever `change` raises propagates and nothing is written. Raises OSError when the
        file cannot be read or written, or the lock stays busy for longer than `wait`.
        """
        with held(self.lock_path, wait=self.wait):
            found = self._read()
            changed = change(found.settings)
            kept = self._mend(found)
            stamp = self._write(changed, found.document)
        self._seen(changed, stamp)
        return LoadedSettings(changed, found.notices, kept)

    def save(self, settings: Settings) -> None:
        """Write what the caller changed since this store last loaded or saved: the change from
        then to `settings`, applied to the file as it is now. A store that has not loaded
        writes `settings` whole (fields it does not know are still kept)."""
        base = self._base
        with held(self.lock_path, wait=self.wait):
            found = self._read()
            written = settings if base is None else merge(base, settings, found.settings)
            self._mend(found)
            stamp = self._write(written, found.document)
        for notice in found.notices:
            log.warning("settings %s when saving: %s", self.path, notice.reason)
        # The caller holds `settings`; if others' changes were merged in, it must reload.
        self._seen(settings, stamp if written == settings else _UNSEEN)

    # -- watching ------------------------------------------------------------------------

    @property
    def stamp(self) -> FileStamp | None:
        """The version of the file this store last read or wrote (None: there was no file)."""
        return self._stamp

    def changed_since(self, stamp: FileStamp | None) -> bool:
        """Whether the file is no longer the version `stamp` was taken of. One stat call:
        cheap enough for a timer every few seconds."""
        return FileStamp.of(self.path) != stamp

    def changed_elsewhere(self) -> bool:
        """Whether the file changed since this store last read or wrote it (time to load)."""
        return self.changed_since(self._stamp)
