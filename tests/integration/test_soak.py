"""Soak: the real app polls three accounts every second for over three minutes while random
faults are injected through the simulator's control endpoints; then it recovers, and its
memory, threads and open files stay flat after the first minute."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from omise_tray.simulator import Simulator, demo_accounts
from tests.support.waiting import wait_for

pytestmark = [pytest.mark.desktop, pytest.mark.slow, pytest.mark.timeout(480)]

SOAK_SECONDS = 200.0  # faults for this long: over three minutes
WARM_FROM = 30.0  # the level to compare with is taken between these two moments
SETTLED_AFTER = 60.0  # "flat" is judged from the first minute on
SAMPLE_EVERY = 5.0
# How much each measure may rise above its level in the first minute. Memory gets room for
# the allocator's and the caches' slack; threads and files are counted, so nearly none (a
# request in flight holds a socket and a selector, so open files move a little).
RSS_SLACK_KIB = 12 * 1024
THREAD_SLACK = 1
FD_SLACK = 4
FAULTS = (
    {"fault": "rate_limited", "retry_after": 1},
    {"fault": "server_error"},
    {"fault": "unavailable"},
    {"fault": "unauthorized"},
    {"fault": "html"},
    {"fault": "truncated"},
    {"fault": "wrong_object"},
    {"fault": "reset"},
    {"fault": "hang", "seconds": 3},
    {"fault": "slow_body", "seconds": 2},
)


@dataclass(frozen=True)
class Sample:
    """One look at the app's process."""

    at: float
    rss_kib: int
    threads: int
    fds: int


def own_threads(pid: int) -> int:
    """The process's threads, less Qt's shared pool (its idle threads expire after 30 s)."""
    names = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with contextlib.suppress(OSError):  # a thread that ended meanwhile
            names.append(Path(f"/proc/{pid}/task/{task}/comm").read_text().strip())
    return sum(1 for name in names if name != "Thread (pooled)")


def sample(pid: int, started: float) -> Sample:
    status = Path(f"/proc/{pid}/status").read_text().splitlines()
    fields = {line.split(":")[0]: line.split(":")[1].split() for line in status if ":" in line}
    return Sample(
        time.monotonic() - started,
        int(fields["VmRSS"][0]),
        own_threads(pid),
        len(os.listdir(f"/proc/{pid}/fd")),
    )


def control(sim: Simulator, method: str, what: str, body: object = None) -> None:
    """Drive the simulator as another process would: over HTTP, through /_simulator/."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(f"{sim.base_url}/_simulator/{what}", data=data, method=method)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=10) as answer:
        assert answer.status == 200


def test_random_faults_for_three_minutes_then_recovery_with_flat_resources(
    desktop_session: dict[str, str], tmp_path: Path
) -> None:
    rng = random.Random(16)
    with Simulator(demo_accounts(), dynamic=True) as sim:
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
        for account in sim.accounts:
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "omise_tray",
                    "accounts",
                    "add",
                    account.name,
                    "--key-stdin",
                ],
                input=account.key + "\n",
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
                check=True,
            )
        names = [account.name for account in sim.accounts]

        def answered(name: str) -> list[int | None]:
            return [r.status for r in sim.request_log if r.path == "/balance" and r.account == name]

        app = subprocess.Popen(
            [sys.executable, "-m", "omise_tray", "--interval", "1", "--minimized"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            wait_for(lambda: all(200 in answered(n) for n in names), "a first good poll each", 60)
            started = time.monotonic()
            samples: list[Sample] = []
            next_sample = started
            injected = 0
            while time.monotonic() - started < SOAK_SECONDS:
                assert app.poll() is None, "the app ended during the soak"
                fault = dict(rng.choice(FAULTS))
                fault.update(account=rng.choice(names), times=rng.randint(1, 3), path="/balance")
                control(sim, "POST", "faults", fault)
                injected += 1
                if time.monotonic() >= next_sample:
                    samples.append(sample(app.pid, started))
                    next_sample += SAMPLE_EVERY
                time.sleep(rng.uniform(0.2, 1.0))
            control(sim, "DELETE", "faults")
            recovered_from = datetime.now().astimezone()

            # Recovery: every account answers again, and its fresh balance reaches the cache
            # that the cards are drawn from at the next start.
            def healthy() -> bool:
                recent = all(answered(n)[-3:] == [200, 200, 200] for n in names)
                cache = tmp_path / "cache" / "omise-tray" / "last-balances.json"
                try:
                    kept = json.loads(cache.read_text(encoding="utf-8"))["snapshots"]
                except (OSError, ValueError, KeyError):
                    return False
                fresh = [
                    s for s in kept if datetime.fromisoformat(s["fetched_at"]) > recovered_from
                ]
                return recent and len(fresh) == len(names)

            wait_for(healthy, "every account healthy again after the faults", 90)
            samples.append(sample(app.pid, started))
        finally:
            app.send_signal(signal.SIGTERM)
            _, err = app.communicate(timeout=30)
        assert app.returncode == 0, err
        assert "Traceback" not in err

    assert injected >= 200
    settled = [s for s in samples if s.at >= SETTLED_AFTER]
    baseline = settled[0]
    report = ", ".join(
        f"{s.at:.0f}s {s.rss_kib // 1024}MiB {s.threads}t {s.fds}fd" for s in samples
    )
    assert len(settled) >= 20, report
    assert statistics.median(s.rss_kib for s in settled[-6:]) <= baseline.rss_kib + RSS_SLACK_KIB, (
        report
    )
    assert max(s.threads for s in settled) <= baseline.threads + THREAD_SLACK, report
    assert max(s.fds for s in settled) <= baseline.fds + FD_SLACK, report
