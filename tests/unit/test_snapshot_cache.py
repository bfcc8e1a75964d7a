"""The last-balance cache restores snapshots exactly and shrugs off a damaged file."""

from datetime import UTC, datetime
from pathlib import Path

from omise_tray.core.balance import Balance
from omise_tray.core.snapshot import Snapshot
from omise_tray.storage.snapshots import SnapshotCache


def test_snapshots_round_trip(tmp_path: Path) -> None:
    cache = SnapshotCache(tmp_path / "cache" / "last.json")
    snapshots = [
        Snapshot(
            "a",
            Balance("THB", False, 150_000, 120_000, 110_000, 5_000, 1_000),
            datetime(2026, 11, 22, 10, 5, tzinfo=UTC),
        ),
        Snapshot(
            "b",
            Balance("JPY", True, 12_345, 12_345, 12_345),
            datetime(2026, 11, 22, 10, 6, tzinfo=UTC),
        ),
    ]
    cache.save(snapshots)
    assert cache.load() == snapshots


def test_damaged_cache_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "last.json"
    for content in ("{", "[]", '{"snapshots": [1, {"account_id": "a"}]}'):
        path.write_text(content)
        assert SnapshotCache(path).load() == []
