"""The window's and tray's sentences: ages, waits, error lines and the overall verdict."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from omise_tray.core.errors import ErrorKind
from omise_tray.core.portfolio import CurrencyGroup, Signal
from omise_tray.core.snapshot import PollError
from omise_tray.storage.settings import AccountSettings
from omise_tray.ui import text
from tests.support.sample_state import NOW, account, failure, snapshot, state_of


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [(0.2, "1 s"), (30, "30 s"), (60, "1 min"), (90, "2 min"), (300, "5 min"), (7200, "2 h")],
)
def test_duration_rounds_up_to_a_whole_unit(seconds: float, expected: str) -> None:
    assert text.duration(seconds) == expected


@pytest.mark.parametrize(
    ("ago", "expected"),
    [
        (timedelta(seconds=20), "just now"),
        (timedelta(minutes=2, seconds=10), "2 min ago"),
        (timedelta(hours=3, minutes=5), "3 h ago"),
    ],
)
def test_age_reads_like_a_person_says_it(ago: timedelta, expected: str) -> None:
    assert text.age(NOW - ago, NOW) == expected


def test_age_older_than_a_day_names_the_date() -> None:
    then = NOW - timedelta(days=3)
    local = then.astimezone()
    assert text.age(then, NOW) == f"on {local.day} {local:%b}"


def test_clock_adds_the_date_when_not_today() -> None:
    then = NOW - timedelta(days=2)
    assert text.clock(then, NOW).endswith(then.astimezone().strftime("%H:%M"))
    assert text.clock(then, NOW) != then.astimezone().strftime("%H:%M")


def test_auth_error_says_to_update_the_key() -> None:
    error = failure(account("Shop"), ErrorKind.AUTH)
    assert text.error_line(error, error.at, NOW) == "Key rejected — update it in Accounts"


def test_network_error_says_since_when_in_local_time() -> None:
    error = failure(account("Shop"), ErrorKind.NETWORK, minutes_ago=1)
    since = NOW - timedelta(minutes=12)
    expected = f"Offline since {since.astimezone():%H:%M}, showing last known balance"
    assert text.error_line(error, since, NOW) == expected


def test_rate_limit_counts_down_from_the_failure() -> None:
    error = failure(account("Shop"), ErrorKind.RATE_LIMITED, minutes_ago=1, retry_in=180)
    assert text.error_line(error, error.at, NOW) == (
        "Omise asked us to slow down; retrying in 2 min"
    )


@pytest.mark.parametrize(
    ("error", "line"),
    [
        (
            failure(account("Shop"), ErrorKind.SERVER)._replace(status=503),
            "Omise is having trouble right now (HTTP 503); try again in a few minutes.",
        ),
        (
            failure(account("Shop"), ErrorKind.INVALID_RESPONSE),
            "Omise sent an answer this app does not understand; try again in a minute.",
        ),
        (
            failure(account("Shop"), ErrorKind.REQUEST)._replace(status=404, server_text="gone"),
            "Omise refused the request (HTTP 404): “gone”",
        ),
        (
            failure(account("Shop"), ErrorKind.CONFIGURATION)._replace(code="no_key"),
            "No secret key is stored for this account; add it in Accounts.",
        ),
    ],
    ids=["server", "invalid_response", "request", "configuration"],
)
def test_other_errors_are_said_from_their_facts(error: PollError, line: str) -> None:
    """Not the error's English message: the window says it in its own language."""
    assert text.error_line(error, error.at, NOW) == line


def test_signal_word_never_leaves_unknown_unnamed() -> None:
    assert {text.signal_word(s) for s in Signal} == {
        "Healthy",
        "Moderate",
        "Low",
        "Critical",
        "Not up to date",
    }


def test_headline_all_healthy(qapp: object) -> None:
    shop, cafe = account("Shop"), account("Cafe")
    state = state_of(shop, cafe)
    state.apply_snapshot(snapshot(shop, total=10_000_000))
    state.apply_snapshot(snapshot(cafe, total=10_000_000))
    assert text.headline(state.statuses(), NOW, state.interval) == "All accounts healthy"


def test_headline_counts_the_worst_first(qapp: object) -> None:
    shop, cafe, bar = account("Shop"), account("Cafe"), account("Bar")
    state = state_of(shop, cafe, bar)
    state.apply_snapshot(snapshot(shop, total=80_000))  # low: at most 1,000 THB
    state.apply_snapshot(snapshot(cafe, total=10_000))  # critical: at most 500 THB
    state.apply_error(failure(bar, ErrorKind.NETWORK))
    headline = text.headline(state.statuses(), NOW, state.interval)
    assert headline == "1 account critical · 1 low · 1 not updating"


def test_headline_without_accounts() -> None:
    assert text.headline([], NOW, timedelta(minutes=5)) == "No accounts yet"


# What each account in a freshness row has been through: a snapshot so many minutes ago
# (None: none yet), and whether its latest poll failed.
Seen = tuple[float | None, bool]


@pytest.mark.parametrize(
    ("accounts", "line"),
    [
        ([], "not updated yet"),
        ([(None, False)], "not updated yet"),
        ([(0.2, False)], "updated just now"),
        ([(1, False), (3, False)], "updated 3 min ago"),
        ([(0.2, False), (0.5, True), (40, True)], "1 of 3 accounts updated just now"),
        ([(1, False), (30, False)], "1 of 2 accounts updated 1 min ago"),
        ([(1, False), (None, False)], "1 of 2 accounts updated 1 min ago"),
        ([(2, True), (40, True)], "last update 2 min ago"),
        ([(90, False)], "last update 1 h ago"),
    ],
    ids=[
        "no-accounts",
        "nothing-fetched",
        "one-fresh",
        "all-fresh-says-the-oldest",
        "two-not-updating",
        "one-stale",
        "one-still-fetching",
        "all-failing",
        "all-stale",
    ],
)
def test_updated_line_claims_no_more_than_every_account_bears_out(
    qapp: object, accounts: list[Seen], line: str
) -> None:
    shops = [account(f"Shop {n}") for n in range(len(accounts))]
    state = state_of(*shops)
    for shop, (minutes_ago, failing) in zip(shops, accounts, strict=True):
        if minutes_ago is not None:
            state.apply_snapshot(snapshot(shop, minutes_ago=minutes_ago, total=10_000_000))
        if failing:
            state.apply_error(failure(shop, ErrorKind.NETWORK))
    assert text.updated_line(state.statuses(), NOW, state.interval) == line


def group_of(*members: tuple[AccountSettings, int]) -> CurrencyGroup:
    state = state_of(*(who for who, _ in members))
    for who, figure in members:
        state.apply_snapshot(snapshot(who, total=figure))
    (group,) = state.groups()
    return group


SHOP = account("Shop")
BOOKS = account("Books", "SGD")


@pytest.mark.parametrize(
    ("members", "line"),
    [
        ([(SHOP, 1_000_000)], ""),
        ([(SHOP, 300_000)], "Moderate — below ฿5,000.00"),
        ([(SHOP, 85_000)], "Low — below ฿1,000.00"),
        ([(SHOP, 100_000)], "Low — at ฿1,000.00"),
        ([(SHOP, 40_000)], "Critical — below ฿500.00"),
        ([(SHOP, -5_000)], "Critical — below ฿500.00"),
        ([(BOOKS, 3_307)], "Low — below S$40.00"),
        ([(replace(SHOP, watched="total"), 85_000)], "Low — total below ฿1,000.00"),
        ([(replace(SHOP, low=300_000), 250_000)], "Low — below ฿3,000.00"),
        (
            [(account("Shop 1"), 1_000_000), (account("Shop 2"), 90_000)],
            "Low — Shop 2 below ฿1,000.00",
        ),
        (
            [(account("Shop 1"), 95_000), (account("Shop 2"), 90_000)],
            "Low — Shop 1 and Shop 2 below ฿1,000.00",
        ),
        (
            [(account(f"Shop {n}"), 90_000 + n) for n in range(3)],
            "Low — 3 accounts below ฿1,000.00",
        ),
        (
            [(account("Shop 1"), 90_000), (replace(account("Shop 2"), low=200_000), 150_000)],
            "Low — 2 accounts below their low line",
        ),
        (
            [(account("Shop 1"), 40_000), (account("Shop 2"), 90_000)],
            "Critical — Shop 1 below ฿500.00",
        ),
    ],
    ids=[
        "healthy",
        "moderate",
        "low",
        "at-the-line",
        "critical",
        "negative",
        "sgd",
        "watching-the-total",
        "custom-line",
        "one-of-two-low",
        "two-low",
        "three-low",
        "different-lines",
        "the-worst-sets-the-line",
    ],
)
def test_threshold_line_says_which_line_the_card_is_under(
    qapp: object, members: list[tuple[AccountSettings, int]], line: str
) -> None:
    assert text.threshold_line(group_of(*members)) == line
