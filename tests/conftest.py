"""Shared fixtures: a scripted loopback HTTP server and a test-mode secret key."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

TEST_KEY = "skey_test_5fixturekey0000000000"

BALANCE_2019 = {
    "object": "balance",
    "livemode": False,
    "location": "/balance",
    "currency": "THB",
    "total": 1_234_500,
    "transferable": 1_000_000,
    "reserve": 0,
    "created_at": "2024-05-01T08:00:00Z",
}


@dataclass(frozen=True)
class Reply:
    """One scripted answer: a status and body, or a misbehaviour (hang, trickle, cut short)."""

    status: int = 200
    body: bytes | str | dict[str, object] = field(default_factory=lambda: dict(BALANCE_2019))
    headers: dict[str, str] = field(default_factory=dict)
    hang: bool = False  # read the request, then never answer
    trickle_seconds: float | None = None  # pause between body bytes
    announced_length: int | None = None  # a Content-Length other than the body's

    def encoded(self) -> bytes:
        if isinstance(self.body, dict):
            return json.dumps(self.body).encode()
        return self.body.encode() if isinstance(self.body, str) else self.body


@dataclass
class SeenRequest:
    """What the server received: for asserting headers and query strings."""

    path: str
    headers: dict[str, str]


class ScriptedServer:
    """A loopback HTTP server that answers requests with scripted Replies, in order.

    When the script runs out the last reply repeats. `released` ends hangs and trickles.
    """

    def __init__(self) -> None:
        self.replies: list[Reply] = []
        self.seen: list[SeenRequest] = []
        self.released = threading.Event()
        self.answering = threading.Event()  # set once a request has been read
        script = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                script.seen.append(SeenRequest(self.path, dict(self.headers.items())))
                reply = script.replies.pop(0) if len(script.replies) > 1 else script.replies[0]
                script.answering.set()
                if reply.hang:
                    script.released.wait()
                    return
                body = reply.encoded()
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                length = reply.announced_length if reply.announced_length is not None else len(body)
                self.send_header("Content-Length", str(length))
                self.end_headers()
                if reply.trickle_seconds is None:
                    self.wfile.write(body)
                    if reply.announced_length is not None:
                        self.close_connection = True
                    return
                for byte in body:
                    if script.released.wait(reply.trickle_seconds):
                        return
                    try:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                    except OSError:
                        return  # the client gave up, as the test wants

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep test output quiet

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def script(self, *replies: Reply) -> None:
        self.replies = list(replies)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.released.set()
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    scripted = ScriptedServer()
    scripted.script(Reply())
    scripted.start()
    yield scripted
    scripted.stop()


@pytest.fixture
def unused_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port
