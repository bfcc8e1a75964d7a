"""The simulator: an Omise-compatible HTTP server on loopback with scripted faults and time."""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import math
import socket
import struct
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import cast
from urllib.parse import parse_qs, urlsplit

from omise_tray.simulator import api, control
from omise_tray.simulator.accounts import API_VERSIONS, SimAccount
from omise_tray.simulator.api import Response
from omise_tray.simulator.faults import DEFAULT_SLOW_SECONDS, Fault, FaultPlan, FaultRule
from omise_tray.simulator.shapes import Timeline
from omise_tray.simulator.trading import Trading

logger = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
CONTROL_PREFIX = "/_simulator/"
# A client that keeps an idle connection open this long is dropped.
IDLE_TIMEOUT = 30.0


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """One API request as the simulator saw it; `account` is a name, never the key.

    `status` is None when nothing was answered (a hang or a reset connection).
    """

    method: str
    path: str
    query: str
    account: str | None
    omise_version: str | None
    user_agent: str | None
    status: int | None
    fault: Fault | None


@dataclass(frozen=True, slots=True, repr=False)
class ApiRequest:
    """The parts of an API request the simulator answers from; it holds the secret key."""

    method: str
    path: str
    query: str
    key: str | None
    version: str | None


class Simulator:
    """Serves Omise's balance, account, transaction and transfer endpoints for fake accounts.

    `dynamic=True` lets simulated time follow wall time multiplied by `speed`; otherwise time
    moves only through `advance()`. The same seed gives the same movements.
    """

    def __init__(
        self,
        accounts: Iterable[SimAccount],
        *,
        dynamic: bool = False,
        speed: float = 1.0,
        seed: int = 0,
        origin: datetime | None = None,
    ) -> None:
        self._accounts = list(accounts)
        if len({a.key for a in self._accounts}) != len(self._accounts):
            raise ValueError("two simulated accounts share a secret key")
        if len({a.name for a in self._accounts}) != len(self._accounts):
            raise ValueError("two simulated accounts share a name")
        if not math.isfinite(speed) or speed <= 0:
            raise ValueError("speed must be a positive number")
        self._by_key = {a.key: a for a in self._accounts}
        self._dynamic = dynamic
        self._speed = speed
        self._timeline = Timeline(origin or datetime.now(UTC).replace(microsecond=0))
        self._trading = [
            Trading(a, a.trading, seed) for a in self._accounts if a.trading is not None
        ]
        self._clock_lock = threading.Lock()
        self._advanced = 0.0
        self._wall_start: float | None = None
        self._faults = FaultPlan()
        self._log_lock = threading.Lock()
        self._log: list[RequestRecord] = []
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # Lifecycle

    def start(self, port: int = 0) -> str:
        """Listen on 127.0.0.1:`port` (0 picks a free port) and return the base URL."""
        if self._server is not None or self._stopping.is_set():
            raise RuntimeError("a simulator can be started only once")
        self._server = _Server((LOOPBACK, port), self)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="omise-simulator",
            daemon=True,
        )
        with self._clock_lock:
            self._wall_start = time.monotonic()
        self._thread.start()
        logger.info("Omise simulator listening on %s", self.base_url)
        return self.base_url

    def stop(self) -> None:
        """Stop serving and drop every open connection, even those hanging or trickling."""
        self._stopping.set()
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.shutdown()
        server.drop_connections()
        server.server_close()
        thread.join(timeout=2.0)
        self._server = None
        logger.info("Omise simulator stopped")

    def __enter__(self) -> Simulator:
        if self._server is None:
            self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:PORT` of the running server."""
        if self._server is None:
            raise RuntimeError("the simulator is not running")
        return f"http://{LOOPBACK}:{self._server.server_address[1]}"

    @property
    def stopping(self) -> threading.Event:
        """Set once stop() has been called; slow handlers wait on it to end early."""
        return self._stopping

    # Accounts and time

    @property
    def accounts(self) -> list[SimAccount]:
        """The simulated accounts, live objects: read them through `snapshot()`."""
        return list(self._accounts)

    def account(self, name_or_key: str) -> SimAccount:
        """The account with this name or secret key."""
        found = self._by_key.get(name_or_key)
        if found is not None:
            return found
        for candidate in self._accounts:
            if candidate.name == name_or_key:
                return candidate
        raise KeyError("no simulated account has that name or key")

    def account_for_key(self, key: str | None) -> SimAccount | None:
        """The account a secret key belongs to, or None."""
        return self._by_key.get(key) if key else None

    def now(self) -> float:
        """Simulated seconds since the origin."""
        with self._clock_lock:
            elapsed = 0.0
            if self._dynamic and self._wall_start is not None:
                elapsed = (time.monotonic() - self._wall_start) * self._speed
            return self._advanced + elapsed

    def advance(self, seconds: float) -> None:
        """Move simulated time forward and apply every movement due in between."""
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError("time can only move forward")
        with self._clock_lock:
            self._advanced += seconds
        self.catch_up()

    def catch_up(self) -> float:
        """Apply the trading due up to the current simulated time, and return that time."""
        now = self.now()
        for trading in self._trading:
            trading.run_until(now)
        return now

    def set_balance(self, key: str, *, total: int, available: int, reserve: int = 0) -> None:
        """Force an account's balance; available may exceed total, as in Omise's fixtures."""
        self.account(key).set_balance(total=total, available=available, reserve=reserve)

    def queue_balances(self, key: str, balances: Sequence[tuple[int, int]]) -> None:
        """Each following /balance request of this key gets the next (total, available)."""
        self.account(key).queue_balances(balances)

    # Faults and the request log

    def inject(
        self,
        fault: Fault,
        *,
        times: int = 1,
        key: str | None = None,
        path: str | None = None,
        retry_after: float | None = None,
        seconds: float | None = None,
    ) -> None:
        """Make the next `times` requests matching key and path (when given) suffer `fault`."""
        self._faults.add(FaultRule(fault, times, key, path, retry_after, seconds))
        where = self.account_for_key(key)
        logger.info(
            "Injected %s for %d request(s)%s%s",
            fault.value,
            times,
            f" of {where.name}" if where else "",
            f" on {path}" if path else "",
        )

    def clear_faults(self) -> None:
        """Remove every fault that has not happened yet."""
        self._faults.clear()

    @property
    def request_log(self) -> list[RequestRecord]:
        """Every API request served so far, oldest first."""
        with self._log_lock:
            return list(self._log)

    def record_request(self, record: RequestRecord) -> None:
        """Add a served request to the log."""
        with self._log_lock:
            self._log.append(record)
        logger.debug(
            "%s %s by %s -> %s%s",
            record.method,
            record.path,
            record.account or "unknown key",
            record.status if record.status is not None else "no answer",
            f" ({record.fault.value})" if record.fault else "",
        )

    # Serving

    def take_fault(self, key: str | None, path: str) -> FaultRule | None:
        """The injected fault this request suffers, if any."""
        return self._faults.take(key, path)

    def answer(self, request: ApiRequest) -> Response:
        """The answer without faults: authentication, then the version, then the endpoint."""
        account = self.account_for_key(request.key)
        if account is None:
            return api.error_response(401, "authentication_failure", "authentication failed")
        version = request.version or account.default_version
        if version not in API_VERSIONS:
            return api.error_response(400, "bad_request", f"unsupported Omise-Version {version!r}")
        if request.method != "GET":
            return api.error_response(
                404, "not_found", f"{request.method} {request.path} is not supported"
            )
        now = self.catch_up()
        return api.respond(
            account,
            version,
            request.path,
            query=parse_qs(request.query),
            now=now,
            timeline=self._timeline,
        )

    @property
    def timeline(self) -> Timeline:
        """Converts simulated seconds into API times."""
        return self._timeline


def _secret_key(authorization: str | None) -> str | None:
    if not authorization or not authorization.startswith("Basic "):
        return None
    try:
        decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, _, _ = decoded.partition(":")
    return user or None


class _Server(ThreadingHTTPServer):
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

    def version_string(self) -> str:
        return self.server_version

    @property
    def _simulator(self) -> Simulator:
        return cast(_Server, self.server).simulator

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
        account = self._simulator.account_for_key(request.key)
        rule = self._simulator.take_fault(request.key, request.path)
        status = self._deliver(request, rule)
        self._simulator.record_request(
            RequestRecord(
                method=method,
                path=request.path,
                query=request.query,
                account=account.name if account else None,
                omise_version=request.version,
                user_agent=self.headers.get("User-Agent"),
                status=status,
                fault=rule.fault if rule else None,
            )
        )

    def _deliver(self, request: ApiRequest, rule: FaultRule | None) -> int | None:
        """Send the answer, bent by the fault if there is one; the status sent, or None."""
        if rule is None:
            return self._send(self._simulator.answer(request))
        if rule.fault is Fault.HANG:
            self._simulator.stopping.wait(rule.seconds)
            self.close_connection = True
            return None
        if rule.fault is Fault.RESET:
            self._reset()
            return None
        if rule.fault is Fault.SLOW_BODY:
            seconds = rule.seconds if rule.seconds is not None else DEFAULT_SLOW_SECONDS
            return self._trickle(self._simulator.answer(request), seconds)
        if rule.fault is Fault.TRUNCATED:
            answer = self._simulator.answer(request)
            cut = answer.body[: len(answer.body) // 2]
            return self._send(Response(answer.status, cut, answer.content_type))
        return self._send(self._fault_response(rule, request))

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
        return api.json_response(
            200, control.wrong_object(self._simulator, request.key, request.path)
        )

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

    def _send(self, response: Response) -> int:
        self._send_head(response, len(response.body))
        self.wfile.write(response.body)
        return response.status

    def _trickle(self, response: Response, seconds: float) -> int:
        self._send_head(response, len(response.body))
        pause = seconds / max(1, len(response.body))
        for index in range(len(response.body)):
            self.wfile.write(response.body[index : index + 1])
            if self._simulator.stopping.wait(pause):
                self.close_connection = True
                break
        return response.status

    def _reset(self) -> None:
        # Linger 0 makes close() send RST instead of FIN: the client sees "connection reset".
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.rfile.close()
        self.connection.close()
