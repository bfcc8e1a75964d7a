"""The running app with damaged files and a disk that fills up: each damaged file is kept aside
and told once, the app goes on polling, and history that could not be written is written
once there is room again."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from omise_tray.app.main import TrayApp
from omise_tray.simulator import Simulator, demo_accounts
from tests.support.app import build_app


def messages(app: TrayApp) -> list[str]:
    """The texts of the messages the app has shown over its window."""
    return [box.text() for box in app.window.findChildren(QMessageBox)]


@pytest.fixture
def simulator() -> Iterator[Simulator]:
    with Simulator(demo_accounts(), dynamic=False) as sim:
        yield sim


def test_damaged_files_are_kept_aside_told_once_each_and_the_app_goes_on(
    qapp: object, qtbot: QtBot, tmp_path: Path, simulator: Simulator
) -> None:
    data, cache = tmp_path / "data", tmp_path / "cache"
    data.mkdir()
    cache.mkdir()
    (cache / "last-balances.json").write_bytes(b'{"snapshots": [\xe0\xb8')
    (data / "alert-state.json").write_bytes(b'{"version": 1, "accounts": {')
    (data / "history.sqlite3").write_bytes(b"not a database at all " * 100)
    whole = json.dumps({"date": "2025-06-14", "account": "ร้าน"}, ensure_ascii=False).encode()
    (data / "daily-reports.jsonl").write_bytes(whole[:-6] + b"\n")  # cut inside "น"

    app = build_app(simulator, tmp_path, interval=1)
    app.start()
    try:
        qtbot.waitUntil(lambda: all(s.snapshot for s in app.state.statuses()), timeout=20_000)
        qtbot.waitUntil(lambda: (data / "daily-reports.jsonl").stat().st_size > 100, timeout=10_000)
        shown = messages(app)
    finally:
        app.quit()

    for beginning in (
        "The balances saved when Omise Tray last quit could not be read",
        "What Omise Tray remembered about alerts already shown and snoozed could not be read",
        "Your balance history was damaged, so a new one was started.",
        "A line of your daily reports could not be read, so only the others are used.",
    ):
        assert len([text for text in shown if text.startswith(beginning)]) == 1, shown
    kept = sorted(p.name.split(".corrupt-")[0] for p in tmp_path.rglob("*.corrupt-*"))
    assert kept == [
        "alert-state.json",
        "daily-reports.jsonl",
        "history.sqlite3",
        "last-balances.json",
    ]


def test_a_full_disk_is_told_once_and_the_history_caught_up_when_there_is_room(
    qapp: object, qtbot: QtBot, tmp_path: Path, simulator: Simulator
) -> None:
    app = build_app(simulator, tmp_path, interval=1)
    applied: list[object] = []
    app.state.snapshot_applied.connect(applied.append)
    app.start()
    try:
        qtbot.waitUntil(lambda: all(s.snapshot for s in app.state.statuses()), timeout=20_000)
        history = app.services().history
        connection = history._connection
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        # SQLite's page limit fails its writes with SQLITE_FULL, exactly as a full disk does.
        connection.execute("PRAGMA query_only = 1")
        polled = len(simulator.request_log)
        qtbot.waitUntil(lambda: len(simulator.request_log) >= polled + 9, timeout=20_000)
        full = [text for text in messages(app) if "could not be added to the history" in text]
        assert len(full) == 1, messages(app)
        assert full[0].startswith("The latest balances could not be added to the history: its ")

        connection.execute("PRAGMA query_only = 0")
        connection.execute(f"PRAGMA max_page_count = {pages * 1000}")
        qtbot.waitUntil(lambda: history.write_problem is None, timeout=20_000)
        stored = len(history.rows())
        assert stored == len(applied)  # every poll is in the history, none lost
    finally:
        app.quit()
