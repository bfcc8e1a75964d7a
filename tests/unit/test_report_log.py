"""The daily report file: one line per account and day, readable after a crash."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from omise_tray.core.balance import Balance
from omise_tray.core.health import Health, default_thresholds
from omise_tray.core.report import DailyReport
from omise_tray.storage.reports import ReportLog

TODAY = date(2025, 6, 15)


def thb(available: int) -> Balance:
    return Balance("THB", False, available, available, available)


def sample(account_id: str = "acct", day: date = TODAY, available: int = 100_00) -> DailyReport:
    return DailyReport(
        date=day,
        account_id=account_id,
        account_name="Bangkok shop",
        currency="THB",
        livemode=False,
        total=available + 50_00,
        available=available,
        pending=50_00,
        status=Health.CRITICAL,
        recommendations=("Consider adding funds: ฿100.00 is available.",),
    )


def test_a_report_reads_back_as_it_was_written(tmp_path: Path) -> None:
    log = ReportLog(tmp_path / "daily-reports.jsonl")

    assert log.append(sample())

    assert ReportLog(log.path).read() == [sample()]


def test_the_file_is_one_json_object_per_line(tmp_path: Path) -> None:
    log = ReportLog(tmp_path / "daily-reports.jsonl")
    log.append(sample("a"))
    log.append(sample("b"))

    lines = log.path.read_text(encoding="utf-8").splitlines()

    assert [json.loads(line)["account_id"] for line in lines] == ["a", "b"]
    assert json.loads(lines[0])["status"] == "critical"


def test_an_account_gets_one_report_a_day_even_after_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "daily-reports.jsonl"
    assert ReportLog(path).append(sample())

    again = ReportLog(path)
    assert not again.append(sample(available=1))
    assert again.append(sample("other-account"))
    assert again.append(sample(day=date(2025, 6, 16)))

    assert len(ReportLog(path).read()) == 3


def test_a_line_cut_short_by_a_crash_is_skipped_and_not_glued_to_the_next(
    tmp_path: Path,
) -> None:
    log = ReportLog(tmp_path / "daily-reports.jsonl")
    log.append(sample("a"))
    with open(log.path, "a", encoding="utf-8") as handle:
        handle.write('{"date": "2025-06-15", "account_id": "b", "tot')

    assert ReportLog(log.path).append(sample("c"))

    assert [r.account_id for r in ReportLog(log.path).read()] == ["a", "c"]


def test_reading_filters_by_account_and_first_day(tmp_path: Path) -> None:
    log = ReportLog(tmp_path / "daily-reports.jsonl")
    for day in (13, 14, 15):
        log.append(sample("a", date(2025, 6, day)))
        log.append(sample("b", date(2025, 6, day)))

    found = log.read("a", since=date(2025, 6, 14))

    assert [(r.account_id, r.date.day) for r in found] == [("a", 14), ("a", 15)]


def test_a_missing_file_has_no_reports(tmp_path: Path) -> None:
    assert ReportLog(tmp_path / "nothing-here.jsonl").read() == []


def test_filing_a_day_compares_with_the_previous_report(tmp_path: Path) -> None:
    log = ReportLog(tmp_path / "daily-reports.jsonl")
    thresholds = default_thresholds("THB")
    first = log.file_day(
        account_id="acct",
        account_name="Bangkok shop",
        balance=thb(10_000_00),
        thresholds=thresholds,
        day=date(2025, 6, 14),
    )
    assert first is not None and first.recommendations == ()

    second = log.file_day(
        account_id="acct",
        account_name="Bangkok shop",
        balance=thb(6_000_00),
        thresholds=thresholds,
        day=TODAY,
    )

    assert second is not None
    assert second.recommendations == (
        "Available balance fell 40% since yesterday, from ฿10,000.00 to ฿6,000.00.",
    )
    assert log.read() == [first, second]


def test_filing_the_same_day_twice_keeps_the_first_report(tmp_path: Path) -> None:
    log = ReportLog(tmp_path / "daily-reports.jsonl")

    def file_today(available: int) -> DailyReport | None:
        return log.file_day(
            account_id="acct",
            account_name="Shop",
            balance=thb(available),
            thresholds=default_thresholds("THB"),
            day=TODAY,
        )

    assert file_today(1_000_00) is not None
    assert file_today(2_000_00) is None
    assert [r.available for r in log.read()] == [1_000_00]


def test_a_report_made_again_on_demand_supersedes_the_days_first(tmp_path: Path) -> None:
    log = ReportLog(tmp_path / "daily-reports.jsonl")

    def file_today(available: int, *, replace: bool) -> DailyReport | None:
        return log.file_day(
            account_id="acct",
            account_name="Shop",
            balance=thb(available),
            thresholds=default_thresholds("THB"),
            day=TODAY,
            replace=replace,
        )

    assert file_today(1_000_00, replace=False) is not None
    assert log.append(sample("other"))
    again = file_today(2_500_00, replace=True)

    assert again is not None and again.available == 2_500_00
    # The file keeps both lines; reading gives one report a day, the last one filed.
    assert len(log.path.read_text().splitlines()) == 3
    assert [(r.account_id, r.available) for r in ReportLog(log.path).read()] == [
        ("other", sample("other").available),
        ("acct", 2_500_00),
    ]
    # The first poll after the update does not file a third one.
    assert file_today(3_000_00, replace=False) is None
