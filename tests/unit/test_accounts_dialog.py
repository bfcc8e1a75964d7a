"""The Accounts dialog and its Add/Edit form, driven like a user would, against the simulator."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QLabel, QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from omise_tray.config import ApiEndpoint
from omise_tray.simulator import Fault, Simulator
from omise_tray.storage.secrets import SERVICE, SecretStore
from omise_tray.storage.settings import AccountSettings, Settings, SettingsStore
from omise_tray.ui.account_form import AccountForm
from omise_tray.ui.accounts_dialog import AccountsDialog
from tests.support.keyrings import FakeBackend, make_backend, secret_service
from tests.support.shops import two_shops

TEST_KEY = "skey_test_5r7dialogshopth01x"
# The simulator's live-mode shop needs a live-shaped key; this one is obviously made up.
LIVE_KEY = "skey_FAKELIVEsimulatordialog1"
UNKNOWN_KEY = "skey_test_5r7nosuchaccount99"
PUBLIC_KEY = "pkey_test_5r7dialogshopth01x"
WAIT_MS = 20_000


@pytest.fixture(scope="module")
def simulator() -> Iterator[Simulator]:
    with Simulator(two_shops(TEST_KEY, LIVE_KEY)) as sim:
        yield sim


@pytest.fixture
def endpoint(simulator: Simulator) -> ApiEndpoint:
    simulator.clear_faults()
    return ApiEndpoint(base=simulator.base_url)


@pytest.fixture
def backend() -> FakeBackend:
    return secret_service()


@pytest.fixture
def secrets(backend: FakeBackend) -> SecretStore:
    return SecretStore.for_backend(backend)  # type: ignore[arg-type]


def closed_port_endpoint() -> ApiEndpoint:
    """An API address on this computer where nothing listens: connection refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return ApiEndpoint(base=f"http://127.0.0.1:{port}")


def open_form(
    qtbot: QtBot,
    secrets: SecretStore,
    endpoint: ApiEndpoint,
    account: AccountSettings | None = None,
    settings: Settings | None = None,
) -> AccountForm:
    form = AccountForm(settings or Settings(), secrets, endpoint, account)
    qtbot.addWidget(form)
    form.show()
    return form


def enter(qtbot: QtBot, form: AccountForm, name: str, key: str) -> None:
    form.name_edit.setText(name)
    form.key_edit.setText(key)
    form.check_key()


def wait_for_status(qtbot: QtBot, form: AccountForm, state: str) -> str:
    qtbot.waitUntil(lambda: form.status.property("state") == state, timeout=WAIT_MS)
    return form.status.text()


def visible_text(widget: QWidget) -> str:
    labels = [label.text() for label in widget.findChildren(QLabel)]
    return "\n".join([widget.windowTitle(), *labels])


def test_a_valid_test_key_shows_what_omise_found(
    qtbot: QtBot, secrets: SecretStore, endpoint: ApiEndpoint
) -> None:
    form = open_form(qtbot, secrets, endpoint)
    enter(qtbot, form, "Bangkok", TEST_KEY)
    assert form.stop_button.isVisible()
    text = wait_for_status(qtbot, form, "ok")
    assert text == "Found shop@example.com · TH · THB · test mode"
    assert form.save_button.isEnabled()
    assert TEST_KEY not in visible_text(form)


def test_a_valid_live_key_says_live_mode(
    qtbot: QtBot, secrets: SecretStore, endpoint: ApiEndpoint
) -> None:
    form = open_form(qtbot, secrets, endpoint)
    enter(qtbot, form, "Tokyo", LIVE_KEY)
    assert wait_for_status(qtbot, form, "ok") == "Found tokyo@example.com · JP · JPY · live mode"


@pytest.mark.parametrize(
    ("key", "sentence"),
    [
        (PUBLIC_KEY, "This is a public key; paste the secret key from Dashboard → Keys."),
        ("skey_test_", "This is not an Omise secret key"),
        ("hello", "This is not an Omise secret key"),
    ],
)
def test_a_public_or_malformed_key_is_refused_inline_without_asking_omise(
    qtbot: QtBot,
    *,
    secrets: SecretStore,
    simulator: Simulator,
    endpoint: ApiEndpoint,
    key: str,
    sentence: str,
) -> None:
    before = len(simulator.request_log)
    form = open_form(qtbot, secrets, endpoint)
    enter(qtbot, form, "Shop", key)
    assert form.status.property("state") == "error"
    assert form.status.text().startswith(sentence)
    assert not form.save_button.isEnabled()
    assert len(simulator.request_log) == before


def test_a_key_omise_rejects_says_what_to_do(
    qtbot: QtBot, secrets: SecretStore, endpoint: ApiEndpoint
) -> None:
    form = open_form(qtbot, secrets, endpoint)
    enter(qtbot, form, "Shop", UNKNOWN_KEY)
    text = wait_for_status(qtbot, form, "error")
    assert text.startswith("Omise rejected this key")
    assert "Dashboard → Keys" in text
    assert not form.save_button.isEnabled()


def test_a_server_that_is_down_is_reported_inline(qtbot: QtBot, secrets: SecretStore) -> None:
    form = open_form(qtbot, secrets, closed_port_endpoint())
    enter(qtbot, form, "Shop", TEST_KEY)
    text = wait_for_status(qtbot, form, "error")
    assert "Could not reach Omise (connection refused)" in text
    assert "Your key was not saved" in text
    assert not form.save_button.isEnabled()


def test_stopping_a_check_that_hangs_frees_the_form_at_once(
    qtbot: QtBot, secrets: SecretStore, simulator: Simulator, endpoint: ApiEndpoint
) -> None:
    simulator.inject(Fault.HANG, key=TEST_KEY, seconds=60)
    form = open_form(qtbot, secrets, endpoint)
    enter(qtbot, form, "Shop", TEST_KEY)
    assert form.status.property("state") == "busy"
    qtbot.waitUntil(lambda: len(simulator.pending_faults()) == 0, timeout=WAIT_MS)
    form.stop_button.click()
    assert form.status.text().startswith("Check stopped")
    assert not form.stop_button.isVisible()
    assert form.check_button.isEnabled()
    assert form.checker.wait(WAIT_MS)
    # The check's thread has ended, so a late answer is already queued: deliver it now.
    QCoreApplication.processEvents()
    assert form.status.text().startswith("Check stopped")
    form.check_button.click()
    assert wait_for_status(qtbot, form, "ok").startswith("Found shop@example.com")


def test_typing_a_key_checks_it_after_a_pause(
    qtbot: QtBot, secrets: SecretStore, endpoint: ApiEndpoint
) -> None:
    form = open_form(qtbot, secrets, endpoint)
    form.name_edit.setText("Shop")
    form.key_edit.setText(f"  {TEST_KEY}\n")  # pasted with stray whitespace
    assert wait_for_status(qtbot, form, "ok").startswith("Found shop@example.com")


def test_the_key_field_hides_the_key_until_asked(
    qtbot: QtBot, secrets: SecretStore, endpoint: ApiEndpoint
) -> None:
    form = open_form(qtbot, secrets, endpoint)
    assert form.key_edit.echoMode() == form.key_edit.EchoMode.Password
    form.show_key.click()
    assert form.key_edit.echoMode() == form.key_edit.EchoMode.Normal
    form.show_key.click()
    assert form.key_edit.echoMode() == form.key_edit.EchoMode.Password


def test_saving_keeps_the_key_in_the_keyring_and_the_facts_in_the_account(
    qtbot: QtBot, secrets: SecretStore, backend: FakeBackend, endpoint: ApiEndpoint
) -> None:
    form = open_form(qtbot, secrets, endpoint)
    enter(qtbot, form, "Bangkok", TEST_KEY)
    wait_for_status(qtbot, form, "ok")
    with qtbot.waitSignal(form.accepted, timeout=WAIT_MS):
        form.save_button.click()
    account = form.saved_account
    assert account is not None
    assert (account.name, account.currency, account.livemode) == ("Bangkok", "THB", False)
    assert (account.email, account.country, account.key_storage) == (
        "shop@example.com",
        "TH",
        "keyring",
    )
    assert backend.entries == {(SERVICE, account.id): TEST_KEY}
    assert form.key_edit.text() == ""


def test_a_name_already_in_use_is_refused_inline(
    qtbot: QtBot, secrets: SecretStore, endpoint: ApiEndpoint
) -> None:
    settings = Settings(accounts=(AccountSettings(id="a1", name="Bangkok"),))
    form = open_form(qtbot, secrets, endpoint, settings=settings)
    enter(qtbot, form, "bangkok", TEST_KEY)
    wait_for_status(qtbot, form, "ok")
    form.save_button.click()
    assert form.status.text() == "Another account is already called bangkok; pick another."
    assert form.saved_account is None


def test_without_a_secure_keyring_the_form_says_so_and_offers_the_session(
    qtbot: QtBot, endpoint: ApiEndpoint
) -> None:
    plaintext = make_backend("keyrings.alt.file", "PlaintextKeyring", priority=0.5)
    secrets = SecretStore.for_backend(plaintext)  # type: ignore[arg-type]
    form = open_form(qtbot, secrets, endpoint)
    assert form.keyring_note.isVisible()
    assert "will not store your secret key in a plain file" in form.keyring_note.text()
    assert form.session_only.isVisible()
    enter(qtbot, form, "Bangkok", TEST_KEY)
    wait_for_status(qtbot, form, "ok")
    form.save_button.click()
    assert "Keep for this session only" in form.status.text()
    assert form.saved_account is None
    form.session_only.click()
    form.save_button.click()
    assert form.saved_account is not None
    assert form.saved_account.key_storage == "session"
    assert secrets.get(form.saved_account.id) == TEST_KEY
    assert plaintext.entries == {}


def test_a_locked_keyring_at_save_is_explained_and_the_session_offered(
    qtbot: QtBot, secrets: SecretStore, backend: FakeBackend, endpoint: ApiEndpoint
) -> None:
    form = open_form(qtbot, secrets, endpoint)
    assert not form.session_only.isVisible()
    enter(qtbot, form, "Bangkok", TEST_KEY)
    wait_for_status(qtbot, form, "ok")
    backend.locked = True
    form.save_button.click()
    assert form.status.text().startswith("Your keyring is locked")
    assert form.session_only.isVisible()
    assert form.saved_account is None
    backend.locked = False
    form.save_button.click()
    assert form.saved_account is not None
    assert backend.entries == {(SERVICE, form.saved_account.id): TEST_KEY}


def test_editing_without_a_new_key_renames_and_keeps_the_key(
    qtbot: QtBot, secrets: SecretStore, backend: FakeBackend, endpoint: ApiEndpoint
) -> None:
    account = AccountSettings(id="a1", name="Bangkok", currency="THB", livemode=False)
    secrets.set(account.id, TEST_KEY)
    form = AccountForm(
        Settings(accounts=(account,)), secrets, endpoint, account, masked_key="skey_test_…th01"
    )
    qtbot.addWidget(form)
    assert "skey_test_…th01" in form.key_edit.placeholderText()
    form.name_edit.setText("Bangkok Coffee")
    assert form.save_button.isEnabled()
    form.save_button.click()
    assert form.saved_account is not None
    assert form.saved_account.name == "Bangkok Coffee"
    assert form.saved_account.currency == "THB"
    assert backend.entries == {(SERVICE, "a1"): TEST_KEY}


# The list dialog


def two_accounts() -> Settings:
    return Settings(
        accounts=(
            AccountSettings(id="a1", name="Bangkok", livemode=False, currency="THB"),
            AccountSettings(id="a2", name="Tokyo", livemode=True, currency="JPY"),
        )
    )


def open_dialog(
    qtbot: QtBot, tmp_path: Path, secrets: SecretStore, endpoint: ApiEndpoint, settings: Settings
) -> AccountsDialog:
    dialog = AccountsDialog(SettingsStore(tmp_path / "settings.json"), settings, secrets, endpoint)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _text(item: QTableWidgetItem | None) -> str:
    assert item is not None
    return str(item.text())


def row_texts(dialog: AccountsDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [_text(table.item(row, column)) for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_the_list_shows_each_account_with_a_masked_key_and_where_it_is_kept(
    qtbot: QtBot, tmp_path: Path, secrets: SecretStore, endpoint: ApiEndpoint
) -> None:
    secrets.set("a1", TEST_KEY)
    dialog = open_dialog(qtbot, tmp_path, secrets, endpoint, two_accounts())
    assert row_texts(dialog) == [
        ["Bangkok", "test", "THB", "skey_test_…h01x", "keyring (Secret Service)"],
        ["Tokyo", "live", "JPY", "—", "missing"],
    ]
    assert not dialog.keyring_banner.isVisible()
    assert TEST_KEY not in visible_text(dialog)


def test_the_list_says_plainly_when_there_is_no_secure_keyring(
    qtbot: QtBot, tmp_path: Path, endpoint: ApiEndpoint
) -> None:
    secrets = SecretStore.for_backend(make_backend("keyring.backends.fail", "Keyring", 0))  # type: ignore[arg-type]
    dialog = open_dialog(qtbot, tmp_path, secrets, endpoint, two_accounts())
    assert dialog.keyring_banner.isVisible()
    assert dialog.keyring_banner.text().startswith("No secure keyring was found")


def checked_new_account(qtbot: QtBot, dialog: AccountsDialog, name: str, key: str) -> AccountForm:
    """Open the dialog's form for a new account, fill it in and wait for Omise's answer."""
    dialog.add_button.click()
    form = dialog.form
    assert form is not None
    enter(qtbot, form, name, key)
    wait_for_status(qtbot, form, "ok")
    return form


def test_adding_an_account_saves_settings_and_announces_them(
    qtbot: QtBot, tmp_path: Path, secrets: SecretStore, endpoint: ApiEndpoint
) -> None:
    dialog = open_dialog(qtbot, tmp_path, secrets, endpoint, Settings())
    form = checked_new_account(qtbot, dialog, "Bangkok", TEST_KEY)
    with qtbot.waitSignal(dialog.accounts_changed, timeout=WAIT_MS) as changed:
        form.save_button.click()
    settings = changed.args[0]
    assert [a.name for a in settings.accounts] == ["Bangkok"]
    saved = SettingsStore(tmp_path / "settings.json").load().settings
    assert saved.accounts == settings.accounts
    assert row_texts(dialog)[0][3] == "skey_test_…h01x"
    assert TEST_KEY not in (tmp_path / "settings.json").read_text()


def test_a_new_account_whose_settings_cannot_be_saved_leaves_no_key_behind(
    qtbot: QtBot, tmp_path: Path, secrets: SecretStore, endpoint: ApiEndpoint
) -> None:
    blocked = tmp_path / "settings.json"
    blocked.mkdir()  # a folder where the settings file should go: saving it fails
    dialog = open_dialog(qtbot, tmp_path, secrets, endpoint, Settings())
    form = checked_new_account(qtbot, dialog, "Bangkok", TEST_KEY)

    form.save_button.click()

    assert "could not be saved" in dialog.message.text()
    assert dialog.settings.accounts == ()
    assert row_texts(dialog) == []
    assert form.saved_account is not None
    assert secrets.get(form.saved_account.id) is None  # the stored key was taken back out


def test_removing_asks_first_and_deletes_the_key(
    qtbot: QtBot,
    tmp_path: Path,
    *,
    secrets: SecretStore,
    backend: FakeBackend,
    endpoint: ApiEndpoint,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    secrets.set("a1", TEST_KEY)
    dialog = open_dialog(qtbot, tmp_path, secrets, endpoint, two_accounts())
    dialog.select("a1")
    answers = iter([False, True])
    asked: list[str] = []

    def answer(account: AccountSettings) -> bool:
        asked.append(account.name)
        return next(answers)

    monkeypatch.setattr(dialog, "confirm_removal", answer)
    dialog.remove_button.click()
    assert backend.entries == {(SERVICE, "a1"): TEST_KEY}
    assert len(dialog.settings.accounts) == 2
    with qtbot.waitSignal(dialog.accounts_changed, timeout=WAIT_MS):
        dialog.remove_button.click()
    assert asked == ["Bangkok", "Bangkok"]
    assert backend.entries == {}
    assert [a.id for a in dialog.settings.accounts] == ["a2"]


def test_a_locked_keyring_stops_a_removal_with_a_sentence(
    qtbot: QtBot,
    tmp_path: Path,
    *,
    secrets: SecretStore,
    backend: FakeBackend,
    endpoint: ApiEndpoint,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    secrets.set("a1", TEST_KEY)
    dialog = open_dialog(qtbot, tmp_path, secrets, endpoint, two_accounts())
    dialog.select("a1")
    monkeypatch.setattr(dialog, "confirm_removal", lambda account: True)
    backend.locked = True
    dialog.remove_button.click()
    assert dialog.message.text().startswith("Bangkok was not removed: Your keyring is locked")
    assert len(dialog.settings.accounts) == 2


def test_moving_accounts_changes_their_saved_order(
    qtbot: QtBot, tmp_path: Path, secrets: SecretStore, endpoint: ApiEndpoint
) -> None:
    dialog = open_dialog(qtbot, tmp_path, secrets, endpoint, two_accounts())
    dialog.select("a2")
    assert not dialog.down_button.isEnabled()
    dialog.up_button.click()
    assert [a.name for a in dialog.settings.accounts] == ["Tokyo", "Bangkok"]
    assert dialog.selected_account() == dialog.settings.accounts[0]
    assert not dialog.up_button.isEnabled()
    saved = SettingsStore(tmp_path / "settings.json").load().settings
    assert [a.name for a in saved.accounts] == ["Tokyo", "Bangkok"]
    dialog.down_button.click()
    assert [a.name for a in dialog.settings.accounts] == ["Bangkok", "Tokyo"]
