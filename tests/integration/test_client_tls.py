"""The client over TLS on loopback: deadline and abort during the handshake and the answer."""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from omise_tray.omise.client import OmiseClient
from omise_tray.omise.errors import NetworkError, OmiseError
from tests.support.proxy import has_openssl, make_certificate, server_context

pytestmark = pytest.mark.skipif(not has_openssl(), reason="needs openssl")


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for localhost: (certificate, private key)."""
    return make_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def trusted(certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    # OpenSSL's own variable: the client trusts the system's store, which it names.
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))


class Listener:
    """A loopback TCP listener that accepts in the background and keeps connections open."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.socket.settimeout(0.1)
        self.port: int = self.socket.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self.connected = threading.Event()
        self.stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                connection = self.socket.accept()[0]
            except TimeoutError:
                continue
            self.accepted.append(connection)
            self.connected.set()

    def close(self) -> None:
        self.stop.set()
        self._thread.join(5)
        for connection in self.accepted:
            connection.close()
        self.socket.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    """A listener that never speaks: TLS handshakes to it hang."""
    running = Listener()
    yield running
    running.close()


@pytest.fixture
def silent_tls_server(listener: Listener, certificate: tuple[Path, Path]) -> Iterator[str]:
    """An HTTPS server that completes the handshake, reads the request and never answers."""
    context = server_context(certificate)
    held: list[ssl.SSLSocket] = []

    def serve() -> None:
        while not listener.stop.is_set():
            while listener.accepted:
                try:
                    secure = context.wrap_socket(listener.accepted.pop(), server_side=True)
                    secure.recv(4096)
                    held.append(secure)
                except OSError:
                    continue  # a client that refused the certificate
            listener.stop.wait(0.05)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"https://localhost:{listener.port}"
    listener.stop.set()
    thread.join(5)
    for secure in held:
        secure.close()


def call_in_thread(call: Callable[[], object]) -> tuple[threading.Thread, list[OmiseError]]:
    failures: list[OmiseError] = []

    def run() -> None:
        try:
            call()
        except OmiseError as error:
            failures.append(error)

    worker = threading.Thread(target=run)
    worker.start()
    return worker, failures


@pytest.mark.usefixtures("trusted")
def test_deadline_ends_a_handshake_that_never_happens(listener: Listener, secret_key: str) -> None:
    base = f"https://localhost:{listener.port}"
    client = OmiseClient(secret_key, api_base=base, timeout=(30, 30), deadline=1.0)
    with pytest.raises(NetworkError) as late:
        client.balance()
    assert late.value.code == "timeout"


@pytest.mark.usefixtures("trusted")
def test_abort_ends_a_handshake_that_never_happens(listener: Listener, secret_key: str) -> None:
    base = f"https://localhost:{listener.port}"
    client = OmiseClient(secret_key, api_base=base, timeout=(30, 30))
    worker, failures = call_in_thread(client.balance)
    assert listener.connected.wait(10)
    client.abort()
    worker.join(timeout=5)
    assert not worker.is_alive()
    assert [error.code for error in failures] == ["cancelled"]


@pytest.mark.usefixtures("trusted")
def test_abort_ends_a_tls_call_waiting_for_its_answer(
    silent_tls_server: str, listener: Listener, secret_key: str
) -> None:
    client = OmiseClient(secret_key, api_base=silent_tls_server, timeout=(30, 30))
    worker, failures = call_in_thread(client.balance)
    assert listener.connected.wait(10)
    worker.join(timeout=0.5)  # give the handshake time to finish; abort must work either way
    client.abort()
    worker.join(timeout=5)
    assert not worker.is_alive()
    assert [error.code for error in failures] == ["cancelled"]


def test_untrusted_certificate_is_a_tls_error(silent_tls_server: str, secret_key: str) -> None:
    client = OmiseClient(secret_key, api_base=silent_tls_server, timeout=(30, 30), deadline=20)
    with pytest.raises(NetworkError) as refused:
        client.balance()
    assert refused.value.code == "tls"
    assert "secure connection" in refused.value.message
