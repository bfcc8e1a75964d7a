"""Transactions and payouts views against the simulator over real loopback HTTP."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC
from urllib.parse import parse_qs

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidgetItem
from pytestqt.qtbot import QtBot

from omise_tray.app.activity import ActivityFetcher
from omise_tray.config import ApiEndpoint
from omise_tray.omise.models import Transaction
from omise_tray.simulator import Fault, Simulator, demo_accounts
from omise_tray.simulator.ledger import Transfer
from omise_tray.ui.activity import PayoutsView, TransactionsView
from tests.support.widgets import all_text

View = TransactionsView | PayoutsView
NO_KEYS: dict[str, str] = {}
LOAD_MS = 15_000
SHOP = "shop"
NEW_API = "2019-05-29"
OLD_API = "2015-11-17"


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(demo_accounts(), dynamic=False) as simulator:
        yield simulator


def fetch_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "activity-fetch"]


def keys_of(sim: Simulator) -> dict[str, str]:
    return {SHOP: sim.account("Bangkok Coffee").key, "ramen": sim.account("Osaka Ramen").key}


def open_view(
    qtbot: QtBot,
    sim: Simulator,
    kind: type[TransactionsView] | type[PayoutsView],
    *,
    version: str = NEW_API,
    accounts: dict[str, str] | None = None,
) -> View:
    keys = keys_of(sim)
    view = kind(
        accounts or {SHOP: "Bangkok Coffee"},
        ActivityFetcher(ApiEndpoint(sim.base_url, version), keys.get),
        zone=UTC,
    )
    view.resize(900, 600)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=LOAD_MS):
        view.show()
    return view


def table_rows(view: View) -> list[list[str]]:
    table = view.table
    return [
        [
            (table.item(row, column) or QTableWidgetItem()).text()
            for column in range(table.columnCount())
        ]
        for row in range(table.rowCount())
    ]


def queries(sim: Simulator, path: str) -> list[dict[str, str]]:
    return [
        {name: values[-1] for name, values in parse_qs(record.query).items()}
        for record in sim.request_log
        if record.path == path
    ]


def newest_first_ids(sim: Simulator) -> list[str]:
    ledger = sim.account("Bangkok Coffee").transactions
    return [t.id for t in sorted(ledger, key=lambda t: t.at, reverse=True)]


def shown_ids(view: View) -> list[str]:
    assert view.page is not None
    return [item.id for item in view.page.items]


def test_the_first_page_is_the_newest_twenty_transactions(qtbot: QtBot, sim: Simulator) -> None:
    view = open_view(qtbot, sim, TransactionsView)

    expected = newest_first_ids(sim)
    assert shown_ids(view) == expected[:20]
    assert view.table.rowCount() == 20
    assert view.position_label.text() == f"1–20 of {len(expected)}"
    assert queries(sim, "/transactions") == [
        {"limit": "20", "offset": "0", "order": "reverse_chronological"}
    ]
    assert view.page is not None
    times = [item.created_at for item in view.page.items if isinstance(item, Transaction)]
    assert times == sorted(times, reverse=True)  # type: ignore[type-var]
    assert not view.previous_button.isEnabled() and view.next_button.isEnabled()


def test_next_and_previous_fetch_the_neighbouring_pages(qtbot: QtBot, sim: Simulator) -> None:
    view = open_view(qtbot, sim, TransactionsView)
    expected = newest_first_ids(sim)
    count = len(expected)

    with qtbot.waitSignal(view.loaded, timeout=LOAD_MS):
        view.next_button.click()
    assert view.position_label.text() == f"21–40 of {count}"
    assert shown_ids(view) == expected[20:40]
    assert view.previous_button.isEnabled()

    while view.next_button.isEnabled():
        with qtbot.waitSignal(view.loaded, timeout=LOAD_MS):
            view.next_button.click()
    last_start = (count - 1) // 20 * 20
    assert view.position_label.text() == f"{last_start + 1}–{count} of {count}"
    assert shown_ids(view) == expected[last_start:]

    with qtbot.waitSignal(view.loaded, timeout=LOAD_MS):
        view.previous_button.click()
    assert view.position_label.text() == f"{last_start - 19}–{last_start} of {count}"
    offsets = [int(query["offset"]) for query in queries(sim, "/transactions")]
    assert offsets == [*range(0, last_start + 1, 20), last_start - 20]


def test_old_and_new_api_versions_show_the_same_rows(qtbot: QtBot, sim: Simulator) -> None:
    new = open_view(qtbot, sim, TransactionsView, version=NEW_API)
    old = open_view(qtbot, sim, TransactionsView, version=OLD_API)

    assert table_rows(old) == table_rows(new)
    assert {row[3] for row in table_rows(new)} <= {"Charge", "Refund", "Payout"}
    assert {row[1] for row in table_rows(new)} <= {"Credit", "Debit"}
    for _, direction, amount, *_ in table_rows(new):
        assert amount.startswith("+฿" if direction == "Credit" else "-฿")
    versions = [r.omise_version for r in sim.request_log if r.path == "/transactions"]
    assert versions == [NEW_API, OLD_API]


def test_an_error_on_the_next_page_keeps_the_page_and_retry_recovers(
    qtbot: QtBot, sim: Simulator
) -> None:
    view = open_view(qtbot, sim, TransactionsView)
    first_page = table_rows(view)
    sim.inject(Fault.SERVER_ERROR, times=1, path="/transactions")

    with qtbot.waitSignal(view.loaded, timeout=LOAD_MS):
        view.next_button.click()

    assert view.error_text() == (
        "Omise is having trouble right now (HTTP 500); try again in a few minutes."
    )
    assert view.error_row.isVisibleTo(view) and view.retry_button.isVisibleTo(view)
    assert table_rows(view) == first_page
    assert view.position_label.text().startswith("1–20 of")

    with qtbot.waitSignal(view.loaded, timeout=LOAD_MS):
        view.retry_button.click()

    assert view.error_text() == "" and not view.error_row.isVisibleTo(view)
    assert view.position_label.text().startswith("21–40 of")
    assert shown_ids(view) == newest_first_ids(sim)[20:40]


def test_closing_the_view_cancels_a_hung_request_and_ends_its_thread(
    qtbot: QtBot, sim: Simulator
) -> None:
    sim.inject(Fault.HANG, times=1, path="/transactions")
    fetcher = ActivityFetcher(ApiEndpoint(sim.base_url), keys_of(sim).get)
    view = TransactionsView({SHOP: "Bangkok Coffee"}, fetcher)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: bool(queries(sim, "/transactions")), timeout=LOAD_MS)
    assert view.loading and view.message.text() == "Loading transactions…"
    assert fetcher.running
    threads = fetch_threads()

    with qtbot.assertNotEmitted(view.loaded, wait=300):
        view.close()

    assert threads and not any(thread.is_alive() for thread in threads)
    assert not fetcher.running and not view.loading


def test_moving_on_cancels_the_page_in_flight(qtbot: QtBot, sim: Simulator) -> None:
    view = open_view(qtbot, sim, TransactionsView)
    first_page = table_rows(view)
    sim.inject(Fault.HANG, times=1, path="/transactions")
    view.next_button.click()
    qtbot.waitUntil(lambda: len(queries(sim, "/transactions")) == 2, timeout=LOAD_MS)
    assert view.status_label.text() == "Loading…"
    assert table_rows(view) == first_page  # the page on show stays while the next one loads

    with qtbot.waitSignal(view.loaded, timeout=LOAD_MS):
        view.previous_button.click()

    assert view.position_label.text().startswith("1–20 of")
    assert view.error_text() == ""  # the cancelled page is not a problem to report


def test_a_view_deleted_mid_request_stops_its_thread(qtbot: QtBot, sim: Simulator) -> None:
    sim.inject(Fault.HANG, times=1, path="/transactions")
    fetcher = ActivityFetcher(ApiEndpoint(sim.base_url), keys_of(sim).get)
    view = TransactionsView({SHOP: "Bangkok Coffee"}, fetcher)
    view.show()
    qtbot.waitUntil(lambda: bool(queries(sim, "/transactions")), timeout=LOAD_MS)
    threads = fetch_threads()
    assert threads

    view.deleteLater()  # as when a parent goes away without closing its children

    qtbot.waitUntil(lambda: not any(thread.is_alive() for thread in threads), timeout=LOAD_MS)


def test_an_account_without_transactions_says_so(qtbot: QtBot) -> None:
    shops = demo_accounts()
    for shop in shops:
        shop.transactions.clear()
        shop.transfers.clear()
    with Simulator(shops) as sim:
        transactions = open_view(qtbot, sim, TransactionsView)
        payouts = open_view(qtbot, sim, PayoutsView)
        assert transactions.message.text() == "No transactions yet"
        assert payouts.message.text() == "No payouts yet"
        assert transactions.stack.currentWidget() is transactions.message
        assert transactions.position_label.text() == ""
        assert not transactions.next_button.isEnabled()


def test_an_account_without_a_key_gets_a_sentence_and_no_request(
    qtbot: QtBot, sim: Simulator
) -> None:
    view = TransactionsView(
        {"nokey": "Forgotten shop"}, ActivityFetcher(ApiEndpoint(sim.base_url), NO_KEYS.get)
    )
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=LOAD_MS):
        view.show()
    assert view.error_text() == "No secret key is stored for this account; add it in Accounts."
    assert view.message.text() == "The transactions could not be loaded."
    assert sim.request_log == []


def test_the_account_picker_switches_accounts(qtbot: QtBot, sim: Simulator) -> None:
    view = open_view(
        qtbot, sim, TransactionsView, accounts={SHOP: "Bangkok Coffee", "ramen": "Osaka Ramen"}
    )
    assert view.account_box.isVisibleTo(view)
    assert [view.account_box.itemText(i) for i in range(2)] == ["Bangkok Coffee", "Osaka Ramen"]

    with qtbot.waitSignal(view.loaded, timeout=LOAD_MS):
        view.set_account("ramen")

    assert view.account_id == "ramen"
    assert all(row[2].lstrip("+-").startswith("¥") for row in table_rows(view))
    assert [r.account for r in sim.request_log] == ["Bangkok Coffee", "Osaka Ramen"]


def failed_payout(amount: int) -> Transfer:
    return Transfer(
        id="trsf_test_5failedpayout0000000",
        amount=amount,
        fee=2_500,
        fee_vat=175,
        at=-3_600.0,
        sent_at=None,
        paid_at=None,
        failure_code="insufficient_balance",
        failure_message="insufficient funds in the account",
    )


def test_payouts_show_fee_net_status_bank_and_failure(qtbot: QtBot, sim: Simulator) -> None:
    shop = sim.account("Bangkok Coffee")
    with shop.lock:
        shop.transfers.append(failed_payout(shop.available + 1_000_000))
    view = open_view(qtbot, sim, PayoutsView)

    rows = table_rows(view)
    assert [r["order"] for r in queries(sim, "/transfers")] == ["reverse_chronological"]
    assert len(rows) == 3
    _, amount, fee, net, status, bank, failure = rows[0]
    assert (fee, status, bank, failure) == (
        "฿25.00 + ฿1.75 VAT",
        "Failed",
        "KBANK ••7702",
        "Insufficient funds in the account",
    )
    assert amount == "฿21,872.00" and net == "฿21,845.25"
    for _, _, fee, _, status, bank, failure in rows[1:]:
        assert (fee, status, bank, failure) == ("฿28.04 + ฿1.96 VAT", "Paid", "KBANK ••7702", "")
    assert view.position_label.text() == "1–3 of 3"


@pytest.mark.parametrize("kind", [TransactionsView, PayoutsView])
def test_no_key_appears_in_any_text(
    qtbot: QtBot, sim: Simulator, kind: type[TransactionsView | PayoutsView]
) -> None:
    view = open_view(qtbot, sim, kind)
    sim.inject(Fault.UNAUTHORIZED, times=1)
    with qtbot.waitSignal(view.loaded, timeout=LOAD_MS):
        view.refresh_button.click()
    shown = all_text(view)
    assert view.error_text() in shown
    assert "skey_" not in shown
    for key in keys_of(sim).values():
        assert key not in shown
    view.table.selectAll()
    view.table.copy_selection()
    assert "skey_" not in QApplication.clipboard().text()


def test_selected_rows_copy_as_tab_separated_text_with_ctrl_c(qtbot: QtBot, sim: Simulator) -> None:
    view = open_view(qtbot, sim, TransactionsView)
    QApplication.clipboard().clear()
    view.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus, timeout=LOAD_MS)
    view.table.selectRow(1)

    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)

    assert QApplication.clipboard().text() == "\t".join(table_rows(view)[1])
