"""Build the real TrayApp in the test process (offscreen Qt) against a simulator."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from omise_tray.app.main import LaunchOptions, TrayApp
from omise_tray.config import ApiEndpoint, Paths
from omise_tray.simulator import Simulator
from omise_tray.storage.secrets import SecretStore
from omise_tray.storage.settings import AccountSettings, Settings, SettingsStore


def build_app(sim: Simulator, tmp_path: Path, interval: float = 1.0) -> TrayApp:
    """A TrayApp with one account per simulator account, keys in memory, files under tmp_path.

    The accounts are written to the settings file first, as `omise-tray accounts add` would
    have: the app follows that file.
    """
    paths = Paths(tmp_path / "config", tmp_path / "data", tmp_path / "log", tmp_path / "cache")
    accounts = tuple(
        AccountSettings(id=f"a{i}", name=a.name, currency=a.currency, livemode=False)
        for i, a in enumerate(sim.accounts)
    )
    secrets = SecretStore.memory_only()
    for index, account in enumerate(sim.accounts):
        secrets.set(f"a{index}", account.key, session_only=True)
    store = SettingsStore(paths.settings_file)
    settings = store.update(lambda _none: Settings(accounts=accounts)).settings
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    return TrayApp(
        qapp,
        options=LaunchOptions(interval=interval),
        paths=paths,
        settings_store=store,
        settings=settings,
        endpoint=ApiEndpoint(base=sim.base_url),
        make_secrets=lambda: secrets,
    )


def saved_settings(app: TrayApp) -> Settings:
    """The settings in the app's file now, read as another program would (the app's own
    store is left alone)."""
    return SettingsStore(app.settings_store.path).load().settings
