"""A whole session never writes the secret key anywhere but the keyring.

Add an account through the CLI (key on stdin), run the tray app against the simulator through
a 401, a 500 and an invalid response, rename and remove the account, quit; then search every
file under the config, data, state, log and cache folders, and everything printed, for the key
in plain text and in the Basic-auth form requests sends it.
"""

from __future__ import annotations

import base64
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from omise_tray.simulator import Fault, Simulator, demo_accounts
from tests.support.waiting import wait_for

pytestmark = pytest.mark.desktop

LEAK_WAIT = 40.0


def test_a_whole_session_leaves_the_key_only_in_the_keyring(
    desktop_session: dict[str, str], tmp_path: Path
) -> None:
    with Simulator(demo_accounts(), dynamic=False) as sim:
        key = sim.accounts[0].key
        env = {
            **os.environ,
            **desktop_session,
            **{
                f"XDG_{n}_HOME": str(tmp_path / n.lower())
                for n in ("CONFIG", "DATA", "STATE", "CACHE")
            },
            "OMISE_API_BASE": sim.base_url,
        }
        env.pop("QT_QPA_PLATFORM", None)
        printed: list[str] = []

        def cli(*args: str, stdin: str = "") -> None:
            done = subprocess.run(
                [sys.executable, "-m", "omise_tray", *args],
                input=stdin,
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            printed.extend((done.stdout, done.stderr))
            assert done.returncode == 0, done.stderr

        def statuses() -> list[int | None]:
            return [r.status for r in sim.request_log if r.path == "/balance"]

        cli("accounts", "add", "Leak Check Shop", "--key-stdin", stdin=key + "\n")
        app = subprocess.Popen(
            [sys.executable, "-m", "omise_tray", "--interval", "1"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            wait_for(lambda: statuses().count(200) >= 2, "two good polls", LEAK_WAIT)
            for fault, status in ((Fault.UNAUTHORIZED, 401), (Fault.SERVER_ERROR, 500)):
                sim.inject(fault, times=1, key=key, path="/balance")

                def answered(status: int = status) -> bool:
                    return status in statuses()

                wait_for(answered, f"an HTTP {status}", LEAK_WAIT)
            good = statuses().count(200)
            sim.inject(Fault.WRONG_OBJECT, times=1, key=key, path="/balance")
            sim.inject(Fault.HTML, times=1, key=key, path="/balance")
            wait_for(
                lambda: statuses().count(200) >= good + 3,
                "invalid answers, then recovery",
                timeout=90,
            )
            cli("accounts", "rename", "Leak Check Shop", "Leak Check Shop 2")
            cli("accounts", "list")
            cli("accounts", "remove", "Leak Check Shop 2", "--yes")
        finally:
            app.send_signal(signal.SIGTERM)
            out, err = app.communicate(timeout=30)
            printed.extend((out, err))
        assert app.returncode == 0, err

    leaked_forms = [key.encode(), base64.b64encode(f"{key}:".encode())]
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "omise-tray.log" for p in files), "the app wrote no log to search"
    assert any(p.name == "settings.json" for p in files)
    for path in files:
        content = path.read_bytes()
        for form in leaked_forms:
            assert form not in content, f"the key is in {path}"
    for text in printed:
        assert key not in text
        assert "Traceback" not in text
    listing = subprocess.run(
        ["secret-tool", "search", "--all", "service", "omise-tray"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert key not in listing.stdout, "remove left the key in the keyring"
