"""The mouse wheel over a combo box or spin box that lacks the focus scrolls the page instead of
changing the value (Settings → Alerts changed "Watch" while scrolling); with focus it changes it.

Offscreen Qt delivers these events without the window system; the guard forwards a turn to the
scroll area itself, so what is checked here is what a real wheel does.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from omise_tray.storage.settings import AccountSettings, Settings
from omise_tray.ui.settings_dialog import SettingsDialog

ACCOUNTS = tuple(
    AccountSettings(id=f"shop{n}", name=f"Shop {n}", livemode=False, currency="THB")
    for n in range(8)
)


def turn_wheel_down(widget: QWidget) -> bool:
    """One notch of the wheel over the middle of `widget`; whether someone took it."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def alerts_page(qtbot: QtBot) -> tuple[SettingsDialog, QScrollArea]:
    """The Settings dialog showing its Alerts page, too short for all eight accounts."""
    dialog = SettingsDialog(Settings(accounts=ACCOUNTS))
    qtbot.addWidget(dialog)
    dialog.resize(520, 420)
    dialog.show()
    qtbot.waitExposed(dialog)
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    tabs.setCurrentIndex(1)
    [scroll] = dialog.findChildren(QScrollArea)
    assert scroll.isVisible()
    assert scroll.verticalScrollBar().maximum() > 0  # there is a page to scroll
    return dialog, scroll


def test_every_combo_and_spin_box_in_settings_takes_focus_only_by_click_or_tab(
    qtbot: QtBot,
) -> None:
    dialog = SettingsDialog(Settings(accounts=ACCOUNTS))
    qtbot.addWidget(dialog)
    fields = [*dialog.findChildren(QComboBox), *dialog.findChildren(QAbstractSpinBox)]
    assert len(fields) >= 4 + len(ACCOUNTS)  # interval, quiet start and end, API, each Watch
    assert {field.focusPolicy() for field in fields} == {Qt.FocusPolicy.StrongFocus}


def test_the_wheel_over_an_unfocused_watch_box_scrolls_the_page_and_keeps_the_choice(
    qtbot: QtBot,
) -> None:
    dialog, scroll = alerts_page(qtbot)
    watch = dialog.editors[1].watched_box
    assert not watch.hasFocus()
    before = watch.currentIndex()

    turn_wheel_down(watch)

    assert watch.currentIndex() == before
    assert dialog.editors[1].account().watched == "available"
    assert scroll.verticalScrollBar().value() > 0


def test_the_wheel_over_the_focused_watch_box_changes_it(qtbot: QtBot) -> None:
    dialog, scroll = alerts_page(qtbot)
    watch = dialog.editors[0].watched_box
    dialog.activateWindow()
    watch.setFocus()
    qtbot.waitUntil(watch.hasFocus)

    assert turn_wheel_down(watch)

    assert dialog.editors[0].account().watched == "total"
    assert scroll.verticalScrollBar().value() == 0


def test_the_wheel_over_an_unfocused_interval_or_hour_box_changes_nothing(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(accounts=ACCOUNTS, quiet_hours_start=22, quiet_hours_end=7))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.edited_settings()

    for field in (dialog.interval_spin, dialog.quiet_start, dialog.version_box):
        assert not field.hasFocus()
        assert not turn_wheel_down(field)  # left for the page around it

    assert dialog.edited_settings() == before
