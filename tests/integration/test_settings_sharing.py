"""Two processes changing the settings file at once lose nothing: writes take turns under the
lock beside the file and each applies only its own change."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from omise_tray.storage.lock import LockBusyError
from omise_tray.storage.settings import AccountSettings, SettingsStore

REPO = Path(__file__).resolve().parents[2]
WRITES_EACH = 50

# Waits for the start signal, then writes as fast as it can.
PRELUDE = """
import sys, time
from dataclasses import replace
from pathlib import Path
from omise_tray.storage.settings import AccountSettings, SettingsStore
path, go = Path(sys.argv[1]), Path(sys.argv[2])
while not go.exists():
    time.sleep(0.001)
store = SettingsStore(path)
"""
# Like the command line: each change applied to the file as it is now.
COMMAND_WRITER = """
for i in range(int(sys.argv[3])):
    store.update(lambda s: s.with_account(AccountSettings(f"cli-{i}", f"Shop {i}")))
"""
# Like the app: it loaded once and keeps saving the whole Settings it holds.
APP_WRITER = """
settings = store.load().settings
for i in range(int(sys.argv[3])):
    settings = replace(
        settings.with_account(AccountSettings(f"app-{i}", f"Branch {i}")),
        interval_seconds=60 + i,
        quiet_hours_start=i % 24,
    )
    store.save(settings)
"""


def start(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(PRELUDE + script), *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_writing_a_hundred_times_at_once_lose_nothing(tmp_path: Path) -> None:
    path, go = tmp_path / "settings.json", tmp_path / "go"
    writers = [
        start(COMMAND_WRITER, str(path), str(go), str(WRITES_EACH)),
        start(APP_WRITER, str(path), str(go), str(WRITES_EACH)),
    ]
    time.sleep(1.0)  # both started and waiting
    go.touch()
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    loaded = SettingsStore(path).load()
    assert loaded.notices == ()
    ids = {a.id for a in loaded.settings.accounts}
    expected = {f"cli-{i}" for i in range(WRITES_EACH)} | {f"app-{i}" for i in range(WRITES_EACH)}
    assert ids == expected
    assert len(loaded.settings.accounts) == 2 * WRITES_EACH
    assert loaded.settings.interval_seconds == 60 + WRITES_EACH - 1
    assert loaded.settings.quiet_hours_start == (WRITES_EACH - 1) % 24
    assert json.loads(path.read_text())["version"] == 1


HOLDER = """
import sys, time
from pathlib import Path
from omise_tray.storage.lock import held
with held(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def hold_lock(lock: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock), str(seconds)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline() == "held\n"
    return holder


def test_a_writer_waits_for_the_lock_and_gives_up_with_a_sentence(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json", wait=0.3)
    holder = hold_lock(store.lock_path, 3.0)
    try:
        with pytest.raises(LockBusyError) as busy:
            store.update(lambda s: s.with_account(AccountSettings("a1", "Shop")))
        assert busy.value.strerror == (
            "another Omise Tray program is changing it; try again in a moment"
        )
        assert not store.path.exists()
    finally:
        holder.kill()
        holder.wait(timeout=30)


def test_a_writer_that_was_killed_leaves_no_lock_behind(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json", wait=5.0)
    holder = hold_lock(store.lock_path, 60.0)
    holder.kill()  # SIGKILL: no chance to unlock
    holder.wait(timeout=30)
    store.update(lambda s: s.with_account(AccountSettings("a1", "Shop")))
    assert [a.id for a in store.load().settings.accounts] == ["a1"]


def test_the_lock_is_reentrant_in_one_process(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json", wait=0.5)
    with store.locked() as current:
        assert current.settings.accounts == ()
        store.update(lambda s: s.with_account(AccountSettings("a1", "Shop")))
        store.save(store.load().settings.with_account(AccountSettings("b2", "Tokyo")))
    assert [a.id for a in store.load().settings.accounts] == ["a1", "b2"]
