"""The `export` command: balance history or daily reports as CSV for a spreadsheet."""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Iterator
from datetime import date, datetime, time
from typing import TextIO

from omise_tray.commands.common import report_error, report_settings, settings_store
from omise_tray.config import Paths
from omise_tray.storage.export import write_history, write_reports
from omise_tray.storage.history import HistoryRow, HistoryStore
from omise_tray.storage.permissions import private_opener
from omise_tray.storage.reports import ReportLog

log = logging.getLogger(__name__)


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
    # newline="" lets the csv module write line breaks inside a quoted cell unchanged; a new
    # file is made private, as it holds the business's balances.
    with open(target, "w", encoding="utf-8", newline="", opener=private_opener) as handle:
        yield handle


def run(args: argparse.Namespace, paths: Paths | None = None) -> int:
    """Write the CSV; 0 when written, 2 for an unknown account, 1 when the file can't be written."""
    paths = paths or Paths.for_user()
    loaded = settings_store(paths).load()
    report_settings(loaded)
    settings = loaded.settings
    names = {account.id: account.name for account in settings.all_accounts}
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
                report_log = ReportLog(paths.reports_file)
                reports = report_log.read(account_id, since=args.since)
                _mention_damage(report_log)
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


def _mention_damage(report_log: ReportLog) -> None:
    """Say which lines of the reports file could not be read (they are left out)."""
    damaged = report_log.damaged_lines
    if damaged:
        which = ", ".join(str(number) for number in damaged[:10])
        more = f" and {len(damaged) - 10} more" if len(damaged) > 10 else ""
        lines, verb = ("line", "is") if len(damaged) == 1 else ("lines", "are")
        report_error(
            f"{lines} {which}{more} of {report_log.path} could not be read and {verb} left "
            "out of the export."
        )


def _history(paths: Paths, account_id: str | None, since: date | None) -> list[HistoryRow]:
    if not paths.history_db.exists():
        return []
    start = int(datetime.combine(since, time()).timestamp()) if since else None
    with HistoryStore(paths.history_db) as store:
        if store.problem:
            report_error(store.problem)
        return store.rows(account_id, since=start)
