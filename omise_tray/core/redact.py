"""Masking of Omise keys so that no secret reaches a log line, a label or a message."""

from __future__ import annotations

import re

MASK = "…"
# A shorter body would reveal too large a share of the secret through its last four characters.
_MIN_BODY_TO_SHOW_TAIL = 12
_TAIL = 4

# Patterns are plain strings, compiled on first use by re's own cache: compiling them on import
# would cost the window's start (README, Performance).
_KEY = r"(?i)(?P<prefix>[sp]key_(?:test_)?)(?P<body>[A-Za-z0-9]{8,})"
# requests sends the key as HTTP Basic credentials, base64 of "skey_…:"; a logged header or a
# stray encoded key must not carry it either. "c2tleV" and "cGtleV" encode "skey_" and "pkey_".
_BASIC_CREDENTIALS = r"(?i)(?P<scheme>Authorization['\"]?\s*[:=]\s*['\"]?Basic\s+)[A-Za-z0-9+/]+=*"
_ENCODED_KEY = r"(?:c2tleV|cGtleV)[A-Za-z0-9+/]{8,}=*"


def mask_key(key: str) -> str:
    """Show a key as its prefix and last four characters ("skey_test_…4f2a").

    Anything that is not shaped like a key is masked completely, and a short key keeps only
    its prefix ("skey_…"), so a typo never leaks more than a well-formed key would.
    """
    match = re.fullmatch(_KEY, key.strip())
    if match is None:
        return MASK
    body = match["body"]
    tail = body[-_TAIL:] if len(body) >= _MIN_BODY_TO_SHOW_TAIL else ""
    return f"{match['prefix']}{MASK}{tail}"


def redact(text: str) -> str:
    """Replace every key-shaped word, Authorization credential and encoded key with a mask."""
    masked = re.sub(_KEY, lambda match: mask_key(match[0]), text)
    masked = re.sub(_BASIC_CREDENTIALS, lambda match: f"{match['scheme']}{MASK}", masked)
    return re.sub(_ENCODED_KEY, MASK, masked)
