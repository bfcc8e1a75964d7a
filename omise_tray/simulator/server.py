"""The simulator: an Omise-compatible HTTP server on loopback with scripted faults and time."""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from types import TracebackType
from urllib.parse import parse_qs

from omise_tray.simulator import api
from omise_tray.simulator.accounts import API_VERSIONS, SimAccount
from omise_tray.simulator.api import ApiRequest, RequestRecord, Response
from omise_tray.simulator.connection import LoopbackServer
from omise_tray.simulator.faults import Fault, FaultPlan, FaultRule
from omise_tray.simulator.settlement import Calendar
from omise_tray.simulator.shapes import Timeline
from omise_tray.simulator.trading import Trading

logger = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"


class Simulator:
    """Serves Omise's balance, account, transaction, transfer and schedule endpoints.

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
            Trading(a, a.trading, seed, Calendar(self._timeline.origin, a.country))
            for a in self._accounts
            if a.trading is not None or a.schedules
        ]
        self._clock_lock = threading.Lock()
        self._advanced = 0.0
        self._wall_start: float | None = None
        self._faults = FaultPlan()
        self._log_lock = threading.Lock()
        self._log: list[RequestRecord] = []
        self._stopping = threading.Event()
        self._server: LoopbackServer | None = None
        self._thread: threading.Thread | None = None

    # Lifecycle

    def start(self, port: int = 0) -> str:
        """Listen on 127.0.0.1:`port` (0 picks a free port) and return the base URL."""
        if self._server is not None or self._stopping.is_set():
            raise RuntimeError("a simulator can be started only once")
        self._server = LoopbackServer((LOOPBACK, port), self)
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

    def pending_faults(self) -> list[FaultRule]:
        """The injected faults still waiting for matching requests."""
        return self._faults.pending()

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
