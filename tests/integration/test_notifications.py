"""Notifications end to end on a real DBus session bus with a recording notification service.

The simulator serves a scripted balance path; the real Poller fetches it over HTTP in the
account's lane, AppState applies it, the AlertCoordinator runs the engine and the
DesktopNotifier calls Notify over DBus. The service records every call, so the test sees
exactly what a desktop would.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from omise_tray.app.alert_delivery import AlertCoordinator, AlertStateFile
from omise_tray.app.poller import PollControl, Poller, WorkerKeys
from omise_tray.app.state import AppState
from omise_tray.config import ApiEndpoint
from omise_tray.core.alerts import Alert, AlertKind, Severity
from omise_tray.simulator import Simulator, demo_accounts
from omise_tray.storage.settings import AccountSettings, Settings
from omise_tray.system.notifications import DesktopNotifier
from tests.support.notification_service import NotificationService

pytestmark = [pytest.mark.desktop, pytest.mark.usefixtures("desktop_session")]

WAIT_MS = 30_000
LOW = Alert("shop", AlertKind.LOW, Severity.WARNING, "Bangkok Coffee (test) — THB low", "a")
CRITICAL = Alert(
    "tokyo", AlertKind.CRITICAL, Severity.CRITICAL, "Tokyo Tea (test) — JPY critical", "b"
)

# (total, available) in satang; THB's defaults are low 1,000.00 and critical 500.00, and a low
# account recovers only above 1,050.00.
BALANCE_PATH = [
    (120_000, 110_000),  # healthy: the first poll of a healthy account says nothing
    (100_000, 95_000),  # low
    (90_000, 85_000),  # lower: still low, nothing new
    (50_000, 45_000),  # critical, and a 47% fall in one poll
    (65_000, 60_000),  # recovering: back to low from critical is not news
    (105_000, 100_000),  # hovering at the line ...
    (109_000, 104_000),  # ... within the recovery margin ...
    (104_000, 99_000),  # ... and just below it again
    (120_000, 110_000),  # healthy
]
EXPECTED_SUMMARIES = [
    "Bangkok Coffee (test) — THB low",
    "Bangkok Coffee (test) — THB down 47%",
    "Bangkok Coffee (test) — THB critical",
    "Bangkok Coffee (test) — THB back above low",
]
# Polls after the path's end that must add nothing.
QUIET_POLLS = 2


BARE_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC
 "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@pytest.fixture(scope="module")
def bus_address(desktop_session: dict[str, str]) -> str:
    return desktop_session["DBUS_SESSION_BUS_ADDRESS"]


@pytest.fixture(scope="module")
def bare_bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A session bus that can start no services: no notification daemon can ever appear.

    The desktop's own bus would start dunst on demand (it is DBus-activatable), which is what
    the app wants in real life but hides the fallback path.
    """
    folder = tmp_path_factory.mktemp("bare-bus")
    socket = folder / "bus"
    config = folder / "bus.conf"
    config.write_text(BARE_BUS_CONFIG.format(socket=socket), encoding="utf-8")
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while not socket.exists():
            if time.monotonic() > deadline or daemon.poll() is not None:
                pytest.fail("the bare DBus daemon did not start")
            time.sleep(0.05)
        yield f"unix:path={socket}"
    finally:
        daemon.terminate()
        daemon.wait(10)


@pytest.fixture
def service(bus_address: str) -> Iterator[NotificationService]:
    with NotificationService(bus_address) as running:
        yield running


@pytest.fixture
def balloons() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def notifier(
    qtbot: QtBot, bus_address: str, balloons: list[tuple[str, str]]
) -> Iterator[DesktopNotifier]:
    desktop = DesktopNotifier(
        lambda title, body: balloons.append((title, body)), bus_address=bus_address
    )
    yield desktop
    desktop.close()


def test_notify_carries_the_alert_text_urgency_and_a_default_action(
    qtbot: QtBot, service: NotificationService, notifier: DesktopNotifier
) -> None:
    notifier.notify(LOW, "THB:test")
    notifier.notify(CRITICAL, "JPY:test")
    qtbot.waitUntil(lambda: len(service.calls) == 2, timeout=WAIT_MS)
    low, critical = service.calls
    assert low.signature == "susssasa{sv}i"
    assert (low.app_name, low.replaces_id, low.app_icon) == ("Omise Tray", 0, "omise-tray")
    assert (low.summary, low.body) == (LOW.title, LOW.body)
    assert low.actions == ["default", "Open"]
    assert low.hints == {"urgency": ("y", 1), "desktop-entry": ("s", "omise-tray")}
    assert low.expire_timeout == -1
    assert critical.hints["urgency"] == ("y", 2)
    assert critical.notification_id != low.notification_id


def test_a_newer_alert_replaces_the_same_accounts_bubble(
    qtbot: QtBot, service: NotificationService, notifier: DesktopNotifier
) -> None:
    notifier.notify(LOW, "THB:test")
    notifier.notify(CRITICAL, "JPY:test")
    notifier.notify(LOW, "THB:test")
    qtbot.waitUntil(lambda: len(service.calls) == 3, timeout=WAIT_MS)
    first, other, again = service.calls
    assert other.replaces_id == 0
    assert again.replaces_id == first.notification_id
    assert again.notification_id == first.notification_id


@pytest.mark.parametrize(("which", "card"), [(0, "THB:test"), (1, "JPY:test")])
def test_clicking_a_notification_opens_its_card(
    qtbot: QtBot,
    service: NotificationService,
    notifier: DesktopNotifier,
    which: int,
    card: str,
) -> None:
    notifier.notify(LOW, "THB:test")
    notifier.notify(CRITICAL, "JPY:test")
    qtbot.waitUntil(lambda: len(service.calls) == 2, timeout=WAIT_MS)
    clicked = service.calls[which].notification_id
    with qtbot.waitSignal(notifier.card_requested, timeout=WAIT_MS) as requested:
        service.invoke_action(clicked)
    assert requested.args == [card]


def test_other_actions_open_nothing(
    qtbot: QtBot, service: NotificationService, notifier: DesktopNotifier
) -> None:
    notifier.notify(LOW, "THB:test")
    qtbot.waitUntil(lambda: len(service.calls) == 1, timeout=WAIT_MS)
    with qtbot.assertNotEmitted(notifier.card_requested, wait=500):
        service.invoke_action(service.calls[0].notification_id, "snooze")


def test_without_a_notification_service_the_tray_balloon_shows_the_alert(
    qtbot: QtBot, bare_bus: str
) -> None:
    balloons: list[tuple[str, str]] = []
    notifier = DesktopNotifier(
        lambda title, body: balloons.append((title, body)), bus_address=bare_bus
    )
    try:
        notifier.notify(LOW, "THB:test")
        qtbot.waitUntil(lambda: balloons == [(LOW.title, LOW.body)], timeout=WAIT_MS)
        with qtbot.waitSignal(notifier.card_requested) as requested:
            notifier.balloon_clicked()
    finally:
        notifier.close()
    assert requested.args == ["THB:test"]


def test_a_service_that_appears_later_is_used(qtbot: QtBot, bare_bus: str) -> None:
    balloons: list[tuple[str, str]] = []
    notifier = DesktopNotifier(
        lambda title, body: balloons.append((title, body)), bus_address=bare_bus
    )
    try:
        notifier.notify(LOW, "THB:test")
        qtbot.waitUntil(lambda: len(balloons) == 1, timeout=WAIT_MS)
        with NotificationService(bare_bus) as service:
            notifier.notify(CRITICAL, "JPY:test")
            qtbot.waitUntil(lambda: service.summaries() == [CRITICAL.title], timeout=WAIT_MS)
    finally:
        notifier.close()
    assert len(balloons) == 1


@pytest.mark.slow
def test_a_scripted_balance_path_raises_exactly_the_expected_notifications(
    qtbot: QtBot,
    tmp_path: Path,
    service: NotificationService,
    notifier: DesktopNotifier,
    balloons: list[tuple[str, str]],
) -> None:
    simulator = Simulator(demo_accounts(), dynamic=False)
    shop = next(account for account in simulator.accounts if account.currency == "THB")
    simulator.queue_balances(shop.key, BALANCE_PATH)
    base = simulator.start()
    account = AccountSettings(
        id="shop", name=shop.name, livemode=False, currency="THB", key_storage="session"
    )
    settings = Settings(accounts=(account,), interval_seconds=1)
    state = AppState(1)
    state.set_accounts(settings.accounts)
    coordinator = AlertCoordinator(
        state, settings, notifier, AlertStateFile(tmp_path / "alert-state.json")
    )
    keys = WorkerKeys()
    keys.replace({account.id: shop.key})
    poller = Poller(ApiEndpoint(base=base), keys, 1.0)
    poller.snapshot_ready.connect(state.apply_snapshot)
    poller.poll_failed.connect(state.apply_error)
    delivered: list[Alert] = []
    coordinator.alert_delivered.connect(delivered.append)

    def balance_requests() -> int:
        return sum(1 for r in simulator.request_log if r.path.startswith("/balance"))

    control = PollControl()
    control.connect_to(poller)
    poller.start()
    try:
        control.accounts_changed.emit((account.id,))
        qtbot.waitUntil(
            lambda: balance_requests() >= len(BALANCE_PATH) + QUIET_POLLS,
            timeout=WAIT_MS * 2,
        )
    finally:
        poller.stop(5_000)
        simulator.stop()

    qtbot.waitUntil(lambda: len(service.calls) >= len(EXPECTED_SUMMARIES), timeout=WAIT_MS)
    assert service.summaries() == EXPECTED_SUMMARIES
    assert [a.title for a in delivered] == EXPECTED_SUMMARIES
    assert balloons == []
    critical = service.calls[2]
    assert critical.body == "450.00 available, below 500.00"
    assert critical.hints["urgency"] == ("y", 2)

    with qtbot.waitSignal(notifier.card_requested, timeout=WAIT_MS) as requested:
        service.invoke_action(service.calls[-1].notification_id)
    assert requested.args == ["THB:test"]
