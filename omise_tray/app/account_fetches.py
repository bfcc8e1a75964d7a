"""AccountFetches: short reads of one account each, in threads of their own, answered on the UI
thread.

The money timeline and the first history need a few requests per account now and then, away
from the balance poll. Each read gets its own client and its own worker thread
(app.background), so a slow account holds up only itself; at most MAX_AT_ONCE run together and
the rest wait their turn. The keys come from a thread-safe lookup and go straight into the
read's client.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from omise_tray.app.background import Worker, stop_all
from omise_tray.app.poller import KeyLookup
from omise_tray.config import ApiEndpoint
from omise_tray.core.errors import NO_KEY_CODE, UNEXPECTED_CODE
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


class _Shared:
    """What the read threads share with their owner: plain Python, safe in any thread."""

    def __init__(self, key_for: KeyLookup, deadline: float) -> None:
        self.key_for = key_for
        self.deadline = deadline
        self.lock = threading.Lock()
        self.clients: dict[str, OmiseClient] = {}
        self.stopping = threading.Event()

    def cancel(self) -> None:
        """Thread-safe: answer nothing more and cut every request in flight short."""
        self.stopping.set()
        with self.lock:
            clients = list(self.clients.values())
        for client in clients:
            client.abort()


class AccountFetches(QObject):
    """Runs named reads of accounts, one at a time per name, and answers each exactly once
    on the UI thread, unless stop() came first. Each read runs in a worker thread of its own
    (app.background), so a slow account holds up only itself."""

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
        self._running: dict[str, tuple[_Job, Worker]] = {}
        self._shared = _Shared(key_for, deadline)

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
        self._shared.cancel()
        self._waiting.clear()
        workers = [worker for _job, worker in self._running.values()]
        self._running.clear()
        stopped = stop_all(workers, wait_ms / 1000)
        if not stopped:
            log.warning("an account read did not stop within %d ms", wait_ms)
        return stopped

    def _start_next(self) -> None:
        while self._waiting and len(self._running) < self._at_once:
            job = self._waiting.popleft()
            worker = Worker(f"account-read-{job.name}")
            self._running[job.name] = (job, worker)
            worker.submit(
                partial(
                    _outcome, self._shared, job.name, job.account_id, job.work, self._endpoint()
                ),
                partial(self._arrived, job.name),
            )
            worker.close()  # one read per thread: it ends with its answer

    def _arrived(self, name: str, outcome: Any) -> None:
        running = self._running.pop(name, None)
        if running is None or self._shared.stopping.is_set():
            return
        job, _worker = running
        try:
            job.answer(outcome)
        finally:
            self._start_next()


def _outcome(
    shared: _Shared, name: str, account_id: str, work: Work, endpoint: ApiEndpoint
) -> object:
    from omise_tray.omise.client import OmiseClient  # in this thread, never the UI's

    key = shared.key_for(account_id)
    if key is None:
        return KeyFormatError("No secret key is stored for this account.", code=NO_KEY_CODE)
    try:
        client = OmiseClient(
            key, api_base=endpoint.base, api_version=endpoint.version, deadline=shared.deadline
        )
    except OmiseError as exc:  # the key's, the address's or the version's form
        return exc
    del key
    with shared.lock:
        shared.clients[name] = client
    try:
        if shared.stopping.is_set():
            return NetworkError("Stopped before the read began.", code="cancelled")
        return work(client)
    except OmiseError as exc:
        return exc
    except Exception:  # a bug in the work must not leave the read unanswered
        log.exception("reading %s failed", name)
        return InvalidResponseError(
            "The read failed unexpectedly; details are in the log.", code=UNEXPECTED_CODE
        )
    finally:
        with shared.lock:
            shared.clients.pop(name, None)
        client.close()
