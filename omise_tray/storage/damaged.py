"""Damaged files are kept aside under a dated name, never deleted or silently replaced."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from omise_tray.storage.permissions import tighten

log = logging.getLogger(__name__)


def aside_path(path: Path) -> Path:
    """A free name beside `path` for its damaged copy: `name.corrupt-20250601T080000Z`."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    copy = 1
    while aside.exists():  # never overwrite an earlier damaged file from the same second
        copy += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{copy}")
    return aside


def keep_aside(path: Path, *, companions: Sequence[str] = ()) -> Path | None:
    """Move a damaged file to a dated name beside it; None when it could not be moved.

    `companions` are suffixes of files that belong to it (SQLite's "-wal"), moved along with
    it under the same dated name.
    """
    aside = aside_path(path)
    try:
        path.replace(aside)
    except OSError as exc:
        log.warning("could not keep the damaged %s aside: %s", path, exc)
        return None
    tighten(aside)
    for suffix in companions:
        companion = path.with_name(path.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            companion.replace(aside.with_name(aside.name + suffix))
            tighten(aside.with_name(aside.name + suffix))
    log.warning("kept the damaged %s as %s", path, aside.name)
    return aside


def kept_as(aside: Path | None) -> str:
    """The end of a sentence telling the user where the damaged file went (or nothing)."""
    return f" The damaged file was kept as {aside.name}." if aside is not None else ""
