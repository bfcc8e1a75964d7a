"""RecentDebits: an account's newest debits, fetched in a thread of its own to explain a drop.

The alert coordinator asks for them when a poll shows a sharp drop; the answer (or None when
the fetch failed, had no key, or ran past its short deadline) comes back on the UI thread.
One small request per drop: the newest page of transactions, of which the debits are kept,
in a worker thread of app.background.
The keys come from a thread-safe lookup and go straight into the request's client.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from omise_tray.app.background import Worker
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


def debits_of(transactions: Sequence[Transaction]) -> tuple[Debit, ...]:
    """The debits among the transactions, with their kind; undated ones cannot be placed."""
    return tuple(
        Debit(debit_kind(t.key), t.amount, t.created_at)
        for t in transactions
        if t.direction == "debit" and t.created_at is not None
    )


class _Fetch:
    """What the worker thread does for one question; the client in flight can be cut short."""

    def __init__(self, key_for: KeyLookup, deadline: float) -> None:
        self._key_for = key_for
        self._deadline = deadline
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._client: OmiseClient | None = None

    def debits(self, account_id: str, endpoint: ApiEndpoint) -> tuple[Debit, ...] | None:
        """In the worker thread: the account's newest debits, or None when they failed."""
        if self._stopping.is_set():
            return None
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

    def cancel(self) -> None:
        """Thread-safe: answer None from now on and cut the request in flight short."""
        self._stopping.set()
        with self._lock:
            client = self._client
        if client is not None:
            client.abort()


class RecentDebits(QObject):
    """Answers "which debits did this account make lately?" without blocking the UI thread.

    The worker thread (app.background) starts with the first question, not with the app.
    Every question is answered exactly once, on the UI thread, unless stop() came first.
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
        self._fetch = _Fetch(key_for, deadline)
        self._worker = Worker("recent-debits")
        worker, fetch = self._worker, self._fetch
        # Dropped without stop(): end the thread all the same, without waiting for it.
        self.destroyed.connect(lambda *_: worker.ask_to_stop(fetch.cancel))

    def explain(self, account_id: str, answer: Answer) -> None:
        """Fetch the account's newest debits; `answer` gets them, or None when they failed."""
        endpoint = self._endpoint()
        self._worker.submit(
            lambda: self._fetch.debits(account_id, endpoint),
            answer,
            lambda _error: answer(None),
        )

    def stop(self, wait_ms: int = STOP_WAIT_MS) -> bool:
        """Cut the fetch in flight short and end the thread; False if it did not end in time."""
        return self._worker.stop(wait_ms / 1000, self._fetch.cancel)
