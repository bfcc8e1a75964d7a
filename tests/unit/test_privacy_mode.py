"""Privacy mode everywhere: the window, its cards, the tray, notifications, history and the
accessible names show "•••" for every amount at once, and every amount comes back at once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from omise_tray.app.history_windows import HistoryServices
from omise_tray.app.state import AppState
from omise_tray.config import ApiEndpoint
from omise_tray.core.alerts import Alert, AlertKind, Severity
from omise_tray.core.health import Health
from omise_tray.core.portfolio import CurrencyMode
from omise_tray.core.privacy import HIDDEN_AMOUNT
from omise_tray.core.report import DailyReport
from omise_tray.storage.history import HistoryStore
from omise_tray.storage.reports import ReportLog
from omise_tray.storage.settings import Settings, SettingsStore
from omise_tray.system.notifications import DesktopNotifier
from omise_tray.ui.balance_card import BalanceCard
from omise_tray.ui.history_window import HistoryWindow
from omise_tray.ui.main_window import MainWindow
from omise_tray.ui.settings_dialog import SettingsDialog
from omise_tray.ui.tray import TrayController
from tests.conftest import TEST_KEY
from tests.support.sample_state import NOW, account, balance, fixed_clock, snapshot, state_of
from tests.support.widgets import all_text

BANGKOK = account("Bangkok shop", "THB")
CHIANG_MAI = account("Chiang Mai", "THB")
OSAKA = account("Osaka ramen", "JPY", livemode=True)
# Every amount the sample state can show: both shops' figures, their sum, the yen shop's.
AMOUNTS = (
    "฿12,000.00",  # Bangkok available
    "฿15,000.00",  # Bangkok total
    "฿800.00",  # Chiang Mai
    "฿12,800.00",  # the THB card's available
    "฿15,800.00",  # the THB card's total
    "฿3,000.00",  # the THB card's pending
    "¥4,200",  # Osaka available
    "¥9,000",  # Osaka total
)
NOW_TS = int(NOW.timestamp())


def shops() -> AppState:
    state = state_of(BANGKOK, CHIANG_MAI, OSAKA)
    state.apply_snapshot(snapshot(BANGKOK, total=1_500_000, available=1_200_000))
    state.apply_snapshot(snapshot(CHIANG_MAI, total=80_000))
    state.apply_snapshot(snapshot(OSAKA, total=9_000, available=4_200))
    return state


def amounts_in(text: str) -> set[str]:
    return {amount for amount in AMOUNTS if amount in text}


@pytest.fixture
def tray_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))


def window_for(qtbot: QtBot, state: AppState) -> MainWindow:
    window = MainWindow(state, clock=fixed_clock)
    qtbot.addWidget(window)
    return window


def test_the_window_hides_every_amount_and_brings_them_back_at_once(qtbot: QtBot) -> None:
    state = shops()
    window = window_for(qtbot, state)
    # Everything but Bangkok's own total, which no card shows.
    assert amounts_in(all_text(window)) == set(AMOUNTS) - {"฿15,000.00"}

    state.set_amounts_hidden(True)
    hidden = all_text(window)
    assert amounts_in(hidden) == set()
    thb = window.cards()[CurrencyMode("THB", False)]
    assert isinstance(thb, BalanceCard)
    assert thb.figure.text() == HIDDEN_AMOUNT
    assert thb.detail_values["total"].text() == HIDDEN_AMOUNT

    state.set_amounts_hidden(False)
    assert thb.figure.text() == "฿12,800.00"
    assert "฿15,800.00" in all_text(window)


def test_health_words_and_colours_stay_while_amounts_are_hidden(qtbot: QtBot) -> None:
    state = shops()
    window = window_for(qtbot, state)
    card = window.cards()[CurrencyMode("JPY", True)]
    assert isinstance(card, BalanceCard)
    word, colour = card.health_label.text(), card.health.dot.colour
    state.set_amounts_hidden(True)
    assert card.health_label.text() == word
    assert card.health.dot.colour == colour
    sentence = f"Osaka ramen · JPY · live balance: {HIDDEN_AMOUNT} available to pay out, {word}"
    assert card.accessibleName() == sentence


def test_a_card_made_while_hidden_starts_hidden(qtbot: QtBot) -> None:
    state = state_of(BANGKOK, OSAKA)
    state.set_amounts_hidden(True)
    window = window_for(qtbot, state)
    state.apply_snapshot(snapshot(OSAKA, total=9_000, available=4_200))
    assert amounts_in(all_text(window)) == set()


def test_the_header_button_and_shortcut_ask_for_privacy_mode(qtbot: QtBot) -> None:
    state = shops()
    window = window_for(qtbot, state)
    assert window.privacy_button.text() == "&Hide amounts"
    with qtbot.waitSignal(window.amounts_hidden_requested) as asked:
        window.privacy_button.click()
    assert asked.args == [True]
    state.set_amounts_hidden(True)
    assert window.privacy_button.text() == "S&how amounts"  # the way back, in plain words
    with qtbot.waitSignal(window.amounts_hidden_requested) as asked:
        window.privacy_button.click()
    assert asked.args == [False]
    with qtbot.waitSignal(window.amounts_hidden_requested) as asked:
        window.privacy_action.trigger()
    assert asked.args == [False]
    assert [s.toString() for s in window.privacy_action.shortcuts()] == ["Ctrl+Shift+H"]


def test_the_tray_tooltip_and_menu_hide_every_amount(qtbot: QtBot, tray_host: None) -> None:
    state = shops()
    tray = TrayController(state, lambda: None, clock=fixed_clock)

    def shown() -> str:
        lines = [action.text() for action in tray.menu.actions()]
        return "\n".join([tray.icon.toolTip(), *lines])

    assert amounts_in(shown()) == {"฿12,800.00", "¥4,200"}
    state.set_amounts_hidden(True)
    assert amounts_in(shown()) == set()
    assert f"THB (test): {HIDDEN_AMOUNT} available — Low" in tray.icon.toolTip()
    assert tray.privacy_action.isChecked()
    state.set_amounts_hidden(False)
    assert amounts_in(shown()) == {"฿12,800.00", "¥4,200"}


def test_the_tray_entry_asks_for_privacy_mode(qtbot: QtBot, tray_host: None) -> None:
    tray = TrayController(shops(), lambda: None, clock=fixed_clock)
    assert tray.privacy_action.isCheckable()
    with qtbot.waitSignal(tray.amounts_hidden_requested) as asked:
        tray.privacy_action.trigger()
    assert asked.args == [True]


def test_notifications_shown_while_hidden_carry_no_amount(qapp: object) -> None:
    balloons: list[tuple[str, str]] = []
    notifier = DesktopNotifier(lambda title, body: balloons.append((title, body)))
    hidden = False
    notifier.amounts_hidden = lambda: hidden
    alert = Alert(
        "bangkok-shop",
        AlertKind.LOW,
        Severity.WARNING,
        "Bangkok shop: THB low — ฿900.00",
        "fell 85% to ฿900.00, below ฿1,000.00",
    )
    notifier.notify(alert, CurrencyMode("THB", False))
    hidden = True
    notifier.notify(alert, CurrencyMode("THB", False))
    assert balloons == [
        ("Bangkok shop: THB low — ฿900.00", "fell 85% to ฿900.00, below ฿1,000.00"),
        (f"Bangkok shop: THB low — {HIDDEN_AMOUNT}", f"fell 85% to {HIDDEN_AMOUNT}, below •••"),
    ]


def test_the_settings_switch_shows_and_saves_privacy_mode(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(hide_amounts=True))
    qtbot.addWidget(dialog)
    assert dialog.privacy_box.isChecked()
    dialog.privacy_box.setChecked(False)
    assert dialog.edited_settings().hide_amounts is False
    dialog.privacy_box.setChecked(True)
    assert dialog.edited_settings().hide_amounts is True


def test_privacy_mode_is_kept_in_the_settings_file(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(hide_amounts=True))
    assert json.loads(store.path.read_text())["hide_amounts"] is True
    assert store.load().settings.hide_amounts is True


# -- the history window ------------------------------------------------------------------


@pytest.fixture
def services(tmp_path: Path) -> Iterator[HistoryServices]:
    history = HistoryStore(tmp_path / "history.sqlite3")
    for hours_ago, amount in ((20, 1_000_000), (10, 1_100_000), (1, 1_200_000)):
        history.record(
            BANGKOK.id,
            balance("THB", total=amount + 300_000, available=amount),
            NOW_TS - hours_ago * 3600,
        )
    reports = ReportLog(tmp_path / "reports.jsonl")
    reports.append(
        DailyReport(
            date=date(2024, 5, 13),
            account_id=BANGKOK.id,
            account_name=BANGKOK.name,
            currency="THB",
            livemode=False,
            total=1_500_000,
            available=1_200_000,
            pending=300_000,
            status=Health.HEALTHY,
            recommendations=("Keep ฿5,000.00 aside for refunds.",),
        )
    )
    yield HistoryServices(
        history=history,
        reports=reports,
        endpoint=lambda: ApiEndpoint("http://127.0.0.1:9"),
        key_for=lambda _account_id: TEST_KEY,
        settings=lambda: Settings(accounts=(BANGKOK, CHIANG_MAI, OSAKA)),
        make_report=lambda _ids: 0,
        clock=lambda: float(NOW_TS),
        zone=UTC,
        export_folder=tmp_path,
    )
    history.close()


def history_text(window: HistoryWindow) -> str:
    chart = window.history_view.chart
    ticks = [tick.label for tick in chart.value_ticks()]
    dialog: list[QWidget] = [window.payout_dialog] if window.payout_dialog else []
    return "\n".join(
        [all_text(window), *ticks, chart.readout() or "", *(all_text(d) for d in dialog)]
    )


def test_the_history_window_hides_every_amount_at_once(
    qtbot: QtBot, services: HistoryServices
) -> None:
    state = shops()
    window = HistoryWindow(CurrencyMode("THB", False), state, services)
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    chart = window.history_view.chart
    chart.hover_at(chart.x_of(NOW_TS - 3600))
    window.open_payout_check()
    shown = history_text(window)
    assert "฿12,000.00" in shown  # the read-out and the report
    assert "฿5,000.00" in shown  # the report's advice
    assert any(tick.label.startswith("฿") for tick in chart.value_ticks())
    dialog = window.payout_dialog
    assert dialog is not None
    assert "฿12,000.00 transferable" in dialog.usable_label.text()

    state.set_amounts_hidden(True)
    hidden = history_text(window)
    assert "฿" not in hidden
    assert {tick.label for tick in chart.value_ticks()} == {HIDDEN_AMOUNT}
    assert f"Available {HIDDEN_AMOUNT}" in (chart.readout() or "")
    assert dialog.usable_label.text() == f"{HIDDEN_AMOUNT} transferable"
    assert "Keep ••• aside for refunds." in window.reports_browser.toPlainText()

    state.set_amounts_hidden(False)
    assert "฿12,000.00" in history_text(window)


def test_the_payout_check_answer_hides_its_amounts(qtbot: QtBot, services: HistoryServices) -> None:
    state = shops()
    state.set_amounts_hidden(True)
    window = HistoryWindow(CurrencyMode("THB", False), state, services)
    qtbot.addWidget(window)
    dialog = window.open_payout_check()
    dialog.amount_field.setText("20,000")
    assert dialog.answer() != ""
    assert "฿" not in dialog.answer()
    assert dialog.amount_field.text() == "20,000"  # what the merchant typed stays theirs


def test_the_chart_read_out_follows_the_mouse_with_amounts_hidden(
    qtbot: QtBot, services: HistoryServices
) -> None:
    state = shops()
    state.set_amounts_hidden(True)
    window = HistoryWindow(CurrencyMode("THB", False), state, services)
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    chart = window.history_view.chart
    chart.hover_at(QPointF(chart.x_of(NOW_TS - 10 * 3600), 10).x())
    assert chart.readout() is not None
    assert "฿" not in (chart.readout() or "")


def test_a_low_cards_threshold_line_hides_its_amount(qtbot: QtBot) -> None:
    state = state_of(CHIANG_MAI)
    state.apply_snapshot(snapshot(CHIANG_MAI, total=80_000))
    window = window_for(qtbot, state)
    card = window.cards()[CurrencyMode("THB", False)]
    assert isinstance(card, BalanceCard)
    shown = card.threshold_line.text()
    assert "฿" in shown

    state.set_amounts_hidden(True)
    assert card.threshold_line.text() == shown.replace(shown[shown.index("฿") :], HIDDEN_AMOUNT)
