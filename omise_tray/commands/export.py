"""The `export` command: balance history or daily reports as CSV for a spreadsheet."""

from __future__ import annotations

import argparse
import contextlib
import csv
import logging
import sys
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, date, datetime, time
from typing import TextIO

from omise_tray.commands.common import report_error
from omise_tray.config import Paths
from omise_tray.core.money import format_amount
from omise_tray.core.report import DailyReport
from omise_tray.storage.history import HistoryRow, HistoryStore
from omise_tray.storage.reports import ReportLog
from omise_tray.storage.settings import SettingsStore

log = logging.getLogger(__name__)

_HISTORY_AMOUNTS = ("total", "available", "transferable", "pending", "reserve", "on_hold")
_RANGE_AMOUNTS = ("total_low", "total_high", "available_low", "available_high")
_REPORT_AMOUNTS = ("total", "available", "pending")


def _with_major(names: Iterable[str]) -> list[str]:
    return [column for name in names for column in (name, f"{name}_major")]


HISTORY_COLUMNS = [
    "account",
    "account_id",
    "resolution",
    "time",
    "currency",
    "livemode",
    *_with_major(_HISTORY_AMOUNTS),
    *_RANGE_AMOUNTS,
]
REPORT_COLUMNS = [
    "date",
    "account",
    "account_id",
    "currency",
    "livemode",
    *_with_major(_REPORT_AMOUNTS),
    "status",
    "recommendations",
]


def _major(amount: int, currency: str) -> str:
    # No thousands separators: spreadsheets read "1234.56" as a number, "1,234.56" as text.
    return format_amount(amount, currency, grouping=False)


def iso_time(at: int) -> str:
    return datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_history(rows: Iterable[HistoryRow], names: Mapping[str, str], out: TextIO) -> int:
    """Write history rows with a header; amounts in minor units and in major units. Row count."""
    writer = csv.DictWriter(out, HISTORY_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        record: dict[str, object] = {
            "account": names.get(row.account_id, row.account_id),
            "account_id": row.account_id,
            "resolution": row.resolution.label,
            "time": iso_time(row.at),
            "currency": row.currency,
            "livemode": "live" if row.livemode else "test",
        }
        for name in _HISTORY_AMOUNTS:
            amount = getattr(row, name)
            record[name], record[f"{name}_major"] = amount, _major(amount, row.currency)
        for name in _RANGE_AMOUNTS:
            record[name] = getattr(row, name)
        writer.writerow(record)
        count += 1
    return count


def write_reports(reports: Iterable[DailyReport], out: TextIO) -> int:
    """Write daily reports with a header; recommendations one per line in their cell."""
    writer = csv.DictWriter(out, REPORT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for report in reports:
        record: dict[str, object] = {
            "date": report.date.isoformat(),
            "account": report.account_name,
            "account_id": report.account_id,
            "currency": report.currency,
            "livemode": "live" if report.livemode else "test",
            "status": report.status.value,
            "recommendations": "\n".join(report.recommendations),
        }
        for name in _REPORT_AMOUNTS:
            amount = getattr(report, name)
            record[name], record[f"{name}_major"] = amount, _major(amount, report.currency)
        writer.writerow(record)
        count += 1
    return count


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-06-01") from None


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `export` sub-command to the command line."""
    parser = subparsers.add_parser(
        "export",
        help="write balance history or daily reports to a CSV file",
        description=(
            "Write the recorded balance history (one row per poll, or per hour or day for "
            "older history) or the daily reports as CSV, amounts both in the smallest unit "
            "and in the currency's usual units."
        ),
    )
    parser.add_argument(
        "--csv", required=True, metavar="PATH", help="the CSV file to write ('-' for stdout)"
    )
    parser.add_argument("--account", metavar="NAME", help="only this account (default: all)")
    parser.add_argument(
        "--since",
        type=_day,
        metavar="DATE",
        help="only from this day on (YYYY-MM-DD, from local midnight)",
    )
    parser.add_argument(
        "--reports", action="store_true", help="export the daily reports instead of the history"
    )
    parser.set_defaults(func=run)


@contextlib.contextmanager
def _output(target: str) -> Iterator[TextIO]:
    if target == "-":
        yield sys.stdout
        return
    # newline="" lets the csv module write line breaks inside a quoted cell unchanged.
    with open(target, "w", encoding="utf-8", newline="") as handle:
        yield handle


def run(args: argparse.Namespace, paths: Paths | None = None) -> int:
    """Write the CSV; 0 when written, 2 for an unknown account, 1 when the file can't be written."""
    paths = paths or Paths.for_user()
    loaded = SettingsStore(paths.settings_file).load()
    if loaded.problem:
        report_error(loaded.problem)
    settings = loaded.settings
    names = {account.id: account.name for account in settings.accounts}
    account_id: str | None = None
    if args.account:
        account = settings.account_named(args.account)
        if account is None:
            known = ", ".join(sorted(names.values())) or "none yet"
            report_error(f"no account is named {args.account!r} (accounts: {known})")
            return 2
        account_id = account.id
    try:
        with _output(args.csv) as out:
            if args.reports:
                reports = ReportLog(paths.reports_file).read(account_id, since=args.since)
                count = write_reports(reports, out)
            else:
                count = write_history(_history(paths, account_id, args.since), names, out)
    except OSError as exc:
        log.warning("export to %s failed: %s", args.csv, exc)
        report_error(f"cannot write {args.csv}: {exc.strerror or exc}")
        return 1
    if args.csv != "-":
        what = "daily report" if args.reports else "history row"
        print(f"Wrote {count:,} {what}{'' if count == 1 else 's'} to {args.csv}.")
    return 0


def _history(paths: Paths, account_id: str | None, since: date | None) -> list[HistoryRow]:
    if not paths.history_db.exists():
        return []
    start = int(datetime.combine(since, time()).timestamp()) if since else None
    with HistoryStore(paths.history_db) as store:
        if store.problem:
            report_error(store.problem)
        return store.rows(account_id, since=start)
