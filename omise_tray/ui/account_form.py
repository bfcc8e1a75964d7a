"""The Add/Edit account form: a name, a secret key checked with Omise, and where the key is kept.

The form never loses what was typed: Enter checks the key and then saves once it is good, a
refusal is shown inline and leaves every field as it was, and Save says why it is disabled.
A key whose Omise account is already in the list is refused, and given to that account instead
when the user asks.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeyEvent
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

from omise_tray.core.errors import failure_sentence
from omise_tray.core.portfolio import Signal
from omise_tray.i18n.translators import follow_language
from omise_tray.omise.errors import KeyFormatError
from omise_tray.omise.keys import check_secret_key
from omise_tray.storage.settings import (
    AccountSettings,
    Settings,
    account_name,
    find_duplicate,
    key_opens,
)
from omise_tray.ui.account_actions import (
    AccountChange,
    AccountKeeper,
    CheckedKey,
    KeyCheckFactory,
    Outcome,
    Sentence,
)
from omise_tray.ui.theme import small_font, text_colour

CHECK_DELAY_MS = 600  # let typing settle before asking Omise; a paste is checked right after
STATUS_COLOURS = {"ok": Signal.HEALTHY, "error": Signal.CRITICAL, "busy": None, "info": None}
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class AccountForm(QDialog):
    """Adds an account or edits one; the change is made by the AccountKeeper, and the form
    closes (accepted, with `saved_account` and `saved_settings`) once it went through."""

    def __init__(
        self,
        settings: Settings,
        keeper: AccountKeeper,
        key_check: KeyCheckFactory,
        account: AccountSettings | None = None,
        *,
        masked_key: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("account-form")
        self._settings = settings
        self._keeper = keeper
        self._account = account
        self._verified: tuple[str, AccountSettings] | None = None  # the key and its account
        self._checking = ""  # the key whose check is in flight, kept only until it answers
        # A checked key whose account is already in the list: the key, its account, the entry.
        self._offer: tuple[str, AccountSettings, AccountSettings] | None = None
        self._refused = False  # Omise accepted the key, but it is not one for this entry
        self._save_when_checked = False  # Enter was pressed before the key was checked
        self._saving: AccountChange | None = None
        self._masked_key = masked_key if account is not None else ""
        self._status: tuple[str, Sentence] = ("info", self._hint)  # said again on a change
        self.saved_account: AccountSettings | None = None
        self.saved_settings: Settings | None = None

        self.checker = key_check(self)
        self._check_delay = QTimer(self)
        self._check_delay.setObjectName("key-check-delay")
        self._check_delay.setSingleShot(True)
        self._check_delay.setInterval(CHECK_DELAY_MS)
        self._check_delay.timeout.connect(self.check_key)

        self.name_edit = QLineEdit(account.name if account else "")
        self.name_edit.setMaxLength(80)
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setMinimumWidth(340)
        self.show_key = QCheckBox()
        self.show_key.toggled.connect(self._on_show_key)
        self.check_button = QPushButton()
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check_key)
        self.stop_button = QPushButton()
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self.stop_checking)
        self.stop_button.hide()

        self.status = QLabel()
        self.status.setObjectName("key-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.offer_button = QPushButton()
        self.offer_button.setObjectName("use-key-for-existing")
        self.offer_button.clicked.connect(self.use_key_for_existing)
        self.offer_button.hide()

        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.session_only = QCheckBox()
        self.session_only.setChecked(account is not None and account.key_storage == "session")
        self.session_only.toggled.connect(self._update_buttons)
        self.keyring_note.setVisible(not keeper.keyring_usable)
        self.session_only.setVisible(not keeper.keyring_usable or self.session_only.isChecked())

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save_button is not None
        self.save_button = save_button
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Why Save is disabled, in words beside it: a tooltip alone is never seen.
        self.save_reason = QLabel()
        self.save_reason.setObjectName("save-reason")
        self.save_reason.setWordWrap(True)
        self.save_reason.setFont(small_font(self.save_reason.font()))

        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.stop_button)
        check_row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.key_label = QLabel()
        self.key_label.setBuddy(self.key_edit)  # the field itself, not its row
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.key_label, key_row)
        form.addRow("", check_row)
        offer_row = QHBoxLayout()
        offer_row.addWidget(self.offer_button)
        offer_row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_reason, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(offer_row)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.session_only)
        layout.addStretch(1)
        layout.addLayout(bottom)

        self.name_edit.textChanged.connect(self._update_buttons)
        self.key_edit.textChanged.connect(self._on_key_edited)
        self.setMinimumWidth(520)
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        """Every word of the form in the language spoken now, its state said again from what
        it knows; what was typed stays and no key is checked again."""
        translate = QCoreApplication.translate
        self.setWindowTitle(
            translate("AccountForm", "Edit account")
            if self._account
            else translate("AccountForm", "Add account")
        )
        self.name_edit.setPlaceholderText(translate("AccountForm", "For example: Bangkok shop"))
        self.key_edit.setAccessibleName(translate("AccountForm", "Secret key"))
        self.key_edit.setPlaceholderText(
            #: {key} is the current key, masked: skey_test_•••••1234.
            translate("AccountForm", "Leave empty to keep the current key ({key})").format(
                key=self._masked_key
            )
            if self._masked_key
            else translate("AccountForm", "skey_test_… or skey_… from Dashboard → Keys")
        )
        self.show_key.setText(translate("AccountForm", "Sho&w key"))
        self.check_button.setText(translate("AccountForm", "&Check key"))
        self.stop_button.setText(translate("AccountForm", "S&top checking"))
        self.session_only.setText(translate("AccountForm", "Keep for this session &only"))
        self.keyring_note.setText(self._keeper.keyring_problem or "")
        self.name_label.setText(translate("AccountForm", "&Name:"))
        self.key_label.setText(translate("AccountForm", "&Secret key:"))
        if self._offer is not None:
            self.offer_button.setText(self._offer_words(self._offer[2]))
        self._set_status(*self._status)
        self._update_buttons()

    def _hint(self) -> str:
        translate = QCoreApplication.translate
        if self._account is not None:
            return translate(
                "AccountForm",
                "Paste a new secret key to replace the current one, or just change the name.",
            )
        return translate(
            "AccountForm",
            "Paste the secret key from Dashboard → Keys; it is checked with Omise before saving.",
        )

    def _on_show_key(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.key_edit.setEchoMode(mode)

    def _on_key_edited(self, text: str) -> None:
        self.checker.cancel()
        self._checking = ""
        self._verified = None
        self._refused = False
        self._save_when_checked = False
        self._withdraw_offer()
        if text.strip():
            self._check_delay.start()
        else:
            self._check_delay.stop()
            self._set_status("info", self._hint)
        self._update_buttons()

    def _set_status(self, state: str, sentence: Sentence) -> None:
        """Show the key's state in words, and say them again when the language changes."""
        self._status = (state, sentence)
        signal = STATUS_COLOURS[state]
        colour = text_colour(signal, self.palette()).name() if signal else ""
        self.status.setStyleSheet(f"color: {colour};" if colour else "")
        self.status.setProperty("state", state)
        self.status.setText(sentence())

    def save_blocker(self) -> str | None:
        """Why Save cannot be pressed now, as the words shown beside it; None when it can."""
        if self._saving is not None:
            return QCoreApplication.translate("AccountForm", "Saving…")
        if not account_name(self.name_edit.text()):
            return QCoreApplication.translate("AccountForm", "Give the account a name.")
        typed = bool(self.key_edit.text().strip())
        if self._account is not None and not typed:
            return None  # a new name only; the key stays
        if not typed:
            return QCoreApplication.translate("AccountForm", "Paste the account's secret key.")
        if self.checker.busy or self._check_delay.isActive():
            return QCoreApplication.translate("AccountForm", "Wait for Omise to check the key.")
        if self._offer is not None:
            return QCoreApplication.translate(
                "AccountForm", "Use this key for {name}, or paste another key."
            ).format(name=self._offer[2].name)
        if self._refused:
            return QCoreApplication.translate("AccountForm", "Paste a key of this account.")
        if self._verified is None:
            return QCoreApplication.translate("AccountForm", "Save needs a key Omise has accepted.")
        return None

    def _update_buttons(self) -> None:
        busy = self.checker.busy
        blocker = self.save_blocker()
        self.save_button.setEnabled(blocker is None)
        self.save_button.setToolTip(blocker or "")
        self.save_reason.setText(blocker or "")
        self.save_reason.setVisible(blocker is not None)
        self.check_button.setEnabled(not busy and bool(self.key_edit.text().strip()))
        self.stop_button.setVisible(busy)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Enter checks and saves (see `submit`); it never closes the form unsaved."""
        if event.key() in ENTER_KEYS:
            event.accept()
            self.submit()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        """What Enter does: save when Save can be pressed; otherwise check the key first and
        save once Omise accepts it. Nothing typed is ever discarded."""
        if self._saving is not None:
            return
        if not account_name(self.name_edit.text()):
            self.name_edit.setFocus()
            return
        if self.save_button.isEnabled():
            self.save()
            return
        unchecked = self._verified is None and self._offer is None and not self._refused
        if self.key_edit.text().strip() and unchecked:
            self._save_when_checked = True
            if not self.checker.busy:
                self.check_key()

    def check_key(self) -> None:
        """Check the key's shape now, then ask Omise in the background."""
        self._check_delay.stop()
        text = self.key_edit.text()
        if not text.strip():
            return
        try:
            key = check_secret_key(text)
        except KeyFormatError as exc:
            self._save_when_checked = False
            self._set_status(
                "error",
                partial(failure_sentence, exc.kind, QCoreApplication.translate, code=exc.code),
            )
            self._update_buttons()
            return
        self._set_status(
            "busy",
            lambda: QCoreApplication.translate("AccountForm", "Checking the key with Omise…"),
        )
        self._checking = key
        self._refused = False
        self._withdraw_offer()
        self.checker.check(key, self._on_checked)
        self._update_buttons()

    def stop_checking(self) -> None:
        self.checker.cancel()
        self._checking = ""
        self._save_when_checked = False
        self._set_status(
            "info",
            lambda: QCoreApplication.translate(
                "AccountForm", "Check stopped. Press Check key to try again."
            ),
        )
        self._update_buttons()

    def _on_checked(self, checked: CheckedKey) -> None:
        key, self._checking = self._checking, ""
        save_now, self._save_when_checked = self._save_when_checked, False
        found = checked.found
        if found is None:
            self._set_status("error", checked.sentence)
            self._update_buttons()
            return
        problem, existing = self._judge(found)
        if problem is not None:
            self._refused = True
            self._set_status("error", problem)
            if existing is not None:
                self._offer = (key, found, existing)
                self.offer_button.setText(self._offer_words(existing))
                self.offer_button.show()
        else:
            self._verified = (key, found)
            self._set_status("ok", checked.sentence)
        self._update_buttons()
        if save_now and self.save_button.isEnabled():
            self.save()

    @staticmethod
    def _offer_words(existing: AccountSettings) -> str:
        #: A button; {name} is the name of an account already in the list.
        line = QCoreApplication.translate("AccountForm", "Use this key for {name}")
        return line.format(name=existing.name)

    def _judge(self, found: AccountSettings) -> tuple[Sentence | None, AccountSettings | None]:
        """Why a key Omise accepted cannot be used here (and the entry that has its account
        already), or (None, None)."""
        candidate = found if self._account is None else replace(found, id=self._account.id)
        existing = find_duplicate(self._settings, candidate)
        if existing is not None:
            return partial(_already_added, existing.name), existing
        if self._account is not None and not key_opens(self._account, found):
            return partial(_another_account, self._account.name), None
        return None, None

    def _withdraw_offer(self) -> None:
        self._offer = None
        self.offer_button.hide()

    def use_key_for_existing(self) -> None:
        """Give the checked key to the entry that already has its Omise account: the form
        now edits that entry, and Save replaces its key."""
        if self._offer is None:
            return
        key, found, existing = self._offer
        self._withdraw_offer()
        self._refused = False
        self._account = existing
        self.setWindowTitle(QCoreApplication.translate("AccountForm", "Edit account"))
        self.name_edit.setText(existing.name)
        self._verified = (key, found)
        self._set_status("ok", partial(_save_gives, existing.name))
        self._update_buttons()

    def show_settings(self, settings: Settings) -> None:
        """The accounts changed (here or elsewhere): judge keys against them from now on."""
        self._settings = settings

    def save(self) -> None:
        """Hand the change to the keeper, or say inline why not; the form stays as it is."""
        if self.save_blocker() is not None:
            return
        name = account_name(self.name_edit.text())
        clash = self._settings.account_named(name)
        if clash is not None and (self._account is None or clash.id != self._account.id):
            self._set_status("error", partial(_name_taken, name))
            return
        if self._account is not None and not self.key_edit.text().strip():
            self._hand_over(AccountChange(replace(self._account, name=name), None, adding=False))
            return
        if self._verified is None:
            return
        key, found = self._verified
        session_only = self.session_only.isChecked()
        if not session_only and not self._keeper.keyring_usable:
            self._set_status(
                "error",
                lambda: QCoreApplication.translate(
                    "AccountForm",
                    "Tick “Keep for this session only” to use this key until you quit.",
                ),
            )
            return
        storage = "session" if session_only else "keyring"
        if self._account is None:
            account = replace(found, name=name, key_storage=storage)
        else:
            account = replace(found, id=self._account.id, name=name, key_storage=storage)
        self._hand_over(AccountChange(account, key, session_only, adding=self._account is None))

    def _hand_over(self, change: AccountChange) -> None:
        self._saving = change
        self._set_status("busy", lambda: QCoreApplication.translate("AccountForm", "Saving…"))
        self._update_buttons()
        self._keeper.save(change, self._on_saved)

    def _on_saved(self, outcome: Outcome) -> None:
        change, self._saving = self._saving, None
        if outcome.settings is None or change is None:
            sentence = outcome.sentence
            if outcome.offer_session:
                sentence = partial(_or_session_only, outcome.sentence)
                self.session_only.show()
            self._set_status("error", sentence)
            self._update_buttons()
            return
        self._settings = self.saved_settings = outcome.settings
        self.saved_account = outcome.settings.account(change.account.id)
        self._verified = None
        self.key_edit.clear()
        if self.isVisible():
            self.accept()

    def done(self, result: int) -> None:
        self.checker.cancel()
        self._check_delay.stop()
        super().done(result)


def _already_added(name: str) -> str:
    line = QCoreApplication.translate("AccountForm", "This key belongs to {name}, already added.")
    return line.format(name=name)


def _another_account(name: str) -> str:
    line = QCoreApplication.translate(
        "AccountForm",
        "This key belongs to another Omise account, not to {name}. Add it as an "
        "account of its own.",
    )
    return line.format(name=name)


def _save_gives(name: str) -> str:
    #: {name} is the name of the account whose key Save replaces.
    line = QCoreApplication.translate("AccountForm", "Save gives {name} this key.")
    return line.format(name=name)


def _name_taken(name: str) -> str:
    line = QCoreApplication.translate(
        "AccountForm", "Another account is already called {name}; pick another."
    )
    return line.format(name=name)


def _or_session_only(problem: Sentence) -> str:
    #: {problem} says why the key could not be kept in the keyring.
    line = QCoreApplication.translate(
        "AccountForm", "{problem} Or tick “Keep for this session only”."
    )
    return line.format(problem=problem())
