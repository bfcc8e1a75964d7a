"""Write a file so that a crash leaves either the old or the new content, never half."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from omise_tray.config import make_private_folder


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file in the same folder and a rename.

    The file is 0600 (mkstemp makes it so) and a folder made for it 0700.
    """
    import tempfile  # on first write, not at start: tempfile brings random and hashlib

    make_private_folder(path.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    with contextlib.suppress(OSError):
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
