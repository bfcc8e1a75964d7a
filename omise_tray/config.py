"""Every path the app reads or writes, and the API settings from the environment, in one place."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
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
FOLDER_MODE = 0o700  # every folder the app makes is its user's only (storage/permissions.py)


def is_loopback_host(host: str) -> bool:
    """Whether a host name or address is this computer (plain http:// is allowed only there)."""
    if host.lower() == "localhost":
        return True
    import ipaddress  # only when an address is checked, not on the way to the first window

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def make_private_folder(path: Path) -> None:
    """Create the folder and any missing parents, each 0700; existing ones are left alone.

    (Path.mkdir with parents=True gives the parents the umask's mode, not the one asked for.)
    """
    missing: list[Path] = []
    for folder in (path, *path.parents):
        if folder.is_dir():
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            continue  # another process made it meanwhile: not ours to change
        if os.name == "posix":
            # mkdir's mode passes through the umask, which may take the owner's bits too.
            os.chmod(folder, FOLDER_MODE)


# Where the XDG Base Directory specification puts each kind of per-user file when its variable
# is unset, relative, or empty (relative values are ignored, as the specification says).
XDG_DEFAULTS = {
    "XDG_CONFIG_HOME": ".config",
    "XDG_DATA_HOME": ".local/share",
    "XDG_STATE_HOME": ".local/state",
    "XDG_CACHE_HOME": ".cache",
}


def uses_xdg(platform: str = sys.platform) -> bool:
    """Linux and the BSDs keep per-user files where the XDG variables say."""
    return platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly"))


def xdg_home(variable: str, environ: Mapping[str, str] = os.environ) -> Path:
    """One XDG base folder: the variable when it holds an absolute path, else its default
    under the home folder (HOME when absolute, else the account's entry in the password file)."""
    value = environ.get(variable, "")
    if os.path.isabs(value):
        return Path(value)
    home = environ.get("HOME", "")
    if not os.path.isabs(home):
        import pwd

        home = pwd.getpwuid(os.getuid()).pw_dir
    return Path(home) / XDG_DEFAULTS[variable]


class Paths(NamedTuple):
    """The per-user folders: the XDG folders on Linux and the BSDs, elsewhere the system's own
    (platformdirs: Application Support on macOS, AppData on Windows)."""

    config_dir: Path
    data_dir: Path
    log_dir: Path
    cache_dir: Path

    @classmethod
    def for_user(cls, profile: str | None = None) -> Paths:
        """The real user's folders, or a named profile's (the demo never touches the real ones)."""
        paths = cls.xdg() if uses_xdg() else cls.native()
        return paths.profile(profile) if profile else paths

    @classmethod
    def xdg(cls, environ: Mapping[str, str] = os.environ) -> Paths:
        """The folders the XDG variables name. Read here rather than through platformdirs, whose
        import (with configparser) took a tenth of the work before the window's first paint."""
        return cls(
            config_dir=xdg_home("XDG_CONFIG_HOME", environ) / APP_ID,
            data_dir=xdg_home("XDG_DATA_HOME", environ) / APP_ID,
            log_dir=xdg_home("XDG_STATE_HOME", environ) / APP_ID / "log",
            cache_dir=xdg_home("XDG_CACHE_HOME", environ) / APP_ID,
        )

    @classmethod
    def native(cls) -> Paths:
        """The system's own per-user folders, through platformdirs (macOS and Windows)."""
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
        return cls(
            config_dir=Path(dirs.user_config_dir),
            data_dir=Path(dirs.user_data_dir),
            log_dir=Path(dirs.user_log_dir),
            cache_dir=Path(dirs.user_cache_dir),
        )

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
