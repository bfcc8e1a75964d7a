"""One running app per user and profile: a second start asks the first to show its window.

The lock (QtCore) decides at once which process is first; the local server that later starts
talk to is opened right after the first window has painted, so QtNetwork is not on the path
to the first paint. A second start that finds the lock held keeps trying to reach that server
for a while before it gives up.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from omise_tray.config import make_private_folder
from omise_tray.storage.permissions import tighten

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 2000
RETRY_MS = 50


def server_name(config_dir: Path) -> str:
    """A local-socket name unique to this user and settings folder (the demo has its own)."""
    import getpass
    import hashlib

    digest = hashlib.sha256(str(config_dir.resolve()).encode()).hexdigest()[:12]
    return f"omise-tray-{getpass.getuser()}-{digest}"


class SingleInstance(QObject):
    """Holds the instance lock and listens for later starts asking this one to come forward."""

    activation_requested = Signal()

    def __init__(self, config_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config_dir = config_dir
        self._lock_file = config_dir / "instance.lock"
        self._lock = QLockFile(str(self._lock_file))
        self._lock.setStaleLockTime(0)  # only a dead owner's lock is stale, never a slow one
        self._server: QLocalServer | None = None
        # Why no instance can run at all (not: another one runs), as a sentence for the user.
        self.problem: str | None = None

    def acquire(self) -> bool:
        """True if this is the first instance; call `listen` once its window is up.

        False when another instance holds the lock, or when no lock can be made in the
        settings folder at all; `problem` then says why.
        """
        try:
            make_private_folder(self._config_dir)
        except OSError as exc:
            log.warning("cannot make the settings folder %s: %s", self._config_dir, exc)
            self.problem = _cannot_start(self._config_dir, exc.strerror or str(exc))
            return False
        if self._lock.tryLock(200):
            tighten(self._lock_file)  # Qt makes it with the umask's permissions
            return True
        error = self._lock.error()
        if error == QLockFile.LockError.PermissionError:
            self.problem = _cannot_start(self._config_dir, "it is read-only")
        elif error != QLockFile.LockError.LockFailedError:
            self.problem = _cannot_start(self._config_dir, "the disk may be full")
        if self.problem:
            log.warning("cannot lock %s: %s", self._lock_file, error)
        return False

    def listen(self) -> None:
        """Start answering later starts (after `acquire` succeeded); idempotent."""
        if self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self._config_dir)
        QLocalServer.removeServer(name)  # a crashed owner may have left its socket file
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            log.warning("cannot listen on %s: %s", name, server.errorString())
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._on_message)
            socket.disconnected.connect(socket.deleteLater)

    def _on_message(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket) and bytes(socket.readAll().data()).startswith(
            ACTIVATE.strip()
        ):
            self.activation_requested.emit()

    def activate_running(self, timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
        """Ask the running instance to show its window; False if it could not be reached.

        The running one may still be painting its first window and not yet listening, so a
        refused connection is retried until the timeout.
        """
        from PySide6.QtNetwork import QLocalSocket

        name = server_name(self._config_dir)
        deadline = time.monotonic() + timeout_ms / 1000
        socket = QLocalSocket()
        while True:
            socket.connectToServer(name)
            left = max(0, int((deadline - time.monotonic()) * 1000))
            if socket.waitForConnected(left):
                break
            if time.monotonic() >= deadline:
                log.warning("the running instance did not answer: %s", socket.errorString())
                return False
            socket.abort()
            time.sleep(RETRY_MS / 1000)
        socket.write(ACTIVATE)
        socket.flush()
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()


def _cannot_start(folder: Path, why: str) -> str:
    return (
        f"Omise Tray cannot start: its settings folder {folder} cannot be written ({why}). "
        "Check the folder's permissions and the free space on its disk."
    )
