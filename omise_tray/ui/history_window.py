"""The history window of one currency and mode: balance chart, transactions, payouts, reports."""

from __future__ import annotations

import errno
import html
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from omise_tray import APP_NAME
from omise_tray.core import localized
from omise_tray.core.portfolio import AccountStatus, CurrencyMode
from omise_tray.core.portfolio import Signal as TraySignal
from omise_tray.core.privacy import HIDDEN_AMOUNT, shown_text
from omise_tray.core.report import DailyReport
from omise_tray.core.series import Point
from omise_tray.i18n.translators import follow_language
from omise_tray.storage.settings import Settings
from omise_tray.ui import text
from omise_tray.ui.activity import PageSource, PayoutsView, TransactionsView
from omise_tray.ui.chart import HistoryView
from omise_tray.ui.payout_check import PayoutAccount, PayoutCheckDialog
from omise_tray.ui.state_view import StateView
from omise_tray.ui.theme import SPACING, health_colour, text_colour
from omise_tray.ui.timeline import members_of, projection_points
from omise_tray.ui.upcoming import UpcomingView

log = logging.getLogger(__name__)


def reports_html(reports: Sequence[DailyReport], *, hidden: bool = False) -> str:
    """Reports as rich text in the window's language, newest day first: figures, health in
    words and the advice (every amount "•••" when `hidden`)."""
    translate = QCoreApplication.translate
    if not reports:
        message = translate(
            "HistoryWindow",
            "No daily reports yet: one is made on the first balance check of each day.",
        )
        return f"<p>{html.escape(message)}</p>"
    language = text.language()

    def money(amount: int, currency: str) -> str:
        return HIDDEN_AMOUNT if hidden else text.money(amount, currency)

    def day(when: date) -> str:
        return localized.day_month_year(when, language)

    parts: list[str] = []
    newest_first = sorted(reports, key=lambda report: report.date, reverse=True)
    shown_day: date | None = None
    for report in newest_first:
        if report.date != shown_day:
            shown_day = report.date
            parts.append(f"<h3>{html.escape(localized.long_date(report.date, language))}</h3>")
        #: A report's balance: {available}, {total} and {pending} are amounts.
        figures = translate(
            "HistoryWindow", "Available {available} · Total {total} · Pending {pending}"
        ).format(
            available=money(report.available, report.currency),
            total=money(report.total, report.currency),
            pending=money(report.pending, report.currency),
        )
        colour = health_colour(report.status).name()
        parts.append(
            f"<p style='margin-bottom:2px'><b>{html.escape(report.account_name)}</b>"
            f" &nbsp;<span style='color:{colour}'>●</span>"
            f" {html.escape(text.health_word(report.status))}<br>"
            f"{html.escape(figures)}</p>"
        )
        lines = report.lines(translate, money, day)
        if lines:
            items = "".join(
                f"<li>{html.escape(shown_text(line, hidden=hidden))}</li>" for line in lines
            )
            parts.append(f"<ul style='margin-top:0'>{items}</ul>")
        else:
            nothing = translate("HistoryWindow", "Nothing to act on.")
            parts.append(f"<p style='margin-top:0'><i>{html.escape(nothing)}</i></p>")
    return "".join(parts)


@dataclass(frozen=True, slots=True)
class _Export:
    """What an export did: `count` rows or reports saved to `file`, or it `failed` (with the
    OS's error number when there is one); kept so its sentence follows a language change."""

    what: str  # "history" or "reports"
    file: str
    count: int = 0
    failed: bool = False
    error_number: int | None = None

    def sentence(self) -> str:
        translate = QCoreApplication.translate
        count = self.count
        if not self.failed:
            # A sentence for one and one for more: English reads right without a catalogue.
            if self.what == "history" and count == 1:
                #: {file} is the name of the CSV file written.
                done = translate("HistoryWindow", "Saved %n row to {file}.", None, count)
            elif self.what == "history":
                #: {file} is the name of the CSV file written.
                done = translate("HistoryWindow", "Saved %n rows to {file}.", None, count)
            elif count == 1:
                #: {file} is the name of the CSV file written.
                done = translate("HistoryWindow", "Saved %n report to {file}.", None, count)
            else:
                #: {file} is the name of the CSV file written.
                done = translate("HistoryWindow", "Saved %n reports to {file}.", None, count)
            return done.format(file=self.file)
        if self.error_number == errno.ENOENT:
            failed = translate(
                "HistoryWindow",
                "Could not save {file}: that folder does not exist. Choose another folder.",
            )
        elif self.error_number in (errno.EACCES, errno.EPERM):
            failed = translate(
                "HistoryWindow",
                "Could not save {file}: that folder may not be written to. Choose another folder.",
            )
        elif self.error_number == errno.ENOSPC:
            failed = translate(
                "HistoryWindow",
                "Could not save {file}: the disk is full. Free some space or choose another"
                " folder.",
            )
        elif self.error_number == errno.EROFS:
            failed = translate(
                "HistoryWindow",
                "Could not save {file}: that disk is read-only. Choose another folder.",
            )
        else:
            failed = translate("HistoryWindow", "Could not save {file}. Choose another folder.")
        return failed.format(file=self.file)


class HistorySource(Protocol):
    """What a history window reads and asks for; the app's HistorySource is one."""

    @property
    def clock(self) -> Callable[[], float]: ...

    @property
    def zone(self) -> tzinfo | None: ...

    @property
    def export_folder(self) -> Path: ...

    @property
    def settings(self) -> Callable[[], Settings]: ...

    @property
    def make_report(self) -> Callable[[tuple[str, ...]], int]: ...

    def page_source(self) -> PageSource: ...

    def series(self, mode: CurrencyMode, since: int, until: int, most: int) -> list[Point]: ...

    def reports_of(self, mode: CurrencyMode) -> list[DailyReport]: ...

    def reconstructed(self, account_ids: Iterable[str], since: int, until: int) -> list[Point]: ...

    def export_history(self, mode: CurrencyMode, path: Path) -> int: ...

    def export_reports(self, mode: CurrencyMode, path: Path) -> int: ...


class HistoryWindow(QWidget):
    """Balance history, transactions, payouts and daily reports of one currency in one mode.

    Deletes itself when closed; closing cancels any fetch and ends the fetch threads.
    """

    closed = Signal(object)  # the window's CurrencyMode

    def __init__(
        self,
        mode: CurrencyMode,
        state: StateView,
        services: HistorySource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.mode = mode
        self._state = state
        self._services = services
        self.payout_dialog: PayoutCheckDialog | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumSize(640, 420)
        self.resize(960, 620)

        accounts = self._accounts()
        self.account_ids = tuple(accounts)
        self.history_view = HistoryView(
            lambda since, until, most: services.series(self.mode, since, until, most),
            self.mode.currency,
            clock=services.clock,
            zone=services.zone,
            reconstructed=lambda since, until, _most: services.reconstructed(
                self.account_ids, since, until
            ),
        )
        # Each list fetches with the API version of the moment the window opened.
        self.transactions_view = TransactionsView(
            accounts, services.page_source(), clock=self._now, zone=services.zone
        )
        self.payouts_view = PayoutsView(
            accounts, services.page_source(), clock=self._now, zone=services.zone
        )
        self.tabs = QTabWidget()
        self.reports_page = self._build_reports_page()
        for page in (self.history_view, self.transactions_view, self.payouts_view):
            self.tabs.addTab(page, "")
        self.tabs.addTab(self.reports_page, "")
        self._build_upcoming_tab()

        column = QVBoxLayout(self)
        column.setSpacing(SPACING)
        column.addWidget(self.tabs, 1)
        column.addLayout(self._build_buttons())
        self._report_made: int | None = None  # what "Update today's report" last filed
        self._export_outcome: _Export | None = None
        self._amounts_hidden = state.amounts_hidden
        follow_language(self, self._retranslate)
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._escape.activated.connect(self.close)
        self._amounts_hidden = not state.amounts_hidden  # so the first follow applies it
        self._follow_privacy()
        state.changed.connect(self._follow_privacy)

    def _build_upcoming_tab(self) -> None:
        """The coming days, kept up to date with the state's outlooks."""
        self.upcoming_view = UpcomingView(self.mode.currency)
        self.tabs.insertTab(1, self.upcoming_view, "")
        self._state.changed.connect(self.show_upcoming)
        self.show_upcoming()

    def _retranslate(self) -> None:
        """The window's title, tabs and buttons in the current language."""
        translate = QCoreApplication.translate
        #: {place} is a currency and mode, such as "THB · test"; {app} the app's name.
        title = translate("HistoryWindow", "{place} — {app}")
        place = f"{self.mode.currency} · {self._mode_word}"
        self.setWindowTitle(title.format(place=place, app=APP_NAME))
        tabs = (
            (self.history_view, translate("HistoryWindow", "&Balance history")),
            (self.upcoming_view, translate("HistoryWindow", "&Upcoming")),
            (self.transactions_view, translate("HistoryWindow", "&Transactions")),
            (self.payouts_view, translate("HistoryWindow", "Pa&youts")),
            (self.reports_page, translate("HistoryWindow", "&Daily report")),
        )
        for page, name in tabs:
            self.tabs.setTabText(self.tabs.indexOf(page), name)
        self.reports_browser.setAccessibleName(
            translate("HistoryWindow", "Daily reports, newest first")
        )
        self.make_report_button.setText(translate("HistoryWindow", "&Update today's report"))
        self.make_report_button.setToolTip(
            translate(
                "HistoryWindow",
                "Make today's report again from the latest balance of each account of this"
                " currency (it replaces the one made at the day's first balance check)",
            )
        )
        self.export_history_action.setText(translate("HistoryWindow", "Balance history…"))
        self.export_reports_action.setText(translate("HistoryWindow", "Daily reports…"))
        self.export_button.setText(translate("HistoryWindow", "&Export CSV…"))
        #: {currency} is a currency code, such as THB.
        export_tip = translate("HistoryWindow", "Save this {currency} history as a CSV file")
        self.export_button.setToolTip(export_tip.format(currency=self.mode.currency))
        self.payout_button.setText(translate("HistoryWindow", "&Can I pay this out?…"))
        self.payout_button.setToolTip(
            translate("HistoryWindow", "Check whether a transfer or refund fits the balance now")
        )
        self.close_button.setText(translate("HistoryWindow", "Close"))
        # The sentences on show, written again in the new language.
        self.show_reports()
        self._show_report_status()
        self._show_export()

    def show_upcoming(self) -> None:
        """Show the outlooks of this currency's accounts, and the chart's projection."""
        group = next((g for g in self._state.groups() if g.key == self.mode), None)
        members = members_of(group, self._state) if group is not None else []
        self.upcoming_view.show_members(members, self._now())
        complete = group is not None and len(members) == len(group.members)
        ahead = projection_points(members, self._now(), self._services.zone) if complete else []
        self.history_view.set_projection(ahead)

    @property
    def _mode_word(self) -> str:
        return text.mode_label(self.mode.livemode)

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self._services.clock(), UTC)

    # -- building -------------------------------------------------------------------------

    def _build_reports_page(self) -> QWidget:
        page = QWidget()
        self.reports_browser = QTextBrowser()
        self.reports_browser.setOpenLinks(False)
        self.make_report_button = QPushButton()
        self.make_report_button.clicked.connect(self.make_report)
        self.report_status = QLabel()
        self.report_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.make_report_button)
        row.addWidget(self.report_status, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.reports_browser, 1)
        layout.addLayout(row)
        return page

    def _build_buttons(self) -> QHBoxLayout:
        self.export_menu = QMenu(self)
        self.export_history_action = self.export_menu.addAction("")
        self.export_history_action.triggered.connect(lambda: self._export_chosen("history"))
        self.export_reports_action = self.export_menu.addAction("")
        self.export_reports_action.triggered.connect(lambda: self._export_chosen("reports"))
        self.export_button = QPushButton()
        self.export_button.setMenu(self.export_menu)
        self.payout_button = QPushButton()
        self.payout_button.clicked.connect(self.open_payout_check)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        row = QHBoxLayout()
        for button in (self.export_button, self.payout_button, self.close_button):
            button.setAutoDefault(False)
        row.addWidget(self.export_button)
        row.addWidget(self.payout_button)
        row.addWidget(self.export_status, 1)
        row.addWidget(self.close_button)
        return row

    # -- the accounts of this currency ----------------------------------------------------

    def _members(self) -> tuple[AccountStatus, ...]:
        for group in self._state.groups():
            if group.key == self.mode:
                return group.members
        return ()

    def _accounts(self) -> dict[str, str]:
        """Account id -> name of every account in this currency and mode, in the user's order."""
        members = self._members()
        if members:
            return {member.account_id: member.name for member in members}
        # No balance yet: the settings still say which accounts hold this currency.
        return {
            account.id: account.name
            for account in self._services.settings().accounts
            if account.currency == self.mode.currency and account.livemode == self.mode.livemode
        }

    # -- what the buttons do --------------------------------------------------------------

    def refresh(self) -> None:
        """Read the chart and the reports again, e.g. after a poll was recorded."""
        self.history_view.refresh()
        self.show_reports()

    def _reports(self) -> list[DailyReport]:
        return self._services.reports_of(self.mode)

    def show_reports(self) -> None:
        self.reports_browser.setHtml(reports_html(self._reports(), hidden=self._amounts_hidden))

    def _follow_privacy(self) -> None:
        """Hide or show every amount of the window at once when privacy mode changes."""
        hidden = self._state.amounts_hidden
        if hidden == self._amounts_hidden:
            return
        self._amounts_hidden = hidden
        self.history_view.set_amounts_hidden(hidden)
        self.transactions_view.set_amounts_hidden(hidden)
        self.payouts_view.set_amounts_hidden(hidden)
        if self.payout_dialog is not None:
            self.payout_dialog.set_amounts_hidden(hidden)
        self.show_reports()

    def make_report(self) -> int:
        """Ask the app to make today's report again for these accounts; says what happened."""
        added = self._services.make_report(self.account_ids)
        self.show_reports()
        self._report_made = added
        self._show_report_status()
        return added

    def _show_report_status(self) -> None:
        """What the last "Update today's report" did, in the current language."""
        translate = QCoreApplication.translate
        if self._report_made is None:
            self.report_status.setText("")
        elif self._report_made == 0:
            self.report_status.setText(
                translate(
                    "HistoryWindow",
                    "No balance to report yet: today's report is made once a balance has arrived.",
                )
            )
        else:
            self.report_status.setText(
                translate("HistoryWindow", "Today's report was made again from the latest balance.")
            )

    def open_payout_check(self) -> PayoutCheckDialog:
        now, zone = self._now(), self._services.zone
        accounts = [
            PayoutAccount.with_outlook(
                member.name,
                member.snapshot.balance,
                self._state.outlook(member.account_id),
                now,
                zone,
            )
            for member in self._members()
            if member.snapshot is not None
        ]
        dialog = PayoutCheckDialog(accounts, self._services.settings(), self)
        dialog.set_amounts_hidden(self._amounts_hidden)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _=None, gone=dialog: self._forget_payout_dialog(gone))
        dialog.open()
        self.payout_dialog = dialog
        return dialog

    def _forget_payout_dialog(self, gone: PayoutCheckDialog) -> None:
        if self.payout_dialog is gone:
            self.payout_dialog = None

    def export_history(self, path: Path) -> int:
        """Write every stored balance of this currency and mode to a CSV file; row count."""
        return self._services.export_history(self.mode, path)

    def export_reports(self, path: Path) -> int:
        """Write this currency's daily reports, in the order they were made; report count."""
        return self._services.export_reports(self.mode, path)

    def _export_chosen(self, what: str) -> None:
        translate = QCoreApplication.translate
        if what == "history":
            title = translate("HistoryWindow", "Export balance history")
        else:
            title = translate("HistoryWindow", "Export daily reports")
        today = datetime.fromtimestamp(self._services.clock()).date().isoformat()
        # The file's name stays in English words, whatever the window speaks: scripts and
        # spreadsheets find it by name.
        mode = "live" if self.mode.livemode else "test"
        suggested = self._services.export_folder / (
            f"omise-{self.mode.currency.lower()}-{mode}-{what}-{today}.csv"
        )
        #: The save dialog's file types; keep "(*.csv)", "(*)" and the ";;" between them.
        kinds = translate("HistoryWindow", "CSV files (*.csv);;All files (*)")
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(suggested), kinds)
        if not chosen:
            return
        path = Path(chosen)
        try:
            count = self.export_history(path) if what == "history" else self.export_reports(path)
        except OSError as exc:
            log.warning("exporting %s to %s failed: %s", what, path, exc)
            self._export_outcome = _Export(what, path.name, failed=True, error_number=exc.errno)
        else:
            self._export_outcome = _Export(what, path.name, count)
        self._show_export()

    def _show_export(self) -> None:
        """The last export's outcome, in the current language ("" before any)."""
        outcome = self._export_outcome
        if outcome is None:
            self.export_status.setText("")
            return
        ok = not outcome.failed
        colour = text_colour(TraySignal.HEALTHY if ok else TraySignal.CRITICAL, self.palette())
        self.export_status.setStyleSheet(f"color: {colour.name()};")
        self.export_status.setText(outcome.sentence())

    # -- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.transactions_view.shutdown()
        self.payouts_view.shutdown()
        self.closed.emit(self.mode)
        super().closeEvent(event)
