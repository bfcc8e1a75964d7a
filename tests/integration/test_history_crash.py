"""Killing the app mid-write never damages the history, loses a poll it reported as saved or
leaves the hourly summary disagreeing with the polls."""

from __future__ import annotations

import collections
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from omise_tray.storage.history import HOUR, HistoryStore
from tests.support.history_checks import summary_mismatches

REPO = Path(__file__).resolve().parents[2]
ROUNDS = 30
STEP = 300  # five-minute polls, so retention rolls hours up while the child is being killed
FIRST_POLL = 1_750_000_000 - 60 * 86400

# The child records polls as fast as it can and reports each one after record() returned.
CHILD = """
import sys
from pathlib import Path
from omise_tray.core.balance import Balance
from omise_tray.storage.history import HistoryStore

path, first, step, start = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
store = HistoryStore(Path(path))
if store.problem:
    sys.exit("history problem: " + store.problem)
index = start
while True:
    amount = 1000 + index % 977
    balance = Balance("THB", False, amount, amount, amount)
    if not store.record("acct", balance, first + index * step):
        sys.exit("record failed: " + str(store.problem))
    print(index, flush=True)
    index += 1
"""


def run_child_until_killed(path: Path, start: int, delay: float) -> list[int]:
    """Start the writer, SIGKILL it `delay` seconds after its first saved poll; return reports."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(FIRST_POLL), str(STEP), str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    assert child.stdout is not None and child.stderr is not None
    try:
        first = child.stdout.readline()
        if not first:
            child.wait(timeout=30)
            pytest.fail(f"the writer stopped before saving anything: {child.stderr.read()}")
        time.sleep(delay)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    rest = child.stdout.read()
    child.stdout.close()
    child.stderr.close()
    return [int(line) for line in [first, *rest.splitlines()] if line.strip().isdigit()]


def stored_polls_per_hour(path: Path) -> tuple[collections.Counter[int], list[str]]:
    """How many polls the file holds for each hour, raw or already rolled up, and how its
    summary of recent hours disagrees with its polls (nothing, when all is well)."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        counts: collections.Counter[int] = collections.Counter()
        for (at,) in connection.execute("SELECT at FROM samples"):
            counts[at // HOUR] += 1
        for at, samples in connection.execute("SELECT at, samples FROM rollups"):
            counts[at // HOUR] += samples
        return counts, summary_mismatches(connection)
    finally:
        connection.close()


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_sigkill_during_writes_keeps_every_reported_poll(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    chance = random.Random(615)
    reported: collections.Counter[int] = collections.Counter()
    start = 0
    deadline = time.monotonic() + 200
    rounds = 0
    while rounds < ROUNDS and time.monotonic() < deadline:
        saved = run_child_until_killed(path, start, delay=chance.uniform(0.0, 0.25))
        for index in saved:
            reported[(FIRST_POLL + index * STEP) // HOUR] += 1
        # The poll after the last report may be committed too; a later duplicate is harmless.
        start = saved[-1] + 1
        rounds += 1

        stored, mismatches = stored_polls_per_hour(path)
        missing = {hour: n for hour, n in reported.items() if stored[hour] < n}
        assert not missing, f"round {rounds}: reported polls are missing in hours {missing}"
        assert not mismatches, f"round {rounds}: the summary disagrees: {mismatches[:5]}"

    assert rounds >= 10, "the machine was too slow to kill the writer often enough"
    with HistoryStore(path) as store:
        assert store.problem is None
        assert store.latest("acct") is not None
