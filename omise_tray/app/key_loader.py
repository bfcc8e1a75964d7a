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

from PySide6.QtCore import QObject, Signal

from omise_tray.app.background import Worker
from omise_tray.storage.settings import AccountSettings

if TYPE_CHECKING:  # keyring itself is imported in the key thread, by the store's factory
    from omise_tray.storage.secrets import FoundKeys, SecretStore

log = logging.getLogger(__name__)

SecretsFactory = Callable[[], "SecretStore"]


class KeyLoader(QObject):
    """Reads keys in the background; asks that overlap while one read waits become one more."""

    opened = Signal(object)  # SecretStore, once the keyring has been looked at
    loaded = Signal(object)  # FoundKeys for the accounts of the latest request answered

    def __init__(self, make_secrets: SecretsFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_secrets = make_secrets
        self._worker = Worker("key-thread")
        self._store: SecretStore | None = None
        self._store_ready = threading.Event()
        self._in_flight = False
        self._next: tuple[AccountSettings, ...] | None = None

    @property
    def running(self) -> bool:
        """Whether the key thread is alive (a read may still wait for the unlock window)."""
        return self._worker.running

    @property
    def pending(self) -> bool:
        """Whether a read is under way or waiting for its turn."""
        return self._in_flight or self._next is not None

    def start(self) -> None:
        self._worker.submit(self._open_store, self.opened.emit)

    def _open_store(self) -> SecretStore:
        """In the key thread: open the store (loading the keyring's backends)."""
        try:
            self._store = self._make_secrets()
        finally:
            self._store_ready.set()
        return self._store

    def store(self, timeout: float = 10.0) -> SecretStore:
        """The store, waiting for the keyring to be opened if it is not yet (it never prompts)."""
        if not self._store_ready.wait(timeout) or self._store is None:
            raise TimeoutError("the keyring did not open in time")
        return self._store

    def load(self, accounts: Sequence[AccountSettings]) -> None:
        """Read these accounts' keys; `loaded` follows. While a read waits (an unlock window
        is up), later requests are held and only the newest is read after it."""
        wanted = tuple(accounts)
        if self._in_flight:
            self._next = wanted
            return
        self._in_flight = True
        self._worker.submit(
            lambda: self.store(0).keys_for(wanted),
            self._on_read,
            lambda _error: self._on_read(None),
        )

    def _on_read(self, found: FoundKeys | None) -> None:
        self._in_flight = False
        if found is not None:
            self.loaded.emit(found)
        if self._next is not None:
            wanted, self._next = self._next, None
            self.load(wanted)

    def stop(self, timeout_ms: int) -> bool:
        """End the thread; False if a read still waits (the unlock window is still up)."""
        finished = self._worker.stop(timeout_ms / 1000)
        if not finished:
            log.warning("the keyring did not answer within %d ms of quitting", timeout_ms)
        return finished
