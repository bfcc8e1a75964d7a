"""Cards that render one currency's balance, or an account that has no balance to show yet."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QEnterEvent, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from omise_tray.core.localized import translatable
from omise_tray.core.portfolio import AccountStatus, CurrencyGroup
from omise_tray.core.portfolio import Signal as TraySignal
from omise_tray.core.privacy import HIDDEN_AMOUNT, shown_text
from omise_tray.i18n.translators import follow_language
from omise_tray.ui import text
from omise_tray.ui.link_button import LinkButton
from omise_tray.ui.sparkline import Sparkline
from omise_tray.ui.theme import (
    CARD_PADDING,
    CARD_RADIUS,
    SPACING,
    STRIPE_WIDTH,
    border_colour,
    figure_font,
    heading_font,
    health_colour,
    signal_colour,
    small_font,
)
from omise_tray.ui.timeline import CardTimeline
from omise_tray.ui.wrapping import breakable

CONTEXT = "BalanceCard"
# Terms a merchant may not know, explained where they appear (translated when shown).
TERMS = {
    "available": translatable(
        "BalanceCard",
        "What Omise can send to your bank account now (the API's “transferable”).",
    ),
    "total": translatable(
        "BalanceCard",
        "Everything in the account after fees, including money not yet available.",
    ),
    "pending": translatable(
        "BalanceCard",
        "Received from charges but not yet available; it becomes available once Omise settles it.",
    ),
    "reserve": translatable(
        "BalanceCard", "Held back by Omise as security against refunds and chargebacks."
    ),
    "on_hold": translatable(
        "BalanceCard", "Held by Omise for now, for example during a review or a dispute."
    ),
}
DETAIL_LABELS = {
    "total": translatable("BalanceCard", "Total"),
    "pending": translatable("BalanceCard", "Pending"),
    "reserve": translatable("BalanceCard", "Reserve"),
    "on_hold": translatable("BalanceCard", "On hold"),
}


def _tr(source: str) -> str:
    """A BalanceCard word marked above, in the window's language."""
    return QCoreApplication.translate(CONTEXT, source)


def _money(amount: int, currency: str, hidden: bool) -> str:
    """An amount as the window's language writes it, or "•••" in privacy mode."""
    return HIDDEN_AMOUNT if hidden else text.money(amount, currency)


def card_style(palette: QPalette) -> str:
    """The cards' style sheet for the palette in use (light or dark).

    Set on the cards' container (CardGrid), not on every card: Qt parses and applies a style
    sheet per widget that has one, which made each card cost several milliseconds. A focused
    or highlighted card trades its padding for a thicker edge, so nothing inside moves.
    """
    return CARD_STYLE.replace("@border", border_colour(palette).name())


CARD_STYLE = f"""
QFrame#card {{
    background-color: palette(base);
    border: 1px solid @border;
    border-radius: {CARD_RADIUS}px;
    padding: 1px;
}}
QFrame#card[highlighted="true"], QFrame#card:focus {{
    border: 2px solid palette(highlight);
    padding: 0px;
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
    border: 2px solid palette(highlight);
    padding: 1px 3px;
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
    """Secondary text in the palette's placeholder colour, which follows the colour scheme (the
    app keeps it at text contrast: theme.PaletteFollower)."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class _Dot(QWidget):
    """The health colour as a painted dot: a mark, not text, so nothing reads it out alone
    (the word beside it says the health)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = QColor(Qt.GlobalColor.transparent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        side = max(8, round(self.fontMetrics().height() * 0.6))
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()

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
            side = min(self.width(), self.height(), self.sizeHint().width())
            painter.drawEllipse(
                QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
            )
        finally:
            painter.end()


class _HealthTag(QWidget):
    """A coloured dot and the health in a word, the word plain text: a rich-text label would
    build a text document, and the first one costs some 10 ms before the window can paint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dot = _Dot()
        self.word = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACING // 2)
        row.addWidget(self.dot, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.word)
        row.addStretch(1)  # dot and word stay together when the column is wider

    def show_health(self, colour: QColor, word: str) -> None:
        self.dot.set_colour(colour)
        self.word.setText(word)


def _warning_html(message: str, colour: QColor) -> str:
    """A warning sign in the state's colour before the message, which wraps however long its
    words are (a server's message can be one 200-character word)."""
    return f'<span style="color:{colour.name()}">⚠</span> {_escape(breakable(message))}'


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
    """A rounded panel with a coloured state stripe down its left edge (styled by card_style
    on its container)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        # Cards in a grid row share the row's height; the grid keeps spare height below them.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # A Tab stop of its own: a screen reader then reads the card's sentence, and the
        # focused card is scrolled into view and framed.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
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
    history_requested = Signal(object)  # the card's CurrencyMode

    def __init__(
        self,
        group: CurrencyGroup,
        now: datetime,
        interval: timedelta,
        parent: QWidget | None = None,
        *,
        hidden: bool = False,
    ) -> None:
        """`hidden`: privacy mode, every amount shown as "•••" (update_group changes it)."""
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

        self.caption = _muted(QLabel())
        self.body.addSpacing(SPACING // 2)
        self.body.addWidget(self.caption)
        self.figure = _selectable(QLabel())
        self.figure.setFont(figure_font(base))
        self.body.addWidget(self.figure)
        self.threshold_line = _muted(QLabel())  # "Low — below S$40.00"
        self.threshold_line.setWordWrap(True)
        self.body.addWidget(self.threshold_line)
        self.sparkline = Sparkline(health_colour(group.health))
        self.sparkline.setVisible(False)
        self.body.addWidget(self.sparkline)
        self._build_timeline_lines(base)

        self._details = QGridLayout()
        self._details.setHorizontalSpacing(SPACING * 2)
        self._details.setVerticalSpacing(2)
        self._details.setColumnStretch(1, 1)
        self.detail_names: dict[str, QLabel] = {}
        self.detail_values: dict[str, QLabel] = {}
        for row, field in enumerate(DETAIL_LABELS):
            name = _muted(QLabel())
            value = _selectable(QLabel())
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._details.addWidget(name, row, 0)
            self._details.addWidget(value, row, 1)
            self.detail_names[field] = name
            self.detail_values[field] = value
        self.body.addLayout(self._details)

        self.breakdown = QWidget()
        self._breakdown_grid = QGridLayout(self.breakdown)
        self._breakdown_grid.setContentsMargins(0, SPACING, 0, 0)
        self.by_account = _muted(QLabel())
        self.by_account.setFont(small_font(base))
        self._breakdown_grid.addWidget(self.by_account, 0, 0, 1, 3)
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
        self.dashboard_button = LinkButton("")
        self.dashboard_button.setFont(small_font(base))
        self.dashboard_button.clicked.connect(lambda: self.dashboard_requested.emit(self._livemode))
        self.history_button = LinkButton("")
        self.history_button.setFont(small_font(base))
        self.history_button.clicked.connect(lambda: self.history_requested.emit(self.key))
        # A card stretched to its row's height keeps its figures together at the top and its
        # footer at the bottom.
        self.body.addStretch(1)
        footer = QHBoxLayout()
        footer.addWidget(self.updated_label)
        footer.addStretch(1)
        footer.addWidget(self.history_button)
        footer.addWidget(self.dashboard_button)
        self.body.addLayout(footer)

        self._shown = (group, now, interval, hidden)
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        """The card's own words in the window's language, then its figures in them."""
        translate = QCoreApplication.translate
        self.caption.setText(text.translated(text.STATUS_CONTEXT, text.AVAILABLE))
        self.caption.setToolTip(_tr(TERMS["available"]))
        self.figure.setToolTip(_tr(TERMS["available"]))
        for field, label in DETAIL_LABELS.items():
            self.detail_names[field].setText(_tr(label))
            self.detail_names[field].setToolTip(_tr(TERMS[field]))
            self.detail_values[field].setToolTip(_tr(TERMS[field]))
        self.by_account.setText(translate("BalanceCard", "By account"))
        self.dashboard_button.setText(translate("BalanceCard", "Open dashboard"))
        self.history_button.setText(translate("BalanceCard", "History…"))
        self.history_button.setToolTip(
            translate("BalanceCard", "Balance history, transactions, payouts and daily reports")
        )
        self.sparkline.setAccessibleName(
            translate("BalanceCard", "Available to pay out over the last 24 hours")
        )
        self._sparkline_shown()
        group, now, interval, hidden = self._shown
        self.update_group(group, now, interval, hidden=hidden)

    def focus_chain(self) -> list[QWidget]:
        """The card's Tab stops in the order they appear: the card, then its footer links."""
        return [self, self.history_button, self.dashboard_button]

    def _build_timeline_lines(self, base: QFont) -> None:
        """Where the coming days go: money becoming available, the next payout, a low warning,
        and how old they are once they cannot be updated. Hidden while empty; the labels are
        made with the first line to show, since a card drawn from the balance cache at start
        has no timeline yet."""
        self.body.addSpacing(SPACING // 2)
        self._timeline_at = self.body.count()
        self._timeline_font = small_font(base)
        self._timeline: tuple[QLabel, QLabel, QLabel, QLabel] | None = None

    def _timeline_labels(self) -> tuple[QLabel, QLabel, QLabel, QLabel]:
        if self._timeline is None:
            incoming, payout, low, age = QLabel(), QLabel(), QLabel(), _muted(QLabel())
            low.setTextFormat(Qt.TextFormat.RichText)
            age.setFont(self._timeline_font)
            for offset, label in enumerate((incoming, payout, low, age)):
                label.setWordWrap(True)
                label.setVisible(False)
                self.body.insertWidget(self._timeline_at + offset, label)
            self._timeline = (incoming, payout, low, age)
        return self._timeline

    @property
    def incoming_line(self) -> QLabel:
        """ "฿8,200.00 becomes available tomorrow"."""
        return self._timeline_labels()[0]

    @property
    def payout_line(self) -> QLabel:
        """ "Next payout Fri 5 Dec · ฿15,000.00"."""
        return self._timeline_labels()[1]

    @property
    def low_warning(self) -> QLabel:
        """ "May fall below ฿1,000.00 by Mon 20 May", in the low colour."""
        return self._timeline_labels()[2]

    @property
    def timeline_age(self) -> QLabel:
        """How old the lines are, once they cannot be updated."""
        return self._timeline_labels()[3]

    def show_timeline(self, lines: CardTimeline, *, hidden: bool = False) -> None:
        """Show the timeline lines (amounts as "•••" when `hidden`); an empty one is hidden."""
        if self._timeline is None and not any(lines):
            return  # nothing to show, and no labels made yet to hide
        incoming, payout, low_label, age = self._timeline_labels()
        low = shown_text(lines.low, hidden=hidden)
        warning = _warning_html(low, signal_colour(TraySignal.LOW)) if low else ""
        for label, shown in (
            (incoming, shown_text(lines.incoming, hidden=hidden)),
            (payout, shown_text(lines.payout, hidden=hidden)),
            (low_label, warning),
            (age, lines.age),
        ):
            label.setText(shown)
            label.setVisible(bool(shown))
        low_label.setAccessibleName(low)

    def update_group(
        self, group: CurrencyGroup, now: datetime, interval: timedelta, *, hidden: bool = False
    ) -> None:
        """Show the group's figures as of `now` (amounts as "•••" when `hidden`); the card
        stays the same widget."""
        self._shown = (group, now, interval, hidden)
        currency = group.currency
        place = f"{currency} · {text.mode_label(group.livemode)}"
        if len(group.members) == 1:  # one shop: its name leads the title
            place = f"{group.members[0].name} · {place}"
        self.title.setText(place)
        self.dashboard_button.setToolTip(text.dashboard_tip(group.livemode))
        # Every card has these two links: their names say whose they are.
        #: {card} is a currency and mode, such as "THB · test".
        history = QCoreApplication.translate("BalanceCard", "History of {card}")
        self.history_button.setAccessibleName(history.format(card=place))
        #: {card} is a currency and mode, such as "THB · test".
        dashboard = QCoreApplication.translate("BalanceCard", "Open the Omise dashboard for {card}")
        self.dashboard_button.setAccessibleName(dashboard.format(card=place))
        available = _money(group.transferable, currency, hidden)
        self.figure.setText(available)
        #: {amount} is the amount that can be paid out now (or ••• in privacy mode).
        figure = QCoreApplication.translate("BalanceCard", "Available to pay out: {amount}")
        self.figure.setAccessibleName(figure.format(amount=available))

        figures = {
            "total": group.total,
            "pending": group.pending,
            "reserve": group.reserve,
            "on_hold": group.on_hold,
        }
        for field, amount in figures.items():
            shown = field == "total" or amount != 0
            value = _money(amount, currency, hidden)
            self.detail_values[field].setText(value)
            #: {figure} is a figure's name ("Pending"), {amount} its amount.
            named = QCoreApplication.translate("BalanceCard", "{figure}: {amount}")
            name = _tr(DETAIL_LABELS[field])
            self.detail_values[field].setAccessibleName(named.format(figure=name, amount=value))
            self.detail_names[field].setVisible(shown)
            self.detail_values[field].setVisible(shown)

        health = group.health
        signal = group.signal(now, interval)
        word = text.health_word(health)
        if signal is TraySignal.UNKNOWN and health is not None:
            #: {health} is a health word ("Low") that may be out of date.
            last_known = QCoreApplication.translate("BalanceCard", "{health} (last known)")
            word = last_known.format(health=word)
        self.health.show_health(health_colour(health), word)
        #: {health} is a health word, such as "Low".
        said = QCoreApplication.translate("BalanceCard", "Health: {health}")
        self.health_label.setAccessibleName(said.format(health=word))
        self.sparkline.set_colour(health_colour(health))
        self.set_stripe(signal_colour(signal))
        line = text.threshold_line(group)
        self.threshold_line.setText(shown_text(line, hidden=hidden))
        self.threshold_line.setVisible(bool(line))

        self._show_breakdown(group, hidden)
        self._show_problems(group.members, now, interval)
        latest = group.latest_fetch()
        self.updated_label.setText(text.updated(latest, now))
        #: What a screen reader says for the card. {card} is a currency and mode ("THB · test"),
        #: {amount} the amount that can be paid out now, {health} a health word ("Low").
        sentence = QCoreApplication.translate(
            "BalanceCard", "{card} balance: {amount} available to pay out, {health}"
        )
        self.setAccessibleName(sentence.format(card=place, amount=available, health=word))

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
        seconds = shown[-1][0] - shown[0][0] if len(shown) >= 2 else 24 * 3600
        if seconds >= 23.5 * 3600:
            tip = QCoreApplication.translate(
                "BalanceCard", "Available to pay out over the last 24 hours"
            )
        else:
            #: {duration} is a span of time, such as "3 h".
            over = QCoreApplication.translate(
                "BalanceCard", "Available to pay out over the last {duration}"
            )
            tip = over.format(duration=text.duration(seconds))
        self.sparkline.setToolTip(tip)
        if self.sparkline.reconstructed_points():
            tip = QCoreApplication.translate(
                "BalanceCard",
                "Available to pay out; the dotted part is worked out from your transactions",
            )
            self.sparkline.setToolTip(tip)

    def _show_breakdown(self, group: CurrencyGroup, hidden: bool) -> None:
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
                row[0].setWordWrap(True)  # a long account name wraps, never widens the card
                row[1].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                for column, cell in enumerate(row):
                    self._breakdown_grid.addWidget(cell, index + 1, column)
                self._breakdown_rows.append(row)
            self._breakdown_ids = ids
        for (name, amount, tag), member in zip(self._breakdown_rows, members, strict=True):
            name.setText(breakable(member.name))
            name.setAccessibleName(member.name)
            figure = member.snapshot.balance.transferable if member.snapshot else 0
            shown = _money(figure, group.currency, hidden)
            amount.setText(shown)
            # Whose amount it is, also when it is only "•••".
            #: {account} is an account's name, {amount} its available balance (or •••).
            whose = QCoreApplication.translate("BalanceCard", "{account}: {amount}")
            amount.setAccessibleName(whose.format(account=member.name, amount=shown))
            tag.show_health(health_colour(member.health), text.health_word(member.health))

    def _show_problems(
        self, members: tuple[AccountStatus, ...], now: datetime, interval: timedelta
    ) -> None:
        lines: list[str] = []
        plain_lines: list[str] = []
        several = len(members) > 1
        for member in members:
            if member.error is not None:
                line = text.error_line(member.error, member.failing_since, now)
                colour = signal_colour(TraySignal.CRITICAL)
            elif member.snapshot and member.is_stale(now, interval):
                line = text.stale_line(member.snapshot.fetched_at, now)
                colour = signal_colour(TraySignal.LOW)
            else:
                continue
            if several:
                line = _whose_problem(member.name, line)
            lines.append(_warning_html(line, colour))
            plain_lines.append(line)
        self.problems.setText("<br>".join(lines))
        self.problems.setVisible(bool(lines))
        # The whole text on hover, and for a screen reader without the break opportunities.
        self.problems.setToolTip("\n".join(plain_lines))
        self.problems.setAccessibleName(" ".join(plain_lines))


def _whose_problem(account: str, problem: str) -> str:
    """A problem line named by its account, for a card or a screen reader."""
    #: {account} is an account's name, {problem} what is wrong ("Offline since 14:05").
    whose = QCoreApplication.translate("BalanceCard", "{account}: {problem}")
    return whose.format(account=account, problem=problem)


class NoBalanceCard(_Card):
    """An account with no balance to show yet: still fetching its first one, or why it cannot."""

    def __init__(self, status: AccountStatus, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = status.card_key
        self.title = QLabel()
        self.title.setFont(heading_font(self.font()))
        self.title.setWordWrap(True)  # an account name of any length stays inside the card
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.title)
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.set_stripe(signal_colour(TraySignal.UNKNOWN))
        self._shown = (status, now)
        follow_language(self, lambda: self.update_status(*self._shown))

    def update_status(self, status: AccountStatus, now: datetime) -> None:
        self._shown = (status, now)
        self.title.setText(breakable(status.name))
        self.title.setAccessibleName(status.name)
        if status.error is None:
            line = QCoreApplication.translate("BalanceCard", "Fetching the first balance…")
            self.message.setText(_escape(line))
        else:
            line = text.error_line(status.error, status.failing_since, now, has_balance=False)
            self.message.setText(_warning_html(line, signal_colour(TraySignal.CRITICAL)))
        self.message.setToolTip(line)
        self.message.setAccessibleName(line)
        self.setAccessibleName(_whose_problem(status.name, line))

    def focus_chain(self) -> list[QWidget]:
        """The card is its only Tab stop: focused, a screen reader reads why it has no balance."""
        return [self]
