"""Notifications end to end on a real DBus session bus with a recording notification service.

The simulator serves scripted balances; the real Poller fetches them over HTTP in each
account's lane, AppState applies them, the AlertCoordinator runs the engine (asking
RecentDebits, over HTTP too, what explains a drop) and the DesktopNotifier calls Notify over
DBus. The service records every call, so the test sees exactly what a desktop would.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from pytestqt.qtbot import QtBot

from omise_tray.app import alert_delivery
from omise_tray.app.alert_delivery import AlertCoordinator, AlertStateFile
from omise_tray.app.poller import PollControl, Poller, WorkerKeys
from omise_tray.app.recent_debits import RecentDebits
from omise_tray.app.state import AppState
from omise_tray.config import ApiEndpoint
from omise_tray.core.alerts import Alert, AlertKind, Severity
from omise_tray.core.portfolio import CurrencyMode
from omise_tray.simulator import SimAccount, Simulator
from omise_tray.simulator.ledger import Direction, Transaction
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
    (600_000, 600_000),  # healthy: the first poll of a healthy account says nothing
    (90_000, 90_000),  # low, and an 85% fall in one poll: one notification tells both
    (80_000, 80_000),  # lower: still low, nothing new
    (40_000, 40_000),  # critical, a 50% fall told in the critical notification
    (95_000, 95_000),  # recovering: back to low from critical is not news
    (101_000, 101_000),  # above the line, within the recovery margin ...
    (99_000, 99_000),  # ... and just below it again
    (120_000, 120_000),  # back above low
]
EXPECTED = [
    ("Bangkok Coffee (test) — THB low", "Available fell 85% to ฿900.00, below ฿1,000.00"),
    ("Bangkok Coffee (test) — THB critical", "Available fell 50% to ฿400.00, below ฿500.00"),
    ("Bangkok Coffee (test) — THB back above low", "฿1,200.00 available, above ฿1,000.00"),
]
# Polls after the path's end that must add nothing.
QUIET_POLLS = 2
# Long enough for a round to end and a drop's debits to be fetched.
SETTLE_MS = alert_delivery.BATCH_MAX_MS + 2_000


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
    notifier.notify(LOW, CurrencyMode("THB", False))
    notifier.notify(CRITICAL, CurrencyMode("JPY", False))
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
    notifier.notify(LOW, CurrencyMode("THB", False))
    notifier.notify(CRITICAL, CurrencyMode("JPY", False))
    notifier.notify(LOW, CurrencyMode("THB", False))
    qtbot.waitUntil(lambda: len(service.calls) == 3, timeout=WAIT_MS)
    first, other, again = service.calls
    assert other.replaces_id == 0
    assert again.replaces_id == first.notification_id
    assert again.notification_id == first.notification_id


@pytest.mark.parametrize(
    ("which", "card"), [(0, CurrencyMode("THB", False)), (1, CurrencyMode("JPY", False))]
)
def test_clicking_a_notification_opens_its_card(
    qtbot: QtBot,
    service: NotificationService,
    notifier: DesktopNotifier,
    which: int,
    card: str,
) -> None:
    notifier.notify(LOW, CurrencyMode("THB", False))
    notifier.notify(CRITICAL, CurrencyMode("JPY", False))
    qtbot.waitUntil(lambda: len(service.calls) == 2, timeout=WAIT_MS)
    clicked = service.calls[which].notification_id
    with qtbot.waitSignal(notifier.card_requested, timeout=WAIT_MS) as requested:
        service.invoke_action(clicked)
    assert requested.args == [card]


def test_other_actions_open_nothing(
    qtbot: QtBot, service: NotificationService, notifier: DesktopNotifier
) -> None:
    notifier.notify(LOW, CurrencyMode("THB", False))
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
        notifier.notify(LOW, CurrencyMode("THB", False))
        qtbot.waitUntil(lambda: balloons == [(LOW.title, LOW.body)], timeout=WAIT_MS)
        with qtbot.waitSignal(notifier.card_requested) as requested:
            notifier.balloon_clicked()
    finally:
        notifier.close()
    assert requested.args == [CurrencyMode("THB", False)]


def test_a_service_that_appears_later_is_used(qtbot: QtBot, bare_bus: str) -> None:
    balloons: list[tuple[str, str]] = []
    notifier = DesktopNotifier(
        lambda title, body: balloons.append((title, body)), bus_address=bare_bus
    )
    try:
        notifier.notify(LOW, CurrencyMode("THB", False))
        qtbot.waitUntil(lambda: len(balloons) == 1, timeout=WAIT_MS)
        with NotificationService(bare_bus) as service:
            notifier.notify(CRITICAL, CurrencyMode("JPY", False))
            qtbot.waitUntil(lambda: service.summaries() == [CRITICAL.title], timeout=WAIT_MS)
    finally:
        notifier.close()
    assert len(balloons) == 1


class Pipeline:
    """The app's alert path, as Services builds it: the real Poller in its account lanes fetches
    from the simulator, AppState applies, the AlertCoordinator asks RecentDebits for a drop's
    cause and hands its rounds to the DesktopNotifier, which calls Notify over DBus."""

    def __init__(
        self,
        tmp_path: Path,
        notifier: DesktopNotifier,
        simulator: Simulator,
        accounts: dict[AccountSettings, str],
    ) -> None:
        self.simulator = simulator
        self.base = simulator.start()
        settings = Settings(accounts=tuple(accounts), interval_seconds=1)
        self.state = AppState(1)
        self.state.set_accounts(settings.accounts)
        keys = WorkerKeys()
        keys.replace({account.id: key for account, key in accounts.items()})
        endpoint = ApiEndpoint(base=self.base)
        self.debits = RecentDebits(lambda: endpoint, keys)
        self.coordinator = AlertCoordinator(
            self.state,
            settings,
            notifier,
            AlertStateFile(tmp_path / "alert-state.json"),
            explainer=self.debits,
        )
        self.delivered: list[Alert] = []
        self.coordinator.alert_delivered.connect(self.delivered.append)
        self.poller = Poller(endpoint, keys, 1.0)
        self.poller.snapshot_ready.connect(self.state.apply_snapshot)
        self.poller.poll_failed.connect(self.state.apply_error)
        self.control = PollControl()
        self.control.connect_to(self.poller)
        self.account_ids = tuple(account.id for account in accounts)

    def requests(self, path: str) -> int:
        return sum(1 for r in self.simulator.request_log if r.path == path)

    def start(self) -> None:
        """Poll every account every second."""
        self.poller.start()
        self.control.accounts_changed.emit(self.account_ids)

    def wait_for(self, qtbot: QtBot, balance_requests: int) -> None:
        qtbot.waitUntil(lambda: self.requests("/balance") >= balance_requests, timeout=WAIT_MS * 2)

    def stop(self, qtbot: QtBot) -> None:
        self.poller.stop(5_000)
        qtbot.wait(SETTLE_MS)  # the last round's alerts, and any drop still being explained
        assert self.debits.stop()
        self.simulator.stop()

    def poll_until(self, qtbot: QtBot, balance_requests: int) -> None:
        """Poll until the simulator has answered this many balance requests, then settle."""
        self.start()
        try:
            self.wait_for(qtbot, balance_requests)
        finally:
            self.stop(qtbot)


def shop(name: str, key: str, currency: str, figure: int, *, livemode: bool) -> SimAccount:
    country = {"THB": "TH", "JPY": "JP"}[currency]
    return SimAccount(
        name=name,
        key=key,
        currency=currency,
        country=country,
        livemode=livemode,
        total=figure,
        available=figure,
    )


def settings_of(sim: SimAccount, account_id: str) -> AccountSettings:
    return AccountSettings(
        id=account_id,
        name=sim.name,
        livemode=sim.livemode,
        currency=sim.currency,
        key_storage="session",
    )


@pytest.mark.slow
def test_a_falling_balance_reaches_the_desktop_as_exactly_three_notifications(
    qtbot: QtBot,
    tmp_path: Path,
    service: NotificationService,
    notifier: DesktopNotifier,
    balloons: list[tuple[str, str]],
) -> None:
    coffee = shop(
        "Bangkok Coffee", "skey_test_5alerts0bangkok0coffee", "THB", 600_000, livemode=False
    )
    simulator = Simulator([coffee], dynamic=False)
    simulator.queue_balances(coffee.key, BALANCE_PATH)
    pipeline = Pipeline(tmp_path, notifier, simulator, {settings_of(coffee, "shop"): coffee.key})
    pipeline.poll_until(qtbot, len(BALANCE_PATH) + QUIET_POLLS)

    assert [(call.summary, call.body) for call in service.calls] == EXPECTED
    assert all("฿" in call.body for call in service.calls)
    assert [alert.title for alert in pipeline.delivered] == [title for title, _ in EXPECTED]
    assert [call.hints["urgency"] for call in service.calls] == [("y", 1), ("y", 2), ("y", 1)]
    assert balloons == []
    # Both sharp falls were looked up (the simulated shop made no debits to explain them).
    assert pipeline.requests("/transactions") == 2

    with qtbot.waitSignal(notifier.card_requested, timeout=WAIT_MS) as requested:
        service.invoke_action(service.calls[-1].notification_id)
    assert requested.args == [CurrencyMode("THB", False)]


class Round(NamedTuple):
    """Four JPY shops' figures before and in the round they cross, and the one notification."""

    before: int
    figures: dict[str, int]
    summary: str
    body: str
    urgency: int


@pytest.mark.slow
@pytest.mark.parametrize(
    "round_",
    [
        Round(
            25_000,
            {"Shop 1": 920, "Shop 2": 1_100, "Shop 3": 650, "Shop 4": 1_900},
            "4 JPY accounts critical",
            "Shop 3 ¥650, Shop 1 ¥920, Shop 2 ¥1,100, Shop 4 ¥1,900",
            2,
        ),
        Round(
            4_500,
            {"Shop 1": 3_900, "Shop 2": 3_950, "Shop 3": 3_800, "Shop 4": 3_990},
            "4 JPY accounts low",
            "Shop 3 ¥3,800, Shop 1 ¥3,900, Shop 2 ¥3,950, Shop 4 ¥3,990",
            1,
        ),
    ],
    # Sharp drops wait for their debits to be looked up; small falls are gathered by time alone.
    ids=["critical-after-sharp-drops", "low-after-small-falls"],
)
def test_four_accounts_crossing_in_one_round_make_one_notification(
    qtbot: QtBot,
    tmp_path: Path,
    service: NotificationService,
    notifier: DesktopNotifier,
    round_: Round,
) -> None:
    shops = [
        shop(name, f"skey_5ALERTS0JPY0SHOP{n}000000", "JPY", round_.before, livemode=True)
        for n, name in enumerate(round_.figures, start=1)
    ]
    simulator = Simulator(shops, dynamic=False)
    for each in shops:
        # As they were in the first round, crossed from the second on.
        figure = round_.figures[each.name]
        simulator.queue_balances(each.key, [(round_.before, round_.before), (figure, figure)])
    accounts = {settings_of(each, f"shop-{n}"): each.key for n, each in enumerate(shops)}
    pipeline = Pipeline(tmp_path, notifier, simulator, accounts)
    pipeline.poll_until(qtbot, 4 * 4)

    (call,) = service.calls
    assert (call.summary, call.body) == (round_.summary, round_.body)
    assert call.hints["urgency"] == ("y", round_.urgency)
    with qtbot.waitSignal(notifier.card_requested, timeout=WAIT_MS) as requested:
        service.invoke_action(call.notification_id)
    assert requested.args == [CurrencyMode("JPY", True)]  # their shared card, in the window


@pytest.mark.slow
def test_a_payout_the_merchant_sent_is_a_quiet_note_naming_it(
    qtbot: QtBot,
    tmp_path: Path,
    service: NotificationService,
    notifier: DesktopNotifier,
) -> None:
    coffee = shop(
        "Bangkok Coffee", "skey_test_5alerts0payout0coffee0", "THB", 2_500_000, livemode=False
    )
    simulator = Simulator([coffee], dynamic=False)
    pipeline = Pipeline(tmp_path, notifier, simulator, {settings_of(coffee, "shop"): coffee.key})
    pipeline.start()
    try:
        pipeline.wait_for(qtbot, 1)
        # The merchant pays ฿18,500.00 out to the bank before the next poll.
        coffee.pay(
            Transaction(
                "trxn_test_5alerts0payout00000001",
                1_850_000,
                Direction.DEBIT,
                "transfer.sent",
                "trsf_test_5alerts0payout0000001",
                simulator.now(),
                simulator.now(),
            )
        )
        pipeline.wait_for(qtbot, 4)
    finally:
        pipeline.stop(qtbot)

    (call,) = service.calls
    assert call.summary == "Bangkok Coffee (test) — THB payout sent"
    assert call.body == "Payout of ฿18,500.00 sent; ฿6,500.00 available."
    assert call.hints["urgency"] == ("y", 0)
