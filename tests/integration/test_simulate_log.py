"""`omise-tray simulate` keeps its own log: a simulator run beside the app never writes into
the app's log file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from omise_tray.config import Paths


def test_the_simulator_logs_to_a_file_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    xdg = {f"XDG_{n}_HOME": str(tmp_path / n.lower()) for n in ("CONFIG", "DATA", "STATE", "CACHE")}
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("XDG_")}, **xdg}
    process = subprocess.Popen(
        [sys.executable, "-m", "omise_tray", "simulate", "--port", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("Omise simulator running at http://127.0.0.1:")
        base_url = first.split()[4]
        assert requests.get(base_url + "/balance", timeout=10).status_code == 401
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0

    for name, value in xdg.items():
        monkeypatch.setenv(name, value)
    paths = Paths.for_user()
    logged = paths.simulator_log_file.read_text(encoding="utf-8")
    assert "Omise simulator listening on " + base_url in logged
    assert "Omise simulator stopped" in logged
    assert not paths.log_file.exists()
