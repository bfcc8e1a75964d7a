#!/usr/bin/env python3
"""Take the README's screenshots of the real app in demo mode on a throwaway desktop.

Usage:
  scripts/desktop-session --notifier --colour-scheme light --screen 1600x1000x24 -- \
      .venv/bin/python scripts/screenshots.py [--out docs/screenshots]
  scripts/desktop-session --notifier --colour-scheme dark --screen 1600x1000x24 -- \
      .venv/bin/python scripts/screenshots.py --scheme dark
  scripts/desktop-session --notifier --accessibility --fonts omise_tray/resources/fonts \
      --colour-scheme light --screen 1600x1000x24 -- \
      .venv/bin/python scripts/screenshots.py --languages th ja
Light shots: the main window with the demo accounts once one has gone low; the same with amounts
hidden (privacy mode); the same 1400 px wide; one account whose key the simulator now rejects
(an error card); the tray icon's context menu. Dark: the main window on a dark desktop.

--languages: for each language, chosen as a merchant's desktop chooses it (LANGUAGE=th), the
main window, the history window of the language's own currency (THB, JPY) on its chart, and
the low-balance notification as the desktop's notification daemon (dunst) draws it, with the
tray beside it: main-window-th.png, history-window-th.png, notification-th.png and so on. The
daemon draws with the desktop's fonts, not the app's: `--fonts` gives the throwaway desktop
the app's Noto Sans Thai, as a Thai desktop has a Thai font. `--accessibility` lets the script
find the card's History link over AT-SPI, whatever the language makes its width.
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
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.support.desktop import tray_icon_of  # noqa: E402

APP_CLASS = "omise-tray"
# Debian's python3-pyatspi is installed for the system's Python, not the project's venv.
SYSTEM_PYTHON = "/usr/bin/python3"
ATSPI_TREE = REPO / "tests" / "support" / "atspi_tree.py"
# The history window of the currency each language's merchants know best.
HOME_CURRENCY = {"th": "THB", "ja": "JPY"}
LOW_ALERT = "alert low delivered"


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


def demo_home() -> tuple[Path, dict[str, str]]:
    """A throwaway home for one run of the demo, and the environment that points there."""
    home = Path(tempfile.mkdtemp(prefix="omise-tray-shots-"))
    env = {
        **os.environ,
        **{f"XDG_{n}_HOME": str(home / n.lower()) for n in ("CONFIG", "DATA", "STATE", "CACHE")},
    }
    env.pop("QT_QPA_PLATFORM", None)
    return home, env


def demo_log(home: Path) -> Path:
    return home / "state" / "omise-tray" / "log" / "profiles" / "demo" / "omise-tray.log"


def main_window() -> str:
    found: list[str] = wait_for(
        lambda: run("xdotool", "search", "--onlyvisible", "--name", "^Omise Tray$").split(),
        "the main window",
    )
    return found[0]


Node = dict[str, Any]  # one node of tests/support/atspi_tree.py's JSON


def accessible_nodes(node: Node) -> list[Node]:
    return [node, *(found for child in node["children"] for found in accessible_nodes(child))]


def history_link(currency: str) -> tuple[int, int] | None:
    """The centre of the History link of the card of `currency`, read over AT-SPI."""
    dumped = run(SYSTEM_PYTHON, str(ATSPI_TREE), APP_CLASS)
    answer: Node = json.loads(dumped) if dumped.strip() else {"found": False}
    if not answer["found"]:
        return None
    for card in accessible_nodes(answer["tree"]):
        if card["role"] != "panel" or f" · {currency} · " not in card["name"]:
            continue
        # The card's two footer links, History left of the dashboard's.
        links: list[list[int]] = [
            node["box"]
            for node in accessible_nodes(card)
            if node["role"] == "push button" and "showing" in node["states"]
        ]
        if links:
            x, y, width, height = min(links, key=lambda box: box[0])
            return x + width // 2, y + height // 2
    return None


def notification_shot(path: Path, log: Path, env: dict[str, str]) -> None:
    """The low-balance alert as dunst draws it at the top right, and the tray beside it."""
    wait_for(lambda: LOW_ALERT in log.read_text(), "the low-balance notification", timeout=120)
    time.sleep(1)
    popup = run("xdotool", "search", "--onlyvisible", "--class", "dunst").split()
    if not popup:  # it timed out already: show it again from dunst's history
        run("dunstctl", "history-pop")
        popup = wait_for(
            lambda: run("xdotool", "search", "--onlyvisible", "--class", "dunst").split(),
            "the notification popup",
        )
    time.sleep(0.5)
    geometry = run("xdotool", "getwindowgeometry", "--shell", popup[0])
    box = dict(line.split("=", 1) for line in geometry.split())
    icon = tray_icon_of(APP_CLASS, env)
    left = min(int(box["X"]), icon.x if icon is not None else int(box["X"])) - 24
    bottom = int(box["Y"]) + int(box["HEIGHT"]) + 24
    screen_width = int(run("xdotool", "getdisplaygeometry").split()[0])
    crop = f"{screen_width - left}x{bottom}+{left}+0"
    run("import", "-window", "root", "-crop", crop, "+repage", str(path))


def language_shots(out: Path, language: str) -> None:
    """Main window, history window and notification with the desktop speaking `language`."""
    run("dunstctl", "close-all")
    home, env = demo_home()
    env["LANGUAGE"] = language
    app = subprocess.Popen([sys.executable, "-m", "omise_tray", "--demo"], env=env)
    try:
        log = demo_log(home)
        window = main_window()
        run("xdotool", "windowsize", window, "900", "640")
        notification_shot(out / f"notification-{language}.png", log, env)
        time.sleep(4)
        run("import", "-window", window, str(out / f"main-window-{language}.png"))

        # Tall enough that the card asked for is on screen, whichever row it is in.
        run("xdotool", "windowsize", window, "900", "940")
        run("xdotool", "windowmove", window, "0", "0")
        currency = HOME_CURRENCY[language]
        x, y = wait_for(lambda: history_link(currency), f"the {currency} card's History link")
        run("xdotool", "mousemove", str(x), str(y), "click", "1")
        history = wait_for(
            lambda: run("xdotool", "search", "--onlyvisible", "--name", f"^{currency} · ").split(),
            f"the {currency} history window",
        )[0]
        run("xdotool", "windowactivate", "--sync", history)
        time.sleep(4)
        run("import", "-window", history, str(out / f"history-window-{language}.png"))
    finally:
        app.terminate()
        app.wait(20)


def check_language_desktop() -> None:
    """Stop early, with the reason, where the shots would show boxes or find no link."""
    if not run("fc-list", ":lang=th", "family").strip():
        raise SystemExit(
            "the desktop has no Thai font, so the notification daemon would draw boxes: run "
            "scripts/desktop-session with --fonts omise_tray/resources/fonts"
        )
    if os.environ.get("QT_LINUX_ACCESSIBILITY_ALWAYS_ON") != "1":
        raise SystemExit("run scripts/desktop-session with --accessibility (to find the links)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument(
        "--scheme",
        choices=("light", "dark"),
        default="light",
        help="the desktop's colour scheme (give the same to scripts/desktop-session)",
    )
    parser.add_argument(
        "--languages",
        nargs="+",
        choices=sorted(HOME_CURRENCY),
        help="take the shots of these languages instead (see above for the desktop they need)",
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.languages:
        check_language_desktop()
        for language in args.languages:
            language_shots(args.out, language)
        print(f"screenshots written to {args.out}")
        return 0
    home, env = demo_home()
    os.environ.update(env)
    app = subprocess.Popen([sys.executable, "-m", "omise_tray", "--demo"], env=env)
    try:
        log = demo_log(home)
        base = wait_for(lambda: simulator_url(log), "the demo simulator")
        window = main_window()
        run("xdotool", "windowsize", window, "900", "640")
        wait_for(lambda: LOW_ALERT in log.read_text(), "a low account", timeout=120)
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
