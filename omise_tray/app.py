"""Composition root of the tray app: builds settings, secrets, client, poller, state and UI."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QObject, QProcess, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from omise_tray import APP_ID, APP_NAME, __version__, autostart
from omise_tray.alerting import AlertCoordinator, AlertStateFile
from omise_tray.config import ApiEndpoint, Paths
from omise_tray.core.snapshot import PollError
from omise_tray.poller import PollControl, PollThread, PollWorker, WorkerKeys
from omise_tray.recording import HistoryRecorder
from omise_tray.single_instance import SingleInstance
from omise_tray.state import AppState
from omise_tray.storage.history import HistoryStore
from omise_tray.storage.reports import ReportLog
from omise_tray.storage.secrets import SecretStore
from omise_tray.storage.settings import AccountSettings, Settings, SettingsStore
from omise_tray.storage.snapshots import SnapshotCache
from omise_tray.ui.accounts_dialog import AccountsDialog
from omise_tray.ui.history_window import HistoryServices, HistoryWindows, sparkline_points
from omise_tray.ui.main_window import MainWindow
from omise_tray.ui.notifier import DesktopNotifier
from omise_tray.ui.settings_dialog import SettingsDialog
from omise_tray.ui.tray import TrayController
from omise_tray.ui.tray_icon import app_icon
from omise_tray.unix_signals import SignalQuitter

log = logging.getLogger(__name__)

DEMO_INTERVAL = 3.0
DASHBOARD_URL = "https://dashboard.omise.co/{mode}/dashboard"
QUIT_WAIT_MS = 900


@dataclass(frozen=True, slots=True)
class LaunchOptions:
    """How the GUI was asked to start."""

    demo: bool = False
    minimized: bool = False
    interval: float | None = None

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> LaunchOptions:
        return cls(
            demo=bool(getattr(args, "demo", False)),
            minimized=bool(getattr(args, "minimized", False)),
            interval=getattr(args, "interval", None),
        )


class FirstPaintProbe(QObject):
    """Writes the wall-clock time of the window's first paint to a file (for the benchmarks)."""

    def __init__(self, path: str, parent: QObject) -> None:
        super().__init__(parent)
        self._path = path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            with open(self._path, "w", encoding="utf-8") as handle:
                handle.write(f"{time.time():.6f}\n")
        return False


class TrayApp(QObject):
    """Wires the parts together and owns their lifetimes; holds no business rules."""

    def __init__(
        self,
        qapp: QApplication,
        *,
        options: LaunchOptions,
        paths: Paths,
        settings_store: SettingsStore,
        settings: Settings,
        endpoint: ApiEndpoint,
        secrets: SecretStore,
        problem: str | None = None,
    ) -> None:
        super().__init__()
        self.qapp = qapp
        self.options = options
        self.paths = paths
        self.settings_store = settings_store
        self.settings = settings
        self.endpoint = endpoint
        interval = options.interval or settings.interval_seconds
        interval = max(float(endpoint.min_interval), float(interval))

        self.state = AppState(interval, self)
        self.state.set_accounts(settings.accounts)
        self.cache = SnapshotCache(paths.snapshot_cache)
        self.state.restore(self.cache.load())
        self._cache_timer = QTimer(self)
        self._cache_timer.setObjectName("balance-cache-timer")
        self._cache_timer.setSingleShot(True)
        self._cache_timer.setInterval(2000)
        self._cache_timer.timeout.connect(self._save_cache)
        self.state.snapshot_applied.connect(lambda _s: self._cache_timer.start())

        self.secrets = secrets
        self.worker_keys = WorkerKeys()
        self.worker = PollWorker(endpoint, self.worker_keys, interval)
        self.poll_thread = PollThread(self.worker)
        self.control = PollControl(self)
        self.control.connect_to(self.worker)
        self.worker.snapshot_ready.connect(self.state.apply_snapshot)
        self.worker.poll_failed.connect(self.state.apply_error)
        self.worker.busy_changed.connect(self.state.set_busy)

        self.window = MainWindow(self.state, tray_available=self._tray_available)
        self.window.setWindowIcon(app_icon())
        self.tray = TrayController(self.state, self.toggle_window, self)
        for source in (self.window, self.tray):
            source.refresh_requested.connect(self.refresh_now)
            source.accounts_requested.connect(self.open_accounts)
            source.pause_requested.connect(self.set_paused)
            source.quit_requested.connect(self.quit)
            source.dashboard_requested.connect(self.open_dashboard)
        self.tray.open_requested.connect(self.show_window)
        self.tray.card_requested.connect(self.show_card)
        for source in (self.window, self.tray):
            source.settings_requested.connect(self.open_settings)

        self.notifier = DesktopNotifier.for_platform(self.tray.show_message, self)
        self.tray.message_clicked.connect(self.notifier.balloon_clicked)
        self.notifier.card_requested.connect(self.show_card)
        self.alerts = AlertCoordinator(
            self.state,
            settings,
            self.notifier,
            AlertStateFile(paths.alert_state_file),
            parent=self,
        )
        self.tray.snoozed_until = self.alerts.snoozed_until
        self.tray.snooze_requested.connect(self.snooze)
        self.history = HistoryStore(paths.history_db)
        self.recorder = HistoryRecorder(
            self.state, self.history, ReportLog(paths.reports_file), self
        )
        self.history_windows = HistoryWindows(
            self.state,
            HistoryServices(
                history=self.history,
                reports=self.recorder.reports,
                endpoint=endpoint,
                key_for=self.worker_keys,
                settings=lambda: self.settings,
                make_report=self.recorder.report_now,
            ),
            self,
        )
        self.window.history_requested.connect(self.history_windows.open)
        self.recorder.recorded.connect(self._history_grew)
        keyring_problem = None if secrets.status.usable else secrets.status.reason
        self.problems: list[str] = [
            p for p in (problem, self.history.problem, keyring_problem) if p
        ]
        self.window.demo_requested.connect(start_demo_process)
        probe_file = os.environ.get("OMISE_TRAY_FIRST_PAINT_FILE")
        if probe_file:
            self.window.installEventFilter(FirstPaintProbe(probe_file, self))
        self._quitting = False

    def _tray_available(self) -> bool:
        return self.tray.is_visible()

    def start(self) -> None:
        self._history_grew("")  # sparklines from stored history before the first poll
        self.poll_thread.start()
        self.load_keys()
        if not self.options.minimized or not self._tray_available():
            self.show_window()
        for problem in self.problems:
            self.tell(problem)

    def tell(self, sentence: str) -> None:
        """Tell the user of a problem without blocking: a dialog, or a balloon when hidden."""
        if self.window.isVisible():
            box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, sentence, parent=self.window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        else:
            self.tray.show_message(APP_NAME, sentence)

    def snooze(self, account_id: str, choice: str) -> None:
        """Hold back one account's alerts for an hour or until tomorrow morning, or resume."""
        if choice == "resume":
            self.alerts.unsnooze(account_id)
            return
        now = datetime.now().astimezone()
        if choice == "hour":
            until = now + timedelta(hours=1)
        else:
            until = (now + timedelta(days=1)).replace(hour=8, minute=0, second=0, microsecond=0)
        self.alerts.snooze(account_id, until.astimezone(UTC))

    def open_settings(self) -> None:
        shown = self.settings
        if not self.options.demo:
            # The autostart entry is the truth: the user may have removed it by hand.
            shown = replace(shown, launch_at_login=autostart.is_enabled())
        dialog = SettingsDialog(shown, self.window, offer_login_start=not self.options.demo)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.edited_settings()))
        self.show_window()
        dialog.open()

    def apply_settings(self, settings: Settings) -> None:
        """Save edited settings and let every part follow them."""
        old = self.settings
        self.settings = settings
        try:
            self.settings_store.save(settings)
        except OSError as exc:
            log.warning("could not save the settings: %s", exc)
            self.tell(
                f"Your settings could not be saved ({exc.strerror}); they apply until you quit."
            )
        if settings.launch_at_login != autostart.is_enabled() and not self.options.demo:
            try:
                autostart.set_enabled(settings.launch_at_login)
            except autostart.AutostartError as exc:
                log.warning("launch at login: %s", exc)
                self.tell(str(exc))
        self.state.set_accounts(settings.accounts)
        self.alerts.set_settings(settings)
        if settings.interval_seconds != old.interval_seconds and self.options.interval is None:
            interval = max(float(self.endpoint.min_interval), float(settings.interval_seconds))
            self.state.set_interval(interval)
            self.control.interval_changed.emit(interval)
        if settings.api_version != old.api_version:
            self.endpoint = replace(
                ApiEndpoint.from_env(settings.api_version), base=self.endpoint.base
            )
            self.control.endpoint_changed.emit(self.endpoint)

    def show_window(self) -> None:
        self.window.show()
        self.window.setWindowState(
            (self.window.windowState() & ~Qt.WindowState.WindowMinimized)
            | Qt.WindowState.WindowActive
        )
        self.window.raise_()
        self.window.activateWindow()

    def show_card(self, key: str) -> None:
        self.show_window()
        self.window.focus_card(key)

    def toggle_window(self) -> None:
        if self.window.isVisible() and self.window.isActiveWindow():
            self.window.hide()
        else:
            self.show_window()

    def set_paused(self, paused: bool) -> None:
        self.state.set_paused(paused)
        self.control.paused_changed.emit(paused)

    def open_dashboard(self, livemode: bool) -> None:
        QDesktopServices.openUrl(QUrl(DASHBOARD_URL.format(mode="live" if livemode else "test")))

    def load_keys(self) -> None:
        """Give the worker every key it can have and poll those accounts; explain the rest.

        Runs again on Refresh now and after an Accounts change, so a keyring unlocked later
        is picked up without a restart.
        """
        found = self.secrets.keys_for(self.settings.accounts)
        self.worker_keys.replace(dict(found.keys))
        now = datetime.now(UTC)
        for account_id, sentence in found.problems.items():
            self.state.apply_error(PollError(account_id, "configuration", sentence, now))
        self.control.accounts_changed.emit(
            tuple(a.id for a in self.settings.accounts if a.id in found.keys)
        )

    def refresh_now(self) -> None:
        if any(self.worker_keys(a.id) is None for a in self.settings.accounts):
            self.load_keys()
        self.control.refresh_requested.emit()

    def open_accounts(self) -> None:
        dialog = AccountsDialog(
            self.settings_store, self.settings, self.secrets, self.endpoint, self.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accounts_changed.connect(self.update_accounts)
        self.show_window()
        dialog.open()

    def update_accounts(self, settings: Settings) -> None:
        """Follow a change made in the Accounts dialog (which saved the settings itself)."""
        self.settings = settings
        self.state.set_accounts(settings.accounts)
        self.alerts.set_settings(settings)
        self.load_keys()

    def _history_grew(self, _account_id: str) -> None:
        keys = [group.key for group in self.state.groups()]
        self.window.set_sparklines(sparkline_points(self.history, keys, int(time.time())))
        self.history_windows.refresh()

    def _save_cache(self) -> None:
        self.cache.save(s.snapshot for s in self.state.statuses() if s.snapshot is not None)

    def quit(self) -> None:
        if self._quitting:
            return
        self._quitting = True
        log.info("quitting")
        self.window.hide()
        self.tray.hide()
        self.history_windows.close_all()
        stopped = self.poll_thread.stop(QUIT_WAIT_MS)
        self._save_cache()
        self.alerts.save()
        self.notifier.close()
        self.history.close()
        if not stopped:
            # A request stuck in connect() cannot be cancelled; everything is saved, so leave
            # now rather than make the user wait or let Qt abort on a running thread.
            logging.shutdown()
            os._exit(0)
        self.qapp.quit()


def start_demo_process() -> None:
    """Start the demo as its own process: its own profile and lock, nothing shared with this one."""
    program, prefix = (
        sys.executable,
        ([] if getattr(sys, "frozen", False) else ["-m", "omise_tray"]),
    )
    started, _pid = QProcess.startDetached(program, [*prefix, "--demo"])
    if not started:
        log.warning("could not start the demo (%s)", program)


def _demo_setup() -> tuple[Settings, ApiEndpoint, SecretStore, object]:
    """Start the built-in simulator and describe its demo accounts; never touches the keyring."""
    from omise_tray.simulator import Simulator, demo_accounts

    simulator = Simulator(demo_accounts(), dynamic=True)
    base = simulator.start()
    accounts = tuple(
        AccountSettings(
            id=f"demo-{index}",
            name=sim.name,
            livemode=sim.livemode,
            currency=sim.currency,
            email=sim.email,
            country=sim.country,
            key_storage="session",
        )
        for index, sim in enumerate(simulator.accounts)
    )
    secrets = SecretStore.memory_only()
    for account, sim in zip(accounts, simulator.accounts, strict=True):
        secrets.set(account.id, sim.key, session_only=True)
    settings = replace(Settings(), accounts=accounts, interval_seconds=int(DEMO_INTERVAL))
    return settings, ApiEndpoint(base=base), secrets, simulator


def run_gui(args: argparse.Namespace) -> int:
    """Start the tray app; returns the process exit status."""
    options = LaunchOptions.from_args(args)
    paths = Paths.for_user("demo" if options.demo else None)
    log.info("%s %s starting (demo=%s)", APP_NAME, __version__, options.demo)

    QGuiApplication.setDesktopFileName(APP_ID)
    # The first argument names the X11 instance (WM_CLASS) and the desktop's window grouping.
    qapp = QApplication.instance() or QApplication([APP_ID])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName(APP_ID)
    qapp.setApplicationDisplayName(APP_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setQuitOnLastWindowClosed(False)
    qapp.setWindowIcon(app_icon())

    instance = SingleInstance(paths.config_dir)
    if not instance.acquire():
        if instance.activate_running():
            print(f"{APP_NAME} is already running; its window was brought to the front.")
            return 0
        print(f"{APP_NAME} seems to be running but did not answer.", file=sys.stderr)
        return 1

    store = SettingsStore(paths.settings_file)
    simulator = None
    if options.demo:
        settings, endpoint, secrets, simulator = _demo_setup()
        problem = None
    else:
        loaded = store.load()
        settings, problem = loaded.settings, loaded.problem
        endpoint = ApiEndpoint.from_env(settings.api_version)
        secrets = SecretStore.detect()
    app = TrayApp(
        qapp,
        options=options,
        paths=paths,
        settings_store=store,
        settings=settings,
        endpoint=endpoint,
        secrets=secrets,
        problem=problem,
    )
    instance.activation_requested.connect(app.show_window)
    quitter = SignalQuitter(app.quit) if sys.platform != "win32" else None
    app.start()
    status = qapp.exec()
    if quitter is not None:
        quitter.close()
    instance.release()
    if simulator is not None:
        simulator.stop()  # type: ignore[attr-defined]
    return int(status)
