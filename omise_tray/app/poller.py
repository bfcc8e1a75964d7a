"""PollWorker: fetches every account's balance on a QTimer in its own QThread.

The worker owns its timer and its requests.Session (both created inside the thread). Failures
are retried with exponential backoff and jitter, scheduled on the timer, never slept.
Keys reach it through one narrow, thread-safe lookup; its signals carry account ids only.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from omise_tray.config import ApiEndpoint
from omise_tray.core.errors import NO_KEY_STORED, ErrorKind
from omise_tray.core.snapshot import PollError, Snapshot
from omise_tray.omise.errors import OmiseError

if TYPE_CHECKING:  # the HTTP stack is imported in the worker thread, not on the UI's
    import requests

    from omise_tray.omise.client import OmiseClient

log = logging.getLogger(__name__)

KeyLookup = Callable[[str], str | None]
"""Returns the secret key of an account id, or None; must be safe to call from any thread."""

BACKOFF_BASE = 5.0
DEFAULT_DEADLINE = 20.0
REFRESH_COALESCE_MS = 150


class WorkerKeys:
    """The keys the worker may use, in memory: the main thread fills it, the worker reads it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._keys: dict[str, str] = {}

    def replace(self, keys: dict[str, str]) -> None:
        with self._lock:
            self._keys = dict(keys)

    def __call__(self, account_id: str) -> str | None:
        with self._lock:
            return self._keys.get(account_id)

    def __repr__(self) -> str:
        return f"WorkerKeys({len(self._keys)} accounts)"


@dataclass(slots=True)
class _Schedule:
    """When an account is next due and how many times in a row it failed."""

    due: float = 0.0
    failures: int = 0


def backoff_delay(
    failures: int, interval: float, retry_after: float | None, rng: random.Random
) -> float:
    """Exponential backoff with jitter, capped at the poll interval; a Retry-After is a floor."""
    base = min(BACKOFF_BASE, interval)
    doublings = min(max(0, failures - 1), 16)
    delay = min(interval, base * (1 << doublings))
    delay *= rng.uniform(0.75, 1.0)
    if retry_after is not None:
        delay = max(delay, retry_after)
    return delay


class PollWorker(QObject):
    """Polls the balance of each account in the background and reports what it found."""

    snapshot_ready = Signal(object)  # Snapshot
    poll_failed = Signal(object)  # PollError
    busy_changed = Signal(bool)

    def __init__(
        self,
        endpoint: ApiEndpoint,
        key_for: KeyLookup,
        interval: float,
        *,
        deadline: float = DEFAULT_DEADLINE,
        seed: int | None = None,
    ) -> None:
        super().__init__()
        self._endpoint = endpoint
        self._key_for = key_for
        self._interval = max(float(endpoint.min_interval), interval)
        self._deadline = deadline
        self._rng = random.Random(seed)
        self._schedule: dict[str, _Schedule] = {}
        self._paused = False
        self._forced = False  # a Refresh now runs one round even while paused
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._in_flight: OmiseClient | None = None
        self._session: requests.Session | None = None
        self._timer: QTimer | None = None

    @property
    def interval(self) -> float:
        return self._interval

    @Slot()
    def start(self) -> None:
        """Runs in the worker thread once it starts: creates the session and the timer there.

        requests and the client load here too, so the window stays responsive meanwhile.
        """
        import requests

        self._session = requests.Session()
        self._timer = QTimer(self)
        self._timer.setObjectName("poll-timer")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run_due)
        self._reschedule()

    @Slot(object)
    def set_accounts(self, account_ids: tuple[str, ...]) -> None:
        """Poll exactly these accounts; new ones are due at once, known ones keep their time."""
        old = self._schedule
        self._schedule = {aid: old.get(aid, _Schedule()) for aid in account_ids}
        self._reschedule()

    @Slot(str)
    def refresh_account(self, account_id: str) -> None:
        """Poll one account soon (after a key changed), whatever its backoff."""
        if account_id in self._schedule:
            self._schedule[account_id] = _Schedule()
            self._reschedule()

    @Slot(float)
    def set_interval(self, seconds: float) -> None:
        self._interval = max(float(self._endpoint.min_interval), seconds)
        now = time.monotonic()
        for entry in self._schedule.values():
            entry.due = min(entry.due, now + self._interval)
        self._reschedule()

    @Slot(object)
    def set_endpoint(self, endpoint: ApiEndpoint) -> None:
        """Ask another API version (or base) from the next poll on."""
        self._endpoint = endpoint

    @Slot()
    def refresh_now(self) -> None:
        """Poll every account at the next turn of the loop; repeated calls make one round.

        It works while paused too: the user asked for fresh figures once, not for polling.
        """
        self._forced = True
        now = time.monotonic()
        for entry in self._schedule.values():
            entry.due = min(entry.due, now)
        if self._timer is not None and not self._stopping.is_set():
            self._timer.start(0)

    @Slot(bool)
    def set_paused(self, paused: bool) -> None:
        self._paused = paused
        self._reschedule()

    def shutdown(self) -> None:
        """Thread-safe: stop polling and cancel the request in flight so the thread can finish."""
        self._stopping.set()
        with self._lock:
            client = self._in_flight
        if client is not None:
            client.abort()

    def release(self, home: QThread) -> None:
        """Runs in the worker thread as it finishes: stop the timer, close the session, go home.

        Moving back to `home` lets the main thread delete the worker and its timer safely.
        """
        if self._timer is not None:
            self._timer.stop()
        if self._session is not None:
            self._session.close()
        self.moveToThread(home)

    def _reschedule(self) -> None:
        if self._timer is None or self._stopping.is_set():
            return
        if (self._paused and not self._forced) or not self._schedule:
            self._timer.stop()
            return
        wait = max(0.0, min(e.due for e in self._schedule.values()) - time.monotonic())
        self._timer.start(int(wait * 1000))

    @Slot()
    def _run_due(self) -> None:
        forced, self._forced = self._forced, False
        if (self._paused and not forced) or self._stopping.is_set():
            return
        now = time.monotonic()
        due = [aid for aid, entry in self._schedule.items() if entry.due <= now + 0.01]
        if due:
            self.busy_changed.emit(True)
            try:
                for account_id in due:
                    if self._stopping.is_set():
                        return
                    self._poll(account_id)
            finally:
                self.busy_changed.emit(False)
        self._reschedule()

    def _poll(self, account_id: str) -> None:
        entry = self._schedule.get(account_id)
        if entry is None:
            return
        key = self._key_for(account_id)
        if key is None:
            entry.due = time.monotonic() + self._interval
            self._fail(
                account_id,
                ErrorKind.CONFIGURATION,
                NO_KEY_STORED,
                None,
                None,
            )
            return
        from omise_tray.omise.client import OmiseClient  # in this thread, never the UI's

        try:
            client = OmiseClient(
                key,
                api_base=self._endpoint.base,
                api_version=self._endpoint.version,
                deadline=self._deadline,
                session=self._session,
            )
        except OmiseError as exc:
            entry.due = time.monotonic() + self._interval
            self._fail(account_id, exc.kind, exc.message, None, exc.status)
            return
        del key
        with self._lock:
            self._in_flight = client
        try:
            balance = client.balance()
        except OmiseError as exc:
            if self._stopping.is_set():
                return
            entry.failures += 1
            delay = self._retry_delay(entry.failures, exc)
            entry.due = time.monotonic() + delay
            log.info(
                "poll of %s failed (%s, status %s); next try in %.1f s",
                account_id,
                exc.kind.value,
                exc.status,
                delay,
            )
            self._fail(account_id, exc.kind, exc.message, delay, exc.status)
            return
        finally:
            with self._lock:
                self._in_flight = None
        entry.failures = 0
        entry.due = time.monotonic() + self._interval
        self.snapshot_ready.emit(Snapshot(account_id, balance, datetime.now(UTC)))

    def _retry_delay(self, failures: int, exc: OmiseError) -> float:
        if exc.kind in (ErrorKind.AUTH, ErrorKind.CONFIGURATION, ErrorKind.REQUEST):
            return self._interval  # retrying sooner will not fix a rejected key
        return backoff_delay(failures, self._interval, exc.server_retry_after, self._rng)

    def _fail(
        self,
        account_id: str,
        kind: ErrorKind,
        message: str,
        retry_in: float | None,
        status: int | None,
    ) -> None:
        self.poll_failed.emit(
            PollError(account_id, kind, message, datetime.now(UTC), retry_in, status)
        )


class PollControl(QObject):
    """Main-thread signals that reach the worker's slots through queued connections.

    Refresh requests are coalesced here, before they cross threads: presses within
    REFRESH_COALESCE_MS make one round, however the worker's timer interleaves with them.
    """

    accounts_changed = Signal(object)
    refresh_requested = Signal()
    refresh_account = Signal(str)
    paused_changed = Signal(bool)
    interval_changed = Signal(float)
    endpoint_changed = Signal(object)
    _refresh_once = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._coalesce = QTimer(self)
        self._coalesce.setObjectName("refresh-coalesce-timer")
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(REFRESH_COALESCE_MS)
        self._coalesce.timeout.connect(self._refresh_once.emit)
        self.refresh_requested.connect(self._queue_refresh)

    def _queue_refresh(self) -> None:
        if not self._coalesce.isActive():
            self._coalesce.start()

    def connect_to(self, worker: PollWorker) -> None:
        self.accounts_changed.connect(worker.set_accounts)
        self._refresh_once.connect(worker.refresh_now)
        self.refresh_account.connect(worker.refresh_account)
        self.paused_changed.connect(worker.set_paused)
        self.interval_changed.connect(worker.set_interval)
        self.endpoint_changed.connect(worker.set_endpoint)


class PollThread:
    """Owns the QThread a PollWorker lives in, and stops both promptly."""

    def __init__(self, worker: PollWorker) -> None:
        self.worker = worker
        self.thread = QThread()
        self.thread.setObjectName("poll-thread")
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.start)
        home = QThread.currentThread()
        self.thread.finished.connect(
            lambda: worker.release(home), Qt.ConnectionType.DirectConnection
        )

    def start(self) -> None:
        self.thread.start()

    def stop(self, timeout_ms: int = 1000) -> bool:
        """Cancel the request in flight and end the thread; False if it did not end in time."""
        self.worker.shutdown()
        self.thread.quit()
        finished = self.thread.wait(timeout_ms)
        if not finished:
            log.error("the poll thread did not stop within %d ms", timeout_ms)
        return bool(finished)
