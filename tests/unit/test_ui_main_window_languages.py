"""The main window in Thai and Japanese: its header, pages and shortcuts speak the language,
and no text of its own bypasses the catalogues (pseudo-translation)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from omise_tray import APP_NAME
from omise_tray.app.state import AppState
from omise_tray.core.errors import ErrorKind
from omise_tray.core.localized import Language
from omise_tray.i18n.translators import Translations
from omise_tray.ui.main_window import MainWindow
from tests.support.languages import speaking
from tests.support.pseudo import shown_strings, unmarked_texts
from tests.support.sample_state import account, failure, fixed_clock, snapshot, state_of

TH, JA = Language.THAI, Language.JAPANESE
# Words of the window's own English phrases: none may be left in a Thai or Japanese window.
ENGLISH_PHRASES = (
    "Welcome",
    "Add your first",
    "Try the demo",
    "Explore",
    "Refresh",
    "Accounts",
    "Settings",
    "Quit",
    "amounts",
    "Snooze",
    "Pause",
    "Resume",
    "polling",
    "Checks every",
    "updated",
    "update",
    "healthy",
    "account",
    "critical",
    "low",
    "Fetching",
    "No balances",
    "Status",
    "Overall",
    "Offline",
    "Key rejected",
    # The cards' own words.
    "Available",
    "pay out",
    "By account",
    "Everything",
    "Health",
    "Held",
    "History",
    "balance",
    "On hold",
    "Open dashboard",
    "Pending",
    "Received",
    "Reserve",
    "Total",
    "What Omise",
    "last known",
    "transactions",
)
_PHRASE = re.compile(r"\b(" + "|".join(map(re.escape, ENGLISH_PHRASES)) + r")\b", re.IGNORECASE)


def english_left(strings: Iterator[str]) -> list[str]:
    return sorted({text for text in strings if _PHRASE.search(text)})


def window_strings(window: MainWindow) -> Iterator[str]:
    """The window's strings, its cards' included, and its shortcuts' names."""
    yield from shown_strings(window)
    yield from (action.text() for action in window.actions())


def busy_state() -> AppState:
    """A low account, a failing one and a healthy one: every part of the header speaks."""
    shop, cafe, bar = account("Shop"), account("Cafe", "JPY"), account("Bar")
    state = state_of(shop, cafe, bar)
    state.apply_snapshot(snapshot(shop, total=50_000))
    state.apply_snapshot(snapshot(cafe, total=17_100_000))
    state.apply_error(failure(bar, ErrorKind.NETWORK, minutes_ago=3))
    return state


def first_run() -> AppState:
    return AppState(300)


def paused_fetching() -> AppState:
    state = state_of(account("Shop"))
    state.set_paused(True)
    return state


@pytest.mark.parametrize("language", [TH, JA])
@pytest.mark.parametrize("make_state", [first_run, paused_fetching, busy_state])
def test_the_window_speaks_thai_and_japanese(
    qtbot: QtBot, catalogue_cache: Path, language: Language, make_state: object
) -> None:
    assert callable(make_state)
    with speaking(language, catalogue_cache):
        window = MainWindow(make_state(), clock=fixed_clock)
        qtbot.addWidget(window)
        assert english_left(window_strings(window)) == []


def test_the_first_run_page_in_thai(qtbot: QtBot, catalogue_cache: Path) -> None:
    with speaking(TH, catalogue_cache):
        window = MainWindow(AppState(300), clock=fixed_clock)
        qtbot.addWidget(window)
        assert window.pages.currentWidget() is window.empty_page
        assert window.add_account_button.text() == "เพิ่มบัญชี Omise บัญชีแรก"
        assert window.headline.text() == "ยังไม่มีบัญชี"


def test_the_header_counts_in_japanese(qtbot: QtBot, catalogue_cache: Path) -> None:
    with speaking(JA, catalogue_cache):
        window = MainWindow(busy_state(), clock=fixed_clock)
        qtbot.addWidget(window)
        assert window.headline.text() == "1件のアカウントが危険 · 更新なし 1件"
        assert window.detail.text() == "5分ごとに確認 · 3件中2件のアカウントを1分前に更新"


def test_an_open_window_follows_a_language_change(qtbot: QtBot, catalogue_cache: Path) -> None:
    window = MainWindow(AppState(300), clock=fixed_clock)
    qtbot.addWidget(window)
    assert window.demo_button.text() == "Try the demo"
    with speaking(JA, catalogue_cache):
        qtbot.waitUntil(lambda: window.demo_button.text() == "デモを試す")
        assert window.headline.text() == "アカウントはまだありません"
    qtbot.waitUntil(lambda: window.demo_button.text() == "Try the demo")


# Names and codes, not words: the accounts', the app's (the window title), the currencies'.
NAMES = re.compile("|".join(map(re.escape, ("Shop", "Cafe", "Bar", APP_NAME, "THB", "JPY"))))


def only_names(text: str) -> bool:
    return not any(char.isalpha() for char in NAMES.sub("", text))


@pytest.mark.parametrize("make_state", [first_run, paused_fetching, busy_state])
def test_no_text_of_the_window_bypasses_the_catalogues(
    qtbot: QtBot, pseudo: Translations, make_state: object
) -> None:
    assert callable(make_state)
    window = MainWindow(make_state(), clock=fixed_clock)
    qtbot.addWidget(window)
    assert unmarked_texts(window, allowed=only_names) == []
    assert [a.text() for a in window.actions() if not a.text().startswith("⟦")] == []
