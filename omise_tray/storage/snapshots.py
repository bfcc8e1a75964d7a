"""The last known balance of each account, cached on disk so startup shows figures at once."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from omise_tray.core.balance import BalanceFormatError, normalise_balance
from omise_tray.core.notices import FileNotice, FileTrouble
from omise_tray.core.snapshot import Snapshot
from omise_tray.storage.aside import keep_aside
from omise_tray.storage.atomic import write_atomically

log = logging.getLogger(__name__)


def _to_json(snapshot: Snapshot) -> dict[str, Any]:
    balance = snapshot.balance
    return {
        "account_id": snapshot.account_id,
        "fetched_at": snapshot.fetched_at.isoformat(),
        "currency": balance.currency,
        "livemode": balance.livemode,
        "total": balance.total,
        "available": balance.available,
        "transferable": balance.transferable,
        "reserve": balance.reserve,
        "on_hold": balance.on_hold,
    }


def _from_json(raw: Any) -> Snapshot | None:
    if not isinstance(raw, dict):
        return None
    account_id, fetched_at = raw.get("account_id"), raw.get("fetched_at")
    if not isinstance(account_id, str) or not isinstance(fetched_at, str):
        return None
    try:
        when = datetime.fromisoformat(fetched_at)
        if when.tzinfo is None:
            return None
        return Snapshot(account_id, normalise_balance(raw), when)
    except (ValueError, BalanceFormatError):
        return None


class SnapshotCache:
    """Reads and writes the last snapshot per account.

    A damaged cache is kept aside and starts empty; `notice` then says so.
    A snapshot it cannot read (from another version) is left out on its own.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.notice: FileNotice | None = None

    @property
    def problem(self) -> str | None:
        """The notice in English (the log, the tests), None when all is well."""
        return self.notice.english if self.notice else None

    def load(self) -> list[Snapshot]:
        try:
            document = json.loads(self.path.read_text(encoding="utf-8"))
            items = document.get("snapshots") if isinstance(document, dict) else None
            if not isinstance(items, list):
                raise ValueError("no list of snapshots")
        except FileNotFoundError:
            return []
        except OSError as exc:
            log.warning("ignoring the balance cache %s: %s", self.path, exc)
            return []
        except (ValueError, RecursionError) as exc:
            log.warning("the balance cache %s is damaged: %s", self.path, exc)
            aside = keep_aside(self.path)
            kept = aside.name if aside else ""
            self.notice = FileNotice(FileTrouble.CACHE_DAMAGED, kept_as=kept)
            return []
        return [s for s in (_from_json(item) for item in items) if s is not None]

    def save(self, snapshots: Iterable[Snapshot]) -> None:
        document = {"version": 1, "snapshots": [_to_json(s) for s in snapshots]}
        try:
            write_atomically(self.path, json.dumps(document, indent=1) + "\n")
        except OSError as exc:
            log.warning("could not write the balance cache %s: %s", self.path, exc)
