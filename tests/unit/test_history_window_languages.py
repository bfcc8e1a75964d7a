"""The history window in Thai and Japanese: every tab, with data, empty, failing and loading,
speaks the language, and no text of its own bypasses the catalogues (pseudo-translation);
stored daily reports are written in the window's language, older English-era lines included."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, timedelta
from enum import StrEnum
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from omise_tray import APP_NAME
from omise_tray.app.history_windows import HistoryServices
from omise_tray.app.state import AppState
from omise_tray.config import ApiEndpoint
from omise_tray.core import localized
from omise_tray.core.balance import Balance
from omise_tray.core.errors import ErrorKind
from omise_tray.core.health import Watched, default_thresholds
from omise_tray.core.localized import Language
from omise_tray.core.money import format_money
from omise_tray.core.portfolio import CurrencyMode
from omise_tray.core.report import DailyReport
from omise_tray.i18n.translators import Translations
from omise_tray.omise.listing import (
    FetchedPage,
    FetchFailure,
    Listing,
    PageAnswer,
    PageRequest,
)
from omise_tray.omise.models import Page, Transaction, Transfer
from omise_tray.storage.history import HistoryStore
from omise_tray.storage.reports import ReportLog
from omise_tray.storage.settings import Settings
from omise_tray.ui.activity import PageSource
from omise_tray.ui.history_window import HistoryWindow
from tests.conftest import TEST_KEY
from tests.support.languages import speaking
from tests.support.outlooks import known_outlook, payout
from tests.support.pseudo import outside_markers, shown_strings, unmarked_texts
from tests.support.sample_state import NOW, account, balance, snapshot, state_of

TH, JA = Language.THAI, Language.JAPANESE
NOW_TS = int(NOW.timestamp())
HOUR = 3600
SHOP = account("Bangkok Coffee")
KIOSK = account("Kiosk")
THB_TEST = CurrencyMode("THB", livemode=False)
YESTERDAY, TODAY = NOW.date() - timedelta(days=1), NOW.date()

# English calendar words: dates come from core.localized's tables in the window's language.
CALENDAR_WORDS = (
    *(localized.month_name(month, Language.ENGLISH) for month in range(1, 13)),
    *(localized.month_name(month, Language.ENGLISH, short=True) for month in range(1, 13)),
    *(localized.weekday_name(weekday, Language.ENGLISH) for weekday in range(7)),
    *(localized.weekday_name(weekday, Language.ENGLISH, short=True) for weekday in range(7)),
)
# Words of the window's own English phrases (tabs, legend, read-out, reports, lists, export,
# statuses): none may be left in a Thai or Japanese window. Omise's name stays Omise, and Thai
# merchants write VAT as VAT.
ENGLISH_PHRASES = (
    "Available",
    "Total",
    "Pending",
    "Projected",
    "Worked out",
    "No history",
    "balances",
    "day",
    "days",
    "year",
    "Show the last",
    "Balance history",
    "Upcoming",
    "Transactions",
    "Payouts",
    "Payout",
    "Daily report",
    "reports",
    "Nothing to act on",
    "No daily reports",
    "Consider adding funds",
    "High pending",
    "held in reserve",
    "on hold",
    "Health went",
    "fell",
    "since",
    "yesterday",
    "today",
    "tomorrow",
    "Update today",
    "Export",
    "Saved",
    "rows",
    "Could not save",
    "Choose another folder",
    "CSV files",
    "All files",
    "Close",
    "Can I pay",
    "Account",
    "Refresh",
    "Retry",
    "Previous",
    "Next",
    "Copy",
    "Loading",
    "No transactions",
    "No payouts",
    "could not be loaded",
    "could not be reached",
    "check the connection",
    "Time",
    "Credit",
    "Debit",
    "Amount",
    "What it was",
    "Transferable",
    "Charge",
    "Refund",
    "Created",
    "Fee",
    "Net",
    "Status",
    "Bank",
    "Failure reason",
    "Paid",
    "Sent",
    "now",
    "Date",
    "Becomes available",
    "Note",
    "projection",
    "scheduled",
    "Each payout costs",
    "Healthy",
    "Moderate",
    "Low",
    "Critical",
    "test",
    "of",
    "Scroll",  # Qt's own words on the tab bar's scroll buttons
    *CALENDAR_WORDS,
)
_PHRASE = re.compile(r"\b(" + "|".join(map(re.escape, ENGLISH_PHRASES)) + r")\b", re.IGNORECASE)


class Lists(StrEnum):
    """What the transactions and payouts tabs get back."""

    DATA = "data"
    EMPTY = "empty"
    ERROR = "error"
    LOADING = "loading"  # no answer ever comes


def transaction(number: int, direction: str) -> Transaction:
    return Transaction(
        id=f"trxn_test_{number}",
        amount=123_456,
        currency="THB",
        direction="credit" if direction == "credit" else "debit",
        key="charge.captured" if direction == "credit" else "refund.created",
        origin=f"chrg_test_{number}",
        transferable_at=NOW + timedelta(days=2) if number else NOW - timedelta(days=1),
        created_at=NOW - timedelta(hours=number + 1),
    )


def transfer(number: int, **fields: object) -> Transfer:
    base: dict[str, object] = {
        "id": f"trsf_test_{number}",
        "amount": 1_000_000,
        "currency": "THB",
        "fee": 2_804,
        "fee_vat": 196,
        "net": 997_000,
        "created_at": NOW - timedelta(days=number),
        "bank_brand": "kbank",
        "bank_last_digits": "7702",
    }
    base.update(fields)
    return Transfer(**base)  # type: ignore[arg-type]


TRANSACTIONS = (transaction(0, "credit"), transaction(1, "debit"))
FETCH_FAILURE = "Could not reach Omise; check your connection."
PAYOUTS = (
    transfer(0, paid=True, sent=True, sent_at=NOW, paid_at=NOW),
    transfer(1, sent=True, sent_at=NOW),
    transfer(2),
)


class ScriptedPages:
    """Pages answered from memory a moment later in the UI thread, as the real fetcher does.

    The tabs' words are under test here, not the fetching (tests/integration/test_activity.py
    fetches the same lists from the simulator over HTTP), so no server is started.
    """

    def __init__(self, lists: Lists) -> None:
        self._lists = lists
        self._serial = 0

    def fetch(self, request: PageRequest, answer: Callable[[PageAnswer], None]) -> PageRequest:
        self._serial += 1
        numbered = replace(request, serial=self._serial)
        if self._lists is not Lists.LOADING:
            QTimer.singleShot(0, lambda: answer(self._answer(numbered)))
        return numbered

    def _answer(self, request: PageRequest) -> PageAnswer:
        if self._lists is Lists.ERROR:
            return FetchFailure(request, ErrorKind.NETWORK, FETCH_FAILURE)
        # More pages than the one shown, so the paging speaks too.
        more = 40 if self._lists is Lists.DATA else 0
        page: Page[Transaction] | Page[Transfer]
        if request.listing is Listing.TRANSACTIONS:
            shown = TRANSACTIONS if more else ()
            page = Page(shown, request.limit, request.offset, len(shown) + more)
        else:
            payouts = PAYOUTS if more else ()
            page = Page(payouts, request.limit, request.offset, len(payouts) + more)
        return FetchedPage(request, page)

    def stop(self, wait_ms: int = 0) -> bool:
        return True


@dataclass(frozen=True)
class ScriptedServices(HistoryServices):
    """The app's history services with the lists' pages answered from memory."""

    lists: Lists = Lists.DATA

    def page_source(self) -> PageSource:
        return ScriptedPages(self.lists)


def file_reports(log: ReportLog) -> list[DailyReport]:
    """Two days of the shop: healthy yesterday, today low with money held and pending, so
    today's report has every kind of advice and both kinds of change."""
    thresholds = default_thresholds("THB")
    first = log.file_day(
        account_id=SHOP.id,
        account_name=SHOP.name,
        balance=balance(total=2_000_000, available=2_000_000),
        thresholds=thresholds,
        day=YESTERDAY,
    )
    second = log.file_day(
        account_id=SHOP.id,
        account_name=SHOP.name,
        balance=balance(total=900_000, available=50_000, reserve=20_000, on_hold=30_000),
        thresholds=thresholds,
        day=TODAY,
    )
    assert first is not None and second is not None
    return [first, second]


@dataclass
class Scene:
    """An open window in one state, with what its save dialog was asked to show."""

    window: HistoryWindow
    dialog_words: list[str]


def make_services(tmp_path: Path, lists: Lists, *, with_data: bool) -> ScriptedServices:
    history = HistoryStore(tmp_path / "history.sqlite3")
    reports = ReportLog(tmp_path / "reports.jsonl")
    if with_data:
        for hours_ago, amount in ((30, 900_000), (20, 1_000_000), (10, 1_100_000), (1, 50_000)):
            at = NOW_TS - hours_ago * HOUR
            history.record(SHOP.id, balance(total=amount + 300_000, available=amount), at)
        file_reports(reports)
    return ScriptedServices(
        history=history,
        reports=reports,
        endpoint=lambda: ApiEndpoint("http://127.0.0.1:9"),
        key_for=lambda _account_id: TEST_KEY,
        settings=lambda: Settings(accounts=(SHOP, KIOSK)),
        make_report=lambda _ids: 1 if with_data and lists is not Lists.ERROR else 0,
        clock=lambda: float(NOW_TS),
        zone=UTC,
        export_folder=tmp_path,
        lists=lists,
    )


def shop_state(*, with_data: bool) -> AppState:
    state = state_of(SHOP, KIOSK)
    if with_data:
        state.apply_snapshot(snapshot(SHOP, total=900_000, available=50_000, minutes_ago=0))
        state.apply_snapshot(snapshot(KIOSK, total=300_000, minutes_ago=0))
        outlook = known_outlook(
            available=50_000,
            incoming=[(1, 820_000)],
            payouts=[payout(3, 600_000, percentage="50", leaves=5), payout(9, 9_000_000)],
        )
        state.apply_outlook(SHOP.id, outlook)
        state.apply_outlook(KIOSK.id, known_outlook(available=300_000, payouts_enabled=False))
    return state


def open_every_tab(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, lists: Lists
) -> Scene:
    """The window with each tab shown once (the lists fetch when first seen), a report made
    again, an export done (or failed), and the chart hovered."""
    with_data = lists is not Lists.EMPTY
    services = make_services(tmp_path, lists, with_data=with_data)
    window = HistoryWindow(THB_TEST, shop_state(with_data=with_data), services)
    qtbot.addWidget(window)
    window.resize(960, 620)
    window.show()
    qtbot.waitExposed(window)
    for view in (window.transactions_view, window.payouts_view):
        if lists is Lists.LOADING:
            window.tabs.setCurrentWidget(view)
        else:
            with qtbot.waitSignal(view.loaded, timeout=5000):
                window.tabs.setCurrentWidget(view)
    window.tabs.setCurrentWidget(window.reports_page)
    window.make_report_button.click()
    window.tabs.setCurrentWidget(window.upcoming_view)
    window.tabs.setCurrentWidget(window.history_view)

    dialog_words: list[str] = []
    target = tmp_path / ("missing" if lists is Lists.ERROR else "") / "omise-thb.csv"

    def answer(_parent: object, title: str, _suggested: str, kinds: str) -> tuple[str, str]:
        dialog_words.extend((title, kinds))
        return str(target), kinds

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    window.export_reports_action.trigger()
    window.export_history_action.trigger()
    chart = window.history_view.chart
    if not chart.empty:
        chart.hover_at(chart.width() * 0.6)
        assert chart.readout() is not None
    return Scene(window, dialog_words)


OpenTabs = Callable[[Lists], Scene]


@pytest.fixture
def open_tabs(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> OpenTabs:
    """open_every_tab for this test; each call in a folder of its own."""
    calls: list[Lists] = []

    def opened(lists: Lists) -> Scene:
        calls.append(lists)
        return open_every_tab(qtbot, monkeypatch, tmp_path / str(len(calls)), lists)

    return opened


def scene_strings(scene: Scene) -> list[str]:
    """Everything the window shows or says, with what the chart paints (read-out, axes, the
    empty text) and what the save dialog was given."""
    chart = scene.window.history_view.chart
    painted = [chart.readout() or "", chart.empty_text()]
    painted += [tick.label for tick in chart.time_ticks()]
    return [*shown_strings(scene.window), *painted, *scene.dialog_words]


def english_left(strings: list[str]) -> list[str]:
    return sorted({text for text in strings if _PHRASE.search(text)})


@pytest.mark.parametrize("language", [TH, JA])
@pytest.mark.parametrize("lists", list(Lists))
def test_every_tab_speaks_thai_and_japanese(
    qtbot: QtBot, open_tabs: OpenTabs, catalogue_cache: Path, language: Language, lists: Lists
) -> None:
    with speaking(language, catalogue_cache):
        scene = open_tabs(lists)
        assert english_left(scene_strings(scene)) == []
    # The phrase list is not vacuous: back in English, the same window is full of it.
    qtbot.waitUntil(lambda: english_left(scene_strings(scene)) != [])


def test_the_phrase_list_finds_the_english_window(open_tabs: OpenTabs) -> None:
    scene = open_tabs(Lists.DATA)
    found = " ".join(english_left(scene_strings(scene)))
    for phrase in ("Available", "Consider adding funds", "Saved", "Transferable", "Projected"):
        assert phrase in found


def test_the_reports_view_in_thai(qtbot: QtBot, open_tabs: OpenTabs, catalogue_cache: Path) -> None:
    with speaking(TH, catalogue_cache):
        window = open_tabs(Lists.DATA).window
        shown = window.reports_browser.toPlainText()
        assert "วันอังคารที่ 14 พฤษภาคม พ.ศ. 2567" in shown  # Buddhist Era, Thai month
        assert "ยอดเงินที่โอนได้ ฿500.00 · ยอดคงเหลือ ฿9,000.00 · ยอดรอดำเนินการ ฿8,500.00" in shown
        assert "ยอดเงินที่โอนได้ลดลง 98% จากเมื่อวาน จาก ฿20,000.00 เหลือ ฿500.00" in shown
        assert window.export_status.text() == "บันทึก 4 แถวลงใน omise-thb.csv แล้ว"


def test_the_reports_view_and_statuses_in_japanese(
    qtbot: QtBot, open_tabs: OpenTabs, catalogue_cache: Path
) -> None:
    with speaking(JA, catalogue_cache):
        window = open_tabs(Lists.ERROR).window
        shown = window.reports_browser.toPlainText()
        assert "2024年5月14日(火)" in shown
        assert "出金可能額 ฿500.00 · 残高 ฿9,000.00 · 保留中 ฿8,500.00" in shown
        assert window.export_status.text() == (
            "omise-thb.csv を保存できませんでした。そのフォルダーはありません。"
            "別のフォルダーを選んでください。"
        )
        assert window.report_status.text() == (
            "レポートにする残高がまだありません。残高が届き次第、今日のレポートを作成します。"
        )
        error = window.transactions_view.error_label.text()
        assert "Omise に接続できませんでした。" in error


def test_the_chart_read_out_in_thai_and_japanese(
    qtbot: QtBot, open_tabs: OpenTabs, catalogue_cache: Path
) -> None:
    with speaking(TH, catalogue_cache):
        chart = open_tabs(Lists.DATA).window.history_view.chart
        thai = (chart.readout() or "").splitlines()
        with speaking(JA, catalogue_cache):
            qtbot.waitUntil(lambda: (chart.readout() or "").splitlines()[1:] != thai[1:])
            japanese = (chart.readout() or "").splitlines()
    assert "2567" in thai[0] and thai[1].startswith("ยอดเงินที่โอนได้ ฿")
    assert thai[2].startswith("ยอดคงเหลือ ฿")
    assert japanese[0].startswith("2024年5月") and japanese[1].startswith("出金可能額 ฿")


# -- pseudo-translation --------------------------------------------------------------------

# Names, codes and data, not words: the accounts', the app's, the currency's, the bank's, the
# ids and keys Omise gives, the CSV file's, and calendar words (core.localized's tables); Qt's
# own words (its catalogues, not the app's, hold them), and the fetch failure's sentence that an
# English window shows as the client wrote it. The Thai and Japanese tests above read all of
# these in those languages.
QT_OWN_WORDS = ("Scroll Left", "Scroll Right")
_DATA = re.compile(
    "|".join(
        [
            *map(re.escape, (SHOP.name, KIOSK.name, APP_NAME, "THB", "KBANK")),
            *map(re.escape, (*QT_OWN_WORDS, FETCH_FAILURE)),
            r"\b(?:trxn|chrg|trsf)_\w+",
            r"\b[a-z_]+(?:\.[a-z_]+)+\b",
            r"[\w-]+\.csv",
            *(rf"\b{re.escape(word)}\b" for word in CALENDAR_WORDS),
        ]
    )
)


def only_data(text: str) -> bool:
    return not any(char.isalpha() for char in _DATA.sub("", text))


def unmarked_strings(strings: list[str]) -> list[str]:
    """unmarked_texts over plain strings: what the chart paints, what the dialog is given."""
    return sorted(
        {
            text
            for text in strings
            if any(char.isalpha() for char in outside_markers(text))
            and not only_data(outside_markers(text).strip())
        }
    )


@pytest.mark.parametrize("lists", list(Lists))
def test_no_text_of_the_window_bypasses_the_catalogues(
    open_tabs: OpenTabs, pseudo: Translations, lists: Lists
) -> None:
    scene = open_tabs(lists)
    assert unmarked_texts(scene.window, allowed=only_data) == []
    assert unmarked_strings(scene_strings(scene)) == []


# -- stored reports ---------------------------------------------------------------------------

ENGLISH_ERA_ADVICE = (
    "Consider adding funds: ฿500.00 is available, below the ฿1,000.00 low threshold."
)
ENGLISH_ERA_LINE: dict[str, object] = {
    "account": "Bangkok Coffee",
    "account_id": "bangkok-coffee",
    "available": 50_000,
    "currency": "THB",
    "date": "2024-05-13",
    "livemode": False,
    "pending": 850_000,
    "recommendations": [ENGLISH_ERA_ADVICE],
    "status": "critical",
    "total": 900_000,
}


def test_a_report_stored_before_the_facts_were_kept_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "reports.jsonl"
    path.write_text(json.dumps(ENGLISH_ERA_LINE) + "\n", encoding="utf-8")

    (report,) = ReportLog(path).read()

    assert report.recommendations == (ENGLISH_ERA_ADVICE,)
    assert report.available == 50_000 and report.date == date(2024, 5, 13)
    # Its sentence is this version's English, so its facts are read back from it.
    assert [(a.code, a.currency, a.figures) for a in report.advice] == [
        ("add_funds", "THB", (("available", 50_000), ("low", 100_000)))
    ]


def test_a_sentence_in_an_older_wording_stays_english(
    qtbot: QtBot, tmp_path: Path, catalogue_cache: Path
) -> None:
    services = make_services(tmp_path, Lists.EMPTY, with_data=False)
    older = {
        **ENGLISH_ERA_LINE,
        "recommendations": ["Consider adding funds: ฿500.00 is available."],
    }
    services.reports.path.write_text(json.dumps(older) + "\n", encoding="utf-8")
    assert services.reports.read()[0].advice == ()
    with speaking(TH, catalogue_cache):
        window = HistoryWindow(THB_TEST, shop_state(with_data=False), services)
        qtbot.addWidget(window)
        shown = window.reports_browser.toPlainText()
    assert "ยอดเงินที่โอนได้ ฿500.00 · ยอดคงเหลือ ฿9,000.00" in shown  # the figures: Thai
    assert "Consider adding funds: ฿500.00 is available." in shown  # nothing to write it anew


def test_an_english_era_report_is_written_in_thai(
    qtbot: QtBot, tmp_path: Path, catalogue_cache: Path
) -> None:
    services = make_services(tmp_path, Lists.EMPTY, with_data=False)
    services.reports.path.write_text(json.dumps(ENGLISH_ERA_LINE) + "\n", encoding="utf-8")
    with speaking(TH, catalogue_cache):
        window = HistoryWindow(THB_TEST, shop_state(with_data=False), services)
        qtbot.addWidget(window)
        shown = window.reports_browser.toPlainText()
    assert "วันจันทร์ที่ 13 พฤษภาคม พ.ศ. 2567" in shown
    assert "ควรเติมเงิน: ยอดเงินที่โอนได้ ฿500.00 ต่ำกว่าเกณฑ์ยอดต่ำ ฿1,000.00" in shown
    assert "Consider" not in shown


def file_days(
    log: ReportLog, currency: str, figures: list[dict[str, int]], days: list[date]
) -> list[DailyReport]:
    """The shop's reports in `currency` on these days, with these balance figures."""
    filed = []
    for day, amounts in zip(days, figures, strict=True):
        report = log.file_day(
            account_id=SHOP.id,
            account_name=SHOP.name,
            balance=Balance(
                currency,
                False,
                amounts["total"],
                amounts["available"],
                amounts["available"],
                amounts.get("reserve", 0),
                amounts.get("on_hold", 0),
            ),
            thresholds=default_thresholds(currency),
            day=day,
        )
        assert report is not None
        filed.append(report)
    return filed


ABOVE_ALL = {"total": 900_000_000, "available": 900_000_000}
EVERY_ADVICE = {"total": 900_000, "available": 50_000, "reserve": 20_000, "on_hold": 30_000}


@pytest.mark.parametrize("currency", ["THB", "JPY", "SGD", "USD", "XYZ"])
@pytest.mark.parametrize("gap", [1, 3])  # "since yesterday", "since {date}"
def test_the_facts_of_every_sentence_written_read_back_from_the_english(
    tmp_path: Path, currency: str, gap: int
) -> None:
    log = ReportLog(tmp_path / "reports.jsonl")
    inconsistent = {"total": 100, "available": 200}
    at_the_line = {"total": 5_000_000, "available": default_thresholds(currency).low}
    days = [TODAY - timedelta(days=gap * n) for n in (4, 3, 2, 1, 0)]
    figures = [ABOVE_ALL, EVERY_ADVICE, ABOVE_ALL, inconsistent, at_the_line]
    written = file_days(log, currency, figures, days)
    assert {a.code for r in written for a in r.advice} == {
        "add_funds",
        "review_pending",
        "reserve",
        "on_hold",
        "inconsistent",
    }
    assert {(c.fell, c.watched, c.yesterday) for r in written for c in r.changes} >= {
        (True, Watched.AVAILABLE, gap == 1),
        (False, Watched.AVAILABLE, gap == 1),
    }
    # The same lines as an older version wrote them: the sentences only.
    lines = [json.loads(line) for line in log.path.read_text(encoding="utf-8").splitlines()]
    older = "".join(
        json.dumps({k: v for k, v in line.items() if k not in ("advice", "changes")}) + "\n"
        for line in lines
    )
    log.path.write_text(older, encoding="utf-8")

    read = ReportLog(log.path).read()

    assert [r.advice for r in read] == [r.advice for r in written]
    assert [r.changes for r in read] == [r.changes for r in written]
    assert [[a.text for a in r.advice] for r in read] == [
        [a.text for a in r.advice] for r in written
    ]


def test_reports_keep_their_facts_and_read_back_with_them(tmp_path: Path) -> None:
    log = ReportLog(tmp_path / "reports.jsonl")
    written = file_reports(log)

    read = ReportLog(log.path).read()

    assert [r.advice for r in read] == [r.advice for r in written]
    assert [r.changes for r in read] == [r.changes for r in written]
    today = read[-1]
    assert [advice.code for advice in today.advice] == [
        "add_funds",
        "review_pending",
        "reserve",
        "on_hold",
    ]
    assert [change.fell for change in today.changes] == [True, False]
    # The English sentences stay in the file, as the CSV export and older versions read them.
    line = json.loads(log.path.read_text(encoding="utf-8").splitlines()[-1])
    assert line["recommendations"] == list(today.recommendations)


@pytest.mark.parametrize(
    "damage",
    [
        {"advice": "not a list"},
        {"advice": [{"code": "add_funds", "currency": "THB", "figures": {"low": "1"}}]},
        {"changes": [{"fell": True}]},
        {"changes": [{"fell": "yes", "since": "2024-05-12"}]},
    ],
)
def test_a_line_with_damaged_facts_is_skipped_and_the_others_read(
    tmp_path: Path, damage: dict[str, object]
) -> None:
    path = tmp_path / "reports.jsonl"
    damaged = {**ENGLISH_ERA_LINE, "date": "2024-05-12", **damage}
    lines = [json.dumps(damaged), json.dumps(ENGLISH_ERA_LINE)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    log = ReportLog(path)

    assert [report.date for report in log.read()] == [date(2024, 5, 13)]
    assert log.damaged_lines == (1,)


def test_facts_from_a_newer_version_leave_the_english_sentences(tmp_path: Path) -> None:
    path = tmp_path / "reports.jsonl"
    newer = {
        **ENGLISH_ERA_LINE,
        "advice": [{"code": "call_the_bank", "currency": "THB", "figures": {}}],
        "changes": [],
    }
    path.write_text(json.dumps(newer) + "\n", encoding="utf-8")

    (report,) = ReportLog(path).read()

    assert report.advice == ()
    assert report.lines(localized.english, format_money, str) == (ENGLISH_ERA_ADVICE,)


def test_an_open_report_is_written_again_in_thai_after_a_language_change(
    qtbot: QtBot, open_tabs: OpenTabs, catalogue_cache: Path
) -> None:
    window = open_tabs(Lists.DATA).window
    english = window.reports_browser.toPlainText()
    assert "Consider adding funds: ฿500.00 is available, below the ฿1,000.00 low" in english
    assert window.export_status.text() == "Saved 4 rows to omise-thb.csv."

    with speaking(TH, catalogue_cache):
        qtbot.waitUntil(lambda: "ควรเติมเงิน" in window.reports_browser.toPlainText())
        thai = window.reports_browser.toPlainText()
        assert "ควรเติมเงิน: ยอดเงินที่โอนได้ ฿500.00 ต่ำกว่าเกณฑ์ยอดต่ำ ฿1,000.00" in thai
        assert "พ.ศ. 2567" in thai and "Consider" not in thai
        assert window.export_status.text() == "บันทึก 4 แถวลงใน omise-thb.csv แล้ว"
        assert window.history_view.available_legend.text() == "ยอดเงินที่โอนได้"

    qtbot.waitUntil(lambda: "Consider adding funds" in window.reports_browser.toPlainText())


@pytest.mark.parametrize("language", [TH, JA])
def test_every_tab_fits_the_minimum_size_in_thai_and_japanese(
    open_tabs: OpenTabs, catalogue_cache: Path, language: Language
) -> None:
    with speaking(language, catalogue_cache):
        window = open_tabs(Lists.DATA).window
        view = window.history_view
        view.reconstructed_legend.setVisible(True)  # the legend at its longest
        view.projected_legend.setVisible(True)
        needed, least = window.minimumSizeHint(), window.minimumSize()
        assert needed.width() <= least.width() and needed.height() <= least.height()
