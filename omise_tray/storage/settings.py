"""The user's settings as JSON in the config folder: declarative defaults, atomic writes, and a
corrupt file moved aside (never lost) with the defaults loaded instead.

Settings hold account metadata only; secret keys live in the keyring (storage/secrets.py).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from omise_tray.storage.atomic import write_atomically

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
DEFAULT_INTERVAL = 300


@dataclass(frozen=True, slots=True)
class AccountSettings:
    """One Omise account as the app knows it: a name and what the API told us, never the key."""

    id: str
    name: str
    livemode: bool | None = None
    currency: str | None = None
    email: str | None = None
    country: str | None = None
    # Thresholds in minor units of the account's currency; None means the currency's default.
    low: int | None = None
    critical: int | None = None
    watched: str = "available"
    notifications: bool = True
    key_storage: str = "keyring"  # "keyring" or "session" (memory only, asked again next start)

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
    """Everything the user can change, with its default."""

    interval_seconds: int = DEFAULT_INTERVAL
    api_version: str = "2019-05-29"
    accounts: tuple[AccountSettings, ...] = ()
    notifications_paused: bool = False
    quiet_hours_start: int | None = None  # hour of day, local time
    quiet_hours_end: int | None = None
    launch_at_login: bool = False
    window_geometry: str | None = None  # Qt's saveGeometry() as hex
    transfer_fees: dict[str, int] = field(default_factory=dict)  # currency -> minor units
    payout_buffer: dict[str, int] = field(default_factory=dict)
    language: str = "system"  # "system", "en", "th" or "ja" (omise_tray/i18n/language.py)
    hide_amounts: bool = False  # privacy mode: every amount shown as "•••"

    def account(self, account_id: str) -> AccountSettings | None:
        return next((a for a in self.accounts if a.id == account_id), None)

    def account_named(self, name: str) -> AccountSettings | None:
        folded = name.casefold()
        return next((a for a in self.accounts if a.name.casefold() == folded), None)

    def with_account(self, account: AccountSettings) -> Settings:
        """Add the account, or replace the one with the same id in place."""
        if self.account(account.id) is None:
            return replace(self, accounts=(*self.accounts, account))
        return replace(
            self, accounts=tuple(account if a.id == account.id else a for a in self.accounts)
        )

    def without_account(self, account_id: str) -> Settings:
        return replace(self, accounts=tuple(a for a in self.accounts if a.id != account_id))

    def to_json(self) -> dict[str, Any]:
        document = asdict(self)
        document["version"] = SCHEMA_VERSION
        return document


def _coerce(value: Any, default: Any) -> Any:
    """Keep a loaded value only when it has the default's type; garbage falls back to default."""
    if default is None:
        return value if isinstance(value, int | str) and not isinstance(value, bool) else None
    if isinstance(default, bool):
        return value if isinstance(value, bool) else default
    if isinstance(default, int):
        return value if isinstance(value, int) and not isinstance(value, bool) else default
    if isinstance(default, str):
        return value if isinstance(value, str) else default
    if isinstance(default, dict):
        if not isinstance(value, dict):
            return default
        return {
            str(k): v for k, v in value.items() if isinstance(v, int) and not isinstance(v, bool)
        }
    return default


_ACCOUNT_TYPES: dict[str, tuple[type, ...]] = {
    "livemode": (bool,),
    "currency": (str,),
    "email": (str,),
    "country": (str,),
    "low": (int,),
    "critical": (int,),
}


def _account_from_json(raw: Any) -> AccountSettings | None:
    if not isinstance(raw, dict):
        return None
    account_id, name = raw.get("id"), raw.get("name")
    if not isinstance(account_id, str) or not isinstance(name, str) or not account_id or not name:
        return None
    account = AccountSettings(id=account_id, name=name)
    changes: dict[str, Any] = {}
    for key, types in _ACCOUNT_TYPES.items():
        value = raw.get(key)
        if isinstance(value, types) and not (int in types and isinstance(value, bool)):
            changes[key] = value
    if raw.get("watched") in ("available", "total"):
        changes["watched"] = raw["watched"]
    if isinstance(raw.get("notifications"), bool):
        changes["notifications"] = raw["notifications"]
    if raw.get("key_storage") in ("keyring", "session"):
        changes["key_storage"] = raw["key_storage"]
    return replace(account, **changes)


def settings_from_json(document: Any) -> Settings:
    """Build Settings from a parsed JSON document, keeping every valid field."""
    if not isinstance(document, dict):
        raise ValueError("the settings file does not hold a JSON object")
    defaults = Settings()
    values: dict[str, Any] = {}
    for item in fields(Settings):
        if item.name == "accounts" or item.name not in document:
            continue
        values[item.name] = _coerce(document[item.name], getattr(defaults, item.name))
    accounts = document.get("accounts", [])
    if isinstance(accounts, list):
        loaded = [a for a in (_account_from_json(raw) for raw in accounts) if a is not None]
        unique = {a.id: a for a in reversed(loaded)}  # the first of duplicate ids wins
        values["accounts"] = tuple(a for a in loaded if unique[a.id] is a)
    return replace(defaults, **values)


@dataclass(frozen=True, slots=True)
class LoadedSettings:
    """Settings as loaded, plus a sentence for the user when the file had to be set aside."""

    settings: Settings
    problem: str | None = None


class SettingsStore:
    """Loads and saves Settings at one path."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> LoadedSettings:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return LoadedSettings(Settings())
        except OSError as exc:
            log.warning("cannot read settings %s: %s", self.path, exc)
            return LoadedSettings(
                Settings(), f"Your settings could not be read ({exc.strerror}); using defaults."
            )
        try:
            return LoadedSettings(settings_from_json(json.loads(text)))
        except (ValueError, RecursionError) as exc:
            aside = self._move_aside()
            log.warning("settings file %s is corrupt (%s); moved to %s", self.path, exc, aside)
            where = f" The damaged file was kept as {aside.name}." if aside else ""
            return LoadedSettings(
                Settings(), f"Your settings file was damaged, so defaults are in use.{where}"
            )

    def _move_aside(self) -> Path | None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            self.path.replace(aside)
        except OSError as exc:
            log.warning("could not move the corrupt settings aside: %s", exc)
            return None
        return aside

    def save(self, settings: Settings) -> None:
        write_atomically(self.path, json.dumps(settings.to_json(), indent=2, sort_keys=True) + "\n")
