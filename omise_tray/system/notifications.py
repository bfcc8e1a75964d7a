"""Desktop notifications: org.freedesktop.Notifications over DBus, else the tray's own balloon.

On Linux the notifier calls the notification service directly (a default action, so a click
opens the account's card, and one bubble per account that a newer alert replaces). The DBus
connection lives in its own thread: nothing here blocks the UI thread, and nothing raises into
Qt. Where there is no service, no session bus, or no Linux, alerts go to
`QSystemTrayIcon.showMessage` through the tray.
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from omise_tray import APP_ID, APP_NAME
from omise_tray.core import localized
from omise_tray.core.alerts import Alert, Severity, compose
from omise_tray.core.localized import Language
from omise_tray.core.portfolio import CardKey
from omise_tray.core.privacy import without_amounts
from omise_tray.core.text_safety import safe_text
from omise_tray.i18n.translators import current_language

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"
DEFAULT_ACTION = "default"
# The name of the app's themed icon (installed with the .desktop file); services without it
# show their generic icon, which is harmless.
APP_ICON = APP_ID
URGENCY_LOW = 0
URGENCY_NORMAL = 1
URGENCY_CRITICAL = 2
# A quiet alert (a payout the merchant sent) asks for low urgency: daemons show it briefly.
_URGENCY = {
    Severity.QUIET: URGENCY_LOW,
    Severity.INFO: URGENCY_NORMAL,
    Severity.WARNING: URGENCY_NORMAL,
    Severity.CRITICAL: URGENCY_CRITICAL,
}
EXPIRE_DEFAULT = -1
NOTIFY_TIMEOUT = 5.0
AUTH_TIMEOUT = 2.0
STOP_WAIT = 1.0
LONGEST_BODY = 400  # two sentences; a bubble shows no more

ShowMessage = Callable[[str, str], None]


@dataclass(frozen=True, slots=True)
class Notification:
    """One bubble: whose it is (a newer one replaces it), its text, urgency and card.

    A summary of several accounts has no account (summaries replace each other) and opens the
    card the accounts share, or just the window when `card_key` is None.
    """

    account_id: str
    card_key: CardKey | None
    title: str
    body: str
    urgency: int
    open_label: str = "Open"  # the name of the click's action, which some services show

    @classmethod
    def from_alert(cls, alert: Alert, card_key: CardKey | None) -> Notification:
        """The alert's bubble in the app's language; its text (an account name, the server's
        words) made safe. The engine wrote the English already."""
        language = current_language()

        def money(amount: int, currency: str) -> str:
            return localized.money(amount, currency, language)

        title, body = alert.title, alert.body
        if language is not Language.ENGLISH:
            title, body = compose(alert, QCoreApplication.translate, money)
        return cls(
            account_id=alert.account_id,
            card_key=card_key,
            title=safe_text(title),
            body=safe_text(body, limit=LONGEST_BODY),
            urgency=_URGENCY[alert.severity],
            #: The action a click on a notification takes: open the app's window on the card.
            open_label=QCoreApplication.translate("Notifications", "Open"),
        )

    def without_amounts(self) -> Notification:
        """The same bubble with every amount in its text shown as "•••" (privacy mode)."""
        return replace(self, title=without_amounts(self.title), body=without_amounts(self.body))

    def notify_args(self, replaces_id: int) -> tuple[Any, ...]:
        """The body of a Notify call, in the order of NOTIFY_SIGNATURE."""
        hints = {
            "urgency": ("y", self.urgency),
            "desktop-entry": ("s", APP_ID),
        }
        actions = [DEFAULT_ACTION, self.open_label]
        return (
            APP_NAME,
            replaces_id,
            APP_ICON,
            self.title,
            self.body,
            actions,
            hints,
            EXPIRE_DEFAULT,
        )


def session_bus_available() -> bool:
    """True where desktop notifications go over the DBus session bus (Linux with jeepney)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import jeepney  # noqa: F401
    except ImportError:
        return False
    return True


class _BusEvents(QObject):
    """Carries what the bus threads learn to the notifier in the main thread (queued)."""

    shown = Signal(object, object)  # notification id (uint32), CardKey or None
    failed = Signal(object)  # Notification
    action_invoked = Signal(object, str)  # notification id, action key


class _Forward(queue.Queue[Any]):
    """A jeepney filter queue that hands each matched message to a callback instead."""

    def __init__(self, receive: Callable[[Any], None]) -> None:
        super().__init__()
        self._receive = receive

    def put_nowait(self, item: Any) -> None:
        self._receive(item)


class NotificationBus:
    """The connection to the notification service, served by one thread of its own."""

    def __init__(self, address: str, events: _BusEvents) -> None:
        self._address = address
        self._events = events
        self._requests: queue.Queue[Notification | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="notification-bus", daemon=True)
        # Touched by the bus thread only: each account's latest bubble, for replaces_id.
        self._replaces: dict[str, int] = {}
        self._router: Any = None
        self._connection: Any = None

    def start(self) -> None:
        self._thread.start()

    def submit(self, notification: Notification) -> None:
        self._requests.put(notification)

    def stop(self, wait: float = STOP_WAIT) -> None:
        """Ask the thread to finish; a Notify call still waiting for its reply is abandoned."""
        self._requests.put(None)
        self._thread.join(wait)

    def _run(self) -> None:
        from jeepney.wrappers import DBusErrorResponse

        while True:
            notification = self._requests.get()
            if notification is None:
                break
            try:
                notification_id = self._notify(notification)
            except DBusErrorResponse as exc:
                # No service on the bus, or it refused the call: the connection itself is fine.
                log.info("no desktop notification (%s), using the tray instead", exc.name)
                self._events.failed.emit(notification)
            except Exception as exc:  # the thread must outlive any bus failure
                log.warning("the notification bus failed, using the tray instead: %r", exc)
                self._disconnect()
                self._events.failed.emit(notification)
            else:
                self._replaces[notification.account_id] = notification_id
                self._events.shown.emit(notification_id, notification.card_key)
        self._disconnect()

    def _notify(self, notification: Notification) -> int:
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import unwrap_msg

        router = self._connect()
        target = DBusAddress(OBJECT_PATH, bus_name=SERVICE, interface=SERVICE)
        replaces = self._replaces.get(notification.account_id, 0)
        message = new_method_call(
            target, "Notify", NOTIFY_SIGNATURE, notification.notify_args(replaces)
        )
        reply = router.send_and_get_reply(message, timeout=NOTIFY_TIMEOUT)
        return int(unwrap_msg(reply)[0])

    def _connect(self) -> Any:
        if self._router is not None:
            return self._router
        from jeepney import MatchRule, message_bus
        from jeepney.io.threading import DBusRouter, Proxy, open_dbus_connection

        connection = open_dbus_connection(self._address, auth_timeout=AUTH_TIMEOUT)
        router = DBusRouter(connection)
        rule = MatchRule(type="signal", interface=SERVICE, path=OBJECT_PATH, member="ActionInvoked")
        router.filter(rule, queue=_Forward(self._on_signal))
        try:
            Proxy(message_bus, router, timeout=NOTIFY_TIMEOUT).AddMatch(rule)
        except BaseException:
            router.close()
            connection.close()
            raise
        self._connection, self._router = connection, router
        return router

    def _disconnect(self) -> None:
        router, connection = self._router, self._connection
        self._router = self._connection = None
        # Ids belong to the old connection's service; a new one may reuse them for others.
        self._replaces.clear()
        if router is None:
            return
        try:
            router.close()
            connection.close()
        except OSError as exc:
            log.debug("closing the notification bus: %r", exc)

    def _on_signal(self, message: Any) -> None:
        # Runs in jeepney's receiver thread; a malformed signal must not stop that thread.
        try:
            notification_id, action = message.body
            self._events.action_invoked.emit(int(notification_id), str(action))
        except (TypeError, ValueError) as exc:
            log.debug("ignoring a malformed ActionInvoked signal: %r", exc)


class DesktopNotifier(QObject):
    """Shows alerts as desktop notifications and reports clicks as the card to open."""

    card_requested = Signal(object)  # CardKey: open the window on that card; None: the window

    def __init__(
        self,
        show_message: ShowMessage,
        *,
        bus_address: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`bus_address` None: the tray's balloon only; "SESSION" or an address: DBus first."""
        super().__init__(parent)
        self._show_message = show_message
        self._cards: dict[int, CardKey | None] = {}
        self._balloon: Notification | None = None  # the last one shown as a balloon
        self._events = _BusEvents(self)
        self._events.shown.connect(self._remember)
        self._events.failed.connect(self._show_balloon)
        self._events.action_invoked.connect(self._on_action)
        self._bus: NotificationBus | None = None
        # Privacy mode, asked at each alert: the app points it at its state.
        self.amounts_hidden: Callable[[], bool] = lambda: False
        if bus_address is not None:
            self._bus = NotificationBus(bus_address, self._events)
            self._bus.start()

    @classmethod
    def for_platform(
        cls, show_message: ShowMessage, parent: QObject | None = None
    ) -> DesktopNotifier:
        """DBus on Linux, the tray's balloon elsewhere."""
        address = "SESSION" if session_bus_available() else None
        return cls(show_message, bus_address=address, parent=parent)

    def notify(self, alert: Alert, card_key: CardKey | None) -> None:
        """Show the alert; never blocks and never raises."""
        notification = Notification.from_alert(alert, card_key)
        if self.amounts_hidden():
            notification = notification.without_amounts()
        if self._bus is None:
            self._show_balloon(notification)
        else:
            self._bus.submit(notification)

    @Slot()
    def balloon_clicked(self) -> None:
        """Connect to the tray's `message_clicked`: the balloon names no account, so the last."""
        if self._balloon is not None:
            self.card_requested.emit(self._balloon.card_key)

    def close(self) -> None:
        """Stop the bus thread (at quit)."""
        if self._bus is not None:
            self._bus.stop()
            self._bus = None

    @Slot(object, object)
    def _remember(self, notification_id: int, card_key: CardKey | None) -> None:
        self._cards[notification_id] = card_key

    @Slot(object)
    def _show_balloon(self, notification: Notification) -> None:
        self._balloon = notification
        try:
            self._show_message(notification.title, notification.body)
        except Exception as exc:  # a notification must never take the app down
            log.warning("could not show the tray balloon: %r", exc)

    @Slot(object, str)
    def _on_action(self, notification_id: int, action: str) -> None:
        if action == DEFAULT_ACTION and notification_id in self._cards:
            self.card_requested.emit(self._cards[notification_id])
