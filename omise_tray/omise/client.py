"""HTTP client for the Omise REST API: each call returns a record or raises one typed error."""

from __future__ import annotations

import contextlib
import http.client
import logging
import re
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError
from urllib3.poolmanager import PoolManager

import omise_tray
from omise_tray.config import DEFAULT_API_BASE, DEFAULT_API_VERSION, is_loopback_host
from omise_tray.core.balance import Balance
from omise_tray.core.redact import redact
from omise_tray.omise.errors import (
    AuthenticationError,
    InsecureTransportError,
    InvalidResponseError,
    NetworkError,
    OmiseError,
    RateLimitedError,
    RequestError,
    ServerError,
)
from omise_tray.omise.keys import check_secret_key, is_test_key
from omise_tray.omise.models import (
    Account,
    ErrorDocument,
    Page,
    RecentTransactions,
    Transaction,
    Transfer,
    TransferSchedule,
)
from omise_tray.omise.parse import (
    NOT_UNDERSTOOD,
    decode_json,
    not_understood,
    parse_account,
    parse_balance,
    parse_error,
    parse_transactions,
    parse_transfer_schedules,
    parse_transfers,
)

if TYPE_CHECKING:
    from urllib3._base_connection import BaseHTTPConnection, BaseHTTPSConnection

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = (5.0, 15.0)
LIST_ORDERS = ("chronological", "reverse_chronological")
LARGEST_PAGE = 100

AUTH_REJECTED = (
    "Omise rejected the secret key. Check it in Dashboard → Keys and update it in this app."
)
CUT_OFF = "Omise's answer was cut off before the end; try again in a minute."
CANCELLED = "The request to Omise was cancelled."

_LARGEST_BODY = 1024 * 1024  # a balance is ~300 bytes and a page of 100 transfers ~100 kB
_LONGEST_RETRY_AFTER = 900.0  # a server asking for hours is misconfigured; poll again later
_API_VERSION = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_api_version(text: str) -> str:
    """Return an Omise-Version value (YYYY-MM-DD), or raise ValueError with a sentence."""
    version = text.strip()
    if not _API_VERSION.fullmatch(version):
        raise ValueError("The Omise API version must be a date such as 2019-05-29 (YYYY-MM-DD).")
    return version


def check_api_base(text: str) -> str:
    """Return the API base URL without a trailing slash, or raise InsecureTransportError.

    Plain http:// is refused except to this computer: the secret key travels in every request.
    """
    base = text.strip().rstrip("/")
    invalid = InsecureTransportError(
        "The Omise API address is not a valid web address; use https://api.omise.co."
    )
    try:
        parts = urlsplit(base)
        host = parts.hostname
        _ = parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        raise invalid from None
    if parts.scheme not in ("http", "https") or not host:
        raise invalid
    if parts.username is not None or parts.password is not None or parts.query or parts.fragment:
        raise InsecureTransportError(
            "The Omise API address must not contain a user name, password, query or fragment; "
            "use https://api.omise.co."
        )
    if parts.scheme == "http" and not is_loopback_host(host):
        raise InsecureTransportError(
            f"Refusing to send the secret key over plain http:// to {host}. Use https://; "
            "plain http:// is allowed only to this computer (localhost, 127.0.0.1)."
        )
    return base


def _api_time(moment: datetime) -> str:
    """A time as the API's list filters take it: UTC, whole seconds, ISO 8601 with Z."""
    if moment.tzinfo is None:
        raise ValueError("a time sent to Omise needs its time zone")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _user_agent() -> str:
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    requests_version = ".".join(requests.__version__.split(".")[:2])
    return f"OmiseTray/{omise_tray.__version__} Python/{python} requests/{requests_version}"


class _Call:
    """One request in flight: the thread making it, and whether its deadline cut it short."""

    def __init__(self) -> None:
        self.thread = threading.get_ident()
        self.expired = False
        self.finished = False


class _Interrupter:
    """Shuts down the sockets of requests in flight, so the threads blocked on them return.

    A socket timeout restarts with every byte a server trickles, and a thread blocked in
    recv() cannot be told to stop; shutting its socket down from another thread wakes it.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # connection -> (thread using it, socket to shut down, whether that socket is our dup)
        self._watched: dict[object, tuple[int, socket.socket, bool]] = {}
        self._expired_threads: set[int] = set()
        self.aborted = False

    def watch(self, connection: object, sock: socket.socket, *, duplicate: bool) -> bool:
        """Track the socket a connection uses now; False if its call must stop instead.

        While connecting, a duplicate is kept: TLS wrapping detaches the original socket.
        """
        thread = threading.get_ident()
        tracked = sock.dup() if duplicate else sock
        with self._lock:
            self._release_locked(connection)
            self._watched[connection] = (thread, tracked, duplicate)
            stop = self.aborted or thread in self._expired_threads
        if stop:
            _shut_down(tracked)
        return not stop

    def release(self, connection: object) -> None:
        with self._lock:
            self._release_locked(connection)

    def _release_locked(self, connection: object) -> None:
        entry = self._watched.pop(connection, None)
        if entry is not None and entry[2]:
            entry[1].close()

    def begin(self) -> _Call:
        return _Call()

    def expire(self, call: _Call) -> None:
        """Stop the call because its deadline passed (runs on a timer thread)."""
        with self._lock:
            if call.finished:
                return
            call.expired = True
            self._expired_threads.add(call.thread)
            victims = [sock for thread, sock, _ in self._watched.values() if thread == call.thread]
        for sock in victims:
            _shut_down(sock)

    def finish(self, call: _Call) -> None:
        with self._lock:
            call.finished = True
            self._expired_threads.discard(call.thread)

    def abort(self) -> None:
        """Stop every call in flight and every later one."""
        with self._lock:
            self.aborted = True
            victims = [sock for _, sock, _ in self._watched.values()]
        for sock in victims:
            _shut_down(sock)


def _shut_down(sock: socket.socket) -> None:
    # Already closed or never connected means nothing is blocked on it: OSError is fine.
    # The plain-socket method, because SSLSocket.shutdown would also drop its TLS state,
    # which the blocked thread is still using.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _open_socket(connection: HTTPConnection, interrupter: _Interrupter) -> socket.socket:
    """Connect like urllib3 does, but with the socket watched before connect() blocks."""
    try:
        addresses = socket.getaddrinfo(connection._dns_host, connection.port, 0, socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise NameResolutionError(connection.host, connection, exc) from exc
    timeout = connection.timeout if isinstance(connection.timeout, int | float) else None
    failure: OSError = OSError("no address to connect to")
    for family, kind, protocol, _, address in addresses:
        sock = socket.socket(family, kind, protocol)
        try:
            if not interrupter.watch(connection, sock, duplicate=True):
                raise OSError("cancelled")
            for option in connection.socket_options or ():
                sock.setsockopt(*option)
            sock.settimeout(timeout)
            if connection.source_address:
                sock.bind(connection.source_address)
            sock.connect(address)
            return sock
        except TimeoutError as exc:
            sock.close()
            interrupter.release(connection)
            raise ConnectTimeoutError(
                connection, f"connection to {connection.host} timed out"
            ) from exc
        except OSError as exc:
            sock.close()
            interrupter.release(connection)
            failure = exc
    raise NewConnectionError(connection, f"failed to connect: {failure}") from failure


class _WatchedHTTPConnection(HTTPConnection):
    """An HTTP connection whose socket the client can shut down from another thread."""

    interrupter: _Interrupter

    def _new_conn(self) -> socket.socket:
        return _open_socket(self, self.interrupter)

    def connect(self) -> None:
        try:
            super().connect()
        finally:
            _watch_connected(self, self.interrupter)

    def close(self) -> None:
        self.interrupter.release(self)
        super().close()


class _WatchedHTTPSConnection(_WatchedHTTPConnection, HTTPSConnection):
    """An HTTPS connection whose socket the client can shut down from another thread.

    The watching comes from _WatchedHTTPConnection; its super().connect() reaches
    HTTPSConnection.connect, so the TLS handshake is watched too.
    """


def _watch_connected(connection: HTTPConnection, interrupter: _Interrupter) -> None:
    # After connect() the final (possibly TLS) socket replaces the duplicate kept meanwhile.
    if connection.sock is None:
        interrupter.release(connection)
    elif not interrupter.watch(connection, connection.sock, duplicate=False):
        raise OSError("cancelled")


class _WatchedHTTPConnectionPool(HTTPConnectionPool):
    """A pool that hands its connections the interrupter and watches reused ones."""

    ConnectionCls: type[BaseHTTPConnection] | type[BaseHTTPSConnection] = _WatchedHTTPConnection
    interrupter: _Interrupter

    def _new_conn(self) -> Any:
        connection = super()._new_conn()
        connection.interrupter = self.interrupter  # type: ignore[attr-defined]
        return connection

    def _get_conn(self, timeout: float | None = None) -> Any:
        connection = super()._get_conn(timeout)
        sock = getattr(connection, "sock", None)
        if sock is not None:
            self.interrupter.watch(connection, sock, duplicate=False)
        return connection

    def _put_conn(self, conn: Any) -> None:
        if conn is not None:
            self.interrupter.release(conn)
        super()._put_conn(conn)


class _WatchedHTTPSConnectionPool(_WatchedHTTPConnectionPool, HTTPSConnectionPool):
    """The HTTPS variant of the watched pool."""

    ConnectionCls = _WatchedHTTPSConnection


class _WatchedPoolManager(PoolManager):
    """A pool manager whose pools all report to one interrupter."""

    def __init__(self, interrupter: _Interrupter, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.pool_classes_by_scheme = {
            "http": _WatchedHTTPConnectionPool,
            "https": _WatchedHTTPSConnectionPool,
        }
        self.interrupter = interrupter

    def _new_pool(
        self,
        scheme: str,
        host: str,
        port: int,
        request_context: dict[str, Any] | None = None,
    ) -> HTTPConnectionPool:
        pool = super()._new_pool(scheme, host, port, request_context)
        pool.interrupter = self.interrupter  # type: ignore[attr-defined]
        return pool


class _InterruptibleAdapter(HTTPAdapter):
    """A requests adapter whose calls can be cut short by its interrupter."""

    def __init__(self, interrupter: _Interrupter) -> None:
        self.interrupter = interrupter  # init_poolmanager, called by HTTPAdapter, needs it
        super().__init__(max_retries=0)

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        self._pool_connections = connections
        self._pool_maxsize = maxsize
        self._pool_block = block
        self.poolmanager = _WatchedPoolManager(
            self.interrupter, num_pools=connections, maxsize=maxsize, block=block, **pool_kwargs
        )


def _exception_chain(error: BaseException) -> Iterator[BaseException]:
    """The error, its causes and the exceptions urllib3 tucks into args and `reason`."""
    pending: list[BaseException] = [error]
    seen: set[int] = set()
    while pending and len(seen) < 20:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        linked = [current.__cause__, current.__context__, getattr(current, "reason", None)]
        linked.extend(current.args)
        pending.extend(item for item in linked if isinstance(item, BaseException))


def _network_error(error: BaseException) -> OmiseError:
    """Translate a transport failure into a sentence; the raw text goes to the log only."""
    chain = list(_exception_chain(error))

    def caused_by(*kinds: type[BaseException]) -> bool:
        return any(isinstance(item, kinds) for item in chain)

    if caused_by(http.client.IncompleteRead):
        return InvalidResponseError(CUT_OFF, code="truncated")
    if caused_by(requests.exceptions.SSLError, urllib3.exceptions.SSLError):
        return NetworkError(
            "Could not set up a secure connection to Omise. Check this computer's date and time, "
            "and any proxy or antivirus that inspects HTTPS.",
            code="tls",
        )
    # requests.ConnectTimeout, not urllib3's ConnectTimeoutError: urllib3 derives its
    # "connection refused" error from that class.
    if caused_by(requests.exceptions.ConnectTimeout):
        reason, code = "the connection timed out", "connect_timeout"
    elif caused_by(NameResolutionError, socket.gaierror):
        reason, code = "its address could not be looked up", "dns"
    elif caused_by(ConnectionRefusedError):
        reason, code = "connection refused", "refused"
    elif caused_by(ConnectionResetError, BrokenPipeError, http.client.RemoteDisconnected):
        return NetworkError(
            "The connection to Omise broke off (connection reset); try again in a minute.",
            code="reset",
        )
    elif caused_by(requests.exceptions.Timeout, TimeoutError):
        return NetworkError("Omise did not answer in time; try again in a minute.", code="timeout")
    elif caused_by(requests.exceptions.ProxyError):
        return NetworkError(
            "Could not reach Omise through the proxy. Check the proxy settings.", code="proxy"
        )
    else:
        reason, code = "no connection", "connection"
    return NetworkError(
        f"Could not reach Omise ({reason}). Check your internet connection and try again.",
        code=code,
    )


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds asked for by a Retry-After header (seconds or HTTP-date), capped; None if absent."""
    if value is None:
        return None
    text = value.strip()
    if re.fullmatch(r"\d{1,10}(\.\d{1,6})?", text):
        seconds = float(text)
    else:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        seconds = (moment - (now or datetime.now(UTC))).total_seconds()
    return min(max(seconds, 0.0), _LONGEST_RETRY_AFTER)


def _quiet_json(body: bytes) -> object:
    # Error bodies are often HTML from a proxy: not worth a warning of their own.
    try:
        return decode_json(body) if body.lstrip()[:1] in (b"{", b"[") else None
    except InvalidResponseError:
        return None


def error_for_status(
    status: int, headers: Mapping[str, str], document: ErrorDocument | None
) -> OmiseError:
    """The typed error for a non-2xx answer: the status decides, the API's code refines."""
    code = document.code if document is not None else None
    if status == 401:
        return AuthenticationError(AUTH_REJECTED, status=status, code=code)
    if status == 429:
        return RateLimitedError(
            "Omise is receiving too many requests from this computer; wait a minute.",
            status=status,
            code=code,
            retry_after=parse_retry_after(headers.get("Retry-After")),
        )
    if status >= 500:
        return ServerError(
            f"Omise is having trouble right now (HTTP {status}); try again in a few minutes.",
            status=status,
            code=code,
            retry_after=parse_retry_after(headers.get("Retry-After")),
        )
    if 400 <= status < 500 and code == "authentication_failure":
        return AuthenticationError(AUTH_REJECTED, status=status, code=code)
    if 400 <= status < 500:
        if document is not None:
            ending = "" if document.message.endswith((".", "!", "?", "…")) else "."
            return RequestError(
                f"Omise refused the request (HTTP {status}): {document.message}{ending}",
                status=status,
                code=code,
            )
        return RequestError(
            f"Omise refused the request (HTTP {status}). Check the API address in the settings.",
            status=status,
        )
    return InvalidResponseError(NOT_UNDERSTOOD, status=status)


class OmiseClient:
    """Reads one Omise account's balance, account, transactions and transfers.

    Make calls from one thread at a time (the poller's worker); `abort()` may be called from
    any thread. The client never retries or sleeps: errors carry `retry_after` instead.
    The constructor checks everything before any connection: KeyFormatError for the key,
    InsecureTransportError for the address, ValueError for a version that is not a date.
    `deadline` bounds each call as a whole, however slowly the server sends.
    """

    def __init__(
        self,
        secret_key: str,
        *,
        api_base: str = DEFAULT_API_BASE,
        api_version: str = DEFAULT_API_VERSION,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        deadline: float | None = None,
        session: requests.Session | None = None,
    ) -> None:
        key = check_secret_key(secret_key)
        self.api_base = check_api_base(api_base)
        self.api_version = check_api_version(api_version)
        self.test_mode = is_test_key(key)
        self.timeout = timeout
        self.deadline = deadline
        self._auth = requests.auth.HTTPBasicAuth(key, "")
        self._headers = {
            "Omise-Version": self.api_version,
            "User-Agent": _user_agent(),
            "Accept": "application/json",
        }
        self._interrupter = _Interrupter()
        self._adapter = _InterruptibleAdapter(self._interrupter)
        self._owns_session = session is None
        self._session = session if session is not None else requests.Session()
        self._session.mount(self.api_base + "/", self._adapter)

    def __repr__(self) -> str:
        mode = "test" if self.test_mode else "live"
        return f"OmiseClient(api_base={self.api_base!r}, api_version={self.api_version!r}, {mode})"

    def balance(self) -> Balance:
        """The account's balance (GET /balance), normalised across API versions."""
        return parse_balance(self._get("/balance"))

    def account(self) -> Account:
        """The account the key belongs to (GET /account)."""
        return parse_account(self._get("/account"))

    def transactions(
        self,
        limit: int = 20,
        offset: int = 0,
        order: str = "reverse_chronological",
        since: datetime | None = None,
    ) -> Page[Transaction]:
        """One page of balance movements (GET /transactions), newest first by default.

        `since` (a time with its zone) leaves out movements created before it (`from`).
        """
        if order not in LIST_ORDERS:
            raise ValueError(f"order must be one of {LIST_ORDERS}")
        params = {**self._page_params(limit, offset), "order": order}
        if since is not None:
            params["from"] = _api_time(since)
        return parse_transactions(self._get("/transactions", params))

    def upcoming_transactions(
        self, now: datetime, *, pending: int | None = None, max_pages: int = 5
    ) -> RecentTransactions:
        """The newest transactions, enough to hold every credit not yet transferable at `now`.

        Pages of 100, newest first, until a page ends with a transaction already transferable
        (or, when the balance's `pending` is given, until the credits still to come add up
        to it), the list ends, or `max_pages` were read.
        """

        def enough(items: Sequence[Transaction], last_page: Page[Transaction]) -> bool:
            if pending is not None:
                to_come = sum(
                    t.amount
                    for t in items
                    if t.direction == "credit"
                    and t.transferable_at is not None
                    and t.transferable_at > now
                )
                return to_come >= pending
            oldest = last_page.items[-1].transferable_at if last_page.items else None
            return oldest is None or oldest <= now

        return self._newest_transactions(enough, since=None, max_pages=max_pages)

    def transactions_since(self, since: datetime, *, max_pages: int = 20) -> RecentTransactions:
        """Every transaction created from `since` on, newest first, reading at most `max_pages`."""
        return self._newest_transactions(lambda _items, _page: False, since, max_pages)

    def transfer_schedules(self) -> Page[TransferSchedule]:
        """The account's automatic payouts (GET /transfers/schedules), up to 100 of them."""
        params = self._page_params(LARGEST_PAGE, 0)
        return parse_transfer_schedules(self._get("/transfers/schedules", params))

    def transfers(
        self, limit: int = 20, offset: int = 0, order: str | None = None
    ) -> Page[Transfer]:
        """One page of payouts to the bank (GET /transfers); the API's own order unless given."""
        params = self._page_params(limit, offset)
        if order is not None:
            if order not in LIST_ORDERS:
                raise ValueError(f"order must be one of {LIST_ORDERS}")
            params["order"] = order
        return parse_transfers(self._get("/transfers", params))

    def _newest_transactions(
        self,
        enough: Callable[[Sequence[Transaction], Page[Transaction]], bool],
        since: datetime | None,
        max_pages: int,
    ) -> RecentTransactions:
        if max_pages < 1:
            raise ValueError("max_pages must be at least 1")
        items: dict[str, Transaction] = {}
        for number in range(1, max_pages + 1):
            page = self.transactions(
                LARGEST_PAGE, (number - 1) * LARGEST_PAGE, "reverse_chronological", since
            )
            # A transaction made while paging shifts the list by one: keep the first copy.
            for transaction in page.items:
                items.setdefault(transaction.id, transaction)
            found = tuple(items.values())
            if not page.has_more or not page.items or enough(found, page):
                return RecentTransactions(found, complete=True, pages=number)
        return RecentTransactions(tuple(items.values()), complete=False, pages=max_pages)

    def abort(self) -> None:
        """Make the call in flight (in another thread) and every later call fail promptly.

        Safe from any thread. A DNS lookup in progress cannot be interrupted.
        """
        self._interrupter.abort()

    def close(self) -> None:
        """Release connections; the session too when the client created it."""
        self._adapter.close()
        if self._owns_session:
            self._session.close()

    def __enter__(self) -> OmiseClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @staticmethod
    def _page_params(limit: int, offset: int) -> dict[str, str]:
        if not 1 <= limit <= 100:
            raise ValueError("limit must be between 1 and 100")
        if offset < 0:
            raise ValueError("offset must not be negative")
        return {"limit": str(limit), "offset": str(offset)}

    def _get(self, path: str, params: Mapping[str, str] | None = None) -> object:
        """GET path and return its JSON document, or raise the matching OmiseError."""
        if self._interrupter.aborted:
            raise NetworkError(CANCELLED, code="cancelled")
        call = self._interrupter.begin()
        deadline = self.deadline
        watchdog = None
        if deadline is not None:
            watchdog = threading.Timer(deadline, self._interrupter.expire, args=(call,))
            watchdog.daemon = True
            watchdog.start()
        started = time.monotonic()
        failure: BaseException | None = None
        try:
            status, headers, body = self._exchange(self.api_base + path, params)
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            failure = exc
        finally:
            if watchdog is not None:
                watchdog.cancel()
            self._interrupter.finish(call)
        elapsed = time.monotonic() - started
        if self._interrupter.aborted:
            logger.info("GET %s cancelled after %.1f s", path, elapsed)
            raise NetworkError(CANCELLED, code="cancelled")
        if call.expired and deadline is not None:
            logger.warning("GET %s gave up at its %.1f s deadline", path, elapsed)
            raise NetworkError(
                f"Omise did not answer within the time limit ({round(deadline, 1):g} s); "
                "try again in a minute.",
                code="timeout",
            )
        if failure is not None:
            logger.warning(
                "GET %s failed after %.1f s: %s",
                path,
                elapsed,
                redact(f"{type(failure).__name__}: {failure}"),
            )
            raise _network_error(failure) from None
        logger.debug("GET %s answered HTTP %d in %.1f s", path, status, elapsed)
        if 200 <= status < 300:
            return decode_json(body)
        document = parse_error(_quiet_json(body))
        logger.warning(
            "GET %s answered HTTP %d (%s)",
            path,
            status,
            document.code if document is not None else "no error document",
        )
        raise error_for_status(status, headers, document)

    def _exchange(
        self, url: str, params: Mapping[str, str] | None
    ) -> tuple[int, Mapping[str, str], bytes]:
        response = self._session.get(
            url,
            params=params,
            auth=self._auth,
            headers=self._headers,
            timeout=self.timeout,
            stream=True,
            allow_redirects=False,
        )
        with response:
            body = bytearray()
            for chunk in response.iter_content(chunk_size=64 * 1024):
                body += chunk
                if len(body) > _LARGEST_BODY:
                    raise not_understood("body", f"larger than {_LARGEST_BODY} bytes")
            return response.status_code, response.headers, bytes(body)
