"""Whatever a settings file holds, loading it gives valid settings and never raises."""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omise_tray.config import LOOPBACK_MIN_INTERVAL, MAX_INTERVAL, OMISE_MIN_INTERVAL
from omise_tray.storage.fields import Limits
from omise_tray.storage.settings import (
    MAX_AMOUNT,
    NAME_LENGTH,
    AccountSettings,
    Settings,
    SettingsStore,
    merge,
    read_settings,
    same_omise_account,
    settings_document,
)

SETTING_NAMES = [
    "interval_seconds", "api_version", "accounts", "notifications_paused", "quiet_hours_start",
    "quiet_hours_end", "launch_at_login", "window_geometry", "transfer_fees", "payout_buffer",
]  # fmt: skip
ACCOUNT_NAMES = [
    "id", "name", "livemode", "currency", "email", "country", "low", "critical", "watched",
    "notifications", "key_storage", "omise_account_id",
]  # fmt: skip

# Values close to the valid ones find more edges than random ones alone.
near_misses = st.sampled_from(
    [0, 1, 23, 24, -1, 59, 60, 86400, 86401, 10**15, 10**16, "22", " 7 ", "1e3", "0x10", 22.0,
     22.5, "THB", "thb", "baht", "available", "Total", "keyring", "session", "true", "false",
     "2019-05-29", "acct_5abc", "\x1b[31mred", "\u202eevil", "", " ", "ab" * 100]
)  # fmt: skip
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30) | near_misses,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
accounts = st.dictionaries(st.sampled_from(ACCOUNT_NAMES), json_values | near_misses)
documents = st.dictionaries(
    st.sampled_from(SETTING_NAMES) | st.text(max_size=8),
    json_values | near_misses | st.lists(accounts | json_values, max_size=5),
)


def assert_valid(loaded: Settings, floor: int) -> None:
    """Every field within its declared range: what the alert, poll and paint paths rely on."""
    assert type(loaded.interval_seconds) is int
    assert floor <= loaded.interval_seconds <= MAX_INTERVAL
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", loaded.api_version)
    for flag in (loaded.notifications_paused, loaded.launch_at_login):
        assert type(flag) is bool
    for hour in (loaded.quiet_hours_start, loaded.quiet_hours_end):
        assert hour is None or (type(hour) is int and 0 <= hour <= 23)
    assert loaded.window_geometry is None or re.fullmatch(
        r"([0-9a-fA-F]{2})+", loaded.window_geometry
    )
    for amounts in (loaded.transfer_fees, loaded.payout_buffer):
        for code, amount in amounts.items():
            assert re.fullmatch("[A-Z]{3}", code)
            assert type(amount) is int and 0 <= amount <= MAX_AMOUNT
    entries = loaded.all_accounts
    assert len({a.id for a in entries}) == len(entries)
    assert len({a.name.casefold() for a in entries}) == len(entries)
    for account in entries:
        assert_valid_account(account)
    for index, account in enumerate(loaded.accounts):
        assert not any(same_omise_account(other, account) for other in loaded.accounts[:index])


def assert_valid_account(account: AccountSettings) -> None:
    assert account.id and account.name and len(account.name) <= NAME_LENGTH
    assert all(
        unicodedata.category(c) not in ("Cc", "Cs", "Zl", "Zp") and c not in "\u202a\u202e\u2066"
        for c in account.name
    )
    assert account.livemode is None or type(account.livemode) is bool
    assert account.currency is None or re.fullmatch("[A-Z]{3}", account.currency)
    for threshold in (account.low, account.critical):
        assert threshold is None or (type(threshold) is int and 0 <= threshold <= MAX_AMOUNT)
    if account.low is not None and account.critical is not None:
        assert account.critical <= account.low
    assert account.watched in ("available", "total")
    assert account.key_storage in ("keyring", "session")
    assert type(account.notifications) is bool


@given(document=documents, floor=st.sampled_from([LOOPBACK_MIN_INTERVAL, OMISE_MIN_INTERVAL]))
@settings(max_examples=200, deadline=None)
def test_any_json_object_loads_as_valid_settings_that_load_again_unchanged(
    document: dict[str, Any], floor: int
) -> None:
    limits = Limits(interval_floor=floor)
    loaded, _ = read_settings(document, limits)
    assert_valid(loaded, floor)
    # What is written back reads as itself, with nothing left to tell the user.
    written = json.loads(json.dumps(settings_document(loaded, document)))
    again, notices = read_settings(written, limits)
    assert (again, notices) == (loaded, [])


@given(content=st.binary(max_size=300) | documents.map(lambda d: json.dumps(d).encode()))
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_bytes_in_the_file_load_as_valid_settings(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_bytes(content)
        loaded = SettingsStore(path).load()
        assert_valid(loaded.settings, OMISE_MIN_INTERVAL)
        again = SettingsStore(path).load()
        assert (again.settings, again.notices) == (loaded.settings, ())
        kept = [p.read_bytes() for p in Path(folder).glob("settings.json.*-*")]
        assert kept == ([content] if loaded.notices else [])


simple_accounts = st.lists(
    st.builds(
        AccountSettings,
        id=st.sampled_from("abcdef"),
        name=st.sampled_from(["Bangkok", "Tokyo", "Marina", "Osaka"]),
        low=st.none() | st.integers(0, 10**6),
        watched=st.sampled_from(["available", "total"]),
    ),
    max_size=5,
    unique_by=lambda a: a.id,
)
simple_settings = st.builds(
    Settings,
    accounts=simple_accounts.map(tuple),
    interval_seconds=st.sampled_from([60, 300, 900]),
    quiet_hours_start=st.none() | st.integers(0, 23),
)


@given(base=simple_settings, mine=simple_settings)
def test_a_save_with_no_change_elsewhere_writes_exactly_what_was_saved(
    base: Settings, mine: Settings
) -> None:
    assert merge(base, mine, base) == mine


@given(base=simple_settings, theirs=simple_settings)
def test_a_save_that_changed_nothing_keeps_every_change_made_elsewhere(
    base: Settings, theirs: Settings
) -> None:
    assert merge(base, base, theirs) == theirs
