"""Start at login: the XDG entry, the LaunchAgent and the Run value, each turned on and off.

All three platform branches run here on Linux. Only `winreg` is stood in for (FakeWinreg,
a dictionary behind winreg's call shapes); the module never calls `launchctl`, so nothing
else is mocked: the XDG and macOS branches write real files under a temporary home.
"""

from __future__ import annotations

import plistlib
from pathlib import Path
from typing import Any

import pytest

from omise_tray.system.autostart import (
    BUNDLE_ID,
    RUN_KEY_PATH,
    RUN_VALUE_NAME,
    Autostart,
    AutostartError,
    WindowsRunKey,
    command_line,
    desktop_exec,
)

FROZEN_LINUX = ["/opt/omise-tray/omise-tray", "--minimized"]


def autostart(tmp_path: Path, platform: str = "linux", **kwargs: Any) -> Autostart:
    environ = kwargs.pop("environ", {"XDG_CONFIG_HOME": str(tmp_path / "config")})
    return Autostart(
        platform=platform,
        home=tmp_path / "home",
        environ=environ,
        command=kwargs.pop("command", FROZEN_LINUX),
        **kwargs,
    )


class FakeWinreg:
    """winreg's calls used by WindowsRunKey, over a dict of (key path, value name) -> value."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_READ = 1
    KEY_SET_VALUE = 2
    REG_SZ = 1
    REG_EXPAND_SZ = 2

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], tuple[str, int]] = {}
        self.keys: set[str] = set()
        self.denied = False

    class Key:
        def __init__(self, path: str) -> None:
            self.path = path

        def __enter__(self) -> FakeWinreg.Key:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

    def OpenKey(self, root: str, path: str, reserved: int, access: int) -> Key:
        if f"{root}\\{path}" not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return self.Key(f"{root}\\{path}")

    def CreateKeyEx(self, root: str, path: str, reserved: int, access: int) -> Key:
        if self.denied:
            raise PermissionError(5, "Access is denied")
        self.keys.add(f"{root}\\{path}")
        return self.Key(f"{root}\\{path}")

    def QueryValueEx(self, key: Key, name: str) -> tuple[str, int]:
        if (key.path, name) not in self.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return self.values[(key.path, name)]

    def SetValueEx(self, key: Key, name: str, reserved: int, kind: int, value: str) -> None:
        self.values[(key.path, name)] = (value, kind)

    def DeleteValue(self, key: Key, name: str) -> None:
        if (key.path, name) not in self.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        del self.values[(key.path, name)]


# --- the command that login starts --------------------------------------------------------


@pytest.mark.parametrize(
    ("executable", "frozen", "platform", "expected"),
    [
        (
            "/opt/omise-tray/omise-tray",
            True,
            "linux",
            ["/opt/omise-tray/omise-tray", "--minimized"],
        ),
        (
            "/usr/bin/python3",
            False,
            "linux",
            ["/usr/bin/python3", "-m", "omise_tray", "--minimized"],
        ),
        (
            "/Applications/Omise Tray.app/Contents/MacOS/omise-tray",
            True,
            "darwin",
            ["/Applications/Omise Tray.app/Contents/MacOS/omise-tray", "--minimized"],
        ),
        (
            "C:/Apps/omise-tray/omise-tray.exe",
            True,
            "win32",
            ["C:/Apps/omise-tray/omise-tray.exe", "--minimized"],
        ),
        # The console twin would open a console window at every login; login starts the GUI one.
        (
            "C:/Apps/omise-tray/omise-tray-cli.exe",
            True,
            "win32",
            ["C:/Apps/omise-tray/omise-tray.exe", "--minimized"],
        ),
    ],
)
def test_command_line_starts_this_installation_minimized(
    executable: str, frozen: bool, platform: str, expected: list[str]
) -> None:
    assert command_line(executable=executable, frozen=frozen, platform=platform) == expected


def test_command_line_from_source_on_windows_prefers_the_windowless_interpreter(
    tmp_path: Path,
) -> None:
    python = tmp_path / "python.exe"
    (tmp_path / "pythonw.exe").write_bytes(b"")
    assert command_line(executable=str(python), frozen=False, platform="win32") == [
        str(tmp_path / "pythonw.exe"),
        "-m",
        "omise_tray",
        "--minimized",
    ]


@pytest.mark.parametrize(
    ("args", "exec_value"),
    [
        (["/opt/omise-tray/omise-tray", "--minimized"], "/opt/omise-tray/omise-tray --minimized"),
        (["/home/ann/My Apps/omise-tray"], '"/home/ann/My Apps/omise-tray"'),
        (["/opt/100%/omise-tray"], "/opt/100%%/omise-tray"),
        (['/opt/a"b/omise-tray'], '"/opt/a\\\\"b/omise-tray"'),
        (["/opt/$HOME/omise-tray"], '"/opt/\\\\$HOME/omise-tray"'),
        (["/opt/back\\slash"], '"/opt/back\\\\\\\\slash"'),
    ],
)
def test_desktop_exec_quotes_as_the_desktop_entry_spec_says(
    args: list[str], exec_value: str
) -> None:
    assert desktop_exec(args) == exec_value


# --- Linux and other XDG desktops ---------------------------------------------------------


def test_xdg_turning_on_writes_an_autostart_entry_that_starts_minimized(tmp_path: Path) -> None:
    login = autostart(tmp_path)
    login.set_enabled(True)

    entry = tmp_path / "config" / "autostart" / "omise-tray.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert "Type=Application" in lines
    assert "Exec=/opt/omise-tray/omise-tray --minimized" in lines
    assert "Icon=omise-tray" in lines
    assert login.is_enabled()


def test_xdg_turning_off_removes_the_entry(tmp_path: Path) -> None:
    login = autostart(tmp_path)
    login.set_enabled(True)
    login.set_enabled(False)

    assert not (tmp_path / "config" / "autostart" / "omise-tray.desktop").exists()
    assert not login.is_enabled()


def test_xdg_turning_off_twice_is_not_an_error(tmp_path: Path) -> None:
    login = autostart(tmp_path)
    login.set_enabled(False)
    assert not login.is_enabled()


@pytest.mark.parametrize(
    "environ", [{}, {"XDG_CONFIG_HOME": ""}, {"XDG_CONFIG_HOME": "relative/dir"}]
)
def test_xdg_entry_goes_to_dot_config_without_a_usable_xdg_config_home(
    tmp_path: Path, environ: dict[str, str]
) -> None:
    login = autostart(tmp_path, environ=environ)
    assert login.desktop_file == tmp_path / "home" / ".config" / "autostart" / "omise-tray.desktop"


@pytest.mark.parametrize("switch", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_xdg_entry_switched_off_by_the_session_settings_counts_as_off(
    tmp_path: Path, switch: str
) -> None:
    login = autostart(tmp_path)
    login.set_enabled(True)
    text = login.desktop_file.read_text(encoding="utf-8").replace(
        "X-GNOME-Autostart-enabled=true", switch
    )
    login.desktop_file.write_text(text, encoding="utf-8")
    assert not login.is_enabled()


def test_xdg_failure_is_a_sentence_naming_the_entry(tmp_path: Path) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "autostart").write_text("a file where the folder should be")
    login = autostart(tmp_path)

    with pytest.raises(AutostartError) as caught:
        login.set_enabled(True)

    message = str(caught.value)
    assert message.startswith("Could not turn on start at login: the autostart entry ")
    assert "omise-tray.desktop" in message
    assert message.endswith("Check that you may write there, then try again.")


# --- macOS --------------------------------------------------------------------------------


def test_macos_turning_on_writes_a_launch_agent_run_at_login(tmp_path: Path) -> None:
    command = ["/Applications/Omise Tray.app/Contents/MacOS/omise-tray", "--minimized"]
    login = autostart(tmp_path, platform="darwin", command=command)
    login.set_enabled(True)

    agent = tmp_path / "home" / "Library" / "LaunchAgents" / f"{BUNDLE_ID}.plist"
    plist = plistlib.loads(agent.read_bytes())
    assert plist["Label"] == BUNDLE_ID
    assert plist["ProgramArguments"] == command
    assert plist["RunAtLoad"] is True
    assert plist["LimitLoadToSessionType"] == "Aqua"
    assert login.is_enabled()


def test_macos_turning_off_removes_the_launch_agent(tmp_path: Path) -> None:
    login = autostart(tmp_path, platform="darwin")
    login.set_enabled(True)
    login.set_enabled(False)

    assert not login.launch_agent.exists()
    assert not login.is_enabled()


# --- Windows ------------------------------------------------------------------------------

WINDOWS_COMMAND = ["C:\\Program Files\\Omise Tray\\omise-tray.exe", "--minimized"]


def test_windows_turning_on_writes_the_quoted_command_to_the_run_key(tmp_path: Path) -> None:
    registry = FakeWinreg()
    login = autostart(
        tmp_path, platform="win32", command=WINDOWS_COMMAND, run_key=WindowsRunKey(registry)
    )
    login.set_enabled(True)

    value, kind = registry.values[(f"HKCU\\{RUN_KEY_PATH}", RUN_VALUE_NAME)]
    assert value == '"C:\\Program Files\\Omise Tray\\omise-tray.exe" --minimized'
    assert kind == FakeWinreg.REG_SZ
    assert login.is_enabled()


def test_windows_turning_off_deletes_the_value(tmp_path: Path) -> None:
    registry = FakeWinreg()
    login = autostart(
        tmp_path, platform="win32", command=WINDOWS_COMMAND, run_key=WindowsRunKey(registry)
    )
    login.set_enabled(True)
    login.set_enabled(False)

    assert registry.values == {}
    assert not login.is_enabled()


def test_windows_turning_off_without_a_value_or_key_is_not_an_error(tmp_path: Path) -> None:
    login = autostart(tmp_path, platform="win32", run_key=WindowsRunKey(FakeWinreg()))
    login.set_enabled(False)
    assert not login.is_enabled()


def test_windows_refused_write_is_a_sentence_naming_the_value(tmp_path: Path) -> None:
    registry = FakeWinreg()
    registry.denied = True
    login = autostart(tmp_path, platform="win32", run_key=WindowsRunKey(registry))

    with pytest.raises(AutostartError) as caught:
        login.set_enabled(True)

    message = str(caught.value)
    assert "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run" in message
    assert "Access is denied" in message
