"""The Settings dialog: polling, notifications, quiet hours, API version and alert thresholds.

Thresholds are typed in the currency's major units with its precision (JPY has none) and
stored in minor units; an empty field means the currency's default. Every mistake is named
next to its field, and OK stays disabled until there is none.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omise_tray import APP_NAME
from omise_tray.config import (
    DEFAULT_API_VERSION,
    KNOWN_API_VERSIONS,
    MAX_INTERVAL,
    OMISE_MIN_INTERVAL,
)
from omise_tray.core.health import Watched, default_thresholds
from omise_tray.core.localized import translatable
from omise_tray.core.money import AmountError, format_amount, parse_amount
from omise_tray.core.portfolio import Signal as TraySignal
from omise_tray.i18n.language import NATIVE_NAMES, SYSTEM
from omise_tray.storage.settings import AccountSettings, Settings
from omise_tray.ui import text
from omise_tray.ui.theme import SPACING, small_font, text_colour
from omise_tray.ui.wheel_guard import guard_wheel

MAX_INTERVAL_MINUTES = 24 * 60
DEFAULT_QUIET_HOURS = (22, 7)
WATCHED_CHOICES = (
    (Watched.AVAILABLE, text.STATUS_CONTEXT, text.AVAILABLE),
    (Watched.TOTAL, "SettingsDialog", translatable("SettingsDialog", "Total balance")),
)


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(f"color: {text_colour(TraySignal.CRITICAL, label.palette()).name()};")
    label.setWordWrap(True)
    label.setFont(small_font(label.font()))
    label.hide()
    return label


def _show_error(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))


class ThresholdEditor(QGroupBox):
    """Edits one account's low and critical amounts, watched figure and notifications."""

    validity_changed = Signal()

    def __init__(self, account: AccountSettings, parent: QWidget | None = None) -> None:
        super().__init__(account.name, parent)
        self.setObjectName(f"thresholds-{account.id}")
        self._account = account
        self.currency = (account.currency or "THB").upper()
        self._defaults = default_thresholds(self.currency)

        self.low_edit = self._amount_edit("low", account.low, self._defaults.low)
        self.critical_edit = self._amount_edit(
            "critical", account.critical, self._defaults.critical
        )
        self.low_error = _error_label("low-error")
        self.critical_error = _error_label("critical-error")
        self.watched_box = QComboBox()
        self.watched_box.setObjectName("watched")
        for watched, context, label in WATCHED_CHOICES:
            self.watched_box.addItem(text.translated(context, label), str(watched))
        self.watched_box.setCurrentIndex(max(0, self.watched_box.findData(account.watched)))
        translate = QCoreApplication.translate
        self.notify_box = QCheckBox(
            translate("SettingsDialog", "Show notifications for this account")
        )
        self.notify_box.setObjectName("notifications")
        self.notify_box.setChecked(account.notifications)

        if account.livemode is None:
            #: {currency} is a currency code, such as THB.
            intro = translate("SettingsDialog", "{currency}. Leave a field empty for the default.")
        else:
            #: {currency} is a currency code, such as THB; {mode} "live" or "test".
            intro = translate(
                "SettingsDialog", "{currency} · {mode}. Leave a field empty for the default."
            )
        mode = text.mode_label(bool(account.livemode))
        form = QFormLayout(self)
        form.addRow(QLabel(intro.format(currency=self.currency, mode=mode)))
        #: {currency} is a currency code, such as THB.
        low_label = translate("SettingsDialog", "Low at or below ({currency})")
        form.addRow(low_label.format(currency=self.currency), self.low_edit)
        form.addRow("", self.low_error)
        #: {currency} is a currency code, such as THB.
        critical_label = translate("SettingsDialog", "Critical at or below ({currency})")
        form.addRow(critical_label.format(currency=self.currency), self.critical_edit)
        form.addRow("", self.critical_error)
        #: Which figure the alerts watch: the available or the total balance.
        form.addRow(translate("SettingsDialog", "Watch"), self.watched_box)
        form.addRow("", self.notify_box)
        self._errors: dict[str, str] = {}
        self.validate()

    def _amount_edit(self, name: str, value: int | None, default: int) -> QLineEdit:
        edit = QLineEdit("" if value is None else format_amount(value, self.currency))
        edit.setObjectName(name)
        #: {amount} is the amount used when the field is left empty.
        placeholder = QCoreApplication.translate("SettingsDialog", "{amount} (default)")
        edit.setPlaceholderText(placeholder.format(amount=format_amount(default, self.currency)))
        edit.setClearButtonEnabled(True)
        edit.textChanged.connect(self.validate)
        return edit

    def _parse(self, edit: QLineEdit) -> tuple[int | None, str | None]:
        """The typed amount in minor units (None when empty), or what is wrong with it."""
        typed = edit.text().strip()
        if not typed:
            return None, None
        try:
            return parse_amount(typed, self.currency), None
        except AmountError as exc:
            return None, exc.sentence(QCoreApplication.translate)

    def validate(self) -> None:
        low, low_error = self._parse(self.low_edit)
        critical, critical_error = self._parse(self.critical_edit)
        effective_low = self._defaults.low if low is None else low
        if critical_error is None and critical is not None and critical > effective_low:
            limit = format_amount(effective_low, self.currency)
            if low is not None:
                #: {limit} is the low threshold typed, such as 1,000.00; {currency} its code.
                sentence = QCoreApplication.translate(
                    "SettingsDialog", "Critical must be no more than low ({limit} {currency})."
                )
            else:
                #: {limit} is the default low threshold, such as 1,000.00; {currency} its code.
                sentence = QCoreApplication.translate(
                    "SettingsDialog",
                    "Critical must be no more than the default low ({limit} {currency}).",
                )
            critical_error = sentence.format(limit=limit, currency=self.currency)
        _show_error(self.low_error, low_error)
        _show_error(self.critical_error, critical_error)
        was_valid = self.is_valid()
        self._errors = {
            name: error
            for name, error in (("low", low_error), ("critical", critical_error))
            if error is not None
        }
        if was_valid != self.is_valid():
            self.validity_changed.emit()

    def is_valid(self) -> bool:
        return not self._errors

    def account(self) -> AccountSettings:
        """The account with the edited alert settings (only meaningful while valid)."""
        low, _ = self._parse(self.low_edit)
        critical, _ = self._parse(self.critical_edit)
        return replace(
            self._account,
            low=low,
            critical=critical,
            watched=str(self.watched_box.currentData()),
            notifications=self.notify_box.isChecked(),
        )


class SettingsDialog(QDialog):
    """Lets the merchant change how often balances are fetched and when alerts are shown."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        offer_login_start: bool = True,
        interval_floor: int = OMISE_MIN_INTERVAL,
    ) -> None:
        """`offer_login_start` False hides "Start at login" (the demo must not add one);
        `interval_floor` is the shortest interval the API in use allows, in seconds (under a
        minute, the interval is shown in seconds: the demo's simulator allows that)."""
        super().__init__(parent)
        self._offer_login_start = offer_login_start
        self._interval_floor = interval_floor
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setObjectName("settings-dialog")
        self._settings = settings

        tabs = QTabWidget()
        tabs.addTab(self._general_page(), translate("SettingsDialog", "General"))
        tabs.addTab(self._alerts_page(), translate("SettingsDialog", "Alerts"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.buttons)
        self._update_ok()
        guard_wheel(self)

    @property
    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def _general_page(self) -> QWidget:
        translate = QCoreApplication.translate
        settings = self._settings
        self.interval_spin = QSpinBox()
        self.interval_spin.setObjectName("interval")
        if self._interval_floor < 60:
            # The demo's simulator is polled every few seconds: show what it really does.
            self._interval_unit = 1
            self.interval_spin.setRange(self._interval_floor, MAX_INTERVAL)
            #: After a number of seconds in a spin box, such as "3 s".
            self.interval_spin.setSuffix(QCoreApplication.translate("SettingsDialog", " s"))
        else:
            # Omise asks for at most one balance request a minute.
            self._interval_unit = 60
            self.interval_spin.setRange(1, MAX_INTERVAL_MINUTES)
            #: After a number of minutes in a spin box, such as "5 min".
            self.interval_spin.setSuffix(translate("SettingsDialog", " min"))
        self.interval_spin.setValue(max(1, round(settings.interval_seconds / self._interval_unit)))
        self._initial_interval = self.interval_spin.value()

        self.pause_box = QCheckBox(translate("SettingsDialog", "Pause all notifications"))
        self.pause_box.setObjectName("pause-notifications")
        self.pause_box.setChecked(settings.notifications_paused)
        pause_note = QLabel(
            translate(
                "SettingsDialog", "The tray icon and its tooltip still show every balance's state."
            )
        )
        pause_note.setFont(small_font(pause_note.font()))
        pause_note.setWordWrap(True)

        quiet = settings.quiet_hours_start is not None and settings.quiet_hours_end is not None
        start, end = DEFAULT_QUIET_HOURS
        if quiet:
            start, end = settings.quiet_hours_start or 0, settings.quiet_hours_end or 0
        #: Followed by two hours: "Quiet hours from [22:00] to [07:00]".
        self.quiet_box = QCheckBox(translate("SettingsDialog", "Quiet hours from"))
        self.quiet_box.setObjectName("quiet-hours")
        self.quiet_box.setChecked(quiet)
        self.quiet_start = self._hour_box("quiet-start", start)
        self.quiet_end = self._hour_box("quiet-end", end)
        self.quiet_error = _error_label("quiet-error")
        self.quiet_box.toggled.connect(self._quiet_changed)
        quiet_row = QHBoxLayout()
        quiet_row.setSpacing(SPACING)
        quiet_row.addWidget(self.quiet_box)
        quiet_row.addWidget(self.quiet_start)
        #: Between two hours: "Quiet hours from [22:00] to [07:00]".
        quiet_row.addWidget(QLabel(translate("SettingsDialog", "to")))
        quiet_row.addWidget(self.quiet_end)
        quiet_row.addStretch(1)

        self.version_box = QComboBox()
        self.version_box.setObjectName("api-version")
        #: {version} is an Omise API version, a date such as 2019-05-29.
        latest = translate("SettingsDialog", "{version} (latest)")
        for version in KNOWN_API_VERSIONS:
            shown = latest.format(version=version) if version == DEFAULT_API_VERSION else version
            self.version_box.addItem(shown, version)
        index = self.version_box.findData(settings.api_version)
        self.version_box.setCurrentIndex(
            index if index >= 0 else self.version_box.findData(DEFAULT_API_VERSION)
        )

        #: {app} is the app's name, Omise Tray.
        login = translate("SettingsDialog", "Start {app} in the tray when I log in")
        self.login_box = QCheckBox(login.format(app=APP_NAME))
        self.login_box.setObjectName("launch-at-login")
        self.login_box.setChecked(settings.launch_at_login)
        self.login_box.setVisible(self._offer_login_start)

        self.privacy_box = QCheckBox(
            QCoreApplication.translate("SettingsDialog", "&Hide amounts (show ••• instead)")
        )
        self.privacy_box.setObjectName("hide-amounts")
        self.privacy_box.setChecked(settings.hide_amounts)
        privacy_note = QLabel(
            QCoreApplication.translate(
                "SettingsDialog",
                "For a screen share or a shop counter: the window, the tray, notifications and"
                " history show ••• for every amount. Health words and colours stay.",
            )
        )
        privacy_note.setFont(small_font(privacy_note.font()))
        privacy_note.setWordWrap(True)

        self.language_box = self._language_box(settings.language)
        language_label = QLabel(QCoreApplication.translate("SettingsDialog", "&Language"))
        language_label.setBuddy(self.language_box)

        page = QWidget()
        form = QFormLayout(page)
        form.addRow(language_label, self.language_box)
        form.addRow(self.login_box)
        form.addRow(translate("SettingsDialog", "Check balances every"), self.interval_spin)
        form.addRow(self.pause_box)
        form.addRow(pause_note)
        form.addRow(quiet_row)
        form.addRow(self.quiet_error)
        form.addRow(translate("SettingsDialog", "Omise API version"), self.version_box)
        form.addRow(self.privacy_box)
        form.addRow(privacy_note)
        self._quiet_changed()
        return page

    def _language_box(self, setting: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName("language")
        box.setToolTip(
            QCoreApplication.translate(
                "SettingsDialog",
                "The language of the windows, the tray and notifications; it applies at once."
                " System follows the computer's language.",
            )
        )
        #: The language choice that follows the computer's own language.
        box.addItem(QCoreApplication.translate("SettingsDialog", "System"), SYSTEM)
        # Each language in its own words, so a merchant finds theirs whatever is shown now.
        for language, name in NATIVE_NAMES.items():
            box.addItem(name, language.value)
        box.setCurrentIndex(max(0, box.findData(setting)))
        return box

    def _hour_box(self, name: str, hour: int) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        for value in range(24):
            box.addItem(f"{value:02d}:00", value)
        box.setCurrentIndex(hour if 0 <= hour < 24 else 0)
        box.currentIndexChanged.connect(self._quiet_changed)
        return box

    def _alerts_page(self) -> QWidget:
        self.editors = [ThresholdEditor(account) for account in self._settings.accounts]
        content = QWidget()
        column = QVBoxLayout(content)
        if not self.editors:
            first = QCoreApplication.translate(
                "SettingsDialog", "Add an account first; its alert thresholds appear here."
            )
            column.addWidget(QLabel(first))
        for editor in self.editors:
            editor.validity_changed.connect(self._update_ok)
            column.addWidget(editor)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        return scroll

    def _quiet_hours_error(self) -> str | None:
        if (
            self.quiet_box.isChecked()
            and self.quiet_start.currentData() == self.quiet_end.currentData()
        ):
            return QCoreApplication.translate(
                "SettingsDialog", "Quiet hours must start and end at different times."
            )
        return None

    def _quiet_changed(self) -> None:
        enabled = self.quiet_box.isChecked()
        self.quiet_start.setEnabled(enabled)
        self.quiet_end.setEnabled(enabled)
        _show_error(self.quiet_error, self._quiet_hours_error())
        if hasattr(self, "buttons"):
            self._update_ok()

    def is_valid(self) -> bool:
        return self._quiet_hours_error() is None and all(e.is_valid() for e in self.editors)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.is_valid())

    def edited_settings(self) -> Settings:
        """The settings as edited; unchanged fields keep their values exactly."""
        settings = self._settings
        value = self.interval_spin.value()
        interval = (
            settings.interval_seconds
            if value == self._initial_interval
            else value * self._interval_unit
        )
        quiet = self.quiet_box.isChecked()
        edited = {editor.account().id: editor.account() for editor in self.editors}
        return replace(
            settings,
            interval_seconds=interval,
            notifications_paused=self.pause_box.isChecked(),
            quiet_hours_start=self.quiet_start.currentData() if quiet else None,
            quiet_hours_end=self.quiet_end.currentData() if quiet else None,
            api_version=str(self.version_box.currentData()),
            launch_at_login=self.login_box.isChecked()
            if self._offer_login_start
            else settings.launch_at_login,
            accounts=tuple(edited.get(a.id, a) for a in settings.accounts),
            hide_amounts=self.privacy_box.isChecked(),
            language=str(self.language_box.currentData()),
        )
