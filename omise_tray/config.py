"""Every path the app reads or writes, and the API settings from the environment, in one place."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

from omise_tray import APP_ID

DEFAULT_API_BASE = "https://api.omise.co"
DEFAULT_API_VERSION = "2019-05-29"
KNOWN_API_VERSIONS = ("2014-07-27", "2015-11-17", "2017-11-02", "2019-05-29")
# Omise asks for at most one balance poll a minute; a loopback API (the simulator) may go faster.
OMISE_MIN_INTERVAL = 60
LOOPBACK_MIN_INTERVAL = 1
MAX_INTERVAL = 24 * 3600
DEFAULT_INTERVAL = 300  # seconds between balance polls


def is_loopback_host(host: str) -> bool:
    """Whether a host name or address is this computer (plain http:// is allowed only there)."""
    if host.lower() == "localhost":
        return True
    import ipaddress  # only when an address is checked, not on the way to the first window

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Paths(NamedTuple):
    """The per-user folders (platformdirs; the XDG variables relocate them on Linux)."""

    config_dir: Path
    data_dir: Path
    log_dir: Path
    cache_dir: Path

    @classmethod
    def for_user(cls, profile: str | None = None) -> Paths:
        """The real user's folders, or a named profile's (the demo never touches the real ones)."""
        # Only when the folders are needed: `balance` with a one-off key never asks for them.
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
        paths = cls(
            config_dir=Path(dirs.user_config_dir),
            data_dir=Path(dirs.user_data_dir),
            log_dir=Path(dirs.user_log_dir),
            cache_dir=Path(dirs.user_cache_dir),
        )
        return paths.profile(profile) if profile else paths

    def profile(self, name: str) -> Paths:
        return Paths(
            config_dir=self.config_dir / "profiles" / name,
            data_dir=self.data_dir / "profiles" / name,
            log_dir=self.log_dir / "profiles" / name,
            cache_dir=self.cache_dir / "profiles" / name,
        )

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "omise-tray.log"

    @property
    def simulator_log_file(self) -> Path:
        """`omise-tray simulate` logs here: its requests and faults are not the app's."""
        return self.log_dir / "simulator.log"

    @property
    def snapshot_cache(self) -> Path:
        return self.cache_dir / "last-balances.json"

    @property
    def alert_state_file(self) -> Path:
        return self.data_dir / "alert-state.json"

    @property
    def history_db(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def reports_file(self) -> Path:
        return self.data_dir / "daily-reports.jsonl"

    def all_dirs(self) -> tuple[Path, ...]:
        return (self.config_dir, self.data_dir, self.log_dir, self.cache_dir)


class ApiEndpoint(NamedTuple):
    """Where the API lives and which version to ask for (OMISE_API_BASE, OMISE_API_VERSION)."""

    base: str = DEFAULT_API_BASE
    version: str = DEFAULT_API_VERSION

    @classmethod
    def from_env(cls, default_version: str = DEFAULT_API_VERSION) -> ApiEndpoint:
        base = os.environ.get("OMISE_API_BASE", "").strip() or DEFAULT_API_BASE
        version = os.environ.get("OMISE_API_VERSION", "").strip() or default_version
        return cls(base=base.rstrip("/"), version=version)

    @property
    def is_loopback(self) -> bool:
        return is_loopback_host(urlsplit(self.base).hostname or "")

    @property
    def min_interval(self) -> int:
        """The shortest time between two polls this API allows."""
        return LOOPBACK_MIN_INTERVAL if self.is_loopback else OMISE_MIN_INTERVAL
