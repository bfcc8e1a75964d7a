"""Specification of the simulated shops' balance dynamics, driven by simulated time only."""

from __future__ import annotations

import pytest

from omise_tray.simulator import (
    Movement,
    ScriptedMove,
    SimAccount,
    Simulator,
    TradingPattern,
    demo_accounts,
)
from omise_tray.simulator.ledger import Direction

# The app's default thresholds in minor units (DESIGN brief): low and critical per currency.
LOW = {"THB": 100_000, "JPY": 4_000, "SGD": 4_000}
CRITICAL = {"THB": 50_000, "JPY": 2_000, "SGD": 2_000}
SEEDS = range(8)


def _state(simulator: Simulator) -> list[tuple[int, int, int, int]]:
    return [
        (a.total, a.available, len(a.transactions), len(a.transfers)) for a in simulator.accounts
    ]


def test_demo_shops_are_three_test_mode_accounts_in_their_funding_currencies() -> None:
    shops = {(a.name, a.currency, a.country, a.livemode) for a in demo_accounts()}
    assert shops == {
        ("Bangkok Coffee", "THB", "TH", False),
        ("Osaka Ramen", "JPY", "JP", False),
        ("Marina Books", "SGD", "SG", False),
    }
    assert all(a.key.startswith("skey_test_") for a in demo_accounts())


def test_demo_history_adds_up_to_the_opening_balance() -> None:
    for account in demo_accounts():
        assert sum(t.signed_amount for t in account.transactions) == account.total
        assert account.total > account.available > 0


def test_time_stands_still_without_dynamics_or_advance() -> None:
    simulator = Simulator(demo_accounts())
    before = _state(simulator)
    simulator.catch_up()
    assert _state(simulator) == before


@pytest.mark.parametrize("seed", SEEDS)
def test_marina_books_falls_below_low_within_a_minute_at_demo_speed(seed: int) -> None:
    simulator = Simulator(demo_accounts(), seed=seed)
    marina = simulator.account("Marina Books")
    assert marina.snapshot().available > LOW["SGD"]
    crossed_at = None
    for second in range(1, 61):
        simulator.advance(1)
        snapshot = marina.snapshot()
        if crossed_at is None and snapshot.available < LOW["SGD"]:
            crossed_at = second
            assert snapshot.available > CRITICAL["SGD"]
    assert crossed_at is not None and 40 <= crossed_at <= 50


@pytest.mark.parametrize("seed", SEEDS)
def test_coffee_and_ramen_shops_stay_above_low_for_ten_minutes(seed: int) -> None:
    simulator = Simulator(demo_accounts(), seed=seed)
    for _ in range(600 // 5):
        simulator.advance(5)
        for name in ("Bangkok Coffee", "Osaka Ramen"):
            snapshot = simulator.account(name).snapshot()
            assert snapshot.available > LOW[snapshot.currency], (name, seed)


@pytest.mark.parametrize("seed", SEEDS)
def test_every_movement_is_a_transaction_so_transactions_explain_the_balance(seed: int) -> None:
    simulator = Simulator(demo_accounts(), seed=seed)
    opening = {a.name: (a.total, len(a.transactions)) for a in simulator.accounts}
    simulator.advance(900)
    for account in simulator.accounts:
        total, count = opening[account.name]
        new = account.transactions[count:]
        assert new, account.name
        assert total + sum(t.signed_amount for t in new) == account.total
        assert {t.key for t in new} <= {
            "charge.captured.net",
            "refund.created",
            "transfer.sent",
            "dispute.started",
        }
        assert all(t.at <= simulator.now() for t in new)


def test_available_is_total_less_the_credits_that_have_not_settled() -> None:
    simulator = Simulator(demo_accounts(), seed=3)
    simulator.advance(333.3)
    now = simulator.now()
    for account in simulator.accounts:
        unsettled = sum(
            t.amount
            for t in account.transactions
            if t.direction is Direction.CREDIT and t.transferable_at > now
        )
        assert account.available == account.total - unsettled


def test_the_same_seed_gives_the_same_day_whatever_the_step_size() -> None:
    in_one_jump = Simulator(demo_accounts(), seed=7)
    in_one_jump.advance(300)
    step_by_step = Simulator(demo_accounts(), seed=7)
    for _ in range(300):
        step_by_step.advance(1)
    assert _state(in_one_jump) == _state(step_by_step)
    assert [t.id for t in in_one_jump.accounts[0].transactions] == [
        t.id for t in step_by_step.accounts[0].transactions
    ]


def test_different_seeds_give_different_days() -> None:
    first, second = Simulator(demo_accounts(), seed=1), Simulator(demo_accounts(), seed=2)
    first.advance(120)
    second.advance(120)
    assert _state(first) != _state(second)


def _quiet_shop(*script: ScriptedMove, available: int = 10_000) -> SimAccount:
    return SimAccount(
        name="Quiet Shop",
        key="skey_test_quietshop",
        currency="THB",
        country="TH",
        total=available,
        available=available,
        trading=TradingPattern(
            charge_every=(10_000.0, 10_000.0),
            charge_amount=(100, 100),
            settle_after=60.0,
            script=script,
        ),
    )


def test_a_payout_larger_than_the_available_balance_fails_without_moving_money() -> None:
    shop = _quiet_shop(ScriptedMove(5.0, Movement.PAYOUT, 20_000))
    Simulator([shop]).advance(10)
    assert shop.total == shop.available == 10_000
    (transfer,) = shop.transfers
    assert transfer.failure_code == "insufficient_balance"
    assert transfer.sent_at is None


def test_a_payout_debits_its_amount_and_sends_the_amount_less_fees() -> None:
    shop = _quiet_shop(ScriptedMove(5.0, Movement.PAYOUT, 6_000))
    Simulator([shop]).advance(10)
    assert shop.total == shop.available == 4_000
    (transfer,) = shop.transfers
    assert (transfer.fee, transfer.fee_vat, transfer.net) == (2_804, 196, 3_000)
    assert shop.transactions[-1].origin == transfer.id


def test_a_refund_the_balance_cannot_cover_is_not_made() -> None:
    shop = _quiet_shop(ScriptedMove(5.0, Movement.REFUND, 10_001))
    Simulator([shop]).advance(10)
    assert shop.transactions == []
    assert shop.available == 10_000


def test_a_charge_counts_in_the_total_at_once_and_becomes_available_when_it_settles() -> None:
    shop = _quiet_shop(ScriptedMove(5.0, Movement.CHARGE, 10_000), available=0)
    simulator = Simulator([shop])
    simulator.advance(10)
    net = shop.transactions[0].amount
    assert net == 10_000 - 365 - 25  # 3.65 % fee plus 7 % VAT on the fee
    assert (shop.total, shop.available) == (net, 0)
    simulator.advance(60)
    assert (shop.total, shop.available) == (net, net)


def test_set_balance_may_report_more_available_than_total() -> None:
    simulator = Simulator(demo_accounts())
    simulator.set_balance("Osaka Ramen", total=1_000, available=1_500)
    snapshot = simulator.account("Osaka Ramen").snapshot()
    assert (snapshot.total, snapshot.available, snapshot.pending) == (1_000, 1_500, 0)


def test_time_only_moves_forward() -> None:
    with pytest.raises(ValueError):
        Simulator(demo_accounts()).advance(-1)


def test_accounts_must_have_distinct_keys_and_names() -> None:
    first, second = demo_accounts()[:2]
    second.key = first.key
    with pytest.raises(ValueError):
        Simulator([first, second])


def test_an_account_repr_never_shows_its_key() -> None:
    for account in demo_accounts():
        assert account.key not in repr(account)
        assert account.key not in repr(account.snapshot())
