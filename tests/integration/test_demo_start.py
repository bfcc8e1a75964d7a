"""`omise-tray --demo` on a real desktop: the window, balances, and no warnings to dismiss."""

from __future__ import annotations

import os
import signal
import stat
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
    # What an older version left readable by others: a folder and a rotated log.
    older_log = tmp_path / "state" / "omise-tray" / "log" / "profiles" / "demo" / "omise-tray.log.3"
    (tmp_path / "state" / "omise-tray").mkdir(mode=0o700, parents=True)  # (not tightened)
    older_log.parent.mkdir(mode=0o755, parents=True)
    older_log.write_text("an older line\n")
    older_log.chmod(0o644)
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
    # Everything in the app's folders is its user's only: what this first start made (the
    # cache's parents as well), and what it found looser, tightened after the first paint.
    modes = {
        path: stat.S_IMODE(path.lstat().st_mode)
        for base in ("config", "data", "state", "cache")
        for path in [tmp_path / base / "omise-tray", *(tmp_path / base / "omise-tray").rglob("*")]
    }
    assert older_log in modes and len(modes) > 10
    loose = {str(p): oct(m) for p, m in modes.items() if m != (0o700 if p.is_dir() else 0o600)}
    assert loose == {}


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
