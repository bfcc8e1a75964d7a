"""The Accounts dialog and its form as the app builds them: the app's key check against a
simulator, and its account keeper over a settings file in a temporary folder."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from omise_tray.app.accounts import Accounts
from omise_tray.app.key_check import KeyChecker
from omise_tray.app.shared_settings import SharedSettings
from omise_tray.config import ApiEndpoint
from omise_tray.storage.secrets import SecretStore
from omise_tray.storage.settings import AccountSettings, Settings, SettingsStore
from omise_tray.ui.account_actions import KeyCheck
from omise_tray.ui.account_form import AccountForm
from omise_tray.ui.accounts_dialog import AccountsDialog

WAIT_MS = 20_000


def closed_port_endpoint() -> ApiEndpoint:
    """An API address on this computer where nothing listens: connection refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return ApiEndpoint(base=f"http://127.0.0.1:{port}")


class Keeping:
    """A settings file shared as the app shares it, and the app's keeper over it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.shared: SharedSettings | None = None

    def start(self, secrets: SecretStore, settings: Settings | None = None) -> Accounts:
        """The keeper, over a settings file that holds `settings` (None: the file is left
        as it is, or missing)."""
        store = SettingsStore(self.path)
        current = store.load().settings if settings is None else None
        if settings is not None:
            current = store.update(lambda _none: settings).settings
        assert current is not None
        self.shared = SharedSettings(store, current)
        self.shared.start()
        return Accounts(self.shared, secrets)

    def saved(self) -> Settings:
        """The settings in the file now, read as another program would."""
        return SettingsStore(self.path).load().settings

    def stop(self) -> None:
        if self.shared is not None:
            assert self.shared.stop(WAIT_MS)


def key_check(endpoint: ApiEndpoint) -> Callable[[QObject], KeyCheck]:
    return lambda owner: KeyChecker(endpoint, owner)


def open_form(
    qtbot: QtBot,
    keeper: Accounts,
    endpoint: ApiEndpoint,
    account: AccountSettings | None = None,
    settings: Settings | None = None,
    *,
    masked_key: str = "",
) -> AccountForm:
    form = AccountForm(
        settings or Settings(), keeper, key_check(endpoint), account, masked_key=masked_key
    )
    qtbot.addWidget(form)
    form.show()
    return form


def open_dialog(
    qtbot: QtBot,
    keeping: Keeping,
    secrets: SecretStore,
    endpoint: ApiEndpoint,
    settings: Settings | None,
) -> AccountsDialog:
    """The dialog over a settings file that holds `settings`, once it knows where keys are."""
    keeper = keeping.start(secrets, settings)
    assert keeping.shared is not None
    dialog = AccountsDialog(keeping.shared.current, keeper, key_check(endpoint))
    keeping.shared.changed.connect(dialog.show_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    keys_read(qtbot, dialog)
    return dialog


def enter(form: AccountForm, name: str, key: str) -> None:
    form.name_edit.setText(name)
    form.key_edit.setText(key)
    form.check_key()


def wait_for_status(qtbot: QtBot, form: AccountForm, state: str) -> str:
    qtbot.waitUntil(lambda: form.status.property("state") == state, timeout=WAIT_MS)
    return form.status.text()


def row_texts(dialog: AccountsDialog) -> list[list[str]]:
    table = dialog.table
    rows: list[list[str]] = []
    for row in range(table.rowCount()):
        items = [table.item(row, column) for column in range(table.columnCount())]
        rows.append([item.text() if item is not None else "" for item in items])
    return rows


def keys_read(qtbot: QtBot, dialog: AccountsDialog) -> None:
    """Wait until the list shows where every key is (it shows "…" until then)."""
    qtbot.waitUntil(lambda: all(row[3] != "…" for row in row_texts(dialog)), timeout=WAIT_MS)


def checked_new_account(qtbot: QtBot, dialog: AccountsDialog, name: str, key: str) -> AccountForm:
    """Open the dialog's form for a new account, fill it in and wait for Omise's answer."""
    dialog.add_button.click()
    form = dialog.form
    assert form is not None
    enter(form, name, key)
    wait_for_status(qtbot, form, "ok")
    return form
