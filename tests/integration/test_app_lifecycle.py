"""Starting the app as a user would: one instance per user, and a damaged settings file."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.desktop import tray_icon_of
from tests.support.launching import launched
from tests.support.waiting import wait_for

pytestmark = pytest.mark.desktop


@pytest.fixture
def user_env(desktop_session: dict[str, str], tmp_path: Path) -> dict[str, str]:
    env = {
        **os.environ,
        **desktop_session,
        **{
            f"XDG_{n}_HOME": str(tmp_path / n.lower()) for n in ("CONFIG", "DATA", "STATE", "CACHE")
        },
        # No accounts are configured; nothing may reach the real API.
        "OMISE_API_BASE": "http://127.0.0.1:9",
    }
    env.pop("QT_QPA_PLATFORM", None)
    return env


@pytest.fixture
def start(user_env: dict[str, str]) -> Iterator[Callable[..., subprocess.Popen[str]]]:
    with launched(user_env) as launch:
        yield launch


def visible_app_windows(env: dict[str, str]) -> list[str]:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "^Omise Tray$"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return found.stdout.split()


def test_a_second_start_brings_the_first_window_forward_and_exits(
    start: Callable[..., subprocess.Popen[str]], user_env: dict[str, str]
) -> None:
    first = start("--minimized")
    wait_for(lambda: tray_icon_of("omise-tray", user_env), "the first instance's tray icon")
    assert visible_app_windows(user_env) == []  # --minimized: tray only

    second = start()
    out, err = second.communicate(timeout=30)
    assert second.returncode == 0, err
    assert "already running" in out
    wait_for(lambda: visible_app_windows(user_env), "the first instance's window")
    assert first.poll() is None


def test_a_damaged_settings_file_is_kept_aside_and_the_user_is_told(
    start: Callable[..., subprocess.Popen[str]], user_env: dict[str, str]
) -> None:
    config = Path(user_env["XDG_CONFIG_HOME"]) / "omise-tray"
    config.mkdir(parents=True)
    (config / "settings.json").write_text('{"interval_seconds": 300, "accounts": [')
    app = start()
    # The main window and, above it, the message that says what happened.
    wait_for(lambda: len(visible_app_windows(user_env)) >= 2, "the window and the message")
    kept = list(config.glob("settings.json.corrupt-*"))
    assert len(kept) == 1
    assert kept[0].read_text() == '{"interval_seconds": 300, "accounts": ['
    assert app.poll() is None
