"""Balance history in SQLite: one row per poll, rolled up to hourly and daily rows as it ages."""

from __future__ import annotations

import contextlib
import logging
import math
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum
from pathlib import Path
from types import TracebackType

from omise_tray.core.balance import Balance

log = logging.getLogger(__name__)

HOUR = 3600
DAY = 86400
# Full resolution for 30 days, hourly buckets up to a year, daily buckets beyond.
RAW_KEPT_FOR = 30 * DAY
HOURLY_KEPT_FOR = 365 * DAY
RETENTION_EVERY = HOUR

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
)
SCHEMA_VERSION = len(MIGRATIONS)

_AMOUNTS = "total, available, transferable, pending, reserve, on_hold"

# Rolls rows older than a cutoff into buckets of a coarser resolution, keeping each bucket's
# last row and its extremes. A bucket that already exists (a late sample for an hour already
# rolled up) is merged, never overwritten. {source} yields rows shaped like rollups.
_ROLL_UP = f"""
INSERT INTO rollups (
    account_id, resolution, at, last_at, currency, livemode, {_AMOUNTS},
    total_low, total_high, available_low, available_high, samples
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
ON CONFLICT (account_id, resolution, at) DO UPDATE SET
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
_RAW_SOURCE = f"""
    SELECT account_id, at AS last_at, currency, livemode, {_AMOUNTS},
           total AS total_low, total AS total_high,
           available AS available_low, available AS available_high, 1 AS samples
    FROM samples WHERE at < :cutoff
"""
_HOURLY_SOURCE = f"""
    SELECT account_id, last_at, currency, livemode, {_AMOUNTS},
           total_low, total_high, available_low, available_high, samples
    FROM rollups WHERE resolution = {HOUR} AND at < :cutoff
"""
# Every row of one account in a time range, polls and rollups alike, with its bucket number.
_BUCKETS = """
WITH polls (bucket, at, total, available, total_low, total_high, available_low, available_high)
AS (
    SELECT (at - :since) / :width, at, total, available, total, total, available, available
    FROM samples WHERE account_id = :account AND at BETWEEN :since AND :until
    UNION ALL
    SELECT (last_at - :since) / :width, last_at, total, available,
           total_low, total_high, available_low, available_high
    FROM rollups
    WHERE account_id = :account AND at BETWEEN :since - 86400 AND :until
      AND last_at BETWEEN :since AND :until
)
"""


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


@dataclass(frozen=True, slots=True)
class Point:
    """One chart point: the last total and available in a time bucket, with their range."""

    at: int  # UTC epoch seconds of the last poll in the bucket
    total: int
    available: int
    total_low: int
    total_high: int
    available_low: int
    available_high: int


@dataclass(frozen=True, slots=True)
class CurrencyMode:
    """Every account of one currency and mode, summed: the 'all THB live accounts' series."""

    currency: str
    livemode: bool


class HistoryStore:
    """Records balances and answers chart and export queries, on one SQLite connection.

    Meant for one thread (the GUI thread): each call is one short transaction. When the file
    cannot be used, the store keeps working in memory and `problem` says why in a sentence.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None
        self._writable = True
        self._connection = self._open()
        self._retention_done_at = self._load_retention_time()
        self._modes: dict[str, tuple[str, bool]] | None = None  # account -> currency, mode

    # -- lifecycle -----------------------------------------------------------------------

    def close(self) -> None:
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
            self.path.parent.mkdir(parents=True, exist_ok=True)
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
        where = f" The damaged file was kept as {aside.name}." if aside else ""
        self.problem = f"Your balance history was damaged, so a new one was started.{where}"
        try:
            return self._open_file()
        except (sqlite3.DatabaseError, OSError) as again:
            return self._in_memory(again)

    def _open_file(self) -> sqlite3.Connection:
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
        self.problem = (
            f"Balance history cannot be saved to {self.path}, so it is kept only until the "
            "app quits. Check that the folder is writable and has free space."
        )
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
            self.problem = (
                "Your balance history was written by a newer version of Omise Tray, so new "
                "balances are not added to it. Update Omise Tray to keep recording."
            )
            return
        for number, steps in enumerate(MIGRATIONS[version:], start=version + 1):
            with _transaction(connection):
                for statement in steps:
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {number}")
            log.info("history schema migrated to version %d", number)

    def _move_aside(self) -> Path | None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        copy = 1
        while aside.exists():  # never overwrite an earlier damaged file from the same second
            copy += 1
            aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{copy}")
        try:
            self.path.replace(aside)
        except OSError as exc:
            log.warning("could not move the damaged history aside: %s", exc)
            return None
        # The write-ahead log belongs to the damaged file: keep it beside it, never replay it
        # into the new one. The shared-memory index is rebuilt from it, so it can go.
        for suffix in ("-wal", "-shm"):
            companion = self.path.with_name(self.path.name + suffix)
            with contextlib.suppress(FileNotFoundError):
                if suffix == "-wal":
                    companion.replace(aside.with_name(aside.name + suffix))
                else:
                    companion.unlink()
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
        row = (
            account_id,
            at,
            balance.currency,
            int(balance.livemode),
            balance.total,
            balance.available,
            balance.transferable,
            balance.pending,
            balance.reserve,
            balance.on_hold,
        )
        for attempt in (1, 2):
            try:
                with _transaction(self._connection):
                    self._connection.execute(
                        "INSERT INTO samples (account_id, at, currency, livemode,"
                        f" {_AMOUNTS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        row,
                    )
                break
            except sqlite3.DatabaseError as exc:
                if attempt == 1 and self._recover(exc):
                    continue
                self._note_write_failure(exc)
                return False
        if self._modes is not None:
            self._modes[account_id] = (balance.currency, balance.livemode)
        self.prune(at)
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
                run(_ROLL_UP.format(source=_RAW_SOURCE), {"width": HOUR, "cutoff": raw_cutoff})
                run("DELETE FROM samples WHERE at < ?", (raw_cutoff,))
                run(_ROLL_UP.format(source=_HOURLY_SOURCE), {"width": DAY, "cutoff": hourly_cutoff})
                run("DELETE FROM rollups WHERE resolution = ? AND at < ?", (HOUR, hourly_cutoff))
                run(
                    "INSERT INTO maintenance (task, done_at) VALUES ('retention', ?)"
                    " ON CONFLICT (task) DO UPDATE SET done_at = excluded.done_at",
                    (now,),
                )
        except sqlite3.DatabaseError as exc:
            if not self._recover(exc):
                self._note_write_failure(exc)
            return False
        self._retention_done_at = now
        return True

    def _note_write_failure(self, exc: sqlite3.DatabaseError) -> None:
        log.warning("could not write balance history %s: %s", self.path, exc)
        self.problem = (
            f"The latest balance could not be added to the history. Check that "
            f"{self.path.parent} is writable and the disk has free space."
        )

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
        per_account = [self._buckets(account, since, until, width) for account in accounts]
        if single:
            return list(per_account[0].values())
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

    def _buckets(self, account_id: str, since: int, until: int, width: int) -> dict[int, Point]:
        """The account's rows grouped into buckets of `width` seconds, keyed by bucket number.

        One ordered scan, grouped here: SQLite's GROUP BY needs two passes for this (its
        "bare columns come from the max() row" rule holds only for a sole aggregate), and a
        year is some 17,000 rows per account.
        """
        parameters = {"account": account_id, "since": since, "until": until, "width": width}
        rows = self._connection.execute(
            _BUCKETS + "SELECT bucket, at, total, available, total_low, total_high,"
            " available_low, available_high FROM polls ORDER BY at",
            parameters,
        )
        # Rows come ordered by time, so each bucket is one contiguous run: slice it and let
        # min()/max() work on whole columns instead of branching row by row.
        table = rows.fetchall()
        buckets: dict[int, Point] = {}
        first = 0
        for index in range(1, len(table) + 1):
            if index < len(table) and table[index][0] == table[first][0]:
                continue
            run = table[first:index]
            _bucket, at, total, available = run[-1][:4]
            buckets[run[0][0]] = Point(
                at,
                total,
                available,
                min(r[4] for r in run),
                max(r[5] for r in run),
                min(r[6] for r in run),
                max(r[7] for r in run),
            )
            first = index
        return buckets


def _add_up(per_account: list[dict[int, Point]]) -> list[Point]:
    """Sum accounts bucket by bucket, carrying each account's last point into its gaps."""
    keys = sorted(set().union(*per_account))
    carried: list[Point | None] = [None] * len(per_account)
    points = []
    for key in keys:
        for index, buckets in enumerate(per_account):
            carried[index] = buckets.get(key, carried[index])
        present = [p for p in carried if p is not None]
        points.append(
            Point(
                at=max(p.at for p in present),
                total=sum(p.total for p in present),
                available=sum(p.available for p in present),
                total_low=sum(p.total_low for p in present),
                total_high=sum(p.total_high for p in present),
                available_low=sum(p.available_low for p in present),
                available_high=sum(p.available_high for p in present),
            )
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


class _DamagedFile(sqlite3.DatabaseError):
    """SQLite's integrity check found damage that no query has run into yet."""


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
