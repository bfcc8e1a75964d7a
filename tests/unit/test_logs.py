"""The log file never receives a key, even through arguments or tracebacks."""

import logging
from pathlib import Path

import pytest

from omise_tray.system.logs import MAX_BYTES, setup_logging

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
        log.info("line %05d %s", index, "x" * 200)
    files = [log_file, *(log_file.with_name(f"omise-tray.log.{n}") for n in (1, 2, 3))]
    assert sorted(log_file.parent.iterdir()) == sorted(files)
    assert all(0 < f.stat().st_size <= MAX_BYTES for f in files)
    # Oldest file first, the lines run on without a gap up to the last one written.
    numbers = [
        int(line.split("line ")[1].split()[0])
        for f in reversed(files)
        for line in f.read_text().splitlines()
    ]
    assert numbers == list(range(numbers[0], 12_000))
    assert len(numbers) > 3 * MAX_BYTES // 300


def test_a_rotated_log_is_reopened_after_setup_again(log_file: Path) -> None:
    log = logging.getLogger("omise_tray.test")
    log.info("before")
    setup_logging(log_file)
    log.info("after")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert log_file.read_text().count("\n") == 2
