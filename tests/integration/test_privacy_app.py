"""Privacy mode in the running app: the command line, the tray toggle, the window's button and
the Settings switch all reach every view at once; the choice is kept for the next start."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from omise_tray.app.activity import ActivityFetcher
from omise_tray.app.main import LaunchOptions, TrayApp
from omise_tray.cli import build_parser
from omise_tray.config import ApiEndpoint
from omise_tray.core.privacy import HIDDEN_AMOUNT
from omise_tray.simulator import Simulator, demo_accounts
from omise_tray.ui.activity import PayoutsView, TransactionsView
from omise_tray.ui.balance_card import BalanceCard
from tests.support.app import build_app
from tests.support.widgets import all_text


@pytest.fixture
def app(qapp: object, tmp_path: Path) -> Iterator[TrayApp]:
    with Simulator(demo_accounts(), dynamic=False) as sim:
        tray_app = build_app(sim, tmp_path, interval=300)
        tray_app.start()
        try:
            yield tray_app
        finally:
            tray_app.quit()


def figures(app: TrayApp) -> list[str]:
    return [
        card.figure.text() for card in app.window.cards().values() if isinstance(card, BalanceCard)
    ]


def test_the_command_line_starts_in_privacy_mode() -> None:
    args = build_parser(commands=()).parse_args(["--hide-amounts", "--demo"])
    assert LaunchOptions.from_args(args) == LaunchOptions(demo=True, hide_amounts=True)
    plain = build_parser(commands=()).parse_args([])
    assert LaunchOptions.from_args(plain).hide_amounts is False


def test_the_tray_toggle_hides_every_card_and_is_remembered(app: TrayApp, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: len(figures(app)) >= 2, timeout=10_000)
    assert all(figure != HIDDEN_AMOUNT for figure in figures(app))

    app.tray.privacy_action.trigger()

    assert set(figures(app)) == {HIDDEN_AMOUNT}
    assert "฿" not in all_text(app.window) and "¥" not in app.tray.icon.toolTip()
    # The settings file is written in the background.
    qtbot.waitUntil(lambda: app.settings_store.load().settings.hide_amounts, timeout=5_000)
    assert app.window.privacy_button.text().replace("&", "") == "Show amounts"

    app.window.privacy_button.click()

    assert HIDDEN_AMOUNT not in figures(app)
    qtbot.waitUntil(lambda: not app.settings_store.load().settings.hide_amounts, timeout=5_000)
    assert not app.tray.privacy_action.isChecked()


def test_the_settings_switch_reaches_the_window(app: TrayApp, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: len(figures(app)) >= 2, timeout=10_000)
    app.apply_settings(replace(app.settings, hide_amounts=True))
    assert set(figures(app)) == {HIDDEN_AMOUNT}
    assert app.services().notifier.amounts_hidden() is True
    app.apply_settings(replace(app.settings, hide_amounts=False))
    assert HIDDEN_AMOUNT not in figures(app)
    assert app.services().notifier.amounts_hidden() is False


def test_a_saved_privacy_mode_applies_from_the_first_paint(qapp: object, tmp_path: Path) -> None:
    with Simulator(demo_accounts(), dynamic=False) as sim:
        first = build_app(sim, tmp_path, interval=300)
        first.set_amounts_hidden(True)
        first.quit()
        settings = first.settings_store.load().settings
        assert settings.hide_amounts is True
        again = TrayApp(
            first.qapp,
            options=LaunchOptions(interval=300),
            paths=first.paths,
            settings_store=first.settings_store,
            settings=settings,
            endpoint=first.endpoint,
            make_secrets=first._make_secrets,
        )
        try:
            assert again.state.amounts_hidden is True
            assert again.window.privacy_button.text().replace("&", "") == "Show amounts"
        finally:
            again.quit()


@pytest.mark.parametrize(
    ("kind", "amount_columns"),
    [(TransactionsView, [2]), (PayoutsView, [1, 2, 3])],
)
def test_transactions_and_payouts_hide_their_amount_columns(
    qtbot: QtBot, kind: type[TransactionsView] | type[PayoutsView], amount_columns: list[int]
) -> None:
    with Simulator(demo_accounts(), dynamic=False) as sim:
        key = sim.account("Bangkok Coffee").key
        keys = {"shop": key}
        view = kind(
            {"shop": "Bangkok Coffee"}, ActivityFetcher(ApiEndpoint(sim.base_url), keys.get)
        )
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.loaded, timeout=15_000):
            view.show()
        table = view.table
        assert table.rowCount() > 0

        def column(index: int) -> list[str]:
            return [
                (table.item(row, index) or QTableWidgetItem()).text()
                for row in range(table.rowCount())
            ]

        assert all("฿" in cell for cell in column(amount_columns[0]))
        others = [column(i) for i in range(table.columnCount()) if i not in amount_columns]

        view.set_amounts_hidden(True)
        for index in amount_columns:
            assert set(column(index)) == {HIDDEN_AMOUNT}
        assert [column(i) for i in range(table.columnCount()) if i not in amount_columns] == others
        assert "฿" not in all_text(view)

        view.set_amounts_hidden(False)
        assert all("฿" in cell for cell in column(amount_columns[0]))
        view.shutdown()
