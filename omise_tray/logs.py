"""Logging to a rotating file in the log folder, with every record passed through key redaction."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from omise_tray.core.redact import redact

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 3

_installed: list[logging.Handler] = []  # ours to replace; handlers others added stay


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
            handlers.append(
                logging.handlers.RotatingFileHandler(
                    log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
                )
            )
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
