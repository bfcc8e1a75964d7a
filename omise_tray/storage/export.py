"""CSV writers for the balance history and the daily reports, shared by the CLI and the window."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import TextIO

from omise_tray.core.money import format_amount
from omise_tray.core.report import DailyReport
from omise_tray.storage.history import HistoryRow

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
