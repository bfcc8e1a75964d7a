"""The Accounts dialog: the Omise accounts, where each key is kept; add, edit, remove, reorder,
and delete keys that no account uses.

Every change is made by the AccountKeeper (the app), which answers later; the list follows the
settings as they change, here or elsewhere (`show_settings`). An entry that repeats an account
already in the list (older versions let the same key be added twice) is pointed out in its
row and below the list, and can be removed.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
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

from omise_tray.core.localized import translatable
from omise_tray.core.portfolio import Signal
from omise_tray.i18n.translators import follow_language
from omise_tray.storage.settings import AccountSettings, Settings
from omise_tray.ui.account_actions import (
    AccountKeeper,
    KeyCheckFactory,
    KeyShown,
    Orphans,
    Outcome,
    Sentence,
)
from omise_tray.ui.account_form import AccountForm
from omise_tray.ui.text import mode_label, translated
from omise_tray.ui.theme import SIGNAL_COLOURS

COLUMNS = (
    translatable("AccountsDialog", "Name"),
    translatable("AccountsDialog", "Mode"),
    translatable("AccountsDialog", "Currency"),
    translatable("AccountsDialog", "Secret key"),
    translatable("AccountsDialog", "Kept in"),
)
NOT_READ_YET = "…"


class AccountsDialog(QDialog):
    """Lists the accounts (each Omise account once, then any repeating entries) and asks the
    keeper to change them."""

    def __init__(
        self,
        settings: Settings,
        keeper: AccountKeeper,
        key_check: KeyCheckFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accounts-dialog")
        self.settings = settings
        self.keeper = keeper
        self.key_check = key_check
        self.form: AccountForm | None = None
        self._keys: dict[str, KeyShown] = {}
        self._message: Sentence | None = None  # said again when the language changes

        self.keyring_banner = QLabel()
        self.keyring_banner.setObjectName("keyring-banner")
        self.keyring_banner.setWordWrap(True)
        self.keyring_banner.setVisible(not keeper.keyring_usable)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())

        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.add_button.clicked.connect(self.add_account)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        for button in self._row_buttons():
            button.setAutoDefault(False)

        self.duplicates_note = QLabel()
        self.duplicates_note.setObjectName("duplicates-note")
        self.duplicates_note.setWordWrap(True)
        self.duplicates_note.setStyleSheet(f"color: {SIGNAL_COLOURS[Signal.LOW]};")
        self.duplicates_note.hide()

        self.message = QLabel()
        self.message.setObjectName("accounts-message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.orphans_button = QPushButton()
        self.orphans_button.setObjectName("orphans")
        self.orphans_button.setAutoDefault(False)
        self.orphans_button.clicked.connect(self.find_orphans)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        side = QVBoxLayout()
        for button in self._row_buttons():
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        bottom = QHBoxLayout()
        bottom.addWidget(self.orphans_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_banner)
        layout.addLayout(middle, 1)
        layout.addWidget(self.duplicates_note)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.setMinimumSize(640, 320)
        follow_language(self, self._retranslate)  # draws the list, in the language spoken
        self.read_keys()

    def _retranslate(self) -> None:
        """Every word of the dialog in the language spoken now: also the list and the last
        message, said again from what they know (no key is read again)."""
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("AccountsDialog", "Accounts"))
        self.keyring_banner.setText(self.keeper.keyring_problem or "")
        self.table.setHorizontalHeaderLabels([translated("AccountsDialog", c) for c in COLUMNS])
        self.table.setAccessibleName(translate("AccountsDialog", "Accounts"))
        self.add_button.setText(translate("AccountsDialog", "&Add…"))
        self.edit_button.setText(translate("AccountsDialog", "&Edit…"))
        self.remove_button.setText(translate("AccountsDialog", "&Remove…"))
        self.up_button.setText(translate("AccountsDialog", "Move &up"))
        self.down_button.setText(translate("AccountsDialog", "Move &down"))
        self.orphans_button.setText(translate("AccountsDialog", "Keys no account &uses…"))
        self.orphans_button.setToolTip(
            translate(
                "AccountsDialog",
                "Find secret keys left in the keyring that no account uses, and delete them",
            )
        )
        self.refresh()
        self._say(self._message)

    def _row_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        )

    # -- drawing -------------------------------------------------------------------------

    def show_settings(self, settings: Settings) -> None:
        """The settings changed (here or elsewhere): show them, and where the keys are now."""
        if self.form is not None:
            self.form.show_settings(settings)
        if settings == self.settings:
            return
        self.settings = settings
        self.refresh()
        self.read_keys()

    def read_keys(self) -> None:
        """Ask where each account's key is; the list shows "…" until the answer."""
        self.keeper.read_keys(self.settings.all_accounts, self._on_keys)

    def _on_keys(self, keys: Mapping[str, KeyShown]) -> None:
        self._keys = dict(keys)
        self.refresh()

    def refresh(self) -> None:
        """Redraw the list from `settings` and the keys last read; the selection stays on
        the same account."""
        selected = self._selected_id()
        settings = self.settings
        rows = settings.all_accounts
        self.table.setRowCount(len(rows))
        notes: list[str] = []
        for row, account in enumerate(rows):
            shown = self._keys.get(account.id)
            original = settings.duplicate_of(account.id)
            name = account.name
            if original is not None:
                #: In the list of accounts, an entry that repeats an account already listed;
                #: the sentence under the list names the account it repeats.
                name = QCoreApplication.translate("AccountsDialog", "{name} (duplicate)").format(
                    name=account.name
                )
                notes.append(
                    QCoreApplication.translate(
                        "AccountsDialog",
                        "{name} is the same Omise account as {original}, so it is counted "
                        "once. Select it and press Remove to delete it.",
                    ).format(name=account.name, original=original.name)
                )
            cells = (
                name,
                (
                    mode_label(account.livemode)
                    if account.livemode is not None
                    else QCoreApplication.translate("AccountsDialog", "unknown")
                ),
                account.currency or "—",
                (shown.masked or "—") if shown else NOT_READ_YET,
                shown.where() if shown else NOT_READ_YET,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, account.id)
                if original is not None:
                    item.setForeground(QBrush(Qt.GlobalColor.gray))
                    item.setToolTip(notes[-1])
                self.table.setItem(row, column, item)
        self.duplicates_note.setText("\n".join(notes))
        self.duplicates_note.setVisible(bool(notes))
        if selected is not None and settings.account(selected) is not None:
            self.select(selected)
        elif rows:
            self.table.selectRow(0)
        self._update_buttons()

    def select(self, account_id: str) -> None:
        for row, account in enumerate(self.settings.all_accounts):
            if account.id == account_id:
                self.table.selectRow(row)

    def _selected_id(self) -> str | None:
        """The id of the account in the selected row, as drawn (the settings may be newer)."""
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        item = self.table.item(rows[0].row(), 0) if rows else None
        account_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return account_id if isinstance(account_id, str) else None

    def selected_account(self) -> AccountSettings | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        accounts = self.settings.all_accounts
        if not rows or rows[0].row() >= len(accounts):
            return None
        return accounts[rows[0].row()]

    def _update_buttons(self) -> None:
        account = self.selected_account()
        counted = self.settings.accounts
        row = counted.index(account) if account in counted else -1
        self.edit_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(account is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(counted) - 1)

    def _say(self, sentence: Sentence | None) -> None:
        """Show the sentence under the list (None: nothing), and again after a language change."""
        self._message = sentence
        text = sentence() if sentence is not None else ""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- changing ------------------------------------------------------------------------

    def add_account(self) -> None:
        self._open_form(None)

    def edit_selected(self) -> None:
        account = self.selected_account()
        if account is not None and account in self.settings.accounts:
            self._open_form(account)

    def _open_form(self, account: AccountSettings | None) -> None:
        self._say(None)
        shown = self._keys.get(account.id) if account else None
        self.form = AccountForm(
            self.settings,
            self.keeper,
            self.key_check,
            account,
            masked_key=shown.masked if shown else "",
            parent=self,
        )
        self.form.accepted.connect(self._on_form_saved)
        self.form.open()

    def _on_form_saved(self) -> None:
        form = self.form
        if form is None or form.saved_settings is None:
            return
        self._changed(Outcome(form.saved_settings))
        if form.saved_account is not None:
            self.select(form.saved_account.id)

    def remove_selected(self) -> None:
        account = self.selected_account()
        if account is None or not self.confirm_removal(account):
            return
        self._say(None)
        self.keeper.remove(account, self._changed)

    def confirm_removal(self, account: AccountSettings) -> bool:
        """Ask before deleting; a separate method so tests can answer for the user."""
        translate = QCoreApplication.translate
        answer = QMessageBox.question(
            self,
            translate("AccountsDialog", "Remove account"),
            translate(
                "AccountsDialog",
                "Remove {name}? Its secret key will be deleted from this computer.",
            ).format(name=account.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def move_selected(self, step: int) -> None:
        account = self.selected_account()
        if account is not None:
            self.keeper.move(account.id, step, self._changed)

    def _changed(self, outcome: Outcome) -> None:
        """A change answered: show the settings it left, or say why nothing changed."""
        if outcome.settings is None:
            self._say(outcome.sentence)
            return
        self._say(None)
        self.settings = outcome.settings
        if self.form is not None:
            self.form.show_settings(outcome.settings)
        self.refresh()
        self.read_keys()  # a key may have changed while the settings did not

    # -- keys no account uses ------------------------------------------------------------

    def find_orphans(self) -> None:
        self._say(
            lambda: QCoreApplication.translate(
                "AccountsDialog", "Looking for keys no account uses…"
            )
        )
        self.orphans_button.setEnabled(False)
        self.keeper.find_orphans(self._on_orphans_found)

    def _on_orphans_found(self, orphans: Orphans) -> None:
        self.orphans_button.setEnabled(True)
        if orphans.problem is not None:
            self._say(orphans.problem)
            return
        count = len(orphans.account_ids)
        if not count:
            self._say(
                lambda: QCoreApplication.translate(
                    "AccountsDialog",
                    "Every key Omise Tray keeps in the keyring belongs to an account.",
                )
            )
            return
        if not self.confirm_orphans(count):
            self._say(
                lambda: QCoreApplication.translate(
                    "AccountsDialog",
                    "%n key(s) in the keyring belong to no account; none was deleted.",
                    None,
                    count,
                )
            )
            return
        self.orphans_button.setEnabled(False)
        self.keeper.remove_orphans(orphans.account_ids, self._on_orphans_removed)

    def confirm_orphans(self, count: int) -> bool:
        """Ask before deleting keys no account uses; a separate method so tests can answer."""
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("AccountsDialog", "Keys no account uses"),
            QCoreApplication.translate(
                "AccountsDialog",
                "%n secret key(s) in the keyring belong to no account in Omise Tray. They were "
                "left behind by an older version or an interrupted change. Delete them?",
                None,
                count,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_orphans_removed(self, orphans: Orphans) -> None:
        self.orphans_button.setEnabled(True)
        if orphans.problem is not None:
            self._say(orphans.problem)
            return
        count = len(orphans.account_ids)
        self._say(
            lambda: QCoreApplication.translate(
                "AccountsDialog",
                "Deleted %n key(s) that no account used from the keyring.",
                None,
                count,
            )
        )
