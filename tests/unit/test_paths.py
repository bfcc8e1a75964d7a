"""The per-user folders: read from the XDG variables on Linux, the same folders platformdirs
(Paths.native, what the app uses on macOS and Windows) names."""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
from pathlib import Path

import pytest

from omise_tray import APP_ID
from omise_tray.config import XDG_DEFAULTS, Paths, uses_xdg, xdg_home

XDG_VARIABLES = tuple(XDG_DEFAULTS)


@pytest.mark.parametrize(
    "environment",
    [
        pytest.param({"HOME": "/home/somchai"}, id="defaults under HOME"),
        pytest.param(
            {
                "HOME": "/home/somchai",
                "XDG_CONFIG_HOME": "/srv/config",
                "XDG_DATA_HOME": "/srv/data",
                "XDG_STATE_HOME": "/srv/state",
                "XDG_CACHE_HOME": "/srv/cache",
            },
            id="every variable set",
        ),
        pytest.param(
            {"HOME": "/home/somchai", "XDG_CONFIG_HOME": "relative/config", "XDG_CACHE_HOME": ""},
            id="relative and empty values ignored",
        ),
        pytest.param({"HOME": "/home/somchai", "XDG_STATE_HOME": "/s p a c e/ステート"}, id="odd"),
        pytest.param({"HOME": "not-absolute"}, id="relative HOME: the password file"),
        pytest.param({}, id="no HOME: the password file"),
    ],
)
def test_xdg_folders_are_the_ones_platformdirs_names(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str]
) -> None:
    for variable in (*XDG_VARIABLES, "HOME"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)

    assert Paths.xdg() == Paths.native()
    assert Paths.xdg(dict(os.environ)) == Paths.native()
    assert Paths.for_user() == Paths.native()


def test_without_an_absolute_home_the_password_file_says_where_home_is() -> None:
    home = Path(pwd.getpwuid(os.getuid()).pw_dir)
    assert xdg_home("XDG_CACHE_HOME", {"HOME": "here"}) == home / ".cache"
    assert xdg_home("XDG_DATA_HOME", {}) == home / ".local/share"
    assert xdg_home("XDG_STATE_HOME", {"XDG_STATE_HOME": "/var/x"}) == Path("/var/x")


@pytest.mark.parametrize(
    ("platform", "xdg"),
    [("linux", True), ("freebsd14", True), ("openbsd7", True), ("darwin", False), ("win32", False)],
)
def test_only_linux_and_the_bsds_use_the_xdg_folders(platform: str, xdg: bool) -> None:
    assert uses_xdg(platform) is xdg


def test_a_profile_lives_under_the_users_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "/srv/config")
    demo = Paths.for_user("demo")
    assert demo.config_dir == Path("/srv/config") / APP_ID / "profiles" / "demo"


def test_finding_the_folders_on_linux_does_not_load_platformdirs() -> None:
    code = (
        "import sys; from omise_tray.config import Paths; Paths.for_user();"
        " print('platformdirs' in sys.modules, 'configparser' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["False", "False"]
