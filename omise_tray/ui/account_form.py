"""The Add/Edit account form: a name, a secret key checked with Omise, and where the key is kept."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omise_tray.app.key_check import KeyChecker, KeyVerdict
from omise_tray.config import ApiEndpoint
from omise_tray.core.portfolio import Signal
from omise_tray.omise.errors import KeyFormatError
from omise_tray.omise.keys import check_secret_key
from omise_tray.storage.secrets import SecretStore, SecretStoreError
from omise_tray.storage.settings import AccountSettings, Settings
from omise_tray.ui.theme import text_colour

CHECK_DELAY_MS = 600  # let typing settle before asking Omise; a paste is checked right after
STATUS_COLOURS = {"ok": Signal.HEALTHY, "error": Signal.CRITICAL, "busy": None, "info": None}


class AccountForm(QDialog):
    """Adds an account or edits one; on accept, `saved_account` holds the result and the key
    is already in the SecretStore (keyring or session)."""

    def __init__(
        self,
        settings: Settings,
        secrets: SecretStore,
        endpoint: ApiEndpoint,
        account: AccountSettings | None = None,
        *,
        masked_key: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("account-form")
        self._settings = settings
        self._secrets = secrets
        self._account = account
        self._verified: tuple[str, KeyVerdict] | None = None
        self._checking = ""  # the key whose check is in flight, kept only until it answers
        self.saved_account: AccountSettings | None = None

        self.setWindowTitle("Edit account" if account else "Add account")
        self.checker = KeyChecker(endpoint, self)
        self.checker.checked.connect(self._on_checked)
        self._check_delay = QTimer(self)
        self._check_delay.setObjectName("key-check-delay")
        self._check_delay.setSingleShot(True)
        self._check_delay.setInterval(CHECK_DELAY_MS)
        self._check_delay.timeout.connect(self.check_key)

        self.name_edit = QLineEdit(account.name if account else "")
        self.name_edit.setPlaceholderText("For example: Bangkok shop")
        self.name_edit.setMaxLength(80)
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setAccessibleName("Secret key")
        self.key_edit.setMinimumWidth(340)
        self.key_edit.setPlaceholderText(
            f"Leave empty to keep the current key ({masked_key})"
            if account and masked_key
            else "skey_test_… or skey_… from Dashboard → Keys"
        )
        self.show_key = QCheckBox("Sho&w key")
        self.show_key.toggled.connect(self._on_show_key)
        self.check_button = QPushButton("&Check key")
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check_key)
        self.stop_button = QPushButton("S&top checking")
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self.stop_checking)
        self.stop_button.hide()

        self.status = QLabel()
        self.status.setObjectName("key-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)

        self.keyring_note = QLabel(secrets.status.reason or "")
        self.keyring_note.setWordWrap(True)
        self.session_only = QCheckBox("Keep for this session &only")
        self.session_only.setChecked(account is not None and account.key_storage == "session")
        self.session_only.toggled.connect(self._update_buttons)
        self.keyring_note.setVisible(not secrets.keyring_usable)
        self.session_only.setVisible(not secrets.keyring_usable or self.session_only.isChecked())

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.stop_button)
        check_row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow("&Name:", self.name_edit)
        form.addRow("&Secret key:", key_row)
        form.addRow("", check_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.session_only)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # The key field's label buddy is the row layout; point the mnemonic at the field itself.
        label = form.labelForField(key_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.key_edit)

        self.name_edit.textChanged.connect(self._update_buttons)
        self.key_edit.textChanged.connect(self._on_key_edited)
        self.key_edit.returnPressed.connect(self.check_key)
        self.setMinimumWidth(520)
        self._update_buttons()
        self._set_status("info", self._hint())

    def _hint(self) -> str:
        if self._account is not None:
            return "Paste a new secret key to replace the current one, or just change the name."
        return "Paste the secret key from Dashboard → Keys; it is checked with Omise before saving."

    def _on_show_key(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.key_edit.setEchoMode(mode)

    def _on_key_edited(self, text: str) -> None:
        self.checker.cancel()
        self._verified = None
        if text.strip():
            self._check_delay.start()
        else:
            self._check_delay.stop()
            self._set_status("info", self._hint())
        self._update_buttons()

    def _set_status(self, state: str, text: str) -> None:
        signal = STATUS_COLOURS[state]
        colour = text_colour(signal, self.palette()).name() if signal else ""
        self.status.setStyleSheet(f"color: {colour};" if colour else "")
        self.status.setProperty("state", state)
        self.status.setText(text)

    def _update_buttons(self) -> None:
        busy = self.checker.busy
        has_name = bool(self.name_edit.text().strip())
        keeps_current_key = self._account is not None and not self.key_edit.text().strip()
        self.save_button.setEnabled(
            has_name and not busy and (self._verified is not None or keeps_current_key)
        )
        self.check_button.setEnabled(not busy and bool(self.key_edit.text().strip()))
        self.stop_button.setVisible(busy)

    def check_key(self) -> None:
        """Check the key's shape now, then ask Omise in the background."""
        self._check_delay.stop()
        text = self.key_edit.text()
        if not text.strip():
            return
        try:
            key = check_secret_key(text)
        except KeyFormatError as exc:
            self._set_status("error", exc.message)
            self._update_buttons()
            return
        self._set_status("busy", "Checking the key with Omise…")
        self._checking = key
        self.checker.check(key)
        self._update_buttons()

    def stop_checking(self) -> None:
        self.checker.cancel()
        self._set_status("info", "Check stopped. Press Check key to try again.")
        self._update_buttons()

    def _on_checked(self, verdict: KeyVerdict) -> None:
        key = self._checking
        self._checking = ""
        if verdict.accepted:
            self._verified = (key, verdict)
            self._set_status("ok", f"Found {verdict.summary()}")
        else:
            self._set_status("error", verdict.problem())
        self._update_buttons()

    def save(self) -> None:
        """Keep the key where the user chose and accept, or say inline why not."""
        name = self.name_edit.text().strip()
        clash = self._settings.account_named(name)
        if clash is not None and (self._account is None or clash.id != self._account.id):
            self._set_status("error", f"Another account is already called {name}; pick another.")
            return
        if self._account is not None and not self.key_edit.text().strip():
            self._finish(replace(self._account, name=name))
            return
        if self._verified is None:
            return
        key, verdict = self._verified
        session_only = self.session_only.isChecked()
        if not session_only and not self._secrets.keyring_usable:
            self._set_status(
                "error", "Tick “Keep for this session only” to use this key until you quit."
            )
            return
        account_id = self._account.id if self._account else AccountSettings.new_id()
        try:
            self._secrets.set(account_id, key, session_only=session_only)
        except SecretStoreError as exc:
            self._set_status("error", f"{exc} Or tick “Keep for this session only”.")
            self.session_only.show()
            return
        base = self._account or AccountSettings(id=account_id, name=name)
        found = verdict.account
        self._finish(
            replace(
                base,
                name=name,
                livemode=verdict.livemode,
                currency=verdict.currency,
                email=(found.email or None) if found else None,
                country=found.country if found else None,
                key_storage="session" if session_only else "keyring",
            )
        )

    def _finish(self, account: AccountSettings) -> None:
        self._verified = None
        self.key_edit.clear()
        self.saved_account = account
        self.accept()

    def done(self, result: int) -> None:
        self.checker.cancel()
        self._check_delay.stop()
        super().done(result)
