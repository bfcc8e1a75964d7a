"""The "Snooze alerts" menu, shared by the tray icon's menu and the window's header button."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtWidgets import QMenu

from omise_tray.storage.settings import AccountSettings

# Account id -> when its snooze ends, or None when its alerts are not snoozed.
SnoozedUntil = Callable[[str], datetime | None]
# (account id, "hour" | "tomorrow" | "resume")
SnoozeChoice = Callable[[str, str], None]


def fill_snooze_menu(
    menu: QMenu,
    accounts: Sequence[AccountSettings],
    snoozed_until: SnoozedUntil,
    choose: SnoozeChoice,
) -> None:
    """One submenu per account, built as the menu opens so it shows the snoozes now."""
    menu.clear()
    if not accounts:
        menu.addAction("No accounts yet").setEnabled(False)
        return
    for account in accounts:
        until = snoozed_until(account.id)
        title = account.name.replace("&", "&&")
        if until is not None:
            title += f" (snoozed until {until.astimezone():%H:%M})"
        submenu = menu.addMenu(title)
        for label, choice in (("For 1 hour", "hour"), ("Until tomorrow 08:00", "tomorrow")):
            action = submenu.addAction(label)
            action.triggered.connect(lambda _checked=False, a=account.id, c=choice: choose(a, c))
        resume = submenu.addAction("Resume alerts")
        resume.setEnabled(until is not None)
        resume.triggered.connect(lambda _checked=False, a=account.id: choose(a, "resume"))
