"""Logging to a rotating file in the log folder, with every record passed through key redaction."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from omise_tray.core.redact import redact

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

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_overflow(record):
                self._rotate()
        except Exception:  # logging must never take the app down
            self.handleError(record)
            return
        super().emit(record)

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


def setup_logging(log_file: Path | None, *, verbose: bool = False, console: bool = False) -> None:
    """Send the app's records to a rotating file (and stderr when asked), redacted."""
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    handlers: list[logging.Handler] = []
    if log_file is not None:
        try:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            handlers.append(RotatingLog(log_file, MAX_BYTES, BACKUPS))
        except OSError as exc:
            print(f"omise-tray: cannot write the log file {log_file}: {exc}", file=sys.stderr)
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    redacting = KeyRedactingFilter()
    for handler in handlers:
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        handler.addFilter(redacting)
        root.addHandler(handler)
        _installed.append(handler)
    # urllib3 logs request lines at DEBUG; they hold no key, but keep the log about the app.
    logging.getLogger("urllib3").setLevel(logging.WARNING)
