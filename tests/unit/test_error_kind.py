"""ErrorKind: one set of categories, whose values are the `balance --json` contract."""

from __future__ import annotations

from omise_tray.core.errors import ErrorKind
from omise_tray.omise.errors import AuthenticationError, NetworkError


def test_the_json_kinds_never_change() -> None:
    assert [kind.value for kind in ErrorKind] == [
        "configuration",
        "auth",
        "rate_limited",
        "network",
        "server",
        "invalid_response",
        "request",
    ]


def test_the_client_errors_use_the_core_categories() -> None:
    assert AuthenticationError("rejected").kind is ErrorKind.AUTH
    assert NetworkError("unreachable").kind is ErrorKind.NETWORK
