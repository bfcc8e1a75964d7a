"""The categories a failure falls into: one enum for the client, snapshots, views and CLI."""

from __future__ import annotations

from enum import StrEnum


class ErrorKind(StrEnum):
    """What went wrong, in the categories the UI, the CLI and the alert engine branch on.

    The values are part of `omise-tray balance --json`'s output: they never change.
    """

    CONFIGURATION = "configuration"  # bad key format, insecure URL: fixed by the user, not retried
    AUTH = "auth"  # the API rejected the key
    RATE_LIMITED = "rate_limited"
    NETWORK = "network"  # DNS, refused, reset, timeout
    SERVER = "server"  # 5xx
    INVALID_RESPONSE = "invalid_response"  # HTML, truncated JSON, wrong shape
    REQUEST = "request"  # any other 4xx the API answered with a message


# The one failure found before any request: the account's key is not in the keyring (or the
# keyring would not give it). A CONFIGURATION error, fixed in the Accounts dialog.
NO_KEY_STORED = "No secret key is stored for this account; add it in Accounts."
