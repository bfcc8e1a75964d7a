"""RecentDebits against the simulator over real loopback HTTP: kinds, failures and deadlines."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from omise_tray.app.recent_debits import RecentDebits
from omise_tray.config import ApiEndpoint
from omise_tray.core.alerts import Debit, DebitKind
from omise_tray.simulator import Fault, SimAccount, Simulator
from omise_tray.simulator.ledger import Direction, Transaction

KEY = "skey_test_5recentdebits0000000000"
ANSWER_MS = 10_000
NEW_API = "2019-05-29"
OLD_API = "2015-11-17"


def moved(number: int, amount: int, direction: Direction, key: str, origin: str) -> Transaction:
    """A transaction `number` minutes before the simulator's origin."""
    at = -60.0 * number
    return Transaction(f"trxn_test_{number:019d}", amount, direction, key, origin, at, at)


SHOP = SimAccount(
    name="Bangkok Coffee",
    key=KEY,
    currency="THB",
    country="TH",
    total=650_000,
    available=650_000,
    transactions=[
        moved(40, 900_000, Direction.CREDIT, "charge.captured.net", "chrg_test_1"),
        moved(30, 1_850_000, Direction.DEBIT, "transfer.sent", "trsf_test_1"),
        moved(20, 120_000, Direction.DEBIT, "refund.created", "rfnd_test_1"),
        moved(10, 45_000, Direction.DEBIT, "dispute.started", "dspt_test_1"),
    ],
)


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator([SHOP], dynamic=False) as simulator:
        yield simulator


class Answers:
    """Collects what RecentDebits answers."""

    def __init__(self) -> None:
        self.got: list[Sequence[Debit] | None] = []

    def __call__(self, debits: Sequence[Debit] | None) -> None:
        self.got.append(debits)


def ask(
    qtbot: QtBot, sim: Simulator, *, version: str = NEW_API, deadline: float = 4.0, key: str = KEY
) -> tuple[Sequence[Debit] | None, float]:
    debits = RecentDebits(
        lambda: ApiEndpoint(sim.base_url, version), {"shop": key}.get, deadline=deadline
    )
    answers = Answers()
    started = time.monotonic()
    try:
        debits.explain("shop", answers)
        qtbot.waitUntil(lambda: len(answers.got) == 1, timeout=ANSWER_MS)
    finally:
        assert debits.stop()
    return answers.got[0], time.monotonic() - started


@pytest.mark.parametrize("version", [NEW_API, OLD_API])
def test_the_newest_debits_come_with_their_kind_amount_and_time(
    qtbot: QtBot, sim: Simulator, version: str
) -> None:
    debits, _ = ask(qtbot, sim, version=version)
    assert debits is not None
    origin = sim.timeline.origin
    assert [(d.kind, d.amount, d.at) for d in debits] == [
        (DebitKind.DISPUTE, 45_000, origin - timedelta(minutes=10)),
        (DebitKind.REFUND, 120_000, origin - timedelta(minutes=20)),
        (DebitKind.PAYOUT, 1_850_000, origin - timedelta(minutes=30)),
    ]
    (request,) = [r for r in sim.request_log if r.path == "/transactions"]
    assert "order=reverse_chronological" in request.query


def test_a_rejected_key_answers_none(qtbot: QtBot, sim: Simulator) -> None:
    sim.inject(Fault.UNAUTHORIZED, path="/transactions")
    debits, _ = ask(qtbot, sim)
    assert debits is None


def test_an_account_without_a_key_answers_none_without_a_request(
    qtbot: QtBot, sim: Simulator
) -> None:
    no_keys: dict[str, str] = {}
    debits = RecentDebits(lambda: ApiEndpoint(sim.base_url), no_keys.get)
    answers = Answers()
    try:
        debits.explain("shop", answers)
        qtbot.waitUntil(lambda: answers.got == [None], timeout=ANSWER_MS)
    finally:
        assert debits.stop()
    assert sim.request_log == []


def test_a_server_that_hangs_answers_none_at_the_deadline(qtbot: QtBot, sim: Simulator) -> None:
    sim.inject(Fault.HANG, path="/transactions", seconds=30)
    debits, waited = ask(qtbot, sim, deadline=1.0)
    assert debits is None
    assert waited < 5


def test_stop_cuts_a_hanging_fetch_short_and_answers_nothing(qtbot: QtBot, sim: Simulator) -> None:
    sim.inject(Fault.HANG, path="/transactions", seconds=30)
    debits = RecentDebits(lambda: ApiEndpoint(sim.base_url), {"shop": KEY}.get, deadline=20.0)
    answers = Answers()
    debits.explain("shop", answers)
    qtbot.waitUntil(
        lambda: any(r.path == "/transactions" for r in sim.request_log), timeout=ANSWER_MS
    )
    started = time.monotonic()
    assert debits.stop(5_000)
    assert time.monotonic() - started < 3
    qtbot.wait(200)
    assert answers.got == []
