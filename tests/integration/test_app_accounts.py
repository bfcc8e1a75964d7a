"""The running app and the command line share one set of accounts: on the real desktop stack
(gnome-keyring over DBus), the app in this process, `omise-tray accounts` as a subprocess, and
the simulator on loopback recording which account each request the app sends is for."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from keyring.backends import SecretService
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from omise_tray.app.main import LaunchOptions, TrayApp
from omise_tray.config import ApiEndpoint, Paths
from omise_tray.core.localized import Language
from omise_tray.core.portfolio import CurrencyMode
from omise_tray.simulator import Simulator
from omise_tray.storage.secrets import SERVICE, SecretStore
from omise_tray.storage.settings import SettingsStore
from omise_tray.ui.account_form import AccountForm
from omise_tray.ui.accounts_dialog import AccountsDialog
from tests.support.keyrings import keyring_lookup
from tests.support.languages import speaking
from tests.support.shops import two_shops

pytestmark = pytest.mark.desktop

REPO = Path(__file__).resolve().parents[2]
TEST_KEY = "skey_test_5s2appshopbangkok7"
# The simulator's live-mode shop needs a live-shaped key; this one is obviously made up.
LIVE_KEY = "skey_FAKELIVEsimulatorapp01"
ORPHAN_KEY = "skey_test_5s2leftbehindkey00"
WAIT_MS = 20_000


@pytest.fixture(scope="module")
def simulator() -> Iterator[Simulator]:
    with Simulator(two_shops(TEST_KEY, LIVE_KEY)) as sim:
        yield sim


def keyring_entries() -> list[str]:
    """The username (account id) of every omise-tray entry, as secret-tool lists them."""
    result = subprocess.run(
        ["secret-tool", "search", "--all", "service", SERVICE],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    prefix = "attribute.username = "
    return [line[len(prefix) :] for line in result.stderr.splitlines() if line.startswith(prefix)]


def store_in_keyring(account_id: str, key: str) -> None:
    subprocess.run(
        ["secret-tool", "store", "--label=test", "service", SERVICE, "username", account_id],
        input=key,
        text=True,
        check=True,
        timeout=30,
    )


def clear_in_keyring(account_id: str) -> None:
    subprocess.run(
        ["secret-tool", "clear", "service", SERVICE, "username", account_id],
        check=False,
        timeout=30,
    )


@dataclass
class Home:
    """A user's folders under tmp_path, the app running on them and the command line."""

    tmp_path: Path
    simulator: Simulator
    env: dict[str, str]
    paths: Paths
    app: TrayApp | None = None
    told: list[str] = field(default_factory=list)

    def start(self) -> TrayApp:
        """The app as run_gui builds it: settings loaded from the file, the real keyring."""
        store = SettingsStore(self.paths.settings_file, interval_floor=1)
        loaded = store.load()
        qapp = QApplication.instance()
        assert isinstance(qapp, QApplication)
        self.app = TrayApp(
            qapp,
            options=LaunchOptions(interval=1.0),
            paths=self.paths,
            settings_store=store,
            settings=loaded.settings,
            endpoint=ApiEndpoint(base=self.simulator.base_url),
            make_secrets=lambda: SecretStore.for_backend(SecretService.Keyring()),
            settings_messages=loaded.messages,
        )
        self.app.tell = self.told.append  # type: ignore[method-assign,assignment]
        self.app.start()
        return self.app

    def cli(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "omise_tray", *args],
            input=stdin,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
            timeout=90,
            cwd=self.tmp_path,
        )
        assert "Traceback" not in result.stderr
        return result

    def document(self) -> dict[str, object]:
        text = self.paths.settings_file.read_text(encoding="utf-8")
        document: dict[str, object] = json.loads(text)
        return document

    def account_ids(self) -> list[str]:
        if not self.paths.settings_file.exists():
            return []
        accounts = self.document()["accounts"]
        assert isinstance(accounts, list)
        return [str(entry["id"]) for entry in accounts]

    def polled(self, shop: str) -> int:
        """How many requests the app (or anyone) sent for the simulator's shop so far."""
        return sum(record.account == shop for record in self.simulator.request_log)


@pytest.fixture
def home(
    desktop_session: dict[str, str],
    simulator: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Home]:
    folders = {
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    for name, value in folders.items():
        monkeypatch.setenv(name, value)
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("OMISE_", "PYTHON_KEYRING"))
    }
    env.update(desktop_session)
    env.update(folders, OMISE_API_BASE=simulator.base_url, PYTHONPATH=str(REPO))
    paths = Paths.for_user()
    paths.config_dir.mkdir(parents=True, mode=0o700)
    running = Home(tmp_path, simulator, env, paths)
    yield running
    if running.app is not None:
        running.app.quit()
    for account_id in running.account_ids():
        clear_in_keyring(account_id)


def test_accounts_the_command_line_adds_and_removes_are_polled_and_dropped_by_the_running_app(
    home: Home, qtbot: QtBot
) -> None:
    app = home.start()
    qtbot.waitExposed(app.window)
    assert app.window.pages.currentWidget() is app.window.empty_page

    added = home.cli("accounts", "add", "Bangkok", "--key-stdin", stdin=TEST_KEY)
    assert added.returncode == 0, added.stderr
    checked_by_the_command = home.polled("Bangkok")  # the command's own check of the key
    qtbot.waitUntil(lambda: home.polled("Bangkok") > checked_by_the_command, timeout=WAIT_MS)
    [bangkok] = app.settings.accounts
    assert [a.id for a in app.state.accounts] == [bangkok.id]

    # A change made in the app keeps what the command line added, and the reverse.
    app.apply_settings(replace(app.settings, quiet_hours_start=22, quiet_hours_end=7))
    added = home.cli("accounts", "add", "Tokyo", "--key-stdin", stdin=LIVE_KEY)
    assert added.returncode == 0, added.stderr
    checked_by_the_command = home.polled("Tokyo")
    qtbot.waitUntil(lambda: home.polled("Tokyo") > checked_by_the_command, timeout=WAIT_MS)
    tokyo = app.settings.accounts[1]
    assert tokyo.name == "Tokyo"

    # Thresholds edited by hand take effect: 90,000 yen is now below the low mark.
    SettingsStore(home.paths.settings_file).update(
        lambda now: now.with_account(replace(tokyo, low=100_000, critical=50_000))
    )

    def tokyo_health() -> str | None:
        status = app.state.status(tokyo.id)
        return status.health.value if status and status.health else None

    qtbot.waitUntil(lambda: tokyo_health() == "low", timeout=WAIT_MS)

    removed = home.cli("accounts", "remove", "Bangkok", "--yes")
    assert removed.returncode == 0, removed.stderr
    qtbot.waitUntil(lambda: [a.id for a in app.state.accounts] == [tokyo.id], timeout=WAIT_MS)
    assert CurrencyMode("THB", False) not in app.window.cards()  # its card went
    qtbot.wait(1500)  # a poll already on its way when the file changed may still land
    bangkok_before, tokyo_before = home.polled("Bangkok"), home.polled("Tokyo")
    qtbot.wait(3500)
    assert home.polled("Bangkok") == bangkok_before
    assert home.polled("Tokyo") > tokyo_before

    app.quit()
    home.app = None
    document = home.document()
    assert [entry["name"] for entry in document["accounts"]] == ["Tokyo"]  # type: ignore[attr-defined]
    assert (document["quiet_hours_start"], document["quiet_hours_end"]) == (22, 7)
    assert document["accounts"][0]["low"] == 100_000  # type: ignore[index]
    assert keyring_lookup(bangkok.id) is None
    assert home.told == []


def open_accounts_from_the_first_run_page(home: Home, qtbot: QtBot) -> AccountsDialog:
    app = home.start()
    qtbot.waitExposed(app.window)
    app.window.add_account_button.click()
    dialog = app.window.findChild(AccountsDialog)
    assert dialog is not None
    return dialog


def add_in_the_form(qtbot: QtBot, form: AccountForm, name: str, key: str) -> None:
    """Type a name and a key, and press Enter in the key field."""
    form.name_edit.setText(name)
    form.key_edit.setText(key)
    form.submit()


def test_the_same_key_twice_in_the_app_is_refused_and_the_keyring_holds_it_once(
    home: Home, qtbot: QtBot
) -> None:
    dialog = open_accounts_from_the_first_run_page(home, qtbot)
    form = dialog.form
    assert form is not None and form.isVisible()  # the first-run button opens the form
    assert form.windowTitle() == "Add account"
    with qtbot.waitSignal(form.accepted, timeout=WAIT_MS):
        add_in_the_form(qtbot, form, "Bangkok Coffee", TEST_KEY)
    [bangkok] = home.account_ids()
    assert keyring_lookup(bangkok) == TEST_KEY

    dialog.add_button.click()
    again = dialog.form
    assert again is not None and again is not form
    add_in_the_form(qtbot, again, "Second shop", TEST_KEY)
    qtbot.waitUntil(lambda: again.status.property("state") == "error", timeout=WAIT_MS)
    assert again.status.text() == "This key belongs to Bangkok Coffee, already added."
    assert again.isVisible()
    assert home.account_ids() == [bangkok]
    holding = [i for i in keyring_entries() if keyring_lookup(i) == TEST_KEY]
    assert holding == [bangkok]

    # The command line refuses it too, naming the entry the app added.
    cli = home.cli("accounts", "add", "Third shop", "--key-stdin", stdin=TEST_KEY)
    assert cli.returncode == 2
    assert "This key belongs to Bangkok Coffee, already added." in cli.stderr
    assert [i for i in keyring_entries() if keyring_lookup(i) == TEST_KEY] == [bangkok]


def test_keys_no_account_uses_are_found_and_deleted_from_the_app_and_no_other(
    home: Home, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    added = home.cli("accounts", "add", "Bangkok", "--key-stdin", stdin=TEST_KEY)
    assert added.returncode == 0, added.stderr
    [bangkok] = home.account_ids()
    # Entries this test did not make (another test's) are referred to by the settings, so
    # none of them is an orphan and all must survive.
    others = [i for i in keyring_entries() if i != bangkok]
    SettingsStore(home.paths.settings_file).update(
        lambda now: replace(
            now,
            accounts=(
                *now.accounts,
                *(replace(now.accounts[0], id=i, name=f"Kept {n}") for n, i in enumerate(others)),
            ),
        )
    )
    orphans = ["orphan00app1", "orphan00app2"]
    for orphan in orphans:
        store_in_keyring(orphan, ORPHAN_KEY)

    app = home.start()
    qtbot.waitExposed(app.window)
    app.open_accounts()
    dialog = app.window.findChild(AccountsDialog)
    assert dialog is not None
    asked: list[int] = []

    def confirm(count: int) -> bool:
        asked.append(count)
        return True

    monkeypatch.setattr(dialog, "confirm_orphans", confirm)
    with speaking(Language.ENGLISH, home.tmp_path / "catalogues"):  # for "2 keys"
        dialog.orphans_button.click()
        qtbot.waitUntil(lambda: dialog.message.text().startswith("Deleted"), timeout=WAIT_MS)
    assert asked == [2]
    assert dialog.message.text() == "Deleted 2 keys that no account used from the keyring."
    assert all(keyring_lookup(o) is None for o in orphans)
    assert keyring_lookup(bangkok) == TEST_KEY
    assert set(others) <= set(keyring_entries())

    dialog.orphans_button.click()
    qtbot.waitUntil(dialog.orphans_button.isEnabled, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "belongs to an account" in dialog.message.text(), timeout=WAIT_MS)


def test_a_setting_reset_by_a_reload_is_told_once(home: Home, qtbot: QtBot) -> None:
    app = home.start()
    qtbot.waitExposed(app.window)
    document = {"version": 1, "accounts": [], "quiet_hours_start": "22", "interval_seconds": -5}
    home.paths.settings_file.write_text(json.dumps(document), encoding="utf-8")
    qtbot.waitUntil(lambda: bool(home.told), timeout=WAIT_MS)
    [told] = home.told
    assert 'The setting "interval_seconds" (how often balances are checked) is -5' in told
    assert 'The setting "quiet_hours_start"' in told  # "22" was read as 22: said in the same
    assert app.settings.quiet_hours_start == 22
    # Later changes, here and elsewhere, bring nothing new to tell.
    app.apply_settings(replace(app.settings, quiet_hours_end=7))
    SettingsStore(home.paths.settings_file).update(lambda now: replace(now, interval_seconds=600))
    qtbot.waitUntil(lambda: app.settings.interval_seconds == 600, timeout=WAIT_MS)
    qtbot.wait(2500)  # one more check of the file
    assert len(home.told) == 1
    assert home.document()["quiet_hours_end"] == 7
