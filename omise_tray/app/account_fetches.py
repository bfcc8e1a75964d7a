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


# Every mailbox made, kept for the life of the process: a read thread may still post to its
# mailbox as its owner goes, and a Qt object must never be deleted in that thread.
_MAILBOXES: list[_Mailbox] = []


class _Shared:
    """What the read threads share with their owner: plain Python, safe in any thread."""

    def __init__(self, key_for: KeyLookup, deadline: float, mailbox: _Mailbox) -> None:
        self.key_for = key_for
        self.deadline = deadline
        self.mailbox = mailbox
        self.lock = threading.Lock()
        self.clients: dict[str, OmiseClient] = {}
        self.stopping = threading.Event()


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
        self._at_once = at_once
        self._waiting: deque[_Job] = deque()
        self._running: dict[str, tuple[_Job, threading.Thread]] = {}
        mailbox = _Mailbox()
        _MAILBOXES.append(mailbox)
        self._shared = _Shared(key_for, deadline, mailbox)
        mailbox.arrived.connect(self._arrived)

    def idle(self) -> bool:
        """True when no read waits or runs."""
        return not self._running and not self._waiting

    def busy(self, name: str) -> bool:
        """True while a read of this name waits or runs."""
        return name in self._running or any(job.name == name for job in self._waiting)

    def run(self, name: str, account_id: str, work: Work, answer: Answer) -> bool:
        """Read the account with `work(client)` in the background; False (and nothing done)
        when a read of this name is already waiting or running, or after stop()."""
        if self._shared.stopping.is_set() or self.busy(name):
            return False
        self._waiting.append(_Job(name, account_id, work, answer))
        self._start_next()
        return True

    def stop(self, wait_ms: int = STOP_WAIT_MS) -> bool:
        """Drop the waiting reads, cut those in flight short and wait for their threads;
        False if one did not end within `wait_ms`."""
        shared = self._shared
        shared.stopping.set()
        self._waiting.clear()
        with shared.lock:
            clients = list(shared.clients.values())
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
            # The thread gets no Qt object but the immortal mailbox, and not the answer.
            thread = threading.Thread(
                target=_read,
                args=(self._shared, job.name, job.account_id, job.work, endpoint),
                name=f"account-read-{job.name}",
                daemon=True,
            )
            self._running[job.name] = (job, thread)
            thread.start()

    @Slot(str, object)
    def _arrived(self, name: str, outcome: Any) -> None:
        running = self._running.pop(name, None)
        if running is None or self._shared.stopping.is_set():
            return
        job, _thread = running
        try:
            job.answer(outcome)
        finally:
            self._start_next()


def _read(shared: _Shared, name: str, account_id: str, work: Work, endpoint: ApiEndpoint) -> None:
    """In the read's thread: make the client, do the work, post the outcome home."""
    shared.mailbox.arrived.emit(name, _outcome(shared, name, account_id, work, endpoint))


def _outcome(
    shared: _Shared, name: str, account_id: str, work: Work, endpoint: ApiEndpoint
) -> object:
    from omise_tray.omise.client import OmiseClient  # in this thread, never the UI's

    key = shared.key_for(account_id)
    if key is None:
        return KeyFormatError("No secret key is stored for this account.")
    try:
        client = OmiseClient(
            key, api_base=endpoint.base, api_version=endpoint.version, deadline=shared.deadline
        )
    except (OmiseError, ValueError) as exc:  # ValueError: a version that is not a date
        return exc if isinstance(exc, OmiseError) else KeyFormatError(str(exc))
    del key
    with shared.lock:
        shared.clients[name] = client
    try:
        if shared.stopping.is_set():
            return NetworkError("Stopped before the read began.")
        return work(client)
    except OmiseError as exc:
        return exc
    except Exception:  # a bug in the work must not leave the read unanswered
        log.exception("reading %s failed", name)
        return InvalidResponseError("The read failed unexpectedly.")
    finally:
        with shared.lock:
            shared.clients.pop(name, None)
        client.close()
