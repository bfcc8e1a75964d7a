"""Start at login, as an opt-in: an XDG autostart entry, an HKCU Run value or a LaunchAgent."""

from __future__ import annotations

import logging
import os
import plistlib
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from omise_tray import APP_ID, APP_NAME
from omise_tray.core.localized import Translate, english
from omise_tray.storage.atomic import write_atomically

log = logging.getLogger(__name__)

BUNDLE_ID = "co.omise.OmiseTray"
RUN_KEY_PATH = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE_NAME = APP_NAME
MINIMIZED_FLAG = "--minimized"


class AutostartError(RuntimeError):
    """Turning start-at-login on or off failed, with its facts: whether it was being turned
    on, the platform's kind of entry ("xdg", "macos", "windows"), where that entry is, and
    the system's reason. `str()` is the English sentence (the log); a window says
    `sentence(translate)`. Without a `where`, Windows gave no registry to write to."""

    def __init__(self, *, enabling: bool, kind: str, where: str = "", reason: str = "") -> None:
        self.enabling = enabling
        self.kind = kind
        self.where = where
        self.reason = reason
        super().__init__(self.sentence(english))

    def sentence(self, translate: Translate) -> str:
        """The failure in the reader's language; {where} and {reason} stay as the system
        names them."""
        if not self.where:
            return translate("Autostart", "Start at login on Windows needs access to the registry.")
        if self.kind == "windows":
            if self.enabling:
                #: {where} is a registry value's full name; {reason} the system's own words.
                line = translate(
                    "Autostart",
                    "Could not turn on start at login: the registry value {where} could not be "
                    "changed ({reason}). Check that you may write there, then try again.",
                )
            else:
                #: {where} is a registry value's full name; {reason} the system's own words.
                line = translate(
                    "Autostart",
                    "Could not turn off start at login: the registry value {where} could not be "
                    "changed ({reason}). Check that you may write there, then try again.",
                )
        elif self.kind == "macos":
            if self.enabling:
                #: {where} is the login item's file; {reason} the system's own words.
                line = translate(
                    "Autostart",
                    "Could not turn on start at login: the login item {where} could not be "
                    "changed ({reason}). Check that you may write there, then try again.",
                )
            else:
                #: {where} is the login item's file; {reason} the system's own words.
                line = translate(
                    "Autostart",
                    "Could not turn off start at login: the login item {where} could not be "
                    "changed ({reason}). Check that you may write there, then try again.",
                )
        elif self.enabling:
            #: {where} is the autostart entry's file; {reason} the system's own words.
            line = translate(
                "Autostart",
                "Could not turn on start at login: the autostart entry {where} could not be "
                "changed ({reason}). Check that you may write there, then try again.",
            )
        else:
            #: {where} is the autostart entry's file; {reason} the system's own words.
            line = translate(
                "Autostart",
                "Could not turn off start at login: the autostart entry {where} could not be "
                "changed ({reason}). Check that you may write there, then try again.",
            )
        return line.format(where=self.where, reason=self.reason)


class RunKey(Protocol):
    """The per-user Run key of the Windows registry, reduced to the three calls we need."""

    def read(self, name: str) -> str | None: ...

    def write(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class WindowsRunKey:
    """HKCU\\...\\CurrentVersion\\Run through `winreg` (passed in so tests can stand in for it)."""

    def __init__(self, winreg: Any) -> None:
        self._winreg = winreg

    def read(self, name: str) -> str | None:
        reg = self._winreg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY_PATH, 0, reg.KEY_READ) as key:
                value, kind = reg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value) if kind in (reg.REG_SZ, reg.REG_EXPAND_SZ) else None

    def write(self, name: str, value: str) -> None:
        reg = self._winreg
        with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY_PATH, 0, reg.KEY_SET_VALUE) as key:
            reg.SetValueEx(key, name, 0, reg.REG_SZ, value)

    def delete(self, name: str) -> None:
        reg = self._winreg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY_PATH, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, name)
        except FileNotFoundError:
            return


def command_line(
    *,
    executable: str | None = None,
    frozen: bool | None = None,
    platform: str | None = None,
) -> list[str]:
    """The command that starts this installation of the app in the tray, without its window."""
    executable = executable or sys.executable
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    platform = platform or sys.platform
    if frozen:
        program = Path(executable)
        if platform == "win32" and program.stem.endswith("-cli"):
            # The console twin (for `balance` in a terminal) would open a console window at login.
            program = program.with_name(program.name.replace("-cli", "", 1))
        return [str(program), MINIMIZED_FLAG]
    interpreter = Path(executable)
    if platform == "win32" and interpreter.name.lower() == "python.exe":
        windowless = interpreter.with_name("pythonw.exe")
        if windowless.exists():
            interpreter = windowless
    return [str(interpreter), "-m", "omise_tray", MINIMIZED_FLAG]


def desktop_exec(args: Sequence[str]) -> str:
    """Quote a command for the Exec key of a .desktop file (Desktop Entry spec, 'Exec key')."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    parts = []
    for arg in args:
        text = arg.replace("%", "%%")
        if any(char in reserved for char in text) or not text:
            for char in ("\\", '"', "`", "$"):
                text = text.replace(char, "\\" + char)
            text = f'"{text}"'
        parts.append(text)
    # The value itself is a desktop-file string, whose own escape for a backslash is a backslash.
    return " ".join(parts).replace("\\", "\\\\")


def windows_command(args: Sequence[str]) -> str:
    """Quote a command for a Run value the way CreateProcess splits it."""
    return subprocess.list2cmdline(list(args))


@dataclass(frozen=True)
class Autostart:
    """Starts the app at login on one platform, given where that platform keeps the setting."""

    platform: str
    home: Path
    environ: Mapping[str, str]
    command: Sequence[str]
    run_key: RunKey | None = field(default=None)

    @classmethod
    def for_this_machine(cls) -> Autostart:
        run_key: RunKey | None = None
        if sys.platform == "win32":
            import winreg

            run_key = WindowsRunKey(winreg)
        return cls(
            platform=sys.platform,
            home=Path.home(),
            environ=os.environ,
            command=command_line(),
            run_key=run_key,
        )

    @property
    def kind(self) -> str:
        if self.platform == "win32":
            return "windows"
        if self.platform == "darwin":
            return "macos"
        return "xdg"

    @property
    def desktop_file(self) -> Path:
        config = self.environ.get("XDG_CONFIG_HOME", "").strip()
        base = Path(config) if config and Path(config).is_absolute() else self.home / ".config"
        return base / "autostart" / f"{APP_ID}.desktop"

    @property
    def launch_agent(self) -> Path:
        return self.home / "Library" / "LaunchAgents" / f"{BUNDLE_ID}.plist"

    def desktop_entry(self) -> str:
        return "\n".join(
            (
                "[Desktop Entry]",
                "Type=Application",
                f"Name={APP_NAME}",
                "Comment=Omise balances in the system tray",
                f"Exec={desktop_exec(self.command)}",
                f"Icon={APP_ID}",
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                "",
            )
        )

    def launch_agent_plist(self) -> str:
        agent = {
            "Label": BUNDLE_ID,
            "ProgramArguments": list(self.command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }
        return plistlib.dumps(agent).decode("utf-8")

    def is_enabled(self) -> bool:
        if self.kind == "windows":
            return bool(self._require_run_key().read(RUN_VALUE_NAME))
        if self.kind == "macos":
            return self.launch_agent.is_file()
        return self._desktop_entry_active()

    def _desktop_entry_active(self) -> bool:
        try:
            lines = self.desktop_file.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return False
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("cannot read the autostart entry %s: %s", self.desktop_file, exc)
            return False
        # Session settings tools switch an entry off in place instead of deleting it.
        switched_off = {"hidden=true", "x-gnome-autostart-enabled=false"}
        return not any(line.replace(" ", "").lower() in switched_off for line in lines)

    def set_enabled(self, enabled: bool) -> None:
        action = "turn on" if enabled else "turn off"
        try:
            if self.kind == "windows":
                self._set_run_value(enabled)
            elif self.kind == "macos":
                self._set_file(self.launch_agent, self.launch_agent_plist() if enabled else None)
            else:
                self._set_file(self.desktop_file, self.desktop_entry() if enabled else None)
        except OSError as exc:
            log.warning("cannot %s start at login: %s", action, exc)
            raise AutostartError(
                enabling=enabled,
                kind=self.kind,
                where=self._where(),
                reason=exc.strerror or str(exc),
            ) from exc
        log.info("start at login turned %s (%s)", "on" if enabled else "off", self._where())

    def _where(self) -> str:
        if self.kind == "windows":
            return f"HKEY_CURRENT_USER\\{RUN_KEY_PATH}\\{RUN_VALUE_NAME}"
        if self.kind == "macos":
            return str(self.launch_agent)
        return str(self.desktop_file)

    def _set_run_value(self, enabled: bool) -> None:
        run_key = self._require_run_key()
        if enabled:
            run_key.write(RUN_VALUE_NAME, windows_command(self.command))
        else:
            run_key.delete(RUN_VALUE_NAME)

    def _require_run_key(self) -> RunKey:
        if self.run_key is None:
            raise AutostartError(enabling=True, kind=self.kind)
        return self.run_key

    @staticmethod
    def _set_file(path: Path, content: str | None) -> None:
        if content is None:
            path.unlink(missing_ok=True)
        else:
            write_atomically(path, content)


def is_enabled() -> bool:
    """Whether this user's session starts the app at login."""
    return Autostart.for_this_machine().is_enabled()


def set_enabled(enabled: bool) -> None:
    """Start the app at login from now on, or stop doing so; raises AutostartError on failure."""
    Autostart.for_this_machine().set_enabled(enabled)
