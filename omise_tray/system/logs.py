"""Logging to a rotating file in the log folder, with every record passed through key redaction.

Each record is one line: a line break or escape sequence inside it (an error code sent by a
server, a traceback) is written as a visible escape, so no text can forge a record or act on
the terminal that shows the log.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from omise_tray.config import make_private_folder
from omise_tray.core.redact import redact
from omise_tray.storage.permissions import private_opener, tighten

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 3

_installed: list[logging.Handler] = []  # ours to replace; handlers others added stay


class RotatingLog(logging.FileHandler):
    """A log file that moves aside once it would pass `max_bytes`, keeping `backups` older files
    (`name.1` the newest of them).

    The standard library's RotatingFileHandler does the same, but its module brings sockets,
    pickle and queues that the app would load before its first window for nothing.
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes = max_bytes
        self.backups = backups
        self.broken = False  # the file could not be written: said once, then quiet

    def _open(self) -> io.TextIOWrapper:
        return open(self.baseFilename, "a", encoding="utf-8", opener=private_opener)

    def emit(self, record: logging.LogRecord) -> None:
        if self.broken:
            return
        try:
            if self._would_overflow(record):
                self._rotate()
        except Exception:  # logging must never take the app down
            self.handleError(record)
            return
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        """Say once on stderr that the log cannot be written, then drop records quietly
        (the standard handler prints a traceback for every record)."""
        if self.broken:
            return
        self.broken = True
        reason = sys.exc_info()[1]
        why = getattr(reason, "strerror", None) or reason or "unknown error"
        with contextlib.suppress(Exception):
            print(
                f"omise-tray: cannot write the log file {self.baseFilename} ({why}); "
                "going on without a log.",
                file=sys.stderr,
            )
        with contextlib.suppress(Exception):
            self.close()

    def _would_overflow(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        size = self.stream.seek(0, os.SEEK_END)
        added = len((self.format(record) + self.terminator).encode("utf-8"))
        return size > 0 and size + added > self.max_bytes

    def _rotate(self) -> None:
        self.close()
        path = Path(self.baseFilename)
        for number in range(self.backups - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                older.replace(path.with_name(f"{path.name}.{number + 1}"))
        path.replace(path.with_name(f"{path.name}.1"))


# Compiled on first use by re's own cache, not on import (README, Performance).
_UNSAFE_IN_A_LINE = (
    r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
    r"\u2066-\u2069\ud800-\udfff]"
)
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r"}


def _visible(match: re.Match[str]) -> str:
    character = match[0]
    named = _NAMED_ESCAPES.get(character)
    if named is not None:
        return named
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class OneLineFormatter(logging.Formatter):
    """Formats a record as exactly one line; control, direction and line-break characters in
    its text (and its traceback) become visible escapes such as \\n and \\x1b."""

    def format(self, record: logging.LogRecord) -> str:
        return re.sub(_UNSAFE_IN_A_LINE, _visible, super().format(record))


class LogOnFirstRecord(logging.Handler):
    """The rotating log, looked up and opened when the first record arrives.

    A command that has nothing to log never looks up the user's folders (platformdirs) nor
    touches the disk; a folder that cannot be written is said once on stderr, then ignored.
    """

    def __init__(self, where: Callable[[], Path]) -> None:
        super().__init__()
        self._where = where
        self._log: RotatingLog | None = None
        self._unwritable = False

    def emit(self, record: logging.LogRecord) -> None:
        if self._log is None and not self._unwritable:
            self._log = self._open()
        if self._log is not None:
            self._log.emit(record)

    def _open(self) -> RotatingLog | None:
        path = self._where()
        try:
            make_private_folder(path.parent)
            for number in range(BACKUPS + 1):
                tighten(path.with_name(f"{path.name}.{number}") if number else path)
        except OSError as exc:
            self._unwritable = True
            print(
                f"omise-tray: cannot write the log file {path} ({exc.strerror or exc}); "
                "going on without a log.",
                file=sys.stderr,
            )
            return None
        log = RotatingLog(path, MAX_BYTES, BACKUPS)
        log.setFormatter(self.formatter)
        return log

    def flush(self) -> None:
        if self._log is not None:
            self._log.flush()

    def close(self) -> None:
        if self._log is not None:
            self._log.close()
        super().close()


class KeyRedactingFilter(logging.Filter):
    """Second line of defence: masks anything shaped like an Omise key in a record's text."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if record.exc_info and record.exc_info[1] is not None:
            # Render the traceback now so it can be redacted too, then drop the live exception.
            formatter = logging.Formatter()
            record.exc_text = redact(formatter.formatException(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if cleaned != message or record.args:
            record.msg = cleaned
            record.args = None
        return True


class HeldUntilLetThrough(logging.Handler):
    """Passes each record to `targets`; until `let_through`, those below WARNING wait in memory.

    The window's start holds its records until its first paint, so that opening the log file
    (folders, permissions) and formatting its first lines wait for it. A warning or worse lets
    everything through at once, in order, and so does closing (the app's exit). The records
    keep the time they were made.
    """

    def __init__(self, targets: list[logging.Handler]) -> None:
        super().__init__()
        self.targets = targets
        self._held: list[logging.LogRecord] | None = []

    def emit(self, record: logging.LogRecord) -> None:
        if self._held is not None and record.levelno < logging.WARNING:
            # The message as it reads now: its arguments may change before it is written.
            record.msg, record.args = record.getMessage(), None
            self._held.append(record)
            return
        self.let_through()
        self._pass(record)

    def let_through(self) -> None:
        """Write what was held, and every record from now on as it comes."""
        self.acquire()
        try:
            held, self._held = self._held, None
            for record in held or ():
                self._pass(record)
        finally:
            self.release()

    def _pass(self, record: logging.LogRecord) -> None:
        for target in self.targets:
            target.handle(record)

    def flush(self) -> None:
        for target in self.targets:
            target.flush()

    def close(self) -> None:
        self.let_through()
        for target in self.targets:
            target.close()
        super().close()


def let_log_through() -> None:
    """End the hold of setup_logging(hold=True): held records are written, and the rest."""
    for handler in _installed:
        if isinstance(handler, HeldUntilLetThrough):
            handler.let_through()


def setup_logging(
    log_file: Path | Callable[[], Path] | None,
    *,
    verbose: bool = False,
    console: bool = False,
    hold: bool = False,
) -> None:
    """Send the app's records to a rotating file (and stderr when asked), redacted.

    `log_file` may be a function giving the path, called only once there is a record to write.
    `hold`: records below WARNING wait in memory until let_log_through() (HeldUntilLetThrough).
    """
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    handlers: list[logging.Handler] = []
    if isinstance(log_file, Path):
        path = log_file
        handlers.append(LogOnFirstRecord(lambda: path))
    elif log_file is not None:
        handlers.append(LogOnFirstRecord(log_file))
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    redacting = KeyRedactingFilter()
    for handler in handlers:
        handler.setFormatter(OneLineFormatter(LOG_FORMAT))
        handler.addFilter(redacting)
    if hold and handlers:
        handlers = [HeldUntilLetThrough(handlers)]
    for handler in handlers:
        root.addHandler(handler)
        _installed.append(handler)
    # urllib3 logs request lines at DEBUG; they hold no key, but keep the log about the app.
    logging.getLogger("urllib3").setLevel(logging.WARNING)
