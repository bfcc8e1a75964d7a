"""Secret-key checks: what is accepted, what is refused, and that refusals never echo the key."""

from __future__ import annotations

import pytest

from omise_tray.core.errors import ErrorKind
from omise_tray.omise.errors import KeyFormatError
from omise_tray.omise.keys import (
    NOT_A_KEY_MESSAGE,
    PUBLIC_KEY_MESSAGE,
    check_secret_key,
    is_test_key,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("skey_test_5fixturekey0000000000", "skey_test_5fixturekey0000000000"),
        ("skey_FIXTURElivekey000000", "skey_FIXTURElivekey000000"),
        ("  skey_test_5fixturekey0000000000\n", "skey_test_5fixturekey0000000000"),
        ("\tskey_test_abcdefgh", "skey_test_abcdefgh"),
    ],
)
def test_secret_keys_are_accepted_without_surrounding_whitespace(raw: str, expected: str) -> None:
    assert check_secret_key(raw) == expected


@pytest.mark.parametrize("raw", ["pkey_test_5fixturekey0000000000", "pkey_5fixturekey000000000"])
def test_public_key_is_refused_with_where_to_find_the_secret_key(raw: str) -> None:
    with pytest.raises(KeyFormatError) as refused:
        check_secret_key(raw)
    assert refused.value.message == PUBLIC_KEY_MESSAGE
    assert "Dashboard → Keys" in refused.value.message
    assert raw not in str(refused.value)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "skey_",
        "skey_test_",
        "skey_test_short",
        "skey_test_has space0000",
        "skey_test_5fixturekey0000000000skey_test_5fixturekey0000000000xxxxxxxxxxxx",
        "SKEY_TEST_5fixturekey0000000000",
        "skey-test-5fixturekey0000000000",
        "5fixturekey0000000000",
        "skey_test_5fixture/key000000",
    ],
)
def test_anything_else_is_refused_with_what_a_secret_key_looks_like(raw: str) -> None:
    with pytest.raises(KeyFormatError) as refused:
        check_secret_key(raw)
    assert refused.value.message == NOT_A_KEY_MESSAGE
    assert "skey_test_" in refused.value.message and "skey_" in refused.value.message
    assert refused.value.kind is ErrorKind.CONFIGURATION
    if len(raw.strip()) > len("skey_test_"):  # shorter ones are words of the message itself
        assert raw.strip() not in str(refused.value)


def test_test_keys_are_told_apart_from_live_keys() -> None:
    assert is_test_key("skey_test_5fixturekey0000000000")
    assert not is_test_key("skey_FIXTURElivekey000000")
