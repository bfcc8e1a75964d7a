"""Poller: fetches each account's balance on a schedule, every account in a lane of its own.

The schedule lives in the main thread and is cheap; the requests run in one worker thread per
account (app.background.Worker), so an account whose requests hang never delays another's.
Regular polls are spread over the interval, about interval ÷ accounts apart; Refresh now and
the first round fetch every account at once. Failures are retried with exponential backoff and
jitter, scheduled, never slept. Keys reach the lanes through one narrow, thread-safe lookup;
signals carry account ids only. The clock is injectable, so tests can drive the schedule.
"""

from __future__ import annotations

import hashlib
import logging
import math
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from omise_tray.app.background import Timer, Worker, stop_all
from omise_tray.config import ApiEndpoint
from omise_tray.core.balance import Balance
from omise_tray.core.errors import NO_KEY_CODE, NO_KEY_STORED, ErrorKind
from omise_tray.core.snapshot import PollError, Snapshot
from omise_tray.omise.errors import OmiseError

if TYPE_CHECKING:  # the HTTP client is imported in the lanes, not on the way to the window
    from omise_tray.omise.client import OmiseClient

log = logging.getLogger(__name__)

KeyLookup = Callable[[str], str | None]
"""Returns the secret key of an account id, or None; must be safe to call from any thread."""

Clock = Callable[[], float]
"""Monotonic seconds; time.monotonic in the app, a hand-driven clock in tests."""

BACKOFF_BASE = 5.0
DEFAULT_DEADLINE = 20.0
REFRESH_COALESCE_MS = 150
UNEXPECTED = "The balance could not be checked; details are in the log."
_LONGEST_WAIT_MS = 24 * 3600 * 1000
_EARLY = 0.01  # an account due within this many seconds goes in the current round


class WorkerKeys:
    """The keys the lanes may use, in memory: the main thread fills it, the lanes read it."""

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
    """When an account is next due, its place in each interval, and how it is doing."""

    due: float
    phase: float = 0.0  # seconds into each interval where this account's regular polls fall
    failures: int = 0
    in_flight: bool = False


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


class _NoKey:
    """What a lane answers when the account has no key to use."""


Outcome = Balance | OmiseError | _NoKey


class _Lane:
    """One account's requests, in a worker thread of its own; keeps its connection open."""

    def __init__(self, account_id: str) -> None:
        self.worker = Worker(f"poll-{account_id}", finish=self._close)
        self._lock = threading.Lock()
        self._client: OmiseClient | None = None
        self._made_for: tuple[bytes, str, str] | None = None
        self._cancelled = False

    def fetch(
        self, account_id: str, key_for: KeyLookup, endpoint: ApiEndpoint, deadline: float
    ) -> Outcome:
        """Runs in the lane's thread: one balance request with this account's key."""
        key = key_for(account_id)
        if key is None:
            return _NoKey()
        identity = (hashlib.sha256(key.encode()).digest(), endpoint.base, endpoint.version)
        client = self._client
        if client is None or identity != self._made_for:
            from omise_tray.omise.client import OmiseClient  # in this thread, not the UI's

            if client is not None:
                client.close()
            try:
                client = OmiseClient(
                    key, api_base=endpoint.base, api_version=endpoint.version, deadline=deadline
                )
            except OmiseError as exc:
                self._client = None
                return exc
            with self._lock:
                self._client, self._made_for = client, identity
                if self._cancelled:
                    client.abort()
        del key
        try:
            return client.balance()
        except OmiseError as exc:
            return exc

    def cancel(self) -> None:
        """Thread-safe: cut the request in flight short; the lane takes no more."""
        with self._lock:
            self._cancelled = True
            client = self._client
        if client is not None:
            client.abort()

    def _close(self) -> None:
        """Runs in the lane's thread as it ends: release the connection kept open."""
        if self._client is not None:
            self._client.close()


class Poller(QObject):
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
        clock: Clock = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._endpoint = endpoint
        self._key_for = key_for
        self._interval = max(float(endpoint.min_interval), interval)
        self._deadline = deadline
        self._rng = random.Random(seed)
        self._clock = clock
        self._epoch = clock()
        self._schedule: dict[str, _Schedule] = {}
        self._lanes: dict[str, _Lane] = {}
        self._retired: list[_Lane] = []
        self._paused = False
        self._forced = False  # a Refresh now runs one round even while paused
        self._started = False
        self._stopping = False
        self._busy = False
        self._timer = Timer("poll-timer", self, single_shot=True)
        self._timer.timeout.connect(self.wake)

    @property
    def interval(self) -> float:
        return self._interval

    @property
    def in_flight(self) -> tuple[str, ...]:
        """The accounts whose request is under way."""
        return tuple(aid for aid, entry in self._schedule.items() if entry.in_flight)

    @property
    def lanes_running(self) -> int:
        """How many lane threads are alive (none once stop() has returned True)."""
        lanes = [*self._lanes.values(), *self._retired]
        return sum(1 for lane in lanes if lane.worker.running)

    def next_due(self) -> float | None:
        """The clock time the next account is due, None when none is (paused or no accounts)."""
        waiting = [e.due for e in self._schedule.values() if not e.in_flight]
        if not waiting or (self._paused and not self._forced):
            return None
        return min(waiting)

    def start(self) -> None:
        """Begin polling (the first round fetches every account at once)."""
        self._started = True
        self._reschedule()

    @Slot(object)
    def set_accounts(self, account_ids: tuple[str, ...]) -> None:
        """Poll exactly these accounts; new ones are due at once, known ones keep their time."""
        now = self._clock()
        old = self._schedule
        self._schedule = {aid: old.get(aid) or _Schedule(due=now) for aid in account_ids}
        for aid in set(self._lanes) - set(account_ids):
            self._retire(aid)
        self._place()
        self._reschedule()

    @Slot(str)
    def refresh_account(self, account_id: str) -> None:
        """Poll one account soon (after a key changed), whatever its backoff."""
        entry = self._schedule.get(account_id)
        if entry is not None:
            entry.due, entry.failures = self._clock(), 0
            self._reschedule()

    @Slot(float)
    def set_interval(self, seconds: float) -> None:
        self._interval = max(float(self._endpoint.min_interval), seconds)
        self._place()
        now = self._clock()
        for entry in self._schedule.values():
            entry.due = min(entry.due, now + self._interval)
        self._reschedule()

    @Slot(object)
    def set_endpoint(self, endpoint: ApiEndpoint) -> None:
        """Ask another API version (or base) from the next poll on."""
        self._endpoint = endpoint

    @Slot()
    def refresh_now(self) -> None:
        """Poll every account now, all at once; repeated calls make one round.

        It works while paused too: the user asked for fresh figures once, not for polling.
        """
        self._forced = True
        now = self._clock()
        for entry in self._schedule.values():
            entry.due = min(entry.due, now)
        if self._started and not self._stopping:
            self._timer.start(0)

    @Slot(bool)
    def set_paused(self, paused: bool) -> None:
        self._paused = paused
        self._reschedule()

    @Slot()
    def wake(self) -> None:
        """Send every request that is due by the clock, then wait for the next one."""
        if not self._started or self._stopping:
            return
        forced, self._forced = self._forced, False
        if not self._paused or forced:
            now = self._clock()
            for account_id, entry in self._schedule.items():
                if entry.due <= now + _EARLY and not entry.in_flight:
                    self._send(account_id, entry)
        self._reschedule()

    def stop(self, wait_ms: int = 1000) -> bool:
        """Cancel every request in flight and end the lanes; False if one did not end in time
        (a name lookup cannot be interrupted: it is left behind, its answer unused)."""
        self._stopping = True
        self._timer.stop()
        lanes = [*self._lanes.values(), *self._retired]
        for lane in lanes:
            lane.cancel()
        stopped = stop_all([lane.worker for lane in lanes], wait_ms / 1000)
        if not stopped:
            log.error("a poll lane did not stop within %d ms", wait_ms)
        return stopped

    # -- the schedule --------------------------------------------------------------------------

    def _place(self) -> None:
        """Spread the accounts' regular polls evenly over the interval."""
        count = len(self._schedule)
        for index, entry in enumerate(self._schedule.values()):
            entry.phase = self._interval * index / max(1, count)

    def _regular_due(self, entry: _Schedule, now: float) -> float:
        """The account's next place in the interval, at least half an interval from now."""
        offset = self._epoch + entry.phase
        turns = math.ceil((now + self._interval / 2 - offset) / self._interval)
        return offset + turns * self._interval

    def _reschedule(self) -> None:
        if not self._started or self._stopping:
            return
        due = self.next_due()
        if due is None:
            self._timer.stop()
            return
        wait_ms = max(0, math.ceil((due - self._clock()) * 1000))
        self._timer.start(min(wait_ms, _LONGEST_WAIT_MS))

    def _send(self, account_id: str, entry: _Schedule) -> None:
        lane = self._lanes.get(account_id)
        if lane is None:
            lane = self._lanes[account_id] = _Lane(account_id)
        entry.in_flight = True
        key_for, endpoint, deadline = self._key_for, self._endpoint, self._deadline
        lane.worker.submit(
            lambda: lane.fetch(account_id, key_for, endpoint, deadline),
            lambda outcome: self._landed(account_id, lane, outcome),
            lambda error: self._landed(account_id, lane, error),
        )
        self._set_busy()

    def _landed(self, account_id: str, lane: _Lane, outcome: Outcome | BaseException) -> None:
        entry = self._schedule.get(account_id)
        if self._stopping or entry is None or self._lanes.get(account_id) is not lane:
            return  # stopped, or the account was removed while its request was in flight
        entry.in_flight = False
        now = self._clock()
        if isinstance(outcome, Balance):
            entry.failures = 0
            entry.due = self._regular_due(entry, now)
            self.snapshot_ready.emit(Snapshot(account_id, outcome, datetime.now(UTC)))
        elif isinstance(outcome, _NoKey):
            entry.due = self._regular_due(entry, now)
            self._fail(
                account_id, ErrorKind.CONFIGURATION, NO_KEY_STORED, None, None, code=NO_KEY_CODE
            )
        elif isinstance(outcome, OmiseError):
            self._failed(account_id, entry, outcome, now)
        else:  # a bug in the lane: logged there with its traceback
            entry.failures += 1
            delay = backoff_delay(entry.failures, self._interval, None, self._rng)
            entry.due = now + delay
            self._fail(account_id, ErrorKind.INVALID_RESPONSE, UNEXPECTED, delay, None)
        self._set_busy()
        self._reschedule()

    def _failed(self, account_id: str, entry: _Schedule, exc: OmiseError, now: float) -> None:
        if exc.kind in (ErrorKind.AUTH, ErrorKind.CONFIGURATION, ErrorKind.REQUEST):
            delay = self._interval  # retrying sooner will not fix a rejected key
            entry.due = self._regular_due(entry, now)
        else:
            entry.failures += 1
            delay = backoff_delay(entry.failures, self._interval, exc.server_retry_after, self._rng)
            entry.due = now + delay
        log.info(
            "poll of %s failed (%s, status %s); next try in %.1f s",
            account_id,
            exc.kind.value,
            exc.status,
            delay,
        )
        self._fail(
            account_id,
            exc.kind,
            exc.message,
            delay,
            exc.status,
            code=exc.code,
            server_text=exc.server_text,
        )

    def _retire(self, account_id: str) -> None:
        lane = self._lanes.pop(account_id)
        lane.worker.ask_to_stop(lane.cancel)
        self._retired = [old for old in self._retired if old.worker.running]
        self._retired.append(lane)

    def _set_busy(self) -> None:
        busy = any(entry.in_flight for entry in self._schedule.values())
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _fail(
        self,
        account_id: str,
        kind: ErrorKind,
        message: str,
        retry_in: float | None,
        status: int | None,
        *,
        code: str | None = None,
        server_text: str | None = None,
    ) -> None:
        self.poll_failed.emit(
            PollError(
                account_id, kind, message, datetime.now(UTC), retry_in, status, code, server_text
            )
        )


class PollControl(QObject):
    """The app's requests to the poller, as signals.

    Refresh requests are coalesced here: presses within REFRESH_COALESCE_MS make one round.
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
        self._coalesce = Timer(
            "refresh-coalesce-timer", self, interval_ms=REFRESH_COALESCE_MS, single_shot=True
        )
        self._coalesce.timeout.connect(self._refresh_once.emit)
        self.refresh_requested.connect(self._queue_refresh)

    @property
    def refresh_pending(self) -> bool:
        """Whether a Refresh now is waiting for its presses to settle."""
        return self._coalesce.isActive()

    def _queue_refresh(self) -> None:
        if not self._coalesce.isActive():
            self._coalesce.start()

    def connect_to(self, poller: Poller) -> None:
        self.accounts_changed.connect(poller.set_accounts)
        self._refresh_once.connect(poller.refresh_now)
        self.refresh_account.connect(poller.refresh_account)
        self.paused_changed.connect(poller.set_paused)
        self.interval_changed.connect(poller.set_interval)
        self.endpoint_changed.connect(poller.set_endpoint)
