"""Specification of the AlertCoordinator: engine per poll, state across restarts, silence rules."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from omise_tray.app import alert_delivery
from omise_tray.app.alert_delivery import (
    AlertCoordinator,
    AlertStateFile,
    Answer,
    alert_rules,
    in_quiet_hours,
)
from omise_tray.app.state import AppState
from omise_tray.core.alerts import (
    AccountAlertState,
    Alert,
    AlertKind,
    AlertLevel,
    Debit,
    DebitKind,
    Severity,
)
from omise_tray.core.balance import Balance
from omise_tray.core.errors import ErrorKind
from omise_tray.core.health import Watched
from omise_tray.core.portfolio import CardKey, CurrencyMode, WaitingAccount
from omise_tray.core.snapshot import PollError, Snapshot
from omise_tray.storage.settings import AccountSettings, Settings

T0 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
SHOP = AccountSettings(id="shop", name="Bangkok Coffee", livemode=False, currency="THB")
TOKYO = AccountSettings(id="tokyo", name="Tokyo Tea", livemode=True, currency="JPY")
SETTINGS = Settings(accounts=(SHOP, TOKYO))


@dataclass
class RecordingNotifier:
    """Keeps every alert it was given, with the card a click would open."""

    shown: list[tuple[Alert, CardKey | None]] = field(default_factory=list)

    def notify(self, alert: Alert, card_key: CardKey | None) -> None:
        self.shown.append((alert, card_key))

    @property
    def titles(self) -> list[str]:
        return [alert.title for alert, _ in self.shown]


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Explainer:
    """Stands in for RecentDebits: answers with `debits` at once, or when the test says so."""

    debits: list[Debit] | None = None
    at_once: bool = True
    asked: list[str] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)

    def explain(self, account_id: str, answer: Answer) -> None:
        self.asked.append(account_id)
        if self.at_once:
            answer(self.debits)
        else:
            self.answers.append(answer)

    def answer(self, debits: Sequence[Debit] | None) -> None:
        self.answers.pop(0)(debits)


class Rig:
    """An AppState, a coordinator on a state file, a recording notifier and a clock.

    Each poll is a round of its own (delivered at once) unless `own_round=False`.
    """

    def __init__(
        self,
        path: Path,
        settings: Settings = SETTINGS,
        clock: Clock | None = None,
        explainer: Explainer | None = None,
    ):
        self.clock = clock or Clock()
        self.settings = settings
        self.notifier = RecordingNotifier()
        self.state = AppState(300)
        self.state.set_accounts(settings.accounts)
        self.state_file = AlertStateFile(path)
        self.coordinator = AlertCoordinator(
            self.state,
            settings,
            self.notifier,
            self.state_file,
            explainer=explainer,
            clock=self.clock,
            zone=UTC,
        )

    def poll(
        self,
        account: AccountSettings,
        available: int,
        *,
        advance_minutes: float = 5,
        own_round: bool = True,
    ) -> None:
        self.clock.advance(minutes=advance_minutes)
        balance = Balance(
            currency=account.currency or "THB",
            livemode=bool(account.livemode),
            total=available,
            available=available,
            transferable=available,
        )
        self.state.apply_snapshot(Snapshot(account.id, balance, self.clock()))
        if own_round:
            self.coordinator.flush()

    def fail(
        self,
        account: AccountSettings,
        kind: ErrorKind,
        message: str = "",
        *,
        own_round: bool = True,
    ) -> None:
        self.clock.advance(minutes=5)
        self.state.apply_error(PollError(account.id, kind, message, self.clock()))
        if own_round:
            self.coordinator.flush()

    def update(self, settings: Settings) -> None:
        self.settings = settings
        self.state.set_accounts(settings.accounts)
        self.coordinator.set_settings(settings)


@pytest.fixture
def state_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "alert-state.json"


@pytest.fixture
def rig(qapp: object, state_path: Path) -> Rig:
    return Rig(state_path)


# THB defaults: low 1,000.00, critical 500.00; recovery needs more than 1,050.00. Each step
# falls by less than 20% so no sharp-drop alert joins in.
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ([110_000, 120_000], []),
        ([110_000, 95_000], ["Bangkok Coffee (test) — THB low"]),
        (
            [110_000, 95_000, 85_000, 72_000, 60_000, 49_000],
            ["Bangkok Coffee (test) — THB low", "Bangkok Coffee (test) — THB critical"],
        ),
        (
            [110_000, 95_000, 104_000, 99_000, 100_000, 110_000],
            ["Bangkok Coffee (test) — THB low", "Bangkok Coffee (test) — THB back above low"],
        ),
        ([40_000], ["Bangkok Coffee (test) — THB critical"]),
        ([85_000], []),
        ([110_000, 50_000], ["Bangkok Coffee (test) — THB critical"]),
        (
            [110_000, 95_000, 60_000],
            ["Bangkok Coffee (test) — THB low", "Bangkok Coffee (test) — THB down 36%"],
        ),
    ],
    ids=[
        "healthy",
        "enters-low",
        "low-then-critical",
        "hovering-then-recovered",
        "fresh-critical",
        "fresh-low",
        "a-drop-across-the-critical-line-is-told-in-its-alert",
        "sharp-drop-while-low",
    ],
)
def test_alerts_follow_the_balance_path(rig: Rig, path: list[int], expected: list[str]) -> None:
    for available in path:
        rig.poll(SHOP, available)
    assert rig.notifier.titles == expected


def test_alert_text_names_the_account_and_never_the_key(rig: Rig) -> None:
    rig.poll(SHOP, 110_000)
    rig.poll(SHOP, 95_000)
    ((alert, key),) = rig.notifier.shown
    assert alert.title == "Bangkok Coffee (test) — THB low"
    assert alert.body == "฿950.00 available, below ฿1,000.00"
    assert key == CurrencyMode("THB", False)
    assert "skey_" not in alert.title + alert.body


def test_a_restart_does_not_repeat_an_alert(qapp: object, state_path: Path) -> None:
    first = Rig(state_path)
    first.poll(SHOP, 110_000)
    first.poll(SHOP, 95_000)
    assert first.notifier.titles == ["Bangkok Coffee (test) — THB low"]

    second = Rig(state_path, clock=Clock(first.clock() + timedelta(minutes=1)))
    second.poll(SHOP, 90_000)
    assert second.notifier.titles == []
    second.poll(SHOP, 75_000)
    second.poll(SHOP, 62_000)
    second.poll(SHOP, 50_000)
    assert second.notifier.titles == ["Bangkok Coffee (test) — THB critical"]


def test_state_is_written_as_json_per_account(rig: Rig, state_path: Path) -> None:
    rig.poll(SHOP, 110_000)
    rig.poll(SHOP, 95_000)
    document = json.loads(state_path.read_text(encoding="utf-8"))
    assert document["version"] == 1
    assert document["accounts"]["shop"]["level"] == "low"


def test_a_new_value_alone_is_saved_lazily_and_on_save(rig: Rig, state_path: Path) -> None:
    rig.poll(SHOP, 200_000)
    written = state_path.read_text(encoding="utf-8")
    rig.poll(SHOP, 190_000)
    assert state_path.read_text(encoding="utf-8") == written
    rig.coordinator.save()
    saved = json.loads(state_path.read_text(encoding="utf-8"))
    assert saved["accounts"]["shop"]["last_value"] == 190_000


@pytest.mark.parametrize(
    ("hour", "start", "end", "quiet"),
    [
        (3, None, None, False),
        (3, 22, None, False),
        (3, 7, 7, False),
        (9, 9, 17, True),
        (16, 9, 17, True),
        (17, 9, 17, False),
        (8, 9, 17, False),
        (22, 22, 7, True),
        (23, 22, 7, True),
        (0, 22, 7, True),
        (6, 22, 7, True),
        (7, 22, 7, False),
        (21, 22, 7, False),
    ],
)
def test_quiet_hours_are_a_half_open_range_that_may_wrap_midnight(
    hour: int, start: int | None, end: int | None, quiet: bool
) -> None:
    assert in_quiet_hours(hour, start, end) is quiet


@pytest.mark.parametrize(
    ("settings_change", "zone"),
    [
        ({"notifications_paused": True}, UTC),
        ({"quiet_hours_start": 8, "quiet_hours_end": 18}, UTC),  # T0 is 09:00 UTC
        ({"quiet_hours_start": 14, "quiet_hours_end": 18}, timezone(timedelta(hours=7))),
    ],
    ids=["paused", "quiet-hours", "quiet-hours-in-local-time"],
)
def test_silence_holds_alerts_back_without_replaying_them_later(
    qapp: object, state_path: Path, settings_change: dict[str, object], zone: timezone
) -> None:
    rig = Rig(state_path, replace(SETTINGS, **settings_change))  # type: ignore[arg-type]
    rig.coordinator._zone = zone
    silenced: list[Alert] = []
    rig.coordinator.alert_silenced.connect(silenced.append)
    rig.poll(SHOP, 110_000)
    rig.poll(SHOP, 95_000)
    assert rig.notifier.shown == []
    assert [a.kind for a in silenced] == [AlertKind.LOW]
    assert rig.coordinator.account_state("shop").level is AlertLevel.LOW

    rig.update(SETTINGS)
    rig.poll(SHOP, 90_000)
    assert rig.notifier.shown == []


def test_account_with_notifications_off_stays_quiet(qapp: object, state_path: Path) -> None:
    quiet_shop = replace(SHOP, notifications=False)
    rig = Rig(state_path, replace(SETTINGS, accounts=(quiet_shop, TOKYO)))
    rig.poll(quiet_shop, 110_000)
    rig.poll(quiet_shop, 95_000)
    rig.poll(TOKYO, 4_200)
    rig.poll(TOKYO, 3_900)
    assert rig.notifier.titles == ["Tokyo Tea — JPY low"]


def test_custom_thresholds_and_watched_figure_come_from_the_account() -> None:
    account = replace(SHOP, low=300_000, critical=100_000, watched="total", notifications=False)
    rules = alert_rules(account, "THB")
    assert (rules.low, rules.critical) == (300_000, 100_000)
    assert rules.watched is Watched.TOTAL
    assert rules.notifications_enabled is False


def test_default_thresholds_follow_the_currency() -> None:
    rules = alert_rules(TOKYO, "JPY")
    assert (rules.low, rules.critical) == (4_000, 2_000)


def test_removed_accounts_are_dropped_from_the_state_file(rig: Rig, state_path: Path) -> None:
    rig.poll(SHOP, 200_000)
    rig.poll(TOKYO, 50_000)
    rig.update(SETTINGS.without_account("tokyo"))
    document = json.loads(state_path.read_text(encoding="utf-8"))
    assert set(document["accounts"]) == {"shop"}


def test_state_of_accounts_removed_while_the_app_was_closed_is_dropped(
    qapp: object, state_path: Path
) -> None:
    AlertStateFile(state_path).save({"gone": AccountAlertState(level=AlertLevel.LOW)})
    rig = Rig(state_path)
    assert rig.coordinator.account_state("gone") == AccountAlertState()
    assert "gone" not in json.loads(state_path.read_text(encoding="utf-8"))["accounts"]


def test_snooze_holds_alerts_back_and_survives_a_restart(qapp: object, state_path: Path) -> None:
    first = Rig(state_path)
    first.poll(SHOP, 110_000)
    changed: list[str] = []
    first.coordinator.snooze_changed.connect(changed.append)
    first.coordinator.snooze("shop", first.clock() + timedelta(hours=1))
    assert changed == ["shop"]
    first.poll(SHOP, 85_000)
    assert first.notifier.shown == []

    second = Rig(state_path, clock=Clock(first.clock()))
    assert second.coordinator.snoozed_until("shop") == T0 + timedelta(minutes=5, hours=1)
    second.poll(SHOP, 40_000)
    assert second.notifier.shown == []


def test_a_snooze_running_out_while_low_brings_one_reminder(rig: Rig) -> None:
    rig.poll(SHOP, 110_000)
    rig.coordinator.snooze("shop", rig.clock() + timedelta(minutes=30))
    rig.poll(SHOP, 95_000)
    rig.poll(SHOP, 95_000, advance_minutes=40)
    rig.poll(SHOP, 95_000)
    assert rig.notifier.titles == ["Bangkok Coffee (test) — THB still low"]
    assert rig.coordinator.snoozed_until("shop") is None


def test_unsnooze_lets_the_next_alert_through(rig: Rig) -> None:
    rig.poll(SHOP, 110_000)
    rig.coordinator.snooze("shop", rig.clock() + timedelta(hours=5))
    rig.coordinator.unsnooze("shop")
    rig.poll(SHOP, 95_000)
    assert rig.notifier.titles == ["Bangkok Coffee (test) — THB low"]


def test_a_rejected_key_alerts_once_with_the_accounts_card(rig: Rig) -> None:
    rig.fail(SHOP, ErrorKind.AUTH, "authentication failed")
    rig.fail(SHOP, ErrorKind.AUTH, "authentication failed")
    ((alert, key),) = rig.notifier.shown
    assert alert.kind is AlertKind.KEY_REJECTED
    assert alert.title == "Bangkok Coffee (test) — key rejected"
    assert key == WaitingAccount("shop")  # no balance yet: the account's own card


def test_an_unreachable_account_alerts_after_half_an_hour(rig: Rig) -> None:
    rig.poll(TOKYO, 50_000)
    for _ in range(8):
        rig.fail(TOKYO, ErrorKind.NETWORK, "The Omise API could not be reached.")
    assert rig.notifier.titles == ["Tokyo Tea — unreachable"]
    assert rig.notifier.shown[0][1] == CurrencyMode("JPY", True)


def test_polls_of_unknown_accounts_are_ignored(rig: Rig) -> None:
    stranger = AccountSettings(id="stranger", name="Stranger", currency="THB")
    rig.poll(stranger, 10)
    assert rig.notifier.shown == []
    assert rig.coordinator.account_state("stranger") == AccountAlertState()


@pytest.mark.parametrize("content", ["{not json", "[]", '{"accounts": 3}', ""])
def test_an_unreadable_state_file_starts_afresh(
    qapp: object, state_path: Path, content: str
) -> None:
    state_path.parent.mkdir(parents=True)
    state_path.write_text(content, encoding="utf-8")
    rig = Rig(state_path)
    rig.poll(SHOP, 40_000)
    assert rig.notifier.titles == ["Bangkok Coffee (test) — THB critical"]


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"[]", b'{"accounts": 3}', b"", b'{"accounts": {"a": "\xe0\xb8"}}'],
    ids=["cut json", "a list", "no accounts", "empty", "cut inside a Thai character"],
)
def test_a_damaged_state_file_is_kept_aside_and_the_user_told(
    qapp: object, state_path: Path, content: bytes
) -> None:
    state_path.parent.mkdir(parents=True)
    state_path.write_bytes(content)

    rig = Rig(state_path)
    rig.poll(SHOP, 40_000)  # a critical alert saves the new state at once

    [aside] = state_path.parent.glob("alert-state.json.corrupt-*")
    assert aside.read_bytes() == content
    problem = rig.state_file.problem
    assert problem is not None
    assert problem.startswith("What Omise Tray remembered about alerts already shown")
    assert problem.endswith(f"The damaged file was kept as {aside.name}.")
    assert json.loads(state_path.read_text(encoding="utf-8"))["accounts"][SHOP.id]


def test_an_unwritable_state_file_is_logged_not_raised(
    qapp: object, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    rig = Rig(blocker / "alert-state.json")
    rig.poll(SHOP, 40_000)
    assert rig.notifier.titles == ["Bangkok Coffee (test) — THB critical"]
    assert "could not save the alert state" in caplog.text


# -- a drop's cause ------------------------------------------------------------------------


def payout_before(rig: Rig, amount: int, minutes: float = 1) -> Debit:
    """A payout made `minutes` before the rig's clock will read at its next poll."""
    return Debit(DebitKind.PAYOUT, amount, rig.clock() + timedelta(minutes=5 - minutes))


def test_a_sharp_drop_asks_for_the_accounts_debits_and_names_them(
    qapp: object, state_path: Path
) -> None:
    explainer = Explainer()
    rig = Rig(state_path, explainer=explainer)
    rig.poll(SHOP, 2_500_000)
    rig.poll(SHOP, 2_400_000)
    assert explainer.asked == []  # no drop, nothing to explain
    explainer.debits = [payout_before(rig, 1_750_000)]
    rig.poll(SHOP, 650_000)
    assert explainer.asked == ["shop"]
    ((alert, key),) = rig.notifier.shown
    assert (alert.kind, alert.severity) == (AlertKind.PAYOUT, Severity.QUIET)
    assert alert.body == "Payout of ฿17,500.00 sent; ฿6,500.00 available."
    assert key == CurrencyMode("THB", False)


def test_without_an_answer_the_drop_is_told_without_its_cause(
    qapp: object, state_path: Path
) -> None:
    rig = Rig(state_path, explainer=Explainer(debits=None))
    rig.poll(SHOP, 2_500_000)
    rig.poll(SHOP, 650_000)
    ((alert, _),) = rig.notifier.shown
    assert alert.kind is AlertKind.SHARP_DROP
    assert alert.body.endswith("refunds, disputes and payouts cause drops like this.")


def test_an_answer_that_never_comes_holds_the_alert_only_so_long(
    qtbot: QtBot, state_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(alert_delivery, "EXPLAIN_WAIT_MS", 150)
    explainer = Explainer(at_once=False)
    rig = Rig(state_path, explainer=explainer)
    rig.poll(SHOP, 2_500_000)
    rig.poll(SHOP, 90_000, own_round=False)
    assert rig.notifier.shown == []
    qtbot.waitUntil(lambda: len(rig.notifier.shown) == 1, timeout=5_000)
    assert rig.notifier.shown[0][0].body == "Available fell 96% to ฿900.00, below ฿1,000.00"
    explainer.answer([payout_before(rig, 2_410_000)])  # too late: told already, not again
    qtbot.wait(BATCH_WAIT_MS)
    assert len(rig.notifier.shown) == 1


def test_results_arriving_during_the_wait_follow_the_drop_in_order(
    qapp: object, state_path: Path
) -> None:
    explainer = Explainer(at_once=False)
    rig = Rig(state_path, explainer=explainer)
    rig.poll(SHOP, 2_500_000)
    payout = payout_before(rig, 1_850_000)
    rig.poll(SHOP, 650_000, own_round=False)
    rig.fail(SHOP, ErrorKind.NETWORK, own_round=False)
    assert rig.coordinator.account_state("shop").last_value == 2_500_000
    explainer.answer([payout])
    state = rig.coordinator.account_state("shop")
    assert (state.last_value, state.first_failure_at) == (650_000, rig.clock())
    rig.coordinator.flush()
    assert [alert.kind for alert, _ in rig.notifier.shown] == [AlertKind.PAYOUT]


def test_flush_at_quit_tells_a_drop_still_being_explained(qapp: object, state_path: Path) -> None:
    explainer = Explainer(at_once=False)
    rig = Rig(state_path, explainer=explainer)
    rig.poll(SHOP, 2_500_000)
    rig.poll(SHOP, 40_000)  # flush: the answer is not waited for
    assert rig.notifier.titles == ["Bangkok Coffee (test) — THB critical"]
    explainer.answer([])
    rig.coordinator.flush()
    assert len(rig.notifier.shown) == 1


# -- one notification per round ------------------------------------------------------------

JPY_SHOPS = tuple(
    AccountSettings(id=f"shop-{n}", name=f"Shop {n}", livemode=True, currency="JPY")
    for n in range(1, 5)
)
BATCH_WAIT_MS = alert_delivery.BATCH_MAX_MS + 500


def test_accounts_crossing_in_one_round_make_one_summary_opening_their_card(
    qtbot: QtBot, state_path: Path
) -> None:
    rig = Rig(state_path, Settings(accounts=JPY_SHOPS))
    for shop in JPY_SHOPS:
        rig.poll(shop, 25_000, advance_minutes=0.01)
    for shop, figure in zip(JPY_SHOPS, [920, 1_100, 650, 1_900], strict=True):
        rig.poll(shop, figure, advance_minutes=0.01, own_round=False)
    assert rig.notifier.shown == []  # the round may not be over yet
    qtbot.waitUntil(lambda: len(rig.notifier.shown) == 1, timeout=5_000)
    ((summary, key),) = rig.notifier.shown
    assert summary.title == "4 JPY accounts critical"
    assert summary.body == "Shop 3 ¥650, Shop 1 ¥920, Shop 2 ¥1,100, Shop 4 ¥1,900"
    assert key == CurrencyMode("JPY", True)
    qtbot.wait(BATCH_WAIT_MS)
    assert len(rig.notifier.shown) == 1


def test_a_summary_over_several_cards_opens_the_window(rig: Rig) -> None:
    rig.poll(SHOP, 110_000)
    rig.poll(TOKYO, 10_000)
    rig.poll(SHOP, 40_000, own_round=False)
    rig.poll(TOKYO, 3_000, own_round=False)
    rig.coordinator.flush()
    ((summary, key),) = rig.notifier.shown
    assert summary.title == "2 accounts: 1 critical, 1 low"
    assert key is None  # no one card: the window


def test_an_account_alerting_twice_in_a_round_is_told_its_latest(rig: Rig) -> None:
    rig.poll(SHOP, 110_000)
    rig.poll(SHOP, 95_000, own_round=False)
    rig.poll(SHOP, 45_000, own_round=False)
    rig.coordinator.flush()
    assert rig.notifier.titles == ["Bangkok Coffee (test) — THB critical"]


def test_a_round_waits_for_a_drop_being_explained(qtbot: QtBot, state_path: Path) -> None:
    explainer = Explainer(at_once=False)
    rig = Rig(state_path, explainer=explainer)
    rig.poll(SHOP, 2_500_000)
    rig.poll(TOKYO, 10_000)
    rig.poll(SHOP, 90_000, own_round=False)
    rig.poll(TOKYO, 1_500, own_round=False)
    qtbot.wait(BATCH_WAIT_MS)
    assert rig.notifier.shown == []
    explainer.answer([])
    qtbot.waitUntil(lambda: len(rig.notifier.shown) == 1, timeout=5_000)
    assert rig.notifier.titles == ["2 accounts: 1 critical, 1 low"]


def test_a_silenced_round_holds_back_every_alert(qapp: object, state_path: Path) -> None:
    rig = Rig(state_path, replace(SETTINGS, notifications_paused=True))
    silenced: list[Alert] = []
    delivered: list[Alert] = []
    rig.coordinator.alert_silenced.connect(silenced.append)
    rig.coordinator.alert_delivered.connect(delivered.append)
    rig.poll(SHOP, 40_000, own_round=False)
    rig.poll(TOKYO, 1_500, own_round=False)
    rig.coordinator.flush()
    assert [alert.kind for alert in silenced] == [AlertKind.CRITICAL, AlertKind.CRITICAL]
    assert (rig.notifier.shown, delivered) == ([], [])
