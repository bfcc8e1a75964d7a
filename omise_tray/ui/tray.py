"""The system tray icon: state colour, a tooltip and menu with every balance, and the actions."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from omise_tray import APP_NAME
from omise_tray.core.portfolio import AccountStatus, CardKey, CurrencyGroup
from omise_tray.core.portfolio import Signal as TraySignal
from omise_tray.core.privacy import HIDDEN_AMOUNT, shown_text
from omise_tray.i18n.translators import follow_language
from omise_tray.ui import text
from omise_tray.ui.snooze_menu import SnoozedUntil, fill_snooze_menu
from omise_tray.ui.state_view import StateView
from omise_tray.ui.timeline import local_today, members_of, payout_line
from omise_tray.ui.tray_icon import menu_bar_icon

log = logging.getLogger(__name__)

HOST_CHECK_MS = 3000
MESSAGE_MS = 10_000


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _money(amount: int, currency: str, hidden: bool) -> str:
    """An amount as the chosen language writes it, or "•••" in privacy mode."""
    return HIDDEN_AMOUNT if hidden else text.money(amount, currency)


def _menu_text(value: str) -> str:
    """A literal "&" in an account name must not become a keyboard accelerator."""
    return value.replace("&", "&&")


def group_word(group: CurrencyGroup, now: datetime, state: StateView) -> str:
    """The group's health word, flagged when the figure cannot be trusted right now."""
    word = text.health_word(group.health)
    if group.signal(now, state.interval) is TraySignal.UNKNOWN and group.health is not None:
        #: {health} is a health word ("Low") that may be out of date.
        not_up_to_date = QCoreApplication.translate("TrayController", "{health} (not up to date)")
        return not_up_to_date.format(health=word)
    return word


def next_payout_line(group: CurrencyGroup, state: StateView, now: datetime) -> str:
    """The group's next payout ("Next payout Fri 5 Dec · ฿15,000.00"), "" when none is known."""
    return payout_line(members_of(group, state), group.currency, local_today(now))


def waiting_line(status: AccountStatus, now: datetime) -> str:
    """What an account without a balance is doing: fetching, or why it cannot."""
    if status.error is None:
        #: What an account without a balance yet is doing, after its name.
        return QCoreApplication.translate("TrayController", "fetching…")
    return text.error_line(status.error, status.failing_since, now, has_balance=False)


class TrayController(QObject):
    """Owns the tray icon and keeps its colour, tooltip and menu in step with the state."""

    refresh_requested = Signal()
    pause_requested = Signal(bool)  # True: pause polling; False: resume
    open_requested = Signal()
    dashboard_requested = Signal(bool)  # livemode
    settings_requested = Signal()
    accounts_requested = Signal()
    quit_requested = Signal()
    message_clicked = Signal()
    card_requested = Signal(object)  # a CardKey: open the window on that card
    snooze_requested = Signal(str, object)  # account id, SnoozeChoice
    amounts_hidden_requested = Signal(bool)  # privacy mode on (True) or off

    def __init__(
        self,
        state: StateView,
        window_toggle: Callable[[], None],
        parent: QObject | None = None,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._window_toggle = window_toggle
        self._clock = clock
        self._signal: TraySignal | None = None
        self._last_toggle = 0.0
        self._single_mode = True  # the dashboard's mode when only one mode is in use
        self._icon = QSystemTrayIcon(self)
        self._icon.setObjectName("status-icon")
        self.menu = QMenu()
        self._balance_lines: list[QAction] = []
        self._build_menu()
        self._icon.setContextMenu(self.menu)
        self._icon.activated.connect(self._on_activated)
        self._icon.messageClicked.connect(self.message_clicked.emit)

        # Some desktops start the tray host after the app (login autostart races).
        self._host_watch = QTimer(self)
        self._host_watch.setObjectName("tray-host-watch")
        self._host_watch.setInterval(HOST_CHECK_MS)
        self._host_watch.timeout.connect(self._show_when_host_exists)

        state.changed.connect(self.show_state)
        # The menu's words, then the state in them; again whenever the language changes.
        follow_language(self.menu, self._retranslate)
        self._show_when_host_exists()

    def _build_menu(self) -> None:
        menu = self.menu
        self._lines_end = menu.addSeparator()
        self.refresh_action = menu.addAction("")
        self.refresh_action.triggered.connect(self.refresh_requested.emit)
        self.pause_action = menu.addAction("")
        self.pause_action.triggered.connect(
            lambda: self.pause_requested.emit(not self._state.paused)
        )
        self.privacy_action = menu.addAction("")
        self.privacy_action.setCheckable(True)
        self.privacy_action.triggered.connect(
            lambda checked=False: self.amounts_hidden_requested.emit(bool(checked))
        )
        self.open_action = menu.addAction("")
        self.open_action.triggered.connect(self.open_requested.emit)
        self.dashboard_action = menu.addAction("")
        self.dashboard_action.triggered.connect(
            lambda: self.dashboard_requested.emit(self._single_mode)
        )
        self.dashboard_menu = QMenu(menu)
        self.live_action = self.dashboard_menu.addAction("")
        self.live_action.triggered.connect(lambda: self.dashboard_requested.emit(True))
        self.test_action = self.dashboard_menu.addAction("")
        self.test_action.triggered.connect(lambda: self.dashboard_requested.emit(False))
        menu.addMenu(self.dashboard_menu)
        self.snooze_menu = QMenu(menu)
        self.snooze_menu.aboutToShow.connect(self._fill_snooze_menu)
        menu.addMenu(self.snooze_menu)
        self.snoozed_until: SnoozedUntil = lambda _account_id: None
        self.settings_action = menu.addAction("")
        self.settings_action.triggered.connect(self.settings_requested.emit)
        self.accounts_action = menu.addAction("")
        self.accounts_action.triggered.connect(self.accounts_requested.emit)
        menu.addSeparator()
        self.quit_action = menu.addAction("")
        self.quit_action.triggered.connect(self.quit_requested.emit)

    def _retranslate(self) -> None:
        self.refresh_action.setText(text.translated(text.STATUS_CONTEXT, text.REFRESH_NOW))
        #: {app} is the app's name, Omise Tray.
        self.open_action.setText(
            QCoreApplication.translate("TrayController", "&Open {app}").format(app=APP_NAME)
        )
        self.dashboard_action.setText(
            QCoreApplication.translate("TrayController", "Open Omise &Dashboard")
        )
        self.dashboard_menu.setTitle(
            QCoreApplication.translate("TrayController", "Open Omise Dashboard")
        )
        #: The dashboard of live (real) payments.
        self.live_action.setText(QCoreApplication.translate("TrayController", "Live"))
        #: The dashboard of test payments.
        self.test_action.setText(QCoreApplication.translate("TrayController", "Test"))
        self.snooze_menu.setTitle(QCoreApplication.translate("TrayController", "S&nooze alerts"))
        self.settings_action.setText(QCoreApplication.translate("TrayController", "&Settings…"))
        self.accounts_action.setText(QCoreApplication.translate("TrayController", "&Accounts…"))
        self.quit_action.setText(QCoreApplication.translate("TrayController", "&Quit"))
        self.privacy_action.setText(QCoreApplication.translate("TrayController", "&Hide amounts"))
        self.privacy_action.setToolTip(
            QCoreApplication.translate(
                "TrayController",
                "Show ••• instead of every amount, for a screen share or a shop counter",
            )
        )
        self.show_state()

    def _fill_snooze_menu(self) -> None:
        fill_snooze_menu(
            self.snooze_menu, self._state.accounts, self.snoozed_until, self.snooze_requested.emit
        )

    # -- rendering ------------------------------------------------------------------------

    def show_state(self) -> None:
        """Bring the icon, tooltip and menu up to date with the state."""
        now = self._clock()
        state = self._state
        groups = state.groups()
        waiting = [s for s in state.statuses() if s.snapshot is None]
        signal = state.signal(now)
        if signal is not self._signal:
            self._icon.setIcon(menu_bar_icon(signal))
            self._signal = signal
        self._icon.setToolTip(self.tooltip(groups, waiting, now))
        self._show_balance_lines(groups, waiting, now)
        self.pause_action.setText(text.pause_label(state.paused))
        self.privacy_action.setChecked(state.amounts_hidden)
        self.refresh_action.setEnabled(bool(state.accounts))
        self._show_dashboard_entries(groups)

    def tooltip(
        self, groups: list[CurrencyGroup], waiting: list[AccountStatus], now: datetime
    ) -> str:
        """Plain text, one short line per currency: some hosts cut long tooltips."""
        lines = [APP_NAME]
        hidden = self._state.amounts_hidden
        for group in groups:
            amount = _money(group.transferable, group.currency, hidden)
            mode = text.mode_label(group.livemode)
            word = group_word(group, now, self._state)
            #: A tooltip line: {currency} such as THB, {mode} "live" or "test", {amount} what
            #: can be paid out now, {health} a health word ("Low").
            line = QCoreApplication.translate(
                "TrayController", "{currency} ({mode}): {amount} available — {health}"
            )
            lines.append(
                line.format(currency=group.currency, mode=mode, amount=amount, health=word)
            )
            payout = next_payout_line(group, self._state, now)
            if payout:
                lines.append(f"  {shown_text(payout, hidden=hidden)}")
        lines += [f"{status.name}: {waiting_line(status, now)}" for status in waiting]
        if not self._state.accounts:
            lines.append(text.translated(text.STATUS_CONTEXT, text.NO_ACCOUNTS))
        if self._state.paused:
            lines.append(QCoreApplication.translate("TrayController", "Polling paused"))
        return "\n".join(lines)

    def _show_balance_lines(
        self, groups: list[CurrencyGroup], waiting: list[AccountStatus], now: datetime
    ) -> None:
        lines: list[tuple[str, CardKey | None]] = []
        hidden = self._state.amounts_hidden
        for group in groups:
            amount = _money(group.transferable, group.currency, hidden)
            place = f"{group.currency} · {text.mode_label(group.livemode)}"
            word = group_word(group, now, self._state)
            lines.append((f"{place}  {amount} · {word}", group.key))
            payout = next_payout_line(group, self._state, now)
            if payout:
                lines.append((f"    {_menu_text(shown_text(payout, hidden=hidden))}", group.key))
        lines += [(f"{_menu_text(s.name)} · {waiting_line(s, now)}", s.card_key) for s in waiting]
        if not self._state.accounts:
            lines.append((text.translated(text.STATUS_CONTEXT, text.NO_ACCOUNTS), None))
        for action in self._balance_lines:
            self.menu.removeAction(action)
            action.deleteLater()
        self._balance_lines = []
        for line, key in lines:
            # Enabled, so the lines read at full contrast; a click opens the matching card.
            action = QAction(line, self.menu)
            if key is None:
                action.setEnabled(False)
            else:
                action.triggered.connect(lambda _=False, k=key: self.card_requested.emit(k))
            self.menu.insertAction(self._lines_end, action)
            self._balance_lines.append(action)

    def _show_dashboard_entries(self, groups: list[CurrencyGroup]) -> None:
        modes = {g.livemode for g in groups}
        modes |= {a.livemode for a in self._state.accounts if a.livemode is not None}
        both = len(modes) == 2
        self._single_mode = modes.pop() if len(modes) == 1 else True
        self.dashboard_menu.menuAction().setVisible(both)
        self.dashboard_action.setVisible(not both)
        self.dashboard_action.setToolTip(text.dashboard_tip(self._single_mode))

    # -- the tray host ----------------------------------------------------------------------

    def _show_when_host_exists(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._host_watch.stop()
            if not self._icon.isVisible():
                self._icon.show()
                log.info("tray icon shown")
        elif not self._host_watch.isActive():
            log.info("no system tray yet; checking again every %d s", HOST_CHECK_MS // 1000)
            self._host_watch.start()

    @property
    def icon(self) -> QSystemTrayIcon:
        return self._icon

    def is_visible(self) -> bool:
        return self._icon.isVisible()

    def hide(self) -> None:
        self._host_watch.stop()
        self._icon.hide()

    def show_message(self, title: str, body: str) -> None:
        """Qt's own balloon: the fallback where no desktop notification service exists."""
        self._icon.showMessage(title, body, self._icon.icon(), MESSAGE_MS)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        reasons = QSystemTrayIcon.ActivationReason
        now = time.monotonic()
        if reason == reasons.Trigger:
            self._last_toggle = now
            self._window_toggle()
        elif reason == reasons.DoubleClick:
            # Windows sends Trigger then DoubleClick for one double-click: toggle only once.
            # A quarter second of slack covers a busy event loop delivering the pair late.
            window = QGuiApplication.styleHints().mouseDoubleClickInterval() / 1000 + 0.25
            if now - self._last_toggle > window:
                self._window_toggle()
