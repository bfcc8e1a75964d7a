"""One running app per user and profile: a second start asks the first to show its window."""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 2000


def server_name(config_dir: Path) -> str:
    """A local-socket name unique to this user and settings folder (the demo has its own)."""
    digest = hashlib.sha256(str(config_dir.resolve()).encode()).hexdigest()[:12]
    return f"omise-tray-{getpass.getuser()}-{digest}"


class SingleInstance(QObject):
    """Holds the instance lock and listens for later starts asking this one to come forward."""

    activation_requested = Signal()

    def __init__(self, config_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        config_dir.mkdir(parents=True, exist_ok=True)
        self._name = server_name(config_dir)
        self._lock = QLockFile(str(config_dir / "instance.lock"))
        self._lock.setStaleLockTime(0)  # only a dead owner's lock is stale, never a slow one
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True if this is the first instance; then it starts listening for the others."""
        if not self._lock.tryLock(200):
            return False
        QLocalServer.removeServer(self._name)  # a crashed owner may have left its socket file
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            log.warning("cannot listen on %s: %s", self._name, server.errorString())
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_message(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
            self.activation_requested.emit()

    def activate_running(self) -> bool:
        """Ask the running instance to show its window; False if it could not be reached."""
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            log.warning("the running instance did not answer: %s", socket.errorString())
            return False
        socket.write(ACTIVATE)
        socket.flush()
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()
