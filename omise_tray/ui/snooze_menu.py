"""The "Snooze alerts" menu, shared by the tray icon's menu and the window's header button."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from omise_tray.core import localized
from omise_tray.core.localized import translatable
from omise_tray.core.snooze import MORNING_HOUR, SnoozeChoice
from omise_tray.storage.settings import AccountSettings
from omise_tray.ui import text

# Account id -> when its snooze ends, or None when its alerts are not snoozed.
SnoozedUntil = Callable[[str], datetime | None]
# Called with the account id and what the merchant picked.
SnoozePicked = Callable[[str, SnoozeChoice], None]

# Source texts for the catalogues ("SnoozeMenu"); {time} is the morning hour, "08:00".
SNOOZE_ENTRIES = (
    (translatable("SnoozeMenu", "For 1 hour"), SnoozeChoice.FOR_AN_HOUR),
    (translatable("SnoozeMenu", "Until tomorrow {time}"), SnoozeChoice.UNTIL_TOMORROW),
    (translatable("SnoozeMenu", "Resume alerts"), SnoozeChoice.RESUME),
)
MORNING = f"{MORNING_HOUR:02d}:00"


def fill_snooze_menu(
    menu: QMenu,
    accounts: Sequence[AccountSettings],
    snoozed_until: SnoozedUntil,
    choose: SnoozePicked,
) -> None:
    """One submenu per account, built as the menu opens so it shows the snoozes now."""
    menu.clear()
    if not accounts:
        menu.addAction(text.translated(text.STATUS_CONTEXT, text.NO_ACCOUNTS)).setEnabled(False)
        return
    for account in accounts:
        until = snoozed_until(account.id)
        title = account.name.replace("&", "&&")
        if until is not None:
            #: {account} is an account's name, {time} when its snooze ends: "14:05".
            title = QCoreApplication.translate(
                "SnoozeMenu", "{account} (snoozed until {time})"
            ).format(account=title, time=localized.time_of_day(until.astimezone()))
        submenu = menu.addMenu(title)
        for label, choice in SNOOZE_ENTRIES:
            action = submenu.addAction(text.translated("SnoozeMenu", label).format(time=MORNING))
            action.triggered.connect(lambda _checked=False, a=account.id, c=choice: choose(a, c))
            if choice is SnoozeChoice.RESUME:
                action.setEnabled(until is not None)
