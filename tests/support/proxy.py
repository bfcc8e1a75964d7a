"""Loopback stand-ins for a web proxy and an HTTPS origin behind it, recording what they see.

The proxy opens CONNECT tunnels to the addresses it is given for each host name (so a name
such as api.omise.test reaches a loopback server without any DNS), can trickle its own answer
or the tunnelled bytes one at a time, and may speak TLS to its clients (an https:// proxy).
"""

from __future__ import annotations

import base64
import contextlib
import json
import shutil
import socket
import ssl
import subprocess
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ORIGIN_NAME = "api.omise.test"  # a name that never resolves: only the proxy can reach it

BALANCE = {
    "object": "balance",
    "livemode": False,
    "location": "/balance",
    "currency": "THB",
    "total": 1_234_500,
    "transferable": 1_000_000,
    "reserve": 0,
    "created_at": "2024-05-01T08:00:00Z",
}


def has_openssl() -> bool:
    return shutil.which("openssl") is not None


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost and ORIGIN_NAME: (certificate, private key)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost",
         "-addext", f"subjectAltName=DNS:localhost,DNS:{ORIGIN_NAME}"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


def server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    return context


class TlsOrigin:
    """An HTTPS server on 127.0.0.1 that answers every GET with a balance."""

    def __init__(self, certificate: tuple[Path, Path]) -> None:
        body = json.dumps(BALANCE).encode()
        self.paths: list[str] = []
        paths = self.paths

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                paths.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._server.socket = server_context(certificate).wrap_socket(
            self._server.socket, server_side=True
        )
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@dataclass
class Seen:
    """One request the proxy received: its first line and headers."""

    line: str
    headers: dict[str, str] = field(default_factory=dict)


class RecordingProxy:
    """An HTTP proxy on 127.0.0.1 that records every request and tunnels CONNECTs.

    `routes` maps "host:port" to the loopback port to tunnel to; `trickle_answer` and
    `trickle_tunnel` send the proxy's answer, or the origin's bytes, one byte per that many
    seconds. With `tls` the proxy speaks TLS to its clients. Other requests get a 502.
    """

    def __init__(
        self,
        routes: dict[str, int] | None = None,
        *,
        trickle_answer: float | None = None,
        trickle_tunnel: float | None = None,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.routes = dict(routes or {})
        self.trickle_answer = trickle_answer
        self.trickle_tunnel = trickle_tunnel
        self.seen: list[Seen] = []
        self.connected = threading.Event()
        self._tls = tls
        self._stop = threading.Event()
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.port: int = self._listener.getsockname()[1]
        scheme = "https" if tls is not None else "http"
        self.url = f"{scheme}://localhost:{self.port}" if tls else f"http://127.0.0.1:{self.port}"
        self._threads = [threading.Thread(target=self._accept, daemon=True)]
        self._threads[0].start()

    def _keep(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client = self._listener.accept()[0]
            except TimeoutError:
                continue
            except OSError:
                return
            self.connected.set()
            self._keep(client)
            worker = threading.Thread(target=self._serve, args=(client,), daemon=True)
            with self._lock:
                self._threads.append(worker)
            worker.start()

    def _serve(self, client: socket.socket) -> None:
        with contextlib.suppress(OSError):
            if self._tls is not None:
                client = self._tls.wrap_socket(client, server_side=True)
                self._keep(client)
            head = self._read_head(client)
            if head is None:
                return
            lines = head.decode("latin-1").split("\r\n")
            headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
            self.seen.append(Seen(lines[0], headers))
            method, target = [*lines[0].split(" "), "", ""][:2]
            port = self.routes.get(target)
            if method != "CONNECT" or port is None:
                client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
                return
            origin = socket.create_connection(("127.0.0.1", port))
            self._keep(origin)
            self._send(client, b"HTTP/1.1 200 Connection established\r\n\r\n", self.trickle_answer)
            upstream = threading.Thread(target=self._relay, args=(client, origin, None))
            upstream.daemon = True
            upstream.start()
            self._relay(origin, client, self.trickle_tunnel)

    def _read_head(self, client: socket.socket) -> bytes | None:
        head = b""
        while b"\r\n\r\n" not in head:
            data = client.recv(1)
            if not data:
                return None
            head += data
        return head

    def _send(self, target: socket.socket, data: bytes, trickle: float | None) -> None:
        if trickle is None:
            target.sendall(data)
            return
        for byte in data:
            if self._stop.wait(trickle):
                return
            target.sendall(bytes([byte]))

    def _relay(self, source: socket.socket, target: socket.socket, trickle: float | None) -> None:
        with contextlib.suppress(OSError):
            while not self._stop.is_set():
                data = source.recv(65536)
                if not data:
                    return
                self._send(target, data, trickle)

    def saw_key(self, key: str) -> bool:
        """Whether the key, plain or as a Basic credential, is in anything the proxy read."""
        encoded = base64.b64encode(f"{key}:".encode()).decode()
        return any(key in str(seen) or encoded in str(seen) for seen in self.seen)

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        with self._lock:
            sockets, threads = list(self._sockets), list(self._threads)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        for thread in threads:
            thread.join(5)
