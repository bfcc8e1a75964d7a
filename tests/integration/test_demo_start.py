"""`omise-tray --demo` on a real desktop: the window, balances, and no warnings to dismiss."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.desktop


def test_the_demo_opens_its_window_without_any_warning(
    desktop_session: dict[str, str], tmp_path: Path
) -> None:
    env = {
        **os.environ,
        **desktop_session,
        **{
            f"XDG_{n}_HOME": str(tmp_path / n.lower()) for n in ("CONFIG", "DATA", "STATE", "CACHE")
        },
    }
    env.pop("QT_QPA_PLATFORM", None)
    app = subprocess.Popen(
        [sys.executable, "-m", "omise_tray", "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _visible_windows(env, wait=True)
        # The services start right after the first paint; any warning appears by now.
        time.sleep(4)
        assert len(_visible_windows(env)) == 1, "the demo showed more than its main window"
    finally:
        app.send_signal(signal.SIGTERM)
        out, err = app.communicate(timeout=30)
    assert app.returncode == 0, err
    assert "Traceback" not in out + err
    # The demo has its own profile: nothing in the real user's folders.
    assert not (tmp_path / "config" / "omise-tray" / "settings.json").exists()


def _visible_windows(env: dict[str, str], *, wait: bool = False) -> list[str]:
    deadline = time.monotonic() + (30 if wait else 0)
    while True:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "^Omise Tray$"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split()
        if found or time.monotonic() >= deadline:
            return found
        time.sleep(0.2)
