"""Shared fixtures: a scripted loopback HTTP server and a test-mode secret key.

Qt in the test process always draws offscreen; tests that need the real desktop (X server,
tray host) run the app as a subprocess with the desktop's DISPLAY.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import gc
import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

TEST_KEY = "skey_test_5fixturekey0000000000"


def pytest_configure(config: pytest.Config) -> None:
    # As in the app (app.background.MainThreadCollector): the cycle collector would otherwise
    # run in whichever thread allocates, and a Qt object in a cycle deleted outside its own
    # thread crashes the process. Collected after every test, in the main thread, instead.
    gc.disable()


@pytest.fixture(autouse=True)
def _collect_in_the_main_thread() -> Iterator[None]:
    yield
    gc.collect()


BALANCE_2019: dict[str, object] = {
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
class _Reply:
    status: int
    body: bytes
    headers: dict[str, str]
    hang: bool
    trickle_seconds: float | None
    announced_length: int | None


@dataclass(frozen=True)
class SeenRequest:
    """What the server received, for asserting headers and query strings."""

    path: str
    headers: dict[str, str]


class ScriptedServer:
    """A loopback HTTP server answering requests with queued answers, in order.

    It answers BALANCE_2019 until told otherwise; when the queue runs out the last answer
    repeats. Stopping the server ends hangs and trickles.
    """

    def __init__(self) -> None:
        self._replies = [_Reply(200, json.dumps(BALANCE_2019).encode(), {}, False, None, None)]
        self._replies_are_default = True
        self.seen: list[SeenRequest] = []
        self.released = threading.Event()
        self.answering = threading.Event()  # set once a request has been read
        handler = self._handler_class()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def answer(
        self,
        body: bytes | str | dict[str, object] = BALANCE_2019,
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        hang: bool = False,
        trickle_seconds: float | None = None,
        announced_length: int | None = None,
    ) -> None:
        """Queue the next answer: a body and status, or a hang, a trickle or a short body."""
        if isinstance(body, dict):
            body = json.dumps(body)
        encoded = body.encode() if isinstance(body, str) else body
        reply = _Reply(status, encoded, headers or {}, hang, trickle_seconds, announced_length)
        if self._replies_are_default:
            self._replies, self._replies_are_default = [], False
        self._replies.append(reply)

    def _next_reply(self) -> _Reply:
        return self._replies.pop(0) if len(self._replies) > 1 else self._replies[0]

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        script = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                script.seen.append(SeenRequest(self.path, dict(self.headers.items())))
                reply = script._next_reply()
                script.answering.set()
                if reply.hang:
                    script.released.wait()
                    self.close_connection = True
                    return
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                length = reply.announced_length
                self.send_header("Content-Length", str(length or len(reply.body)))
                self.end_headers()
                if reply.trickle_seconds is None:
                    self.wfile.write(reply.body)
                    self.close_connection = length is not None
                    return
                for byte in reply.body:
                    if script.released.wait(reply.trickle_seconds):
                        return
                    try:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                    except OSError:
                        return  # the client gave up, as the test wants

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep test output quiet

        return Handler

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.released.set()
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    """A started ScriptedServer on 127.0.0.1, stopped after the test."""
    scripted = ScriptedServer()
    scripted.start()
    yield scripted
    scripted.stop()


@pytest.fixture
def secret_key() -> str:
    """A test-mode secret key that must never show up in output or logs."""
    return TEST_KEY


@pytest.fixture
def unused_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port
