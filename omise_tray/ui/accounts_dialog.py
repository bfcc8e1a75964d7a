"""The Accounts dialog: the Omise accounts, where each key is kept; add, edit, remove, reorder."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omise_tray.config import ApiEndpoint
from omise_tray.core.redact import mask_key
from omise_tray.storage.secrets import SecretStore, SecretStoreError
from omise_tray.storage.settings import AccountSettings, Settings, SettingsStore
from omise_tray.ui.account_form import AccountForm

log = logging.getLogger(__name__)

COLUMNS = ("Name", "Mode", "Currency", "Secret key", "Kept in")


class AccountsDialog(QDialog):
    """Lists the accounts and changes them; every change is saved at once and announced with
    `accounts_changed(Settings)`."""

    accounts_changed = Signal(object)  # Settings

    def __init__(
        self,
        settings_store: SettingsStore,
        settings: Settings,
        secrets: SecretStore,
        endpoint: ApiEndpoint,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accounts-dialog")
        self.setWindowTitle("Accounts")
        self.settings_store = settings_store
        self.settings = settings
        self.secrets = secrets
        self.endpoint = endpoint
        self.form: AccountForm | None = None
        self._masked: dict[str, str] = {}

        self.keyring_banner = QLabel(secrets.status.reason or "")
        self.keyring_banner.setObjectName("keyring-banner")
        self.keyring_banner.setWordWrap(True)
        self.keyring_banner.setVisible(not secrets.keyring_usable)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName("Accounts")
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())

        self.add_button = QPushButton("&Add…")
        self.edit_button = QPushButton("&Edit…")
        self.remove_button = QPushButton("&Remove…")
        self.up_button = QPushButton("Move &up")
        self.down_button = QPushButton("Move &down")
        self.add_button.clicked.connect(self.add_account)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        for button in self._row_buttons():
            button.setAutoDefault(False)

        self.message = QLabel()
        self.message.setObjectName("accounts-message")
        self.message.setWordWrap(True)
        self.message.hide()

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        side = QVBoxLayout()
        for button in self._row_buttons():
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_banner)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.setMinimumSize(640, 320)
        self.refresh()

    def _row_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        )

    def refresh(self) -> None:
        """Redraw the list from `settings`, asking the SecretStore where each key is."""
        selected = self.selected_account()
        self._masked.clear()
        self.table.setRowCount(len(self.settings.accounts))
        for row, account in enumerate(self.settings.accounts):
            stored = self.secrets.find(account)
            masked = mask_key(stored.key) if stored.key else "—"
            self._masked[account.id] = masked if stored.key else ""
            cells = (
                account.name,
                account.mode_label,
                account.currency or "—",
                masked,
                self.secrets.describe(stored.location),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, account.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if selected is not None:
            self.select(selected.id)
        elif self.settings.accounts:
            self.table.selectRow(0)
        self._update_buttons()

    def select(self, account_id: str) -> None:
        for row, account in enumerate(self.settings.accounts):
            if account.id == account_id:
                self.table.selectRow(row)

    def selected_account(self) -> AccountSettings | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.settings.accounts):
            return None
        return self.settings.accounts[rows[0].row()]

    def _update_buttons(self) -> None:
        account = self.selected_account()
        row = self.settings.accounts.index(account) if account else -1
        self.edit_button.setEnabled(account is not None)
        self.remove_button.setEnabled(account is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self.settings.accounts) - 1)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def add_account(self) -> None:
        self._open_form(None)

    def edit_selected(self) -> None:
        account = self.selected_account()
        if account is not None:
            self._open_form(account)

    def _open_form(self, account: AccountSettings | None) -> None:
        self._say("")
        masked = self._masked.get(account.id, "") if account else ""
        self.form = AccountForm(
            self.settings, self.secrets, self.endpoint, account, masked_key=masked, parent=self
        )
        self.form.accepted.connect(self._on_form_saved)
        self.form.open()

    def _on_form_saved(self) -> None:
        if self.form is None or self.form.saved_account is None:
            return
        account = self.form.saved_account
        is_new = self.settings.account(account.id) is None
        if self._apply(self.settings.with_account(account)):
            self.select(account.id)
        elif is_new:
            # No saved account refers to the key the form just stored: take it back out.
            try:
                self.secrets.delete(account.id)
            except SecretStoreError:
                log.warning("the key of the unsaved account %s stays in the keyring", account.id)

    def remove_selected(self) -> None:
        account = self.selected_account()
        if account is None or not self.confirm_removal(account):
            return
        try:
            self.secrets.delete(account.id)
        except SecretStoreError as exc:
            self._say(f"{account.name} was not removed: {exc}")
            return
        self._apply(self.settings.without_account(account.id))

    def confirm_removal(self, account: AccountSettings) -> bool:
        """Ask before deleting; a separate method so tests can answer for the user."""
        answer = QMessageBox.question(
            self,
            "Remove account",
            f"Remove {account.name}? Its secret key will be deleted from this computer.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def move_selected(self, step: int) -> None:
        account = self.selected_account()
        if account is None:
            return
        accounts = list(self.settings.accounts)
        row = accounts.index(account)
        target = row + step
        if not 0 <= target < len(accounts):
            return
        accounts[row], accounts[target] = accounts[target], accounts[row]
        self._apply(replace(self.settings, accounts=tuple(accounts)))
        self.select(account.id)

    def _apply(self, settings: Settings) -> bool:
        """Save the settings and show them; False (and a sentence) when they could not be."""
        try:
            self.settings_store.save(settings)
        except OSError as exc:
            log.warning("could not save settings: %s", exc)
            self._say(
                f"The change could not be saved ({exc.strerror}). Check that your settings "
                "folder is writable and try again."
            )
            return False
        self._say("")
        self.settings = settings
        self.refresh()
        self.accounts_changed.emit(settings)
        return True
