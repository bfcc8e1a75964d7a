"""Cards that render one currency's balance, or an account that has no balance to show yet."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QEnterEvent, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from omise_tray.core.money import format_money
from omise_tray.core.portfolio import AccountStatus, CurrencyGroup
from omise_tray.core.portfolio import Signal as TraySignal
from omise_tray.ui import text
from omise_tray.ui.sparkline import Sparkline
from omise_tray.ui.theme import (
    CARD_PADDING,
    CARD_RADIUS,
    SPACING,
    STRIPE_WIDTH,
    figure_font,
    heading_font,
    health_colour,
    signal_colour,
    small_font,
)
from omise_tray.ui.timeline import CardTimeline

# Terms a merchant may not know, explained where they appear.
TERMS = {
    "available": "What Omise can send to your bank account now (the API's “transferable”).",
    "total": "Everything in the account after fees, including money not yet available.",
    "pending": "Received from charges but not yet available; it becomes available once "
    "Omise settles it.",
    "reserve": "Held back by Omise as security against refunds and chargebacks.",
    "on_hold": "Held by Omise for now, for example during a review or a dispute.",
}
DETAIL_LABELS = {"total": "Total", "pending": "Pending", "reserve": "Reserve", "on_hold": "On hold"}

# Set once on the cards' container (CardGrid), not on every card: Qt parses and applies a
# style sheet per widget that has one, which made each card cost several milliseconds.
CARD_STYLE = f"""
QFrame#card {{
    background-color: palette(base);
    border: 1px solid palette(mid);
    border-radius: {CARD_RADIUS}px;
}}
QFrame#card[highlighted="true"] {{
    border: 2px solid palette(highlight);
}}
QPushButton#link {{
    color: palette(link);
    border: 1px solid transparent;
    border-radius: 3px;
    padding: 2px 4px;
}}
QPushButton#link:hover {{
    text-decoration: underline;
}}
QPushButton#link:focus {{
    border: 1px solid palette(highlight);
}}
"""


def _escape(text: str) -> str:
    """Plain text made safe inside a rich-text label (the html module is not worth loading)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_SELECTABLE = "selectable"


def _selectable(label: QLabel) -> QLabel:
    """Mark an amount the merchant may select and copy. The card turns selection on when the
    pointer first comes over it: a selectable label builds a text document, and the first one
    costs some 11 ms that the window's first paint need not wait for."""
    label.setProperty(_SELECTABLE, True)
    return label


def _allow_selection(card: QWidget) -> None:
    """Make the card's marked amounts selectable with the mouse (an I-beam over them)."""
    mouse = Qt.TextInteractionFlag.TextSelectableByMouse
    for label in card.findChildren(QLabel):
        if label.property(_SELECTABLE) and not label.textInteractionFlags() & mouse:
            label.setTextInteractionFlags(mouse)
            label.setCursor(Qt.CursorShape.IBeamCursor)


def _muted(label: QLabel) -> QLabel:
    palette = label.palette()
    palette.setColor(label.foregroundRole(), palette.color(palette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


class _HealthTag(QWidget):
    """A coloured dot and the health in a word, both plain text: a rich-text label would build a
    text document, and the first one costs some 10 ms before the window can paint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dot = QLabel("●")
        self.word = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACING // 2)
        row.addWidget(self.dot)
        row.addWidget(self.word)
        row.addStretch(1)  # dot and word stay together when the column is wider

    def show_health(self, colour: QColor, word: str) -> None:
        palette = self.dot.palette()
        palette.setColor(self.dot.foregroundRole(), colour)
        self.dot.setPalette(palette)
        self.word.setText(word)


def _warning_html(message: str, colour: QColor) -> str:
    return f'<span style="color:{colour.name()}">⚠</span> {_escape(message)}'


class _Stripe(QWidget):
    """The card's state colour: a rounded bar down its left edge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(STRIPE_WIDTH)
        self.colour = QColor(Qt.GlobalColor.transparent)

    def set_colour(self, colour: QColor) -> None:
        if colour != self.colour:
            self.colour = QColor(colour)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour)
            painter.drawRoundedRect(QRectF(self.rect()), 2, 2)
        finally:
            painter.end()


class _Card(QFrame):
    """A rounded panel with a coloured state stripe down its left edge (styled by CARD_STYLE
    on its container)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self._stripe = _Stripe(self)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(CARD_PADDING // 2, CARD_PADDING, CARD_PADDING, CARD_PADDING)
        outer.setSpacing(CARD_PADDING - 2)
        outer.addWidget(self._stripe)
        self.body = QVBoxLayout()
        self.body.setSpacing(SPACING // 2)
        outer.addLayout(self.body, 1)

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 (Qt's name)
        _allow_selection(self)
        super().enterEvent(event)

    def set_stripe(self, colour: QColor) -> None:
        self._stripe.set_colour(colour)

    def set_highlighted(self, highlighted: bool) -> None:
        self.setProperty("highlighted", highlighted)
        self.style().unpolish(self)
        self.style().polish(self)

    def is_highlighted(self) -> bool:
        return bool(self.property("highlighted"))


class BalanceCard(_Card):
    """One currency in one mode: what can be paid out now, the other figures, health, freshness
    and any problem with the latest poll."""

    dashboard_requested = Signal(bool)  # livemode
    history_requested = Signal(str)  # the card's key, "THB:test"

    def __init__(
        self,
        group: CurrencyGroup,
        now: datetime,
        interval: timedelta,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._livemode = group.livemode
        self.key = group.key
        base = self.font()

        self.title = QLabel()
        self.title.setFont(heading_font(base))
        self.title.setWordWrap(True)  # a long shop name wraps instead of widening the card
        self.health = _HealthTag()
        self.health_label = self.health.word
        header = QHBoxLayout()
        # The title takes the room the health leaves, so it wraps only when it must.
        header.addWidget(self.title, 1)
        header.addWidget(self.health, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(header)

        caption = _muted(QLabel("Available to pay out"))
        caption.setToolTip(TERMS["available"])
        self.body.addSpacing(SPACING // 2)
        self.body.addWidget(caption)
        self.figure = _selectable(QLabel())
        self.figure.setFont(figure_font(base))
        self.figure.setToolTip(TERMS["available"])
        self.body.addWidget(self.figure)
        self.threshold_line = _muted(QLabel())  # "Low — below S$40.00"
        self.threshold_line.setWordWrap(True)
        self.body.addWidget(self.threshold_line)
        self.sparkline = Sparkline(health_colour(group.health))
        self.sparkline.setToolTip("Available to pay out over the last 24 hours")
        self.sparkline.setAccessibleName("Available to pay out over the last 24 hours")
        self.sparkline.setVisible(False)
        self.body.addWidget(self.sparkline)
        self._build_timeline_lines(base)

        self._details = QGridLayout()
        self._details.setHorizontalSpacing(SPACING * 2)
        self._details.setVerticalSpacing(2)
        self._details.setColumnStretch(1, 1)
        self.detail_names: dict[str, QLabel] = {}
        self.detail_values: dict[str, QLabel] = {}
        for row, (field, label) in enumerate(DETAIL_LABELS.items()):
            name = _muted(QLabel(label))
            name.setToolTip(TERMS[field])
            value = _selectable(QLabel())
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setToolTip(TERMS[field])
            self._details.addWidget(name, row, 0)
            self._details.addWidget(value, row, 1)
            self.detail_names[field] = name
            self.detail_values[field] = value
        self.body.addLayout(self._details)

        self.breakdown = QWidget()
        self._breakdown_grid = QGridLayout(self.breakdown)
        self._breakdown_grid.setContentsMargins(0, SPACING, 0, 0)
        by_account = _muted(QLabel("By account"))
        by_account.setFont(small_font(base))
        self._breakdown_grid.addWidget(by_account, 0, 0, 1, 3)
        self._breakdown_grid.setHorizontalSpacing(SPACING * 2)
        self._breakdown_grid.setVerticalSpacing(2)
        self._breakdown_grid.setColumnStretch(1, 1)
        self._breakdown_ids: tuple[str, ...] = ()
        self._breakdown_rows: list[tuple[QLabel, QLabel, _HealthTag]] = []
        self.body.addWidget(self.breakdown)

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.body.addSpacing(SPACING // 2)
        self.body.addWidget(self.problems)

        self.updated_label = _muted(QLabel())
        self.updated_label.setFont(small_font(base))
        # Two links share the footer: in the narrowest column the age wraps instead of
        # pushing the card wider than the grid's column.
        self.updated_label.setWordWrap(True)
        self.dashboard_button = QPushButton("Open dashboard")
        self.dashboard_button.setObjectName("link")
        self.dashboard_button.setFont(small_font(base))
        self.dashboard_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.dashboard_button.clicked.connect(lambda: self.dashboard_requested.emit(self._livemode))
        self.history_button = QPushButton("History…")
        self.history_button.setObjectName("link")
        self.history_button.setFont(small_font(base))
        self.history_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.history_button.setToolTip("Balance history, transactions, payouts and daily reports")
        self.history_button.clicked.connect(lambda: self.history_requested.emit(self.key))
        footer = QHBoxLayout()
        footer.addWidget(self.updated_label)
        footer.addStretch(1)
        footer.addWidget(self.history_button)
        footer.addWidget(self.dashboard_button)
        self.body.addLayout(footer)

        self.update_group(group, now, interval)

    def _build_timeline_lines(self, base: QFont) -> None:
        """The coming days: money becoming available, the next payout, a low warning, and
        how old they are once they cannot be updated. Hidden while empty."""
        self.incoming_line = QLabel()
        self.payout_line = QLabel()
        self.low_warning = QLabel()
        self.low_warning.setTextFormat(Qt.TextFormat.RichText)
        self.timeline_age = _muted(QLabel())
        self.timeline_age.setFont(small_font(base))
        self.body.addSpacing(SPACING // 2)
        for label in (self.incoming_line, self.payout_line, self.low_warning, self.timeline_age):
            label.setWordWrap(True)
            label.setVisible(False)
            self.body.addWidget(label)

    def show_timeline(self, lines: CardTimeline) -> None:
        """Show the timeline lines; an empty one is hidden."""
        warning = _warning_html(lines.low, signal_colour(TraySignal.LOW)) if lines.low else ""
        for label, shown in (
            (self.incoming_line, lines.incoming),
            (self.payout_line, lines.payout),
            (self.low_warning, warning),
            (self.timeline_age, lines.age),
        ):
            label.setText(shown)
            label.setVisible(bool(shown))
        self.low_warning.setAccessibleName(lines.low)

    def update_group(self, group: CurrencyGroup, now: datetime, interval: timedelta) -> None:
        """Show the group's figures as of `now`; the card stays the same widget."""
        currency = group.currency
        place = f"{currency} · {text.mode_label(group.livemode)}"
        if len(group.members) == 1:  # one shop: its name leads the title
            place = f"{group.members[0].name} · {place}"
        self.title.setText(place)
        self.dashboard_button.setToolTip(
            f"Open the Omise dashboard in {text.mode_label(group.livemode)} mode"
        )
        available = format_money(group.transferable, currency)
        self.figure.setText(available)
        self.figure.setAccessibleName(f"Available to pay out: {available}")

        figures = {
            "total": group.total,
            "pending": group.pending,
            "reserve": group.reserve,
            "on_hold": group.on_hold,
        }
        for field, amount in figures.items():
            shown = field == "total" or amount != 0
            value = format_money(amount, currency)
            self.detail_values[field].setText(value)
            self.detail_values[field].setAccessibleName(f"{DETAIL_LABELS[field]}: {value}")
            self.detail_names[field].setVisible(shown)
            self.detail_values[field].setVisible(shown)

        health = group.health
        signal = group.signal(now, interval)
        word = text.health_word(health)
        if signal is TraySignal.UNKNOWN and health is not None:
            word += " (last known)"
        self.health.show_health(health_colour(health), word)
        self.health_label.setAccessibleName(f"Health: {word}")
        self.sparkline.set_colour(health_colour(health))
        self.set_stripe(signal_colour(signal))
        line = text.threshold_line(group)
        self.threshold_line.setText(line)
        self.threshold_line.setVisible(bool(line))

        self._show_breakdown(group)
        self._show_problems(group.members, now, interval)
        latest = group.latest_fetch()
        self.updated_label.setText(text.updated(latest, now))
        self.setAccessibleName(f"{place} balance: {available} available to pay out, {word}")

    def set_sparkline(self, points: list[tuple[int, int]]) -> None:
        """Show the last 24 h of available balance as (epoch seconds, minor units) points.

        Hidden until there are two points: one point is a dot, not a trend.
        """
        self.sparkline.set_points(points)
        self._sparkline_shown()

    def set_reconstructed_sparkline(self, points: list[tuple[int, int]]) -> None:
        """Balances worked out from transactions before the first poll, drawn dotted."""
        self.sparkline.set_reconstructed(points)
        self._sparkline_shown()

    def _sparkline_shown(self) -> None:
        shown = self.sparkline.reconstructed_points() + self.sparkline.points()
        self.sparkline.setVisible(len(shown) >= 2)
        if len(shown) >= 2:
            seconds = shown[-1][0] - shown[0][0]
            since = "24 h" if seconds >= 23.5 * 3600 else text.duration(seconds)
            self.sparkline.setToolTip(f"Available to pay out over the last {since}")
        if self.sparkline.reconstructed_points():
            tip = QCoreApplication.translate(
                "BalanceCard",
                "Available to pay out; the dotted part is worked out from your transactions",
            )
            self.sparkline.setToolTip(tip)

    def _show_breakdown(self, group: CurrencyGroup) -> None:
        members = group.members
        self.breakdown.setVisible(len(members) > 1)
        ids = tuple(m.account_id for m in members)
        if ids != self._breakdown_ids:
            for old_row in self._breakdown_rows:
                for old in old_row:
                    self._breakdown_grid.removeWidget(old)
                    old.deleteLater()
            self._breakdown_rows = []
            for index in range(len(members)):
                row = (QLabel(), _selectable(QLabel()), _HealthTag())
                row[1].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                for column, cell in enumerate(row):
                    self._breakdown_grid.addWidget(cell, index + 1, column)
                self._breakdown_rows.append(row)
            self._breakdown_ids = ids
        for (name, amount, tag), member in zip(self._breakdown_rows, members, strict=True):
            name.setText(member.name)
            figure = member.snapshot.balance.transferable if member.snapshot else 0
            amount.setText(format_money(figure, group.currency))
            tag.show_health(health_colour(member.health), text.health_word(member.health))

    def _show_problems(
        self, members: tuple[AccountStatus, ...], now: datetime, interval: timedelta
    ) -> None:
        lines = []
        several = len(members) > 1
        for member in members:
            who = f"{member.name}: " if several else ""
            if member.error is not None:
                line = text.error_line(member.error, member.failing_since, now)
                lines.append(_warning_html(who + line, signal_colour(TraySignal.CRITICAL)))
            elif member.snapshot and member.is_stale(now, interval):
                line = text.stale_line(member.snapshot.fetched_at, now)
                lines.append(_warning_html(who + line, signal_colour(TraySignal.LOW)))
        self.problems.setText("<br>".join(lines))
        self.problems.setVisible(bool(lines))


class NoBalanceCard(_Card):
    """An account with no balance to show yet: still fetching its first one, or why it cannot."""

    def __init__(self, status: AccountStatus, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = f"account:{status.account_id}"
        self.title = QLabel()
        self.title.setFont(heading_font(self.font()))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.title)
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.set_stripe(signal_colour(TraySignal.UNKNOWN))
        self.update_status(status, now)

    def update_status(self, status: AccountStatus, now: datetime) -> None:
        self.title.setText(status.name)
        if status.error is None:
            line = "Fetching the first balance…"
            self.message.setText(_escape(line))
        else:
            line = text.error_line(status.error, status.failing_since, now, has_balance=False)
            self.message.setText(_warning_html(line, signal_colour(TraySignal.CRITICAL)))
        self.setAccessibleName(f"{status.name}: {line}")
