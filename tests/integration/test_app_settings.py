"""Settings edited in the app reach every part: the worker, the thresholds, launch at login."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from omise_tray.app.main import LaunchOptions, TrayApp, _demo_setup
from omise_tray.config import Paths
from omise_tray.core.snooze import SnoozeChoice
from omise_tray.simulator import Simulator, demo_accounts
from omise_tray.storage.settings import SettingsStore
from omise_tray.ui.settings_dialog import SettingsDialog
from tests.support.app import build_app, saved_settings


@pytest.fixture
def app(qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TrayApp]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    with Simulator(demo_accounts(), dynamic=False) as sim:
        tray_app = build_app(sim, tmp_path, interval=300)
        tray_app.start()
        try:
            yield tray_app
        finally:
            tray_app.quit()


def test_launch_at_login_writes_and_removes_the_autostart_entry(
    app: TrayApp, tmp_path: Path, qtbot: QtBot
) -> None:
    entry = tmp_path / "xdg-config" / "autostart" / "omise-tray.desktop"
    app.apply_settings(replace(app.settings, launch_at_login=True))
    assert "--minimized" in entry.read_text()
    qtbot.waitUntil(lambda: saved_settings(app).launch_at_login, timeout=10_000)
    app.apply_settings(replace(app.settings, launch_at_login=False))
    assert not entry.exists()


def test_edited_thresholds_change_the_health_shown(app: TrayApp, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: all(s.snapshot for s in app.state.statuses()), timeout=10_000)
    thb = next(
        s for s in app.state.statuses() if s.snapshot and s.snapshot.balance.currency == "THB"
    )
    available = thb.snapshot.balance.available  # type: ignore[union-attr]
    edited = tuple(
        replace(a, low=available * 10, critical=available // 2) if a.id == thb.account_id else a
        for a in app.settings.accounts
    )
    app.apply_settings(replace(app.settings, accounts=edited))
    status = app.state.status(thb.account_id)
    assert status is not None and status.health is not None
    assert status.health.value == "low"


def test_snooze_from_the_tray_holds_alerts_and_resume_lifts_it(app: TrayApp) -> None:
    account_id = app.settings.accounts[0].id
    app.tray.snooze_menu.aboutToShow.emit()
    account_menu = app.tray.snooze_menu.actions()[0].menu()
    assert isinstance(account_menu, QMenu)
    by_text = {action.text(): action for action in account_menu.actions()}
    assert not by_text["Resume alerts"].isEnabled()

    by_text["For 1 hour"].trigger()
    until = app.services().alerts.snoozed_until(account_id)
    assert until is not None
    assert timedelta(minutes=59) < until - datetime.now(UTC) <= timedelta(hours=1)

    app.snooze(account_id, SnoozeChoice.UNTIL_TOMORROW)
    tomorrow = app.services().alerts.snoozed_until(account_id)
    assert tomorrow is not None
    local = tomorrow.astimezone()
    assert (local.hour, local.minute) == (8, 0)
    assert local.date() == (datetime.now().astimezone() + timedelta(days=1)).date()

    app.tray.snooze_menu.aboutToShow.emit()
    account_menu = app.tray.snooze_menu.actions()[0].menu()
    assert isinstance(account_menu, QMenu)
    resume = next(a for a in account_menu.actions() if a.text() == "Resume alerts")
    assert resume.isEnabled()
    resume.trigger()
    assert app.services().alerts.snoozed_until(account_id) is None


def test_a_changed_api_version_reaches_history_windows_opened_afterwards(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    with Simulator(demo_accounts(), dynamic=False) as sim:
        app = build_app(sim, tmp_path, interval=300)
        app.start()
        try:
            qtbot.waitUntil(lambda: all(s.snapshot for s in app.state.statuses()), timeout=10_000)
            # The money timeline reads transactions in the background too: let it finish.
            qtbot.waitUntil(
                lambda: (
                    all(app.state.outlook(a.id) for a in app.state.accounts)
                    and app.services().account_reads.idle()
                ),
                timeout=10_000,
            )
            assert app.settings.api_version != "2017-11-02"
            app.apply_settings(replace(app.settings, api_version="2017-11-02"))
            key = app.state.groups()[0].key
            before = len(sim.request_log)

            window = app.services().history_windows.open(key)
            window.tabs.setCurrentWidget(window.transactions_view)

            def asked_for_transactions() -> list[str | None]:
                since = sim.request_log[before:]
                return [r.omise_version for r in since if r.path == "/transactions"]

            qtbot.waitUntil(lambda: bool(asked_for_transactions()), timeout=10_000)
            assert set(asked_for_transactions()) == {"2017-11-02"}
        finally:
            app.quit()


def test_the_demo_settings_show_the_interval_the_demo_really_polls_at(
    qapp: object, tmp_path: Path, qtbot: QtBot
) -> None:
    settings, endpoint, make_secrets, simulator = _demo_setup()
    paths = Paths(tmp_path / "config", tmp_path / "data", tmp_path / "log", tmp_path / "cache")
    app = TrayApp(
        QApplication.instance(),  # type: ignore[arg-type]
        options=LaunchOptions(demo=True),
        paths=paths,
        settings_store=SettingsStore(paths.settings_file),
        settings=settings,
        endpoint=endpoint,
        make_secrets=make_secrets,
    )
    try:
        app.start()
        app.open_settings()
        dialog = app.window.findChild(SettingsDialog)
        assert dialog is not None
        assert dialog.interval_spin.text() == "3 s"  # not "1 min": the demo polls every 3 s
        assert app.state.interval.total_seconds() == 3
        dialog.reject()
    finally:
        app.quit()
        simulator.stop()  # type: ignore[attr-defined]
    assert not paths.settings_file.exists()  # the demo never writes the settings
