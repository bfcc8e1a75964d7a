"""Grouping per currency and mode, staleness and the tray's overall signal."""

from datetime import UTC, datetime, timedelta

import pytest

from omise_tray.core.balance import Balance
from omise_tray.core.errors import ErrorKind
from omise_tray.core.health import Health, default_thresholds
from omise_tray.core.portfolio import (
    AccountRules,
    AccountStatus,
    CurrencyMode,
    Signal,
    WaitingAccount,
    group_by_currency,
    overall_signal,
)
from omise_tray.core.snapshot import PollError, Snapshot

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
INTERVAL = timedelta(minutes=5)


def status(
    account_id: str,
    currency: str = "THB",
    available: int = 1_000_000,
    *,
    livemode: bool = False,
    age: timedelta = timedelta(0),
    error: ErrorKind | None = None,
    snapshot: bool = True,
) -> AccountStatus:
    rules = AccountRules.for_currency(currency)
    result = AccountStatus(account_id, account_id.title(), rules)
    if snapshot:
        balance = Balance(currency, livemode, available + 5_000, available, available)
        result = result.with_snapshot(Snapshot(account_id, balance, NOW - age))
    if error:
        result = result.with_error(PollError(account_id, error, "failed", NOW))
    return result


def test_test_and_live_balances_are_never_added_together() -> None:
    groups = group_by_currency([status("a"), status("b", livemode=True)])
    assert [(g.currency, g.livemode) for g in groups] == [("THB", True), ("THB", False)]
    assert all(len(g.members) == 1 for g in groups)


def test_accounts_sharing_a_currency_are_summed_with_their_breakdown() -> None:
    group = group_by_currency([status("a", available=100), status("b", available=250)])[0]
    assert group.available == 350
    assert group.total == 350 + 2 * 5_000
    assert [m.account_id for m in group.members] == ["a", "b"]


def test_groups_are_live_first_then_by_currency() -> None:
    groups = group_by_currency(
        [status("j", "JPY"), status("t", "THB", livemode=True), status("s", "SGD")]
    )
    assert [g.key for g in groups] == [
        CurrencyMode("THB", True),
        CurrencyMode("JPY", False),
        CurrencyMode("SGD", False),
    ]


def test_accounts_without_a_balance_have_no_group() -> None:
    assert group_by_currency([status("a", snapshot=False, error=ErrorKind.AUTH)]) == []


def test_group_health_is_the_worst_member() -> None:
    group = group_by_currency([status("a", available=1_000_000), status("b", available=40_000)])[0]
    assert group.health is Health.CRITICAL


@pytest.mark.parametrize(
    ("age", "stale"),
    [(timedelta(0), False), (2 * INTERVAL, False), (2 * INTERVAL + timedelta(seconds=1), True)],
)
def test_stale_after_two_intervals_without_success(age: timedelta, stale: bool) -> None:
    assert status("a", age=age).is_stale(NOW, INTERVAL) is stale


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ([], Signal.UNKNOWN),
        ([status("a")], Signal.HEALTHY),
        ([status("a"), status("b", available=90_000)], Signal.LOW),
        ([status("a"), status("b", error=ErrorKind.NETWORK)], Signal.UNKNOWN),
        ([status("a", age=timedelta(hours=1))], Signal.UNKNOWN),
        ([status("a", available=10_000), status("b", error=ErrorKind.NETWORK)], Signal.CRITICAL),
        ([status("a", snapshot=False)], Signal.UNKNOWN),
    ],
    ids=["none", "healthy", "worst-wins", "failing", "stale", "critical-beats-failing", "no-data"],
)
def test_overall_signal(statuses: list[AccountStatus], expected: Signal) -> None:
    assert overall_signal(statuses, NOW, INTERVAL) is expected


def test_success_clears_the_error_and_failing_since() -> None:
    failing = status("a", error=ErrorKind.NETWORK).with_error(
        PollError("a", ErrorKind.NETWORK, "again", NOW + timedelta(minutes=1))
    )
    assert failing.failing_since == NOW
    recovered = failing.with_snapshot(failing.snapshot)  # type: ignore[arg-type]
    assert recovered.error is None and recovered.failing_since is None


def test_custom_thresholds_keep_critical_at_or_below_low() -> None:
    rules = AccountRules.for_currency("JPY", low=5_000, critical=9_000)
    assert rules.thresholds.critical == 5_000 and rules.thresholds.low == 5_000


@pytest.mark.parametrize("low", [0, 1, 50_000])
def test_a_low_threshold_below_the_default_critical_brings_critical_down(low: int) -> None:
    rules = AccountRules.for_currency("THB", low=low)
    assert rules.thresholds.critical == min(low, default_thresholds("THB").critical)
    assert rules.thresholds.low == low


def test_a_card_key_is_the_currency_in_capitals_and_the_mode() -> None:
    assert CurrencyMode("thb", livemode=False) == CurrencyMode("THB", livemode=False)
    assert CurrencyMode("THB", livemode=False) != CurrencyMode("THB", livemode=True)
    assert len({CurrencyMode("jpy", True), CurrencyMode("JPY", True)}) == 1


@pytest.mark.parametrize(
    ("account", "card"),
    [
        (status("a", "jpy", livemode=True), CurrencyMode("JPY", True)),
        (status("a", snapshot=False), WaitingAccount("a")),
        (status("a", snapshot=False, error=ErrorKind.AUTH), WaitingAccount("a")),
    ],
)
def test_an_account_shows_on_its_currency_card_once_it_has_a_balance(
    account: AccountStatus, card: CurrencyMode | WaitingAccount
) -> None:
    assert account.card_key == card
