"""A throwaway desktop session: Xvfb, openbox, a DBus session bus, an unlocked Secret Service
(gnome-keyring), an XEmbed tray host (trayer) and optionally a notification daemon (dunst), the
accessibility bus (AT-SPI) and a light or dark colour scheme.

Used by the integration tests' session fixture and by `scripts/desktop-session`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.support.appearance import AppearanceSettings

REQUIRED_PROGRAMS = ("Xvfb", "openbox", "dbus-daemon", "gnome-keyring-daemon", "trayer", "xdotool")
KEYRING_PASSWORD = b"omise-tray-tests"
# Debian's at-spi2-core; starts the accessibility bus and its registry.
A11Y_BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


class DesktopStackError(RuntimeError):
    """A part of the desktop stack did not start."""


def missing_programs() -> list[str]:
    return [name for name in REQUIRED_PROGRAMS if shutil.which(name) is None]


def _wait_until(check: Callable[[], bool], what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise DesktopStackError(f"{what} did not come up within {timeout:.0f} s")


class DesktopStack:
    """Starts the processes of a minimal Linux desktop and stops them again."""

    def __init__(
        self,
        *,
        notifier: bool = False,
        screen: str = "1280x800x24",
        accessibility: bool = False,
        colour_scheme: str | None = None,
    ) -> None:
        """`accessibility`: start the AT-SPI bus, and tell Qt apps to always serve it.
        `colour_scheme` "light" or "dark": the desktop's preference, as Qt apps read it."""
        self.notifier = notifier
        self.screen = screen
        self.accessibility = accessibility
        self.colour_scheme = colour_scheme
        self.env: dict[str, str] = {}
        self._processes: list[subprocess.Popen[bytes]] = []
        self._appearance: AppearanceSettings | None = None
        self._tmp = Path(tempfile.mkdtemp(prefix="omise-tray-desktop-"))

    def __enter__(self) -> DesktopStack:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _spawn(
        self, args: list[str], env: dict[str, str], **kwargs: object
    ) -> subprocess.Popen[bytes]:
        log = open(self._tmp / f"{Path(args[0]).name}.log", "ab")  # noqa: SIM115
        proc = subprocess.Popen(args, env=env, stdout=log, stderr=log, **kwargs)  # type: ignore[call-overload]
        self._processes.append(proc)
        return proc  # type: ignore[no-any-return]

    def start(self) -> dict[str, str]:
        missing = missing_programs()
        if missing:
            raise DesktopStackError("missing programs: " + ", ".join(missing))
        base = dict(os.environ)
        runtime = self._tmp / "runtime"
        runtime.mkdir(mode=0o700)
        base["XDG_RUNTIME_DIR"] = str(runtime)

        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", self.screen, "-nolisten", "tcp"],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=open(self._tmp / "Xvfb.log", "ab"),  # noqa: SIM115
        )
        self._processes.append(xvfb)
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()
        if not display:
            raise DesktopStackError("Xvfb did not report a display number")
        base["DISPLAY"] = f":{display}"
        base.pop("WAYLAND_DISPLAY", None)

        bus_path = runtime / "bus"
        base["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={bus_path}"
        self._spawn(
            [
                "dbus-daemon",
                "--nofork",
                "--nopidfile",
                f"--config-file={self._bus_config(bus_path)}",
            ],
            base,
        )
        _wait_until(bus_path.exists, "the DBus session bus")

        self._spawn(["openbox"], base)

        keyring_env = dict(base)
        keyring_env["XDG_DATA_HOME"] = str(self._tmp / "keyring-data")
        keyring = self._spawn(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            keyring_env,
            stdin=subprocess.PIPE,
        )
        assert keyring.stdin is not None
        keyring.stdin.write(KEYRING_PASSWORD)
        keyring.stdin.close()
        _wait_until(lambda: self._bus_has("org.freedesktop.secrets", base), "the Secret Service")

        self._spawn(
            [
                "trayer",
                "--edge",
                "top",
                "--align",
                "right",
                "--widthtype",
                "request",
                "--height",
                "32",
                "--SetDockType",
                "true",
                "--transparent",
                "false",
            ],
            base,
        )
        _wait_until(lambda: self._window_exists("trayer", base), "the tray host")

        if self.notifier:
            self._spawn(["dunst"], base)
            _wait_until(
                lambda: self._bus_has("org.freedesktop.Notifications", base),
                "the notification daemon",
            )
        self.env = {
            key: base[key] for key in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR")
        }
        if self.accessibility:
            self._start_accessibility(base)
            # Qt serves AT-SPI only when the desktop says a screen reader runs; say it always.
            self.env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        if self.colour_scheme is not None:
            # jeepney comes with the project's environment, which scripts/desktop-session's
            # Python may lack when no colour scheme is asked for.
            from tests.support.appearance import AppearanceSettings

            self._appearance = AppearanceSettings(
                base["DBUS_SESSION_BUS_ADDRESS"], self.colour_scheme
            )
            self._appearance.start()
            # The platform theme that reads the desktop's colour scheme over the portal.
            self.env["QT_QPA_PLATFORMTHEME"] = "xdgdesktopportal"
        return self.env

    def _start_accessibility(self, env: dict[str, str]) -> None:
        if not Path(A11Y_BUS_LAUNCHER).exists():
            raise DesktopStackError(f"missing {A11Y_BUS_LAUNCHER} (Debian package at-spi2-core)")
        self._spawn([A11Y_BUS_LAUNCHER, "--launch-immediately"], env)
        _wait_until(lambda: self._bus_has("org.a11y.Bus", env), "the accessibility bus")

    def _bus_config(self, bus_path: Path) -> Path:
        """A session bus that starts only gnome-keyring's unlock prompter on demand.

        The stock session bus would start dunst when the app first notifies, and a daemon
        nobody asked for would then own org.freedesktop.Notifications, which the tests' own
        listener needs; dunst runs only when asked for (`notifier=True`).
        """
        services = self._tmp / "dbus-services"
        services.mkdir()
        for name in ("org.gnome.keyring.SystemPrompter", "org.gnome.keyring.PrivatePrompter"):
            source = Path("/usr/share/dbus-1/services") / f"{name}.service"
            if source.exists():
                shutil.copy(source, services / source.name)
        config = self._tmp / "session-bus.conf"
        config.write_text(
            '<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"'
            ' "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">\n'
            "<busconfig>\n"
            "  <type>session</type>\n"
            f"  <listen>unix:path={bus_path}</listen>\n"
            f"  <servicedir>{services}</servicedir>\n"
            '  <policy context="default">\n'
            '    <allow send_destination="*" eavesdrop="true"/>\n'
            '    <allow eavesdrop="true"/>\n'
            '    <allow own="*"/>\n'
            "  </policy>\n"
            "</busconfig>\n"
        )
        return config

    @staticmethod
    def _bus_has(name: str, env: dict[str, str]) -> bool:
        result = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                f"string:{name}",
            ],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        return "boolean true" in result.stdout

    @staticmethod
    def _window_exists(class_name: str, env: dict[str, str]) -> bool:
        result = subprocess.run(
            ["xdotool", "search", "--classname", class_name],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        return bool(result.stdout.strip())

    def stop(self) -> None:
        if self._appearance is not None:
            self._appearance.stop()
            self._appearance = None
        for proc in reversed(self._processes):
            if proc.poll() is None:
                proc.terminate()
        for proc in reversed(self._processes):
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self._processes.clear()
        shutil.rmtree(self._tmp, ignore_errors=True)


@dataclass(frozen=True)
class TrayIconWindow:
    """Where a program's icon sits inside the tray host, in root-window coordinates."""

    window_id: str
    x: int
    y: int
    width: int
    height: int

    @property
    def centre(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2


_TREE_LINE = re.compile(
    r'^\s*(0x[0-9a-f]+) .*\("(?P<instance>[^"]*)" "(?P<cls>[^"]*)"\)\s+'
    r"(?P<w>\d+)x(?P<h>\d+)[+-]\d+[+-]\d+\s+\+(?P<x>-?\d+)\+(?P<y>-?\d+)"
)


def tray_icon_of(wm_class: str, env: dict[str, str]) -> TrayIconWindow | None:
    """The window of `wm_class` embedded in trayer's panel (an XEmbed tray icon), if any."""
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True, check=False
    ).stdout
    inside_panel_at: int | None = None
    for line in tree.splitlines():
        indent = len(line) - len(line.lstrip())
        if '"panel": ("panel" "trayer")' in line:
            inside_panel_at = indent
            continue
        if inside_panel_at is not None and indent <= inside_panel_at:
            inside_panel_at = None
        match = _TREE_LINE.match(line)
        if inside_panel_at is not None and match and wm_class in (match["instance"], match["cls"]):
            return TrayIconWindow(
                match.group(1), int(match["x"]), int(match["y"]), int(match["w"]), int(match["h"])
            )
    return None
