"""RecentDebits: an account's newest debits, fetched in a thread of its own to explain a drop.

The alert coordinator asks for them when a poll shows a sharp drop; the answer (or None when
the fetch failed, had no key, or ran past its short deadline) comes back on the UI thread.
One small request per drop: the newest page of transactions, of which the debits are kept.
The keys come from a thread-safe lookup and go straight into the request's client.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from omise_tray.app.poller import KeyLookup
from omise_tray.config import ApiEndpoint
from omise_tray.core.alerts import Debit, debit_kind

if TYPE_CHECKING:  # the HTTP stack is imported in the fetch thread, not on the UI's
    from omise_tray.omise.client import OmiseClient
    from omise_tray.omise.models import Transaction

log = logging.getLogger(__name__)

# The newest transactions looked at: a drop between two polls is rarely made of more.
NEWEST = 20
# Seconds one fetch may take in all; a notification waits for it, so it is short.
FETCH_DEADLINE = 4.0
STOP_WAIT_MS = 2_000

Answer = Callable[[Sequence[Debit] | None], None]

# Every fetch thread started, until it has finished: a QThread destroyed while it runs takes the
# whole app down, and a request stuck in a DNS lookup cannot be cut short.
_STARTED: list[QThread] = []


def debits_of(transactions: Sequence[Transaction]) -> tuple[Debit, ...]:
    """The debits among the transactions, with their kind; undated ones cannot be placed."""
    return tuple(
        Debit(debit_kind(t.key), t.amount, t.created_at)
        for t in transactions
        if t.direction == "debit" and t.created_at is not None
    )


class _DebitWorker(QObject):
    """Lives in the fetch thread and makes each request with a client of its own."""

    requested = Signal(int, str, object)  # serial, account id, ApiEndpoint
    done = Signal(int, object)  # serial, tuple[Debit, ...] | None

    def __init__(self, key_for: KeyLookup, deadline: float) -> None:
        super().__init__()
        self._key_for = key_for
        self._deadline = deadline
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._client: OmiseClient | None = None
        self.requested.connect(self.fetch, Qt.ConnectionType.QueuedConnection)

    @Slot(int, str, object)
    def fetch(self, serial: int, account_id: str, endpoint: ApiEndpoint) -> None:
        self.done.emit(
            serial, None if self._stopping.is_set() else self._debits(account_id, endpoint)
        )

    def _debits(self, account_id: str, endpoint: ApiEndpoint) -> tuple[Debit, ...] | None:
        from omise_tray.omise.client import OmiseClient  # in this thread, never the UI's
        from omise_tray.omise.errors import OmiseError

        key = self._key_for(account_id)
        if key is None:
            return None
        try:
            client = OmiseClient(
                key, api_base=endpoint.base, api_version=endpoint.version, deadline=self._deadline
            )
        except (OmiseError, ValueError) as exc:  # ValueError: a version that is not a date
            log.info("no debits for account %s: %s", account_id, type(exc).__name__)
            return None
        del key
        with self._lock:
            self._client = client
        try:
            if self._stopping.is_set():
                return None
            page = client.transactions(NEWEST)
        except OmiseError as exc:
            log.info("no debits for account %s: %s", account_id, exc.kind.value)
            return None
        finally:
            with self._lock:
                self._client = None
            client.close()
        return debits_of(page.items)

    def shutdown(self) -> None:
        """Thread-safe: answer None from now on and cut the request in flight short."""
        self._stopping.set()
        with self._lock:
            client = self._client
        if client is not None:
            client.abort()


class _Lane:
    """The worker and its thread; a plain object, so it can still end them as its owner dies."""

    def __init__(self) -> None:
        self.worker: _DebitWorker | None = None
        self.thread: QThread | None = None

    def end(self) -> QThread | None:
        """Cut the fetch in flight short and end the thread's loop; does not wait."""
        worker, thread = self.worker, self.thread
        self.worker = self.thread = None
        if worker is None or thread is None:
            return None
        worker.shutdown()
        thread.quit()
        return thread


class RecentDebits(QObject):
    """Answers "which debits did this account make lately?" without blocking the UI thread.

    The thread starts with the first question, not with the app. Every question is answered
    exactly once, on the UI thread, unless stop() came first.
    """

    def __init__(
        self,
        endpoint: Callable[[], ApiEndpoint],
        key_for: KeyLookup,
        *,
        deadline: float = FETCH_DEADLINE,
        parent: QObject | None = None,
    ) -> None:
        """`endpoint` gives the current API address and version; `key_for` is thread-safe."""
        super().__init__(parent)
        self._endpoint = endpoint
        self._key_for = key_for
        self._deadline = deadline
        self._serials = itertools.count(1)
        self._answers: dict[int, Answer] = {}
        self._lane = _Lane()
        lane = self._lane
        # Dropped without stop(): end the thread all the same, without waiting for it.
        self.destroyed.connect(lambda *_: lane.end())

    def explain(self, account_id: str, answer: Answer) -> None:
        """Fetch the account's newest debits; `answer` gets them, or None when they failed."""
        worker = self._lane.worker or self._start()
        serial = next(self._serials)
        self._answers[serial] = answer
        worker.requested.emit(serial, account_id, self._endpoint())

    def stop(self, wait_ms: int = STOP_WAIT_MS) -> bool:
        """Cut the fetch in flight short and end the thread; False if it did not end in time."""
        self._answers.clear()
        thread = self._lane.end()
        if thread is None:
            return True
        finished = bool(thread.wait(wait_ms))
        if not finished:
            log.warning("the debits fetch did not stop within %d ms", wait_ms)
        _STARTED[:] = [started for started in _STARTED if not started.isFinished()]
        return finished

    def _start(self) -> _DebitWorker:
        worker = _DebitWorker(self._key_for, self._deadline)
        thread = QThread()
        thread.setObjectName("recent-debits-thread")
        worker.moveToThread(thread)
        home = QThread.currentThread()
        # Back home as the thread ends, so the main thread may delete the worker safely.
        thread.finished.connect(
            lambda: worker.moveToThread(home), Qt.ConnectionType.DirectConnection
        )
        worker.done.connect(self._answer)
        self._lane.worker, self._lane.thread = worker, thread
        _STARTED.append(thread)
        thread.start()
        return worker

    @Slot(int, object)
    def _answer(self, serial: int, debits: object) -> None:
        answer = self._answers.pop(serial, None)
        if answer is None:
            return
        answer(debits if isinstance(debits, tuple) else None)
