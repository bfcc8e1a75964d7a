"""What a server says reaches the terminal and the log as harmless text: no escape sequence,
bell, NUL or direction override acts on them, a long value is cut, and a line break in it
forges no line."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from omise_tray.simulator import SimAccount, Simulator
from omise_tray.storage.secrets import SERVICE
from tests.conftest import ScriptedServer

REPOSITORY = Path(__file__).resolve().parents[2]
KEY = "skey_test_5hostiletextshop000"
# Colours, a window title, a cleared screen, a bell, a right-to-left override, a NUL.
HOSTILE = "\x1b[31mred\x1b[0m\x1b]0;owned\x07\x1b[2J\x07\u202eevil\x00"
FORGED = "\n2025-01-01 00:00:00,000 CRITICAL omise_tray.app the secret key was sent to evil.example"
UNSAFE = ("\x1b", "\x07", "\x00", "\u202e", "\x9b", "\x9d")


def environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("OMISE_", "XDG_"))},
        **{
            f"XDG_{n}_HOME": str(tmp_path / n.lower()) for n in ("CONFIG", "DATA", "STATE", "CACHE")
        },
        "PYTHONPATH": str(REPOSITORY),
        **extra,
    }


def run(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "omise_tray", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


def assert_harmless(text: str) -> None:
    for character in UNSAFE:
        assert character not in text, f"{character!r} reached the output"


def test_an_error_from_the_server_is_one_harmless_line_on_stderr_and_in_the_log(
    tmp_path: Path, server: ScriptedServer
) -> None:
    server.answer(
        {"object": "error", "code": "bad_request" + FORGED, "message": HOSTILE + "x" * 10_000},
        status=400,
    )
    env = environment(tmp_path, OMISE_API_BASE=server.base_url, OMISE_SECRET_KEY=KEY)

    done = run(env, "balance")

    assert done.returncode == 1
    [line] = done.stderr.splitlines()
    assert_harmless(line)
    assert line.startswith("omise-tray: default: Omise refused the request (HTTP 400): redevilxxx")
    assert len(line) < 300
    log = (tmp_path / "state" / "omise-tray" / "log" / "omise-tray.log").read_text("utf-8")
    assert_harmless(log)
    assert "CRITICAL" not in [part.split()[2] for part in log.splitlines()]


@pytest.fixture
def hostile_shop() -> Iterator[Simulator]:
    shop = SimAccount(
        name="Hostile",
        key=KEY,
        currency="THB",
        country="th" + HOSTILE,
        email=HOSTILE + "y" * 10_000 + "@example.com",
        total=100_00,
        available=100_00,
    )
    with Simulator([shop]) as sim:
        yield sim


@pytest.mark.desktop
def test_accounts_add_shows_the_servers_email_and_country_as_harmless_text(
    tmp_path: Path, desktop_session: dict[str, str], hostile_shop: Simulator
) -> None:
    env = environment(tmp_path, OMISE_API_BASE=hostile_shop.base_url, **desktop_session)
    env.pop("QT_QPA_PLATFORM", None)
    try:
        added = run(env, "accounts", "add", "Hostile", "--key-stdin", stdin=KEY + "\n")
        listed = run(env, "accounts", "list")
    finally:
        subprocess.run(["secret-tool", "clear", "service", SERVICE], env=env, check=False)

    assert added.returncode == 0, added.stderr
    found = added.stdout.splitlines()[0]
    assert_harmless(found)
    assert found.startswith("Found redevil" + "y" * 100)
    # A country that is no country code once made safe is left unknown, not shown.
    assert found.endswith("y… · THB · test mode")
    assert len(found) < 300
    assert_harmless(listed.stdout + listed.stderr)
    settings = (tmp_path / "config" / "omise-tray" / "settings.json").read_text("utf-8")
    assert "\\u001b" not in settings and "\\u202e" not in settings  # stored as shown
