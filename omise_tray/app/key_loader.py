"""Secret keys are read from the keyring in a thread of their own.

Opening the keyring loads its backends (a few hundred milliseconds), and reading from a locked
one raises the desktop's unlock window and waits for the user. Neither may freeze the window or
the tray menu, so both happen here and the results come back to the main thread as signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from omise_tray.storage.settings import AccountSettings

if TYPE_CHECKING:  # keyring itself is imported in the key thread, by the store's factory
    from omise_tray.storage.secrets import FoundKeys, SecretStore

log = logging.getLogger(__name__)

SecretsFactory = Callable[[], "SecretStore"]


class _KeyReader(QObject):
    """Lives in the key thread: opens the store, then reads keys when asked."""

    opened = Signal(object)  # SecretStore
    read = Signal(object)  # FoundKeys

    def __init__(self, make_secrets: SecretsFactory) -> None:
        super().__init__()
        self._make_secrets = make_secrets
        self.store: SecretStore | None = None
        self.store_ready = threading.Event()

    @Slot()
    def open_store(self) -> None:
        try:
            self.store = self._make_secrets()
        finally:
            self.store_ready.set()
        self.opened.emit(self.store)

    @Slot(object)
    def read_keys(self, accounts: tuple[AccountSettings, ...]) -> None:
        assert self.store is not None  # open_store runs first: it is queued first
        self.read.emit(self.store.keys_for(accounts))

    def release(self, home: QThread) -> None:
        """Hand the reader back to the main thread as its thread ends (so it can be deleted)."""
        self.moveToThread(home)


class KeyLoader(QObject):
    """Reads keys in the background; asks that overlap while one read waits become one more."""

    opened = Signal(object)  # SecretStore, once the keyring has been looked at
    loaded = Signal(object)  # FoundKeys for the accounts of the latest request answered
    _open = Signal()
    _read = Signal(object)  # tuple[AccountSettings, ...]

    def __init__(self, make_secrets: SecretsFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader = _KeyReader(make_secrets)
        self.key_thread = QThread()
        self.key_thread.setObjectName("key-thread")
        self._reader.moveToThread(self.key_thread)
        self._open.connect(self._reader.open_store)
        self._read.connect(self._reader.read_keys)
        self._reader.opened.connect(self.opened)
        self._reader.read.connect(self._on_read)
        home = QThread.currentThread()
        self.key_thread.finished.connect(
            lambda: self._reader.release(home), Qt.ConnectionType.DirectConnection
        )
        self._in_flight = False
        self._next: tuple[AccountSettings, ...] | None = None

    def start(self) -> None:
        self.key_thread.start()
        self._open.emit()

    def store(self, timeout: float = 10.0) -> SecretStore:
        """The store, waiting for the keyring to be opened if it is not yet (it never prompts)."""
        if not self._reader.store_ready.wait(timeout) or self._reader.store is None:
            raise TimeoutError("the keyring did not open in time")
        return self._reader.store

    def load(self, accounts: Sequence[AccountSettings]) -> None:
        """Read these accounts' keys; `loaded` follows. While a read waits (an unlock window
        is up), later requests are held and only the newest is read after it."""
        wanted = tuple(accounts)
        if self._in_flight:
            self._next = wanted
            return
        self._in_flight = True
        self._read.emit(wanted)

    def _on_read(self, found: FoundKeys) -> None:
        self._in_flight = False
        self.loaded.emit(found)
        if self._next is not None:
            wanted, self._next = self._next, None
            self.load(wanted)

    def stop(self, timeout_ms: int) -> bool:
        """End the thread; False if a read still waits (the unlock window is still up)."""
        self.key_thread.quit()
        finished = bool(self.key_thread.wait(timeout_ms))
        if not finished:
            log.warning("the keyring did not answer within %d ms of quitting", timeout_ms)
        return finished
