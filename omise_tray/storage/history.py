"""Balance history in SQLite: one row per poll, rolled up to hourly and daily rows as it ages."""

from __future__ import annotations

import contextlib
import logging
import math
import sqlite3
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum
from pathlib import Path
from types import TracebackType

from omise_tray.config import make_private_folder
from omise_tray.core.balance import Balance
from omise_tray.core.notices import FileNotice, FileTrouble
from omise_tray.core.portfolio import CurrencyMode
from omise_tray.core.reconstruction import ReconstructedPoint
from omise_tray.core.series import Point
from omise_tray.storage.aside import keep_aside
from omise_tray.storage.permissions import create_private_file, tighten

log = logging.getLogger(__name__)

HOUR = 3600
DAY = 86400
# Full resolution for 30 days, hourly buckets up to a year, daily buckets beyond.
RAW_KEPT_FOR = 30 * DAY
HOURLY_KEPT_FOR = 365 * DAY
RETENTION_EVERY = HOUR
# Polls that could not be written (a full disk) wait in memory for the next write; beyond
# this many the oldest go. Each poll tries them all again, so the number stays small.
UNSAVED_KEPT = 1_000

# Each migration takes the database from version N to N + 1 (PRAGMA user_version).
# Never edit a released one: append a new step instead.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: one row per successful poll.
    (
        """
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
        )
        """,
        "CREATE INDEX samples_by_account_time ON samples (account_id, at)",
    ),
    # 2: retention. Old samples become hourly, then daily, buckets keeping min, max and last.
    (
        """
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
        ) WITHOUT ROWID
        """,
        "CREATE TABLE maintenance (task TEXT PRIMARY KEY, done_at INTEGER NOT NULL)",
    ),
    # 3: a running summary (last, min, max, count) of every hour that still has raw samples,
    # kept by record() in the poll's own transaction, so long charts read one row an hour and
    # retention moves whole hours into rollups instead of rolling raw samples up.
    (
        """
        CREATE TABLE recent_hours (
            account_id TEXT NOT NULL,
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
            PRIMARY KEY (account_id, at)
        ) WITHOUT ROWID
        """,
        # Summarise the samples already stored; `at` is the start of the hour (rounded down,
        # also before 1970), and a tie on time goes to the sample stored last.
        """
        INSERT INTO recent_hours (
            account_id, at, last_at, currency, livemode,
            total, available, transferable, pending, reserve, on_hold,
            total_low, total_high, available_low, available_high, samples
        )
        SELECT account_id, hour, at, currency, livemode,
               total, available, transferable, pending, reserve, on_hold,
               hour_total_low, hour_total_high, hour_available_low, hour_available_high,
               hour_samples
        FROM (
            SELECT *,
                min(total) OVER same_hour AS hour_total_low,
                max(total) OVER same_hour AS hour_total_high,
                min(available) OVER same_hour AS hour_available_low,
                max(available) OVER same_hour AS hour_available_high,
                count(*) OVER same_hour AS hour_samples,
                row_number() OVER (same_hour ORDER BY at DESC, id DESC) AS newest_first
            FROM (SELECT *, at - (at % 3600 + 3600) % 3600 AS hour FROM samples)
            WINDOW same_hour AS (PARTITION BY account_id, hour)
        )
        WHERE newest_first = 1
        """,
    ),
    # 4: balances worked out from transactions for the time before an account's first poll,
    # kept apart from the polls so that they are never taken for one.
    (
        """
        CREATE TABLE reconstructed (
            account_id TEXT NOT NULL,
            at INTEGER NOT NULL,
            currency TEXT NOT NULL,
            livemode INTEGER NOT NULL,
            total INTEGER NOT NULL,
            available INTEGER NOT NULL,
            PRIMARY KEY (account_id, at)
        ) WITHOUT ROWID
        """,
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

_AMOUNTS = "total, available, transferable, pending, reserve, on_hold"
_RANGES = "total_low, total_high, available_low, available_high"

# How a row for an hour or day that already exists takes in another row for the same span
# (a late sample, or an hour rolled into a day): the newer row's amounts win, a tie going to
# the incoming row, extremes widen and sample counts add up. Never an overwrite.
_MERGE = """
    last_at = max(last_at, excluded.last_at),
    currency = iif(excluded.last_at >= last_at, excluded.currency, currency),
    livemode = iif(excluded.last_at >= last_at, excluded.livemode, livemode),
    total = iif(excluded.last_at >= last_at, excluded.total, total),
    available = iif(excluded.last_at >= last_at, excluded.available, available),
    transferable = iif(excluded.last_at >= last_at, excluded.transferable, transferable),
    pending = iif(excluded.last_at >= last_at, excluded.pending, pending),
    reserve = iif(excluded.last_at >= last_at, excluded.reserve, reserve),
    on_hold = iif(excluded.last_at >= last_at, excluded.on_hold, on_hold),
    total_low = min(total_low, excluded.total_low),
    total_high = max(total_high, excluded.total_high),
    available_low = min(available_low, excluded.available_low),
    available_high = max(available_high, excluded.available_high),
    samples = samples + excluded.samples
"""

# One poll: the sample itself and its hour's running summary, in the same transaction.
_INSERT_SAMPLE = f"""
INSERT INTO samples (account_id, at, currency, livemode, {_AMOUNTS})
VALUES (:account_id, :at, :currency, :livemode,
        :total, :available, :transferable, :pending, :reserve, :on_hold)
"""
_SUMMARISE_SAMPLE = f"""
INSERT INTO recent_hours (
    account_id, at, last_at, currency, livemode, {_AMOUNTS}, {_RANGES}, samples
)
VALUES (:account_id, :hour, :at, :currency, :livemode,
        :total, :available, :transferable, :pending, :reserve, :on_hold,
        :total, :total, :available, :available, 1)
ON CONFLICT (account_id, at) DO UPDATE SET {_MERGE}
"""

# Rolls rows older than a cutoff into buckets of a coarser resolution, keeping each bucket's
# last row and its extremes. A bucket that already exists (a late sample for an hour already
# rolled up) is merged, never overwritten. {source} yields rows shaped like rollups.
_ROLL_UP = f"""
INSERT INTO rollups (
    account_id, resolution, at, last_at, currency, livemode, {_AMOUNTS}, {_RANGES}, samples
)
SELECT account_id, :width, last_at / :width * :width, last_at, currency, livemode, {_AMOUNTS},
       bucket_total_low, bucket_total_high, bucket_available_low, bucket_available_high,
       bucket_samples
FROM (
    SELECT *,
        min(total_low) OVER bucket AS bucket_total_low,
        max(total_high) OVER bucket AS bucket_total_high,
        min(available_low) OVER bucket AS bucket_available_low,
        max(available_high) OVER bucket AS bucket_available_high,
        sum(samples) OVER bucket AS bucket_samples,
        row_number() OVER (bucket ORDER BY last_at DESC) AS newest_first
    FROM ({{source}})
    WINDOW bucket AS (PARTITION BY account_id, last_at / :width)
)
WHERE newest_first = 1
ON CONFLICT (account_id, resolution, at) DO UPDATE SET {_MERGE}
"""
# The summaries of hours whose samples are about to go: each becomes that hour's rollup.
_RECENT_HOURS_SOURCE = f"""
    SELECT account_id, last_at, currency, livemode, {_AMOUNTS}, {_RANGES}, samples
    FROM recent_hours WHERE at < :cutoff
"""
# Only the accounts whose hours were just rolled up, so that the index finds their samples.
_DELETE_ROLLED_SAMPLES = """
DELETE FROM samples
WHERE account_id IN (SELECT account_id FROM recent_hours WHERE at < :cutoff) AND at < :cutoff
"""
_HOURLY_SOURCE = f"""
    SELECT account_id, last_at, currency, livemode, {_AMOUNTS}, {_RANGES}, samples
    FROM rollups WHERE resolution = {HOUR} AND at < :cutoff
"""

# Chart input: one account's rows from :since to :until as (bucket, at, total, available,
# total_low, total_high, available_low, available_high), each in the bucket of the time of
# its (last) poll. A rollup row stands for its whole hour or day, as it always has.
_ROLLUP_POINTS = f"""
    SELECT (last_at - :since) / :width AS bucket, last_at AS at, total, available, {_RANGES}
    FROM rollups
    WHERE account_id = :account AND at BETWEEN :since - {DAY} AND :until
      AND last_at BETWEEN :since AND :until
"""
_SAMPLE_POINTS = """
    SELECT (at - :since) / :width AS bucket, at, total, available,
           total AS total_low, total AS total_high,
           available AS available_low, available AS available_high
    FROM samples WHERE account_id = :account AND at BETWEEN :since AND :until
"""


def _whole_hour(start: str) -> str:
    """SQL: true when the hour from `start` is inside the range and inside one bucket."""
    end = f"{start} + {HOUR - 1}"
    return (
        f"({start} >= :since AND {end} <= :until"
        f" AND ({start} - :since) / :width = ({end} - :since) / :width)"
    )


# For buckets of an hour or more: the summary of each hour that lies whole in one bucket, and
# the samples only of the hours that a bucket boundary or an end of the range cuts through.
# The buckets come out exactly as from every sample, from some twelve times fewer rows.
_HOUR_POINTS = f"""
    SELECT (last_at - :since) / :width AS bucket, last_at AS at, total, available, {_RANGES}
    FROM recent_hours
    WHERE account_id = :account AND at BETWEEN :since AND :until - {HOUR - 1}
      AND {_whole_hour("at")}
    UNION ALL
    SELECT (s.at - :since) / :width, s.at, s.total, s.available,
           s.total, s.total, s.available, s.available
    FROM recent_hours AS h CROSS JOIN samples AS s  -- CROSS JOIN: the few cut hours lead
    WHERE h.account_id = :account AND h.at BETWEEN :since - {HOUR - 1} AND :until
      AND NOT {_whole_hour("h.at")}
      AND s.account_id = h.account_id
      AND s.at BETWEEN max(h.at, :since) AND min(h.at + {HOUR - 1}, :until)  -- one range
"""
# Two passes over the same rows, zipped by bucket: each bucket's last row (max() as the sole
# aggregate, so SQLite takes the bare total and available from the row holding it) and its
# extremes. Sorting by bucket number costs less than handing every row to Python.
_LAST_OF_BUCKETS = """
SELECT bucket, max(at), total, available FROM ({source}) GROUP BY bucket ORDER BY bucket
"""
_RANGE_OF_BUCKETS = """
SELECT bucket, min(total_low), max(total_high), min(available_low), max(available_high)
FROM ({source}) GROUP BY bucket ORDER BY bucket
"""
_SERIES_FROM_SAMPLES = tuple(
    query.format(source=f"{_SAMPLE_POINTS} UNION ALL {_ROLLUP_POINTS}")
    for query in (_LAST_OF_BUCKETS, _RANGE_OF_BUCKETS)
)
_SERIES_FROM_HOURS = tuple(
    query.format(source=f"{_HOUR_POINTS} UNION ALL {_ROLLUP_POINTS}")
    for query in (_LAST_OF_BUCKETS, _RANGE_OF_BUCKETS)
)


class Resolution(IntEnum):
    """How much time one stored row stands for: a single poll, an hour or a day."""

    POLL = 0
    HOUR = HOUR
    DAY = DAY

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One stored row: a poll's balance, or the last balance of an hour or day with its range."""

    account_id: str
    resolution: Resolution
    at: int  # UTC epoch seconds of the (last) poll the amounts come from
    currency: str
    livemode: bool
    total: int
    available: int
    transferable: int
    pending: int
    reserve: int
    on_hold: int
    total_low: int
    total_high: int
    available_low: int
    available_high: int

    @property
    def time(self) -> datetime:
        return datetime.fromtimestamp(self.at, UTC)


# A Point as a plain tuple, for the arithmetic of adding accounts up.
_Bucket = tuple[int, int, int, int, int, int, int]
_OLDEST = -(1 << 63)  # before any time SQLite can store


class HistoryStore:
    """Records balances and answers chart and export queries, on one SQLite connection.

    Meant for one thread (the GUI thread): each call is one short transaction. When the file
    cannot be used, the store keeps working in memory and `notice` says why.
    A poll that cannot be written (a full disk) is kept and written with the next one;
    `write_notice` says so until a write succeeds again.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.notice: FileNotice | None = None
        self.write_notice: FileNotice | None = None
        self._writable = True
        self._unsaved: deque[dict[str, object]] = deque(maxlen=UNSAVED_KEPT)
        self._connection = self._open()
        self._retention_done_at = self._load_retention_time()
        self._modes: dict[str, tuple[str, bool]] | None = None  # account -> currency, mode

    # -- lifecycle -----------------------------------------------------------------------

    @property
    def problem(self) -> str | None:
        """`notice` in English (the log, the tests), None when all is well."""
        return self.notice.english if self.notice else None

    @property
    def write_problem(self) -> str | None:
        """`write_notice` in English, None when the last write went through."""
        return self.write_notice.english if self.write_notice else None

    def close(self) -> None:
        if self._unsaved:
            self._write_unsaved()  # a last try: the disk may have room again
        if self._unsaved:
            log.warning("%d poll(s) could not be added to the history", len(self._unsaved))
        self._connection.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self._connection.execute("PRAGMA user_version").fetchone()[0])

    def _open(self) -> sqlite3.Connection:
        try:
            make_private_folder(self.path.parent)
            return self._open_file()
        except sqlite3.DatabaseError as exc:
            if _is_corruption(exc):
                return self._start_afresh(exc)
            return self._in_memory(exc)
        except OSError as exc:
            return self._in_memory(exc)

    def _start_afresh(self, exc: sqlite3.DatabaseError) -> sqlite3.Connection:
        """Move a damaged file aside (never delete it) and open a new, empty one."""
        aside = self._move_aside()
        log.warning("history %s is damaged (%s); moved to %s", self.path, exc, aside)
        kept = aside.name if aside else ""
        self.notice = FileNotice(FileTrouble.HISTORY_DAMAGED, kept_as=kept)
        try:
            return self._open_file()
        except (sqlite3.DatabaseError, OSError) as again:
            return self._in_memory(again)

    def _open_file(self) -> sqlite3.Connection:
        # SQLite gives its -wal and -shm files the database file's mode: create it 0600 first.
        create_private_file(self.path)
        for suffix in ("-wal", "-shm"):
            tighten(self.path.with_name(self.path.name + suffix))
        connection = sqlite3.connect(self.path, isolation_level=None)
        try:
            _check_integrity(connection)
            connection.execute("PRAGMA journal_mode = WAL")
            # In WAL mode NORMAL never corrupts the file and loses no committed row when the app
            # crashes or is killed (the commit is in the OS's cache when COMMIT returns). Only
            # an OS crash or power cut can drop the last few polls, which the next poll refills;
            # FULL would put an fsync on the GUI thread for every poll.
            connection.execute("PRAGMA synchronous = NORMAL")
            connection.execute("PRAGMA busy_timeout = 2000")
            self._migrate(connection)
        except BaseException:
            connection.close()
            raise
        return connection

    def _in_memory(self, exc: BaseException) -> sqlite3.Connection:
        log.warning("history %s cannot be used (%s); keeping history in memory", self.path, exc)
        self.notice = FileNotice(FileTrouble.HISTORY_IN_MEMORY, file=str(self.path))
        connection = sqlite3.connect(":memory:", isolation_level=None)
        self._migrate(connection)
        return connection

    def _migrate(self, connection: sqlite3.Connection) -> None:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            log.warning(
                "history schema %d is newer than %d; not recording", version, SCHEMA_VERSION
            )
            self._writable = False
            self.notice = FileNotice(FileTrouble.HISTORY_NEWER)
            return
        for number, steps in enumerate(MIGRATIONS[version:], start=version + 1):
            with _transaction(connection):
                for statement in steps:
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {number}")
            log.info("history schema migrated to version %d", number)

    def _move_aside(self) -> Path | None:
        # The write-ahead log belongs to the damaged file: keep it beside it, never replay it
        # into the new one. The shared-memory index is rebuilt from it, so it can go.
        aside = keep_aside(self.path, companions=("-wal",))
        if aside is not None:
            with contextlib.suppress(FileNotFoundError):
                self.path.with_name(self.path.name + "-shm").unlink()
        return aside

    def _recover(self, exc: sqlite3.DatabaseError) -> bool:
        """Start a new file after damage found while running; True when that happened."""
        if not _is_corruption(exc):
            return False
        self._connection.close()
        self._connection = self._start_afresh(exc)
        self._retention_done_at = self._load_retention_time()
        return True

    # -- writing -------------------------------------------------------------------------

    def record(self, account_id: str, balance: Balance, at: int) -> bool:
        """Store one poll's balance; True when it was saved. Runs retention when it is due."""
        if not self._writable:
            return False
        row: dict[str, object] = {
            "account_id": account_id,
            "at": at,
            "hour": at // HOUR * HOUR,
            "currency": balance.currency,
            "livemode": int(balance.livemode),
            "total": balance.total,
            "available": balance.available,
            "transferable": balance.transferable,
            "pending": balance.pending,
            "reserve": balance.reserve,
            "on_hold": balance.on_hold,
        }
        self._unsaved.append(row)
        if not self._write_unsaved():
            return False
        self.prune(at)
        return True

    def _write_unsaved(self) -> bool:
        """Write the polls waiting in memory, oldest first, in one transaction."""
        for attempt in (1, 2):
            try:
                with _transaction(self._connection):
                    for row in self._unsaved:
                        self._connection.execute(_INSERT_SAMPLE, row)
                        self._connection.execute(_SUMMARISE_SAMPLE, row)
                break
            except sqlite3.DatabaseError as exc:
                if attempt == 1 and self._recover(exc):
                    continue
                self._note_write_failure(exc)
                return False
        if self.write_notice is not None:
            log.info("balance history written again (%d poll(s) caught up)", len(self._unsaved))
            self.write_notice = None
        if self._modes is not None:
            for row in self._unsaved:
                self._modes[str(row["account_id"])] = (str(row["currency"]), bool(row["livemode"]))
        self._unsaved.clear()
        return True

    def prune(self, now: int) -> bool:
        """Roll aged rows up to hourly and daily buckets, at most once an hour; True if it ran."""
        done = self._retention_done_at
        # A clock set back leaves `done` in the future: run then rather than wait for it.
        if not self._writable or (done is not None and done <= now < done + RETENTION_EVERY):
            return False
        raw_cutoff = (now - RAW_KEPT_FOR) // HOUR * HOUR
        hourly_cutoff = (now - HOURLY_KEPT_FOR) // DAY * DAY
        try:
            with _transaction(self._connection):
                run = self._connection.execute
                # The cutoff is on the hour, so the hours summarised before it are exactly
                # the hours of the samples before it: their summaries become hourly rollups.
                raw = {"width": HOUR, "cutoff": raw_cutoff}
                run(_ROLL_UP.format(source=_RECENT_HOURS_SOURCE), raw)
                run(_DELETE_ROLLED_SAMPLES, raw)
                run("DELETE FROM recent_hours WHERE at < :cutoff", raw)
                run(_ROLL_UP.format(source=_HOURLY_SOURCE), {"width": DAY, "cutoff": hourly_cutoff})
                run("DELETE FROM rollups WHERE resolution = ? AND at < ?", (HOUR, hourly_cutoff))
                run(
                    "INSERT INTO maintenance (task, done_at) VALUES ('retention', ?)"
                    " ON CONFLICT (task) DO UPDATE SET done_at = excluded.done_at",
                    (now,),
                )
        except sqlite3.DatabaseError as exc:
            if not self._recover(exc):
                # Nothing is lost: the rows stay as they are and the next poll tries again.
                log.warning("could not roll up old balance history in %s: %s", self.path, exc)
            return False
        self._retention_done_at = now
        return True

    def record_reconstructed(
        self,
        account_id: str,
        currency: str,
        livemode: bool,
        points: Sequence[ReconstructedPoint],
    ) -> int:
        """Keep an account's reconstructed balances; how many were kept.

        Only points before the account's first recorded poll are kept, so a reconstruction
        never stands where a real balance is known; they replace any kept before.
        """
        if not self._writable:
            return 0
        for attempt in (1, 2):
            try:
                with _transaction(self._connection):
                    first = self._first_recorded(account_id)
                    rows = [
                        (account_id, at, currency, int(livemode), point.total, point.available)
                        for point in points
                        if (at := int(point.at.timestamp())) < first
                    ]
                    self._connection.execute(
                        "DELETE FROM reconstructed WHERE account_id = ?", (account_id,)
                    )
                    self._connection.executemany(
                        "INSERT INTO reconstructed"
                        " (account_id, at, currency, livemode, total, available)"
                        " VALUES (?, ?, ?, ?, ?, ?)"
                        " ON CONFLICT (account_id, at) DO UPDATE SET"
                        " total = excluded.total, available = excluded.available",
                        rows,
                    )
                return len(rows)
            except sqlite3.DatabaseError as exc:
                if attempt == 1 and self._recover(exc):
                    continue
                self._note_write_failure(exc)
        return 0

    def _first_recorded(self, account_id: str) -> int | float:
        """The time of the account's oldest recorded row, or infinity when it has none."""
        (first,) = self._connection.execute(
            "SELECT min(at) FROM ("
            " SELECT min(at) AS at FROM samples WHERE account_id = :account"
            " UNION ALL SELECT min(last_at) FROM rollups WHERE account_id = :account)",
            {"account": account_id},
        ).fetchone()
        return math.inf if first is None else int(first)

    def _note_write_failure(self, exc: sqlite3.DatabaseError) -> None:
        log.warning("could not write balance history %s: %s", self.path, exc)
        self.write_notice = FileNotice(_trouble(exc), file=str(self.path.parent))

    def _load_retention_time(self) -> int | None:
        if not self._writable:
            return None
        row = self._connection.execute(
            "SELECT done_at FROM maintenance WHERE task = 'retention'"
        ).fetchone()
        return int(row[0]) if row else None

    # -- reading -------------------------------------------------------------------------

    def latest(self, account_id: str) -> HistoryRow | None:
        """The most recent stored row of the account, whatever its resolution."""
        rows = self._rows("WHERE account_id = ?", (account_id,), "ORDER BY at DESC LIMIT 1")
        return next(iter(rows), None)

    def rows(self, account_id: str | None = None, since: int | None = None) -> list[HistoryRow]:
        """Every stored row, oldest first, optionally for one account and from a time on."""
        clauses: list[str] = []
        parameters: list[object] = []
        if account_id is not None:
            clauses.append("account_id = ?")
            parameters.append(account_id)
        if since is not None:
            clauses.append("at >= ?")
            parameters.append(since)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return self._rows(where, tuple(parameters), "ORDER BY account_id, at")

    def accounts(self) -> list[str]:
        """The ids of every account with stored history."""
        found = self._connection.execute(
            "SELECT account_id FROM samples UNION SELECT account_id FROM rollups ORDER BY 1"
        )
        return [str(account_id) for (account_id,) in found]

    def _rows(self, where: str, parameters: Sequence[object], order: str) -> list[HistoryRow]:
        query = f"""
            SELECT * FROM (
                SELECT account_id, 0 AS resolution, at, currency, livemode, {_AMOUNTS},
                       total AS total_low, total AS total_high,
                       available AS available_low, available AS available_high
                FROM samples
                UNION ALL
                SELECT account_id, resolution, last_at AS at, currency, livemode, {_AMOUNTS},
                       total_low, total_high, available_low, available_high
                FROM rollups
            ) {where} {order}
        """
        return [
            HistoryRow(
                account_id=row[0],
                resolution=Resolution(row[1]),
                at=row[2],
                currency=row[3],
                livemode=bool(row[4]),
                total=row[5],
                available=row[6],
                transferable=row[7],
                pending=row[8],
                reserve=row[9],
                on_hold=row[10],
                total_low=row[11],
                total_high=row[12],
                available_low=row[13],
                available_high=row[14],
            )
            for row in self._connection.execute(query, parameters)
        ]

    def reconstructed(self, account_id: str, since: int, until: int) -> list[Point]:
        """The account's reconstructed balances from `since` to `until`, oldest first.

        They are chart points of their own, to be drawn as reconstructed; `series`, `rows`
        and the export hold recorded polls only.
        """
        found = self._connection.execute(
            "SELECT at, total, available FROM reconstructed"
            " WHERE account_id = ? AND at BETWEEN ? AND ? ORDER BY at",
            (account_id, since, until),
        )
        return [
            Point(at, total, available, total, total, available, available)
            for at, total, available in found
        ]

    def series(
        self, selector: str | CurrencyMode, since: int, until: int, max_points: int = 1000
    ) -> list[Point]:
        """Total and available from `since` to `until` in at most `max_points` time buckets.

        `selector` is an account id, or a CurrencyMode to add up every account of it (each
        account counts with its last known balance in buckets where it has no row).
        """
        if until < since or max_points < 1:
            return []
        width = max(1, math.ceil((until - since + 1) / max_points))
        single = not isinstance(selector, CurrencyMode)
        accounts = [selector] if isinstance(selector, str) else self._accounts_of(selector)
        # Buckets of an hour or more read the hourly summaries instead of every sample.
        queries = _SERIES_FROM_HOURS if width >= HOUR else _SERIES_FROM_SAMPLES
        with _snapshot(self._connection):  # every account as of one moment
            per_account = [
                self._buckets(queries, account, since, until, width) for account in accounts
            ]
        if single:
            return [Point(*bucket) for bucket in per_account[0].values()]
        return _add_up(per_account)

    def _accounts_of(self, selector: CurrencyMode) -> list[str]:
        if self._modes is None:
            # Read once, then kept up to date by record(): an account never changes currency.
            found = self._connection.execute(
                "SELECT account_id, currency, livemode FROM samples"
                " UNION SELECT account_id, currency, livemode FROM rollups"
            )
            self._modes = {str(a): (str(c), bool(live)) for a, c, live in found}
        wanted = (selector.currency.upper(), selector.livemode)
        return sorted(a for a, mode in self._modes.items() if mode == wanted)

    def _buckets(
        self, queries: Sequence[str], account_id: str, since: int, until: int, width: int
    ) -> dict[int, _Bucket]:
        """The account's rows grouped into buckets of `width` seconds, keyed by bucket number.

        Each bucket is shaped like a Point: (at, total, available, total_low, total_high,
        available_low, available_high), its last row's from the first query and its extremes
        from the second, both in bucket order.
        """
        parameters = {"account": account_id, "since": since, "until": until, "width": width}
        lasts, ranges = (self._connection.execute(query, parameters) for query in queries)
        return {
            last[0]: last[1:] + extremes[1:] for last, extremes in zip(lasts, ranges, strict=True)
        }


def _add_up(per_account: list[dict[int, _Bucket]]) -> list[Point]:
    """Sum accounts bucket by bucket, carrying each account's last point into its gaps.

    An account's share of the sums is swapped for its new one at each bucket it has a row in.
    Its buckets come later and later, so the latest time of all is a running maximum.
    """
    keys = sorted(set().union(*per_account))
    carried: list[_Bucket] = [(0, 0, 0, 0, 0, 0, 0)] * len(per_account)  # none yet: adds 0
    latest = _OLDEST
    total = available = total_low = total_high = available_low = available_high = 0
    points = []
    for key in keys:
        for index, buckets in enumerate(per_account):
            new = buckets.get(key)
            if new is None:
                continue
            old, carried[index] = carried[index], new
            latest = max(latest, new[0])
            total += new[1] - old[1]
            available += new[2] - old[2]
            total_low += new[3] - old[3]
            total_high += new[4] - old[4]
            available_low += new[5] - old[5]
            available_high += new[6] - old[6]
        points.append(
            Point(latest, total, available, total_low, total_high, available_low, available_high)
        )
    return points


@contextlib.contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


@contextlib.contextmanager
def _snapshot(connection: sqlite3.Connection) -> Iterator[None]:
    """A read transaction: the queries inside see the same committed state."""
    connection.execute("BEGIN")
    try:
        yield
    finally:
        with contextlib.suppress(sqlite3.Error):
            connection.execute("COMMIT")


class _DamagedFile(sqlite3.DatabaseError):
    """SQLite's integrity check found damage that no query has run into yet."""


def _trouble(exc: sqlite3.DatabaseError) -> FileTrouble:
    """Why a write failed."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code == sqlite3.SQLITE_FULL:
        return FileTrouble.HISTORY_DISK_FULL
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN):
        return FileTrouble.HISTORY_READ_ONLY
    return FileTrouble.HISTORY_NOT_TAKEN


def _is_corruption(exc: sqlite3.DatabaseError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    # Extended result codes keep the primary code in the low byte.
    damaged = code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    return damaged or isinstance(exc, _DamagedFile)


def _check_integrity(connection: sqlite3.Connection) -> None:
    """Raise _DamagedFile unless SQLite's quick check passes (it reads every page once)."""
    result = connection.execute("PRAGMA quick_check").fetchone()
    if result is None or result[0] != "ok":
        raise _DamagedFile(f"quick_check: {result[0] if result else 'no answer'}")
