"""A folder nothing can be written to, for real, also when the tests run as root.

Permissions do not stop root (CI runs as root), so there the folder becomes a read-only bind
mount of itself: writes fail with EROFS exactly as on a read-only disk. An ordinary user gets
the folder's write permission taken away, which fails writes with EACCES.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """Make `folder` (which must exist) read-only for the duration of the block."""
    if os.geteuid() != 0:
        mode = folder.stat().st_mode
        folder.chmod(0o500)
        try:
            yield folder
        finally:
            folder.chmod(mode)
        return
    mounted = subprocess.run(["mount", "--bind", str(folder), str(folder)], check=False)
    if mounted.returncode != 0:
        pytest.skip("running as root without the right to mount: no way to make a folder read-only")
    try:
        subprocess.run(
            ["mount", "-o", "remount,bind,ro", str(folder), str(folder)],
            check=True,
        )
        yield folder
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=True)  # even if a file is open
