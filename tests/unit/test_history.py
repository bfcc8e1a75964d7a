"""Balance history: recording, chart series, retention, migrations and damaged files."""

from __future__ import annotations

import io
import math
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from omise_tray.core.balance import Balance
from omise_tray.core.portfolio import CurrencyMode
from omise_tray.core.series import Point
from omise_tray.storage.export import write_history
from omise_tray.storage.history import (
    DAY,
    HOUR,
    MIGRATIONS,
    SCHEMA_VERSION,
    UNSAVED_KEPT,
    HistoryRow,
    HistoryStore,
    Resolution,
)
from tests.support.history_checks import summary_mismatches

NOW = 1_750_000_000  # 2025-06-15T15:06:40Z
MINUTE = 60


def thb(total: int, available: int | None = None, *, livemode: bool = False) -> Balance:
    available = total if available is None else available
    return Balance("THB", livemode, total, available, available)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore(tmp_path / "history.sqlite3") as opened:
        yield opened


def test_a_recorded_poll_is_the_latest_row(store: HistoryStore) -> None:
    assert store.record("acct", Balance("THB", True, 150_00, 100_00, 90_00, 5_00, 1_00), NOW)

    latest = store.latest("acct")

    assert latest is not None
    assert latest.resolution is Resolution.POLL
    assert (latest.at, latest.currency, latest.livemode) == (NOW, "THB", True)
    assert (latest.total, latest.available, latest.transferable) == (150_00, 100_00, 90_00)
    assert (latest.pending, latest.reserve, latest.on_hold) == (50_00, 5_00, 1_00)


def test_an_account_without_history_has_no_latest_row(store: HistoryStore) -> None:
    assert store.latest("nobody") is None


def test_the_file_uses_write_ahead_logging(store: HistoryStore) -> None:
    connection = sqlite3.connect(store.path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        connection.close()
    assert store.schema_version == SCHEMA_VERSION


def test_series_keeps_every_poll_when_there_are_fewer_than_max_points(
    store: HistoryStore,
) -> None:
    for minute, amount in enumerate([100, 300, 200]):
        store.record("acct", thb(amount), NOW + minute * MINUTE)

    points = store.series("acct", NOW, NOW + HOUR, max_points=100)

    assert [(p.at, p.total) for p in points] == [
        (NOW, 100),
        (NOW + MINUTE, 300),
        (NOW + 2 * MINUTE, 200),
    ]


def test_series_buckets_keep_low_high_and_last(store: HistoryStore) -> None:
    amounts = [500, 100, 900, 400, 700, 300]
    for index, amount in enumerate(amounts):
        store.record("acct", thb(amount, amount // 2), NOW + index * 10)

    points = store.series("acct", NOW, NOW + 59, max_points=2)

    assert points == [
        Point(NOW + 20, 900, 450, 100, 900, 50, 450),
        Point(NOW + 50, 300, 150, 300, 700, 150, 350),
    ]


def test_series_leaves_out_polls_outside_the_range(store: HistoryStore) -> None:
    for offset in (-10, 0, 10, 20):
        store.record("acct", thb(offset + 100), NOW + offset)

    points = store.series("acct", NOW, NOW + 10, max_points=50)

    assert [p.at for p in points] == [NOW, NOW + 10]


def test_series_of_a_currency_adds_up_its_accounts_carrying_gaps(store: HistoryStore) -> None:
    store.record("shop-a", thb(1000), NOW)
    store.record("shop-b", thb(50), NOW + HOUR)
    store.record("shop-a", thb(2000), NOW + 2 * HOUR)
    store.record("live-shop", thb(99_999, livemode=True), NOW + HOUR)

    points = store.series(CurrencyMode("thb", livemode=False), NOW, NOW + 3 * HOUR - 1, 3)

    assert [(p.at, p.total) for p in points] == [
        (NOW, 1000),
        (NOW + HOUR, 1050),
        (NOW + 2 * HOUR, 2050),
    ]


@pytest.mark.parametrize(
    ("since", "until", "max_points"),
    [(NOW, NOW - 1, 10), (NOW, NOW + HOUR, 0)],
    ids=["range-backwards", "no-points-asked"],
)
def test_series_of_an_empty_request_is_empty(
    store: HistoryStore, since: int, until: int, max_points: int
) -> None:
    store.record("acct", thb(1), NOW)
    assert store.series("acct", since, until, max_points) == []


# Retention: where a poll of a given age ends up after retention runs at NOW.
@pytest.mark.parametrize(
    ("age", "resolution"),
    [
        (0, Resolution.POLL),
        (29 * DAY, Resolution.POLL),
        (30 * DAY + 2 * HOUR, Resolution.HOUR),
        (200 * DAY, Resolution.HOUR),
        (364 * DAY, Resolution.HOUR),
        (366 * DAY + 2 * DAY, Resolution.DAY),
        (3 * 365 * DAY, Resolution.DAY),
    ],
    ids=["now", "29-days", "30-days-2-hours", "200-days", "364-days", "368-days", "3-years"],
)
def test_retention_moves_polls_to_coarser_rows_by_age(
    store: HistoryStore, age: int, resolution: Resolution
) -> None:
    store.record("acct", thb(4200), NOW - age)

    store.prune(NOW)

    [row] = store.rows("acct")
    assert row.resolution is resolution
    assert (row.at, row.total) == (NOW - age, 4200)


def test_an_hourly_row_keeps_the_hours_low_high_and_last(store: HistoryStore) -> None:
    hour_start = (NOW - 40 * DAY) // HOUR * HOUR
    for minute, amount in [(0, 500), (10, 100), (20, 900), (55, 400)]:
        store.record("acct", thb(amount, amount - 50), hour_start + minute * MINUTE)

    store.prune(NOW)

    [row] = store.rows("acct")
    assert row.resolution is Resolution.HOUR
    assert row.at == hour_start + 55 * MINUTE
    assert (row.total, row.total_low, row.total_high) == (400, 100, 900)
    assert (row.available, row.available_low, row.available_high) == (350, 50, 850)


def test_a_daily_row_keeps_the_days_extremes_across_its_hours(store: HistoryStore) -> None:
    day_start = (NOW - 400 * DAY) // DAY * DAY
    for hour, amount in [(1, 700), (5, 50), (9, 9000), (23, 600)]:
        store.record("acct", thb(amount), day_start + hour * HOUR)

    store.prune(NOW)

    [row] = store.rows("acct")
    assert row.resolution is Resolution.DAY
    assert (row.at, row.total, row.total_low, row.total_high) == (
        day_start + 23 * HOUR,
        600,
        50,
        9000,
    )


def test_a_late_poll_for_an_hour_already_rolled_up_is_merged(store: HistoryStore) -> None:
    hour_start = (NOW - 40 * DAY) // HOUR * HOUR
    store.record("acct", thb(500), hour_start + 30 * MINUTE)
    store.prune(NOW)

    store.record("acct", thb(20), hour_start + 10 * MINUTE)
    store.prune(NOW + HOUR)

    [row] = store.rows("acct")
    assert (row.at, row.total, row.total_low, row.total_high) == (
        hour_start + 30 * MINUTE,
        500,
        20,
        500,
    )


def test_retention_keeps_series_readable_across_resolutions(store: HistoryStore) -> None:
    for day in range(0, 400, 10):
        store.record("acct", thb(day + 1), NOW - day * DAY)
    store.prune(NOW)

    points = store.series("acct", NOW - 400 * DAY, NOW, max_points=1000)

    assert [p.total for p in points] == [day + 1 for day in reversed(range(0, 400, 10))]


def test_retention_runs_at_most_once_an_hour(store: HistoryStore) -> None:
    assert store.prune(NOW)
    assert not store.prune(NOW + 59 * MINUTE)
    assert store.prune(NOW + HOUR)


def test_retention_runs_when_the_clock_was_set_back(store: HistoryStore) -> None:
    assert store.prune(NOW)
    assert store.prune(NOW - DAY)


def test_retention_schedule_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as store:
        store.prune(NOW)
    with HistoryStore(path) as reopened:
        assert not reopened.prune(NOW + 10 * MINUTE)
        assert reopened.prune(NOW + HOUR)


def test_recording_runs_retention_when_it_is_due(store: HistoryStore) -> None:
    store.record("acct", thb(1), NOW - 40 * DAY)

    store.record("acct", thb(2), NOW)

    assert [row.resolution for row in store.rows("acct")] == [Resolution.HOUR, Resolution.POLL]


# What version 1 of the app created (the first entry of MIGRATIONS, frozen here on purpose:
# the test must keep describing that old file even if someone edits the migration list).
VERSION_1_SCHEMA = """
CREATE TABLE samples (
    id INTEGER PRIMARY KEY,
    account_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    currency TEXT NOT NULL,
    livemode INTEGER NOT NULL,
    total INTEGER NOT NULL,
    available INTEGER NOT NULL,
    transferable INTEGER NOT NULL,
    pending INTEGER NOT NULL,
    reserve INTEGER NOT NULL,
    on_hold INTEGER NOT NULL
);
CREATE INDEX samples_by_account_time ON samples (account_id, at);
PRAGMA user_version = 1;
"""


def write_version_1_file(path: Path, rows: list[tuple[str, int, int]]) -> None:
    connection = sqlite3.connect(path)
    connection.executescript(VERSION_1_SCHEMA)
    connection.executemany(
        "INSERT INTO samples (account_id, at, currency, livemode, total, available,"
        " transferable, pending, reserve, on_hold) VALUES (?, ?, 'JPY', 1, ?, ?, ?, 0, 0, 0)",
        [(account, at, amount, amount, amount) for account, at, amount in rows],
    )
    connection.commit()
    connection.close()


def test_a_version_1_file_is_migrated_and_keeps_its_polls(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    write_version_1_file(path, [("acct", NOW - 40 * DAY, 7000), ("acct", NOW, 8000)])

    with HistoryStore(path) as store:
        assert store.problem is None
        assert store.schema_version == SCHEMA_VERSION == 4
        assert store.record("acct", Balance("JPY", True, 9000, 9000, 9000), NOW + MINUTE)
        rows = store.rows("acct")

    assert [(row.resolution, row.total) for row in rows] == [
        (Resolution.HOUR, 7000),
        (Resolution.POLL, 8000),
        (Resolution.POLL, 9000),
    ]


def test_the_migration_list_builds_what_version_1_described(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    write_version_1_file(path, [])
    old = sqlite3.connect(path)
    fresh = sqlite3.connect(":memory:")
    for statement in MIGRATIONS[0]:
        fresh.execute(statement)
    query = "SELECT name, type FROM sqlite_schema ORDER BY name"
    assert old.execute(query).fetchall() == fresh.execute(query).fetchall()
    old.close()
    fresh.close()


def test_a_file_from_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()

    with HistoryStore(path) as store:
        assert not store.record("acct", thb(1), NOW)
        assert store.problem is not None
        assert "newer version" in store.problem
        assert store.schema_version == SCHEMA_VERSION + 1


def test_a_file_that_is_not_a_database_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"these are not the balances you are looking for" * 100)

    with HistoryStore(path) as store:
        assert store.record("acct", thb(1), NOW)
        assert store.problem is not None
        assert store.problem.startswith("Your balance history was damaged")

    [aside] = tmp_path.glob("history.sqlite3.corrupt-*")
    assert aside.read_bytes().startswith(b"these are not")
    assert aside.name in store.problem


def damage_pages(path: Path) -> None:
    """Overwrite everything after the first page (the header stays, the b-trees break)."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size:] = b"\xa5" * (len(data) - page_size)
    path.write_bytes(bytes(data))


def test_a_malformed_database_is_moved_aside_and_a_new_one_started(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as store:
        for minute in range(500):
            store.record("acct", thb(minute), NOW + minute * MINUTE)
    damage_pages(path)

    with HistoryStore(path) as store:
        assert store.problem is not None
        assert "damaged" in store.problem
        assert store.rows() == []
        assert store.record("acct", thb(1), NOW)
    assert len(list(tmp_path.glob("history.sqlite3.corrupt-*"))) == 1


def test_damage_found_while_running_starts_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as store:
        for minute in range(500):
            store.record("acct", thb(minute), NOW + minute * MINUTE)
        store._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        damage_pages(path)
        store._connection.execute("PRAGMA shrink_memory")  # forget the pages read before

        assert store.record("acct", thb(1), NOW + DAY)

        assert store.problem is not None
        assert "damaged" in store.problem
        assert [row.total for row in store.rows("acct")] == [1]


def test_an_unusable_folder_keeps_history_in_memory_with_a_problem(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")

    with HistoryStore(blocked / "history.sqlite3") as store:
        assert store.problem is not None
        assert "kept only until the app quits" in store.problem
        assert store.record("acct", thb(5), NOW)
        assert store.latest("acct") is not None


def test_accounts_lists_every_account_with_history(store: HistoryStore) -> None:
    store.record("b", thb(1), NOW - 100 * DAY)
    store.record("a", thb(1), NOW)
    assert store.accounts() == ["a", "b"]


def test_a_full_disk_keeps_the_polls_and_writes_them_once_there_is_room(
    store: HistoryStore,
) -> None:
    pages = store._connection.execute("PRAGMA page_count").fetchone()[0]
    # SQLite's page limit makes its writes fail with SQLITE_FULL, as a full disk does.
    store._connection.execute(f"PRAGMA max_page_count = {pages}")

    saved = [store.record("acct", thb(n), NOW + n) for n in range(600)]

    assert saved[-1] is False
    assert store.write_problem == (
        "The latest balances could not be added to the history: the disk is full. They are "
        f"kept and added once {store.path.parent} can be written again."
    )
    written = len(store.rows("acct"))
    assert written < 600

    store._connection.execute(f"PRAGMA max_page_count = {pages * 1000}")  # room again
    assert store.record("acct", thb(600), NOW + 600)

    assert store.write_problem is None
    assert [row.total for row in store.rows("acct")] == list(range(601))


def test_the_polls_kept_for_a_full_disk_are_bounded(store: HistoryStore) -> None:
    store._connection.execute("PRAGMA query_only = 1")  # every write now fails
    for n in range(UNSAVED_KEPT + 50):
        assert not store.record("acct", thb(n), NOW + n)
    store._connection.execute("PRAGMA query_only = 0")

    assert store.record("acct", thb(-1), NOW + UNSAVED_KEPT + 50)

    totals = [row.total for row in store.rows("acct")]
    assert len(totals) == UNSAVED_KEPT
    assert totals[0] == 51  # the oldest went first


# -- the running summary of recent hours (schema 3) --------------------------------------


def summary_of(store: HistoryStore, account: str = "acct") -> list[tuple[int, ...]]:
    """(hour, last_at, total, total_low, total_high, samples) of each summarised hour."""
    return store._connection.execute(
        "SELECT at, last_at, total, total_low, total_high, samples FROM recent_hours"
        " WHERE account_id = ? ORDER BY at",
        (account,),
    ).fetchall()


def rollups_of(store: HistoryStore, account: str = "acct") -> list[tuple[int, ...]]:
    """(resolution, at, last_at, total, total_low, total_high, samples) of each rollup."""
    return store._connection.execute(
        "SELECT resolution, at, last_at, total, total_low, total_high, samples FROM rollups"
        " WHERE account_id = ? ORDER BY resolution, at",
        (account,),
    ).fetchall()


def test_each_poll_updates_its_hours_summary_even_out_of_order(store: HistoryStore) -> None:
    hour = NOW // HOUR * HOUR
    for minute, amount in [(30, 500), (10, 100), (50, 900), (20, 400)]:  # 10 and 20 are late
        store.record("acct", thb(amount), hour + minute * MINUTE)
    store.record("acct", thb(7), hour + HOUR)

    assert summary_of(store) == [
        (hour, hour + 50 * MINUTE, 900, 100, 900, 4),
        (hour + HOUR, hour + HOUR, 7, 7, 7, 1),
    ]
    assert summary_mismatches(store._connection) == []


def test_of_two_polls_in_the_same_second_the_later_recorded_is_the_hours_last(
    store: HistoryStore,
) -> None:
    store.record("acct", thb(100), NOW)
    store.record("acct", thb(200), NOW)

    assert summary_of(store) == [(NOW // HOUR * HOUR, NOW, 200, 100, 200, 2)]


def test_rows_latest_accounts_and_export_never_show_the_summary(store: HistoryStore) -> None:
    hour = NOW // HOUR * HOUR
    for minute in range(0, 60, 5):
        store.record("acct", thb(1000 + minute), hour + minute * MINUTE)
    store.record("old", thb(1), NOW - 40 * DAY)
    store.prune(NOW + HOUR)  # the old poll becomes an hourly rollup
    out = io.StringIO()

    written = write_history(store.rows(), {}, out)

    assert [(row.resolution, row.account_id) for row in store.rows()] == [
        *[(Resolution.POLL, "acct")] * 12,
        (Resolution.HOUR, "old"),
    ]
    assert written == 13 and len(out.getvalue().splitlines()) == 14  # and the header
    latest = store.latest("acct")
    assert latest is not None
    assert (latest.resolution, latest.at, latest.total) == (
        Resolution.POLL,
        hour + 55 * MINUTE,
        1055,
    )
    assert store.accounts() == ["acct", "old"]


def test_retention_turns_an_hours_summary_into_its_rollup(store: HistoryStore) -> None:
    hour = (NOW - 40 * DAY) // HOUR * HOUR
    for minute, amount in [(40, 300), (5, 800), (25, 50)]:
        store.record("acct", thb(amount, amount // 2), hour + minute * MINUTE)

    store.record("acct", thb(9), NOW)  # retention is due

    assert rollups_of(store) == [(HOUR, hour, hour + 40 * MINUTE, 300, 50, 800, 3)]
    [row, _now] = store.rows("acct")
    assert (row.available, row.available_low, row.available_high) == (150, 25, 400)
    assert summary_of(store) == [(NOW // HOUR * HOUR, NOW, 9, 9, 9, 1)]
    assert store._connection.execute("SELECT count(*) FROM samples").fetchone() == (1,)


def test_late_polls_for_a_rolled_up_hour_are_merged_into_it(store: HistoryStore) -> None:
    hour = (NOW - 40 * DAY) // HOUR * HOUR
    store.record("acct", thb(300), hour + 40 * MINUTE)
    store.record("acct", thb(9), NOW)  # rolls the hour up
    store.record("acct", thb(1000), hour + 10 * MINUTE)  # late: older than the hour's last
    store.record("acct", thb(20), hour + 20 * MINUTE)

    # Until retention runs again the late polls are raw, and the chart sees both kinds.
    assert summary_of(store)[0] == (hour, hour + 20 * MINUTE, 20, 20, 1000, 2)
    [point] = store.series("acct", hour, hour + HOUR - 1, max_points=1)
    assert (point.at, point.total, point.total_low, point.total_high) == (
        hour + 40 * MINUTE,
        300,
        20,
        1000,
    )

    store.prune(NOW + HOUR)
    store.record("acct", thb(77), hour + 50 * MINUTE)  # late and newer than the hour's last
    store.prune(NOW + 2 * HOUR)

    assert rollups_of(store) == [(HOUR, hour, hour + 50 * MINUTE, 77, 20, 1000, 4)]
    assert summary_of(store) == [(NOW // HOUR * HOUR, NOW, 9, 9, 9, 1)]
    assert summary_mismatches(store._connection) == []


def test_hours_cut_by_a_bucket_or_the_range_are_read_poll_by_poll(store: HistoryStore) -> None:
    hour = NOW // HOUR * HOUR
    for step in range(24):  # every ten minutes for four hours: 100, 110, ... 330
        store.record("acct", thb(100 + 10 * step), hour + step * 10 * MINUTE)
    since = hour + 30 * MINUTE  # halfway through the first hour

    # Two buckets of 90 minutes: the first hour is cut by `since`, the fourth by `until`, and
    # only the second and third hours lie whole in a bucket.
    points = store.series("acct", since, since + 3 * HOUR - 1, max_points=2)

    assert points == [
        Point(hour + 110 * MINUTE, 210, 210, 130, 210, 130, 210),
        Point(hour + 200 * MINUTE, 300, 300, 220, 300, 220, 300),
    ]


# What version 2 added to version 1 (frozen here too; see VERSION_1_SCHEMA).
VERSION_2_SCHEMA = (
    VERSION_1_SCHEMA.replace("PRAGMA user_version = 1;", "")
    + """
CREATE TABLE rollups (
    account_id TEXT NOT NULL,
    resolution INTEGER NOT NULL,
    at INTEGER NOT NULL,
    last_at INTEGER NOT NULL,
    currency TEXT NOT NULL,
    livemode INTEGER NOT NULL,
    total INTEGER NOT NULL,
    available INTEGER NOT NULL,
    transferable INTEGER NOT NULL,
    pending INTEGER NOT NULL,
    reserve INTEGER NOT NULL,
    on_hold INTEGER NOT NULL,
    total_low INTEGER NOT NULL,
    total_high INTEGER NOT NULL,
    available_low INTEGER NOT NULL,
    available_high INTEGER NOT NULL,
    samples INTEGER NOT NULL,
    PRIMARY KEY (account_id, resolution, at)
) WITHOUT ROWID;
CREATE TABLE maintenance (task TEXT PRIMARY KEY, done_at INTEGER NOT NULL);
PRAGMA user_version = 2;
"""
)


def write_version_2_file(path: Path, samples: list[tuple[str, int, int]]) -> None:
    """A version-2 file with these polls, and one hourly rollup of 'acct' from 40 days ago."""
    connection = sqlite3.connect(path)
    connection.executescript(VERSION_2_SCHEMA)
    connection.executemany(
        "INSERT INTO samples (account_id, at, currency, livemode, total, available,"
        " transferable, pending, reserve, on_hold) VALUES (?, ?, 'JPY', 1, ?, ?, 0, 0, 3, 4)",
        [(account, at, amount, amount // 2) for account, at, amount in samples],
    )
    old = (NOW - 40 * DAY) // HOUR * HOUR
    connection.execute(
        "INSERT INTO rollups VALUES ('acct', 3600, ?, ?, 'JPY', 1, 5, 5, 0, 0, 0, 0,"
        " 1, 9, 1, 9, 12)",
        (old, old + 55 * MINUTE),
    )
    connection.commit()
    connection.close()


def test_upgrading_a_version_2_file_summarises_the_polls_it_holds(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    hour = NOW // HOUR * HOUR
    polls = [
        ("acct", hour + 30 * MINUTE, 500),
        ("acct", hour + 10 * MINUTE, 100),  # stored late
        ("acct", hour + 50 * MINUTE, 900),
        ("acct", hour + 50 * MINUTE, 800),  # the same second, stored later: the hour's last
        ("acct", hour + HOUR, 7),
        ("other", hour + 5 * MINUTE, 60),
    ]
    write_version_2_file(path, polls)

    with HistoryStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert summary_of(store) == [
            (hour, hour + 50 * MINUTE, 800, 100, 900, 4),
            (hour + HOUR, hour + HOUR, 7, 7, 7, 1),
        ]
        assert summary_of(store, "other") == [(hour, hour + 5 * MINUTE, 60, 60, 60, 1)]
        assert summary_mismatches(store._connection) == []
        [row] = store._connection.execute(
            "SELECT available, available_low, available_high, transferable, reserve, on_hold"
            " FROM recent_hours WHERE account_id = 'acct' AND at = ?",
            (hour,),
        )
        assert row == (400, 50, 450, 0, 3, 4)
        rows = store.rows()
        assert [r.resolution for r in rows] == [Resolution.HOUR, *[Resolution.POLL] * 6]
        assert store.series("acct", hour - 50 * DAY, hour + 2 * HOUR, 100) == reference_series(
            rows, "acct", hour - 50 * DAY, hour + 2 * HOUR, 100
        )


def test_the_migration_list_builds_what_version_2_described(tmp_path: Path) -> None:
    old = sqlite3.connect(":memory:")
    old.executescript(VERSION_2_SCHEMA)
    fresh = sqlite3.connect(":memory:")
    for steps in MIGRATIONS[:2]:
        for statement in steps:
            fresh.execute(statement)
    query = "SELECT name, type, sql FROM sqlite_schema ORDER BY name"
    normalise = " ".join
    assert [(n, t, normalise((s or "").split())) for n, t, s in old.execute(query)] == [
        (n, t, normalise((s or "").split())) for n, t, s in fresh.execute(query)
    ]
    old.close()
    fresh.close()


# -- series against a plain reading of every stored row ----------------------------------


def reference_series(
    rows: list[HistoryRow], account: str, since: int, until: int, max_points: int
) -> list[Point]:
    """What series() is defined to be: every stored row of the account (poll or rollup) in the
    bucket of its time, each bucket giving its newest row's amounts and its extremes."""
    width = max(1, math.ceil((until - since + 1) / max_points))
    buckets: dict[int, list[HistoryRow]] = {}
    for row in rows:
        if row.account_id == account and since <= row.at <= until:
            buckets.setdefault((row.at - since) // width, []).append(row)
    points = []
    for _, inside in sorted(buckets.items()):
        newest = max(inside, key=lambda row: row.at)
        points.append(
            Point(
                newest.at,
                newest.total,
                newest.available,
                min(row.total_low for row in inside),
                max(row.total_high for row in inside),
                min(row.available_low for row in inside),
                max(row.available_high for row in inside),
            )
        )
    return points


def reference_sum(
    rows: list[HistoryRow], accounts: list[str], since: int, until: int, max_points: int
) -> list[Point]:
    """The accounts added up bucket by bucket, each carrying its last point into its gaps."""
    width = max(1, math.ceil((until - since + 1) / max_points))
    per_account = [
        {(p.at - since) // width: p for p in reference_series(rows, a, since, until, max_points)}
        for a in accounts
    ]
    carried: dict[int, Point] = {}
    points = []
    for key in sorted(set().union(*per_account)):
        for index, buckets in enumerate(per_account):
            if key in buckets:
                carried[index] = buckets[key]
        present = carried.values()
        points.append(
            Point(
                max(p.at for p in present),
                sum(p.total for p in present),
                sum(p.available for p in present),
                sum(p.total_low for p in present),
                sum(p.total_high for p in present),
                sum(p.available_low for p in present),
                sum(p.available_high for p in present),
            )
        )
    return points


def record_random_history(store: HistoryStore, chance: random.Random, now: int) -> None:
    """Three test-mode THB accounts (and one live one): dense recent polls, sparse old ones,
    recorded in a shuffled order so that retention runs in between and polls arrive late."""
    polls: set[tuple[str, int]] = set()
    for account in ("a", "b", "c", "live"):
        at = now - chance.randrange(2 * DAY, 5 * DAY)
        while at <= now:
            polls.add((account, at))
            at += chance.randrange(1, 25 * MINUTE)
        polls.update((account, now - chance.randrange(40 * DAY)) for _ in range(60))
        polls.update((account, now - chance.randrange(500 * DAY)) for _ in range(30))
    order = sorted(polls)
    chance.shuffle(order)
    for account, at in order:
        total = chance.randrange(-50_000, 10**9)
        balance = thb(total, total - chance.randrange(10**6), livemode=account == "live")
        store.record(account, balance, at)
        if chance.random() < 0.01:
            store.prune(now)
    store.prune(now - chance.randrange(3 * HOUR))


@pytest.mark.parametrize("seed", range(6))
def test_series_is_every_stored_row_bucketed_one_by_one(tmp_path: Path, seed: int) -> None:
    chance = random.Random(seed)
    now = NOW + chance.randrange(DAY)
    with HistoryStore(tmp_path / "history.sqlite3") as store:
        record_random_history(store, chance, now)
        assert summary_mismatches(store._connection) == []
        rows = store.rows()
        spans = [HOUR, 6 * HOUR, DAY, 3 * DAY, 7 * DAY, 30 * DAY, 90 * DAY, 365 * DAY, 600 * DAY]
        for span in spans:
            for max_points in (1, 7, 50, 1000, chance.randrange(1, 3000)):
                until = now - chance.choice([0, 1, chance.randrange(2 * DAY)])
                since = until - span - chance.randrange(HOUR)
                for account in ("a", "b", "live"):
                    expected = reference_series(rows, account, since, until, max_points)
                    got = store.series(account, since, until, max_points)
                    assert got == expected, (account, since, until, max_points)
                summed = store.series(CurrencyMode("THB", livemode=False), since, until, max_points)
                assert summed == reference_sum(rows, ["a", "b", "c"], since, until, max_points)
