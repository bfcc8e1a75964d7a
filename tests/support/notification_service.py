"""A recording org.freedesktop.Notifications service for tests, served by jeepney in a thread.

It owns the well-known name on the given bus, answers Notify (recording every call's
arguments, returning increasing ids, honouring replaces_id), GetCapabilities,
GetServerInformation and CloseNotification, and can send ActionInvoked to a notification's
sender, as notification daemons such as dunst do.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

SERVICE = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
NAME_PRIMARY_OWNER = 1
CLOSED_BY_CALL = 3


@dataclass(frozen=True)
class NotifyCall:
    """The arguments of one Notify call, as the service received them, and the id it gave."""

    sender: str
    app_name: str
    replaces_id: int
    app_icon: str
    summary: str
    body: str
    actions: list[str]
    hints: dict[str, tuple[str, Any]]
    expire_timeout: int
    signature: str
    notification_id: int


class NotificationService:
    """Serves org.freedesktop.Notifications on a bus until stopped, recording Notify calls."""

    def __init__(self, bus_address: str) -> None:
        self._address = bus_address
        self._emitter = DBusAddress(OBJECT_PATH, interface=SERVICE)
        self._lock = threading.Lock()
        self._calls: list[NotifyCall] = []
        self._senders: dict[int, str] = {}
        self._next_id = 1
        self._outgoing: queue.Queue[Any] = queue.Queue()
        self._stopping = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="notification-service")
        self._error: BaseException | None = None

    def __enter__(self) -> NotificationService:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the test notification service did not start")
        if self._error is not None:
            raise RuntimeError("the test notification service failed") from self._error

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(10)

    @property
    def calls(self) -> list[NotifyCall]:
        with self._lock:
            return list(self._calls)

    def summaries(self) -> list[str]:
        return [call.summary for call in self.calls]

    def invoke_action(self, notification_id: int, action: str = "default") -> None:
        """Send ActionInvoked to the client that showed the notification (as a click does)."""
        with self._lock:
            destination = self._senders[notification_id]
        signal = new_signal(self._emitter, "ActionInvoked", "us", (notification_id, action))
        signal.header.fields[HeaderFields.destination] = destination
        self._outgoing.put(signal)

    def _serve(self) -> None:
        try:
            connection = open_dbus_connection(self._address)
        except BaseException as exc:
            self._error = exc
            self._ready.set()
            return
        with connection:
            reply = connection.send_and_get_reply(message_bus.RequestName(SERVICE), timeout=10)
            if reply.body[0] != NAME_PRIMARY_OWNER:
                self._error = RuntimeError(f"{SERVICE} is already owned on this bus")
                self._ready.set()
                return
            self._ready.set()
            while not self._stopping.is_set():
                while not self._outgoing.empty():
                    connection.send(self._outgoing.get())
                try:
                    message = connection.receive(timeout=0.05)
                except TimeoutError:
                    continue
                if message.header.message_type is MessageType.method_call:
                    connection.send(self._answer(message))

    def _answer(self, message: Any) -> Any:
        member = message.header.fields.get(HeaderFields.member)
        handlers: dict[str, Callable[[Any], Any]] = {
            "Notify": self._notify,
            "GetCapabilities": lambda m: new_method_return(m, "as", (["actions", "body"],)),
            "GetServerInformation": lambda m: new_method_return(
                m, "ssss", ("recorder", "omise-tray tests", "1.0", "1.2")
            ),
            "CloseNotification": self._close,
        }
        handler = handlers.get(member)
        if handler is None:
            return new_error(message, "org.freedesktop.DBus.Error.UnknownMethod")
        return handler(message)

    def _notify(self, message: Any) -> Any:
        signature = message.header.fields.get(HeaderFields.signature, "")
        if signature != "susssasa{sv}i":
            return new_error(message, "org.freedesktop.DBus.Error.InvalidArgs")
        app_name, replaces_id, app_icon, summary, body, actions, hints, timeout = message.body
        sender = message.header.fields[HeaderFields.sender]
        with self._lock:
            if replaces_id and replaces_id in self._senders:
                notification_id = replaces_id
            else:
                notification_id = self._next_id
                self._next_id += 1
            self._senders[notification_id] = sender
            self._calls.append(
                NotifyCall(
                    sender,
                    app_name,
                    replaces_id,
                    app_icon,
                    summary,
                    body,
                    list(actions),
                    dict(hints),
                    timeout,
                    signature,
                    notification_id,
                )
            )
        return new_method_return(message, "u", (notification_id,))

    def _close(self, message: Any) -> Any:
        (notification_id,) = message.body
        closed = new_signal(
            self._emitter, "NotificationClosed", "uu", (notification_id, CLOSED_BY_CALL)
        )
        self._outgoing.put(closed)
        return new_method_return(message)
