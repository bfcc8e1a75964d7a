"""The log file never receives a key, even through arguments or tracebacks."""

import logging
from pathlib import Path

import pytest

from omise_tray.logs import setup_logging

KEY = "skey_test_5xq2vdm8r4zt0abc9f1"


@pytest.fixture
def log_file(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "logs" / "omise-tray.log"
    setup_logging(path)
    yield path
    setup_logging(None)


def test_keys_in_messages_arguments_and_tracebacks_are_masked(log_file: Path) -> None:
    log = logging.getLogger("omise_tray.test")
    log.info("direct %s", KEY)
    log.warning(f"formatted {KEY}")
    try:
        raise ValueError(f"boom with {KEY}")
    except ValueError:
        log.exception("failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text()
    assert KEY not in text
    assert "skey_test_…" in text
    assert "ValueError" in text


def test_log_file_rotates(log_file: Path) -> None:
    log = logging.getLogger("omise_tray.test")
    for index in range(12_000):
        log.info("line %d %s", index, "x" * 100)
    assert log_file.with_name("omise-tray.log.1").exists()
    assert len(list(log_file.parent.iterdir())) <= 4
