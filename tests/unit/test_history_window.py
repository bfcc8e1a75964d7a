"""HistoryWindow: one window per currency card: chart, lists, reports, export, payout check."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from omise_tray.app.activity import ActivityFetcher
from omise_tray.app.history_windows import (
    HistoryServices,
    HistoryWindows,
    Sparklines,
    sparkline_points,
)
from omise_tray.app.state import AppState
from omise_tray.config import ApiEndpoint
from omise_tray.core.health import Health
from omise_tray.core.localized import Language
from omise_tray.core.portfolio import CurrencyMode
from omise_tray.core.report import DailyReport
from omise_tray.storage.export import HISTORY_COLUMNS, REPORT_COLUMNS
from omise_tray.storage.history import HistoryStore
from omise_tray.storage.reports import ReportLog
from omise_tray.storage.settings import Settings
from omise_tray.ui.history_window import HistoryWindow, reports_html
from tests.conftest import TEST_KEY
from tests.support.languages import speaking
from tests.support.sample_state import NOW, account, balance, snapshot, state_of
from tests.support.widgets import all_text

NOW_TS = int(NOW.timestamp())
HOUR = 3600
BANGKOK = account("Bangkok shop", "THB", False)
CHIANG_MAI = account("Chiang Mai", "THB", False)
TOKYO = account("Tokyo store", "JPY", True)
ACCOUNTS = (BANGKOK, CHIANG_MAI, TOKYO)

THB_TEST = CurrencyMode("THB", livemode=False)


def report(who: str, day: date, currency: str = "THB", *advice: str) -> DailyReport:
    return DailyReport(
        date=day,
        account_id=who.lower().replace(" ", "-"),
        account_name=who,
        currency=currency,
        livemode=currency == "JPY",
        total=150_000,
        available=100_000,
        pending=50_000,
        status=Health.MODERATE,
        recommendations=advice,
    )


@dataclass
class ReportMaker:
    """Stands in for the app's report filing: records the call and files a report."""

    log: ReportLog
    added: int = 1
    calls: list[tuple[str, ...]] = field(default_factory=list)

    def __call__(self, account_ids: tuple[str, ...]) -> int:
        self.calls.append(account_ids)
        if self.added:
            self.log.append(report("Chiang Mai", NOW.date(), "THB", "Made just now."))
        return self.added


@pytest.fixture
def state() -> AppState:
    shops = state_of(*ACCOUNTS)
    shops.apply_snapshot(snapshot(BANGKOK, total=1_500_000, available=1_200_000))
    shops.apply_snapshot(snapshot(CHIANG_MAI, total=80_000))
    shops.apply_snapshot(snapshot(TOKYO, total=30_000))
    return shops


@pytest.fixture
def services(tmp_path: Path) -> Iterator[HistoryServices]:
    history = HistoryStore(tmp_path / "history.sqlite3")
    for hours_ago, amount in ((30, 900_000), (20, 1_000_000), (10, 1_100_000), (1, 1_200_000)):
        at = NOW_TS - hours_ago * HOUR
        history.record(BANGKOK.id, balance("THB", total=amount + 300_000, available=amount), at)
        history.record(CHIANG_MAI.id, balance("THB", total=80_000), at)
        history.record(TOKYO.id, balance("JPY", True, total=30_000), at)
    reports = ReportLog(tmp_path / "reports.jsonl")
    reports.append(report("Bangkok shop", date(2024, 5, 12), "THB", "Consider adding funds."))
    reports.append(report("Bangkok shop", date(2024, 5, 13), "THB"))
    reports.append(report("Tokyo store", date(2024, 5, 13), "JPY", "Tokyo advice."))
    yield HistoryServices(
        history=history,
        reports=reports,
        endpoint=lambda: ApiEndpoint("http://127.0.0.1:9"),
        key_for=lambda _account_id: TEST_KEY,
        settings=lambda: Settings(accounts=ACCOUNTS),
        make_report=ReportMaker(reports),
        clock=lambda: float(NOW_TS),
        zone=UTC,
        export_folder=tmp_path,
    )
    history.close()


def open_window(
    qtbot: QtBot,
    state: AppState,
    services: HistoryServices,
    key: CurrencyMode = THB_TEST,
) -> HistoryWindow:
    window = HistoryWindow(key, state, services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Answer the next save dialogs with `path`; returns the suggested names it was offered."""
    offered: list[str] = []

    def answer(*args: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return str(path), "CSV files (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return offered


def test_the_title_names_the_currency_and_mode(
    qtbot: QtBot, state: AppState, services: HistoryServices
) -> None:
    window = open_window(qtbot, state, services)
    assert window.windowTitle() == "THB · test — Omise Tray"


def test_the_window_has_five_tabs(qtbot: QtBot, state: AppState, services: HistoryServices) -> None:
    window = open_window(qtbot, state, services)
    tabs = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert tabs == ["Balance history", "Upcoming", "Transactions", "Payouts", "Daily report"]
    assert window.tabs.currentWidget() is window.history_view


class Spoken(NamedTuple):
    """The history window's title, tab names and buttons in a language (shortcuts left out)."""

    language: Language
    title: str
    tabs: list[str]
    buttons: list[str]


def without_shortcut(text: str) -> str:
    """A Thai or Japanese name as read: its "(&X)" shortcut marker gone."""
    return re.sub(r" ?\(&.\)", "", text)


@pytest.mark.parametrize(
    "spoken",
    [
        Spoken(
            Language.THAI,
            "THB · ทดสอบ — Omise Tray",
            ["ประวัติยอดเงิน", "ล่วงหน้า", "รายการเคลื่อนไหว", "การโอนเงิน", "รายงานประจำวัน"],
            ["ส่งออก CSV…", "โอนยอดนี้ได้ไหม?…", "ปิด"],
        ),
        Spoken(
            Language.JAPANESE,
            "THB · テスト — Omise Tray",
            ["残高の推移", "今後の予定", "取引", "出金", "日次レポート"],
            ["CSV に書き出す…", "この金額を出金できる？…", "閉じる"],
        ),
    ],
)
def test_the_title_tabs_and_buttons_speak_thai_and_japanese(
    qtbot: QtBot, state: AppState, services: HistoryServices, tmp_path: Path, spoken: Spoken
) -> None:
    with speaking(spoken.language, tmp_path / "catalogues"):
        window = open_window(qtbot, state, services)
        assert window.windowTitle() == spoken.title
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert [without_shortcut(name) for name in tabs] == spoken.tabs
        pressed = (window.export_button, window.payout_button, window.close_button)
        assert [without_shortcut(button.text()) for button in pressed] == spoken.buttons


def test_the_chart_adds_up_the_accounts_of_the_currency(
    qtbot: QtBot, state: AppState, services: HistoryServices
) -> None:
    window = open_window(qtbot, state, services)
    points = window.history_view.chart.points()
    assert [point.available for point in points] == [980_000, 1_080_000, 1_180_000, 1_280_000]


def test_lists_offer_every_account_of_the_currency_and_fetch_only_when_shown(
    qtbot: QtBot, state: AppState, services: HistoryServices
) -> None:
    window = open_window(qtbot, state, services)
    picker = window.transactions_view.account_box
    assert [picker.itemText(i) for i in range(picker.count())] == ["Bangkok shop", "Chiang Mai"]
    for view in (window.transactions_view, window.payouts_view):
        assert isinstance(view.source, ActivityFetcher) and not view.source.running


def test_reports_show_newest_first_with_their_advice_and_only_this_currency(
    qtbot: QtBot, state: AppState, services: HistoryServices
) -> None:
    window = open_window(qtbot, state, services)
    shown = window.reports_browser.toPlainText()
    assert shown.index("Monday 13 May 2024") < shown.index("Sunday 12 May 2024")
    assert "Consider adding funds." in shown and "Nothing to act on." in shown
    assert "Available ฿1,000.00 · Total ฿1,500.00 · Pending ฿500.00" in shown
    assert "Moderate" in shown
    assert "Tokyo" not in shown


def test_no_reports_yet_says_when_one_comes() -> None:
    assert "one is made on the first balance check of each day" in reports_html([])


@pytest.mark.parametrize(
    ("added", "status"),
    [
        (1, "Today's report was made again from the latest balance."),
        (0, "No balance to report yet: today's report is made once a balance has arrived."),
    ],
)
def test_make_report_now_asks_the_app_for_this_currencys_accounts(
    qtbot: QtBot, state: AppState, services: HistoryServices, added: int, status: str
) -> None:
    maker = services.make_report
    assert isinstance(maker, ReportMaker)
    maker.added = added
    window = open_window(qtbot, state, services)

    window.make_report_button.click()

    assert maker.calls == [(BANGKOK.id, CHIANG_MAI.id)]
    assert window.report_status.text() == status
    shown = window.reports_browser.toPlainText()
    assert ("Made just now." in shown) == bool(added)
    if added:
        assert shown.index("Tuesday 14 May 2024") < shown.index("Monday 13 May 2024")


def test_export_history_writes_a_csv_of_this_currency_that_round_trips(
    qtbot: QtBot,
    state: AppState,
    services: HistoryServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "chosen.csv"
    offered = save_as(monkeypatch, target)
    window = open_window(qtbot, state, services)

    window.export_history_action.trigger()

    assert offered == [str(tmp_path / "omise-thb-test-history-2024-05-14.csv")]
    with open(target, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == HISTORY_COLUMNS
        records = list(reader)
    assert len(records) == 8
    assert {record["account"] for record in records} == {"Bangkok shop", "Chiang Mai"}
    assert {(record["currency"], record["livemode"]) for record in records} == {("THB", "test")}
    latest = max((r for r in records if r["account"] == "Bangkok shop"), key=lambda r: r["time"])
    assert (latest["available"], latest["available_major"]) == ("1200000", "12000.00")
    assert window.export_status.text() == "Saved 8 rows to chosen.csv."


def test_export_reports_writes_this_currencys_reports(
    qtbot: QtBot,
    state: AppState,
    services: HistoryServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "reports.csv"
    save_as(monkeypatch, target)
    window = open_window(qtbot, state, services)

    window.export_reports_action.trigger()

    with open(target, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == REPORT_COLUMNS
        records = list(reader)
    assert [(r["date"], r["account"], r["recommendations"]) for r in records] == [
        ("2024-05-12", "Bangkok shop", "Consider adding funds."),
        ("2024-05-13", "Bangkok shop", ""),
    ]
    assert window.export_status.text() == "Saved 2 reports to reports.csv."


def test_an_export_that_cannot_be_written_says_so(
    qtbot: QtBot,
    state: AppState,
    services: HistoryServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_as(monkeypatch, tmp_path / "missing" / "history.csv")
    window = open_window(qtbot, state, services)

    window.export_history_action.trigger()

    assert window.export_status.text() == (
        "Could not save history.csv: that folder does not exist. Choose another folder."
    )


def test_cancelling_the_save_dialog_writes_nothing(
    qtbot: QtBot,
    state: AppState,
    services: HistoryServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_: ("", "")))
    window = open_window(qtbot, state, services)
    window.export_history_action.trigger()
    assert window.export_status.text() == ""
    assert list(tmp_path.glob("*.csv")) == []


def test_can_i_pay_this_out_checks_against_this_currencys_accounts(
    qtbot: QtBot, state: AppState, services: HistoryServices
) -> None:
    window = open_window(qtbot, state, services)

    window.payout_button.click()

    dialog = window.payout_dialog
    assert dialog is not None and dialog.isVisible()
    labels = [dialog.account_box.itemText(i) for i in range(dialog.account_box.count())]
    assert labels == ["Bangkok shop · THB · test", "Chiang Mai · THB · test"]
    assert dialog.usable_label.text() == "฿12,000.00 transferable"


def test_one_window_per_card_and_an_open_one_comes_forward(
    qtbot: QtBot, state: AppState, services: HistoryServices
) -> None:
    # The windows delete themselves on close, so close_all() cleans up rather than qtbot.
    windows = HistoryWindows(state, services)
    try:
        first = windows.open(CurrencyMode("THB", False))
        assert windows.open(CurrencyMode("THB", False)) is first
        other = windows.open(CurrencyMode("JPY", True))
        assert other is not first and other.windowTitle() == "JPY · live — Omise Tray"
        assert set(windows.windows()) == {CurrencyMode("THB", False), CurrencyMode("JPY", True)}

        first.close()

        assert set(windows.windows()) == {CurrencyMode("JPY", True)}
        assert windows.open(CurrencyMode("THB", False)) is not first
    finally:
        windows.close_all()
    assert windows.windows() == {}


def test_no_key_appears_anywhere_in_the_window(
    qtbot: QtBot, state: AppState, services: HistoryServices
) -> None:
    window = open_window(qtbot, state, services)
    window.payout_button.click()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    shown = all_text(window)
    assert "Bangkok shop" in shown
    assert "skey_" not in shown and TEST_KEY not in shown
    assert "skey_" not in repr(services)


def test_sparkline_points_are_the_last_day_of_available_per_card(
    services: HistoryServices,
) -> None:
    lines = sparkline_points(
        services.history, [CurrencyMode("THB", False), CurrencyMode("JPY", True)], NOW_TS
    )
    assert lines[CurrencyMode("THB", False)] == [
        (NOW_TS - 20 * HOUR, 1_080_000),
        (NOW_TS - 10 * HOUR, 1_180_000),
        (NOW_TS - 1 * HOUR, 1_280_000),
    ]
    assert [amount for _, amount in lines[CurrencyMode("JPY", True)]] == [30_000, 30_000, 30_000]


class Clock:
    """Wall-clock seconds that move when told."""

    def __init__(self, now: int) -> None:
        self.now = now

    def __call__(self) -> float:
        return float(self.now)


def test_sparklines_extend_in_memory_per_poll_and_reread_the_history_now_and_then(
    services: HistoryServices, state: AppState
) -> None:
    clock = Clock(NOW_TS)
    sparklines = Sparklines(services.history, clock, rebuild_every=300)
    first = sparklines.lines(state.groups())
    assert first == sparkline_points(
        services.history, [CurrencyMode("THB", False), CurrencyMode("JPY", True)], NOW_TS
    )

    # A poll 10 s later: one point appended from the cards' figures, no reading of the history
    # (a row written behind the keeper's back does not show).
    clock.now += 10
    services.history.record(BANGKOK.id, balance("THB", total=9, available=9), clock.now)
    state.apply_snapshot(snapshot(BANGKOK, total=1_600_000, available=1_250_000))
    thb = sparklines.lines(state.groups())[CurrencyMode("THB", False)]
    assert thb[:-1] == first[CurrencyMode("THB", False)]
    assert thb[-1] == (NOW_TS + 10, 1_250_000 + 80_000)  # both Thai test accounts summed

    # Past the rebuild interval the lines are read from the history again.
    clock.now += 300
    assert sparklines.lines(state.groups())[CurrencyMode("THB", False)][-1][1] == 9 + 80_000


def test_a_flat_balance_moves_the_lines_end_instead_of_adding_points(
    services: HistoryServices, state: AppState
) -> None:
    clock = Clock(NOW_TS)
    sparklines = Sparklines(services.history, clock)
    before = len(sparklines.lines(state.groups())[CurrencyMode("JPY", True)])
    for _ in range(50):
        clock.now += 5
        lines = sparklines.lines(state.groups())
    assert len(lines[CurrencyMode("JPY", True)]) <= before + 2
    assert lines[CurrencyMode("JPY", True)][-1] == (clock.now, 30_000)
