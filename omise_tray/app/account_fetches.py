"""AccountFetches: short reads of one account each, in threads of their own, answered on the UI
thread.

The money timeline and the first history need a few requests per account now and then, away
from the balance poll. Each read gets its own client, so a slow account holds up only itself;
at most MAX_AT_ONCE run together and the rest wait their turn. The keys come from a
thread-safe lookup and go straight into the read's client. Self-contained on purpose (like
app/recent_debits.py), so it can move onto a shared background helper later.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

from omise_tray.app.poller import KeyLookup
from omise_tray.config import ApiEndpoint
from omise_tray.omise.errors import (
    InvalidResponseError,
    KeyFormatError,
    NetworkError,
    OmiseError,
)

if TYPE_CHECKING:  # the HTTP stack is imported in the fetch threads, not on the UI's
    from omise_tray.omise.client import OmiseClient

log = logging.getLogger(__name__)

MAX_AT_ONCE = 4
# Seconds one request may take in all: a read is a handful of requests.
REQUEST_DEADLINE = 20.0
STOP_WAIT_MS = 2_000

Work = Callable[["OmiseClient"], object]
# The work's result, or the OmiseError that ended it; called on the UI thread.
Answer = Callable[[object], None]


@dataclass(slots=True)
class _Job:
    name: str
    account_id: str
    work: Work
    answer: Answer


class _Mailbox(QObject):
    """Carries answers from the fetch threads to the UI thread (a queued connection)."""

    arrived = Signal(str, object)  # job name, result or OmiseError


class AccountFetches(QObject):
    """Runs named reads of accounts, one at a time per name, and answers each exactly once
    on the UI thread, unless stop() came first."""

    def __init__(
        self,
        endpoint: Callable[[], ApiEndpoint],
        key_for: KeyLookup,
        *,
        at_once: int = MAX_AT_ONCE,
        deadline: float = REQUEST_DEADLINE,
        parent: QObject | None = None,
    ) -> None:
        """`endpoint` gives the current API address and version; `key_for` is thread-safe."""
        super().__init__(parent)
        self._endpoint = endpoint
        self._key_for = key_for
        self._at_once = at_once
        self._deadline = deadline
        self._waiting: deque[_Job] = deque()
        self._running: dict[str, tuple[_Job, threading.Thread]] = {}
        self._clients: dict[str, OmiseClient] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._mailbox = _Mailbox()
        self._mailbox.arrived.connect(self._arrived)

    def busy(self, name: str) -> bool:
        """True while a read of this name waits or runs."""
        return name in self._running or any(job.name == name for job in self._waiting)

    def run(self, name: str, account_id: str, work: Work, answer: Answer) -> bool:
        """Read the account with `work(client)` in the background; False (and nothing done)
        when a read of this name is already waiting or running, or after stop()."""
        if self._stopping.is_set() or self.busy(name):
            return False
        self._waiting.append(_Job(name, account_id, work, answer))
        self._start_next()
        return True

    def stop(self, wait_ms: int = STOP_WAIT_MS) -> bool:
        """Drop the waiting reads, cut those in flight short and wait for their threads;
        False if one did not end within `wait_ms`."""
        self._stopping.set()
        self._waiting.clear()
        with self._lock:
            clients = list(self._clients.values())
        for client in clients:
            client.abort()
        threads = [thread for _job, thread in self._running.values()]
        self._running.clear()
        deadline = wait_ms / 1000
        for thread in threads:
            # Daemon threads: one stuck in a DNS lookup cannot keep the app from quitting.
            thread.join(deadline / max(1, len(threads)))
        stopped = not any(thread.is_alive() for thread in threads)
        if not stopped:
            log.warning("an account read did not stop within %d ms", wait_ms)
        return stopped

    def _start_next(self) -> None:
        while self._waiting and len(self._running) < self._at_once:
            job = self._waiting.popleft()
            endpoint = self._endpoint()
            thread = threading.Thread(
                target=self._read,
                args=(job, endpoint),
                name=f"account-read-{job.name}",
                daemon=True,
            )
            self._running[job.name] = (job, thread)
            thread.start()

    def _read(self, job: _Job, endpoint: ApiEndpoint) -> None:
        """In the job's thread: make the client, do the work, post the outcome home."""
        self._mailbox.arrived.emit(job.name, self._outcome(job, endpoint))

    def _outcome(self, job: _Job, endpoint: ApiEndpoint) -> object:
        from omise_tray.omise.client import OmiseClient  # in this thread, never the UI's

        key = self._key_for(job.account_id)
        if key is None:
            return KeyFormatError("No secret key is stored for this account.")
        try:
            client = OmiseClient(
                key, api_base=endpoint.base, api_version=endpoint.version, deadline=self._deadline
            )
        except (OmiseError, ValueError) as exc:  # ValueError: a version that is not a date
            return exc if isinstance(exc, OmiseError) else KeyFormatError(str(exc))
        del key
        with self._lock:
            self._clients[job.name] = client
        try:
            if self._stopping.is_set():
                return NetworkError("Stopped before the read began.")
            return job.work(client)
        except OmiseError as exc:
            return exc
        except Exception:  # a bug in the work must not leave the read unanswered
            log.exception("reading %s failed", job.name)
            return InvalidResponseError("The read failed unexpectedly.")
        finally:
            with self._lock:
                self._clients.pop(job.name, None)
            client.close()

    @Slot(str, object)
    def _arrived(self, name: str, outcome: Any) -> None:
        running = self._running.pop(name, None)
        if running is None or self._stopping.is_set():
            return
        job, _thread = running
        try:
            job.answer(outcome)
        finally:
            self._start_next()
