"""Reconstructed balance history in the store: kept apart, only before the first poll."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from omise_tray.core.balance import Balance
from omise_tray.core.reconstruction import ReconstructedPoint
from omise_tray.core.series import Point
from omise_tray.storage.export import write_history
from omise_tray.storage.history import DAY, HOUR, MIGRATIONS, SCHEMA_VERSION, HistoryStore

NOW = 1_750_000_000  # 2025-06-15T15:06:40Z


def point(at: int, total: int, available: int | None = None) -> ReconstructedPoint:
    return ReconstructedPoint(
        datetime.fromtimestamp(at, UTC), total, total if available is None else available
    )


def thb(total: int) -> Balance:
    return Balance("THB", False, total, total, total)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore(tmp_path / "history.sqlite3") as opened:
        yield opened


def test_reconstructed_points_are_kept_only_before_the_first_poll(store: HistoryStore) -> None:
    store.record("acct", thb(5_000), NOW - DAY)
    points = [point(NOW - 3 * DAY, 1_000), point(NOW - DAY - 1, 2_000), point(NOW - DAY, 3_000)]

    kept = store.record_reconstructed("acct", "THB", False, points)

    assert kept == 2
    assert store.reconstructed("acct", NOW - 30 * DAY, NOW) == [
        Point(NOW - 3 * DAY, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000),
        Point(NOW - DAY - 1, 2_000, 2_000, 2_000, 2_000, 2_000, 2_000),
    ]


def test_an_account_without_polls_keeps_every_point(store: HistoryStore) -> None:
    points = [point(NOW - 2 * DAY, 700, 500), point(NOW, 900, 600)]
    assert store.record_reconstructed("new", "THB", True, points) == 2
    assert [(p.at, p.total, p.available) for p in store.reconstructed("new", 0, NOW)] == [
        (NOW - 2 * DAY, 700, 500),
        (NOW, 900, 600),
    ]


def test_a_new_reconstruction_replaces_the_one_kept_before(store: HistoryStore) -> None:
    store.record_reconstructed("acct", "THB", False, [point(NOW - 5 * DAY, 1), point(NOW, 2)])
    store.record_reconstructed("acct", "THB", False, [point(NOW - 4 * DAY, 3)])
    assert [p.total for p in store.reconstructed("acct", 0, NOW)] == [3]


def test_reconstructions_of_other_accounts_are_left_alone(store: HistoryStore) -> None:
    store.record_reconstructed("one", "THB", False, [point(NOW - DAY, 1)])
    store.record_reconstructed("two", "JPY", False, [point(NOW - DAY, 2)])
    assert [p.total for p in store.reconstructed("one", 0, NOW)] == [1]
    assert [p.total for p in store.reconstructed("two", 0, NOW)] == [2]


def test_reconstructed_points_are_read_within_the_range_asked(store: HistoryStore) -> None:
    store.record_reconstructed(
        "acct", "THB", False, [point(NOW - 3 * HOUR, 1), point(NOW - 2 * HOUR, 2), point(NOW, 3)]
    )
    assert [p.total for p in store.reconstructed("acct", NOW - 2 * HOUR, NOW - 1)] == [2]


def test_reconstructed_points_stay_out_of_polls_series_and_export(store: HistoryStore) -> None:
    store.record_reconstructed("acct", "THB", False, [point(NOW - 2 * DAY, 1_234)])
    store.record("acct", thb(5_000), NOW)

    assert [row.total for row in store.rows("acct")] == [5_000]
    assert [p.total for p in store.series("acct", NOW - 30 * DAY, NOW)] == [5_000]
    assert store.accounts() == ["acct"]
    exported = io.StringIO()
    assert write_history(store.rows(), {"acct": "Shop"}, exported) == 1
    assert "1234" not in exported.getvalue()


def test_a_file_from_a_newer_version_keeps_no_reconstruction(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    with HistoryStore(path) as store:
        assert store.record_reconstructed("acct", "THB", False, [point(NOW, 1)]) == 0


def test_upgrading_a_version_3_file_keeps_its_polls_and_adds_reconstruction(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    old = sqlite3.connect(path)
    for steps in MIGRATIONS[:3]:
        for statement in steps:
            old.execute(statement)
    old.execute(
        "INSERT INTO samples (account_id, at, currency, livemode, total, available,"
        " transferable, pending, reserve, on_hold) VALUES ('acct', ?, 'THB', 0, 5000, 5000,"
        " 5000, 0, 0, 0)",
        (NOW,),
    )
    old.execute("PRAGMA user_version = 3")
    old.commit()
    old.close()

    with HistoryStore(path) as store:
        assert (store.problem, store.schema_version) == (None, 4)
        assert [row.total for row in store.rows("acct")] == [5_000]
        assert store.record_reconstructed("acct", "THB", False, [point(NOW - DAY, 4_000)]) == 1
        assert [p.total for p in store.reconstructed("acct", 0, NOW)] == [4_000]
