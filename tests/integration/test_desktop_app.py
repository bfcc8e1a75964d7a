"""The tray app on a real desktop: Xvfb, openbox, a DBus session, the Secret Service keyring and
the trayer XEmbed tray host. The app runs as the user would start it, as its own process, and
is driven through its real tray icon with xdotool; the simulator answers over loopback HTTP.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest

from omise_tray.simulator import Simulator, demo_accounts
from omise_tray.storage.settings import AccountSettings, Settings, SettingsStore
from tests.support.desktop import TrayIconWindow, tray_icon_of
from tests.support.waiting import wait_for

pytestmark = pytest.mark.desktop

HEALTHY_GREEN = (0x2E, 0x9D, 0x57)  # ui.theme healthy


@dataclass
class RunningApp:
    process: subprocess.Popen[str]
    env: dict[str, str]
    home: Path

    def xdotool(self, *args: str) -> str:
        return subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, check=False
        ).stdout

    def tray_icon(self) -> TrayIconWindow | None:
        return tray_icon_of("omise-tray", self.env)

    def menu_item(self, mnemonic: str) -> None:
        """Open the tray icon's context menu with a right click and pick an item by its key."""
        icon = self.tray_icon()
        assert icon is not None
        x, y = icon.centre
        self.xdotool("mousemove", str(x), str(y), "click", "3")
        wait_for(
            lambda: (
                self.xdotool("search", "--onlyvisible", "--class", "omise-tray").count("\n") >= 2
            ),
            "the tray menu",
        )
        time.sleep(0.3)
        self.xdotool("key", mnemonic)


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(demo_accounts(), dynamic=False) as simulator:
        yield simulator


@pytest.fixture
def app(desktop_session: dict[str, str], sim: Simulator, tmp_path: Path) -> Iterator[RunningApp]:
    env = {
        **os.environ,
        **desktop_session,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "OMISE_API_BASE": sim.base_url,
    }
    env.pop("QT_QPA_PLATFORM", None)  # the real X server, not offscreen
    accounts = []
    for index, sim_account in enumerate(sim.accounts):
        account_id = f"desk{index}-{os.getpid()}"
        keyring.set_password("omise-tray", account_id, sim_account.key)
        accounts.append(
            AccountSettings(
                id=account_id, name=sim_account.name, currency=sim_account.currency, livemode=False
            )
        )
    config = tmp_path / "config" / "omise-tray" / "settings.json"
    SettingsStore(config).save(Settings(accounts=tuple(accounts)))
    process = subprocess.Popen(
        [sys.executable, "-m", "omise_tray", "--interval", "300"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    running = RunningApp(process, env, tmp_path)
    try:
        yield running
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
        for account in accounts:
            keyring.delete_password("omise-tray", account.id)


def balance_requests(sim: Simulator) -> int:
    return sum(1 for r in sim.request_log if r.path == "/balance")


def window_pixels(app: RunningApp, window_id: str) -> set[tuple[int, int, int]]:
    shot = app.home / f"window-{datetime.now(UTC):%H%M%S%f}.ppm"
    subprocess.run(
        ["import", "-window", window_id, "-depth", "8", str(shot)], env=app.env, check=True
    )
    data = shot.read_bytes()
    # Binary PPM: "P6\n<w> <h>\n255\n" then RGB bytes.
    header_end = 0
    for _ in range(3):
        header_end = data.index(b"\n", header_end) + 1
    body = data[header_end:]
    return {tuple(body[i : i + 3]) for i in range(0, len(body) - 2, 3)}  # type: ignore[misc]


def test_tray_app_shows_balances_and_obeys_its_tray_menu(app: RunningApp, sim: Simulator) -> None:
    icon = wait_for(app.tray_icon, "the tray icon inside trayer")
    assert isinstance(icon, TrayIconWindow) and icon.width > 0 and icon.height > 0

    wait_for(lambda: balance_requests(sim) >= 3, "the first poll of every account")
    windows = wait_for(
        lambda: app.xdotool("search", "--onlyvisible", "--name", "^Omise Tray$").split(),
        "the main window",
    )
    assert isinstance(windows, list)
    window_id = str(windows[0])
    # The three accounts are healthy: their cards carry the healthy stripe and dot.
    wait_for(lambda: HEALTHY_GREEN in window_pixels(app, window_id), "healthy balance cards")

    app.menu_item("r")  # Refresh now
    wait_for(lambda: balance_requests(sim) >= 6, "a refresh round after Refresh now")

    started = time.monotonic()
    app.menu_item("q")  # Quit
    out, err = app.process.communicate(timeout=20)
    quit_seconds = time.monotonic() - started
    assert app.process.returncode == 0, err
    assert quit_seconds < 5, f"Quit took {quit_seconds:.1f} s"
    assert "Traceback" not in out + err
    for sim_account in sim.accounts:
        assert sim_account.key not in out + err
        for path in app.home.rglob("*"):
            if path.is_file():
                assert sim_account.key.encode() not in path.read_bytes(), path
