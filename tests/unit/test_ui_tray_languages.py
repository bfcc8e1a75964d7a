"""The tray's menu and tooltip, and a balance card, in Thai and Japanese: no English word of
the app's own phrases is left, yen is written 円 in Japanese, and a language change applies to
a tray already shown."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from omise_tray.app.state import AppState
from omise_tray.core.errors import ErrorKind
from omise_tray.core.localized import Language
from omise_tray.i18n.catalogues import Catalogues
from omise_tray.i18n.linguist import write_pseudo
from omise_tray.i18n.translators import Translations
from omise_tray.ui.balance_card import BalanceCard
from omise_tray.ui.tray import TrayController
from tests.support.languages import speaking
from tests.support.pseudo import has_unmarked_words, outside_markers, shown_strings
from tests.support.sample_state import (
    INTERVAL,
    NOW,
    account,
    failure,
    fixed_clock,
    snapshot,
    state_of,
)

TH, JA = Language.THAI, Language.JAPANESE
INTERVAL_DELTA = timedelta(seconds=INTERVAL)
# Words of the tray's and the cards' English phrases: none may be left in Thai or Japanese.
ENGLISH_PHRASES = (
    "Refresh",
    "Pause",
    "Resume",
    "polling",
    "Hide",
    "amounts",
    "Open",
    "Dashboard",
    "Snooze",
    "alerts",
    "Settings",
    "Accounts",
    "Quit",
    "available",
    "pay out",
    "Live",
    "Test",
    "fetching",
    "up to date",
    "last known",
    "paused",
    "No accounts",
    "Healthy",
    "Moderate",
    "Low",
    "Critical",
    "Total",
    "Pending",
    "Reserve",
    "On hold",
    "By account",
    "History",
    "Health",
    "balance",
    "Held",
    "Received",
    "Everything",
    "transactions",
    "Offline",
)
_PHRASE = re.compile(r"\b(" + "|".join(map(re.escape, ENGLISH_PHRASES)) + r")\b", re.IGNORECASE)


@pytest.fixture(autouse=True)
def tray_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))


def english_left(strings: Iterator[str]) -> list[str]:
    return sorted({text for text in strings if _PHRASE.search(text)})


def busy_state() -> AppState:
    """Both modes, a low yen balance, a failing account and one still fetching, polling paused."""
    shop, store = account("Shop", "THB", livemode=False), account("Store", "JPY", livemode=True)
    bar, new = account("Bar"), account("New")
    state = state_of(shop, store, bar, new)
    state.apply_snapshot(
        snapshot(shop, total=1_234_500, available=1_000_000, reserve=20_000, on_hold=5_000)
    )
    state.apply_snapshot(snapshot(store, total=30_000, available=3_800))
    state.apply_error(failure(bar, ErrorKind.NETWORK, minutes_ago=3))
    state.set_paused(True)
    return state


def menu_texts(menu: QMenu) -> Iterator[str]:
    """Every entry of the menu and its submenus, their tooltips too."""
    for action in menu.actions():
        yield from (action.text(), action.toolTip())
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield submenu.title()
            yield from menu_texts(submenu)


def tray_texts(tray: TrayController) -> list[str]:
    return [*menu_texts(tray.menu), tray.icon.toolTip()]


@pytest.mark.parametrize("language", [TH, JA])
def test_the_tray_menu_and_tooltip_speak_thai_and_japanese(
    qapp: object, catalogue_cache: Path, language: Language
) -> None:
    with speaking(language, catalogue_cache):
        tray = TrayController(busy_state(), lambda: None, clock=fixed_clock)
        assert english_left(iter(tray_texts(tray))) == []


@pytest.mark.parametrize("language", [TH, JA])
def test_a_card_speaks_thai_and_japanese(
    qtbot: QtBot, catalogue_cache: Path, language: Language
) -> None:
    state = busy_state()
    with speaking(language, catalogue_cache):
        for group in state.groups():
            card = BalanceCard(group, NOW, INTERVAL_DELTA)
            qtbot.addWidget(card)
            assert english_left(shown_strings(card)) == []


def test_the_japanese_tray_writes_yen_after_the_number(qapp: object, catalogue_cache: Path) -> None:
    with speaking(JA, catalogue_cache):
        tray = TrayController(busy_state(), lambda: None, clock=fixed_clock)
        tooltip = tray.icon.toolTip().splitlines()
        assert "JPY（本番）：出金可能額 3,800円 — 残高低下" in tooltip
        assert "自動更新を一時停止中" in tooltip


def test_a_shown_tray_follows_a_language_change(qtbot: QtBot, catalogue_cache: Path) -> None:
    tray = TrayController(busy_state(), lambda: None, clock=fixed_clock)
    quit_action: QAction = tray.quit_action
    assert quit_action.text() == "&Quit"
    with speaking(TH, catalogue_cache):
        qtbot.waitUntil(lambda: quit_action.text() == "ออก (&Q)")
        assert "หยุดดึงยอดชั่วคราว" in tray.icon.toolTip()
    qtbot.waitUntil(lambda: quit_action.text() == "&Quit")
    assert "Polling paused" in tray.icon.toolTip()


@pytest.mark.parametrize("language", [TH, JA])
def test_the_snooze_menu_speaks_thai_and_japanese(
    qapp: object, catalogue_cache: Path, language: Language
) -> None:
    with speaking(language, catalogue_cache):
        tray = TrayController(busy_state(), lambda: None, clock=fixed_clock)
        tray.snoozed_until = lambda account_id: NOW + timedelta(hours=1) if account_id else None
        tray.snooze_menu.aboutToShow.emit()
        entries = list(menu_texts(tray.snooze_menu))
        assert len(entries) > len(busy_state().accounts)  # each account and its choices
        assert english_left(iter(entries)) == []
        assert not [e for e in entries if "snoozed" in e or "Resume" in e or "hour" in e]


# Names and codes, not words: the accounts', the app's, the currencies'.
NAMES = re.compile(r"Shop|Store|Bar|New|Omise Tray|THB|JPY")


def test_no_text_of_the_tray_bypasses_the_catalogues(qapp: object, tmp_path: Path) -> None:
    translations = Translations(Catalogues(tmp_path / "cache"))
    translations.use([write_pseudo(tmp_path / "pseudo")])
    try:
        tray = TrayController(busy_state(), lambda: None, clock=fixed_clock)
        tray.snoozed_until = lambda account_id: NOW + timedelta(hours=1) if account_id else None
        tray.snooze_menu.aboutToShow.emit()
        texts = [*tray_texts(tray), *tray.icon.toolTip().splitlines()]
    finally:
        translations.clear()
    unmarked = [t for t in texts if has_unmarked_words(NAMES.sub("", outside_markers(t)))]
    assert unmarked == []
