"""Run the project's own build (packaging/build.py) once for a test module, as CI does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BUILD = REPO / "packaging" / "build.py"


def run_build() -> None:
    """Build the frozen app, the tarball and the .deb; fail with the build's own output."""
    result = subprocess.run(
        [sys.executable, str(BUILD)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1500,
        check=False,
    )
    assert result.returncode == 0, (
        f"the build failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    )
