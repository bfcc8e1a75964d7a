"""The settings the running app follows, shared with the command line and any other editor.

Every write is a read-modify-write of the file as it is now, under the lock beside it, so no
writer drops what another added. Writes and loads run in a thread of their own (the lock may
be held for a while by another program, one waiting for its keyring's unlock window, say), in
the order asked. A change made elsewhere is noticed within seconds: a watcher on the folder
reacts at once, and a check every few seconds catches what the watcher misses.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Signal

from omise_tray.app.background import Timer, Worker
from omise_tray.storage.settings import LoadedSettings, Settings, SettingsStore

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 2000  # how often the file is looked at, whatever the watcher says
SETTLE_MS = 150  # after the watcher fires: an editor may write a file in several steps

Deliver = Callable[[Any], None]
Failed = Callable[[Exception], None]


class _Job(NamedTuple):
    """Work for the settings thread and what to do with its result in the UI thread."""

    work: Callable[[], Any]
    deliver: Deliver
    failed: Failed | None
    writes: int  # how many writes had been asked for when this job was
    load: bool = False  # a load of the file, out of date once a later write is asked for


class SharedSettings(QObject):
    """The settings now (`current`), their changes announced with `changed`, and the thread
    in which they are read and written.

    `notices` brings sentences from loading the file that the user has not been told yet (a
    field reset to its default, a damaged file kept aside). With `shared` False (the demo)
    the settings live in memory only: nothing is read or written, nothing is watched.
    """

    changed = Signal(object)  # Settings
    notices = Signal(object)  # tuple[str, ...]

    def __init__(
        self,
        store: SettingsStore,
        settings: Settings,
        *,
        shared: bool = True,
        told: tuple[str, ...] = (),
        parent: QObject | None = None,
    ) -> None:
        """`store` has loaded `settings` (or written them); `told` are the sentences from
        that load the user is told at start."""
        super().__init__(parent)
        self.store = store
        self.shared = shared
        self._current = settings
        self._in_memory = settings  # the demo's settings, owned by the settings thread
        self._told = set(told)
        self._writes = 0
        self._checking = False
        self._stopped = False

        self._worker = Worker("settings")

        self._check = Timer("settings-check", self, interval_ms=CHECK_EVERY_MS)
        self._check.timeout.connect(self.check_now)
        self._settle = Timer("settings-settle", self, interval_ms=SETTLE_MS, single_shot=True)
        self._settle.timeout.connect(self.check_now)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _folder: self._settle.start())

    @property
    def current(self) -> Settings:
        return self._current

    def start(self) -> None:
        self._worker.start()
        if self.shared:
            self._watch_folder()
            self._check.start()

    def _watch_folder(self) -> None:
        folder = str(self.store.path.parent)
        if folder not in self._watcher.directories() and self.store.path.parent.is_dir():
            self._watcher.addPath(folder)

    def stop(self, timeout_ms: int) -> bool:
        """Take no more work and end the thread once the writes asked for are done, so an edit
        made just before quitting still reaches the file; False if one still runs after
        `timeout_ms` (a write waiting for the lock)."""
        self._stopped = True
        self._check.stop()
        self._settle.stop()
        directories = self._watcher.directories()
        if directories:
            self._watcher.removePaths(directories)
        self._worker.close()
        finished = self._worker.wait(timeout_ms / 1000)
        if not finished:
            log.warning("the settings thread did not end within %d ms of quitting", timeout_ms)
        return finished

    # -- in the UI thread ----------------------------------------------------------------

    def adopt(self, settings: Settings) -> None:
        """Run with these settings from now on; `changed` when they differ."""
        if settings != self._current:
            self._current = settings
            self.changed.emit(settings)

    def run(
        self,
        work: Callable[[], Any],
        deliver: Deliver,
        failed: Failed | None = None,
        *,
        writes: bool = False,
        load: bool = False,
    ) -> None:
        """Run `work()` in the settings thread; its result goes to `deliver` (its exception to
        `failed`) in the UI thread. `writes`: the work may change the settings, so a load
        asked for before it is out of date by the time it answers. Ignored after stop()."""
        if self._stopped:
            return
        if writes:
            self._writes += 1
        job = _Job(work, deliver, failed, self._writes, load)
        self._worker.submit(
            work,
            lambda result: self._on_done(job, result, None),
            lambda error: self._on_done(job, None, error),
        )

    def write(self, change: Callable[[Settings], Settings], failed: Failed) -> None:
        """Apply `change` to the settings as they are in the file now, and follow the result."""
        self.run(lambda: self.apply(change), self._written, failed, writes=True)

    def check_now(self) -> None:
        """Load the file if it changed since this app last read or wrote it."""
        if not self.shared or self._checking or self._stopped:
            return
        self._watch_folder()  # the folder may have been made since the start
        self._checking = True
        self.run(self._load_if_changed, self._loaded, lambda _error: self._checked(), load=True)

    def _checked(self) -> None:
        self._checking = False

    def _written(self, loaded: LoadedSettings) -> None:
        self._tell(loaded)
        self.adopt(loaded.settings)

    def _loaded(self, loaded: LoadedSettings | None) -> None:
        self._checked()
        if loaded is None:
            return
        self._tell(loaded)
        self.adopt(loaded.settings)

    def _tell(self, loaded: LoadedSettings) -> None:
        # Told once, whichever language the app speaks when the file is read again.
        said = zip(loaded.messages, loaded.sentences(QCoreApplication.translate), strict=True)
        fresh = [(english, sentence) for english, sentence in said if english not in self._told]
        if fresh:
            self._told.update(english for english, _sentence in fresh)
            self.notices.emit(tuple(sentence for _english, sentence in fresh))

    def _on_done(self, job: _Job, result: object, error: BaseException | None) -> None:
        if job.load and job.writes != self._writes:
            # A write asked for after this load answers with the file as it is then.
            self._checked()
            if isinstance(result, LoadedSettings):
                self._tell(result)
            return
        if error is None:
            job.deliver(result)
        elif job.failed is not None and isinstance(error, Exception):
            job.failed(error)

    # -- in the settings thread (inside `run`'s work) ------------------------------------

    def _load_if_changed(self) -> LoadedSettings | None:
        if not self.store.changed_elsewhere():
            return None
        return self.store.load()

    @contextmanager
    def locked(self) -> Iterator[LoadedSettings]:
        """Hold the settings lock for the block and yield the settings as they are now."""
        if not self.shared:
            yield LoadedSettings(self._in_memory)
            return
        with self.store.locked() as loaded:
            yield loaded

    def apply(self, change: Callable[[Settings], Settings]) -> LoadedSettings:
        """Apply `change` to the settings as they are now and keep the result. Raises what
        `change` raises, or OSError when the file cannot be written (nothing changes)."""
        if not self.shared:
            self._in_memory = change(self._in_memory)
            return LoadedSettings(self._in_memory)
        return self.store.update(change)
