"""Specification of the notifier without a bus: Notify arguments, the tray fallback, clicks."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import pytest
from jeepney import DBusAddress, new_method_call
from pytestqt.qtbot import QtBot

from omise_tray.core.alerts import Alert, AlertKind, Severity
from omise_tray.core.portfolio import CurrencyMode
from omise_tray.system.notifications import (
    NOTIFY_SIGNATURE,
    DesktopNotifier,
    Notification,
    session_bus_available,
)

LOW = Alert(
    "shop",
    AlertKind.LOW,
    Severity.WARNING,
    "Bangkok Coffee (test) — THB low",
    "850.00 available, below 1,000.00",
)
CRITICAL = Alert("tokyo", AlertKind.CRITICAL, Severity.CRITICAL, "Tokyo Tea — JPY critical", "x")
RECOVERED = Alert("shop", AlertKind.RECOVERED, Severity.INFO, "Bangkok Coffee — THB back", "y")
PAYOUT = Alert(
    "shop",
    AlertKind.PAYOUT,
    Severity.QUIET,
    "Bangkok Coffee — THB payout sent",
    "Payout of ฿18,500.00 sent; ฿6,500.00 available.",
)
SUMMARY = Alert("", AlertKind.SUMMARY, Severity.CRITICAL, "2 accounts: 1 critical, 1 low", "z")


@dataclass
class Balloons:
    """Stands in for TrayController.show_message."""

    shown: list[tuple[str, str]] = field(default_factory=list)

    def __call__(self, title: str, body: str) -> None:
        self.shown.append((title, body))


@pytest.mark.parametrize(
    ("alert", "urgency"), [(PAYOUT, 0), (LOW, 1), (RECOVERED, 1), (CRITICAL, 2), (SUMMARY, 2)]
)
def test_urgency_is_critical_only_for_critical_alerts_and_low_for_quiet_ones(
    alert: Alert, urgency: int
) -> None:
    args = Notification.from_alert(alert, CurrencyMode("THB", False)).notify_args(0)
    assert args[6]["urgency"] == ("y", urgency)


def test_notify_arguments_follow_the_specification() -> None:
    args = Notification.from_alert(LOW, CurrencyMode("THB", False)).notify_args(7)
    assert args == (
        "Omise Tray",
        7,
        "omise-tray",
        "Bangkok Coffee (test) — THB low",
        "850.00 available, below 1,000.00",
        ["default", "Open"],
        {"urgency": ("y", 1), "desktop-entry": ("s", "omise-tray")},
        -1,
    )


def test_notify_arguments_serialise_with_the_notify_signature() -> None:
    target = DBusAddress(
        "/org/freedesktop/Notifications",
        bus_name="org.freedesktop.Notifications",
        interface="org.freedesktop.Notifications",
    )
    args = Notification.from_alert(CRITICAL, CurrencyMode("JPY", True)).notify_args(2**32 - 1)
    message = new_method_call(target, "Notify", NOTIFY_SIGNATURE, args)
    assert message.serialise(serial=1)


def test_without_a_bus_alerts_go_to_the_tray_balloon(qtbot: QtBot) -> None:
    balloons = Balloons()
    notifier = DesktopNotifier(balloons)
    notifier.notify(LOW, CurrencyMode("THB", False))
    assert balloons.shown == [(LOW.title, LOW.body)]


def test_clicking_the_balloon_opens_the_card_of_the_latest_alert(qtbot: QtBot) -> None:
    notifier = DesktopNotifier(Balloons())
    notifier.notify(LOW, CurrencyMode("THB", False))
    notifier.notify(CRITICAL, CurrencyMode("JPY", True))
    with qtbot.waitSignal(notifier.card_requested) as clicked:
        notifier.balloon_clicked()
    assert clicked.args == [CurrencyMode("JPY", True)]


def test_clicking_a_summary_balloon_opens_the_window_on_no_card(qtbot: QtBot) -> None:
    notifier = DesktopNotifier(Balloons())
    notifier.notify(LOW, CurrencyMode("THB", False))
    notifier.notify(SUMMARY, None)
    with qtbot.waitSignal(notifier.card_requested) as clicked:
        notifier.balloon_clicked()
    assert clicked.args == [None]


def test_a_click_before_any_balloon_opens_nothing(qtbot: QtBot) -> None:
    notifier = DesktopNotifier(Balloons())
    with qtbot.assertNotEmitted(notifier.card_requested):
        notifier.balloon_clicked()


def test_a_failing_balloon_is_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    def broken(title: str, body: str) -> None:
        raise RuntimeError("no tray")

    DesktopNotifier(broken).notify(LOW, CurrencyMode("THB", False))
    assert "could not show the tray balloon" in caplog.text


def test_an_unreachable_bus_falls_back_to_the_balloon(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    balloons = Balloons()
    notifier = DesktopNotifier(balloons, bus_address="unix:path=/nonexistent/omise-tray-bus")
    try:
        notifier.notify(LOW, CurrencyMode("THB", False))
        qtbot.waitUntil(lambda: balloons.shown == [(LOW.title, LOW.body)], timeout=10_000)
    finally:
        notifier.close()
    assert "using the tray instead" in caplog.text


def test_linux_delivers_over_dbus() -> None:
    assert session_bus_available()
