"""Every poll goes into the history; the day's report is filed once, and again on demand."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from omise_tray.app.history_recorder import HistoryRecorder
from omise_tray.storage.history import HistoryStore
from omise_tray.storage.reports import ReportLog
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
