"""Specification of key masking: a key never shows more than its prefix and last four."""

from __future__ import annotations

import base64

import pytest

from omise_tray.core.redact import mask_key, redact

TEST_KEY = "skey_test_5fakefakefake4f2a"
PUBLIC_TEST_KEY = "pkey_test_5fakefakefake9b1c"
# Live-shaped fixtures are assembled here so no live-looking key is written in the source.
LIVE_SHAPED = "skey_" + "fake" * 4 + "77aa"
PUBLIC_LIVE_SHAPED = "pkey_" + "fake" * 4 + "88bb"


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (TEST_KEY, "skey_test_…4f2a"),
        (PUBLIC_TEST_KEY, "pkey_test_…9b1c"),
        (LIVE_SHAPED, "skey_…77aa"),
        (PUBLIC_LIVE_SHAPED, "pkey_…88bb"),
        (f"  {TEST_KEY}\n", "skey_test_…4f2a"),
        ("skey_test_abcdefgh", "skey_test_…"),
        ("skey_test_abcdefghijk", "skey_test_…"),
        ("skey_test_abcdefghijkl", "skey_test_…ijkl"),
        ("skey_test_abc", "…"),
        ("skey_test_", "…"),
        ("", "…"),
        ("hunter2", "…"),
        ("key_test_5fakefakefake4f2a", "…"),
        ("skey_test_5fake fakefake4f2a", "…"),
        ("skey_test_5fake-fakefake4f2a", "…"),
    ],
)
def test_mask_key_keeps_prefix_and_last_four_only(key: str, expected: str) -> None:
    assert mask_key(key) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"using key {TEST_KEY} now", "using key skey_test_…4f2a now"),
        (f"key={TEST_KEY}&x=1", "key=skey_test_…4f2a&x=1"),
        (
            f"https://{TEST_KEY}:@api.omise.co/balance",
            "https://skey_test_…4f2a:@api.omise.co/balance",
        ),
        (f"{TEST_KEY},{PUBLIC_TEST_KEY}", "skey_test_…4f2a,pkey_test_…9b1c"),
        (f"'{LIVE_SHAPED}'", "'skey_…77aa'"),
        (f"x{TEST_KEY}", "xskey_test_…4f2a"),
        ("skey_test_short is not a key", "skey_test_short is not a key"),
        ("no keys here", "no keys here"),
        ("Basic authentication failed", "Basic authentication failed"),
        ("", ""),
    ],
)
def test_redact_masks_every_key_shaped_word(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_redact_masks_basic_credentials_of_a_logged_header() -> None:
    encoded = base64.b64encode(f"{TEST_KEY}:".encode()).decode()
    assert redact(f"{{'Authorization': 'Basic {encoded}'}}") == "{'Authorization': 'Basic …'}"
    assert redact(f"Authorization: Basic {encoded}") == "Authorization: Basic …"


def test_redact_masks_a_base64_encoded_key_anywhere() -> None:
    encoded = base64.b64encode(f"{TEST_KEY}:".encode()).decode()
    assert redact(f"header {encoded} sent") == "header … sent"
    assert "fake" not in redact(encoded)


def test_redacted_text_never_contains_the_secret_body() -> None:
    text = f"a {TEST_KEY} b {LIVE_SHAPED} c"
    assert "5fakefakefake" not in redact(text)
    assert "fakefakefakefake" not in redact(text)
