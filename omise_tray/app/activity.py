"""ActivityFetcher: pages of an account's transactions and payouts, fetched one at a time in a
worker thread; a newer request cancels the one in flight."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace

from omise_tray.app.background import Worker
from omise_tray.app.poller import KeyLookup
from omise_tray.config import ApiEndpoint
from omise_tray.core.errors import NO_KEY_CODE, NO_KEY_STORED, UNEXPECTED_CODE, ErrorKind
from omise_tray.omise.client import OmiseClient
from omise_tray.omise.errors import OmiseError
from omise_tray.omise.listing import FetchedPage, FetchFailure, Listing, PageAnswer, PageRequest
from omise_tray.omise.models import Page, Transaction, Transfer

log = logging.getLogger(__name__)

FETCH_DEADLINE = 20.0
STOP_WAIT_MS = 3000
UNEXPECTED = "The list could not be fetched; details are in the log."


class _PageLane:
    """Runs in the fetch thread: one request at a time, each with a client of its own."""

    def __init__(self, endpoint: ApiEndpoint, key_for: KeyLookup, deadline: float) -> None:
        self._endpoint = endpoint
        self._key_for = key_for
        self._deadline = deadline
        self._lock = threading.Lock()
        self._wanted = 0
        self._client: OmiseClient | None = None

    def want(self, serial: int) -> None:
        """Thread-safe: only request `serial` still matters, so the call in flight is cut short."""
        with self._lock:
            self._wanted = serial
            client = self._client
        if client is not None:
            client.abort()

    def _wanted_now(self, request: PageRequest) -> bool:
        with self._lock:
            return request.serial == self._wanted

    def fetch(self, request: PageRequest) -> PageAnswer | None:
        """The page or why not; None when a newer request superseded this one."""
        if not self._wanted_now(request):
            return None  # superseded while it waited in the queue
        key = self._key_for(request.account_id)
        if key is None:
            return FetchFailure(request, ErrorKind.CONFIGURATION, NO_KEY_STORED, NO_KEY_CODE)
        try:
            client = OmiseClient(
                key,
                api_base=self._endpoint.base,
                api_version=self._endpoint.version,
                deadline=self._deadline,
            )
        except OmiseError as exc:  # the key's, the address's or the version's form
            return FetchFailure(request, exc.kind, exc.message, exc.code)
        del key
        with self._lock:
            if request.serial != self._wanted:
                client.close()
                return None
            self._client = client
        outcome: PageAnswer
        try:
            if request.listing is Listing.TRANSACTIONS:
                page: Page[Transaction] | Page[Transfer] = client.transactions(
                    request.limit, request.offset, "reverse_chronological"
                )
            else:
                page = client.transfers(request.limit, request.offset, "reverse_chronological")
            outcome = FetchedPage(request, page)
        except OmiseError as exc:
            outcome = FetchFailure(request, exc.kind, exc.message, exc.code)
        finally:
            with self._lock:
                self._client = None
            client.close()
        if not self._wanted_now(request):
            return None
        if isinstance(outcome, FetchFailure):
            log.info(
                "%s page of %s failed: %s",
                request.listing.value,
                request.account_id,
                outcome.kind.value,
            )
        return outcome


class ActivityFetcher:
    """Fetches one page at a time in a worker thread of its own (ui.activity's PageSource).

    Keys come from `key_for` (called in the fetch thread, so it must be thread-safe) and go
    straight into the request's client: never into an answer, an attribute or a log line.
    """

    def __init__(
        self, endpoint: ApiEndpoint, key_for: KeyLookup, *, deadline: float = FETCH_DEADLINE
    ) -> None:
        self._endpoint = endpoint
        self._key_for = key_for
        self._deadline = deadline
        self._serial = 0
        self._worker: Worker | None = None
        self._lane: _PageLane | None = None

    @property
    def running(self) -> bool:
        """Whether the fetch thread is alive (it starts at the first fetch, ends at stop())."""
        return self._worker is not None and self._worker.running

    def fetch(self, request: PageRequest, answer: Callable[[PageAnswer], None]) -> PageRequest:
        """Ask for a page; whatever was asked before is cancelled. Returns it with its serial.

        `answer` is called later in this (the UI) thread, unless a newer fetch or stop() came.
        """
        self._serial += 1
        request = replace(request, serial=self._serial)
        if self._worker is None or self._lane is None:
            self._worker = Worker("activity-fetch")
            self._lane = _PageLane(self._endpoint, self._key_for, self._deadline)
        lane = self._lane
        lane.want(self._serial)
        self._worker.submit(
            lambda: lane.fetch(request),
            lambda outcome: self._deliver(outcome, answer),
            lambda _error: self._deliver(
                FetchFailure(request, ErrorKind.INVALID_RESPONSE, UNEXPECTED, UNEXPECTED_CODE),
                answer,
            ),
        )
        return request

    def stop(self, wait_ms: int = STOP_WAIT_MS) -> bool:
        """Cancel and end the thread; False if it did not end within `wait_ms`.

        A later fetch() starts a fresh thread.
        """
        self._serial += 1
        worker, lane = self._worker, self._lane
        self._worker = self._lane = None
        if worker is None or lane is None:
            return True
        finished = worker.stop(wait_ms / 1000, lambda: lane.want(-1))
        if not finished:
            log.warning("an activity fetch did not stop within %d ms; leaving it to end", wait_ms)
        return finished

    def _deliver(self, outcome: PageAnswer | None, answer: Callable[[PageAnswer], None]) -> None:
        if outcome is None or outcome.request.serial != self._serial:
            return  # an answer to a request the merchant has moved on from
        answer(outcome)
