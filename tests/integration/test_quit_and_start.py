"""The real app process: a closed terminal quits it cleanly, and a settings folder it cannot
write is named as the reason it cannot start.

Qt draws offscreen: these need no desktop, only the process and its files.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.launching import launched
from tests.support.read_only import read_only
from tests.support.waiting import wait_for

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


@pytest.fixture
def home(tmp_path: Path) -> dict[str, Path]:
    return {name: tmp_path / name.lower() for name in ("CONFIG", "DATA", "STATE", "CACHE")}


@pytest.fixture
def start(home: dict[str, Path]) -> Iterator[Callable[..., subprocess.Popen[str]]]:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("OMISE_", "XDG_"))},
        **{f"XDG_{name}_HOME": str(path) for name, path in home.items()},
        "QT_QPA_PLATFORM": "offscreen",
    }
    with launched(env, kill=True) as launch:
        yield launch


@pytest.mark.parametrize("quit_signal", [signal.SIGHUP, signal.SIGTERM], ids=["SIGHUP", "SIGTERM"])
def test_a_closed_terminal_quits_like_a_logout_saving_the_cache_and_releasing_the_lock(
    start: Callable[..., subprocess.Popen[str]], home: dict[str, Path], quit_signal: int
) -> None:
    cache = home["CACHE"] / "omise-tray" / "profiles" / "demo" / "last-balances.json"
    lock = home["CONFIG"] / "omise-tray" / "profiles" / "demo" / "instance.lock"
    app = start("--demo")
    wait_for(lock.exists, "the instance lock", timeout=60.0)
    wait_for(cache.exists, "the first balances to be cached", timeout=60.0)
    cache.unlink()  # from here on, only quitting writes it

    app.send_signal(quit_signal)
    _out, err = app.communicate(timeout=30)

    assert app.returncode == 0, err
    assert "Traceback" not in err
    assert cache.exists(), "quitting did not save the balance cache"
    assert '"snapshots"' in cache.read_text(encoding="utf-8")
    assert not lock.exists(), "quitting left the instance lock behind"


def test_a_read_only_settings_folder_is_named_as_the_reason_the_app_cannot_start(
    start: Callable[..., subprocess.Popen[str]], home: dict[str, Path]
) -> None:
    config = home["CONFIG"] / "omise-tray"
    config.mkdir(parents=True)
    with read_only(config):
        started = time.monotonic()
        app = start()
        _out, err = app.communicate(timeout=60)
        took = time.monotonic() - started

    assert app.returncode == 1
    assert err.strip() == (
        f"Omise Tray cannot start: its settings folder {config} cannot be written (it is "
        "read-only). Check the folder's permissions and the free space on its disk."
    )
    assert "did not answer" not in err
    assert took < 30
