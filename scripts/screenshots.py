#!/usr/bin/env python3
"""Take the README's screenshots of the real app in demo mode on a throwaway desktop.

Usage:
  scripts/desktop-session --notifier --colour-scheme light --screen 1600x1000x24 -- \
      .venv/bin/python scripts/screenshots.py [--out docs/screenshots]
  scripts/desktop-session --notifier --colour-scheme dark --screen 1600x1000x24 -- \
      .venv/bin/python scripts/screenshots.py --scheme dark
Light shots: the main window with the demo accounts once one has gone low; the same with amounts
hidden (privacy mode); the same 1400 px wide; one account whose key the simulator now rejects
(an error card); the tray icon's context menu. Dark: the main window on a dark desktop.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.support.desktop import tray_icon_of  # noqa: E402


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=False).stdout


def wait_for(check, what: str, timeout: float = 90.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.5)
    raise SystemExit(f"timed out waiting for {what}")


def simulator_url(log: Path) -> str | None:
    if not log.exists():
        return None
    found = re.findall(r"listening on (http://127\.0\.0\.1:\d+)", log.read_text())
    return found[-1] if found else None


def control(base: str, path: str, body: dict[str, object]) -> None:
    request = urllib.request.Request(
        base + path,
        data=json.dumps(body).encode(),
        method="POST",
        headers={"Content-Type": "application/json"},
    )
    urllib.request.urlopen(request, timeout=5).read()


def light_shots(out: Path, window: str, base: str, env: dict[str, str]) -> None:
    """The main window, with amounts hidden, 1400 px wide, with an error card; the tray menu."""
    run("import", "-window", window, str(out / "main-window.png"))

    run("xdotool", "windowactivate", "--sync", window, "key", "ctrl+shift+h")
    time.sleep(2)
    run("import", "-window", window, str(out / "main-window-hidden.png"))
    run("xdotool", "windowactivate", "--sync", window, "key", "ctrl+shift+h")

    run("xdotool", "windowsize", window, "1400", "720")
    time.sleep(3)
    run("import", "-window", window, str(out / "main-window-1400.png"))
    run("xdotool", "windowsize", window, "900", "640")
    time.sleep(2)

    control(
        base,
        "/_simulator/faults",
        {"fault": "unauthorized", "account": "Osaka Ramen", "times": 100000},
    )
    run("xdotool", "windowactivate", "--sync", window, "key", "F5")
    time.sleep(6)
    run("import", "-window", window, str(out / "error-card.png"))

    icon = wait_for(lambda: tray_icon_of("omise-tray", env), "the tray icon")
    x, y = icon.centre
    known = {window, str(int(icon.window_id, 16))}
    run("xdotool", "mousemove", str(x), str(y), "click", "3")
    menu = wait_for(
        lambda: [
            w
            for w in run("xdotool", "search", "--onlyvisible", "--class", "omise-tray").split()
            if w not in known
        ],
        "the tray menu",
    )[0]
    time.sleep(1)
    run("import", "-window", menu, str(out / "tray-menu.png"))
    run("xdotool", "key", "Escape")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument(
        "--scheme",
        choices=("light", "dark"),
        default="light",
        help="the desktop's colour scheme (give the same to scripts/desktop-session)",
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="omise-tray-shots-"))
    env = {
        **os.environ,
        **{f"XDG_{n}_HOME": str(home / n.lower()) for n in ("CONFIG", "DATA", "STATE", "CACHE")},
    }
    env.pop("QT_QPA_PLATFORM", None)
    os.environ.update(env)
    app = subprocess.Popen([sys.executable, "-m", "omise_tray", "--demo"], env=env)
    try:
        log = home / "state" / "omise-tray" / "log" / "profiles" / "demo" / "omise-tray.log"
        base = wait_for(lambda: simulator_url(log), "the demo simulator")
        window = wait_for(
            lambda: run("xdotool", "search", "--onlyvisible", "--name", "^Omise Tray$").split(),
            "the main window",
        )[0]
        run("xdotool", "windowsize", window, "900", "640")
        low = "alert low delivered for account"
        wait_for(lambda: low in log.read_text(), "a low account", timeout=120)
        time.sleep(4)
        if args.scheme == "dark":
            run("import", "-window", window, str(args.out / "main-window-dark.png"))
        else:
            light_shots(args.out, window, base, env)
    finally:
        app.terminate()
        app.wait(20)
    print(f"screenshots written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
