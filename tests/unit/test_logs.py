"""The log file never receives a key, even through arguments or tracebacks."""

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from omise_tray.system.logs import MAX_BYTES, let_log_through, setup_logging
from tests.support.read_only import read_only

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


def flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_a_newline_sent_by_the_server_cannot_forge_a_log_line(log_file: Path) -> None:
    code = "bad_request\n2025-01-01 00:00:00,000 CRITICAL omise_tray.app the key was stolen"
    logging.getLogger("omise_tray.omise.client").warning("HTTP %d (%s)", 400, code)
    flush()

    [line] = log_file.read_text(encoding="utf-8").splitlines()
    assert "WARNING" in line
    assert line.endswith(
        "HTTP 400 (bad_request\\n2025-01-01 00:00:00,000 CRITICAL omise_tray.app the key was"
        " stolen)"
    )


def test_escape_sequences_and_direction_overrides_are_shown_as_escapes(log_file: Path) -> None:
    logging.getLogger("omise_tray.test").warning("shop \x1b]0;owned\x07 \u202eevil\x00")
    flush()
    [line] = log_file.read_text(encoding="utf-8").splitlines()
    assert line.endswith("shop \\x1b]0;owned\\x07 \\u202eevil\\x00")


def test_a_traceback_is_one_line_too(log_file: Path) -> None:
    log = logging.getLogger("omise_tray.test")
    log.info("before")
    try:
        raise ValueError("first line\nsecond line")
    except ValueError:
        log.exception("it failed")
    log.info("after")
    flush()

    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    assert "it failed\\nTraceback (most recent call last):\\n" in lines[1]
    assert lines[1].endswith("ValueError: first line\\nsecond line")


def test_a_lone_surrogate_does_not_stop_the_log(log_file: Path) -> None:
    log = logging.getLogger("omise_tray.test")
    log.warning("from JSON: \ud800")
    log.info("still logging")
    flush()
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert lines[0].endswith("from JSON: \\ud800")
    assert lines[1].endswith("still logging")


@pytest.mark.parametrize("blocker", ["a folder in its place", "a full disk"])
def test_a_log_that_cannot_be_written_says_so_once_on_stderr_then_stays_quiet(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], blocker: str
) -> None:
    path = tmp_path / "logs" / "omise-tray.log"
    path.parent.mkdir()
    if blocker == "a folder in its place":
        path.mkdir()
        reason = "Is a directory"
    else:
        path.symlink_to("/dev/full")  # every write fails with ENOSPC, as on a full disk
        reason = "No space left on device"
    setup_logging(path)
    try:
        log = logging.getLogger("omise_tray.test")
        for index in range(20):
            log.warning("record %d", index)
        flush()
    finally:
        setup_logging(None)

    err = capfd.readouterr().err
    assert err == (
        f"omise-tray: cannot write the log file {path} ({reason}); going on without a log.\n"
    )


def test_a_read_only_log_folder_says_so_once(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    with read_only(folder):
        setup_logging(folder / "omise-tray.log")
        try:
            for index in range(20):
                logging.getLogger("omise_tray.test").warning("record %d", index)
        finally:
            setup_logging(None)

    err = capfd.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"omise-tray: cannot write the log file {folder / 'omise-tray.log'} (")
    assert "Logging error" not in err and "Traceback" not in err


def test_the_log_is_looked_up_only_when_there_is_a_record(tmp_path: Path) -> None:
    asked: list[Path] = []

    def where() -> Path:
        asked.append(tmp_path / "log" / "omise-tray.log")
        return asked[-1]

    setup_logging(where)
    try:
        logging.getLogger("omise_tray.test").debug("below the level: nothing to write")
        assert asked == [] and not (tmp_path / "log").exists()
        logging.getLogger("omise_tray.test").info("first")
        logging.getLogger("omise_tray.test").info("second")
        assert len(asked) == 1
    finally:
        setup_logging(None)
    assert asked[0].read_text().count("\n") == 2


def test_held_records_wait_for_the_first_paint_and_keep_their_order(tmp_path: Path) -> None:
    path = tmp_path / "log" / "omise-tray.log"
    setup_logging(path, hold=True)
    log = logging.getLogger("omise_tray.test")
    try:
        log.info("starting with %s", KEY)
        accounts = ["shop"]
        log.info("accounts: %s", accounts)
        accounts.append("added later")  # the held line says what it said when it was logged
        log.info("the window painted")
        # Nothing is looked up, opened or written before the paint.
        assert not path.parent.exists()
        let_log_through()
        assert [line.split("] ", 1)[1] for line in path.read_text().splitlines()] == [
            "starting with skey_test_…c9f1",
            "accounts: ['shop']",
            "the window painted",
        ]
        log.info("after the paint")  # written as it comes from now on
        assert path.read_text().splitlines()[-1].endswith("] after the paint")
    finally:
        setup_logging(None)


def test_a_warning_lets_the_held_records_through_at_once(tmp_path: Path) -> None:
    path = tmp_path / "omise-tray.log"
    setup_logging(path, hold=True)
    log = logging.getLogger("omise_tray.test")
    try:
        log.info("first")
        log.warning("something is wrong")
        log.info("third")
        lines = [line.split("] ", 1)[1] for line in path.read_text().splitlines()]
        assert lines == ["first", "something is wrong", "third"]
    finally:
        setup_logging(None)


def test_held_records_reach_the_file_when_the_app_ends_before_its_paint(tmp_path: Path) -> None:
    path = tmp_path / "omise-tray.log"
    setup_logging(path, hold=True)
    logging.getLogger("omise_tray.test").info("starting")
    assert not path.exists()
    setup_logging(None)  # the handlers are closed
    assert path.read_text().rstrip().endswith("] starting")
    # The same through a process's own exit (logging.shutdown).
    other = tmp_path / "other.log"
    script = (
        "import logging, pathlib, sys\n"
        "from omise_tray.system.logs import setup_logging\n"
        "setup_logging(pathlib.Path(sys.argv[1]), hold=True)\n"
        "logging.getLogger('omise_tray.test').info('starting')\n"
    )
    subprocess.run([sys.executable, "-c", script, str(other)], check=True, timeout=60)
    assert other.read_text().rstrip().endswith("] starting")
