"""Composition root of the tray app: builds settings, secrets, client, poller, state and UI."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from omise_tray import APP_ID, APP_NAME, __version__
from omise_tray.app.background import MainThreadCollector, Timer
from omise_tray.app.shared_settings import SharedSettings
from omise_tray.app.state import AppState
from omise_tray.config import ApiEndpoint, Paths
from omise_tray.storage.permissions import tighten_folders
from omise_tray.storage.settings import AccountSettings, Settings, SettingsStore, merge
from omise_tray.storage.snapshots import SnapshotCache
from omise_tray.system.logs import let_log_through
from omise_tray.system.single_instance import SingleInstance
from omise_tray.system.unix_signals import SignalQuitter
from omise_tray.ui.main_window import MainWindow

if TYPE_CHECKING:
    import argparse

    from omise_tray.app.accounts import Accounts
    from omise_tray.app.services import Services
    from omise_tray.core.portfolio import CardKey
    from omise_tray.core.snooze import SnoozeChoice
    from omise_tray.i18n.translators import Translations
    from omise_tray.storage.secrets import SecretStore
    from omise_tray.ui.tray import TrayController

log = logging.getLogger(__name__)

DEMO_INTERVAL = 3.0
DASHBOARD_URL = "https://dashboard.omise.co/{mode}/dashboard"
QUIT_WAIT_MS = 900
CACHE_SAVE_MS = 2000  # the balance cache is written at most this long after a change
FIRST_PAINT_LOGGED = "the window painted for the first time"
SETTINGS_STOP_MS = 100  # the least the settings thread is given to end at quit


class LaunchOptions(NamedTuple):
    """How the GUI was asked to start."""

    demo: bool = False
    minimized: bool = False
    interval: float | None = None
    hide_amounts: bool = False  # start in privacy mode, whatever the saved setting says

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> LaunchOptions:
        return cls(
            demo=bool(getattr(args, "demo", False)),
            minimized=bool(getattr(args, "minimized", False)),
            interval=getattr(args, "interval", None),
            hide_amounts=bool(getattr(args, "hide_amounts", False)),
        )


class FirstPaint(QObject):
    """Tells when a widget has painted for the first time."""

    painted = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.painted.emit()
        return False


class TrayApp(QObject):
    """Wires the parts together and owns their lifetimes; holds no business rules.

    The window comes up first with the last known balances. The tray icon, the window icons
    and the background services (keyring, polling, notifications, history) follow right after
    its first paint (`started` is then emitted), or at once when something needs them.

    The settings are shared with the command line (`shared`): a change made there or in
    another editor reaches every part here within seconds, as one made in this app does.
    """

    started = Signal()

    def __init__(
        self,
        qapp: QApplication,
        *,
        options: LaunchOptions,
        paths: Paths,
        settings_store: SettingsStore,
        settings: Settings,
        endpoint: ApiEndpoint,
        make_secrets: Callable[[], SecretStore],
        settings_messages: tuple[str, ...] = (),
        translations: Translations | None = None,
    ) -> None:
        """`settings_store` has loaded `settings` (or written them); `settings_messages` are
        what that load had to tell the user (LoadedSettings.messages)."""
        super().__init__()
        self.qapp = qapp
        self.options = options
        self.paths = paths
        self.settings_store = settings_store
        self.shared = SharedSettings(
            settings_store,
            settings,
            shared=not options.demo,
            told=settings_messages,
            parent=self,
        )
        self._followed = settings
        self.shared.changed.connect(self.follow_settings)
        self.shared.notices.connect(lambda sentences: self.tell(" ".join(sentences)))
        self._accounts: Accounts | None = None
        self.endpoint = endpoint
        self._make_secrets = make_secrets
        self.translations = translations
        self._services: Services | None = None
        interval = options.interval or settings.interval_seconds
        interval = max(float(endpoint.min_interval), float(interval))

        self.state = AppState(interval, self)
        self.state.set_accounts(settings.accounts)
        self.state.set_amounts_hidden(options.hide_amounts or settings.hide_amounts)
        self.cache = SnapshotCache(paths.snapshot_cache)
        self.state.restore(self.cache.load())
        self._cache_timer = Timer(
            "balance-cache-timer", self, interval_ms=CACHE_SAVE_MS, single_shot=True
        )
        self._cache_timer.timeout.connect(self._save_cache)
        self.state.snapshot_applied.connect(self._cache_changed)

        self.window = MainWindow(self.state, tray_available=self._tray_available)
        self._connect_commands(self.window)
        self.window.add_account_requested.connect(lambda: self.open_accounts(add=True))
        self.window.demo_requested.connect(start_demo_process)
        self.window.snooze_requested.connect(self.snooze)
        self._tray: TrayController | None = None
        self._started = False
        told = " ".join(settings_messages)
        cache = self.cache.notice.sentence(QCoreApplication.translate) if self.cache.notice else ""
        self.problems = [p for p in (told, cache) if p]
        self._first_paint = FirstPaint(self)
        self._first_paint.painted.connect(
            lambda: QTimer.singleShot(0, self.finish_start), Qt.ConnectionType.QueuedConnection
        )
        # The log's time of this line is how `python -m benchmarks` times the start, from outside.
        self._first_paint.painted.connect(lambda: log.info(FIRST_PAINT_LOGGED))
        self.window.installEventFilter(self._first_paint)
        self._quitting = False

    @property
    def settings(self) -> Settings:
        """The settings in use now."""
        return self.shared.current

    def _connect_commands(self, source: MainWindow | TrayController) -> None:
        source.refresh_requested.connect(self.refresh_now)
        source.accounts_requested.connect(self.open_accounts)
        source.settings_requested.connect(self.open_settings)
        source.pause_requested.connect(self.set_paused)
        source.quit_requested.connect(self.quit)
        source.dashboard_requested.connect(self.open_dashboard)
        source.amounts_hidden_requested.connect(self.set_amounts_hidden)

    @property
    def tray(self) -> TrayController:
        """The tray icon and its menu, made on first use (normally right after first paint)."""
        if self._tray is None:
            from omise_tray.ui.tray import TrayController

            tray = TrayController(self.state, self.toggle_window, self)
            self._connect_commands(tray)
            tray.open_requested.connect(self.show_window)
            tray.card_requested.connect(self.show_card)
            tray.snooze_requested.connect(self.snooze)
            self._tray = tray
        return self._tray

    def _tray_available(self) -> bool:
        return self.tray.is_visible()

    def finish_start(self) -> None:
        """Everything the first paint did not wait for: icons, tray, then the services."""
        if self._started:
            return
        self._started = True
        let_log_through()  # what was logged before the paint goes to the log file now
        from omise_tray.i18n.fonts import ensure_thai_font
        from omise_tray.ui.tray_icon import app_icon

        ensure_thai_font()  # before the tray's menu or any other window can show Thai

        self.qapp.setWindowIcon(app_icon())
        _ = self.tray
        self.shared.start()
        self.started.emit()
        self.services()

    def services(self) -> Services:
        """The background services, started on first use."""
        if self._services is None:
            from omise_tray.app.services import Services

            services = Services(
                state=self.state,
                window=self.window,
                tray=self.tray,
                paths=self.paths,
                endpoint=self.endpoint,
                settings=lambda: self.settings,
                make_secrets=self._make_secrets,
                keyring_expected=not self.options.demo,
                parent=self,
            )
            self._services = services
            self.window.snoozed_until = services.alerts.snoozed_until
            services.notifier.amounts_hidden = lambda: self.state.amounts_hidden
            services.notifier.card_requested.connect(self.show_card)
            services.keyring_problem.connect(self.tell)
            services.recorder.problem.connect(self.tell)
            if self.state.paused:
                services.control.paused_changed.emit(True)
            services.start()
            for problem in [*self.problems, *services.problems()]:
                self.tell(problem)
        return self._services

    def start(self) -> None:
        if not self.options.minimized or not self._tray_available():
            self.window.show()  # a new window: the window manager raises and focuses it
        else:
            QTimer.singleShot(0, self.finish_start)

    def tell(self, sentence: str) -> None:
        """Tell the user of a problem without blocking: a dialog, or a balloon when hidden."""
        if self.window.isVisible():
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, sentence, parent=self.window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        else:
            self.tray.show_message(APP_NAME, sentence)

    def snooze(self, account_id: str, choice: SnoozeChoice) -> None:
        """Hold back one account's alerts for an hour or until tomorrow morning, or resume."""
        from omise_tray.core.snooze import snooze_end

        alerts = self.services().alerts
        until = snooze_end(choice, datetime.now().astimezone())
        if until is None:
            alerts.unsnooze(account_id)
        else:
            alerts.snooze(account_id, until)

    def open_settings(self) -> None:
        from omise_tray.system import autostart
        from omise_tray.ui.settings_dialog import SettingsDialog

        shown = self.settings
        if not self.options.demo:
            # The autostart entry is the truth: the user may have removed it by hand.
            shown = replace(shown, launch_at_login=autostart.is_enabled())
        # What the merchant sees now, also when --hide-amounts turned it on for this run.
        shown = replace(shown, hide_amounts=self.state.amounts_hidden)
        dialog = SettingsDialog(
            shown,
            self.window,
            offer_login_start=not self.options.demo,
            interval_floor=self.endpoint.min_interval,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.edited_settings(), shown))
        self.show_window()
        dialog.open()

    def apply_settings(self, edited: Settings, shown: Settings | None = None) -> None:
        """Follow settings edited from `shown` (by default, those in use) at once, and write
        the changes made, and only those, to the settings file as it is now."""
        from omise_tray.system import autostart

        base = self.settings if shown is None else shown
        self.shared.adopt(merge(base, edited, self.settings))
        self.shared.write(lambda now: merge(base, edited, now), self._settings_not_saved)
        if edited.launch_at_login != autostart.is_enabled() and not self.options.demo:
            try:
                autostart.set_enabled(edited.launch_at_login)
            except autostart.AutostartError as exc:
                log.warning("launch at login: %s", exc)
                self.tell(exc.sentence(QCoreApplication.translate))

    def _settings_not_saved(self, error: Exception) -> None:
        reason = error.strerror if isinstance(error, OSError) else None
        #: {reason} is the system's reason, such as "No space left on device".
        sentence = QCoreApplication.translate(
            "TrayApp", "Your settings could not be saved ({reason}); they apply until you quit."
        )
        self.tell(sentence.format(reason=reason or error))

    def follow_settings(self, settings: Settings) -> None:
        """Let every part follow the settings: changed here, or elsewhere and loaded."""
        old, self._followed = self._followed, settings
        services = self._services
        self.state.set_accounts(settings.accounts)
        if settings.interval_seconds != old.interval_seconds and self.options.interval is None:
            interval = max(float(self.endpoint.min_interval), float(settings.interval_seconds))
            self.state.set_interval(interval)
            if services is not None:
                services.control.interval_changed.emit(interval)
        if settings.api_version != old.api_version:
            self.endpoint = ApiEndpoint.from_env(settings.api_version)._replace(
                base=self.endpoint.base
            )
            if services is not None:
                services.control.endpoint_changed.emit(self.endpoint)
        if settings.language != old.language:
            self.set_language(settings.language)
        if settings.hide_amounts != old.hide_amounts:
            self.state.set_amounts_hidden(settings.hide_amounts)
        if services is not None:
            services.alerts.set_settings(settings)
            if settings.accounts != old.accounts:
                services.load_keys()  # new accounts polled, removed ones no longer

    def set_amounts_hidden(self, hidden: bool) -> None:
        """Privacy mode on or off in every view at once, and remembered for the next start."""
        self.state.set_amounts_hidden(hidden)
        if hidden != self.settings.hide_amounts:
            self.shared.adopt(replace(self.settings, hide_amounts=hidden))
            self.shared.write(
                lambda now: replace(now, hide_amounts=hidden), self._settings_not_saved
            )

    def set_language(self, setting: str) -> None:
        """Speak the language of a Settings value at once: open windows retranslate themselves."""
        from omise_tray.i18n.fonts import font_notice
        from omise_tray.i18n.translators import language_for

        if self.translations is None:  # an app built without catalogues (tests)
            return
        language = language_for(setting)
        self.translations.apply(language)
        notice = font_notice(language)
        if notice:
            self.tell(notice)

    def show_window(self) -> None:
        self.window.show()
        self.window.setWindowState(
            (self.window.windowState() & ~Qt.WindowState.WindowMinimized)
            | Qt.WindowState.WindowActive
        )
        self.window.raise_()
        self.window.activateWindow()

    def show_card(self, key: CardKey | None) -> None:
        """Bring the window up, on the card `key` when there is one."""
        self.show_window()
        if key is not None:
            self.window.focus_card(key)

    def toggle_window(self) -> None:
        if self.window.isVisible() and self.window.isActiveWindow():
            self.window.hide()
        else:
            self.show_window()

    def set_paused(self, paused: bool) -> None:
        self.state.set_paused(paused)
        if self._services is not None:
            self._services.control.paused_changed.emit(paused)

    def open_dashboard(self, livemode: bool) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl(DASHBOARD_URL.format(mode="live" if livemode else "test")))

    def refresh_now(self) -> None:
        self.services().refresh_now()

    def open_accounts(self, *, add: bool = False) -> None:
        """The Accounts dialog; with `add`, its Add account form straight away."""
        from omise_tray.app.accounts import Accounts
        from omise_tray.app.key_check import KeyChecker
        from omise_tray.ui.accounts_dialog import AccountsDialog

        services = self.services()
        try:
            secrets = services.secrets
        except TimeoutError:
            self.tell(
                QCoreApplication.translate(
                    "TrayApp", "Your keyring has not answered yet. Try Accounts again in a moment."
                )
            )
            return
        if self._accounts is None:
            self._accounts = Accounts(self.shared, secrets, self)
            self._accounts.keys_changed.connect(services.load_keys)
        dialog = AccountsDialog(
            self.settings,
            self._accounts,
            lambda owner: KeyChecker(self.endpoint, owner),
            self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shared.changed.connect(dialog.show_settings)
        self.show_window()
        dialog.open()
        if add:
            dialog.add_account()

    def _cache_changed(self, _snapshot: object) -> None:
        # Started by the first change since the last save and never restarted: polls arriving
        # more often than the timer's interval must not put the save off for ever.
        if not self._cache_timer.isActive():
            self._cache_timer.start()

    def _save_cache(self) -> None:
        self.cache.save(s.snapshot for s in self.state.statuses() if s.snapshot is not None)

    def quit(self) -> None:
        if self._quitting:
            return
        self._quitting = True
        log.info("quitting")
        self.window.hide()
        if self._tray is not None:
            self._tray.hide()
        started = time.monotonic()
        stopped = self._services.stop(QUIT_WAIT_MS) if self._services is not None else True
        # An idle settings thread ends at once; one still writing (waiting for the lock or the
        # keyring) cannot be interrupted, and is left behind like a stuck request.
        left = max(SETTINGS_STOP_MS, QUIT_WAIT_MS - int((time.monotonic() - started) * 1000))
        stopped = self.shared.stop(left) and stopped
        self._save_cache()
        if not stopped:
            # A request stuck in connect() cannot be cancelled; everything is saved, so leave
            # now rather than make the user wait or let Qt abort on a running thread.
            logging.shutdown()
            os._exit(0)
        self.qapp.quit()


def start_demo_process() -> None:
    """Start the demo as its own process: its own profile and lock, nothing shared with this one."""
    from PySide6.QtCore import QProcess

    program, prefix = (
        sys.executable,
        ([] if getattr(sys, "frozen", False) else ["-m", "omise_tray"]),
    )
    started, _pid = QProcess.startDetached(program, [*prefix, "--demo"])
    if not started:
        log.warning("could not start the demo (%s)", program)


def _demo_setup() -> tuple[Settings, ApiEndpoint, Callable[[], SecretStore], object]:
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
    keys = {account.id: sim.key for account, sim in zip(accounts, simulator.accounts, strict=True)}

    def demo_secrets() -> SecretStore:
        from omise_tray.storage.secrets import SecretStore

        secrets = SecretStore.memory_only()
        for account_id, key in keys.items():
            secrets.set(account_id, key, session_only=True)
        return secrets

    settings = replace(Settings(), accounts=accounts, interval_seconds=int(DEMO_INTERVAL))
    return settings, ApiEndpoint(base=base), demo_secrets, simulator


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
    collector = MainThreadCollector(qapp)  # Qt objects in cycles go in their own thread
    qapp.setQuitOnLastWindowClosed(False)
    # The system's light or dark colours, every text kept at 4.5:1, through scheme changes.
    from omise_tray.ui.theme import PaletteFollower

    PaletteFollower(qapp)

    instance = SingleInstance(paths.config_dir)
    if not instance.acquire():
        if instance.problem:
            print(instance.problem, file=sys.stderr)
            return 1
        if instance.activate_running():
            print(f"{APP_NAME} is already running; its window was brought to the front.")
            return 0
        print(f"{APP_NAME} seems to be running but did not answer.", file=sys.stderr)
        return 1

    # A hand-edited interval is checked against the floor of the API the app will talk to.
    store = SettingsStore(paths.settings_file, interval_floor=ApiEndpoint.from_env().min_interval)
    simulator = None
    if options.demo:
        settings, endpoint, make_secrets, simulator = _demo_setup()
        loaded = None
    else:
        loaded = store.load()
        settings = loaded.settings
        endpoint = ApiEndpoint.from_env(settings.api_version)

        def make_secrets() -> SecretStore:
            from omise_tray.storage.secrets import SecretStore

            return SecretStore.detect()

    # The language is known before the first window is built, so it comes up translated.
    from omise_tray.i18n.fonts import font_notice, has_thai
    from omise_tray.i18n.translators import start_translations

    translations = start_translations(
        settings.language,
        paths.cache_dir,
        qapp,
        thai_text=any(has_thai(account.name) for account in settings.accounts),
    )
    # What the settings file had to tell, in the language just set.
    messages = loaded.sentences(QCoreApplication.translate) if loaded is not None else ()
    app = TrayApp(
        qapp,
        options=options,
        paths=paths,
        settings_store=store,
        settings=settings,
        endpoint=endpoint,
        make_secrets=make_secrets,
        settings_messages=messages,
        translations=translations,
    )
    notice = font_notice(translations.language)
    if notice:
        app.problems.append(notice)
    instance.activation_requested.connect(app.show_window)
    app.started.connect(instance.listen)
    # What an older version left readable by others, every profile's folders (cli.main does
    # it before the commands): right after the first paint, which it would only delay.
    app.started.connect(lambda: tighten_folders(Paths.for_user().all_dirs()))
    quitter = SignalQuitter(app.quit) if sys.platform != "win32" else None
    app.start()
    status = qapp.exec()
    collector.timer.stop()
    if quitter is not None:
        quitter.close()
    instance.release()
    if simulator is not None:
        simulator.stop()  # type: ignore[attr-defined]
    return int(status)
