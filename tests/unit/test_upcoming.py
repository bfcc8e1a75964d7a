"""The history window's Upcoming tab, the chart's projection and reconstructed balances."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from omise_tray.app.history_windows import HistoryServices
from omise_tray.app.state import AppState
from omise_tray.config import ApiEndpoint
from omise_tray.core.outlook import PayoutProblem
from omise_tray.core.portfolio import CurrencyMode
from omise_tray.core.reconstruction import ReconstructedPoint
from omise_tray.storage.history import HistoryStore
from omise_tray.storage.reports import ReportLog
from omise_tray.storage.settings import Settings
from omise_tray.ui.history_window import HistoryWindow
from omise_tray.ui.state_view import KnownOutlook
from omise_tray.ui.timeline import Member, projection_points
from tests.conftest import TEST_KEY
from tests.support.outlooks import TODAY, known_outlook, payout
from tests.support.sample_state import NOW, account, balance, snapshot, state_of
from tests.support.widgets import plain

NOW_TS = int(NOW.timestamp())
HOUR = 3600
SHOP = account("Bangkok Coffee")
KIOSK = account("Kiosk")


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryStore]:
    store = HistoryStore(tmp_path / "history.sqlite3")
    yield store
    store.close()


def services_for(history: HistoryStore, tmp_path: Path) -> HistoryServices:
    return HistoryServices(
        history=history,
        reports=ReportLog(tmp_path / "reports.jsonl"),
        endpoint=lambda: ApiEndpoint("http://127.0.0.1:9"),
        key_for=lambda _account_id: TEST_KEY,
        settings=lambda: Settings(accounts=(SHOP, KIOSK)),
        make_report=lambda _ids: 0,
        clock=lambda: float(NOW_TS),
        zone=None,
        export_folder=tmp_path,
    )


def shop_state(*others: object) -> AppState:
    state = state_of(SHOP, *others)  # type: ignore[arg-type]
    state.apply_snapshot(snapshot(SHOP, total=20_000_00, available=12_000_00, minutes_ago=0))
    return state


def open_window(
    qtbot: QtBot, state: AppState, history: HistoryStore, tmp_path: Path
) -> HistoryWindow:
    window = HistoryWindow(CurrencyMode("THB", False), state, services_for(history, tmp_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


OUTLOOK = known_outlook(
    available=12_000_00,
    incoming=[(1, 8_200_00), (3, 1_500_00)],
    payouts=[
        payout(3, 15_000_00),
        payout(4, 6_000_00, percentage="50", leaves=6),
        payout(10, 90_000_00, problem=PayoutProblem.SHORT),
    ],
    projection=[12_000_00, 20_200_00, 20_200_00, 6_700_00, 6_700_00, 6_700_00, 700_00]
    + [700_00] * 7,
)


def test_the_upcoming_tab_lists_each_day_with_money_coming_payouts_and_the_projection(
    qtbot: QtBot, history: HistoryStore, tmp_path: Path
) -> None:
    state = shop_state()
    state.apply_outlook(SHOP.id, OUTLOOK)
    window = open_window(qtbot, state, history, tmp_path)
    view = window.upcoming_view

    rows = view.rows()
    assert len(rows) == 14
    assert rows[:7] == [
        ["Tue 14 May", "", "", "฿12,000.00", ""],
        ["Wed 15 May", "+฿8,200.00", "", "฿20,200.00", ""],
        ["Thu 16 May", "", "", "฿20,200.00", ""],
        ["Fri 17 May", "+฿1,500.00", "−฿15,000.00", "฿6,700.00", ""],
        ["Sat 18 May", "", "", "฿6,700.00", ""],
        ["Sun 19 May", "", "", "฿6,700.00", ""],
        ["Mon 20 May", "", "−฿6,000.00", "฿700.00", "scheduled for Sat 18 May"],
    ]
    assert rows[10][4] == "฿90,000.00 payout: more than the balance may hold"
    notes = plain(view.notes.text())
    assert notes.splitlines() == [
        "A projection from the current balance: money already on its way and the scheduled "
        "payouts. New sales and refunds are not in it.",
        "Each payout costs ฿30.00, taken out of it.",
        "⚠ May fall below ฿1,000.00 by Mon 20 May",
    ]


def test_the_upcoming_tab_waits_for_the_timeline_and_follows_the_state(
    qtbot: QtBot, history: HistoryStore, tmp_path: Path
) -> None:
    state = shop_state()
    window = open_window(qtbot, state, history, tmp_path)
    assert window.upcoming_view.rows() == []
    assert "appear once" in window.upcoming_view.notes.text()

    state.apply_outlook(SHOP.id, OUTLOOK)

    assert len(window.upcoming_view.rows()) == 14


def test_payouts_turned_off_are_said_in_the_upcoming_tab(
    qtbot: QtBot, history: HistoryStore, tmp_path: Path
) -> None:
    state = shop_state()
    state.apply_outlook(SHOP.id, known_outlook(available=12_000_00, payouts_enabled=False))
    window = open_window(qtbot, state, history, tmp_path)
    assert "Payouts are turned off for Bangkok Coffee." in plain(window.upcoming_view.notes.text())


def test_the_chart_continues_dashed_into_the_coming_days(
    qtbot: QtBot, history: HistoryStore, tmp_path: Path
) -> None:
    for hours_ago in (30, 20, 10, 1):
        at = NOW_TS - hours_ago * HOUR
        history.record(SHOP.id, balance("THB", total=20_000_00, available=12_000_00), at)
    state = shop_state()
    state.apply_outlook(SHOP.id, OUTLOOK)
    window = open_window(qtbot, state, history, tmp_path)
    view = window.history_view
    chart = view.chart

    ahead = chart.projection()
    end_of_today = datetime.combine(TODAY + timedelta(days=1), time()).astimezone()
    # From the latest polled balance now, then the end of each day; a week looks 3.5 days on.
    assert ahead[0] == (NOW_TS, 12_000_00)
    assert ahead[1] == (int(end_of_today.timestamp()), 12_000_00)
    assert ahead[2] == (int(end_of_today.timestamp()) + 86_400, 20_200_00)
    assert chart.x_of(NOW_TS) < chart.x_of(NOW_TS + 3 * 86_400)
    assert view.projected_legend.isVisibleTo(view)
    assert not view.reconstructed_legend.isVisibleTo(view)

    chart.hover_at(chart.x_of(ahead[2][0]))
    assert chart.readout() is not None
    assert "Projected, without new sales" in (chart.readout() or "")


def test_without_an_outlook_the_chart_ends_now(
    qtbot: QtBot, history: HistoryStore, tmp_path: Path
) -> None:
    history.record(SHOP.id, balance("THB", total=20_000_00), NOW_TS - HOUR)
    window = open_window(qtbot, shop_state(), history, tmp_path)
    assert window.history_view.chart.projection() == []
    assert not window.history_view.projected_legend.isVisibleTo(window.history_view)


def test_reconstructed_balances_are_drawn_before_the_first_poll_with_a_legend(
    qtbot: QtBot, history: HistoryStore, tmp_path: Path
) -> None:
    history.record(SHOP.id, balance("THB", total=20_000_00, available=12_000_00), NOW_TS - HOUR)
    worked_out = [
        ReconstructedPoint(NOW - timedelta(days=days), 18_000_00 - days, 10_000_00 - days)
        for days in (6, 4, 2)
    ] + [ReconstructedPoint(NOW - timedelta(minutes=5), 20_000_00, 12_000_00)]
    assert history.record_reconstructed(SHOP.id, "THB", False, worked_out) == 3
    window = open_window(qtbot, shop_state(), history, tmp_path)
    view = window.history_view

    assert [p.available for p in view.chart.reconstructed()] == [
        10_000_00 - 6,
        10_000_00 - 4,
        10_000_00 - 2,
    ]
    assert view.reconstructed_legend.isVisibleTo(view)
    chart = view.chart
    chart.hover_at(chart.x_of(int((NOW - timedelta(days=4)).timestamp())))
    assert "Worked out from transactions" in (chart.readout() or "")


def test_a_new_account_without_polls_still_gets_a_chart_from_its_transactions(
    qtbot: QtBot, history: HistoryStore, tmp_path: Path
) -> None:
    worked_out = [
        ReconstructedPoint(NOW - timedelta(days=days), 5_000_00, 4_000_00) for days in (3, 1)
    ]
    history.record_reconstructed(SHOP.id, "THB", False, worked_out)
    window = open_window(qtbot, shop_state(), history, tmp_path)
    assert not window.history_view.chart.empty
    assert len(window.history_view.chart.reconstructed()) == 2


def test_the_payout_check_uses_the_accounts_outlook(
    qtbot: QtBot, history: HistoryStore, tmp_path: Path
) -> None:
    state = shop_state()
    state.apply_outlook(
        SHOP.id, known_outlook(available=12_000_00, payout_fee=25_00, min_payout=500_00)
    )
    window = open_window(qtbot, state, history, tmp_path)

    dialog = window.open_payout_check()
    dialog.amount_field.setText("100")

    assert dialog.fee_label.text() == "฿25.00"
    assert dialog.answer() == "No: the smallest transfer this account can make is ฿500.00."


def test_epoch_seconds_of_the_end_of_a_day_are_local_midnight() -> None:
    points = projection_points([], NOW)
    assert points == []
    zone_points = projection_points(
        [_member(known_outlook(available=1, projection=[2, 3]))], NOW, UTC
    )
    midnight = datetime.combine(NOW.date() + timedelta(days=1), time(), tzinfo=UTC)
    assert zone_points == [
        (NOW_TS, 1),
        (int(midnight.timestamp()), 2),
        (int(midnight.timestamp()) + 86_400, 3),
    ]


def _member(known: KnownOutlook) -> Member:
    return Member("Bangkok Coffee", known)


def test_reconstructed_balances_of_a_cards_accounts_are_added_up(history: HistoryStore) -> None:
    from omise_tray.app.history_windows import reconstructed_series, sparkline_reconstructed

    def at(hours_ago: int) -> datetime:
        return NOW - timedelta(hours=hours_ago)

    history.record_reconstructed(
        SHOP.id,
        "THB",
        False,
        [ReconstructedPoint(at(5), 100, 50), ReconstructedPoint(at(2), 300, 80)],
    )
    history.record_reconstructed(
        KIOSK.id,
        "THB",
        False,
        [ReconstructedPoint(at(4), 20, 10), ReconstructedPoint(at(2), 40, 30)],
    )

    added = reconstructed_series(history, [SHOP.id, KIOSK.id], 0, NOW_TS)

    # Before the kiosk's first point it counts with that first point.
    assert [(p.at, p.total, p.available) for p in added] == [
        (int(at(5).timestamp()), 120, 60),
        (int(at(4).timestamp()), 120, 60),
        (int(at(2).timestamp()), 340, 110),
    ]
    lines = sparkline_reconstructed(
        history,
        {CurrencyMode("THB", False): [SHOP.id, KIOSK.id], CurrencyMode("JPY", True): []},
        NOW_TS,
    )
    assert lines == {CurrencyMode("THB", False): [(p.at, p.available) for p in added]}
