"""Secret-key checks: tell a secret key from a public key or a typo before anything is sent."""

from __future__ import annotations

import re

from omise_tray.core.errors import NOT_A_KEY_CODE, PUBLIC_KEY_CODE
from omise_tray.omise.errors import KeyFormatError

# Omise keys are a prefix and an alphanumeric body (19-30 characters in practice); a generous
# range still catches a key that was pasted twice or cut short.
_SECRET_KEY = re.compile(r"skey_(?:test_)?[A-Za-z0-9]{8,64}")
_PUBLIC_KEY = re.compile(r"pkey_(?:test_)?\S*")

PUBLIC_KEY_MESSAGE = "This is a public key; paste the secret key from Dashboard → Keys."
NOT_A_KEY_MESSAGE = (
    "This is not an Omise secret key: a secret key starts with skey_test_ (test mode) "
    "or skey_ (live mode); copy it from Dashboard → Keys."
)


def check_secret_key(raw: str) -> str:
    """Return the secret key without surrounding whitespace, or raise KeyFormatError.

    The error message never repeats what was pasted: it may be a live key with a typo.
    """
    key = raw.strip()
    if _SECRET_KEY.fullmatch(key):
        return key
    if _PUBLIC_KEY.fullmatch(key):
        raise KeyFormatError(PUBLIC_KEY_MESSAGE, code=PUBLIC_KEY_CODE)
    raise KeyFormatError(NOT_A_KEY_MESSAGE, code=NOT_A_KEY_CODE)


def is_test_key(key: str) -> bool:
    """True for a test-mode key (skey_test_…), which only sees test data."""
    return key.startswith("skey_test_")
