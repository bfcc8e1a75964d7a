"""Everything the app writes is readable by its user alone, whatever the umask: folders 0700,
files 0600, and what an older version left looser is tightened at start."""

from __future__ import annotations

import logging
import os
import shutil
import stat
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from omise_tray import cli
from omise_tray.app.alert_delivery import AlertStateFile
from omise_tray.commands import export
from omise_tray.config import Paths, make_private_folder
from omise_tray.core.alerts import AccountAlertState
from omise_tray.core.balance import Balance
from omise_tray.core.health import Health
from omise_tray.core.report import DailyReport
from omise_tray.core.snapshot import Snapshot
from omise_tray.i18n.catalogues import TRANSLATIONS_DIR, Catalogues
from omise_tray.storage import lock
from omise_tray.storage.history import HistoryStore
from omise_tray.storage.permissions import tighten
from omise_tray.storage.reports import ReportLog
from omise_tray.storage.settings import Settings, SettingsStore
from omise_tray.storage.snapshots import SnapshotCache
from omise_tray.system.logs import RotatingLog, setup_logging
from omise_tray.system.single_instance import SingleInstance

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

BALANCE = Balance("THB", False, 150_000, 120_000, 110_000)
REPORT = DailyReport(date(2025, 6, 15), "a", "Shop", "THB", False, 1, 1, 0, Health.LOW, ())


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most systems start sessions with: new files 0644, folders 0755."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    """The app's folders two levels below tmp_path, none of them made yet."""
    home = tmp_path / "home"
    return Paths(home / "config", home / "data", home / "log", home / "cache")


def modes_under(root: Path) -> dict[str, str]:
    """Every file and folder below root with its permission bits, as octal text (symbolic
    links have none of their own)."""
    return {
        str(path.relative_to(root)): oct(stat.S_IMODE(path.lstat().st_mode))
        for path in sorted(root.rglob("*"))
        if not path.is_symlink()
    }


def assert_private(root: Path) -> None:
    modes = modes_under(root)
    assert modes, "nothing was written"
    for name, mode in modes.items():
        wanted = "0o700" if (root / name).is_dir() else "0o600"
        assert mode == wanted, f"{name} is {mode}"


def write_settings(paths: Paths) -> None:
    SettingsStore(paths.settings_file).save(Settings())


def write_history_with_its_side_files(paths: Paths) -> None:
    store = HistoryStore(paths.history_db)
    store.record("a", BALANCE, 1_750_000_000)
    names = {p.name for p in paths.data_dir.iterdir()}
    assert {"history.sqlite3-wal", "history.sqlite3-shm"} <= names  # checked while open
    assert_private(paths.data_dir)
    store.close()


def write_reports(paths: Paths) -> None:
    ReportLog(paths.reports_file).append(REPORT)


def write_log_and_its_rotations(paths: Paths) -> None:
    make_private_folder(paths.log_dir)  # as setup_logging does
    handler = RotatingLog(paths.log_file, max_bytes=300, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    for index in range(20):
        handler.emit(logging.makeLogRecord({"msg": f"record {index:02d} " + "x" * 80}))
    handler.close()
    assert {p.name for p in paths.log_dir.iterdir()} == {
        "omise-tray.log",
        "omise-tray.log.1",
        "omise-tray.log.2",
    }


def write_log_through_setup(paths: Paths) -> None:
    setup_logging(paths.log_file)
    logging.getLogger("omise_tray.test").warning("a record")
    setup_logging(None)


def hold_the_instance_lock(paths: Paths) -> None:
    instance = SingleInstance(paths.config_dir)
    assert instance.acquire()
    assert_private(paths.config_dir)  # while held
    instance.release()


def write_balance_cache(paths: Paths) -> None:
    SnapshotCache(paths.snapshot_cache).save([Snapshot("a", BALANCE, datetime.now(UTC))])


def write_alert_state(paths: Paths) -> None:
    AlertStateFile(paths.alert_state_file).save({"a": AccountAlertState()})


def keep_damaged_files_aside(paths: Paths) -> None:
    for path in (paths.history_db, paths.snapshot_cache, paths.alert_state_file):
        make_private_folder(path.parent)
        path.write_bytes(b"\xe0\xb8 damaged " * 200)
        path.chmod(0o644)  # from a version that wrote files readable by all
    HistoryStore(paths.history_db).close()
    SnapshotCache(paths.snapshot_cache).load()
    AlertStateFile(paths.alert_state_file).load()
    reports = ReportLog(paths.reports_file)
    reports.append(REPORT)
    with open(paths.reports_file, "ab") as handle:
        handle.write(b"\xe0\xb8\n")
    assert reports.set_aside_damaged() is not None
    kept = [p.name for p in paths.data_dir.iterdir()] + [p.name for p in paths.cache_dir.iterdir()]
    assert sum(".corrupt-" in name for name in kept) == 4


def compile_a_catalogue(paths: Paths) -> None:
    """A checkout's first start compiles its catalogues into a cache no folder of which exists."""
    sources = paths.config_dir.parent.parent / "sources"
    sources.mkdir()
    (sources / "omise_tray_th.ts").write_bytes((TRANSLATIONS_DIR / "omise_tray_th.ts").read_bytes())
    compiled = Catalogues(paths.cache_dir / "translations", directory=sources).find("omise_tray_th")
    assert compiled is not None and compiled.is_relative_to(paths.cache_dir)
    shutil.rmtree(sources)  # the test's, not the app's


def hold_a_lock_in_a_new_folder(paths: Paths) -> None:
    with lock.held(paths.cache_dir / "profiles" / "demo" / "settings.lock"):
        assert_private(paths.cache_dir)


WRITERS: dict[str, Callable[[Paths], None]] = {
    "settings": write_settings,
    "history database with -wal and -shm": write_history_with_its_side_files,
    "daily reports": write_reports,
    "log and its rotations": write_log_and_its_rotations,
    "log set up for a run": write_log_through_setup,
    "single-instance lock": hold_the_instance_lock,
    "balance cache": write_balance_cache,
    "alert state": write_alert_state,
    "damaged files kept aside": keep_damaged_files_aside,
    "catalogues compiled by a checkout": compile_a_catalogue,
    "a lock file in a folder not made yet": hold_a_lock_in_a_new_folder,
}


@pytest.mark.parametrize("write", WRITERS.values(), ids=WRITERS.keys())
def test_what_the_app_writes_is_private_under_umask_022(
    paths: Paths, tmp_path: Path, write: Callable[[Paths], None]
) -> None:
    write(paths)
    assert_private(tmp_path / "home")


def test_a_csv_export_is_private(paths: Paths, tmp_path: Path) -> None:
    target = tmp_path / "history.csv"
    args = cli.build_parser().parse_args(["export", "--csv", str(target)])
    assert export.run(args, paths) == 0
    assert oct(stat.S_IMODE(target.stat().st_mode)) == "0o600"


def test_looser_files_and_folders_are_tightened_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / "home" / variable.lower()))
    paths = Paths.for_user()
    demo = paths.profile("demo")
    older = [
        paths.settings_file,
        paths.config_dir / "settings.json.corrupt-20250101T000000Z",
        paths.history_db,
        paths.data_dir / "history.sqlite3-wal",
        paths.reports_file,
        paths.log_file,
        paths.log_dir / "omise-tray.log.3",
        paths.snapshot_cache,
        demo.history_db,
    ]
    for path in older:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
    outside = tmp_path / "not-the-apps.txt"
    outside.write_text("someone else's")
    (paths.data_dir / "a-link").symlink_to(outside)
    for folder in paths.all_dirs():
        assert oct(stat.S_IMODE(folder.stat().st_mode)) == "0o755"

    assert cli.main(["accounts", "list"]) == 0  # any run of the program
    setup_logging(None)

    for folder in paths.all_dirs():
        assert_private(folder)
    assert oct(stat.S_IMODE(outside.stat().st_mode)) == "0o644"  # links are not followed
    assert "No accounts yet" in capsys.readouterr().out


def test_the_owner_keeps_only_the_permissions_they_had(tmp_path: Path) -> None:
    """A log the user made read-only stays read-only: tightening never adds a permission."""
    path = tmp_path / "omise-tray.log"
    path.write_text("")
    path.chmod(0o444)
    tighten(path)
    assert oct(stat.S_IMODE(path.stat().st_mode)) == "0o400"
