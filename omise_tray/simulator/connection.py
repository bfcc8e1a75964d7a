"""The HTTP side of the simulator: connections, API requests bent by faults, and controls."""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import math
import socket
import struct
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, cast
from urllib.parse import urlsplit

from omise_tray.simulator import api, control, shapes
from omise_tray.simulator.api import ApiRequest, RequestRecord, Response
from omise_tray.simulator.faults import DEFAULT_SLOW_SECONDS, Fault, FaultRule

if TYPE_CHECKING:
    from omise_tray.simulator.server import Simulator

logger = logging.getLogger(__name__)

CONTROL_PREFIX = "/_simulator/"
# A client that keeps an idle connection open this long is dropped.
IDLE_TIMEOUT = 30.0


def _secret_key(authorization: str | None) -> str | None:
    if not authorization or not authorization.startswith("Basic "):
        return None
    try:
        decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, _, _ = decoded.partition(":")
    return user or None


class LoopbackServer(ThreadingHTTPServer):
    """A threading HTTP server that can drop its open connections when told to stop."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], simulator: Simulator) -> None:
        self.simulator = simulator
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request_thread(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override]
        with self._connections_lock:
            self._connections.add(request)
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._connections_lock:
                self._connections.discard(request)

    def handle_error(self, request: object, client_address: object) -> None:
        # socketserver would print a traceback on the terminal; a client hanging up mid-answer
        # is routine, anything else is a simulator bug worth a warning in the log.
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | TimeoutError):
            logger.debug("A client left before its answer was complete: %s", error)
        else:
            logger.warning("The simulator failed to answer a request", exc_info=True)

    def drop_connections(self) -> None:
        """Shut every open connection so blocked handlers and clients return at once."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    """Handles one connection: API requests with their faults, and the control endpoints."""

    protocol_version = "HTTP/1.1"
    server_version = "OmiseSimulator/1.0"
    timeout = IDLE_TIMEOUT
    # Headers and body go out in separate writes; with Nagle's algorithm on, a keep-alive
    # client would wait for a delayed ACK (~40 ms) on every request.
    disable_nagle_algorithm = True

    def version_string(self) -> str:
        return self.server_version

    @property
    def _simulator(self) -> Simulator:
        return cast(LoopbackServer, self.server).simulator

    def log_message(self, format: str, *args: object) -> None:
        # Only the request line and status reach here, never the Authorization header.
        logger.debug("simulator: " + format, *args)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        # Requests are logged by the simulator with the account name instead.
        pass

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def _handle(self, method: str) -> None:
        url = urlsplit(self.path)
        if url.path.startswith(CONTROL_PREFIX):
            body = self._read_body()
            self._send(control.handle(self._simulator, method, url.path, body))
            return
        request = ApiRequest(
            method=method,
            path=url.path,
            query=url.query,
            key=_secret_key(self.headers.get("Authorization")),
            version=self.headers.get("Omise-Version"),
        )
        self._deliver(request, self._simulator.take_fault(request.key, request.path))

    def _deliver(self, request: ApiRequest, rule: FaultRule | None) -> None:
        """Send the answer, bent by the fault if there is one."""
        if rule is None:
            response = self._simulator.answer(request)
        elif rule.fault is Fault.HANG:
            self._record(request, rule, None)
            self._simulator.stopping.wait(rule.seconds)
            self.close_connection = True
            return
        elif rule.fault is Fault.RESET:
            self._record(request, rule, None)
            self._reset()
            return
        elif rule.fault is Fault.SLOW_BODY:
            response = self._simulator.answer(request)
            self._record(request, rule, response.status)
            seconds = rule.seconds if rule.seconds is not None else DEFAULT_SLOW_SECONDS
            self._trickle(response, seconds)
            return
        elif rule.fault is Fault.TRUNCATED:
            answer = self._simulator.answer(request)
            cut = answer.body[: len(answer.body) // 2]
            response = Response(answer.status, cut, answer.content_type)
        else:
            response = self._fault_response(rule, request)
        self._record(request, rule, response.status)
        self._send(response)

    def _record(self, request: ApiRequest, rule: FaultRule | None, status: int | None) -> None:
        # Logged before the answer leaves, so a client that has its answer finds it in the log.
        account = self._simulator.account_for_key(request.key)
        self._simulator.record_request(
            RequestRecord(
                method=request.method,
                path=request.path,
                query=request.query,
                account=account.name if account else None,
                omise_version=request.version,
                user_agent=self.headers.get("User-Agent"),
                status=status,
                fault=rule.fault if rule else None,
            )
        )

    def _fault_response(self, rule: FaultRule, request: ApiRequest) -> Response:
        if rule.fault is Fault.UNAUTHORIZED:
            return api.error_response(401, "authentication_failure", "authentication failed")
        if rule.fault is Fault.RATE_LIMITED:
            headers: tuple[tuple[str, str], ...] = ()
            if rule.retry_after is not None:
                # Retry-After is whole seconds in HTTP; round up so a client never comes early.
                headers = (("Retry-After", str(math.ceil(rule.retry_after))),)
            error = api.error_response(429, "rate_limit_exceeded", "too many requests")
            return Response(error.status, error.body, headers=headers)
        if rule.fault is Fault.SERVER_ERROR:
            return api.error_response(
                500, "internal_error", "request could not be completed due to an internal error"
            )
        if rule.fault is Fault.UNAVAILABLE:
            return api.html_response(
                503, "503 Service Temporarily Unavailable", "The server is temporarily down."
            )
        if rule.fault is Fault.HTML:
            return api.html_response(200, "Omise", "Please sign in to continue.")
        account = self._simulator.account_for_key(request.key)
        document = shapes.misplaced(
            request.path,
            account.currency if account else "THB",
            self._simulator.now(),
            self._simulator.timeline,
        )
        return api.json_response(200, document)

    def _read_body(self) -> bytes:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = 0
        return self.rfile.read(max(0, min(length, control.MAX_BODY)))

    def _send_head(self, response: Response, length: int) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(length))
        for name, value in response.headers:
            self.send_header(name, value)
        self.end_headers()

    def _send(self, response: Response) -> None:
        self._send_head(response, len(response.body))
        self.wfile.write(response.body)

    def _trickle(self, response: Response, seconds: float) -> None:
        self._send_head(response, len(response.body))
        pause = seconds / max(1, len(response.body))
        for index in range(len(response.body)):
            if index and self._simulator.stopping.wait(pause):
                self.close_connection = True
                return
            self.wfile.write(response.body[index : index + 1])

    def _reset(self) -> None:
        # Linger 0 makes close() send RST instead of FIN: the client sees "connection reset".
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.rfile.close()
        self.connection.close()
