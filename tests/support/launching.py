"""Start the real `omise-tray` in child processes for a test, and end the ones still running."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

Launch = Callable[..., subprocess.Popen[str]]


@contextmanager
def launched(env: Mapping[str, str], *, kill: bool = False) -> Iterator[Launch]:
    """`launch(*args)` starts `python -m omise_tray ARGS` with `env`; on leaving, each child
    still running is ended (terminated, or killed with `kill`) and its pipes drained."""
    started: list[subprocess.Popen[str]] = []

    def launch(*args: str) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-m", "omise_tray", *args],
            env=dict(env),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        started.append(process)
        return process

    try:
        yield launch
    finally:
        for process in started:
            if process.poll() is None:
                if kill:
                    process.kill()
                else:
                    process.terminate()
                process.communicate(timeout=20)
