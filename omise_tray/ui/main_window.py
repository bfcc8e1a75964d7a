"""The main window: an overall verdict, the actions, and one card per currency and mode."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from omise_tray import APP_NAME
from omise_tray.core.portfolio import AccountStatus, CardKey, CurrencyGroup, CurrencyMode
from omise_tray.i18n.translators import follow_language
from omise_tray.ui import text
from omise_tray.ui.balance_card import BalanceCard, NoBalanceCard, card_style
from omise_tray.ui.snooze_menu import SnoozedUntil, fill_snooze_menu
from omise_tray.ui.state_view import StateView
from omise_tray.ui.theme import (
    CARD_MIN_WIDTH,
    SPACING,
    heading_font,
    scaled_font,
    small_font,
)
from omise_tray.ui.timeline import card_timeline
from omise_tray.ui.tray_icon import app_pixmap, status_pixmap

Clock = Callable[[], datetime]
Card = BalanceCard | NoBalanceCard

MINIMUM_SIZE = QSize(560, 400)
HIGHLIGHT_MS = 4000


def _utc_now() -> datetime:
    return datetime.now(UTC)


class CardGrid(QWidget):
    """Lays cards out in as many equal columns as the width allows, reflowing on resize.

    The cards fill their columns (a column is never narrower than the widest card needs), and
    the cards of a row share its height; spare height gathers below the last row.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(card_style(self.palette()))
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(SPACING * 2, SPACING, SPACING * 2, SPACING * 2)
        self._grid.setSpacing(SPACING * 2)
        self._cards: list[QWidget] = []
        self._columns = 0

    def column_width(self) -> int:
        """The narrowest column that shows every card without clipping."""
        widest = max((card.minimumSizeHint().width() for card in self._cards), default=0)
        return max(CARD_MIN_WIDTH, widest)

    def columns_for(self, width: int) -> int:
        margins = self._grid.contentsMargins()
        spacing = self._grid.horizontalSpacing()
        room = width - margins.left() - margins.right() + spacing
        return max(1, room // (self.column_width() + spacing))

    def column_count(self) -> int:
        return self._columns

    def set_cards(self, cards: Sequence[QWidget]) -> None:
        self._cards = list(cards)
        self._place(self.columns_for(self.width()))

    def _place(self, columns: int) -> None:
        for card in self._cards:
            self._grid.removeWidget(card)
        for column in range(max(columns, self._columns)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for row in range(self._grid.rowCount()):
            self._grid.setRowStretch(row, 0)
        for index, card in enumerate(self._cards):
            self._grid.addWidget(card, index // columns, index % columns)
        # Spare height gathers below the cards instead of spreading them apart.
        self._grid.setRowStretch((len(self._cards) + columns - 1) // columns, 1)
        self._columns = columns

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        # A new colour scheme: the cards' edges follow it.
        if event.type() == QEvent.Type.PaletteChange:
            style = card_style(self.palette())
            if style != self.styleSheet():
                self.setStyleSheet(style)
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        columns = self.columns_for(event.size().width())
        if columns != self._columns:
            self._place(columns)


class MainWindow(QMainWindow):
    """Renders the app state and turns the merchant's clicks into requests; it never fetches."""

    refresh_requested = Signal()
    pause_requested = Signal(bool)  # True: pause polling; False: resume
    accounts_requested = Signal()
    add_account_requested = Signal()  # the first-run page: straight to the Add account form
    settings_requested = Signal()
    quit_requested = Signal()
    demo_requested = Signal()
    dashboard_requested = Signal(bool)  # livemode
    history_requested = Signal(object)  # a card's CurrencyMode
    amounts_hidden_requested = Signal(bool)  # privacy mode on (True) or off
    snooze_requested = Signal(str, object)  # account id, SnoozeChoice

    def __init__(
        self,
        state: StateView,
        tray_available: Callable[[], bool] = lambda: False,
        clock: Clock = _utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._tray_available = tray_available
        self._clock = clock
        self._cards: dict[CardKey, Card] = {}
        self.snoozed_until: SnoozedUntil = lambda _account_id: None  # the app's alert snoozes
        self._sparklines: dict[CurrencyMode, list[tuple[int, int]]] = {}
        self._reconstructed: dict[CurrencyMode, list[tuple[int, int]]] = {}
        self._highlight = QTimer(self)
        self._highlight.setObjectName("card-highlight")
        self._highlight.setSingleShot(True)
        self._highlight.setInterval(HIGHLIGHT_MS)
        self._highlight.timeout.connect(self._clear_highlight)

        # The window icon is the application's (TrayApp sets it once the window is up).
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(780, 540)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_header())
        self.pages = QStackedWidget()
        # The first-run and fetching pages are built the first time they are needed: most
        # starts show the cards straight away.
        self._empty_page: QWidget | None = None
        self._fetching_page: QWidget | None = None
        self.cards_page = QScrollArea()
        self.cards_page.setWidgetResizable(True)
        self.cards_page.setFrameShape(QScrollArea.Shape.NoFrame)
        # Not a Tab stop (it would show no focus): Tab moves through the cards, and the scroll
        # area brings the focused card into view.
        self.cards_page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.grid = CardGrid()
        self.cards_page.setWidget(self.grid)
        self.pages.addWidget(self.cards_page)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_shortcuts()

        state.changed.connect(self.show_state)
        follow_language(self, self._retranslate)  # shows the state

    # -- building -------------------------------------------------------------------------

    def _build_header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("header")
        outer = QVBoxLayout(header)
        outer.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING)
        outer.setSpacing(SPACING)

        self.status_icon = QLabel()
        self.status_icon.setFixedSize(32, 32)
        self.headline = QLabel()
        self.headline.setFont(scaled_font(self.font(), 1.35, bold=True))
        self.detail = QLabel()
        self.detail.setFont(small_font(self.font()))
        self.detail.setWordWrap(True)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.headline)
        words.addWidget(self.detail)
        top = QHBoxLayout()
        top.setSpacing(SPACING + 4)
        top.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(words, 1)
        outer.addLayout(top)

        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh_requested.emit)
        self.pause_button = QPushButton()
        self.pause_button.clicked.connect(lambda: self.pause_requested.emit(not self._state.paused))
        self.accounts_button = QPushButton()
        self.accounts_button.clicked.connect(self.accounts_requested.emit)
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self.settings_requested.emit)
        # Says what a click does ("Hide amounts", "Show amounts"): at a shop counter the way
        # back must be as plain as the way in.
        self.privacy_button = QPushButton()
        self.privacy_button.clicked.connect(
            lambda: self.amounts_hidden_requested.emit(not self._state.amounts_hidden)
        )
        self.snooze_menu = QMenu(self)
        self.snooze_menu.aboutToShow.connect(self._fill_snooze_menu)
        self.snooze_button = QPushButton()
        self.snooze_button.setMenu(self.snooze_menu)
        # Polling on the left, the rest on the right; in a narrow window (or a language with
        # longer words) the right-hand group moves to a second row instead of being clipped.
        self._header_rows = (QHBoxLayout(), QHBoxLayout())
        self._right_buttons = (
            self.privacy_button,
            self.snooze_button,
            self.accounts_button,
            self.settings_button,
        )
        for button in self.header_buttons():
            button.setAutoDefault(False)
        top, bottom = self._header_rows
        top.addWidget(self.refresh_button)
        top.addWidget(self.pause_button)
        top.addStretch(1)
        self._right_row = QHBoxLayout()
        self._right_row.addStretch(1)
        for button in self._right_buttons:
            self._right_row.addWidget(button)
        top.addLayout(self._right_row)
        outer.addLayout(top)
        outer.addLayout(bottom)
        self._two_rows = False
        follow_language(header, self._retranslate_header)
        return header

    def _fit_header(self) -> None:
        """One row of buttons when they fit the window's width, else two."""
        if not self.isVisible():
            return  # measured when shown (showEvent): a hidden window's buttons have no size yet
        shown = [button for button in self.header_buttons() if not button.isHidden()]
        spacing = self._header_rows[0].spacing()
        needed = sum(button.sizeHint().width() + spacing for button in shown) + SPACING * 8
        two_rows = needed > self.width()
        if two_rows == self._two_rows:
            return
        top, bottom = self._header_rows
        (top if two_rows else bottom).removeItem(self._right_row)
        (bottom if two_rows else top).addLayout(self._right_row)
        self._two_rows = two_rows

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_header()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._fit_header()

    def _show_privacy(self) -> None:
        translate = QCoreApplication.translate
        if self._state.amounts_hidden:
            self.privacy_button.setText(translate("MainWindow", "S&how amounts"))
            tip = translate("MainWindow", "Show every amount again (Ctrl+Shift+H)")
        else:
            self.privacy_button.setText(translate("MainWindow", "&Hide amounts"))
            tip = translate(
                "MainWindow",
                "Show ••• instead of every amount, for a screen share or a shop counter"
                " (Ctrl+Shift+H)",
            )
        self.privacy_button.setToolTip(tip)

    def _retranslate_header(self) -> None:
        translate = QCoreApplication.translate
        # Read out as its words ("1 account low"); what it is goes in the description.
        self.headline.setAccessibleDescription(translate("MainWindow", "Overall status"))
        self.refresh_button.setText(text.translated(text.STATUS_CONTEXT, text.REFRESH_NOW))
        self.refresh_button.setToolTip(translate("MainWindow", "Fetch every balance now (F5)"))
        self.accounts_button.setText(translate("MainWindow", "&Accounts…"))
        self.accounts_button.setToolTip(
            translate("MainWindow", "Add, rename or remove Omise accounts and their keys")
        )
        self.settings_button.setText(translate("MainWindow", "&Settings…"))
        self.settings_button.setToolTip(
            translate("MainWindow", "Polling interval, thresholds and notifications (Ctrl+,)")
        )
        self._show_privacy()
        self.snooze_button.setText(QCoreApplication.translate("MainWindow", "S&nooze alerts"))
        self.snooze_button.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Hold back one account's alerts for an hour or until tomorrow"
            )
        )
        self._fit_header()

    def header_buttons(self) -> list[QPushButton]:
        """The header's buttons in the order they appear, left to right."""
        return [
            self.refresh_button,
            self.pause_button,
            self.privacy_button,
            self.snooze_button,
            self.accounts_button,
            self.settings_button,
        ]

    def _fill_snooze_menu(self) -> None:
        fill_snooze_menu(
            self.snooze_menu, self._state.accounts, self.snoozed_until, self.snooze_requested.emit
        )

    @property
    def empty_page(self) -> QWidget:
        """The first-run page: no accounts yet, add one or try the demo."""
        if self._empty_page is None:
            self._empty_page = self._build_empty_page()
            self.pages.addWidget(self._empty_page)
        return self._empty_page

    @property
    def fetching_page(self) -> QWidget:
        """Accounts but no balance yet: what is being fetched."""
        if self._fetching_page is None:
            self._fetching_page, self.fetching_label = self._build_fetching_page()
            self.pages.addWidget(self._fetching_page)
        return self._fetching_page

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(SPACING * 4, SPACING * 2, SPACING * 4, SPACING * 4)
        layout.setSpacing(SPACING * 2)
        layout.addStretch(1)
        logo = QLabel()
        logo.setPixmap(_crisp(app_pixmap, 72, self.devicePixelRatioF()))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel()
        title.setFont(heading_font(scaled_font(self.font(), 1.2)))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        blurb = QLabel()
        blurb.setWordWrap(True)
        blurb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        blurb.setMaximumWidth(460)
        self.add_account_button = QPushButton()
        self.add_account_button.setDefault(True)
        self.add_account_button.clicked.connect(self.add_account_requested.emit)
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(self.demo_requested.emit)

        def retranslate() -> None:
            translate = QCoreApplication.translate
            #: {app} is the app's name, Omise Tray.
            title.setText(translate("MainWindow", "Welcome to {app}").format(app=APP_NAME))
            blurb.setText(
                translate(
                    "MainWindow",
                    "See how much you can pay out in every currency at a glance, and get a "
                    "warning before a balance runs too low for refunds and payouts.",
                )
                + "\n\n"
                + translate(
                    "MainWindow",
                    "Add an account with its secret key from the Omise Dashboard (Settings → "
                    "Keys). The key is kept in your system's keyring.",
                )
            )
            self.add_account_button.setText(translate("MainWindow", "Add your first Omise account"))
            self.demo_button.setText(translate("MainWindow", "Try the demo"))
            self.demo_button.setToolTip(
                translate("MainWindow", "Explore the app with made-up accounts; no key needed")
            )

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_account_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addWidget(blurb, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(buttons)
        layout.addStretch(2)
        follow_language(page, retranslate)
        return page

    def _build_fetching_page(self) -> tuple[QWidget, QLabel]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(SPACING * 2)
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setFont(scaled_font(self.font(), 1.15))
        self.fetching_progress = QProgressBar()
        self.fetching_progress.setRange(0, 0)  # busy: we cannot know how long Omise takes
        self.fetching_progress.setTextVisible(False)
        self.fetching_progress.setMaximumWidth(240)
        follow_language(
            self.fetching_progress,
            lambda: self.fetching_progress.setAccessibleName(
                QCoreApplication.translate("MainWindow", "Fetching balances")
            ),
        )
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addWidget(self.fetching_progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page, label

    def _build_shortcuts(self) -> None:
        def action(name: str, keys: Sequence[QKeySequence], slot: Callable[[], None]) -> QAction:
            item = QAction(name, self)
            item.setShortcuts(list(keys))
            item.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            item.triggered.connect(slot)
            self.addAction(item)
            return item

        self.refresh_action = action(
            "",
            [QKeySequence(Qt.Key.Key_F5), QKeySequence("Ctrl+R")],
            self.refresh_requested.emit,
        )
        self.settings_action = action("", [QKeySequence("Ctrl+,")], self.settings_requested.emit)
        self.quit_action = action("", [QKeySequence("Ctrl+Q")], self.quit_requested.emit)
        self.privacy_action = action(
            "",
            [QKeySequence("Ctrl+Shift+H")],
            lambda: self.amounts_hidden_requested.emit(not self._state.amounts_hidden),
        )
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._escape.activated.connect(self._escape_to_tray)

    def _retranslate(self) -> None:
        """The window's own words in the current language, then the state in them."""
        translate = QCoreApplication.translate
        self.refresh_action.setText(translate("MainWindow", "Refresh now"))
        self.settings_action.setText(translate("MainWindow", "Settings…"))
        self.quit_action.setText(translate("MainWindow", "Quit"))
        self.privacy_action.setText(translate("MainWindow", "Hide amounts"))
        self.show_state()

    # -- rendering ------------------------------------------------------------------------

    def show_state(self) -> None:
        """Bring every part of the window up to date with the state."""
        now = self._clock()
        state = self._state
        statuses = state.statuses()
        groups = state.groups()
        waiting = [s for s in statuses if s.snapshot is None]
        self._render_header(statuses, now)

        has_accounts = bool(state.accounts)
        self.refresh_button.setVisible(has_accounts)
        self.pause_button.setVisible(has_accounts)
        self.refresh_action.setEnabled(has_accounts)
        if not has_accounts:
            self.pages.setCurrentWidget(self.empty_page)
            self._show_cards([], [], now)
            return
        if not groups and all(s.error is None for s in waiting):
            page = self.fetching_page  # built on first use, with its label and progress bar
            self.fetching_label.setText(
                QCoreApplication.translate(
                    "MainWindow", "No balances yet. Polling is paused: resume it to fetch them."
                )
                if state.paused
                else QCoreApplication.translate("MainWindow", "No balances yet, fetching…")
            )
            self.fetching_progress.setVisible(not state.paused)
            self.pages.setCurrentWidget(page)
            self._show_cards([], [], now)
            return
        self.pages.setCurrentWidget(self.cards_page)
        self._show_cards(groups, waiting, now)

    def _render_header(self, statuses: list[AccountStatus], now: datetime) -> None:
        state = self._state
        signal = state.signal(now)
        self.status_icon.setPixmap(
            _crisp(lambda size: status_pixmap(signal, size), 32, self.devicePixelRatioF())
        )
        translate = QCoreApplication.translate
        #: {status} is a health word: "Healthy", "Low", "Not up to date".
        self.status_icon.setAccessibleName(
            translate("MainWindow", "Status: {status}").format(status=text.signal_word(signal))
        )
        self.headline.setText(text.headline(statuses, now, state.interval))
        if not state.accounts:
            detail = translate("MainWindow", "Add an Omise account to see its balance here.")
        elif state.paused:
            detail = translate(
                "MainWindow",
                "Polling paused — balances are not being updated. Resume to update them.",
            )
        elif state.busy:
            detail = translate("MainWindow", "Updating…")
        else:
            every = text.duration(state.interval.total_seconds())
            #: {every} is the polling interval ("5 min"); {updated} is "updated 2 min ago".
            detail = translate("MainWindow", "Checks every {every} · {updated}").format(
                every=every, updated=text.updated_line(statuses, now, state.interval)
            )
        self.detail.setText(detail)
        self.pause_button.setText(text.pause_label(state.paused))
        self._show_privacy()
        self.snooze_button.setVisible(bool(state.accounts))
        self._fit_header()
        self.pause_button.setToolTip(
            translate("MainWindow", "Start fetching balances again")
            if state.paused
            else translate("MainWindow", "Stop fetching balances for now")
        )

    def _show_cards(
        self, groups: list[CurrencyGroup], waiting: list[AccountStatus], now: datetime
    ) -> None:
        interval = self._state.interval
        hidden = self._state.amounts_hidden
        keys: list[CardKey] = [*(g.key for g in groups), *(s.card_key for s in waiting)]
        cards: dict[CardKey, Card] = {}
        for group in groups:
            card = self._cards.get(group.key)
            if isinstance(card, BalanceCard):
                card.update_group(group, now, interval, hidden=hidden)
            else:
                card = BalanceCard(group, now, interval, self.grid, hidden=hidden)
                card.dashboard_requested.connect(self.dashboard_requested.emit)
                card.history_requested.connect(self.history_requested.emit)
                card.set_sparkline(self._sparklines.get(group.key, []))
                card.set_reconstructed_sparkline(self._reconstructed.get(group.key, []))
            card.show_timeline(card_timeline(group, self._state, now), hidden=hidden)
            cards[group.key] = card
        for status in waiting:
            key = status.card_key
            old = self._cards.get(key)
            if isinstance(old, NoBalanceCard):
                old.update_status(status, now)
                cards[key] = old
            else:
                cards[key] = NoBalanceCard(status, now, self.grid)
        if keys == list(self._cards):
            return
        for key, card in self._cards.items():
            if key not in cards:
                card.deleteLater()
        self._cards = cards
        self.grid.set_cards([cards[k] for k in keys])
        self._chain_focus()

    def _chain_focus(self) -> None:
        """Tab goes through the header's buttons, then card by card in reading order (left to
        right, top to bottom), whatever order the cards were made in."""
        chain: list[QWidget] = list(self.header_buttons())
        for card in self._cards.values():
            chain += card.focus_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- requests from outside ------------------------------------------------------------

    def cards(self) -> dict[CardKey, Card]:
        """The cards on show by key, in display order."""
        return dict(self._cards)

    def set_sparklines(self, points: dict[CurrencyMode, list[tuple[int, int]]]) -> None:
        """Give each balance card its last 24 h of available balance, by card key.

        Kept for cards that appear later; a key left out clears that card's line.
        """
        self._sparklines = {key: list(line) for key, line in points.items()}
        for card in self._cards.values():
            if isinstance(card, BalanceCard):
                card.set_sparkline(self._sparklines.get(card.key, []))

    def set_reconstructed_sparklines(
        self, points: dict[CurrencyMode, list[tuple[int, int]]]
    ) -> None:
        """Give balance cards the balances worked out from transactions before their first
        poll, by card key; kept for cards that appear later, a key left out clears them."""
        self._reconstructed = {key: list(line) for key, line in points.items()}
        for key, card in self._cards.items():
            if isinstance(card, BalanceCard) and isinstance(key, CurrencyMode):
                card.set_reconstructed_sparkline(self._reconstructed.get(key, []))

    def focus_card(self, key: CardKey) -> bool:
        """Scroll to a card and highlight it for a few seconds; False when there is none."""
        card = self._cards.get(key)
        if card is None:
            return False
        self._clear_highlight()
        self.pages.setCurrentWidget(self.cards_page)
        self.cards_page.ensureWidgetVisible(card, SPACING * 2, SPACING * 2)
        card.set_highlighted(True)
        self._highlight.start()
        return True

    def _clear_highlight(self) -> None:
        for card in self._cards.values():
            if card.is_highlighted():
                card.set_highlighted(False)

    # -- closing --------------------------------------------------------------------------

    def _escape_to_tray(self) -> None:
        if self._tray_available():
            self.hide()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Closing hides to the tray when there is one; without a tray it quits the app."""
        if self._tray_available():
            event.ignore()
            self.hide()
        else:
            event.accept()
            self.quit_requested.emit()


def _crisp(paint: Callable[[int], QPixmap], size: int, ratio: float) -> QPixmap:
    """A pixmap painted at the screen's device pixels, so HiDPI screens get a sharp icon."""
    pixmap = paint(round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
