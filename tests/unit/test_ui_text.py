"""The window's and tray's sentences: ages, waits, error lines and the overall verdict."""

from __future__ import annotations

from datetime import timedelta

import pytest

from omise_tray.core.portfolio import Signal
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
    error = failure(account("Shop"), "auth")
    assert text.error_line(error, error.at, NOW) == "Key rejected — update it in Accounts"


def test_network_error_says_since_when_in_local_time() -> None:
    error = failure(account("Shop"), "network", minutes_ago=1)
    since = NOW - timedelta(minutes=12)
    expected = f"Offline since {since.astimezone():%H:%M}, showing last known balance"
    assert text.error_line(error, since, NOW) == expected


def test_rate_limit_counts_down_from_the_failure() -> None:
    error = failure(account("Shop"), "rate_limited", minutes_ago=1, retry_in=180)
    assert text.error_line(error, error.at, NOW) == (
        "Omise asked us to slow down; retrying in 2 min"
    )


@pytest.mark.parametrize("kind", ["server", "invalid_response", "request", "configuration"])
def test_other_errors_show_their_own_message(kind: str) -> None:
    error = failure(account("Shop"), kind)
    assert text.error_line(error, error.at, NOW) == error.message


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
    state.apply_error(failure(bar, "network"))
    headline = text.headline(state.statuses(), NOW, state.interval)
    assert headline == "1 account critical · 1 low · 1 not updating"


def test_headline_without_accounts() -> None:
    assert text.headline([], NOW, timedelta(minutes=5)) == "No accounts yet"
