"""Background work for the coordinators: a named worker thread and named timers.

A Worker runs jobs one at a time in a thread of its own and hands each result back, queued,
to the thread that made it (the UI thread): nothing slow ever runs there, and nothing from the
worker touches a widget. Its thread is a plain daemon thread, not a QThread, so a job stuck in
a call that cannot be interrupted (a name lookup, a keyring waiting for its unlock window) can
be left behind at quit without Qt aborting the process.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

log = logging.getLogger(__name__)


class Timer(QTimer):
    """A QTimer with a name that says, in the debug log, which timer fired."""

    def __init__(
        self,
        name: str,
        parent: QObject | None = None,
        *,
        interval_ms: int = 0,
        single_shot: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setInterval(interval_ms)
        self.setSingleShot(single_shot)
        self.timeout.connect(self._fired)

    def _fired(self) -> None:
        log.debug("timer %s fired", self.objectName())

    def __repr__(self) -> str:
        return f"Timer({self.objectName()!r}, {self.interval()} ms)"


class _Courier(QObject):
    """Lives in the owner's thread; a signal emitted from the worker reaches it queued."""

    arrived = Signal(object)  # a zero-argument callable to run in the owner's thread

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self._run)

    def _run(self, handover: Callable[[], None]) -> None:
        handover()


_Deliver = Callable[[Any], None]
_Failed = Callable[[BaseException], None]
_Job = tuple[Callable[[], Any], _Deliver, _Failed | None]


class Worker:
    """A named thread that runs jobs in order and hands each result back to its owner's thread.

    `submit(job, deliver, failed)`: `job()` runs in the worker thread, `deliver(result)` later
    in the thread that made the Worker. A job that raises is logged with its traceback, and
    `failed(error)` is called instead, if given. After stop() nothing more is delivered.
    `finish()`, if given, runs in the worker thread as it ends (to release what jobs opened).
    """

    def __init__(self, name: str, *, finish: Callable[[], None] | None = None) -> None:
        self.name = name
        self._finish = finish
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._courier = _Courier()
        self._thread: threading.Thread | None = None
        self._stopped = False
        self._closed = False
        self._busy = threading.Event()

    def __repr__(self) -> str:
        return f"Worker({self.name!r}, {'running' if self.running else 'not running'})"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def busy(self) -> bool:
        """Whether a job is running now."""
        return self._busy.is_set()

    def start(self) -> None:
        if self._thread is not None or self._stopped:
            return
        # The thread holds this Worker, so the last reference to it, and to the courier, may go
        # in the worker thread; a QObject deleted outside its own thread crashes the process.
        # Owned by the application, the courier is deleted only in its thread, by deleteLater
        # once the worker thread is done with it (see _run).
        owner = QCoreApplication.instance()
        if owner is not None:
            self._courier.setParent(owner)
        self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
        self._thread.start()

    def submit(
        self, job: Callable[[], Any], deliver: _Deliver, failed: _Failed | None = None
    ) -> None:
        """Queue a job; starts the thread if it is not running yet. Ignored after stop() or
        close()."""
        if self._stopped or self._closed:
            return
        self.start()
        self._jobs.put((job, deliver, failed))

    def close(self) -> None:
        """Take no more jobs: the thread ends once those queued are done and delivered."""
        self._closed = True
        self._jobs.put(None)

    def ask_to_stop(self, cancel: Callable[[], None] | None = None) -> None:
        """Take no more jobs, deliver nothing more, and `cancel()` the job running; no wait."""
        self._stopped = True
        self._jobs.put(None)
        if cancel is not None:
            cancel()

    def wait(self, seconds: float) -> bool:
        """Wait for the thread to end; False if it is still running after `seconds` (it is then
        left behind: a daemon thread whose results go nowhere)."""
        thread = self._thread
        if thread is None:
            return True
        thread.join(max(0.0, seconds))
        if thread.is_alive():
            log.warning("worker %s did not stop within %.2f s", self.name, seconds)
            return False
        return True

    def stop(self, seconds: float, cancel: Callable[[], None] | None = None) -> bool:
        """ask_to_stop(cancel), then wait(seconds)."""
        self.ask_to_stop(cancel)
        return self.wait(seconds)

    def _run(self) -> None:
        try:
            self._serve()
        finally:
            if self._finish is not None:
                self._finish()
            courier = self._courier
            with contextlib.suppress(RuntimeError):  # the application is already gone
                courier.arrived.emit(courier.deleteLater)

    def _serve(self) -> None:
        while True:
            item = self._jobs.get()
            if item is None or self._stopped:
                return
            job, deliver, failed = item
            self._busy.set()
            try:
                result = job()
            except Exception as exc:  # a bug in a job must not end the thread silently
                log.exception("a job of worker %s failed", self.name)
                if failed is not None:
                    self._hand_over(failed, exc)
                continue
            finally:
                self._busy.clear()
            self._hand_over(deliver, result)

    def _hand_over(self, deliver: Callable[[Any], None], result: Any) -> None:
        def handover() -> None:
            if not self._stopped:
                deliver(result)

        try:
            self._courier.arrived.emit(handover)
        except RuntimeError:  # the owner's side is gone (the app is quitting): nobody to tell
            log.debug("worker %s finished after its owner went away", self.name)


def stop_all(workers: list[Worker], seconds: float) -> bool:
    """Stop several workers (already cancelled) within one shared time; True if all ended."""
    for worker in workers:
        worker.ask_to_stop()
    ends_at = time.monotonic() + seconds
    return all([worker.wait(ends_at - time.monotonic()) for worker in workers])


class MainThreadCollector:
    """Python's cycle collector, run on the main thread only.

    Left to itself the collector runs in whichever thread happens to allocate, and a Qt object
    caught in a reference cycle is then deleted outside its own thread, which crashes the
    process. Automatic collection is turned off and a timer collects every `every_ms` instead.
    """

    def __init__(self, parent: QObject, every_ms: int = 10_000) -> None:
        gc.disable()
        self.timer = Timer("garbage-collection", parent, interval_ms=every_ms)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    @staticmethod
    def collect() -> int:
        return gc.collect()
