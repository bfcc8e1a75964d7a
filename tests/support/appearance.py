"""The desktop's colour scheme for a throwaway desktop: org.freedesktop.portal.Settings answering
`org.freedesktop.appearance color-scheme`, served by jeepney in a thread.

A real desktop answers this from xdg-desktop-portal and its GNOME or KDE backend; the test
desktop has neither (they need a full session), so this stands in for exactly the one setting
Qt reads (through its xdgdesktopportal platform theme) to choose light or dark.
"""

from __future__ import annotations

import threading
from typing import Any

from jeepney import HeaderFields, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

SERVICE = "org.freedesktop.portal.Desktop"
NAMESPACE = "org.freedesktop.appearance"
KEY = "color-scheme"
NAME_PRIMARY_OWNER = 1
# The portal's values: 0 no preference, 1 prefer dark, 2 prefer light.
SCHEMES = {"dark": 1, "light": 2}
SETTINGS_VERSION = 2


class AppearanceSettings:
    """Answers the portal's Settings calls for the colour scheme until stopped."""

    def __init__(self, bus_address: str, scheme: str) -> None:
        if scheme not in SCHEMES:
            raise ValueError(f"colour scheme must be one of {', '.join(SCHEMES)}")
        self._address = bus_address
        self._value = SCHEMES[scheme]
        self._stopping = threading.Event()
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._serve, name="appearance-settings")

    def start(self) -> None:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the appearance settings service did not start")
        if self._error is not None:
            raise RuntimeError("the appearance settings service failed") from self._error

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(10)

    def _serve(self) -> None:
        try:
            connection = open_dbus_connection(self._address)
            reply = connection.send_and_get_reply(message_bus.RequestName(SERVICE), timeout=10)
            if reply.body[0] != NAME_PRIMARY_OWNER:
                raise RuntimeError(f"{SERVICE} is already owned on this bus")
        except BaseException as exc:
            self._error = exc
            self._ready.set()
            return
        self._ready.set()
        with connection:
            while not self._stopping.is_set():
                try:
                    message = connection.receive(timeout=0.05)
                except TimeoutError:
                    continue
                if message.header.message_type is MessageType.method_call:
                    connection.send(self._answer(message))

    def _answer(self, message: Any) -> Any:
        member = message.header.fields.get(HeaderFields.member)
        body = tuple(message.body)
        scheme = ("u", self._value)
        if member == "ReadAll":
            (namespaces,) = body
            found = {NAMESPACE: {KEY: scheme}} if NAMESPACE in namespaces or not namespaces else {}
            return new_method_return(message, "a{sa{sv}}", (found,))
        if member == "ReadOne" and body == (NAMESPACE, KEY):
            return new_method_return(message, "v", (scheme,))
        if member == "Read" and body == (NAMESPACE, KEY):
            return new_method_return(message, "v", (("v", scheme),))  # the old call nests
        if member == "Get" and body == ("org.freedesktop.portal.Settings", "version"):
            return new_method_return(message, "v", (("u", SETTINGS_VERSION),))
        return new_error(message, "org.freedesktop.portal.Error.NotFound")
