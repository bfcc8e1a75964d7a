"""A key given in OMISE_SECRET_KEY never reaches another process.

Opening the keyring probes its backends, which runs ldconfig, gcc and ld through ctypes; a
browser opened from the app, or the demo, are processes too. Each run here has a
sitecustomize that records, through Python's audit hooks, the environment of every process
the program starts and whether the key is still in its environment when it ends.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from omise_tray.simulator import Simulator, demo_accounts
from tests.support.waiting import wait_for

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX process environments")

RECORDER = """
import atexit, json, os, sys

_record = os.environ["SPAWN_RECORD"]
_key = os.environ.get("OMISE_SECRET_KEY", "")


def _write(entry):
    with open(_record, "a", encoding="utf-8") as out:
        out.write(json.dumps(entry) + "\\n")


def _carries_key(env):
    env = os.environ if env is None else env
    values = [v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)
              for v in dict(env).values()]
    return any(_key in value for value in values)


def _hook(event, args):
    if not _key:
        return
    if event == "subprocess.Popen":
        _write({"started": str(args[1]), "key": _carries_key(args[3])})
    elif event in ("os.posix_spawn", "os.exec"):
        _write({"started": str(args[1]), "key": _carries_key(args[2])})
    elif event in ("os.system", "os.fork", "os.forkpty"):
        _write({"started": event, "key": _carries_key(None)})


sys.addaudithook(_hook)
atexit.register(lambda: _write({"exit": True, "key": "OMISE_SECRET_KEY" in os.environ}))
"""


class RecordedRun:
    """Runs the program with the recorder; `entries` reads what it recorded so far."""

    def __init__(self, tmp_path: Path, key: str, **extra: str) -> None:
        hooks = tmp_path / "hooks"
        hooks.mkdir()
        (hooks / "sitecustomize.py").write_text(RECORDER, encoding="utf-8")
        self.record = tmp_path / "spawned.jsonl"
        repository = Path(__file__).resolve().parents[2]
        self.env = {
            **{
                k: v
                for k, v in os.environ.items()
                if not k.startswith(("OMISE_", "XDG_", "DBUS_", "PYTHON"))
            },
            **{f"XDG_{n}_HOME": str(tmp_path / n.lower()) for n in ("CONFIG", "DATA", "STATE")},
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
            "PYTHONPATH": f"{hooks}{os.pathsep}{repository}",
            "SPAWN_RECORD": str(self.record),
            "OMISE_SECRET_KEY": key,
            "QT_QPA_PLATFORM": "offscreen",
            **extra,
        }

    def entries(self) -> list[dict[str, object]]:
        if not self.record.exists():
            return []
        lines = self.record.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines]

    def run(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "omise_tray", *args],
            env=self.env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    def started(self) -> list[dict[str, object]]:
        return [entry for entry in self.entries() if "started" in entry]


def test_keyring_probing_in_a_run_with_the_key_exported_starts_no_process_with_it(
    tmp_path: Path,
) -> None:
    """`accounts add` opens the keyring (here without a session bus: every backend is probed)
    in a shell where the merchant had exported a key for `balance`."""
    exported = "skey_test_5exportedinshell00000"
    recorded = RecordedRun(tmp_path, exported)

    done = recorded.run("accounts", "add", "Shop", "--key-stdin", stdin="skey_test_5other\n")

    assert done.returncode == 2  # no secure keyring without a desktop session
    started = recorded.started()
    assert started, "the keyring started no process: this test would prove nothing"
    assert [entry for entry in started if entry["key"]] == []
    assert exported not in done.stdout + done.stderr


def test_balance_uses_the_key_and_takes_it_out_of_the_environment(tmp_path: Path) -> None:
    with Simulator(demo_accounts()) as sim:
        key = sim.accounts[0].key
        recorded = RecordedRun(tmp_path, key, OMISE_API_BASE=sim.base_url)

        done = recorded.run("balance", "--json")

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["balances"][0]["currency"] == sim.accounts[0].currency
    assert recorded.entries()[-1] == {"exit": True, "key": False}
    assert [entry for entry in recorded.started() if entry["key"]] == []


def test_the_app_opening_the_keyring_starts_no_process_with_the_key(tmp_path: Path) -> None:
    exported = "skey_test_5exportedinshell00000"
    recorded = RecordedRun(tmp_path, exported)
    app = subprocess.Popen(
        [sys.executable, "-m", "omise_tray", "--minimized"],
        env=recorded.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(
            lambda: len(recorded.started()) >= 3, "the keyring to probe its backends", timeout=60.0
        )
    finally:
        app.send_signal(signal.SIGTERM)
        app.communicate(timeout=30)

    assert app.returncode == 0
    assert [entry for entry in recorded.started() if entry["key"]] == []
    assert recorded.entries()[-1] == {"exit": True, "key": False}
