"""The daily report file: one line per account and day, readable after a crash."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest

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


def cut_inside_a_thai_character(log: ReportLog, account_id: str) -> bytes:
    """Append a report for the account cut short in the middle of "ร้าน" (three bytes a
    letter), as a crash or a full disk leaves it; returns the bytes written."""
    whole = json.dumps(
        {"date": "2025-06-14", "account_id": account_id, "account": "ร้านกาแฟ"},
        ensure_ascii=False,
    ).encode("utf-8")
    cut = whole[: whole.index("ร".encode()) + 2]
    with open(log.path, "ab") as handle:
        handle.write(cut)
    return cut


def test_a_line_cut_inside_a_thai_character_is_skipped_and_reports_keep_being_filed(
    tmp_path: Path,
) -> None:
    log = ReportLog(tmp_path / "daily-reports.jsonl")
    log.append(sample("a"))
    cut_inside_a_thai_character(log, "b")

    again = ReportLog(log.path)
    assert [r.account_id for r in again.read()] == ["a"]
    assert again.damaged_lines == (2,)
    assert again.file_day(
        account_id="c",
        account_name="ร้านกาแฟ",
        balance=thb(100_00),
        thresholds=default_thresholds("THB"),
        day=TODAY,
    )

    assert [(r.account_id, r.account_name) for r in ReportLog(log.path).read()] == [
        ("a", "Bangkok shop"),
        ("c", "ร้านกาแฟ"),
    ]


def test_damaged_lines_are_moved_aside_once_with_a_sentence_and_the_rest_kept(
    tmp_path: Path,
) -> None:
    log = ReportLog(tmp_path / "daily-reports.jsonl")
    log.append(sample("a"))
    cut = cut_inside_a_thai_character(log, "b")
    log.append(sample("c"))
    with open(log.path, "ab") as handle:
        handle.write(b'{"date": "not a report"}\n')
    good_lines = [line for line in log.path.read_bytes().split(b"\n") if b'"a"' in line]
    good_lines += [line for line in log.path.read_bytes().split(b"\n") if b'"c"' in line]

    problem = log.set_aside_damaged()

    [aside] = tmp_path.glob("daily-reports.jsonl.corrupt-*")
    assert problem == (
        "2 lines of your daily reports could not be read, so only the others are used. "
        f"The damaged text was kept in {aside.name}."
    )
    assert aside.read_bytes() == cut + b'\n{"date": "not a report"}\n'
    assert log.path.read_bytes() == b"".join(line + b"\n" for line in good_lines)
    assert [r.account_id for r in log.read()] == ["a", "c"]
    assert log.damaged_lines == ()
    assert log.set_aside_damaged() is None  # told once: the file is whole now
    assert not log.append(sample("a"))  # the day's reports are still known as filed


def test_a_whole_file_needs_nothing_set_aside(tmp_path: Path) -> None:
    log = ReportLog(tmp_path / "daily-reports.jsonl")
    assert log.set_aside_damaged() is None  # no file yet
    log.append(sample("a"))
    before = log.path.read_bytes()

    assert log.set_aside_damaged() is None
    assert log.path.read_bytes() == before
    assert list(tmp_path.glob("*.corrupt-*")) == []


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("\x1b[31mRed shop\x1b[0m", "Red shop"),
        ("Shop\x1b]0;owned\x07", "Shop"),
        ("\u202epohs", "pohs"),
        ("Sh\x00op\x07", "Shop"),
        ("x" * 10_000, "x" * 199 + "…"),
    ],
    ids=["colour", "window title", "right-to-left override", "NUL and bell", "10,000 chars"],
)
def test_a_name_read_from_the_file_is_made_safe_to_show(
    tmp_path: Path, name: str, shown: str
) -> None:
    log = ReportLog(tmp_path / "daily-reports.jsonl")
    log.append(dataclasses.replace(sample(), account_name=name))
    [report] = ReportLog(log.path).read()
    assert report.account_name == shown
