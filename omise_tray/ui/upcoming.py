"""The Upcoming tab of a history window: money becoming available, payouts and the projection.

One row per day of the outlook, the accounts of the currency added up. The projection only
moves money already known of, so the tab says it ignores new sales and refunds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omise_tray.core.outlook import PayoutProblem, ScheduledPayout
from omise_tray.core.portfolio import Signal as TraySignal
from omise_tray.i18n.translators import follow_language
from omise_tray.ui.theme import SPACING, signal_colour
from omise_tray.ui.timeline import (
    Member,
    age_line,
    local_today,
    low_line,
    money,
    percentage,
    short_date,
)

COLUMNS = 5
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _payout_note(payout: ScheduledPayout, day: date, currency: str) -> str:
    """What the row of `day` says of a payout scheduled or leaving that day ("" if nothing)."""
    translate = QCoreApplication.translate
    if payout.leaves_on == day:
        if payout.late:
            return translate("Upcoming", "scheduled for {date}").format(
                date=short_date(payout.date)
            )
        if payout.percentage is not None:
            return translate("Upcoming", "{percent} % of balance").format(
                percent=percentage(payout.percentage)
            )
        return ""
    if payout.date != day or payout.leaves_on is not None:
        return ""
    if payout.problem is PayoutProblem.SHORT:
        return translate("Upcoming", "{amount} payout: more than the balance may hold").format(
            amount=money(payout.amount, currency)
        )
    if payout.problem is PayoutProblem.BELOW_MINIMUM:
        return translate("Upcoming", "{amount} payout: below the smallest payout").format(
            amount=money(payout.amount, currency)
        )
    if payout.problem is PayoutProblem.NOTHING_TO_PAY:
        return translate("Upcoming", "payout: nothing to pay out")
    return translate("Upcoming", "payout leaves after these days")


class UpcomingView(QWidget):
    """The coming days of one currency and mode, as a table with a few sentences above it."""

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self._members: list[Member] = []
        self._now: datetime | None = None
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column in range(COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(SPACING)
        layout.addWidget(self.notes)
        layout.addWidget(self.table, 1)
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.table.setHorizontalHeaderLabels(
            [
                translate("Upcoming", "Date"),
                translate("Upcoming", "Becomes available"),
                translate("Upcoming", "Payout"),
                translate("Upcoming", "Projected available"),
                translate("Upcoming", "Note"),
            ]
        )
        self.table.setAccessibleName(translate("Upcoming", "The coming days, one row a day"))
        if self._now is not None:
            self.show_members(self._members, self._now)

    def show_members(self, members: Sequence[Member], now: datetime) -> None:
        """Show the accounts' outlooks (of this currency and mode) as of `now`."""
        self._members, self._now = list(members), now
        self.notes.setText(self._notes_html(now))
        self._fill_table(local_today(now))

    def _notes_html(self, now: datetime) -> str:
        translate = QCoreApplication.translate
        if not self._members:
            return _escape(
                translate(
                    "Upcoming",
                    "The coming days appear once the accounts' payouts and transactions "
                    "have been read.",
                )
            )
        today = local_today(now)
        lines = [
            translate(
                "Upcoming",
                "A projection from the current balance: money already on its way and the "
                "scheduled payouts. New sales and refunds are not in it.",
            )
        ]
        several = len(self._members) > 1
        for member in self._members:
            outlook = member.known.outlook
            if not outlook.payouts_enabled:
                line = translate("Upcoming", "Payouts are turned off for {name}.")
                lines.append(line.format(name=member.name))
            elif outlook.payouts:
                fee = money(outlook.payout_fee, self.currency)
                line = (
                    translate("Upcoming", "{name}: each payout costs {fee}, taken out of it.")
                    if several
                    else translate("Upcoming", "Each payout costs {fee}, taken out of it.")
                )
                lines.append(line.format(name=member.name, fee=fee))
        html = "<br>".join(_escape(line) for line in lines)
        warnings = [low_line(self._members, self.currency, today), age_line(self._members, now)]
        colour = signal_colour(TraySignal.LOW).name()
        for warning in filter(None, warnings):
            html += f'<br><span style="color:{colour}">⚠</span> {_escape(warning)}'
        return html

    def _fill_table(self, today: date) -> None:
        days: dict[date, list[int]] = {}  # incoming, leaving, projected
        notes: dict[date, list[str]] = {}
        low: set[date] = set()
        several = len(self._members) > 1
        for member in self._members:
            outlook = member.known.outlook
            for point in outlook.projection:
                if point.date >= today:
                    days.setdefault(point.date, [0, 0, 0])[2] += point.available
                    if point.available <= outlook.low_line:
                        low.add(point.date)
            for money_in in outlook.incoming:
                if money_in.date in days:
                    days[money_in.date][0] += money_in.amount
            for payout in outlook.payouts:
                if payout.leaves_on in days:
                    days[payout.leaves_on][1] += payout.amount
                for day in {payout.date, payout.leaves_on} - {None}:
                    assert day is not None
                    note = _payout_note(payout, day, self.currency)
                    if note and day in days:
                        notes.setdefault(day, []).append(
                            f"{member.name}: {note}" if several else note
                        )
        self.table.setRowCount(len(days))
        warning = QBrush(signal_colour(TraySignal.LOW))
        for row, day in enumerate(sorted(days)):
            incoming, leaving, projected = days[day]
            cells = [
                (short_date(day), False),
                (f"+{money(incoming, self.currency)}" if incoming else "", True),
                (f"−{money(leaving, self.currency)}" if leaving else "", True),
                (money(projected, self.currency), True),
                ("; ".join(notes.get(day, [])), False),
            ]
            for column, (text, right) in enumerate(cells):
                item = QTableWidgetItem(text)
                if right:
                    item.setTextAlignment(_RIGHT)
                if column == 3 and day in low:
                    item.setForeground(warning)
                self.table.setItem(row, column, item)

    def rows(self) -> list[list[str]]:
        """The table's text, row by row (what a screen reader or a test reads)."""
        return [
            [_text(self.table.item(row, column)) for column in range(COLUMNS)]
            for row in range(self.table.rowCount())
        ]


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
