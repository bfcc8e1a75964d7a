"""Proxies: a loopback API base never goes through one; a real host honours the standard
variables, and the request's deadline and abort hold through a proxy that trickles."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from omise_tray.app.poller import Poller, WorkerKeys
from omise_tray.config import ApiEndpoint
from omise_tray.omise.client import OmiseClient
from omise_tray.omise.errors import NetworkError, OmiseError
from omise_tray.simulator import Simulator, demo_accounts
from tests.conftest import TEST_KEY, ScriptedServer
from tests.support.proxy import (
    ORIGIN_NAME,
    RecordingProxy,
    TlsOrigin,
    has_openssl,
    make_certificate,
    server_context,
)

pytestmark = pytest.mark.skipif(not has_openssl(), reason="needs openssl")

REPO = Path(__file__).resolve().parents[2]
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
REAL_BASE = f"https://{ORIGIN_NAME}"
TUNNEL = f"{ORIGIN_NAME}:443"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture(autouse=True)
def no_proxy_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
def trusted(certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    return certificate[0]


@pytest.fixture
def origin(certificate: tuple[Path, Path]) -> Iterator[TlsOrigin]:
    running = TlsOrigin(certificate)
    yield running
    running.close()


@pytest.fixture
def proxies() -> Iterator[list[RecordingProxy]]:
    """Proxies a test makes; every one is closed afterwards."""
    made: list[RecordingProxy] = []
    yield made
    for proxy in made:
        proxy.close()


def every_proxy_variable(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    for name in PROXY_VARIABLES[:3]:
        monkeypatch.setenv(name, url)
        monkeypatch.setenv(name.lower(), url)


def test_a_loopback_api_base_never_goes_through_a_proxy(
    server: ScriptedServer,
    secret_key: str,
    monkeypatch: pytest.MonkeyPatch,
    proxies: list[RecordingProxy],
) -> None:
    proxy = RecordingProxy()
    proxies.append(proxy)
    every_proxy_variable(monkeypatch, proxy.url)
    for base in (server.base_url, server.base_url.replace("127.0.0.1", "localhost")):
        with OmiseClient(secret_key, api_base=base, deadline=10) as client:
            assert client.balance().currency == "THB"
    assert len(server.seen) == 2
    assert proxy.seen == [] and not proxy.connected.is_set()


def test_the_balance_command_never_sends_a_loopback_key_to_a_proxy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, proxies: list[RecordingProxy]
) -> None:
    proxy = RecordingProxy()
    proxies.append(proxy)
    with Simulator(demo_accounts()) as simulator:
        key = simulator.accounts[0].key
        env = {
            **os.environ,
            "PYTHONPATH": str(REPO),
            "OMISE_API_BASE": simulator.base_url,
            "OMISE_SECRET_KEY": key,
            "XDG_STATE_HOME": str(tmp_path / "state"),
        }
        for name in PROXY_VARIABLES[:3]:
            env[name] = env[name.lower()] = proxy.url
        done = subprocess.run(
            [sys.executable, "-m", "omise_tray", "balance", "--timeout", "10"],
            env=env,
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    assert "THB" in done.stdout
    assert proxy.seen == [] and not proxy.saw_key(key)


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "https_proxy", "ALL_PROXY"])
@pytest.mark.usefixtures("trusted")
def test_a_real_host_goes_through_the_proxy_with_the_key_inside_the_tunnel(
    origin: TlsOrigin,
    secret_key: str,
    monkeypatch: pytest.MonkeyPatch,
    proxies: list[RecordingProxy],
    variable: str,
) -> None:
    proxy = RecordingProxy({TUNNEL: origin.port})
    proxies.append(proxy)
    monkeypatch.setenv(variable, proxy.url)
    with OmiseClient(secret_key, api_base=REAL_BASE, deadline=10) as client:
        assert client.balance().currency == "THB"
    assert [seen.line for seen in proxy.seen] == [f"CONNECT {TUNNEL} HTTP/1.1"]
    assert "Authorization" not in proxy.seen[0].headers
    assert not proxy.saw_key(secret_key)
    assert origin.paths == ["/balance"]


@pytest.mark.usefixtures("trusted")
def test_an_https_proxy_is_spoken_to_in_tls_with_the_origins_tls_inside(
    origin: TlsOrigin,
    certificate: tuple[Path, Path],
    secret_key: str,
    monkeypatch: pytest.MonkeyPatch,
    proxies: list[RecordingProxy],
) -> None:
    proxy = RecordingProxy({TUNNEL: origin.port}, tls=server_context(certificate))
    proxies.append(proxy)
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    with OmiseClient(secret_key, api_base=REAL_BASE, deadline=10) as client:
        assert client.balance().currency == "THB"
    assert [seen.line for seen in proxy.seen] == [f"CONNECT {TUNNEL} HTTP/1.1"]
    assert origin.paths == ["/balance"]


@pytest.mark.usefixtures("trusted")
def test_proxy_credentials_go_to_the_proxy_only_as_proxy_authorization(
    origin: TlsOrigin,
    secret_key: str,
    monkeypatch: pytest.MonkeyPatch,
    proxies: list[RecordingProxy],
) -> None:
    proxy = RecordingProxy({TUNNEL: origin.port})
    proxies.append(proxy)
    monkeypatch.setenv("HTTPS_PROXY", f"http://shop:p%40ss@127.0.0.1:{proxy.port}")
    with OmiseClient(secret_key, api_base=REAL_BASE, deadline=10) as client:
        client.balance()
    (seen,) = proxy.seen
    assert seen.headers["Proxy-Authorization"] == "Basic c2hvcDpwQHNz"  # shop:p@ss


@pytest.mark.usefixtures("trusted")
def test_a_proxy_that_refuses_the_tunnel_is_a_proxy_error(
    secret_key: str, monkeypatch: pytest.MonkeyPatch, proxies: list[RecordingProxy]
) -> None:
    proxy = RecordingProxy({})  # no route: it answers 502
    proxies.append(proxy)
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    with pytest.raises(NetworkError) as refused:
        OmiseClient(secret_key, api_base=REAL_BASE, deadline=10).balance()
    assert refused.value.code == "proxy"
    assert "proxy" in refused.value.message


def test_a_socks_proxy_is_refused_with_a_sentence_and_no_connection(
    secret_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "socks5://127.0.0.1:9")
    with pytest.raises(NetworkError) as refused:
        OmiseClient(secret_key, api_base=REAL_BASE, deadline=10).balance()
    assert refused.value.code == "proxy"


@pytest.mark.slow
@pytest.mark.parametrize(
    "trickle",
    [
        {"trickle_answer": 2.0},
        {"trickle_tunnel": 2.0},
        {"trickle_tunnel": 2.0, "tls": True},
    ],
    ids=["trickled CONNECT answer", "trickled tunnel", "trickled tunnel, https proxy"],
)
def test_balance_timeout_5_ends_in_about_5_s_through_a_trickling_proxy(
    origin: TlsOrigin,
    certificate: tuple[Path, Path],
    tmp_path: Path,
    proxies: list[RecordingProxy],
    trickle: dict[str, float | bool],
) -> None:
    # One byte every 2 s: a per-read timeout never fires, so only the whole-request deadline can.
    proxy = RecordingProxy(
        {TUNNEL: origin.port},
        trickle_answer=float(trickle.get("trickle_answer", 0)) or None,
        trickle_tunnel=float(trickle.get("trickle_tunnel", 0)) or None,
        tls=server_context(certificate) if trickle.get("tls") else None,
    )
    proxies.append(proxy)
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "OMISE_API_BASE": REAL_BASE,
        "OMISE_SECRET_KEY": TEST_KEY,
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "SSL_CERT_FILE": str(certificate[0]),
        "HTTPS_PROXY": proxy.url,
    }
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "omise_tray", "balance", "--timeout", "5"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    took = time.monotonic() - started
    assert done.returncode != 0
    assert "time limit" in done.stdout + done.stderr
    assert 4.5 <= took < 9.0, f"balance --timeout 5 took {took:.1f} s"
    assert proxy.seen and not proxy.saw_key(TEST_KEY)


@pytest.mark.usefixtures("trusted")
def test_abort_returns_within_a_second_while_a_proxy_trickles(
    origin: TlsOrigin,
    secret_key: str,
    monkeypatch: pytest.MonkeyPatch,
    proxies: list[RecordingProxy],
) -> None:
    proxy = RecordingProxy({TUNNEL: origin.port}, trickle_answer=2.0)
    proxies.append(proxy)
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    client = OmiseClient(secret_key, api_base=REAL_BASE, deadline=60)
    failures: list[OmiseError] = []

    def call() -> None:
        try:
            client.balance()
        except OmiseError as exc:
            failures.append(exc)

    worker = threading.Thread(target=call)
    worker.start()
    assert proxy.connected.wait(10)
    worker.join(0.5)  # the CONNECT is sent and its answer is trickling
    started = time.monotonic()
    client.abort()
    worker.join(1.0)
    assert not worker.is_alive(), "the call was still running 1 s after abort()"
    assert time.monotonic() - started < 1.0
    assert [error.code for error in failures] == ["cancelled"]


@pytest.mark.usefixtures("trusted")
def test_the_poller_stops_within_a_second_while_a_proxy_trickles(
    origin: TlsOrigin,
    secret_key: str,
    monkeypatch: pytest.MonkeyPatch,
    proxies: list[RecordingProxy],
    qtbot: QtBot,
) -> None:
    proxy = RecordingProxy({TUNNEL: origin.port}, trickle_tunnel=2.0)
    proxies.append(proxy)
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    keys = WorkerKeys()
    keys.replace({"shop": secret_key})
    # ApiEndpoint allows no faster than a poll a minute for a real host; one round is enough.
    poller = Poller(ApiEndpoint(base=REAL_BASE), keys, 60.0, deadline=60)
    errors: list[object] = []
    poller.poll_failed.connect(errors.append)
    poller.start()
    poller.set_accounts(("shop",))
    qtbot.waitUntil(lambda: bool(proxy.seen) and poller.in_flight == ("shop",), timeout=10_000)
    qtbot.wait(500)  # the tunnel is open and the answer is trickling
    started = time.monotonic()
    assert poller.stop(1000), "the poll lane was still running 1 s after stop()"
    assert time.monotonic() - started < 1.0
    assert errors == []
