"""HTTP/1.1 GET over TCP or TLS, direct or through a proxy's CONNECT tunnel, with one deadline
for the whole request and an abort that wakes the waiting thread at once.

Only public parts of the standard library are used: sockets that never block (every wait is a
selector call bounded by the time left), TLS through ssl.MemoryBIO (so TLS inside a TLS proxy
works the same way), and http.client for the request and the answer's framing. A server or a
proxy that trickles one byte at a time cannot stretch a request past its deadline, because
every single read waits at most for the time left.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import functools
import http.client
import io
import ipaddress
import logging
import os
import selectors
import socket
import ssl
import threading
import time
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

from omise_tray.config import is_loopback_host

log = logging.getLogger(__name__)

READ_SIZE = 64 * 1024
_LONGEST_HEADER = 64 * 1024
_LOOKUP_TICK = 0.05  # how often a wait for a name lookup looks at the abort flag


class CancelledError(Exception):
    """The request was aborted from another thread."""


class DeadlineError(TimeoutError):
    """The request's deadline passed."""


class ConnectTimeoutError(TimeoutError):
    """No connection within the connect timeout."""


class ProxyError(OSError):
    """The proxy would not open a tunnel (or could not be reached, or is of an unknown kind)."""


class BodyTooLargeError(Exception):
    """The answer's body is longer than the caller accepts."""


@dataclass(frozen=True, slots=True)
class Answer:
    """A complete answer: status, headers (names in Title-Case) and body."""

    status: int
    headers: Mapping[str, str]
    body: bytes


@dataclass(frozen=True, slots=True)
class Proxy:
    """An HTTP or HTTPS proxy reached through CONNECT; credentials only as a header value."""

    scheme: str
    host: str
    port: int
    authorization: str | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class Route:
    """Where a connection goes: the origin, and the proxy in between if there is one."""

    scheme: str
    host: str
    port: int
    proxy: Proxy | None = None


def route_for(base: str) -> Route:
    """The route to an API base: a loopback host is always direct; others honour the standard
    proxy variables (HTTPS_PROXY, ALL_PROXY, NO_PROXY; the system's settings on Windows and
    macOS when none is set).

    Raises ProxyError for a proxy this client cannot use (SOCKS, or not a web address).
    """
    parts = urlsplit(base)
    scheme = parts.scheme
    host = parts.hostname or ""
    port = parts.port or (443 if scheme == "https" else 80)
    direct = Route(scheme, host, port)
    if is_loopback_host(host):
        return direct  # the key must never reach a proxy for this computer's own server
    proxies = urllib.request.getproxies()
    address = proxies.get(scheme) or proxies.get("all")
    if not address or urllib.request.proxy_bypass(host):
        return direct
    return Route(scheme, host, port, parse_proxy(address))


def parse_proxy(address: str) -> Proxy:
    """An http:// or https:// proxy address (a bare "host:port" means http://)."""
    text = address.strip()
    if "://" not in text:
        text = "http://" + text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise ProxyError("the proxy address is not a valid web address") from None
    if parts.scheme not in ("http", "https"):
        raise ProxyError(f"{parts.scheme}:// proxies are not supported; use an http:// proxy")
    if not parts.hostname:
        raise ProxyError("the proxy address has no host name")
    authorization = None
    if parts.username is not None:
        pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
        authorization = "Basic " + base64.b64encode(pair.encode()).decode("ascii")
    default_port = 443 if parts.scheme == "https" else 80
    return Proxy(parts.scheme, parts.hostname, port or default_port, authorization)


_CONTEXTS: dict[tuple[str | None, str | None], ssl.SSLContext] = {}
_CONTEXTS_LOCK = threading.Lock()


def tls_context() -> ssl.SSLContext:
    """Certificate checks against the system's authorities and certifi's (as requests did).

    The system's store honours SSL_CERT_FILE and SSL_CERT_DIR, and holds a company's own
    authority where an HTTPS-inspecting proxy needs one. Made once per value of those variables.
    """
    key = (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
    with _CONTEXTS_LOCK:
        context = _CONTEXTS.get(key)
        if context is None:
            context = ssl.create_default_context()
            try:
                import certifi

                context.load_verify_locations(cafile=certifi.where())
            except (ImportError, OSError) as exc:  # the system's store alone still works
                log.warning("certifi's certificate authorities are not available: %s", exc)
            _CONTEXTS[key] = context
        return context


class Call:
    """The limits of one request: its deadline, the per-wait timeouts, and the abort flag."""

    def __init__(
        self,
        aborter: Aborter,
        deadline: float | None,
        connect_timeout: float,
        read_timeout: float,
    ) -> None:
        self.aborter = aborter
        self.ends_at = None if deadline is None else time.monotonic() + deadline
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout

    def check(self) -> None:
        """Raise CancelledError or DeadlineError when the call must stop now."""
        if self.aborter.aborted:
            raise CancelledError
        if self.ends_at is not None and time.monotonic() >= self.ends_at:
            raise DeadlineError

    def wait_limit(self, timeout: float) -> tuple[float, bool]:
        """How long the next wait may last, and whether the deadline is what limits it."""
        if self.ends_at is None:
            return timeout, False
        left = max(0.0, self.ends_at - time.monotonic())
        return (left, True) if left <= timeout else (timeout, False)


class Aborter:
    """Aborts a client's call in flight, and every later one, from any thread.

    Shutting down the socket in use wakes the thread waiting on it at once.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._watched: set[socket.socket] = set()
        self.aborted = False

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._watched.add(sock)
            aborted = self.aborted
        if aborted:
            _shut_down(sock)

    def forget(self, sock: socket.socket) -> None:
        with self._lock:
            self._watched.discard(sock)

    def abort(self) -> None:
        with self._lock:
            self.aborted = True
            victims = list(self._watched)
        for sock in victims:
            _shut_down(sock)


def _shut_down(sock: socket.socket) -> None:
    # Already closed or never connected means nothing waits on it.
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


class _Socket:
    """A TCP connection that never blocks: each wait is bounded by the call's limits."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self._selector = selectors.DefaultSelector()
        self._selector.register(sock, selectors.EVENT_READ)
        self.call: Call | None = None

    def wait(self, events: int, timeout: float, on_timeout: type[TimeoutError]) -> None:
        call = self.call
        assert call is not None
        call.check()
        limit, by_deadline = call.wait_limit(timeout)
        self._selector.modify(self.sock, events)
        if self._selector.select(limit):
            call.check()  # an abort wakes the wait by shutting the socket down
            return
        call.check()
        raise DeadlineError if by_deadline else on_timeout()

    def send_all(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            try:
                sent = self.sock.send(view)
            except (BlockingIOError, InterruptedError):
                self.wait(selectors.EVENT_WRITE, self._read_timeout(), TimeoutError)
                continue
            view = view[sent:]

    def receive(self, size: int) -> bytes:
        while True:
            try:
                data = self.sock.recv(size)
            except (BlockingIOError, InterruptedError):
                self.wait(selectors.EVENT_READ, self._read_timeout(), TimeoutError)
                continue
            if not data and self.call is not None:
                self.call.check()  # the end an abort makes is a cancellation, not an answer
            return data

    def _read_timeout(self) -> float:
        assert self.call is not None
        return self.call.read_timeout

    def dropped(self) -> bool:
        """Whether an idle connection was closed (or spoke out of turn) meanwhile."""
        self._selector.modify(self.sock, selectors.EVENT_READ)
        return bool(self._selector.select(0))

    def close(self) -> None:
        self._selector.close()
        self.sock.close()


class _Tls:
    """TLS over another stream through memory buffers, so every wait stays the lower one's."""

    def __init__(self, lower: _Socket | _Tls, context: ssl.SSLContext, hostname: str) -> None:
        self.lower = lower
        self._incoming = ssl.MemoryBIO()
        self._outgoing = ssl.MemoryBIO()
        self._tls = context.wrap_bio(self._incoming, self._outgoing, server_hostname=hostname)

    def handshake(self) -> None:
        self._pump(self._tls.do_handshake)

    def send_all(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            written: int = self._pump(functools.partial(self._tls.write, view))
            view = view[written:]

    def receive(self, size: int) -> bytes:
        try:
            data: bytes = self._pump(functools.partial(self._tls.read, size))
        except (ssl.SSLZeroReturnError, ssl.SSLEOFError):
            return b""  # an end without close_notify: the HTTP framing says if it was early
        return data

    def _pump(self, operation: Callable[[], Any]) -> Any:
        while True:
            try:
                result = operation()
            except ssl.SSLWantReadError:
                self._flush()
                data = self.lower.receive(READ_SIZE)
                if data:
                    self._incoming.write(data)
                else:
                    self._incoming.write_eof()
                continue
            self._flush()
            return result

    def _flush(self) -> None:
        pending = self._outgoing.read()
        if pending:
            self.lower.send_all(pending)

    def dropped(self) -> bool:
        return self._tls.pending() > 0 or self.lower.dropped()

    def close(self) -> None:
        self.lower.close()


class _Reader(io.RawIOBase):
    """The answer's bytes as a file for http.client; closing it leaves the connection open."""

    def __init__(self, wire: _Wire) -> None:
        super().__init__()
        self._wire = wire

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._wire.stream.receive(min(len(buffer), READ_SIZE))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._wire.reader_closed()
        super().close()


class _Wire:
    """What http.client takes for its socket: sendall, makefile and close on our stream."""

    def __init__(self, stream: _Socket | _Tls) -> None:
        self.stream = stream
        self._readers = 0
        self._closing = False

    def sendall(self, data: bytes) -> None:
        self.stream.send_all(bytes(data))

    def makefile(self, mode: str) -> io.BufferedReader:
        assert mode == "rb"
        self._readers += 1
        return io.BufferedReader(_Reader(self))

    def reader_closed(self) -> None:
        self._readers -= 1
        if self._closing and self._readers == 0:
            self.stream.close()

    def close(self) -> None:
        # Like a socket's makefile: the answer being read keeps the stream until it is closed.
        self._closing = True
        if self._readers == 0:
            self.stream.close()


class _Connection(http.client.HTTPConnection):
    """One connection to one route; connect() builds the stream (TCP, tunnel, TLS) itself."""

    def __init__(self, route: Route, call: Call) -> None:
        super().__init__(route.host, route.port)
        self.route = route
        self.call = call
        self.tcp: _Socket | None = None
        self.stream: _Socket | _Tls | None = None

    def use(self, call: Call) -> None:
        """Make the next request's waits follow this call's limits and abort."""
        self.call = call
        if self.tcp is not None:
            self.tcp.call = call
            call.aborter.watch(self.tcp.sock)

    def release(self) -> None:
        if self.tcp is not None:
            self.call.aborter.forget(self.tcp.sock)

    def connect(self) -> None:
        route, proxy = self.route, self.route.proxy
        first_host, first_port = (proxy.host, proxy.port) if proxy else (route.host, route.port)
        try:
            tcp = _open(first_host, first_port, self.call)
        except (OSError, ConnectTimeoutError) as exc:
            if proxy is not None and not isinstance(exc, TimeoutError):
                raise ProxyError(f"could not connect to the proxy: {exc}") from exc
            raise
        self.tcp = tcp
        stream: _Socket | _Tls = tcp
        try:
            if proxy is not None:
                if proxy.scheme == "https":
                    stream = _handshake(stream, proxy.host)
                _tunnel(stream, route, proxy)
            if route.scheme == "https":
                stream = _handshake(stream, route.host)
        except BaseException:
            self.call.aborter.forget(tcp.sock)
            tcp.close()
            self.tcp = None
            raise
        self.stream = stream
        self.sock = _Wire(stream)

    def dropped(self) -> bool:
        return self.stream is None or self.stream.dropped()


def _handshake(lower: _Socket | _Tls, hostname: str) -> _Tls:
    tls = _Tls(lower, tls_context(), hostname)
    tls.handshake()
    return tls


def _tunnel(stream: _Socket | _Tls, route: Route, proxy: Proxy) -> None:
    """Ask the proxy for a tunnel to the origin (CONNECT) and read its answer's head."""
    target = f"[{route.host}]:{route.port}" if ":" in route.host else f"{route.host}:{route.port}"
    lines = [f"CONNECT {target} HTTP/1.1", f"Host: {target}"]
    if proxy.authorization:
        lines.append(f"Proxy-Authorization: {proxy.authorization}")
    stream.send_all(("\r\n".join(lines) + "\r\n\r\n").encode("ascii"))
    head = bytearray()
    while not head.endswith(b"\r\n\r\n"):
        byte = stream.receive(1)  # one at a time: whatever follows the head is the origin's
        if not byte:
            raise ProxyError("the proxy closed the connection instead of opening a tunnel")
        head += byte
        if len(head) > _LONGEST_HEADER:
            raise ProxyError("the proxy's answer to CONNECT is too long")
    status_line = head.split(b"\r\n", 1)[0].decode("latin-1")
    parts = status_line.split(" ", 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/") or not parts[1].isdigit():
        raise ProxyError("the proxy's answer to CONNECT is not HTTP")
    status = int(parts[1])
    if not 200 <= status < 300:
        raise ProxyError(f"the proxy refused the tunnel (HTTP {status})")


def _open(host: str, port: int, call: Call) -> _Socket:
    """Connect to host:port trying each of its addresses, each wait bounded by the call."""
    addresses = _look_up(host, port, call)
    failure: OSError = OSError(errno.EHOSTUNREACH, f"no address for {host}")
    for family, kind, protocol, _, address in addresses:
        raw = socket.socket(family, kind, protocol)
        raw.setblocking(False)
        connection = _Socket(raw)
        connection.call = call
        call.aborter.watch(raw)
        try:
            code = raw.connect_ex(address)
            if code not in (0, errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN):
                raise OSError(code, os.strerror(code))
            if code != 0:
                connection.wait(selectors.EVENT_WRITE, call.connect_timeout, ConnectTimeoutError)
                code = raw.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                if code:
                    raise OSError(code, os.strerror(code))
            raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            return connection
        except OSError as exc:
            call.aborter.forget(raw)
            connection.close()
            call.check()
            if isinstance(exc, TimeoutError):
                raise
            failure = exc
        except BaseException:
            call.aborter.forget(raw)
            connection.close()
            raise
    raise failure


def _look_up(host: str, port: int, call: Call) -> list[Any]:
    """getaddrinfo, in a thread of its own unless the host is an address: a lookup cannot be
    interrupted, so a stuck one is left behind when the call is aborted or out of time."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)
    outcome: list[Any] = []
    done = threading.Event()

    def look_up() -> None:
        try:
            outcome.append(socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM))
        except OSError as exc:
            outcome.append(exc)
        done.set()

    threading.Thread(target=look_up, name="name-lookup", daemon=True).start()
    waited = 0.0
    while not done.wait(_LOOKUP_TICK):
        call.check()
        waited += _LOOKUP_TICK
        if waited >= call.connect_timeout:
            raise ConnectTimeoutError(f"looking up {host} took too long")
    result = outcome[0]
    if isinstance(result, OSError):
        raise result
    return list(result)


def _check_length(headers: Mapping[str, str], received: int) -> None:
    """http.client ends a body at the connection's end without a word: a body shorter than
    its Content-Length was cut off on the way."""
    if "Transfer-Encoding" in headers:
        return  # chunked: http.client itself raises IncompleteRead for a cut
    announced = headers.get("Content-Length", "").strip()
    if announced.isdigit() and int(announced) > received:
        raise http.client.IncompleteRead(b"", int(announced) - received)


class Transport:
    """Sends the GET requests of one client; keeps one connection open between them.

    One thread at a time makes requests; abort() may be called from any thread.
    """

    def __init__(self, route: Route, *, connect_timeout: float, read_timeout: float) -> None:
        self.route = route
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.aborter = Aborter()
        self._idle: _Connection | None = None

    def get(
        self,
        target: str,
        headers: Mapping[str, str],
        *,
        deadline: float | None,
        largest_body: int,
    ) -> Answer:
        """GET the target (path and query) and return the whole answer.

        Raises CancelledError, DeadlineError, BodyTooLargeError, ProxyError, ssl.SSLError,
        OSError or http.client.HTTPException.
        """
        call = Call(self.aborter, deadline, self.connect_timeout, self.read_timeout)
        call.check()
        connection = self._take(call)
        reusable = False
        try:
            connection.request("GET", target, headers=dict(headers))
            response = connection.getresponse()
            body = bytearray()
            while chunk := response.read(READ_SIZE):
                body += chunk
                if len(body) > largest_body:
                    raise BodyTooLargeError(f"larger than {largest_body} bytes")
            answer_headers = {name.title(): value for name, value in response.getheaders()}
            _check_length(answer_headers, len(body))
            reusable = not response.will_close
            return Answer(response.status, answer_headers, bytes(body))
        finally:
            connection.release()
            if reusable and not self.aborter.aborted:
                self._idle = connection
            else:
                connection.close()

    def _take(self, call: Call) -> _Connection:
        idle, self._idle = self._idle, None
        if idle is not None:
            idle.use(call)
            if not idle.dropped():
                return idle
            idle.release()
            idle.close()
        return _Connection(self.route, call)

    def abort(self) -> None:
        self.aborter.abort()

    def close(self) -> None:
        idle, self._idle = self._idle, None
        if idle is not None:
            idle.close()
