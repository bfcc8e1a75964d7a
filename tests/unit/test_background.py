"""The background helper: named timers, and worker threads that hand results back."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from omise_tray.app.background import Timer, Worker, stop_all


def test_a_timer_says_in_the_debug_log_which_timer_fired(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    timer = Timer("balance-cache-timer", interval_ms=1, single_shot=True)
    with caplog.at_level(logging.DEBUG, logger="omise_tray.app.background"):
        with qtbot.waitSignal(timer.timeout, timeout=2000):
            timer.start()
        QCoreApplication.processEvents()
    assert "timer balance-cache-timer fired" in caplog.text
    assert timer.objectName() == "balance-cache-timer" and timer.isSingleShot()


def test_a_jobs_result_comes_back_to_the_thread_that_made_the_worker(qtbot: QtBot) -> None:
    worker = Worker("test-worker")
    ran_in: list[str] = []
    delivered_in: list[tuple[int, str]] = []

    def job() -> int:
        ran_in.append(threading.current_thread().name)
        return 42

    worker.submit(
        job, lambda result: delivered_in.append((result, threading.current_thread().name))
    )
    qtbot.waitUntil(lambda: bool(delivered_in), timeout=5000)
    assert ran_in == ["test-worker"]
    assert delivered_in == [(42, threading.main_thread().name)]
    assert worker.stop(1.0) and not worker.running


def test_a_job_that_raises_is_logged_and_reported_and_the_thread_goes_on(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    worker = Worker("test-worker")
    failures: list[BaseException] = []
    results: list[int] = []

    def broken() -> int:
        raise RuntimeError("a bug")

    worker.submit(broken, results.append, failures.append)
    worker.submit(lambda: 7, results.append)
    qtbot.waitUntil(lambda: results == [7], timeout=5000)
    assert [str(error) for error in failures] == ["a bug"]
    assert "a job of worker test-worker failed" in caplog.text
    assert worker.stop(1.0)


def test_stop_cancels_the_job_in_flight_and_delivers_nothing_after(qtbot: QtBot) -> None:
    worker = Worker("test-worker")
    release = threading.Event()
    started = threading.Event()
    delivered: list[str] = []

    def slow() -> str:
        started.set()
        release.wait(30)
        return "late"

    worker.submit(slow, delivered.append)
    assert started.wait(5)
    assert worker.stop(1.0, cancel=release.set)  # the cancel is what lets the job end
    QCoreApplication.processEvents()
    assert delivered == [] and not worker.running


def test_a_worker_that_cannot_stop_in_time_is_left_behind_and_says_so(qtbot: QtBot) -> None:
    workers = [Worker(f"stuck-{n}") for n in range(2)]
    release = threading.Event()
    for worker in workers:
        worker.submit(lambda: release.wait(30), lambda _r: None)
    qtbot.waitUntil(lambda: all(w.busy for w in workers), timeout=5000)
    assert not stop_all(workers, 0.2)
    release.set()
    qtbot.waitUntil(lambda: not any(w.running for w in workers), timeout=5000)


def test_a_closed_worker_finishes_its_queue_then_ends(qtbot: QtBot) -> None:
    worker = Worker("test-worker")
    results: list[int] = []
    for number in range(3):
        worker.submit(lambda number=number: number, results.append)  # type: ignore[misc]
    worker.close()
    worker.submit(lambda: 99, results.append)  # refused: the worker is closed
    qtbot.waitUntil(lambda: results == [0, 1, 2], timeout=5000)
    assert worker.wait(1.0)
