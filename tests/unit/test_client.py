"""Client rules decided before any connection: addresses, versions, Retry-After, repr, proxies."""

from __future__ import annotations

import socket
from datetime import UTC, datetime

import pytest

from omise_tray.core.errors import ErrorKind
from omise_tray.omise.client import (
    OmiseClient,
    check_api_base,
    check_api_version,
    parse_retry_after,
)
from omise_tray.omise.errors import InsecureTransportError, KeyFormatError
from omise_tray.omise.transport import ProxyError, parse_proxy, route_for


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("https://api.omise.co", "https://api.omise.co"),
        ("https://api.omise.co/", "https://api.omise.co"),
        (" https://proxy.example.com/omise/ ", "https://proxy.example.com/omise"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://127.45.6.7", "http://127.45.6.7"),
        ("http://[::1]:9000", "http://[::1]:9000"),
        ("http://localhost:9000", "http://localhost:9000"),
    ],
)
def test_https_anywhere_and_plain_http_only_to_loopback(address: str, expected: str) -> None:
    assert check_api_base(address) == expected


@pytest.mark.parametrize(
    "address",
    [
        "http://api.omise.co",
        "http://10.0.0.1",
        "http://localhost.example.com",
        "http://127.0.0.1.nip.io",
        "http://[::2]",
    ],
)
def test_plain_http_to_another_host_is_refused(address: str) -> None:
    with pytest.raises(InsecureTransportError) as refused:
        check_api_base(address)
    assert "http://" in refused.value.message and "https://" in refused.value.message
    assert refused.value.kind is ErrorKind.CONFIGURATION


@pytest.mark.parametrize(
    "address",
    [
        "",
        "api.omise.co",
        "ftp://api.omise.co",
        "https://",
        "not a url",
        "http://127.0.0.1:port",
        "https://user:secret@api.omise.co",
        "https://api.omise.co/?x=1",
    ],
)
def test_an_address_that_is_not_a_plain_web_address_is_refused(address: str) -> None:
    with pytest.raises(InsecureTransportError) as refused:
        check_api_base(address)
    assert "https://api.omise.co" in refused.value.message
    assert "secret" not in refused.value.message


def test_refused_address_makes_no_connection_attempt(
    monkeypatch: pytest.MonkeyPatch, secret_key: str
) -> None:
    attempts: list[object] = []
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: attempts.append(a))
    monkeypatch.setattr(socket.socket, "connect", lambda *a, **k: attempts.append(a))
    monkeypatch.setattr(socket.socket, "connect_ex", lambda *a, **k: attempts.append(a))

    with pytest.raises(InsecureTransportError):
        OmiseClient(secret_key, api_base="http://api.omise.co")
    assert attempts == []


def test_bad_key_is_refused_before_the_address_is_looked_at() -> None:
    with pytest.raises(KeyFormatError):
        OmiseClient("pkey_test_5fixturekey0000000000", api_base="http://api.omise.co")


@pytest.mark.parametrize("version", ["2019-05-29", " 2014-07-27 "])
def test_api_version_is_a_date(version: str) -> None:
    assert check_api_version(version) == version.strip()


@pytest.mark.parametrize("version", ["", "latest", "2019-05-29\r\nX-Evil: 1", "19-5-29"])
def test_api_version_that_is_not_a_date_is_refused(version: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        check_api_version(version)


NOW = datetime(2024, 5, 1, 8, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        (None, None),
        ("7", 7.0),
        (" 2.5 ", 2.5),
        ("0", 0.0),
        ("86400", 900.0),
        ("Wed, 01 May 2024 08:00:30 GMT", 30.0),
        ("Wed, 01 May 2024 07:59:00 GMT", 0.0),
        ("soon", None),
        ("-5", None),
        ("1e9", None),
    ],
)
def test_retry_after_reads_seconds_or_http_date_capped(
    header: str | None, seconds: float | None
) -> None:
    assert parse_retry_after(header, now=NOW) == seconds


def test_repr_names_the_mode_not_the_key(secret_key: str) -> None:
    client = OmiseClient(secret_key)
    assert secret_key not in repr(client)
    assert "test" in repr(client) and "https://api.omise.co" in repr(client)
    client.close()


PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture
def proxy_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    for name in PROXY_VARIABLES[:3]:
        monkeypatch.setenv(name, "http://proxy.example.com:3128")


@pytest.mark.usefixtures("proxy_everywhere")
@pytest.mark.parametrize(
    "base",
    ["http://127.0.0.1:8080", "http://localhost:9000", "http://[::1]:9000", "http://127.9.9.9"],
)
def test_a_loopback_base_is_reached_directly_whatever_the_proxy_variables(base: str) -> None:
    assert route_for(base).proxy is None


@pytest.mark.usefixtures("proxy_everywhere")
@pytest.mark.parametrize(
    ("no_proxy", "through_proxy"),
    [
        (None, True),
        ("api.omise.co", False),
        (".omise.co", False),
        ("omise.co", False),
        ("*", False),
        ("dashboard.omise.co,example.com", True),
    ],
)
def test_no_proxy_names_the_hosts_reached_directly(
    monkeypatch: pytest.MonkeyPatch, no_proxy: str | None, through_proxy: bool
) -> None:
    if no_proxy is not None:
        monkeypatch.setenv("NO_PROXY", no_proxy)
    route = route_for("https://api.omise.co")
    assert (route.proxy is not None) == through_proxy
    if route.proxy is not None:
        assert (route.proxy.host, route.proxy.port) == ("proxy.example.com", 3128)


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("proxy.example.com:3128", ("http", "proxy.example.com", 3128)),
        ("http://proxy.example.com", ("http", "proxy.example.com", 80)),
        ("https://proxy.example.com", ("https", "proxy.example.com", 443)),
    ],
)
def test_a_proxy_address_is_http_or_https(address: str, expected: tuple[str, str, int]) -> None:
    proxy = parse_proxy(address)
    assert (proxy.scheme, proxy.host, proxy.port) == expected
    assert proxy.authorization is None


@pytest.mark.parametrize("address", ["socks5://127.0.0.1:1080", "http://", "http://host:port"])
def test_a_proxy_this_client_cannot_use_is_refused(address: str) -> None:
    with pytest.raises(ProxyError):
        parse_proxy(address)


def test_proxy_credentials_never_show_in_the_proxys_repr() -> None:
    proxy = parse_proxy("http://shop:secret@proxy.example.com:3128")
    assert proxy.authorization is not None and "secret" not in repr(proxy)
