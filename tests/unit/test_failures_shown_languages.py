"""A failing account as the tray and its card show it, in Thai and Japanese: every kind of
failure (and every keyring notice) reaches the tooltip, the menu and the card in the
language, with only the server's own words left as Omise wrote them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from omise_tray.app.state import AppState
from omise_tray.core.alerts import AccountAlertState, Alert, AlertRules, compose, on_failure
from omise_tray.core.errors import ErrorKind, KeyringNotice, KeyringTrouble, failure_sentence
from omise_tray.core.localized import Language
from omise_tray.core.money import format_money
from omise_tray.core.snapshot import PollError
from omise_tray.ui.balance_card import BalanceCard, NoBalanceCard
from omise_tray.ui.tray import TrayController
from tests.support.languages import speaking
from tests.support.pseudo import has_unmarked_words, shown_strings
from tests.support.sample_state import INTERVAL, NOW, account, fixed_clock, snapshot, state_of

TH, JA = Language.THAI, Language.JAPANESE
SERVER_WORDS = "transfer xyz was not found"
# The failures a card shows in words of their own (a rejected key, an outage and a slow-down
# have lines of their own: tests/unit/test_ui_tray_languages.py).
FAILURES = [
    PollError("a", ErrorKind.CONFIGURATION, "No secret key is stored.", NOW, code="no_key"),
    PollError("a", ErrorKind.CONFIGURATION, "Public key.", NOW, code="public_key"),
    PollError("a", ErrorKind.SERVER, "Omise is having trouble (HTTP 503).", NOW, 30, 503),
    PollError("a", ErrorKind.INVALID_RESPONSE, "Cut off.", NOW, 60, code="truncated"),
    PollError("a", ErrorKind.INVALID_RESPONSE, "Not understood.", NOW, 60, 200),
    PollError(
        "a",
        ErrorKind.REQUEST,
        f"Omise refused the request (HTTP 404): {SERVER_WORDS}.",
        NOW,
        None,
        404,
        code="not_found",
        server_text=SERVER_WORDS,
    ),
    *(
        PollError(
            "a",
            ErrorKind.CONFIGURATION,
            KeyringNotice(trouble, keyring="Secret Service", account="Shop").english,
            NOW,
            keyring=KeyringNotice(trouble, keyring="Secret Service", account="Shop"),
        )
        for trouble in (
            KeyringTrouble.LOCKED,
            KeyringTrouble.FAILED,
            KeyringTrouble.SESSION_LAST_TIME,
            KeyringTrouble.NOT_IN_KEYRING,
            KeyringTrouble.NONE_FOUND,
        )
    ),
]


def label(error: PollError) -> str:
    return error.keyring.trouble.value if error.keyring else f"{error.kind}-{error.code}"


@pytest.fixture(autouse=True)
def tray_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))


def failing(error: PollError, *, with_balance: bool) -> AppState:
    shop = account("Shop")
    state = state_of(shop)
    if with_balance:
        state.apply_snapshot(snapshot(shop, total=50_000_00))
    state.apply_error(error._replace(account_id=shop.id))
    return state


def shown_sentence(error: PollError) -> str:
    """The sentence the window should show for the failure, in the installed language."""
    translate = QCoreApplication.translate
    if error.keyring is not None:
        return error.keyring.sentence(translate)
    return failure_sentence(
        error.kind, translate, code=error.code, status=error.status, server_text=error.server_text
    )


def menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        assert isinstance(action, QAction)
        yield from (action.text(), action.toolTip())
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from menu_texts(submenu)


def card_of(state: AppState) -> QWidget:
    """The card the window shows for the one account: its balance's, or why it has none."""
    groups = state.groups()
    if groups:
        (group,) = groups
        return BalanceCard(group, NOW, timedelta(seconds=INTERVAL))
    (status,) = state.statuses()
    return NoBalanceCard(status, NOW)


@pytest.mark.parametrize("language", [TH, JA])
@pytest.mark.parametrize("with_balance", [True, False], ids=["with-balance", "no-balance"])
@pytest.mark.parametrize("error", FAILURES, ids=label)
def test_a_failure_reaches_the_tray_and_the_card_in_the_language(
    qtbot: QtBot,
    catalogue_cache: Path,
    *,
    language: Language,
    with_balance: bool,
    error: PollError,
) -> None:
    state = failing(error, with_balance=with_balance)
    with speaking(language, catalogue_cache):
        sentence = shown_sentence(error)
        assert sentence != error.message
        tray = TrayController(state, lambda: None, clock=fixed_clock)
        assert error.message not in tray.icon.toolTip()
        if not with_balance:  # with one, the tray says only that it is not up to date
            assert sentence in tray.icon.toolTip()
            assert any(sentence.replace("&", "&&") in text for text in menu_texts(tray.menu))
        card = card_of(state)
        qtbot.addWidget(card)
        texts = list(shown_strings(card))
        assert any(sentence in text for text in texts)
        assert not any(error.message in text for text in texts)


@pytest.fixture
def pseudo(qapp: object, tmp_path: Path) -> Iterator[None]:
    from omise_tray.i18n.catalogues import Catalogues
    from omise_tray.i18n.linguist import write_pseudo
    from omise_tray.i18n.translators import Translations

    translations = Translations(Catalogues(tmp_path / "cache"))
    translations.use([write_pseudo(tmp_path / "pseudo")])
    yield
    translations.clear()


@pytest.mark.parametrize("error", FAILURES, ids=label)
def test_no_failure_sentence_bypasses_the_catalogues(pseudo: None, error: PollError) -> None:
    sentence = shown_sentence(error).replace(SERVER_WORDS, "")
    assert not has_unmarked_words(sentence.replace("Shop", "").replace("Secret Service", ""))


def unreachable_alert(error: PollError) -> Alert:
    """The outage alert for an account that failed with `error` for three hours."""
    state = AccountAlertState()
    for hours in (0, 3):
        state, alerts = on_failure(
            state,
            AlertRules(low=100_000, critical=50_000),
            error.kind,
            NOW + timedelta(hours=hours),
            account_id="shop",
            account_label="Shop",
            test_mode=False,
            message=error.message,
            failure=error.facts,
        )
    (alert,) = alerts
    return alert


@pytest.mark.parametrize("language", [TH, JA])
@pytest.mark.parametrize("error", FAILURES[2:6], ids=label)
def test_an_outage_notification_says_the_last_error_in_the_language(
    catalogue_cache: Path, language: Language, error: PollError
) -> None:
    alert = unreachable_alert(error)
    assert alert.body.endswith(f"Last error: {error.message}")  # the engine keeps the English
    with speaking(language, catalogue_cache):
        _title, body = compose(alert, QCoreApplication.translate, format_money)
        assert shown_sentence(error) in body
    assert error.message not in body
