"""The Add/Edit account form never loses what was typed: Enter checks the key, then saves once
Omise accepts it; Save says in words, beside it, why it cannot be pressed yet."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from omise_tray.app.accounts import Accounts
from omise_tray.config import ApiEndpoint
from omise_tray.simulator import Simulator
from omise_tray.storage.secrets import SERVICE, SecretStore
from omise_tray.storage.settings import AccountSettings, Settings
from omise_tray.ui.account_form import AccountForm
from tests.support.accounts_ui import WAIT_MS, Keeping, open_form, wait_for_status
from tests.support.keyrings import FakeBackend, secret_service
from tests.support.shops import two_shops

TEST_KEY = "skey_test_5r8typingshopth01x"
LIVE_KEY = "skey_FAKELIVEsimulatortyping1"
UNKNOWN_KEY = "skey_test_5r8nosuchaccount99"


@pytest.fixture(scope="module")
def simulator() -> Iterator[Simulator]:
    with Simulator(two_shops(TEST_KEY, LIVE_KEY)) as sim:
        yield sim


@pytest.fixture
def endpoint(simulator: Simulator) -> ApiEndpoint:
    return ApiEndpoint(base=simulator.base_url)


@pytest.fixture
def backend() -> FakeBackend:
    return secret_service()


@pytest.fixture
def keeper(keeping: Keeping, backend: FakeBackend) -> Accounts:
    return keeping.start(SecretStore.for_backend(backend))  # type: ignore[arg-type]


def press_enter(qtbot: QtBot, form: AccountForm, field: str) -> None:
    widget = form.name_edit if field == "name" else form.key_edit
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def reason(form: AccountForm) -> str | None:
    """The words beside Save, or None when Save can be pressed (and nothing is shown)."""
    if form.save_button.isEnabled():
        assert not form.save_reason.isVisible()
        assert form.save_button.toolTip() == ""
        return None
    assert form.save_reason.isVisible()  # seen without hovering
    assert form.save_button.toolTip() == form.save_reason.text()
    return form.save_reason.text()


@pytest.mark.parametrize("field", ["name", "key"])
def test_enter_before_the_key_is_checked_checks_it_then_saves(
    qtbot: QtBot,
    *,
    keeper: Accounts,
    endpoint: ApiEndpoint,
    keeping: Keeping,
    backend: FakeBackend,
    field: str,
) -> None:
    form = open_form(qtbot, keeper, endpoint)
    form.name_edit.setText("Bangkok")
    form.key_edit.setText(TEST_KEY)  # typed: its check waits for typing to settle
    with qtbot.waitSignal(form.accepted, timeout=WAIT_MS):
        press_enter(qtbot, form, field)
    [saved] = keeping.saved().accounts
    assert saved.name == "Bangkok"
    assert backend.entries == {(SERVICE, saved.id): TEST_KEY}


def test_enter_without_a_name_keeps_the_key_and_asks_for_the_name(
    qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint, keeping: Keeping
) -> None:
    form = open_form(qtbot, keeper, endpoint)
    form.key_edit.setText(TEST_KEY)
    press_enter(qtbot, form, "key")
    assert form.isVisible()
    assert form.key_edit.text() == TEST_KEY
    assert form.focusWidget() is form.name_edit  # where the name goes
    assert reason(form) == "Give the account a name."
    wait_for_status(qtbot, form, "ok")  # the key is still checked after its pause
    form.name_edit.setText("Bangkok")
    with qtbot.waitSignal(form.accepted, timeout=WAIT_MS):
        press_enter(qtbot, form, "name")
    assert [a.name for a in keeping.saved().accounts] == ["Bangkok"]


def test_enter_with_a_key_omise_rejects_keeps_the_form_as_typed(
    qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint, keeping: Keeping
) -> None:
    form = open_form(qtbot, keeper, endpoint)
    form.name_edit.setText("Bangkok")
    form.key_edit.setText(UNKNOWN_KEY)
    press_enter(qtbot, form, "key")
    assert wait_for_status(qtbot, form, "error").startswith("Omise rejected this key")
    qtbot.wait(100)  # an unwanted save or close would happen here
    assert form.isVisible()
    assert (form.name_edit.text(), form.key_edit.text()) == ("Bangkok", UNKNOWN_KEY)
    assert reason(form) == "Save needs a key Omise has accepted."
    assert keeping.saved().accounts == ()


def test_enter_with_a_malformed_key_says_why_and_keeps_it(
    qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint
) -> None:
    form = open_form(qtbot, keeper, endpoint)
    form.name_edit.setText("Bangkok")
    form.key_edit.setText("skey_test_")
    press_enter(qtbot, form, "key")
    assert form.status.text().startswith("This is not an Omise secret key")
    assert form.isVisible()
    assert form.key_edit.text() == "skey_test_"


def test_enter_in_an_edit_form_with_only_a_new_name_saves_it(
    qtbot: QtBot, keeping: Keeping, backend: FakeBackend, endpoint: ApiEndpoint
) -> None:
    account = AccountSettings(id="a1", name="Bangkok", currency="THB", livemode=False)
    settings = Settings(accounts=(account,))
    keeper = keeping.start(SecretStore.for_backend(backend), settings)  # type: ignore[arg-type]
    form = open_form(qtbot, keeper, endpoint, account, settings)
    form.name_edit.setText("Bangkok Coffee")
    with qtbot.waitSignal(form.accepted, timeout=WAIT_MS):
        press_enter(qtbot, form, "name")
    assert [a.name for a in keeping.saved().accounts] == ["Bangkok Coffee"]


def test_save_says_why_it_is_disabled_at_every_step(
    qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint
) -> None:
    form = open_form(qtbot, keeper, endpoint)
    assert reason(form) == "Give the account a name."
    form.name_edit.setText("   ")
    assert reason(form) == "Give the account a name."
    form.name_edit.setText("Bangkok")
    assert reason(form) == "Paste the account's secret key."
    form.key_edit.setText(TEST_KEY)
    assert reason(form) == "Wait for Omise to check the key."
    wait_for_status(qtbot, form, "ok")
    assert reason(form) is None
    form.name_edit.clear()
    assert reason(form) == "Give the account a name."
    form.name_edit.setText("Bangkok")
    form.key_edit.setText(UNKNOWN_KEY)
    wait_for_status(qtbot, form, "error")
    assert reason(form) == "Save needs a key Omise has accepted."
