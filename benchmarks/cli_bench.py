"""The headless row: `omise-tray balance` against the seed's omise-python script, side by side.

Both fetch one balance from the same loopback simulator with the key in OMISE_SECRET_KEY,
from compiled bytecode, alternately, so a change in the machine's load weighs on both alike.
Wall time is from starting the process to its exit; memory is its peak RSS, both taken by
benchmarks/measured_run.py.
`python -m benchmarks.cli_bench` prints this row alone.
"""

from __future__ import annotations

import compileall
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAIRS = 10
WALL_TARGET = 1.2
MEMORY_TARGET = 1.1


@dataclass(frozen=True, slots=True)
class Run:
    """One process: how long it took from start to exit, and its peak memory."""

    seconds: float
    peak_kib: int


def _run(command: list[str], env: dict[str, str]) -> Run:
    done = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "measured_run.py"), *command],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{command} failed ({done.returncode}): {done.stderr}")
    seconds, peak_kib = done.stdout.split()
    return Run(float(seconds), int(peak_kib))  # ru_maxrss is in KiB on Linux


def omise_tray_balance() -> list[str]:
    """The command as installed (pip's entry point), else through the interpreter."""
    installed = Path(sys.executable).with_name("omise-tray")
    if installed.exists():
        return [str(installed), "balance"]
    return [sys.executable, "-m", "omise_tray", "balance"]


def measure(pairs: int = PAIRS) -> list[tuple[str, str, str, str]]:
    """Rows of (metric, value, target, verdict)."""
    if importlib.util.find_spec("omise") is None:
        return [
            (
                "headless balance vs omise-python",
                "not measured",
                "",
                "needs pip install -e '.[bench]'",
            )
        ]
    from omise_tray.simulator import Simulator, demo_accounts

    # An installed package runs from bytecode: pip compiled omise-python's, this is ours.
    compileall.compile_dir(REPO / "omise_tray", quiet=1)
    ours = omise_tray_balance()
    seed = [sys.executable, str(REPO / "benchmarks" / "omise_python_balance.py")]
    with (
        tempfile.TemporaryDirectory(prefix="omise-tray-cli-bench-") as home,
        Simulator(demo_accounts(), dynamic=False) as simulator,
    ):
        env = {
            **os.environ,
            "OMISE_SECRET_KEY": simulator.accounts[0].key,
            "OMISE_API_BASE": simulator.base_url,
            "XDG_CONFIG_HOME": f"{home}/config",
            "XDG_STATE_HOME": f"{home}/state",
            "XDG_CACHE_HOME": f"{home}/cache",
            "XDG_DATA_HOME": f"{home}/data",
        }
        for command in (ours, seed):  # warm the disk cache for both
            _run(command, env)
        runs = [(_run(ours, env), _run(seed, env)) for _ in range(pairs)]
    wall = statistics.median(a.seconds / b.seconds for a, b in runs)
    memory = statistics.median(a.peak_kib / b.peak_kib for a, b in runs)

    def median_of(side: int) -> str:
        seconds = statistics.median(pair[side].seconds for pair in runs)
        kib = statistics.median(pair[side].peak_kib for pair in runs)
        return f"{seconds * 1000:.0f} ms, {kib / 1024:.1f} MiB peak"

    return [
        ("headless `omise-tray balance` (OMISE_SECRET_KEY)", median_of(0), "", ""),
        ("headless omise-python script, same request", median_of(1), "", ""),
        (
            f"headless wall time ratio, median of {pairs} alternated pairs",
            f"{wall:.2f}×",
            f"≤ {WALL_TARGET}×",
            "ok" if wall <= WALL_TARGET else "MISSED",
        ),
        (
            "headless peak memory ratio",
            f"{memory:.2f}×",
            f"≤ {MEMORY_TARGET}×",
            "ok" if memory <= MEMORY_TARGET else "MISSED",
        ),
    ]


if __name__ == "__main__":
    for row in measure():
        print("  ".join(cell for cell in row if cell))
