"""Recent transactions and payouts of an account, fetched page by page off the UI thread."""

from __future__ import annotations

import html
import itertools
import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QColor, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omise_tray.app.poller import KeyLookup
from omise_tray.config import ApiEndpoint
from omise_tray.core.errors import NO_KEY_STORED, ErrorKind
from omise_tray.core.money import format_money
from omise_tray.core.portfolio import Signal as TraySignal
from omise_tray.omise.client import OmiseClient
from omise_tray.omise.errors import OmiseError
from omise_tray.omise.models import Page, Transaction, Transfer
from omise_tray.ui.theme import SIGNAL_COLOURS, SPACING

log = logging.getLogger(__name__)

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100  # the most Omise returns in one list
FETCH_DEADLINE = 20.0
STOP_WAIT_MS = 3000
# The theme's mid-tones, legible on light and dark backgrounds; the sign and word carry the
# meaning, the colour only helps the eye.
CREDIT_COLOUR = SIGNAL_COLOURS[TraySignal.HEALTHY]
DEBIT_COLOUR = SIGNAL_COLOURS[TraySignal.CRITICAL]
NOTHING = "—"

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


# -- what the merchant reads in each cell ------------------------------------------------------

_KINDS = {"charge": "Charge", "refund": "Refund", "transfer": "Payout", "dispute": "Dispute"}


def kind_label(key: str) -> str:
    """What a transaction was, from its key: "charge.captured.net" -> "Charge"."""
    head = key.partition(".")[0].strip().lower()
    if head in _KINDS:
        return _KINDS[head]
    # Old API versions without a recognisable source leave only the direction as the key.
    if head in ("", "credit", "debit"):
        return "Other"
    return head.replace("_", " ").capitalize()


def moment(at: datetime | None, zone: tzinfo | None = None) -> str:
    """A readable local date and time, "14 May 2024, 14:05"; zone None is the computer's own."""
    if at is None:
        return NOTHING
    local = at.astimezone(zone)
    # %-d is not portable (Windows), so the day goes in by hand.
    return f"{local.day} {local:%b %Y, %H:%M}"


def signed_amount(transaction: Transaction) -> str:
    """The amount with the sign of its direction: "+฿1,234.56" in, "-฿850.00" out."""
    if transaction.direction == "credit":
        return "+" + format_money(transaction.amount, transaction.currency)
    return format_money(-transaction.amount, transaction.currency)


def transferable_text(at: datetime | None, now: datetime, zone: tzinfo | None = None) -> str:
    """When the money can be paid out: "now" once that moment has passed."""
    if at is None:
        return NOTHING
    return "now" if at <= now else moment(at, zone)


def transaction_cells(
    transaction: Transaction, now: datetime, zone: tzinfo | None = None
) -> tuple[str, str, str, str, str]:
    """Time, credit or debit, signed amount, what it was, and when it becomes transferable."""
    return (
        moment(transaction.created_at, zone),
        "Credit" if transaction.direction == "credit" else "Debit",
        signed_amount(transaction),
        kind_label(transaction.key),
        transferable_text(transaction.transferable_at, now, zone),
    )


def payout_status(transfer: Transfer) -> str:
    """Failed, paid, sent or pending, as one word."""
    if transfer.failure_code or transfer.failure_message:
        return "Failed"
    if transfer.paid:
        return "Paid"
    if transfer.sent:
        return "Sent"
    return "Pending"


def fee_text(transfer: Transfer) -> str:
    """The payout fee, and the VAT on it when there is any: "฿25.00 + ฿1.75 VAT"."""
    fee = format_money(transfer.fee, transfer.currency)
    if transfer.fee_vat:
        return f"{fee} + {format_money(transfer.fee_vat, transfer.currency)} VAT"
    return fee


def bank_text(transfer: Transfer) -> str:
    """The receiving bank account as printed on cards: "KBANK ••7702"."""
    brand = (transfer.bank_brand or "").upper()
    digits = f"••{transfer.bank_last_digits}" if transfer.bank_last_digits else ""
    return " ".join(part for part in (brand, digits) if part) or NOTHING


def failure_text(transfer: Transfer) -> str:
    """Why a payout failed, in Omise's words, or empty when it did not fail."""
    reason = transfer.failure_message or (transfer.failure_code or "").replace("_", " ")
    reason = reason.strip()
    return reason[:1].upper() + reason[1:] if reason else ""


def payout_cells(
    transfer: Transfer, zone: tzinfo | None = None
) -> tuple[str, str, str, str, str, str, str]:
    """Created, amount, fee, net, status, bank and failure reason of one payout."""
    net = format_money(transfer.net, transfer.currency) if transfer.net is not None else NOTHING
    return (
        moment(transfer.created_at, zone),
        format_money(transfer.amount, transfer.currency),
        fee_text(transfer),
        net,
        payout_status(transfer),
        bank_text(transfer),
        failure_text(transfer),
    )


def position_text(offset: int, count: int, total: int) -> str:
    """Where the page sits in the whole list: "21–40 of 134"."""
    if total <= 0 and count == 0:
        return ""
    if count == 0:
        return f"none of {total:,}"
    return f"{offset + 1:,}–{offset + count:,} of {max(total, offset + count):,}"


# -- fetching in the background ----------------------------------------------------------------


class Listing(StrEnum):
    """Which of an account's lists a page comes from."""

    TRANSACTIONS = "transactions"
    PAYOUTS = "payouts"


@dataclass(frozen=True, slots=True)
class PageRequest:
    """One page asked for: whose list, which list and where in it; serial orders the requests."""

    account_id: str
    listing: Listing
    offset: int = 0
    limit: int = PAGE_SIZE
    serial: int = 0


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A page Omise answered with."""

    request: PageRequest
    page: Page[Transaction] | Page[Transfer]


@dataclass(frozen=True, slots=True)
class FetchFailure:
    """Why a page could not be fetched, as a sentence for the merchant."""

    request: PageRequest
    kind: ErrorKind
    message: str


class _PageWorker(QObject):
    """Lives in a fetch thread and makes each request with a client of its own."""

    requested = Signal(object)  # PageRequest, from the main thread
    done = Signal(object)  # FetchedPage | FetchFailure

    def __init__(self, endpoint: ApiEndpoint, key_for: KeyLookup, deadline: float) -> None:
        super().__init__()
        self._endpoint = endpoint
        self._key_for = key_for
        self._deadline = deadline
        self._lock = threading.Lock()
        self._wanted = 0
        self._client: OmiseClient | None = None
        self.requested.connect(self.fetch, Qt.ConnectionType.QueuedConnection)

    def want(self, serial: int) -> None:
        """Thread-safe: only request `serial` still matters, so the call in flight is cut short."""
        with self._lock:
            self._wanted = serial
            client = self._client
        if client is not None:
            client.abort()

    def _wanted_now(self, request: PageRequest) -> bool:
        with self._lock:
            return request.serial == self._wanted

    @Slot(object)
    def fetch(self, request: PageRequest) -> None:
        if not self._wanted_now(request):
            return  # superseded while it waited in the queue
        key = self._key_for(request.account_id)
        if key is None:
            self.done.emit(FetchFailure(request, ErrorKind.CONFIGURATION, NO_KEY_STORED))
            return
        try:
            client = OmiseClient(
                key,
                api_base=self._endpoint.base,
                api_version=self._endpoint.version,
                deadline=self._deadline,
            )
        except OmiseError as exc:
            self.done.emit(FetchFailure(request, exc.kind, exc.message))
            return
        except ValueError as exc:  # an API version that is not a date; the sentence says so
            self.done.emit(FetchFailure(request, ErrorKind.CONFIGURATION, str(exc)))
            return
        del key
        with self._lock:
            if request.serial != self._wanted:
                client.close()
                return
            self._client = client
        outcome: FetchedPage | FetchFailure
        try:
            if request.listing is Listing.TRANSACTIONS:
                page: Page[Transaction] | Page[Transfer] = client.transactions(
                    request.limit, request.offset, "reverse_chronological"
                )
            else:
                page = client.transfers(request.limit, request.offset, "reverse_chronological")
            outcome = FetchedPage(request, page)
        except OmiseError as exc:
            outcome = FetchFailure(request, exc.kind, exc.message)
        finally:
            with self._lock:
                self._client = None
            client.close()
        if self._wanted_now(request):
            if isinstance(outcome, FetchFailure):
                log.info(
                    "%s page of %s failed: %s",
                    request.listing.value,
                    request.account_id,
                    outcome.kind.value,
                )
            self.done.emit(outcome)


# Every fetch thread ever started, until the main thread has seen it finish: a QThread destroyed
# while it runs takes the whole app down, and a request stuck in a DNS lookup cannot be aborted.
_STARTED: list[_FetchThread] = []


def _forget_finished() -> None:
    _STARTED[:] = [started for started in _STARTED if not started.thread.isFinished()]


class _FetchThread:
    """A QThread with the worker living in it, started at once."""

    def __init__(
        self,
        endpoint: ApiEndpoint,
        key_for: KeyLookup,
        deadline: float,
        deliver: Callable[[object], None],
    ) -> None:
        self.worker = _PageWorker(endpoint, key_for, deadline)
        self.thread = QThread()
        self.thread.setObjectName("activity-fetch-thread")
        worker, home = self.worker, QThread.currentThread()
        self.worker.moveToThread(self.thread)
        # Back home as the thread ends, so the main thread may delete the worker safely.
        self.thread.finished.connect(
            lambda: worker.moveToThread(home), Qt.ConnectionType.DirectConnection
        )
        self.worker.done.connect(deliver)
        _forget_finished()
        _STARTED.append(self)
        self.thread.start()

    def stop(self) -> None:
        """Cut the request in flight short and end the thread's loop; does not wait."""
        self.worker.want(-1)
        self.thread.quit()


class _Lane:
    """The fetcher's current thread; a plain object, so it can still stop it as the fetcher dies."""

    def __init__(self) -> None:
        self.current: _FetchThread | None = None

    def stop(self) -> _FetchThread | None:
        running, self.current = self.current, None
        if running is not None:
            running.stop()
        return running


class ActivityFetcher(QObject):
    """Fetches one page at a time in a thread of its own; a newer request cancels the older.

    Keys come from `key_for` (called in the fetch thread, so it must be thread-safe) and go
    straight into the request's client: never into a signal, an attribute or a log line.
    """

    page_ready = Signal(object)  # FetchedPage
    page_failed = Signal(object)  # FetchFailure

    def __init__(
        self,
        endpoint: ApiEndpoint,
        key_for: KeyLookup,
        *,
        deadline: float = FETCH_DEADLINE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._endpoint = endpoint
        self._key_for = key_for
        self._deadline = deadline
        self._serial = 0
        self._lane = _Lane()
        lane = self._lane
        self.destroyed.connect(lambda *_: lane.stop())

    @property
    def fetch_thread(self) -> QThread | None:
        """The thread fetching now, None before the first fetch and after stop()."""
        current = self._lane.current
        return current.thread if current is not None else None

    @property
    def thread_running(self) -> bool:
        current = self._lane.current
        return current is not None and current.thread.isRunning()

    def fetch(self, request: PageRequest) -> PageRequest:
        """Ask for a page; whatever was asked before is cancelled. Returns it with its serial."""
        self._serial += 1
        request = replace(request, serial=self._serial)
        running = self._lane.current
        if running is None:
            running = _FetchThread(self._endpoint, self._key_for, self._deadline, self._deliver)
            self._lane.current = running
        running.worker.want(self._serial)
        running.worker.requested.emit(request)
        return request

    def stop(self, wait_ms: int = STOP_WAIT_MS) -> bool:
        """Cancel and end the thread; False if it did not end within `wait_ms`.

        A later fetch() starts a fresh thread.
        """
        self._serial += 1
        stopped = self._lane.stop()
        if stopped is None:
            return True
        finished = bool(stopped.thread.wait(wait_ms))
        if not finished:
            log.warning("an activity fetch did not stop within %d ms; leaving it to end", wait_ms)
        _forget_finished()
        return finished

    @Slot(object)
    def _deliver(self, outcome: object) -> None:
        if not isinstance(outcome, FetchedPage | FetchFailure):
            return
        if outcome.request.serial != self._serial:
            return  # an answer to a request the merchant has moved on from
        if isinstance(outcome, FetchedPage):
            self.page_ready.emit(outcome)
        else:
            self.page_failed.emit(outcome)


# -- the views ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Cell:
    """What one table cell shows, and how."""

    text: str
    tooltip: str = ""
    colour: str | None = None


# Room on both sides of every cell, so a right-aligned amount never touches the next column;
# the headers get the same room plus the item's own margin, so titles line up with the cells.
_TABLE_STYLE = "QTableView::item { padding: 0 8px; } QHeaderView::section { padding: 2px 11px; }"


class _Table(QTableWidget):
    """A read-only table whose selected rows copy as tab-separated text (Ctrl+C)."""

    def __init__(
        self, headers: Sequence[str], right: frozenset[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(0, len(headers), parent)
        self._right = right
        for column, title in enumerate(headers):
            item = QTableWidgetItem(title)
            item.setTextAlignment(_alignment(column in right))
            self.setHorizontalHeaderItem(column, item)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        # Tab leaves the table for the buttons instead of walking cell by cell.
        self.setTabKeyNavigation(False)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setStretchLastSection(True)
        self.setStyleSheet(_TABLE_STYLE)
        self.copy_action = QAction("Copy", self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.addAction(self.copy_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def fill(self, rows: Sequence[Sequence[_Cell]]) -> None:
        """Show these rows, and size the columns to them with room to breathe."""
        self.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, cell in enumerate(cells):
                self.setItem(row, column, _item(cell, column in self._right))
        # The last column stretches to the edge; sizing it to its contents would undo that.
        for column in range(self.columnCount() - 1):
            self.resizeColumnToContents(column)
        self.scrollToTop()

    def selected_text(self) -> str:
        rows = sorted({index.row() for index in self.selectedIndexes()})
        lines = []
        for row in rows:
            cells = [self.item(row, column) for column in range(self.columnCount())]
            lines.append("\t".join(cell.text() if cell else "" for cell in cells))
        return "\n".join(lines)

    def copy_selection(self) -> None:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)


def _alignment(right: bool) -> Qt.AlignmentFlag:
    horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
    return horizontal | Qt.AlignmentFlag.AlignVCenter


def _item(cell: _Cell, right: bool) -> QTableWidgetItem:
    item = QTableWidgetItem(cell.text)
    if cell.tooltip:
        item.setToolTip(cell.tooltip)
    if cell.colour:
        item.setForeground(QColor(cell.colour))
    item.setTextAlignment(_alignment(right))
    return item


@dataclass(frozen=True, slots=True)
class _ListKind:
    """What sets the transactions list apart from the payouts list."""

    listing: Listing
    noun: str
    headers: tuple[str, ...]
    right: frozenset[int]  # columns of amounts, aligned right
    row: Callable[[Any, datetime, tzinfo | None], tuple[_Cell, ...]]


class _ListView(QWidget):
    """One account's list, a page at a time: paging, loading, empty and error states."""

    loaded = Signal()  # after a page or a failure has been shown
    KIND: _ListKind  # what the subclass lists

    def __init__(
        self,
        accounts: Mapping[str, str],
        endpoint: ApiEndpoint,
        key_for: KeyLookup,
        *,
        page_size: int = PAGE_SIZE,
        clock: Clock = _utc_now,
        zone: tzinfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}")
        kind = self._kind = self.KIND
        self.listing = kind.listing
        self.noun = kind.noun
        self._accounts = dict(accounts)
        self._error = ""
        self._page_size = page_size
        self._clock = clock
        self._zone = zone
        self._account_id = next(iter(self._accounts), "")
        self._shown: Page[Transaction] | Page[Transfer] | None = None
        self._pending: PageRequest | None = None
        self._failed: PageRequest | None = None
        self.fetcher = ActivityFetcher(endpoint, key_for, parent=self)
        self.fetcher.page_ready.connect(self._show_page)
        self.fetcher.page_failed.connect(self._show_failure)

        self.table = _Table(kind.headers, kind.right)
        self.table.setAccessibleName(self.noun.capitalize())
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.table)
        column = QVBoxLayout(self)
        column.setSpacing(SPACING)
        column.addLayout(self._build_account_row())
        column.addWidget(self._build_error_row())
        column.addWidget(self.stack, 1)
        column.addLayout(self._build_paging_row())
        for first, second in itertools.pairwise(self._tab_chain()):
            self.setTabOrder(first, second)
        self._render_controls()
        self._set_message("")

    def _build_account_row(self) -> QHBoxLayout:
        self.account_box = QComboBox()
        self.account_box.setAccessibleName("Account")
        for account_id, name in self._accounts.items():
            self.account_box.addItem(name, account_id)
        self.account_box.currentIndexChanged.connect(self._account_chosen)
        several = len(self._accounts) > 1
        label = QLabel("&Account:" if several else "Account:")
        label.setBuddy(self.account_box)
        # One account needs no picker, but the merchant still sees whose list this is.
        self.account_name = QLabel(next(iter(self._accounts.values()), ""))
        self.account_box.setVisible(several)
        self.account_name.setVisible(not several)
        self.refresh_button = QPushButton("Re&fresh")
        self.refresh_button.setToolTip(f"Fetch this page of {self.noun} again")
        self.refresh_button.clicked.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.account_box)
        row.addWidget(self.account_name)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        return row

    def _build_error_row(self) -> QWidget:
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton("&Retry")
        self.retry_button.clicked.connect(self.retry)
        self.error_row = QWidget()
        row = QHBoxLayout(self.error_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.error_label, 1)
        row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.error_row.setVisible(False)
        return self.error_row

    def _build_paging_row(self) -> QHBoxLayout:
        self.status_label = QLabel()
        self.position_label = QLabel()
        self.position_label.setAccessibleName("Position in the list")
        self.previous_button = QPushButton("&Previous")
        self.previous_button.setToolTip(f"Newer {self.noun}")
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button = QPushButton("&Next")
        self.next_button.setToolTip(f"Older {self.noun}")
        self.next_button.clicked.connect(self.next_page)
        row = QHBoxLayout()
        row.addWidget(self.status_label)
        row.addStretch(1)
        row.addWidget(self.position_label)
        row.addSpacing(SPACING)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        return row

    def _tab_chain(self) -> list[QWidget]:
        return [
            self.account_box,
            self.refresh_button,
            self.retry_button,
            self.table,
            self.previous_button,
            self.next_button,
        ]

    # -- what the caller and the buttons ask for ---------------------------------------------

    @property
    def account_id(self) -> str:
        return self._account_id

    @property
    def page(self) -> Page[Transaction] | Page[Transfer] | None:
        """The page on show (kept while a newer one loads or fails)."""
        return self._shown

    @property
    def loading(self) -> bool:
        return self._pending is not None

    def set_account(self, account_id: str) -> None:
        index = self.account_box.findData(account_id)
        if index >= 0:
            self.account_box.setCurrentIndex(index)

    def load(self, offset: int = 0) -> None:
        """Fetch the page from `offset` (0 is the newest); the page on show stays meanwhile."""
        if not self._account_id:
            self._set_message(f"No account uses this currency, so there are no {self.noun}.")
            return
        request = PageRequest(self._account_id, self.listing, max(0, offset), self._page_size)
        self._pending = self.fetcher.fetch(request)
        self._failed = None
        self._error = ""
        self.error_row.setVisible(False)
        if self._shown is None:
            self._set_message(f"Loading {self.noun}…")
        self._render_controls()

    def next_page(self) -> None:
        if self._can_go_next():
            self.load(self._target_offset() + self._page_size)

    def previous_page(self) -> None:
        if self._target_offset() > 0:
            self.load(self._target_offset() - self._page_size)

    def refresh(self) -> None:
        self.load(self._target_offset())

    def retry(self) -> None:
        self.load(self._failed.offset if self._failed is not None else self._target_offset())

    def shutdown(self) -> bool:
        """Cancel any fetch and end the fetch thread; the view can load again later."""
        self._pending = None
        stopped = self.fetcher.stop()
        self._render_controls()
        return stopped

    # -- Qt events ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        # Fetched when first seen, not when built: a window with tabs asks only for what is read.
        if self._shown is None and self._pending is None and self._failed is None:
            self.load(0)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.shutdown()
        super().closeEvent(event)

    # -- rendering ---------------------------------------------------------------------------

    def _target_offset(self) -> int:
        if self._pending is not None:
            return self._pending.offset
        return self._shown.offset if self._shown is not None else 0

    def _can_go_next(self) -> bool:
        if self._shown is None:
            return False
        return self._target_offset() + self._page_size < self._shown.total

    def _account_chosen(self, index: int) -> None:
        account_id = self.account_box.itemData(index)
        if not isinstance(account_id, str) or account_id == self._account_id:
            return
        self._account_id = account_id
        self._shown = None
        self.table.setRowCount(0)
        self.load(0)

    def _show_page(self, fetched: FetchedPage) -> None:
        if fetched.request.account_id != self._account_id:
            return
        self._pending = None
        self._shown = fetched.page
        now = self._clock()
        rows = [self._kind.row(item, now, self._zone) for item in fetched.page.items]
        self.table.fill(rows)
        if rows:
            self.stack.setCurrentWidget(self.table)
        elif fetched.page.total == 0:
            self._set_message(f"No {self.noun} yet")
        else:
            self._set_message(f"No more {self.noun}: go back with Previous.")
        self._render_controls()
        self.loaded.emit()

    def _show_failure(self, failure: FetchFailure) -> None:
        if failure.request.account_id != self._account_id:
            return
        self._pending = None
        self._failed = failure.request
        colour = SIGNAL_COLOURS[TraySignal.CRITICAL]
        self._error = failure.message
        self.error_label.setText(
            f'<span style="color:{colour}">⚠</span> {html.escape(self._error)}'
        )
        self.error_label.setAccessibleName(f"Problem: {self._error}")
        self.error_row.setVisible(True)
        if self._shown is None:
            self._set_message(f"The {self.noun} could not be loaded.")
        self._render_controls()
        self.loaded.emit()

    def _set_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _render_controls(self) -> None:
        shown = self._shown
        self.status_label.setText("Loading…" if self._pending is not None else "")
        if shown is None:
            self.position_label.setText("")
        else:
            self.position_label.setText(position_text(shown.offset, len(shown.items), shown.total))
        self.previous_button.setEnabled(self._target_offset() > 0)
        self.next_button.setEnabled(self._can_go_next())

    def error_text(self) -> str:
        """The sentence of the failure on show; empty when there is none."""
        return self._error


def _transaction_row(item: Transaction, now: datetime, zone: tzinfo | None) -> tuple[_Cell, ...]:
    time, direction, amount, kind, transferable = transaction_cells(item, now, zone)
    credit = item.direction == "credit"
    origin = f" (from {item.origin})" if item.origin else ""
    return (
        _Cell(time, tooltip=f"{item.id}{origin}"),
        _Cell(direction),
        _Cell(amount, colour=CREDIT_COLOUR if credit else DEBIT_COLOUR),
        _Cell(kind, tooltip=item.key),
        _Cell(transferable),
    )


def _payout_row(item: Transfer, now: datetime, zone: tzinfo | None) -> tuple[_Cell, ...]:
    created, amount, fee, net, status, bank, failure = payout_cells(item, zone)
    failure_code = item.failure_code
    stages = [f"sent {moment(item.sent_at, zone)}"] if item.sent_at else []
    if item.paid_at:
        stages.append(f"paid {moment(item.paid_at, zone)}")
    return (
        _Cell(created, tooltip=item.id),
        _Cell(amount),
        _Cell(fee),
        _Cell(net),
        _Cell(
            status,
            tooltip=", ".join(stages).capitalize(),
            colour=DEBIT_COLOUR if status == "Failed" else None,
        ),
        _Cell(bank, tooltip=item.bank_name or ""),
        _Cell(failure, tooltip=f"{failure} ({failure_code})" if failure_code else failure),
    )


_TRANSACTIONS = _ListKind(
    Listing.TRANSACTIONS,
    "transactions",
    ("Time", "Credit / debit", "Amount", "What it was", "Transferable"),
    frozenset({2}),
    _transaction_row,
)
_PAYOUTS = _ListKind(
    Listing.PAYOUTS,
    "payouts",
    ("Created", "Amount", "Fee", "Net", "Status", "Bank", "Failure reason"),
    frozenset({1, 2, 3}),
    _payout_row,
)


class TransactionsView(_ListView):
    """An account's balance transactions, newest first, a page at a time.

    `accounts` maps account id to name (a picker appears when there are several); keys come
    from `key_for` in the fetch thread.
    """

    KIND = _TRANSACTIONS


class PayoutsView(_ListView):
    """An account's payouts to the bank, newest first: fee, net, status and why one failed."""

    KIND = _PAYOUTS
