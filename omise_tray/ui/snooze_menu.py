"""The "Snooze alerts" menu, shared by the tray icon's menu and the window's header button."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtWidgets import QMenu

from omise_tray.core.alerts import MORNING_HOUR, SnoozeChoice
from omise_tray.storage.settings import AccountSettings
from omise_tray.ui import text

# Account id -> when its snooze ends, or None when its alerts are not snoozed.
SnoozedUntil = Callable[[str], datetime | None]
# Called with the account id and what the merchant picked.
SnoozePicked = Callable[[str, SnoozeChoice], None]

SNOOZE_ENTRIES = (
    ("For 1 hour", SnoozeChoice.FOR_AN_HOUR),
    (f"Until tomorrow {MORNING_HOUR:02d}:00", SnoozeChoice.UNTIL_TOMORROW),
    ("Resume alerts", SnoozeChoice.RESUME),
)


def fill_snooze_menu(
    menu: QMenu,
    accounts: Sequence[AccountSettings],
    snoozed_until: SnoozedUntil,
    choose: SnoozePicked,
) -> None:
    """One submenu per account, built as the menu opens so it shows the snoozes now."""
    menu.clear()
    if not accounts:
        menu.addAction(text.NO_ACCOUNTS).setEnabled(False)
        return
    for account in accounts:
        until = snoozed_until(account.id)
        title = account.name.replace("&", "&&")
        if until is not None:
            title += f" (snoozed until {until.astimezone():%H:%M})"
        submenu = menu.addMenu(title)
        for label, choice in SNOOZE_ENTRIES:
            action = submenu.addAction(label)
            action.triggered.connect(lambda _checked=False, a=account.id, c=choice: choose(a, c))
            if choice is SnoozeChoice.RESUME:
                action.setEnabled(until is not None)
