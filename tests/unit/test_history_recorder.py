"""Every poll goes into the history; the day's report is filed once, and again on demand."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from omise_tray.app.history_recorder import HistoryRecorder
from omise_tray.storage.history import HistoryStore
from omise_tray.storage.reports import ReportLog
from tests.support.read_only import read_only
from tests.support.sample_state import account, snapshot, state_of

SHOP = account("Bangkok shop")
OTHER = account("Tokyo store", "JPY")


def test_polls_are_recorded_and_the_days_report_is_filed_once_then_again_on_demand(
    tmp_path: Path, qtbot: QtBot
) -> None:
    state = state_of(SHOP, OTHER)
    with HistoryStore(tmp_path / "history.sqlite3") as history:
        reports = ReportLog(tmp_path / "daily-reports.jsonl")
        recorder = HistoryRecorder(state, history, reports)

        with qtbot.waitSignal(recorder.recorded) as grew:
            state.apply_snapshot(snapshot(SHOP, minutes_ago=30, total=1_000_00))
        assert grew.args == [SHOP.id]
        state.apply_snapshot(snapshot(SHOP, minutes_ago=5, total=4_000_00))

        assert [row.total for row in history.rows(SHOP.id)] == [1_000_00, 4_000_00]
        assert [r.total for r in reports.read(SHOP.id)] == [1_000_00]  # the day's first poll

        # On demand: remade from the latest balance; OTHER has no balance, so nothing for it.
        assert recorder.report_now((SHOP.id, OTHER.id)) == 1
        assert [r.total for r in reports.read(SHOP.id)] == [4_000_00]
        assert reports.read(OTHER.id) == []
        assert [r.total for r in ReportLog(reports.path).read()] == [4_000_00]  # after a restart


def test_a_full_disk_is_told_once_and_the_polls_written_when_there_is_room(
    tmp_path: Path, qtbot: QtBot
) -> None:
    state = state_of(SHOP)
    with HistoryStore(tmp_path / "history.sqlite3") as history:
        recorder = HistoryRecorder(state, history, ReportLog(tmp_path / "daily-reports.jsonl"))
        told: list[str] = []
        recorder.problem.connect(told.append)
        pages = history._connection.execute("PRAGMA page_count").fetchone()[0]
        # SQLite's page limit makes its writes fail with SQLITE_FULL, as a full disk does.
        history._connection.execute(f"PRAGMA max_page_count = {pages}")

        for minute in range(300, 0, -1):
            state.apply_snapshot(snapshot(SHOP, minutes_ago=minute, total=minute))

        assert len(told) == 1
        assert told[0].startswith("The latest balances could not be added to the history: the disk")
        history._connection.execute(f"PRAGMA max_page_count = {pages * 1000}")
        state.apply_snapshot(snapshot(SHOP, minutes_ago=0, total=0))
        assert [row.total for row in history.rows(SHOP.id)] == list(range(300, -1, -1))

        history._connection.execute(f"PRAGMA max_page_count = {pages * 1000 + 1}")
        history._connection.execute("PRAGMA query_only = 1")  # failing anew after it worked
        state.apply_snapshot(snapshot(SHOP, minutes_ago=-1, total=1))
        assert len(told) == 2


def test_a_report_that_cannot_be_saved_is_told_once_and_filed_at_a_later_poll(
    tmp_path: Path, qtbot: QtBot
) -> None:
    state = state_of(SHOP)
    data = tmp_path / "data"
    data.mkdir()
    with HistoryStore(tmp_path / "history.sqlite3") as history:
        recorder = HistoryRecorder(state, history, ReportLog(data / "daily-reports.jsonl"))
        told: list[str] = []
        recorder.problem.connect(told.append)

        with read_only(data):
            for minutes_ago in (30, 20, 10):
                state.apply_snapshot(snapshot(SHOP, minutes_ago=minutes_ago, total=1_000_00))
        [sentence] = told
        assert sentence.startswith("Today's report could not be saved (")
        assert sentence.endswith(
            f"); it is tried again at the next check. Check that {data} can be written and the "
            "disk has free space."
        )

        state.apply_snapshot(snapshot(SHOP, minutes_ago=5, total=2_000_00))  # writable again
        assert [r.total for r in ReportLog(data / "daily-reports.jsonl").read()] == [2_000_00]
        assert len(told) == 1
