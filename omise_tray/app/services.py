"""Services: the app's background parts, started once the window has painted.

The keyring, the HTTP client, the notification bus and the history database cost hundreds of
milliseconds to import and open; none of them is needed to show the last known balances. The
keyring is opened and read in a thread of its own (app.key_loader), as it may wait for the user.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from omise_tray.app.account_fetches import AccountFetches
from omise_tray.app.alert_delivery import AlertCoordinator, AlertStateFile
from omise_tray.app.first_history import FirstHistory
from omise_tray.app.history_recorder import HistoryRecorder
from omise_tray.app.history_windows import (
    HistoryServices,
    HistoryWindows,
    Sparklines,
    sparkline_reconstructed,
)
from omise_tray.app.key_loader import KeyLoader, SecretsFactory
from omise_tray.app.outlook_fetcher import OutlookFetcher
from omise_tray.app.poller import PollControl, Poller, WorkerKeys
from omise_tray.app.recent_debits import RecentDebits
from omise_tray.app.state import AppState
from omise_tray.config import ApiEndpoint, Paths
from omise_tray.core.errors import ErrorKind
from omise_tray.core.snapshot import PollError
from omise_tray.storage.history import HistoryStore
from omise_tray.storage.reports import ReportLog
from omise_tray.storage.settings import Settings
from omise_tray.system.notifications import DesktopNotifier
from omise_tray.ui.main_window import MainWindow
from omise_tray.ui.tray import TrayController

if TYPE_CHECKING:
    from omise_tray.storage.secrets import FoundKeys, SecretStore

log = logging.getLogger(__name__)


class Services(QObject):
    """Owns the poller, the keys, alerts and notifications, and the balance history."""

    # A sentence for the user about the keyring, once it has been looked at (not in the demo).
    keyring_problem = Signal(str)

    def __init__(
        self,
        *,
        state: AppState,
        window: MainWindow,
        tray: TrayController,
        paths: Paths,
        endpoint: ApiEndpoint,
        settings: Callable[[], Settings],
        make_secrets: SecretsFactory,
        keyring_expected: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._window = window
        self._settings = settings
        self._keyring_expected = keyring_expected
        self.keys = KeyLoader(make_secrets, self)
        self.keys.opened.connect(self._keyring_opened)
        self.keys.loaded.connect(self._apply_keys)
        self.worker_keys = WorkerKeys()
        interval = state.interval.total_seconds()
        self.poller = Poller(endpoint, self.worker_keys, interval, parent=self)
        self.control = PollControl(self)
        self.control.connect_to(self.poller)
        self._endpoint = endpoint
        self.control.endpoint_changed.connect(self._use_endpoint)
        self.poller.snapshot_ready.connect(state.apply_snapshot)
        self.poller.poll_failed.connect(state.apply_error)
        self.poller.busy_changed.connect(state.set_busy)

        self.notifier = DesktopNotifier.for_platform(tray.show_message, self)
        tray.message_clicked.connect(self.notifier.balloon_clicked)
        self.alert_state = AlertStateFile(paths.alert_state_file)
        self.debits = RecentDebits(lambda: self._endpoint, self.worker_keys, parent=self)
        self.alerts = AlertCoordinator(
            state,
            settings(),
            self.notifier,
            self.alert_state,
            explainer=self.debits,
            parent=self,
        )
        tray.snoozed_until = self.alerts.snoozed_until

        self.history = HistoryStore(paths.history_db)
        self.sparklines = Sparklines(self.history)
        reports = ReportLog(paths.reports_file)
        self._reports_problem = _set_aside_damaged(reports)
        self.recorder = HistoryRecorder(state, self.history, reports, self)
        self.history_windows = HistoryWindows(
            state,
            HistoryServices(
                history=self.history,
                reports=self.recorder.reports,
                endpoint=lambda: self._endpoint,
                key_for=self.worker_keys,
                settings=settings,
                make_report=self.recorder.report_now,
            ),
            self,
        )
        window.history_requested.connect(self.history_windows.open)
        self.recorder.recorded.connect(self._history_grew)

        # The money timeline and a new account's first month, read beside the balance polls.
        self.account_reads = AccountFetches(lambda: self._endpoint, self.worker_keys, parent=self)
        self.outlooks = OutlookFetcher(state, self.account_reads, settings, parent=self)
        # After the recorder: a first poll is in the history before its past is worked out.
        self.first_history = FirstHistory(state, self.history, self.account_reads, self)
        self.first_history.recorded.connect(self._reconstruction_grew)

    @property
    def secrets(self) -> SecretStore:
        """The key store (for the Accounts dialog); waits if the keyring is still opening."""
        return self.keys.store()

    def problems(self) -> list[str]:
        """Sentences for the user about what could not be set up as it should (the keyring's
        comes later, as `keyring_problem`)."""
        translate = QCoreApplication.translate
        notices = (self.history.notice, self.alert_state.notice)
        found = (*(n.sentence(translate) for n in notices if n), self._reports_problem)
        return [sentence for sentence in found if sentence]

    def start(self) -> None:
        self._reconstruction_grew("")  # sparklines from stored history before the first poll
        self.poller.start()
        self.keys.start()
        self.load_keys()

    def load_keys(self) -> None:
        """Give the poller every key it can have and poll those accounts; explain the rest.

        Runs again on Refresh now and after an Accounts change, so a keyring unlocked later
        is picked up without a restart. The keys arrive later, from the key thread.
        """
        self.keys.load(self._settings().accounts)

    def _use_endpoint(self, endpoint: ApiEndpoint) -> None:
        self._endpoint = endpoint  # for history windows opened from now on

    def _keyring_opened(self, store: SecretStore) -> None:
        # The demo keeps its keys in memory on purpose: nothing to tell.
        if self._keyring_expected and not store.status.usable and store.status.reason:
            self.keyring_problem.emit(store.why_unusable.sentence(QCoreApplication.translate))

    def _apply_keys(self, found: FoundKeys) -> None:
        self.worker_keys.replace(dict(found.keys))
        now = datetime.now(UTC)
        for account_id, sentence in found.problems.items():
            notice = found.notices.get(account_id)
            error = PollError(account_id, ErrorKind.CONFIGURATION, sentence, now, keyring=notice)
            self._state.apply_error(error)
        accounts = self._settings().accounts
        self.control.accounts_changed.emit(tuple(a.id for a in accounts if a.id in found.keys))

    def refresh_now(self) -> None:
        if any(self.worker_keys(a.id) is None for a in self._settings().accounts):
            self.load_keys()
        self.control.refresh_requested.emit()

    def _history_grew(self, _account_id: str) -> None:
        self._window.set_sparklines(self.sparklines.lines(self._state.groups()))
        self.history_windows.refresh()

    def _reconstruction_grew(self, _account_id: str) -> None:
        members = {
            group.key: [member.account_id for member in group.members]
            for group in self._state.groups()
        }
        now = int(time.time())
        self._window.set_reconstructed_sparklines(
            sparkline_reconstructed(self.history, members, now)
        )
        self._history_grew("")

    def stop(self, wait_ms: int) -> bool:
        """Stop everything; False if a poll lane did not end within `wait_ms`."""
        self.history_windows.close_all()
        self.first_history.stop()
        started = time.monotonic()
        stopped = self.poller.stop(wait_ms)
        left = max(0, wait_ms - int((time.monotonic() - started) * 1000))
        stopped = self.keys.stop(left) and stopped
        left = max(0, wait_ms - int((time.monotonic() - started) * 1000))
        stopped = self.debits.stop(left) and stopped
        left = max(0, wait_ms - int((time.monotonic() - started) * 1000))
        stopped = self.account_reads.stop(left) and stopped
        self.alerts.flush()  # the round's last alerts, before the notifier closes
        self.alerts.save()
        self.notifier.close()
        self.history.close()
        return stopped


def _set_aside_damaged(reports: ReportLog) -> str | None:
    """Move damaged report lines aside at start; if that fails they stay and are skipped."""
    try:
        return reports.set_aside_damaged()
    except OSError as exc:
        log.warning("could not move the damaged daily reports aside: %s", exc)
        return None
