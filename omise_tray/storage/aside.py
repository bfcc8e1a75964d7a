"""Keep a damaged file aside under a dated name, never deleting it: nothing the user had is lost."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

from omise_tray.storage.permissions import tighten

log = logging.getLogger(__name__)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def aside_name(path: Path, when: datetime, tag: str = "corrupt") -> Path:
    """Where a damaged `path` goes first: `name.corrupt-20240501T080000Z` beside it."""
    return path.with_name(f"{path.name}.{tag}-{when.strftime('%Y%m%dT%H%M%SZ')}")


def _free_name(path: Path, when: datetime, tag: str) -> Path:
    """The dated name, with a counter when an earlier file from the same second has it."""
    first = aside_name(path, when, tag)
    aside, copy = first, 1
    while aside.exists():
        copy += 1
        aside = first.with_name(f"{first.name}-{copy}")
    return aside


def keep_aside(
    path: Path,
    *,
    companions: Iterable[str] = (),
    now: Callable[[], datetime] = _utc_now,
) -> Path | None:
    """Rename `path` to a dated name beside it and return that name; None when it could not.

    An earlier damaged copy from the same second is never overwritten (a counter is added).
    Each suffix in `companions` names a side file (SQLite's "-wal") that moves along with it.
    """
    aside = _free_name(path, now(), "corrupt")
    try:
        path.replace(aside)
    except OSError as exc:
        log.warning("could not keep the damaged %s aside: %s", path, exc)
        return None
    tighten(aside)  # the damaged copy still holds the merchant's figures
    for suffix in companions:
        companion = path.with_name(path.name + suffix)
        try:
            companion.replace(aside.with_name(aside.name + suffix))
            tighten(aside.with_name(aside.name + suffix))
        except FileNotFoundError:
            continue
        except OSError as exc:
            log.warning("could not keep %s aside with its file: %s", companion, exc)
    log.warning("kept the damaged %s aside as %s", path, aside.name)
    return aside


def keep_copy(
    path: Path, content: bytes, *, tag: str, now: Callable[[], datetime] = _utc_now
) -> Path | None:
    """Write `content` (the file as it was) to a dated name beside `path`, which stays in use;
    returns that name, or None when it could not be written."""
    copy = _free_name(path, now(), tag)
    try:
        fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
    except OSError as exc:
        log.warning("could not keep a copy of %s: %s", path, exc)
        return None
    log.warning("kept a copy of %s as it was as %s", path, copy.name)
    return copy
