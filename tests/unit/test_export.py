"""CSV export: history and daily reports survive a round trip through the csv module."""

from __future__ import annotations

import argparse
import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from omise_tray import cli
from omise_tray.commands import export
from omise_tray.config import Paths
from omise_tray.core.balance import Balance
from omise_tray.core.health import Health
from omise_tray.core.report import DailyReport
from omise_tray.storage import export as csv_export
from omise_tray.storage.history import HistoryRow, HistoryStore, Resolution
from omise_tray.storage.reports import ReportLog
from omise_tray.storage.settings import AccountSettings, Settings, SettingsStore

NOW = 1_750_000_000  # 2025-06-15T15:06:40Z


def history_row(account_id: str, at: int, currency: str, total: int) -> HistoryRow:
    return HistoryRow(
        account_id=account_id,
        resolution=Resolution.POLL,
        at=at,
        currency=currency,
        livemode=True,
        total=total,
        available=total - 1,
        transferable=total - 2,
        pending=1,
        reserve=3,
        on_hold=4,
        total_low=total,
        total_high=total,
        available_low=total - 1,
        available_high=total - 1,
    )


AMOUNT_FIELDS = csv_export._HISTORY_AMOUNTS + csv_export._RANGE_AMOUNTS


def history_from_csv(record: dict[str, str]) -> HistoryRow:
    return HistoryRow(
        account_id=record["account_id"],
        resolution=Resolution[record["resolution"].upper()],
        at=int(datetime.fromisoformat(record["time"].replace("Z", "+00:00")).timestamp()),
        currency=record["currency"],
        livemode=record["livemode"] == "live",
        **{name: int(record[name]) for name in AMOUNT_FIELDS},
    )


def report_from_csv(record: dict[str, str]) -> DailyReport:
    return DailyReport(
        date=date.fromisoformat(record["date"]),
        account_id=record["account_id"],
        account_name=record["account"],
        currency=record["currency"],
        livemode=record["livemode"] == "live",
        total=int(record["total"]),
        available=int(record["available"]),
        pending=int(record["pending"]),
        status=Health(record["status"]),
        recommendations=tuple(record["recommendations"].split("\n"))
        if record["recommendations"]
        else (),
    )


def test_history_rows_round_trip_through_csv() -> None:
    rows = [
        history_row("th", NOW, "THB", 123_456),
        history_row("jp", NOW + 60, "JPY", -7_000),
        HistoryRow(
            "th", Resolution.HOUR, NOW - 40 * 86400, "THB", False, 5, 5, 5, 0, 0, 0, 1, 9, 2, 8
        ),
    ]
    out = io.StringIO()

    assert csv_export.write_history(rows, {"th": 'Bangkok, "main" shop'}, out) == 3

    records = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [history_from_csv(record) for record in records] == rows
    assert list(records[0]) == csv_export.HISTORY_COLUMNS
    assert records[0]["account"] == 'Bangkok, "main" shop'
    assert records[1]["account"] == "jp"  # no longer in the settings: its id stands in


@pytest.mark.parametrize(
    ("currency", "amount", "major"),
    [
        ("THB", 123_456, "1234.56"),
        ("JPY", 12_345, "12345"),
        ("THB", -5, "-0.05"),
        ("KWD", 1, "0.001"),
    ],
)
def test_amounts_come_in_minor_units_and_in_major_units(
    currency: str, amount: int, major: str
) -> None:
    out = io.StringIO()
    csv_export.write_history([history_row("a", NOW, currency, amount)], {}, out)

    [record] = csv.DictReader(io.StringIO(out.getvalue()))

    assert (record["total"], record["total_major"]) == (str(amount), major)


def test_times_are_iso_8601_utc() -> None:
    out = io.StringIO()
    csv_export.write_history([history_row("a", NOW, "THB", 1)], {}, out)
    [record] = csv.DictReader(io.StringIO(out.getvalue()))
    assert record["time"] == "2025-06-15T15:06:40Z"
    assert record["resolution"] == "poll"


def test_reports_round_trip_with_several_recommendations_in_one_cell() -> None:
    reports = [
        DailyReport(
            date(2025, 6, 15),
            "th",
            "Bangkok shop",
            "THB",
            False,
            10_000_00,
            6_500_00,
            3_500_00,
            Health.HEALTHY,
            (
                "Available balance fell 35% since yesterday, from ฿10,000.00 to ฿6,500.00.",
                'A sentence with "quotes", commas; and more.',
            ),
        ),
        DailyReport(
            date(2025, 6, 15), "jp", "Tokyo", "JPY", True, 900, 900, 0, Health.CRITICAL, ()
        ),
    ]
    out = io.StringIO()

    assert csv_export.write_reports(reports, out) == 2

    records = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [report_from_csv(record) for record in records] == reports
    assert list(records[0]) == csv_export.REPORT_COLUMNS
    assert records[0]["available_major"] == "6500.00"
    assert records[1]["total_major"] == "900"


# -- the command -------------------------------------------------------------------------


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    folders = Paths(
        config_dir=tmp_path / "config",
        data_dir=tmp_path / "data",
        log_dir=tmp_path / "log",
        cache_dir=tmp_path / "cache",
    )
    settings = Settings().with_account(AccountSettings(id="th", name="Bangkok shop"))
    SettingsStore(folders.settings_file).save(settings.with_account(AccountSettings("jp", "Tokyo")))
    with HistoryStore(folders.history_db) as store:
        store.record("th", Balance("THB", False, 1_000_00, 900_00, 900_00), NOW - 3 * 86400)
        store.record("th", Balance("THB", False, 2_000_00, 1_900_00, 1_900_00), NOW)
        store.record("jp", Balance("JPY", True, 5_000, 5_000, 5_000), NOW)
    return folders


def parse(*words: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="omise-tray")
    export.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(["export", *words])


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_writes_every_accounts_history(
    paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "history.csv"

    assert export.run(parse("--csv", str(target)), paths) == 0

    records = read_csv(target)
    assert [(r["account"], r["total_major"]) for r in records] == [
        ("Tokyo", "5000"),
        ("Bangkok shop", "1000.00"),
        ("Bangkok shop", "2000.00"),
    ]
    assert capsys.readouterr().out == f"Wrote 3 history rows to {target}.\n"


def test_export_of_one_account_from_a_day_on(paths: Paths, tmp_path: Path) -> None:
    target = tmp_path / "history.csv"
    day = datetime.fromtimestamp(NOW - 86400, UTC).date()

    code = export.run(
        parse("--csv", str(target), "--account", "bangkok SHOP", "--since", str(day)), paths
    )

    assert code == 0
    records = read_csv(target)
    assert [(r["account"], r["time"]) for r in records] == [
        ("Bangkok shop", "2025-06-15T15:06:40Z")
    ]


def test_export_names_the_accounts_when_one_is_unknown(
    paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = export.run(parse("--csv", str(tmp_path / "x.csv"), "--account", "Paris"), paths)

    assert code == 2
    assert capsys.readouterr().err == (
        "omise-tray: no account is named 'Paris' (accounts: Bangkok shop, Tokyo)\n"
    )
    assert not (tmp_path / "x.csv").exists()


def test_export_of_reports_to_stdout(paths: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    ReportLog(paths.reports_file).append(
        DailyReport(date(2025, 6, 15), "jp", "Tokyo", "JPY", True, 900, 900, 0, Health.CRITICAL, ())
    )

    assert export.run(parse("--csv", "-", "--reports"), paths) == 0

    records = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["date"], r["account"], r["status"]) for r in records] == [
        ("2025-06-15", "Tokyo", "critical")
    ]


def test_export_of_reports_leaves_out_a_damaged_line_and_says_which(
    paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reports = ReportLog(paths.reports_file)
    reports.append(
        DailyReport(date(2025, 6, 14), "jp", "Tokyo", "JPY", True, 900, 900, 0, Health.LOW, ())
    )
    with open(paths.reports_file, "ab") as handle:  # cut inside "ร" (three bytes in UTF-8)
        handle.write('{"date": "2025-06-15", "account": "ร'.encode()[:-1] + b"\n")
    reports.append(
        DailyReport(date(2025, 6, 15), "jp", "Tokyo", "JPY", True, 800, 800, 0, Health.LOW, ())
    )
    target = tmp_path / "reports.csv"

    assert export.run(parse("--csv", str(target), "--reports"), paths) == 0

    records = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [(r["date"], r["total"]) for r in records] == [
        ("2025-06-14", "900"),
        ("2025-06-15", "800"),
    ]
    assert capsys.readouterr().err == (
        f"omise-tray: line 2 of {paths.reports_file} could not be read and is left out of the "
        "export.\n"
    )


def test_export_without_history_writes_just_the_header(tmp_path: Path) -> None:
    empty = Paths(tmp_path / "c", tmp_path / "d", tmp_path / "l", tmp_path / "k")
    target = tmp_path / "history.csv"

    assert export.run(parse("--csv", str(target)), empty) == 0

    assert target.read_text(encoding="utf-8").splitlines() == [",".join(csv_export.HISTORY_COLUMNS)]
    assert not empty.history_db.exists()


def test_an_unwritable_target_is_a_readable_error(
    paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no-such-folder" / "history.csv"

    assert export.run(parse("--csv", str(target)), paths) == 1

    assert capsys.readouterr().err == (
        f"omise-tray: cannot write {target}: No such file or directory\n"
    )


def test_a_date_that_is_not_a_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_request:
        parse("--csv", "x.csv", "--since", "last tuesday")
    assert exit_request.value.code == 2
    assert "'last tuesday' is not a date like 2025-06-01" in capsys.readouterr().err


def test_the_command_line_runs_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / variable.lower()))
    paths = Paths.for_user()
    SettingsStore(paths.settings_file).save(Settings().with_account(AccountSettings("jp", "Tokyo")))
    with HistoryStore(paths.history_db) as store:
        store.record("jp", Balance("JPY", True, 5_000, 4_000, 4_000), NOW)
    target = tmp_path / "out.csv"

    assert cli.main(["export", "--csv", str(target), "--account", "Tokyo"]) == 0

    [record] = read_csv(target)
    assert (record["account"], record["available"], record["available_major"]) == (
        "Tokyo",
        "4000",
        "4000",
    )
    assert capsys.readouterr().out == f"Wrote 1 history row to {target}.\n"
