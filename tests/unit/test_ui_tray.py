"""TrayController: menu contents and order, tooltip, pause text, clicks and a late tray host."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from omise_tray.app.state import AppState
from omise_tray.core.errors import ErrorKind
from omise_tray.core.portfolio import CurrencyMode
from omise_tray.ui.tray import TrayController
from tests.support.sample_state import account, failure, fixed_clock, snapshot, state_of


def shown(text: str) -> str:
    """A menu text as the user reads it: mnemonic markers gone, "&&" a literal "&"."""
    return re.sub(r"&(.)", r"\1", text)


@pytest.fixture
def no_tray_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))


@pytest.fixture
def tray_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))


def two_currencies() -> AppState:
    shop = account("Shop", "THB", livemode=False)
    store = account("Store", "JPY", livemode=True)
    state = state_of(shop, store)
    state.apply_snapshot(snapshot(shop, total=1_234_500))
    state.apply_snapshot(snapshot(store, total=30_000, available=3_800))
    return state


def tray_for(state: AppState, toggles: list[int] | None = None) -> TrayController:
    sink = toggles if toggles is not None else []
    return TrayController(state, lambda: sink.append(1), clock=fixed_clock)


def menu_lines(tray: TrayController) -> list[str]:
    return [
        "---" if action.isSeparator() else shown(action.text())
        for action in tray.menu.actions()
        if action.isVisible()
    ]


def test_menu_lists_each_currency_then_the_actions(qapp: object, tray_host: None) -> None:
    tray = tray_for(two_currencies())
    assert menu_lines(tray) == [
        "JPY · live  ¥3,800 · Low",
        "THB · test  ฿12,345.00 · Healthy",
        "---",
        "Refresh now",
        "Pause polling",
        "Hide amounts",
        "Open Omise Tray",
        "Open Omise Dashboard",
        "Snooze alerts",
        "Settings…",
        "Accounts…",
        "---",
        "Quit",
    ]


def test_dashboard_offers_both_modes_when_both_are_in_use(qtbot: QtBot, tray_host: None) -> None:
    tray = tray_for(two_currencies())
    assert tray.dashboard_menu.menuAction().isVisible()
    assert not tray.dashboard_action.isVisible()
    live, test = tray.dashboard_menu.actions()
    with qtbot.waitSignal(tray.dashboard_requested) as blocker:
        test.trigger()
    assert blocker.args == [False]
    with qtbot.waitSignal(tray.dashboard_requested) as blocker:
        live.trigger()
    assert blocker.args == [True]


def test_dashboard_is_one_entry_for_one_mode(qtbot: QtBot, tray_host: None) -> None:
    shop = account("Shop", "THB", livemode=False)
    state = state_of(shop)
    state.apply_snapshot(snapshot(shop, total=100_000))
    tray = tray_for(state)
    assert not tray.dashboard_menu.menuAction().isVisible()
    with qtbot.waitSignal(tray.dashboard_requested) as blocker:
        tray.dashboard_action.trigger()
    assert blocker.args == [False]


def test_pause_entry_follows_the_state(qtbot: QtBot, tray_host: None) -> None:
    state = two_currencies()
    tray = tray_for(state)
    with qtbot.waitSignal(tray.pause_requested) as blocker:
        tray.pause_action.trigger()
    assert blocker.args == [True]
    state.set_paused(True)
    assert shown(tray.pause_action.text()) == "Resume polling"
    with qtbot.waitSignal(tray.pause_requested) as blocker:
        tray.pause_action.trigger()
    assert blocker.args == [False]


def test_tooltip_lists_every_currency(qapp: object, tray_host: None) -> None:
    state = two_currencies()
    tray = tray_for(state)
    assert tray.icon.toolTip() == (
        "Omise Tray\nJPY (live): ¥3,800 available — Low\nTHB (test): ฿12,345.00 available — Healthy"
    )


def test_failing_account_without_balance_is_in_menu_and_tooltip(
    qapp: object, tray_host: None
) -> None:
    shop = account("Shop & Co")
    state = state_of(shop)
    state.apply_error(failure(shop, ErrorKind.AUTH))
    tray = tray_for(state)
    assert "Shop & Co · Key rejected — update it in Accounts" in menu_lines(tray)
    assert "Shop & Co: Key rejected — update it in Accounts" in tray.icon.toolTip()


def test_a_currency_line_opens_its_card(qtbot: QtBot, tray_host: None) -> None:
    tray = tray_for(two_currencies())
    line = tray.menu.actions()[0]
    with qtbot.waitSignal(tray.card_requested) as blocker:
        line.trigger()
    assert blocker.args == [CurrencyMode("JPY", True)]


@pytest.mark.parametrize(
    ("action", "signal"),
    [
        ("refresh_action", "refresh_requested"),
        ("open_action", "open_requested"),
        ("settings_action", "settings_requested"),
        ("accounts_action", "accounts_requested"),
        ("quit_action", "quit_requested"),
    ],
)
def test_menu_actions_emit_requests(
    qtbot: QtBot, tray_host: None, action: str, signal: str
) -> None:
    tray = tray_for(two_currencies())
    with qtbot.waitSignal(getattr(tray, signal)):
        getattr(tray, action).trigger()


def test_click_toggles_the_window_once_per_double_click(qapp: object, tray_host: None) -> None:
    toggles: list[int] = []
    tray = tray_for(two_currencies(), toggles)
    reasons = QSystemTrayIcon.ActivationReason
    tray.icon.activated.emit(reasons.Trigger)
    assert toggles == [1]
    tray.icon.activated.emit(reasons.DoubleClick)  # the second half of the same double-click
    assert toggles == [1]
    tray.icon.activated.emit(reasons.Context)
    assert toggles == [1]


def test_icon_waits_for_a_tray_host(
    qtbot: QtBot, no_tray_host: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    tray = tray_for(two_currencies())
    watch = tray.findChild(QTimer, "tray-host-watch")
    assert watch is not None and watch.isActive()
    assert not tray.is_visible()
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    watch.timeout.emit()
    assert tray.is_visible()
    assert not watch.isActive()
