"""Where secret keys live: the OS keyring when it is a secure one, otherwise memory for one session.

The whole policy is here. A keyring backend that would write keys to a plain file (or none at
all) is refused, never used silently; the user can still keep a key in memory for the session.
Keys are stored per account id (service "omise-tray", username = account id). Nothing in this
module logs, raises or reprs a key; errors carry sentences and account ids only.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import keyring
import keyring.backend
import keyring.errors

from omise_tray import APP_ID
from omise_tray.core.errors import KeyringNotice, KeyringTrouble
from omise_tray.storage.settings import AccountSettings

log = logging.getLogger(__name__)

SERVICE = APP_ID

# (module, class) of the backends that keep secrets encrypted under the user's login.
SECURE_BACKENDS: Mapping[tuple[str, str], str] = {
    ("keyring.backends.SecretService", "Keyring"): "Secret Service",
    ("keyring.backends.libsecret", "Keyring"): "Secret Service",
    ("keyring.backends.kwallet", "DBusKeyring"): "KWallet",
    ("keyring.backends.kwallet", "DBusKeyringKWallet4"): "KWallet",
    ("keyring.backends.macOS", "Keyring"): "macOS Keychain",
    ("keyring.backends.Windows", "WinVaultKeyring"): "Windows Credential Locker",
}
# The backends that can list their entries (by their attributes, over the Secret Service API).
LISTABLE_BACKENDS = frozenset(
    {("keyring.backends.SecretService", "Keyring"), ("keyring.backends.libsecret", "Keyring")}
)
CHAINER = ("keyring.backends.chainer", "ChainerBackend")
NO_KEYRING = (("keyring.backends.fail", "Keyring"), ("keyring.backends.null", "Keyring"))

SESSION_OFFER = KeyringNotice(KeyringTrouble.SESSION_OFFER).english


class SecretStoreError(Exception):
    """A key could not be read, saved or deleted; `str()` is the English sentence (the CLI,
    the log), `notice` says it in a window's language."""

    def __init__(self, notice: KeyringNotice) -> None:
        super().__init__(notice.english)
        self.notice = notice


class KeyringLockedError(SecretStoreError):
    """The keyring is locked (or its unlock prompt was dismissed); unlocking it fixes this."""


class KeyringUnusableError(SecretStoreError):
    """There is no secure keyring, so a key can only be kept for this session."""


class KeyLocation(StrEnum):
    """Where an account's key was found."""

    KEYRING = "keyring"
    SESSION = "session"
    MISSING = "missing"
    LOCKED = "locked"
    UNAVAILABLE = "unavailable"  # the keyring is unusable or did not answer


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    """Whether the keyring found at startup may hold keys, and if not, why (for the user)."""

    usable: bool
    backend_name: str
    reason: str | None = None  # the English sentence (the CLI, the log)
    notice: KeyringNotice | None = None  # the same, to say in a window's language

    @classmethod
    def refused(cls, backend_name: str, notice: KeyringNotice) -> KeyringStatus:
        """A keyring that will not hold keys, and why."""
        return cls(usable=False, backend_name=backend_name, reason=notice.english, notice=notice)


@dataclass(frozen=True, slots=True)
class FoundKeys:
    """Keys for the accounts the app polls, and a sentence for each account without one."""

    keys: Mapping[str, str] = field(repr=False)  # account id -> key; never printed
    problems: Mapping[str, str] = field(default_factory=dict)  # account id -> sentence
    notices: Mapping[str, KeyringNotice] = field(default_factory=dict)  # the same, typed


@dataclass(frozen=True, slots=True)
class StoredKey:
    """Where an account's key was found, and the key itself when it was."""

    location: KeyLocation
    key: str | None = field(default=None, repr=False)


class SessionVault:
    """Keys in memory only, gone when the app quits."""

    def __init__(self) -> None:
        self._keys: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"<SessionVault with {len(self._keys)} key(s)>"

    def get(self, account_id: str) -> str | None:
        return self._keys.get(account_id)

    def set(self, account_id: str, key: str) -> None:
        self._keys[account_id] = key

    def delete(self, account_id: str) -> None:
        self._keys.pop(account_id, None)


class KeyringVault:
    """Keys in a keyring backend already judged secure; every failure becomes a SecretStoreError.

    Nothing is cached: a locked keyring is asked again on the next access, so unlocking it
    later works without a restart.
    """

    def __init__(self, backend: keyring.backend.KeyringBackend) -> None:
        self.backend = backend

    def __repr__(self) -> str:
        return f"<KeyringVault {type(self.backend).__module__}.{type(self.backend).__name__}>"

    def get(self, account_id: str) -> str | None:
        value: Any = self._call("read", account_id, self.backend.get_password, account_id)
        return value if isinstance(value, str) else None

    def set(self, account_id: str, key: str) -> None:
        self._call("save", account_id, self.backend.set_password, account_id, key)

    def delete(self, account_id: str) -> None:
        self._call("delete", account_id, self.backend.delete_password, account_id)

    def account_ids(self) -> tuple[str, ...] | None:
        """The account id of every key this app keeps in the keyring, without reading a key
        (so without asking to unlock it); None when the backend cannot list its entries."""
        if _qualname(self.backend) not in LISTABLE_BACKENDS:
            return None
        found: tuple[str, ...] = self._call("list", "(every account)", self._listed_ids)
        return found

    def _listed_ids(self, service: str) -> tuple[str, ...]:
        import secretstorage  # Linux only, and only when keys are listed

        # keyring's own attribute names: "service" and "username" unless a scheme renames them.
        schemes: dict[str, dict[str, str]] = getattr(self.backend, "schemes", {})
        scheme = schemes.get(getattr(self.backend, "scheme", "default"), {})
        service_attribute = scheme.get("service", "service")
        username_attribute = scheme.get("username", "username")
        connection = secretstorage.dbus_init()
        try:
            preferred = getattr(self.backend, "preferred_collection", None)
            collection = (
                secretstorage.Collection(connection, preferred)
                if preferred
                else secretstorage.get_default_collection(connection)
            )
            ids = {
                item.get_attributes().get(username_attribute)
                for item in collection.search_items({service_attribute: service})
            }
        finally:
            connection.close()
        return tuple(sorted(i for i in ids if i))

    def _call(self, action: str, account_id: str, method: Any, *args: str) -> Any:
        try:
            return method(SERVICE, *args)
        except keyring.errors.KeyringLocked:
            log.warning("keyring locked; could not %s the key of account %s", action, account_id)
            raise KeyringLockedError(KeyringNotice(KeyringTrouble.LOCKED)) from None
        except keyring.errors.PasswordDeleteError:
            # Backends say "no such entry" this way; what should be gone is gone.
            log.debug("no keyring entry to delete for account %s", account_id)
            return None
        except Exception as exc:  # backends raise DBus, OS and library errors of every kind
            # Only the type and text of the backend's error; the key is not among the arguments.
            log.warning(
                "keyring could not %s the key of account %s: %s: %s",
                action,
                account_id,
                type(exc).__name__,
                exc,
            )
            raise SecretStoreError(KeyringNotice(KeyringTrouble.FAILED)) from None


def _qualname(backend: object) -> tuple[str, str]:
    cls = type(backend)
    return cls.__module__, cls.__name__


def _priority(backend: keyring.backend.KeyringBackend) -> float | None:
    """The backend's priority, or None when it says it cannot work here."""
    try:
        return float(type(backend).priority)
    except Exception as exc:  # a backend reports "not here" with RuntimeError, or worse
        log.info("keyring backend %s is not viable: %s", type(backend).__name__, exc)
        return None


def assess_backend(
    backend: keyring.backend.KeyringBackend,
) -> tuple[keyring.backend.KeyringBackend | None, KeyringStatus]:
    """Pick the secure backend to use (looking inside keyring's chainer), or say why none fits."""
    if _qualname(backend) == CHAINER:
        chained: list[keyring.backend.KeyringBackend] = list(getattr(backend, "backends", []))
        for candidate in chained:
            found, status = assess_backend(candidate)
            if found is not None:
                return found, status
        if not chained:
            return None, _no_keyring_status()
        return assess_backend(chained[0])
    qualname = _qualname(backend)
    module, name = qualname
    if qualname in NO_KEYRING:
        return None, _no_keyring_status()
    if qualname in SECURE_BACKENDS:
        label = SECURE_BACKENDS[qualname]
        priority = _priority(backend)
        if priority is None or priority < 1:
            notice = KeyringNotice(KeyringTrouble.UNAVAILABLE, keyring=label)
            return None, KeyringStatus.refused(label, notice)
        return backend, KeyringStatus(usable=True, backend_name=label)
    if module.startswith("keyrings.alt"):
        label = f"{module}.{name}"
        notice = KeyringNotice(KeyringTrouble.FILE_ON_DISK, keyring=label)
        return None, KeyringStatus.refused(label, notice)
    label = f"{module}.{name}"
    return None, KeyringStatus.refused(
        label, KeyringNotice(KeyringTrouble.NOT_SECURE, keyring=label)
    )


def _no_keyring_status() -> KeyringStatus:
    return KeyringStatus.refused("none", KeyringNotice(KeyringTrouble.NONE_FOUND))


def detect_keyring() -> tuple[keyring.backend.KeyringBackend | None, KeyringStatus]:
    """The backend keyring picks (honouring PYTHON_KEYRING_BACKEND and keyringrc), assessed."""
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a configured backend that cannot load raises anything
        log.warning("the configured keyring backend could not be loaded: %s", exc)
        return None, KeyringStatus.refused("none", KeyringNotice(KeyringTrouble.NOT_LOADED))
    found, status = assess_backend(backend)
    log.info("keyring backend %s: %s", status.backend_name, "used" if status.usable else "refused")
    return found, status


class SecretStore:
    """The app's one door to secret keys: the secure keyring plus keys kept for this session."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None, status: KeyringStatus):
        self.status = status
        self._keyring: KeyringVault | None = KeyringVault(backend) if backend else None
        self._session = SessionVault()

    def __repr__(self) -> str:
        return f"<SecretStore keyring={self.status.backend_name} usable={self.status.usable}>"

    @classmethod
    def detect(cls) -> SecretStore:
        return cls(*detect_keyring())

    @classmethod
    def for_backend(cls, backend: keyring.backend.KeyringBackend) -> SecretStore:
        """A store on the given backend, refused like any other if it is not secure."""
        return cls(*assess_backend(backend))

    @classmethod
    def memory_only(cls) -> SecretStore:
        """For demo mode: never touches the keyring."""
        return cls(None, KeyringStatus.refused("memory", KeyringNotice(KeyringTrouble.DEMO)))

    @property
    def keyring_usable(self) -> bool:
        return self._keyring is not None

    def get(self, account_id: str) -> str | None:
        """The account's key from this session's memory, else from the keyring."""
        key = self._session.get(account_id)
        if key is not None or self._keyring is None:
            return key
        return self._keyring.get(account_id)

    def set(self, account_id: str, key: str, *, session_only: bool = False) -> None:
        """Keep the key in the keyring, or in memory when asked; raises KeyringUnusableError
        when the keyring is wanted but refused."""
        if session_only:
            self._session.set(account_id, key)
            self._forget_in_keyring(account_id)
            return
        if self._keyring is None:
            raise KeyringUnusableError(self.why_unusable)
        self._keyring.set(account_id, key)
        # A key saved for good replaces one kept for the session.
        self._session.delete(account_id)

    def _forget_in_keyring(self, account_id: str) -> None:
        """A key the user chose to keep for this session only must not linger in the keyring."""
        if self._keyring is None:
            return
        try:
            self._keyring.delete(account_id)
        except SecretStoreError:
            log.info("an older keyring entry of account %s could not be removed", account_id)

    def delete(self, account_id: str) -> None:
        """Forget the account's key everywhere."""
        self._session.delete(account_id)
        if self._keyring is not None:
            self._keyring.delete(account_id)

    def stored_account_ids(self) -> tuple[str, ...] | None:
        """The account ids the keyring holds a key for; None when there is no usable keyring
        or it cannot list its entries (`cannot_list` says why). Raises SecretStoreError."""
        if self._keyring is None:
            return None
        return self._keyring.account_ids()

    @property
    def why_unusable(self) -> KeyringNotice:
        """Why keys cannot be kept in the keyring (asked only when they cannot)."""
        return self.status.notice or KeyringNotice(KeyringTrouble.SESSION_OFFER)

    @property
    def cannot_list_notice(self) -> KeyringNotice:
        """Why `stored_account_ids` is None."""
        if self._keyring is None:
            return self.why_unusable
        return KeyringNotice(
            KeyringTrouble.CANNOT_LIST, keyring=self.status.backend_name, service=SERVICE
        )

    @property
    def cannot_list(self) -> str:
        """Why `stored_account_ids` is None, as a sentence for the user (in English)."""
        if self._keyring is None:
            return self.status.reason or SESSION_OFFER
        return self.cannot_list_notice.english

    def find(self, account: AccountSettings) -> StoredKey:
        """Where the account's key is now, and the key; asks the keyring, which may be locked."""
        key = self._session.get(account.id)
        if key is not None:
            return StoredKey(KeyLocation.SESSION, key)
        if account.key_storage == "session":
            # Kept by the app that asked for it, gone when it quit; never looked for elsewhere.
            return StoredKey(KeyLocation.SESSION)
        if self._keyring is None:
            return StoredKey(KeyLocation.UNAVAILABLE)
        try:
            key = self._keyring.get(account.id)
        except KeyringLockedError:
            return StoredKey(KeyLocation.LOCKED)
        except SecretStoreError:
            return StoredKey(KeyLocation.UNAVAILABLE)
        return StoredKey(KeyLocation.KEYRING if key is not None else KeyLocation.MISSING, key)

    def describe(self, location: KeyLocation) -> str:
        """The location in words, for lists of accounts."""
        return {
            KeyLocation.KEYRING: f"keyring ({self.status.backend_name})",
            KeyLocation.SESSION: "session only",
            KeyLocation.MISSING: "missing",
            KeyLocation.LOCKED: "keyring (locked)",
            KeyLocation.UNAVAILABLE: "keyring unavailable",
        }[location]

    def keys_for(self, accounts: Iterable[AccountSettings]) -> FoundKeys:
        """Every key the poller needs, read once in the main thread, plus a notice per gap.

        One locked keyring answer stops further keyring reads, so the user sees one unlock
        prompt per refresh, not one per account.
        """
        keys: dict[str, str] = {}
        notices: dict[str, KeyringNotice] = {}
        keyring_problem: KeyringNotice | None = None
        for account in accounts:
            key = self._session.get(account.id)
            if key is not None:
                keys[account.id] = key
            elif account.key_storage == "session":
                notices[account.id] = KeyringNotice(
                    KeyringTrouble.SESSION_LAST_TIME, account=account.name
                )
            elif keyring_problem is not None:
                notices[account.id] = keyring_problem
            elif self._keyring is None:
                notices[account.id] = self.why_unusable
            else:
                try:
                    key = self._keyring.get(account.id)
                except SecretStoreError as exc:
                    keyring_problem = exc.notice
                    notices[account.id] = keyring_problem
                    continue
                if key is None:
                    notices[account.id] = KeyringNotice(
                        KeyringTrouble.NOT_IN_KEYRING, account=account.name
                    )
                else:
                    keys[account.id] = key
        problems = {account_id: notice.english for account_id, notice in notices.items()}
        return FoundKeys(keys=keys, problems=problems, notices=notices)
