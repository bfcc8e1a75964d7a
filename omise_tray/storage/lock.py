"""A lock file beside a shared file, so the app and the commands take turns changing it.

fcntl.flock on Linux and macOS, msvcrt.locking on Windows; both are released by the operating
system when a process dies, so a crash never leaves the file locked. The lock is reentrant
within one process (a store may update while the caller holds it) and shared by every thread.
"""

from __future__ import annotations

import errno
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from omise_tray.config import make_private_folder

DEFAULT_WAIT = 10.0
_RETRY_SECONDS = 0.02
BUSY_SENTENCE = "another Omise Tray program is changing it; try again in a moment"


class LockBusyError(TimeoutError):
    """The lock stayed held by another process (or thread) for longer than the wait allowed."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.ETIMEDOUT, BUSY_SENTENCE, str(path))


class _Holder:
    """This process's hold on one lock file: a thread lock, how deep, and the open file."""

    __slots__ = ("depth", "fd", "turn")

    def __init__(self) -> None:
        self.turn = threading.RLock()
        self.depth = 0
        self.fd: int | None = None


_holders: dict[str, _Holder] = {}
_holders_guard = threading.Lock()


def _forget_holds() -> None:
    # A child forked while this process held a lock does not hold it.
    _holders.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_holds)


def _holder(path: Path) -> _Holder:
    key = os.path.abspath(path)
    with _holders_guard:
        return _holders.setdefault(key, _Holder())


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _open_lock_file(path: Path) -> int:
    make_private_folder(path.parent)
    return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)


@contextmanager
def held(path: Path, *, wait: float = DEFAULT_WAIT) -> Iterator[None]:
    """Hold the lock at `path` for the block; raises LockBusyError after `wait` seconds.

    The lock file itself is never deleted: removing it while another process waits on it
    would let two processes believe they hold the lock.
    """
    holder = _holder(path)
    give_up_at = time.monotonic() + wait
    if not holder.turn.acquire(timeout=wait):
        raise LockBusyError(path)
    try:
        if holder.depth == 0:
            fd = _open_lock_file(path)
            while not _try_lock(fd):
                if time.monotonic() >= give_up_at:
                    os.close(fd)
                    raise LockBusyError(path)
                time.sleep(_RETRY_SECONDS)
            holder.fd = fd
        holder.depth += 1
        try:
            yield
        finally:
            holder.depth -= 1
            if holder.depth == 0 and holder.fd is not None:
                fd, holder.fd = holder.fd, None
                try:
                    _unlock(fd)
                finally:
                    os.close(fd)
    finally:
        holder.turn.release()
