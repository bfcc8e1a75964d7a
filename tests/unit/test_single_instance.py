"""One instance per profile: the lock decides at once, the answering server comes later."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from omise_tray.system.single_instance import SingleInstance
from tests.support.read_only import read_only


def test_the_lock_is_held_before_anything_listens(tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    try:
        assert not SingleInstance(tmp_path).acquire()
        # Nothing listens yet, so a second start cannot reach the first one.
        started = time.monotonic()
        assert not SingleInstance(tmp_path).activate_running(timeout_ms=300)
        assert time.monotonic() - started >= 0.25  # it kept trying until its timeout
    finally:
        first.release()
    again = SingleInstance(tmp_path)
    assert again.acquire()  # released: the next start is first again
    again.release()


def _second_start(folder: Path, timeout_ms: int) -> subprocess.Popen[bytes]:
    """Another process asking the first instance to come forward, as a second start does."""
    code = (
        "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication; "
        "from omise_tray.system.single_instance import SingleInstance; app = QCoreApplication([]); "
        f"sys.exit(0 if SingleInstance(Path(sys.argv[1])).activate_running({timeout_ms}) else 1)"
    )
    return subprocess.Popen([sys.executable, "-c", code, str(folder)])


def test_a_second_start_waits_for_the_first_to_listen(tmp_path: Path, qtbot: QtBot) -> None:
    """The first instance opens its server only after its window has painted; a second start
    during that moment keeps trying instead of saying the first one did not answer."""
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = _second_start(tmp_path, 10_000)
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=15_000):
            qtbot.wait(1500)  # the second start has found nobody listening and is retrying
            assert second.poll() is None
            first.listen()
        assert second.wait(10) == 0
    finally:
        second.kill()
        second.wait()
        first.release()


def test_listening_twice_keeps_one_server(tmp_path: Path, qtbot: QtBot) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    try:
        first.listen()
        first.listen()
        with qtbot.waitSignal(first.activation_requested, timeout=15_000):
            second = _second_start(tmp_path, 5000)
            qtbot.waitUntil(lambda: second.poll() is not None, timeout=15_000)
        assert second.returncode == 0
    finally:
        first.release()


def test_a_read_only_settings_folder_is_reported_as_what_it_is(tmp_path: Path) -> None:
    with read_only(tmp_path):
        instance = SingleInstance(tmp_path)
        started = time.monotonic()
        assert not instance.acquire()
        assert time.monotonic() - started < 1  # no waiting for an instance that is not there
    assert instance.problem == (
        f"Omise Tray cannot start: its settings folder {tmp_path} cannot be written (it is "
        "read-only). Check the folder's permissions and the free space on its disk."
    )


def test_a_settings_folder_that_cannot_be_made_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "omise-tray"
    with read_only(tmp_path):
        instance = SingleInstance(folder)
        assert not instance.acquire()
    # The system's own words say why: "Read-only file system" or "Permission denied".
    assert instance.problem is not None
    assert instance.problem.startswith(
        f"Omise Tray cannot start: its settings folder {folder} cannot be written ("
    )
    assert instance.problem.endswith(
        "Check the folder's permissions and the free space on its disk."
    )


def test_another_running_instance_is_no_problem(tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    try:
        second = SingleInstance(tmp_path)
        assert not second.acquire()
        assert second.problem is None
    finally:
        first.release()
