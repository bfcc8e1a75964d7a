"""The Accounts dialog and its Add/Edit form, driven like a user would, with the app's key check
against the simulator and the app's keeper over a settings file. The keyring is a backend in
memory dressed as the Secret Service (tests/integration/test_app_accounts.py has the real one).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from omise_tray.app.accounts import Accounts
from omise_tray.app.key_check import KeyChecker
from omise_tray.config import ApiEndpoint
from omise_tray.simulator import Fault, Simulator
from omise_tray.storage.secrets import SERVICE, SecretStore
from omise_tray.storage.settings import AccountSettings, Settings, SettingsStore
from tests.support.accounts_ui import (
    WAIT_MS,
    Keeping,
    checked_new_account,
    closed_port_endpoint,
    enter,
    keys_read,
    open_dialog,
    open_form,
    row_texts,
    wait_for_status,
)
from tests.support.keyrings import FakeBackend, make_backend, secret_service
from tests.support.shops import two_shops

TEST_KEY = "skey_test_5r7dialogshopth01x"
# The simulator's live-mode shop needs a live-shaped key; this one is obviously made up.
LIVE_KEY = "skey_FAKELIVEsimulatordialog1"
UNKNOWN_KEY = "skey_test_5r7nosuchaccount99"
PUBLIC_KEY = "pkey_test_5r7dialogshopth01x"


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


def visible_text(widget: QWidget) -> str:
    labels = [label.text() for label in widget.findChildren(QLabel)]
    return "\n".join([widget.windowTitle(), *labels])


def test_a_valid_test_key_shows_what_omise_found(
    qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint
) -> None:
    form = open_form(qtbot, keeper, endpoint)
    enter(form, "Bangkok", TEST_KEY)
    assert form.stop_button.isVisible()
    text = wait_for_status(qtbot, form, "ok")
    assert text == "Found shop@example.com · TH · THB · test mode"
    assert form.save_button.isEnabled()
    assert TEST_KEY not in visible_text(form)


def test_a_valid_live_key_says_live_mode(
    qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint
) -> None:
    form = open_form(qtbot, keeper, endpoint)
    enter(form, "Tokyo", LIVE_KEY)
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
    keeper: Accounts,
    simulator: Simulator,
    endpoint: ApiEndpoint,
    key: str,
    sentence: str,
) -> None:
    before = len(simulator.request_log)
    form = open_form(qtbot, keeper, endpoint)
    enter(form, "Shop", key)
    assert form.status.property("state") == "error"
    assert form.status.text().startswith(sentence)
    assert not form.save_button.isEnabled()
    assert len(simulator.request_log) == before


def test_a_key_omise_rejects_says_what_to_do(
    qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint
) -> None:
    form = open_form(qtbot, keeper, endpoint)
    enter(form, "Shop", UNKNOWN_KEY)
    text = wait_for_status(qtbot, form, "error")
    assert text.startswith("Omise rejected this key")
    assert "Dashboard → Keys" in text
    assert not form.save_button.isEnabled()


def test_a_server_that_is_down_is_reported_inline(qtbot: QtBot, keeper: Accounts) -> None:
    form = open_form(qtbot, keeper, closed_port_endpoint())
    enter(form, "Shop", TEST_KEY)
    text = wait_for_status(qtbot, form, "error")
    assert "Could not reach Omise (connection refused)" in text
    assert "Your key was not saved" in text
    assert not form.save_button.isEnabled()


def test_stopping_a_check_that_hangs_frees_the_form_at_once(
    qtbot: QtBot, keeper: Accounts, simulator: Simulator, endpoint: ApiEndpoint
) -> None:
    simulator.inject(Fault.HANG, key=TEST_KEY, seconds=60)
    form = open_form(qtbot, keeper, endpoint)
    enter(form, "Shop", TEST_KEY)
    assert form.status.property("state") == "busy"
    qtbot.waitUntil(lambda: len(simulator.pending_faults()) == 0, timeout=WAIT_MS)
    form.stop_button.click()
    assert form.status.text().startswith("Check stopped")
    assert not form.stop_button.isVisible()
    assert form.check_button.isEnabled()
    assert isinstance(form.checker, KeyChecker)
    assert form.checker.wait(WAIT_MS)
    # The check's thread has ended, so a late answer is already queued: deliver it now.
    QCoreApplication.processEvents()
    assert form.status.text().startswith("Check stopped")
    form.check_button.click()
    assert wait_for_status(qtbot, form, "ok").startswith("Found shop@example.com")


def test_typing_a_key_checks_it_after_a_pause(
    qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint
) -> None:
    form = open_form(qtbot, keeper, endpoint)
    form.name_edit.setText("Shop")
    form.key_edit.setText(f"  {TEST_KEY}\n")  # pasted with stray whitespace
    assert wait_for_status(qtbot, form, "ok").startswith("Found shop@example.com")


def test_the_key_field_hides_the_key_until_asked(
    qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint
) -> None:
    form = open_form(qtbot, keeper, endpoint)
    assert form.key_edit.echoMode() == form.key_edit.EchoMode.Password
    form.show_key.click()
    assert form.key_edit.echoMode() == form.key_edit.EchoMode.Normal
    form.show_key.click()
    assert form.key_edit.echoMode() == form.key_edit.EchoMode.Password


def test_saving_keeps_the_key_in_the_keyring_and_the_facts_in_the_account(
    qtbot: QtBot, keeper: Accounts, backend: FakeBackend, endpoint: ApiEndpoint, keeping: Keeping
) -> None:
    form = open_form(qtbot, keeper, endpoint)
    enter(form, "Bangkok", TEST_KEY)
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
    assert account.omise_account_id  # what makes it one account however often it is added
    assert backend.entries == {(SERVICE, account.id): TEST_KEY}
    assert form.key_edit.text() == ""
    assert keeping.saved().accounts == (account,)


def test_a_name_already_in_use_is_refused_inline(
    qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint
) -> None:
    settings = Settings(accounts=(AccountSettings(id="a1", name="Bangkok"),))
    form = open_form(qtbot, keeper, endpoint, settings=settings)
    enter(form, "bangkok", TEST_KEY)
    wait_for_status(qtbot, form, "ok")
    form.save_button.click()
    assert form.status.text() == "Another account is already called bangkok; pick another."
    assert form.saved_account is None


def test_without_a_secure_keyring_the_form_says_so_and_offers_the_session(
    qtbot: QtBot, endpoint: ApiEndpoint, keeping: Keeping
) -> None:
    plaintext = make_backend("keyrings.alt.file", "PlaintextKeyring", priority=0.5)
    secrets = SecretStore.for_backend(plaintext)  # type: ignore[arg-type]
    form = open_form(qtbot, keeping.start(secrets), endpoint)
    assert form.keyring_note.isVisible()
    assert "will not store your secret key in a plain file" in form.keyring_note.text()
    assert form.session_only.isVisible()
    enter(form, "Bangkok", TEST_KEY)
    wait_for_status(qtbot, form, "ok")
    form.save_button.click()
    assert "Keep for this session only" in form.status.text()
    assert form.saved_account is None
    form.session_only.click()
    with qtbot.waitSignal(form.accepted, timeout=WAIT_MS):
        form.save_button.click()
    assert form.saved_account is not None
    assert form.saved_account.key_storage == "session"
    assert secrets.get(form.saved_account.id) == TEST_KEY
    assert plaintext.entries == {}


def test_a_locked_keyring_at_save_is_explained_the_session_offered_and_nothing_lost(
    qtbot: QtBot, keeper: Accounts, backend: FakeBackend, endpoint: ApiEndpoint, keeping: Keeping
) -> None:
    form = open_form(qtbot, keeper, endpoint)
    assert not form.session_only.isVisible()
    enter(form, "Bangkok", TEST_KEY)
    wait_for_status(qtbot, form, "ok")
    backend.locked = True
    form.save_button.click()
    assert wait_for_status(qtbot, form, "error").startswith("Your keyring is locked")
    assert form.session_only.isVisible()
    assert form.saved_account is None
    assert (form.name_edit.text(), form.key_edit.text()) == ("Bangkok", TEST_KEY)
    assert keeping.saved().accounts == ()
    backend.locked = False
    with qtbot.waitSignal(form.accepted, timeout=WAIT_MS):
        form.save_button.click()
    assert form.saved_account is not None
    assert backend.entries == {(SERVICE, form.saved_account.id): TEST_KEY}


def test_editing_without_a_new_key_renames_and_keeps_the_key(
    qtbot: QtBot,
    *,
    secrets: SecretStore,
    backend: FakeBackend,
    endpoint: ApiEndpoint,
    keeping: Keeping,
) -> None:
    account = AccountSettings(id="a1", name="Bangkok", currency="THB", livemode=False)
    settings = Settings(accounts=(account,))
    secrets.set(account.id, TEST_KEY)
    keeper = keeping.start(secrets, settings)
    form = open_form(qtbot, keeper, endpoint, account, settings, masked_key="skey_test_…th01")
    assert "skey_test_…th01" in form.key_edit.placeholderText()
    form.name_edit.setText("Bangkok Coffee")
    assert form.save_button.isEnabled()
    with qtbot.waitSignal(form.accepted, timeout=WAIT_MS):
        form.save_button.click()
    assert form.saved_account is not None
    assert form.saved_account.name == "Bangkok Coffee"
    assert form.saved_account.currency == "THB"
    assert backend.entries == {(SERVICE, "a1"): TEST_KEY}
    assert [a.name for a in keeping.saved().accounts] == ["Bangkok Coffee"]


# The list dialog


def two_accounts() -> Settings:
    return Settings(
        accounts=(
            AccountSettings(id="a1", name="Bangkok", livemode=False, currency="THB"),
            AccountSettings(id="a2", name="Tokyo", livemode=True, currency="JPY"),
        )
    )


def test_the_list_shows_each_account_with_a_masked_key_and_where_it_is_kept(
    qtbot: QtBot, keeping: Keeping, secrets: SecretStore, endpoint: ApiEndpoint
) -> None:
    secrets.set("a1", TEST_KEY)
    dialog = open_dialog(qtbot, keeping, secrets, endpoint, two_accounts())
    assert row_texts(dialog) == [
        ["Bangkok", "test", "THB", "skey_test_…h01x", "keyring (Secret Service)"],
        ["Tokyo", "live", "JPY", "—", "missing"],
    ]
    assert not dialog.keyring_banner.isVisible()
    assert not dialog.duplicates_note.isVisible()
    assert TEST_KEY not in visible_text(dialog)


def test_the_list_says_plainly_when_there_is_no_secure_keyring(
    qtbot: QtBot, keeping: Keeping, endpoint: ApiEndpoint
) -> None:
    secrets = SecretStore.for_backend(make_backend("keyring.backends.fail", "Keyring", 0))  # type: ignore[arg-type]
    dialog = open_dialog(qtbot, keeping, secrets, endpoint, two_accounts())
    assert dialog.keyring_banner.isVisible()
    assert dialog.keyring_banner.text().startswith("No secure keyring was found")


def test_adding_an_account_saves_it_to_the_file_and_shows_it(
    qtbot: QtBot, keeping: Keeping, secrets: SecretStore, endpoint: ApiEndpoint
) -> None:
    dialog = open_dialog(qtbot, keeping, secrets, endpoint, Settings())
    form = checked_new_account(qtbot, dialog, "Bangkok", TEST_KEY)
    with qtbot.waitSignal(form.accepted, timeout=WAIT_MS):
        form.save_button.click()
    assert [a.name for a in dialog.settings.accounts] == ["Bangkok"]
    assert keeping.saved().accounts == dialog.settings.accounts
    qtbot.waitUntil(lambda: row_texts(dialog)[0][3] == "skey_test_…h01x", timeout=WAIT_MS)
    assert dialog.selected_account() == dialog.settings.accounts[0]
    assert TEST_KEY not in keeping.path.read_text()


def test_a_new_account_whose_settings_cannot_be_saved_leaves_no_key_and_keeps_the_form(
    qtbot: QtBot,
    keeping: Keeping,
    secrets: SecretStore,
    backend: FakeBackend,
    endpoint: ApiEndpoint,
) -> None:
    keeping.path.mkdir()  # a folder where the settings file should go: saving it fails
    dialog = open_dialog(qtbot, keeping, secrets, endpoint, None)
    form = checked_new_account(qtbot, dialog, "Bangkok", TEST_KEY)

    form.save_button.click()

    assert "could not be saved" in wait_for_status(qtbot, form, "error")
    assert form.isVisible()  # to try again: nothing typed is lost
    assert (form.name_edit.text(), form.key_edit.text()) == ("Bangkok", TEST_KEY)
    assert dialog.settings.accounts == ()
    assert row_texts(dialog) == []
    assert form.saved_account is None
    assert backend.entries == {}  # the stored key was taken back out


def test_removing_asks_first_and_deletes_the_key(
    qtbot: QtBot,
    keeping: Keeping,
    *,
    secrets: SecretStore,
    backend: FakeBackend,
    endpoint: ApiEndpoint,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    secrets.set("a1", TEST_KEY)
    dialog = open_dialog(qtbot, keeping, secrets, endpoint, two_accounts())
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
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: len(dialog.settings.accounts) == 1, timeout=WAIT_MS)
    assert asked == ["Bangkok", "Bangkok"]
    assert backend.entries == {}
    assert [a.id for a in dialog.settings.accounts] == ["a2"]
    assert [a.id for a in keeping.saved().accounts] == ["a2"]


def test_a_locked_keyring_stops_a_removal_with_a_sentence(
    qtbot: QtBot,
    keeping: Keeping,
    *,
    secrets: SecretStore,
    backend: FakeBackend,
    endpoint: ApiEndpoint,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    secrets.set("a1", TEST_KEY)
    dialog = open_dialog(qtbot, keeping, secrets, endpoint, two_accounts())
    dialog.select("a1")
    monkeypatch.setattr(dialog, "confirm_removal", lambda account: True)
    backend.locked = True
    dialog.remove_button.click()
    qtbot.waitUntil(dialog.message.isVisible, timeout=WAIT_MS)
    assert dialog.message.text().startswith("Bangkok was not removed: Your keyring is locked")
    assert len(dialog.settings.accounts) == 2
    assert len(keeping.saved().accounts) == 2


def test_moving_accounts_changes_their_saved_order(
    qtbot: QtBot, keeping: Keeping, secrets: SecretStore, endpoint: ApiEndpoint
) -> None:
    dialog = open_dialog(qtbot, keeping, secrets, endpoint, two_accounts())

    def names() -> list[str]:
        return [a.name for a in dialog.settings.accounts]

    dialog.select("a2")
    assert not dialog.down_button.isEnabled()
    dialog.up_button.click()
    qtbot.waitUntil(lambda: names() == ["Tokyo", "Bangkok"], timeout=WAIT_MS)
    assert dialog.selected_account() == dialog.settings.accounts[0]
    assert not dialog.up_button.isEnabled()
    assert [a.name for a in keeping.saved().accounts] == ["Tokyo", "Bangkok"]
    dialog.down_button.click()
    qtbot.waitUntil(lambda: names() == ["Bangkok", "Tokyo"], timeout=WAIT_MS)


def test_an_account_added_elsewhere_shows_within_seconds_and_a_change_here_keeps_it(
    qtbot: QtBot, keeping: Keeping, secrets: SecretStore, endpoint: ApiEndpoint
) -> None:
    dialog = open_dialog(qtbot, keeping, secrets, endpoint, two_accounts())
    elsewhere = AccountSettings(id="a3", name="Chiang Mai", livemode=False, currency="THB")
    SettingsStore(keeping.path).update(lambda now: now.with_account(elsewhere))  # another program
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=WAIT_MS)
    keys_read(qtbot, dialog)
    assert [row[0] for row in row_texts(dialog)] == ["Bangkok", "Tokyo", "Chiang Mai"]

    SettingsStore(keeping.path).update(lambda now: now.without_account("a3"))
    dialog.select("a2")
    dialog.up_button.click()
    qtbot.waitUntil(lambda: dialog.settings.accounts[0].id == "a2", timeout=WAIT_MS)
    assert [a.id for a in keeping.saved().accounts] == ["a2", "a1"]
    assert [a.id for a in dialog.settings.accounts] == ["a2", "a1"]


# One account, one entry


def test_a_key_whose_account_is_already_there_is_refused_naming_it_and_offered_as_its_new_key(
    qtbot: QtBot,
    keeping: Keeping,
    *,
    secrets: SecretStore,
    backend: FakeBackend,
    endpoint: ApiEndpoint,
) -> None:
    dialog = open_dialog(qtbot, keeping, secrets, endpoint, Settings())
    form = checked_new_account(qtbot, dialog, "Bangkok Coffee", TEST_KEY)
    with qtbot.waitSignal(form.accepted, timeout=WAIT_MS):
        form.save_button.click()
    [bangkok] = dialog.settings.accounts

    dialog.add_button.click()
    again = dialog.form
    assert again is not None and again is not form
    enter(again, "Second shop", TEST_KEY)
    assert wait_for_status(qtbot, again, "error") == (
        "This key belongs to Bangkok Coffee, already added."
    )
    assert not again.save_button.isEnabled()
    assert again.save_reason.isVisible()
    assert again.save_reason.text() == "Use this key for Bangkok Coffee, or paste another key."
    assert again.offer_button.isVisible()
    assert again.offer_button.text() == "Use this key for Bangkok Coffee"

    again.offer_button.click()
    assert again.windowTitle() == "Edit account"
    assert again.name_edit.text() == "Bangkok Coffee"
    assert again.status.text() == "Save gives Bangkok Coffee this key."
    with qtbot.waitSignal(again.accepted, timeout=WAIT_MS):
        again.save_button.click()
    assert [a.id for a in keeping.saved().accounts] == [bangkok.id]
    assert backend.entries == {(SERVICE, bangkok.id): TEST_KEY}


def test_a_new_key_for_an_entry_must_open_the_same_omise_account(
    qtbot: QtBot, keeping: Keeping, secrets: SecretStore, endpoint: ApiEndpoint
) -> None:
    dialog = open_dialog(qtbot, keeping, secrets, endpoint, Settings())
    form = checked_new_account(qtbot, dialog, "Bangkok", TEST_KEY)
    with qtbot.waitSignal(form.accepted, timeout=WAIT_MS):
        form.save_button.click()
    dialog.edit_button.click()
    edit = dialog.form
    assert edit is not None and edit.windowTitle() == "Edit account"
    edit.key_edit.setText(LIVE_KEY)
    edit.check_key()
    assert wait_for_status(qtbot, edit, "error") == (
        "This key belongs to another Omise account, not to Bangkok. Add it as an account of "
        "its own."
    )
    assert not edit.save_button.isEnabled()
    assert edit.save_reason.text() == "Paste a key of this account."
    assert not edit.offer_button.isVisible()


def test_an_older_file_with_the_same_account_twice_points_the_duplicate_out_and_removes_it(
    qtbot: QtBot,
    keeping: Keeping,
    *,
    secrets: SecretStore,
    backend: FakeBackend,
    endpoint: ApiEndpoint,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Written by an older version: no Omise account id, the same owner and currency twice.
    first = AccountSettings(
        id="a1", name="Bangkok", livemode=False, currency="THB", email="shop@example.com"
    )
    twin = replace(first, id="a2", name="Bangkok again")
    secrets.set("a1", TEST_KEY)
    secrets.set("a2", TEST_KEY)
    dialog = open_dialog(qtbot, keeping, secrets, endpoint, Settings(accounts=(first, twin)))
    assert dialog.settings.accounts == (first,)
    assert [row[0] for row in row_texts(dialog)] == [
        "Bangkok",
        "Bangkok again (duplicate)",
    ]
    assert dialog.duplicates_note.isVisible()
    assert dialog.duplicates_note.text() == (
        "Bangkok again is the same Omise account as Bangkok, so it is counted once. Select it "
        "and press Remove to delete it."
    )
    dialog.select("a2")
    assert dialog.remove_button.isEnabled()
    assert not dialog.edit_button.isEnabled()
    assert not dialog.up_button.isEnabled()
    monkeypatch.setattr(dialog, "confirm_removal", lambda account: account.id == "a2")
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT_MS)
    assert not dialog.duplicates_note.isVisible()
    assert backend.entries == {(SERVICE, "a1"): TEST_KEY}
    assert [a.id for a in keeping.saved().all_accounts] == ["a1"]


# Keys no account uses


def test_a_keyring_that_cannot_list_its_keys_is_said_to(
    qtbot: QtBot, keeping: Keeping, endpoint: ApiEndpoint, monkeypatch: pytest.MonkeyPatch
) -> None:
    kwallet = make_backend("keyring.backends.kwallet", "DBusKeyring")
    secrets = SecretStore.for_backend(kwallet)  # type: ignore[arg-type]
    dialog = open_dialog(qtbot, keeping, secrets, endpoint, two_accounts())
    asked: list[int] = []

    def confirm(count: int) -> bool:
        asked.append(count)
        return True

    monkeypatch.setattr(dialog, "confirm_orphans", confirm)
    dialog.orphans_button.click()
    qtbot.waitUntil(dialog.orphans_button.isEnabled, timeout=WAIT_MS)
    assert dialog.message.text() == (
        "The KWallet keyring cannot list the keys it holds, so keys no account uses cannot be "
        'found from here. Look for entries of the service "omise-tray" in your keyring\'s own '
        "password manager."
    )
    assert asked == []


def test_without_a_keyring_there_are_no_keys_to_look_for(
    qtbot: QtBot, keeping: Keeping, endpoint: ApiEndpoint
) -> None:
    secrets = SecretStore.for_backend(make_backend("keyring.backends.fail", "Keyring", 0))  # type: ignore[arg-type]
    dialog = open_dialog(qtbot, keeping, secrets, endpoint, two_accounts())
    dialog.orphans_button.click()
    qtbot.waitUntil(dialog.orphans_button.isEnabled, timeout=WAIT_MS)
    assert dialog.message.text().startswith("No secure keyring was found")
