"""The last-balance cache restores snapshots exactly and shrugs off a damaged file."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

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


@pytest.mark.parametrize(
    "content",
    [b"{", b"[]", b'{"snapshots": 3}', b'{"snapshots": [{"account_id": "\xe0\xb8"}]}'],
    ids=["cut json", "a list", "no snapshots", "cut inside a Thai character"],
)
def test_a_damaged_cache_is_kept_aside_and_the_user_told(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "last-balances.json"
    path.write_bytes(content)

    cache = SnapshotCache(path)
    assert cache.load() == []

    [aside] = tmp_path.glob("last-balances.json.corrupt-*")
    assert aside.read_bytes() == content
    assert not path.exists()
    assert cache.problem == (
        "The balances saved when Omise Tray last quit could not be read, so the figures "
        f"appear after the first check. The damaged file was kept as {aside.name}."
    )


def test_snapshots_it_cannot_read_are_left_out_and_the_rest_kept(tmp_path: Path) -> None:
    path = tmp_path / "last.json"
    good = Snapshot("b", Balance("JPY", True, 1, 1, 1), datetime(2026, 1, 2, tzinfo=UTC))
    SnapshotCache(path).save([good])
    document = json.loads(path.read_text())
    document["snapshots"][:0] = [1, {"account_id": "a"}]  # from another version, say
    path.write_text(json.dumps(document))

    cache = SnapshotCache(path)
    assert cache.load() == [good]
    assert cache.problem is None
    assert list(tmp_path.glob("*.corrupt-*")) == []


def test_no_cache_yet_is_no_problem(tmp_path: Path) -> None:
    cache = SnapshotCache(tmp_path / "last.json")
    assert cache.load() == []
    assert cache.problem is None
