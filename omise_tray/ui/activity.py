"""Recent transactions and payouts of an account, a page at a time from a page source that
fetches off the UI thread (app.activity)."""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QPalette, QShowEvent
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

from omise_tray.core import errors, localized
from omise_tray.core.errors import UNEXPECTED_CODE, ErrorKind
from omise_tray.core.localized import Language, translatable
from omise_tray.core.portfolio import Signal as TraySignal
from omise_tray.core.privacy import HIDDEN_AMOUNT
from omise_tray.i18n.translators import current_language, follow_language
from omise_tray.omise.listing import (
    MAX_PAGE_SIZE,
    PAGE_SIZE,
    FetchedPage,
    FetchFailure,
    Listing,
    PageAnswer,
    PageRequest,
)
from omise_tray.omise.models import Page, Transaction, Transfer
from omise_tray.ui.theme import SIGNAL_COLOURS, SPACING, text_colour

# The theme's health colours at text contrast on the table (theme.text_colour); the sign and
# word carry the meaning, the colour only helps the eye.
CREDIT_COLOUR = TraySignal.HEALTHY
DEBIT_COLOUR = TraySignal.CRITICAL
NOTHING = "—"

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


# -- what the merchant reads in each cell ------------------------------------------------------

# What a transaction was, by the head of its key (source texts; kind_label translates them).
_KINDS = {
    "charge": translatable("Activity", "Charge"),
    "refund": translatable("Activity", "Refund"),
    "transfer": translatable("Activity", "Payout"),
    "dispute": translatable("Activity", "Dispute"),
}
_OTHER = translatable("Activity", "Other")
_FAILED = translatable("Activity", "Failed")
_PAID = translatable("Activity", "Paid")
_SENT = translatable("Activity", "Sent")
_PENDING = translatable("Activity", "Pending")


def _word(source: str) -> str:
    """A marked word of this module in the window's language."""
    context = "Activity"
    return QCoreApplication.translate(context, source)


def _money(amount: int, currency: str) -> str:
    return localized.money(amount, currency, current_language())


def kind_label(key: str) -> str:
    """What a transaction was, from its key: "charge.captured.net" -> "Charge"."""
    head = key.partition(".")[0].strip().lower()
    if head in _KINDS:
        return _word(_KINDS[head])
    # Old API versions without a recognisable source leave only the direction as the key.
    if head in ("", "credit", "debit"):
        return _word(_OTHER)
    # A kind this version does not know: Omise's own word for it.
    return head.replace("_", " ").capitalize()


def moment(at: datetime | None, zone: tzinfo | None = None) -> str:
    """A readable local date and time, "14 May 2024, 14:05"; zone None is the computer's own."""
    if at is None:
        return NOTHING
    return localized.date_time(at.astimezone(zone), current_language())


def signed_amount(transaction: Transaction) -> str:
    """The amount with the sign of its direction: "+฿1,234.56" in, "-฿850.00" out."""
    if transaction.direction == "credit":
        return "+" + _money(transaction.amount, transaction.currency)
    return _money(-transaction.amount, transaction.currency)


def transferable_text(at: datetime | None, now: datetime, zone: tzinfo | None = None) -> str:
    """When the money can be paid out: "now" once that moment has passed."""
    if at is None:
        return NOTHING
    #: The money of a transaction can be paid out now.
    return QCoreApplication.translate("Activity", "now") if at <= now else moment(at, zone)


def transaction_cells(
    transaction: Transaction, now: datetime, zone: tzinfo | None = None
) -> tuple[str, str, str, str, str]:
    """Time, credit or debit, signed amount, what it was, and when it becomes transferable."""
    credit = transaction.direction == "credit"
    return (
        moment(transaction.created_at, zone),
        QCoreApplication.translate("Activity", "Credit")
        if credit
        else QCoreApplication.translate("Activity", "Debit"),
        signed_amount(transaction),
        kind_label(transaction.key),
        transferable_text(transaction.transferable_at, now, zone),
    )


def _failed(transfer: Transfer) -> bool:
    return bool(transfer.failure_code or transfer.failure_message)


def payout_status(transfer: Transfer) -> str:
    """Failed, paid, sent or pending, as one word."""
    if _failed(transfer):
        return _word(_FAILED)
    if transfer.paid:
        return _word(_PAID)
    if transfer.sent:
        return _word(_SENT)
    return _word(_PENDING)


def fee_text(transfer: Transfer) -> str:
    """The payout fee, and the VAT on it when there is any: "฿25.00 + ฿1.75 VAT"."""
    fee = _money(transfer.fee, transfer.currency)
    if transfer.fee_vat:
        vat = _money(transfer.fee_vat, transfer.currency)
        #: A payout's fee and the VAT charged on it, both amounts.
        return QCoreApplication.translate("Activity", "{fee} + {vat} VAT").format(fee=fee, vat=vat)
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
    net = _money(transfer.net, transfer.currency) if transfer.net is not None else NOTHING
    return (
        moment(transfer.created_at, zone),
        _money(transfer.amount, transfer.currency),
        fee_text(transfer),
        net,
        payout_status(transfer),
        bank_text(transfer),
        failure_text(transfer),
    )


def failure_sentence(kind: ErrorKind, message: str, code: str | None = None) -> str:
    """Why a page could not be fetched, in the window's language. The client writes its
    sentences in English, with the detail (an HTTP status, Omise's own words) an English
    window keeps; another language says the kind of failure and what to do in its own words,
    and a failure in the app's own settings or code from its code."""
    if current_language() is Language.ENGLISH:
        return message
    translate = QCoreApplication.translate
    if code == UNEXPECTED_CODE:
        return translate("Activity", "The list could not be fetched; details are in the log.")
    if kind is ErrorKind.CONFIGURATION and code is not None:
        return errors.failure_sentence(kind, translate, code=code)
    if kind is ErrorKind.AUTH:
        return translate("Activity", "Omise rejected this account's key: update it in Accounts.")
    if kind is ErrorKind.NETWORK:
        return translate(
            "Activity", "Omise could not be reached: check the connection, then retry."
        )
    if kind is ErrorKind.RATE_LIMITED:
        return translate("Activity", "Omise asked us to slow down: retry in a moment.")
    if kind is ErrorKind.SERVER:
        return translate("Activity", "Omise is having trouble right now: retry in a few minutes.")
    if kind is ErrorKind.INVALID_RESPONSE:
        return translate("Activity", "Omise's answer could not be read: retry in a moment.")
    #: {problem} is the reason in Omise's own (English) words.
    return translate("Activity", "Omise could not answer: {problem}").format(problem=message)


def position_text(offset: int, count: int, total: int) -> str:
    """Where the page sits in the whole list: "21–40 of 134"."""
    if total <= 0 and count == 0:
        return ""
    translate = QCoreApplication.translate
    if count == 0:
        #: No row of this page is on show; {total} rows are in the whole list.
        return translate("Activity", "none of {total}").format(total=f"{total:,}")
    #: Rows {first} to {last} of {total} are on show: "21–40 of 134".
    return translate("Activity", "{first}–{last} of {total}").format(
        first=f"{offset + 1:,}", last=f"{offset + count:,}", total=f"{max(total, offset + count):,}"
    )


# -- where pages come from ---------------------------------------------------------------------


class PageSource(Protocol):
    """Fetches one page at a time in the background; a newer request cancels the older.

    `answer` is called later in the UI thread with the page or why not, never for a request
    that was superseded or stopped. app.activity.ActivityFetcher is the real one.
    """

    def fetch(self, request: PageRequest, answer: Callable[[PageAnswer], None]) -> PageRequest:
        """Ask for a page; returns the request with the serial it was given."""
        ...

    def stop(self, wait_ms: int = ...) -> bool:
        """Cancel what is in flight and end the background work; False if it did not end."""
        ...


# -- the views ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Cell:
    """What one table cell shows, and how."""

    text: str
    tooltip: str = ""
    colour: TraySignal | None = None


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
        self.set_headers(headers)
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
        self.copy_action = QAction(self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.addAction(self.copy_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def set_headers(self, headers: Sequence[str]) -> None:
        for column, title in enumerate(headers):
            item = QTableWidgetItem(title)
            item.setTextAlignment(_alignment(column in self._right))
            self.setHorizontalHeaderItem(column, item)

    def fill(self, rows: Sequence[Sequence[_Cell]]) -> None:
        """Show these rows, and size the columns to them with room to breathe."""
        self.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, cell in enumerate(cells):
                self.setItem(row, column, _item(cell, column in self._right, self.palette()))
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


def _item(cell: _Cell, right: bool, palette: QPalette) -> QTableWidgetItem:
    item = QTableWidgetItem(cell.text)
    if cell.tooltip:
        item.setToolTip(cell.tooltip)
    if cell.colour:
        item.setForeground(text_colour(cell.colour, palette))
    item.setTextAlignment(_alignment(right))
    return item


@dataclass(frozen=True, slots=True)
class _Words:
    """The sentences of one kind of list, in the window's language: each says its own noun,
    since the words around it change with it in Thai and Japanese."""

    name: str  # the table's accessible name
    headers: tuple[str, ...]
    refresh_tip: str
    newer: str
    older: str
    no_account: str
    loading: str
    none_yet: str
    no_more: str
    not_loaded: str


def _transaction_words() -> _Words:
    translate = QCoreApplication.translate
    return _Words(
        translate("Activity", "Transactions"),
        (
            translate("Activity", "Time"),
            translate("Activity", "Credit / debit"),
            translate("Activity", "Amount"),
            translate("Activity", "What it was"),
            #: The column of when each transaction's money can be paid out.
            translate("Activity", "Transferable"),
        ),
        translate("Activity", "Fetch this page of transactions again"),
        translate("Activity", "Newer transactions"),
        translate("Activity", "Older transactions"),
        translate("Activity", "No account uses this currency, so there are no transactions."),
        translate("Activity", "Loading transactions…"),
        translate("Activity", "No transactions yet"),
        translate("Activity", "No more transactions: go back with Previous."),
        translate("Activity", "The transactions could not be loaded."),
    )


def _payout_words() -> _Words:
    translate = QCoreApplication.translate
    return _Words(
        translate("Activity", "Payouts"),
        (
            translate("Activity", "Created"),
            translate("Activity", "Amount"),
            translate("Activity", "Fee"),
            #: What reaches the bank: the payout less its fee.
            translate("Activity", "Net"),
            translate("Activity", "Status"),
            translate("Activity", "Bank"),
            translate("Activity", "Failure reason"),
        ),
        translate("Activity", "Fetch this page of payouts again"),
        translate("Activity", "Newer payouts"),
        translate("Activity", "Older payouts"),
        translate("Activity", "No account uses this currency, so there are no payouts."),
        translate("Activity", "Loading payouts…"),
        translate("Activity", "No payouts yet"),
        translate("Activity", "No more payouts: go back with Previous."),
        translate("Activity", "The payouts could not be loaded."),
    )


@dataclass(frozen=True, slots=True)
class _ListKind:
    """What sets the transactions list apart from the payouts list."""

    listing: Listing
    words: Callable[[], _Words]
    right: frozenset[int]  # columns of amounts, aligned right
    row: Callable[[Any, datetime, tzinfo | None], tuple[_Cell, ...]]


class _ListView(QWidget):
    """One account's list, a page at a time: paging, loading, empty and error states."""

    loaded = Signal()  # after a page or a failure has been shown
    KIND: _ListKind  # what the subclass lists

    def __init__(
        self,
        accounts: Mapping[str, str],
        source: PageSource,
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
        self._accounts = dict(accounts)
        self._error = ""
        self._error_kind = ErrorKind.NETWORK
        self._error_code: str | None = None
        self._page_size = page_size
        self._clock = clock
        self._zone = zone
        self._account_id = next(iter(self._accounts), "")
        self._shown: Page[Transaction] | Page[Transfer] | None = None
        self._pending: PageRequest | None = None
        self._failed: PageRequest | None = None
        self._amounts_hidden = False
        self._message = ""  # which of the words' messages is on show ("" for none)
        self.source = source
        # A view deleted without being closed (its parent went away) still ends the fetching.
        self.destroyed.connect(lambda *_: source.stop(0))

        words = kind.words()
        self.table = _Table(words.headers, kind.right)
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
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        """Every word in the current language; the rows again, for their words and dates."""
        translate = QCoreApplication.translate
        words = self._kind.words()
        self.table.set_headers(words.headers)
        self.table.setAccessibleName(words.name)
        self.table.copy_action.setText(translate("Activity", "Copy"))
        self.account_box.setAccessibleName(translate("Activity", "Account"))
        if len(self._accounts) > 1:
            self.account_label.setText(translate("Activity", "&Account:"))
        else:
            self.account_label.setText(translate("Activity", "Account:"))
        self.refresh_button.setText(translate("Activity", "Re&fresh"))
        self.refresh_button.setToolTip(words.refresh_tip)
        self.retry_button.setText(translate("Activity", "&Retry"))
        self.position_label.setAccessibleName(translate("Activity", "Position in the list"))
        self.previous_button.setText(translate("Activity", "&Previous"))
        self.previous_button.setToolTip(words.newer)
        self.next_button.setText(translate("Activity", "&Next"))
        self.next_button.setToolTip(words.older)
        if self._error:
            self._show_error()
        if self._message:
            self._set_message(self._message)
        if self._shown is not None and self._shown.items:
            self.table.fill(self._rows(self._shown))
        self._render_controls()

    def _build_account_row(self) -> QHBoxLayout:
        self.account_box = QComboBox()
        for account_id, name in self._accounts.items():
            self.account_box.addItem(name, account_id)
        self.account_box.currentIndexChanged.connect(self._account_chosen)
        several = len(self._accounts) > 1
        label = self.account_label = QLabel()
        label.setBuddy(self.account_box)
        # One account needs no picker, but the merchant still sees whose list this is.
        self.account_name = QLabel(next(iter(self._accounts.values()), ""))
        self.account_box.setVisible(several)
        self.account_name.setVisible(not several)
        self.refresh_button = QPushButton()
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
        self.retry_button = QPushButton()
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
        self.previous_button = QPushButton()
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button = QPushButton()
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

    def set_amounts_hidden(self, hidden: bool) -> None:
        """Privacy mode: the amount columns show "•••" (at once for the page on show)."""
        if hidden == self._amounts_hidden:
            return
        self._amounts_hidden = hidden
        if self._shown is not None and self._shown.items:
            self.table.fill(self._rows(self._shown))

    def _rows(self, page: Page[Transaction] | Page[Transfer]) -> list[tuple[_Cell, ...]]:
        now = self._clock()
        rows = [self._kind.row(item, now, self._zone) for item in page.items]
        if not self._amounts_hidden:
            return rows
        amounts = self._kind.right
        return [
            tuple(
                replace(cell, text=HIDDEN_AMOUNT) if column in amounts else cell
                for column, cell in enumerate(row)
            )
            for row in rows
        ]

    def set_account(self, account_id: str) -> None:
        index = self.account_box.findData(account_id)
        if index >= 0:
            self.account_box.setCurrentIndex(index)

    def load(self, offset: int = 0) -> None:
        """Fetch the page from `offset` (0 is the newest); the page on show stays meanwhile."""
        if not self._account_id:
            self._set_message("no_account")
            return
        request = PageRequest(self._account_id, self.listing, max(0, offset), self._page_size)
        self._pending = self.source.fetch(request, self._answered)
        self._failed = None
        self._error = ""
        self.error_row.setVisible(False)
        if self._shown is None:
            self._set_message("loading")
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
        stopped = self.source.stop()
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

    def _answered(self, outcome: PageAnswer) -> None:
        if isinstance(outcome, FetchedPage):
            self._show_page(outcome)
        else:
            self._show_failure(outcome)

    def _show_page(self, fetched: FetchedPage) -> None:
        if fetched.request.account_id != self._account_id:
            return
        self._pending = None
        self._shown = fetched.page
        rows = self._rows(fetched.page)
        self.table.fill(rows)
        if rows:
            self.stack.setCurrentWidget(self.table)
        elif fetched.page.total == 0:
            self._set_message("none_yet")
        else:
            self._set_message("no_more")
        self._render_controls()
        self.loaded.emit()

    def _show_failure(self, failure: FetchFailure) -> None:
        if failure.request.account_id != self._account_id:
            return
        self._pending = None
        self._failed = failure.request
        self._error = failure.message
        self._error_kind = failure.kind
        self._error_code = failure.code
        self._show_error()
        self.error_row.setVisible(True)
        if self._shown is None:
            self._set_message("not_loaded")
        self._render_controls()
        self.loaded.emit()

    def _show_error(self) -> None:
        colour = SIGNAL_COLOURS[TraySignal.CRITICAL]
        sentence = failure_sentence(self._error_kind, self._error, self._error_code)
        self.error_label.setText(f'<span style="color:{colour}">⚠</span> {html.escape(sentence)}')
        #: {problem} is the failure's own sentence.
        self.error_label.setAccessibleName(
            QCoreApplication.translate("Activity", "Problem: {problem}").format(problem=sentence)
        )

    def _set_message(self, message: str) -> None:
        """Show one of the words' messages by its name ("loading", "none_yet"…), "" for none."""
        self._message = message
        self.message.setText(getattr(self._kind.words(), message) if message else "")
        self.stack.setCurrentWidget(self.message)

    def _render_controls(self) -> None:
        shown = self._shown
        loading = QCoreApplication.translate("Activity", "Loading…")
        self.status_label.setText(loading if self._pending is not None else "")
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
    tooltip = item.id
    if item.origin:
        #: {id} is a transaction's id, {origin} the id of what it came from (a charge).
        tooltip = QCoreApplication.translate("Activity", "{id} (from {origin})").format(
            id=item.id, origin=item.origin
        )
    return (
        _Cell(time, tooltip=tooltip),
        _Cell(direction),
        _Cell(amount, colour=CREDIT_COLOUR if credit else DEBIT_COLOUR),
        _Cell(kind, tooltip=item.key),
        _Cell(transferable),
    )


def _payout_row(item: Transfer, now: datetime, zone: tzinfo | None) -> tuple[_Cell, ...]:
    created, amount, fee, net, status, bank, failure = payout_cells(item, zone)
    failure_code = item.failure_code
    translate = QCoreApplication.translate
    sent, paid = moment(item.sent_at, zone), moment(item.paid_at, zone)
    if item.sent_at and item.paid_at:
        #: When a payout was sent and when the bank paid it: dates with times.
        stages = translate("Activity", "Sent {sent}, paid {paid}").format(sent=sent, paid=paid)
    elif item.sent_at:
        stages = translate("Activity", "Sent {sent}").format(sent=sent)
    elif item.paid_at:
        stages = translate("Activity", "Paid {paid}").format(paid=paid)
    else:
        stages = ""
    return (
        _Cell(created, tooltip=item.id),
        _Cell(amount),
        _Cell(fee),
        _Cell(net),
        _Cell(
            status,
            tooltip=stages,
            colour=DEBIT_COLOUR if _failed(item) else None,
        ),
        _Cell(bank, tooltip=item.bank_name or ""),
        _Cell(failure, tooltip=f"{failure} ({failure_code})" if failure_code else failure),
    )


_TRANSACTIONS = _ListKind(
    Listing.TRANSACTIONS,
    _transaction_words,
    frozenset({2}),
    _transaction_row,
)
_PAYOUTS = _ListKind(
    Listing.PAYOUTS,
    _payout_words,
    frozenset({1, 2, 3}),
    _payout_row,
)


class TransactionsView(_ListView):
    """An account's balance transactions, newest first, a page at a time.

    `accounts` maps account id to name (a picker appears when there are several); pages come
    from `source`, which the view stops when it is closed or deleted.
    """

    KIND = _TRANSACTIONS


class PayoutsView(_ListView):
    """An account's payouts to the bank, newest first: fee, net, status and why one failed."""

    KIND = _PAYOUTS
