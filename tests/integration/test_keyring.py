"""The secret-key policy against a real Secret Service (gnome-keyring) and insecure backends."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import secretstorage
from keyring.backends import SecretService

from omise_tray.simulator import Simulator, demo_accounts
from omise_tray.storage.secrets import SERVICE, KeyringLockedError, SecretStore
from omise_tray.storage.settings import AccountSettings, Settings, SettingsStore
from tests.support.desktop import KEYRING_PASSWORD
from tests.support.keyrings import keyring_lookup
from tests.support.waiting import wait_for

pytestmark = pytest.mark.desktop

REPO = Path(__file__).resolve().parents[2]
KEY = "skey_test_5ka8dfj3m2nq7wz1pxe"
NEW_KEY = "skey_test_5kb9egk4n3or8xa2qyf"
OTHER_KEY = "skey_test_5kcafhl5o4ps9yb3rzg"


def keyring_usernames() -> list[str]:
    """The username attribute of every omise-tray entry (secret-tool prints them on stderr)."""
    result = subprocess.run(
        ["secret-tool", "search", "--all", "service", SERVICE],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    prefix = "attribute.username = "
    return [line[len(prefix) :] for line in result.stderr.splitlines() if line.startswith(prefix)]


@pytest.fixture
def store(desktop_session: dict[str, str]) -> SecretStore:
    return SecretStore.for_backend(SecretService.Keyring())


@pytest.fixture
def account_ids(store: SecretStore) -> Iterator[tuple[str, str]]:
    ids = (uuid.uuid4().hex[:12], uuid.uuid4().hex[:12])
    yield ids
    for account_id in ids:
        store.delete(account_id)


def test_the_desktop_keyring_is_detected_as_secret_service(desktop_session: dict[str, str]) -> None:
    status = run_app_code("print(json.dumps(SecretStore.detect().status.usable))", {})
    assert json.loads(status) is True


def test_add_read_replace_and_delete_leave_exactly_the_expected_entries(
    store: SecretStore, account_ids: tuple[str, str]
) -> None:
    first, second = account_ids
    assert store.status.usable
    assert store.status.backend_name == "Secret Service"

    store.set(first, KEY)
    assert keyring_lookup(first) == KEY
    assert store.get(first) == KEY

    store.set(second, OTHER_KEY)
    assert keyring_lookup(second) == OTHER_KEY

    store.set(first, NEW_KEY)
    assert keyring_lookup(first) == NEW_KEY
    assert store.get(first) == NEW_KEY
    mine = [name for name in keyring_usernames() if name in account_ids]
    assert sorted(mine) == sorted(account_ids)  # replaced in place, not added twice

    store.delete(first)
    assert keyring_lookup(first) is None
    assert store.get(first) is None
    assert keyring_lookup(second) == OTHER_KEY

    store.delete(second)
    assert [name for name in keyring_usernames() if name in account_ids] == []


def test_a_session_only_key_never_reaches_the_keyring(
    store: SecretStore, account_ids: tuple[str, str]
) -> None:
    first, _ = account_ids
    store.set(first, KEY, session_only=True)
    assert store.get(first) == KEY
    assert keyring_lookup(first) is None


def test_the_keys_kept_are_listed_by_account_id_even_while_locked(
    store: SecretStore, account_ids: tuple[str, str], unlocked_afterwards: None
) -> None:
    first, second = account_ids
    store.set(first, KEY)
    listed = store.stored_account_ids()
    assert listed is not None
    assert first in listed and second not in listed
    assert sorted(set(listed)) == sorted(n for n in keyring_usernames())
    store.set(second, OTHER_KEY)
    with secretstorage.dbus_init() as connection:
        secretstorage.get_default_collection(connection).lock()
    # Only the entries' attributes are read: no unlock window, no key.
    locked_listing = store.stored_account_ids()
    assert locked_listing is not None and {first, second} <= set(locked_listing)
    assert default_collection_locked()


def xdotool(*args: str) -> str:
    """Run xdotool on the test desktop; a slow or failed run just yields no output."""
    try:
        result = subprocess.run(
            ["xdotool", *args], capture_output=True, text=True, check=False, timeout=30
        )
    except subprocess.TimeoutExpired:
        return ""
    return result.stdout


PROMPT_WAIT = 90.0  # seconds; gcr-prompter starts slowly on a loaded machine


def call_answering_the_prompt(call: Callable[[], object], keys: list[str]) -> object:
    """Run `call` (which raises gnome-keyring's unlock window) while xdotool answers the window.

    The window is looked for and answered again until the call returns, because on a busy
    machine it may appear late or miss the first keystrokes. Never hangs: fails after
    PROMPT_WAIT seconds.
    """
    done = threading.Event()
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except Exception as exc:  # handed to the test thread
            outcome["error"] = exc
        finally:
            done.set()

    def answer() -> None:
        while not done.wait(1.0):
            windows = xdotool("search", "--onlyvisible", "--name", "^Unlock").split()
            if windows:
                xdotool("windowactivate", "--sync", windows[0])
                for key in keys:
                    xdotool(*key.split(" ", 1))

    caller = threading.Thread(target=run, name="keyring-call", daemon=True)
    answerer = threading.Thread(target=answer, name="unlock-prompt-answerer", daemon=True)
    caller.start()
    answerer.start()
    finished = done.wait(PROMPT_WAIT)
    answerer.join(timeout=35)
    if not finished:
        pytest.fail(f"the keyring's unlock window was not answered within {PROMPT_WAIT:g} s")
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome.get("value")


UNLOCK = ["key ctrl+a", f"type {KEYRING_PASSWORD.decode()}", "key Return"]
DISMISS = ["key Escape"]


def default_collection_locked() -> bool:
    with secretstorage.dbus_init() as connection:
        return bool(secretstorage.get_default_collection(connection).is_locked())


@pytest.fixture
def unlocked_afterwards(desktop_session: dict[str, str]) -> Iterator[None]:
    """However a test ends, the keyring is unlocked again for the tests after it."""
    yield
    if default_collection_locked():

        def unlock() -> None:
            with secretstorage.dbus_init() as connection:
                secretstorage.get_default_collection(connection).unlock()

        call_answering_the_prompt(unlock, UNLOCK)


def test_a_locked_keyring_explains_itself_and_an_unlock_is_picked_up_without_restart(
    store: SecretStore, account_ids: tuple[str, str], unlocked_afterwards: None
) -> None:
    first, _ = account_ids
    store.set(first, KEY)
    with secretstorage.dbus_init() as connection:
        secretstorage.get_default_collection(connection).lock()

    with pytest.raises(KeyringLockedError, match="Your keyring is locked"):
        call_answering_the_prompt(lambda: store.get(first), DISMISS)
    assert default_collection_locked()

    assert call_answering_the_prompt(lambda: store.get(first), UNLOCK) == KEY
    assert not default_collection_locked()


def run_app_code(code: str, extra_env: dict[str, str], pythonpath: Path | None = None) -> str:
    """Run a snippet against the app's code in a fresh interpreter (keyring caches its choice)."""
    env = {**os.environ, **extra_env}
    env["PYTHONPATH"] = os.pathsep.join(str(p) for p in (pythonpath, REPO) if p is not None)
    prelude = "import json\nfrom omise_tray.storage.secrets import SecretStore\n"
    result = subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return result.stdout


REFUSED_THEN_SESSION = f"""
store = SecretStore.detect()
try:
    store.set("acct1", "{KEY}")
    saved = "saved"
except Exception as exc:
    saved = str(exc)
store.set("acct1", "{KEY}", session_only=True)
print(json.dumps({{
    "usable": store.status.usable,
    "reason": store.status.reason,
    "saved": saved,
    "session_key_works": store.get("acct1") == "{KEY}",
}}))
"""

PLAINTEXT_BACKEND = '''
"""A stand-in for keyrings.alt's plaintext file backend (not installed here)."""
from pathlib import Path
from keyring.backend import KeyringBackend

FILE = Path(__file__).with_name("plaintext-keyring.cfg")


class PlaintextKeyring(KeyringBackend):
    priority = 0.5

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        FILE.write_text(f"{service} {username} {password}\\n")

    def delete_password(self, service, username):
        FILE.unlink(missing_ok=True)
'''


def test_the_fail_backend_is_refused_and_a_session_key_still_works(
    desktop_session: dict[str, str],
) -> None:
    outcome = json.loads(
        run_app_code(
            REFUSED_THEN_SESSION, {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        )
    )
    assert outcome["usable"] is False
    assert outcome["reason"].startswith("No secure keyring was found")
    assert "will not store your secret key in a plain file" in outcome["reason"]
    assert outcome["saved"] == outcome["reason"]
    assert outcome["session_key_works"] is True


def test_a_plaintext_file_backend_is_refused_and_never_written(
    desktop_session: dict[str, str], tmp_path: Path
) -> None:
    package = tmp_path / "keyrings" / "alt"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "file.py").write_text(PLAINTEXT_BACKEND)
    outcome = json.loads(
        run_app_code(
            REFUSED_THEN_SESSION,
            {"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"},
            pythonpath=tmp_path,
        )
    )
    assert outcome["usable"] is False
    assert (
        "keeps passwords in a file on disk (keyrings.alt.file.PlaintextKeyring)"
        in (outcome["reason"])
    )
    assert outcome["saved"] == outcome["reason"]
    assert outcome["session_key_works"] is True
    assert not (package / "plaintext-keyring.cfg").exists()


def _balance_requests(sim: Simulator) -> int:
    return sum(1 for r in sim.request_log if r.path == "/balance")


def _unlock_window_shown() -> bool:
    return bool(xdotool("search", "--onlyvisible", "--name", "^Unlock").split())


def test_the_app_keeps_working_while_the_unlock_window_waits(
    desktop_session: dict[str, str], tmp_path: Path, unlocked_afterwards: None
) -> None:
    """The app reads keys in its key thread. With the keyring locked, gnome-keyring's unlock
    window waits for the user while the app goes on: a quit (SIGTERM, as at logout) is prompt
    even then. Started again and unlocked, the balances come in."""
    env = {
        **os.environ,
        **desktop_session,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    env.pop("QT_QPA_PLATFORM", None)
    with Simulator(demo_accounts()[:1], dynamic=False) as sim:
        env["OMISE_API_BASE"] = sim.base_url
        shop = sim.accounts[0]
        account_id = f"locked-{uuid.uuid4().hex[:8]}"
        store = SecretStore.detect()
        store.set(account_id, shop.key)
        account = AccountSettings(
            id=account_id, name=shop.name, currency=shop.currency, livemode=False
        )
        settings_file = tmp_path / "config" / "omise-tray" / "settings.json"
        SettingsStore(settings_file).save(Settings(accounts=(account,)))
        with secretstorage.dbus_init() as connection:
            secretstorage.get_default_collection(connection).lock()

        processes: list[subprocess.Popen[str]] = []

        def start() -> subprocess.Popen[str]:
            process = subprocess.Popen(
                [sys.executable, "-m", "omise_tray", "--interval", "300"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            processes.append(process)
            return process

        outputs = []
        try:
            first = start()
            wait_for(_unlock_window_shown, "the app's unlock request", PROMPT_WAIT, interval=0.2)
            time.sleep(1)
            assert first.poll() is None
            asked = time.monotonic()
            first.terminate()
            outputs.append(first.communicate(timeout=30))
            quit_seconds = time.monotonic() - asked
            assert first.returncode == 0, outputs[-1][1]
            assert quit_seconds < 5, f"quitting took {quit_seconds:.1f} s"
            if _unlock_window_shown():
                call_answering_the_prompt(lambda: wait_for(lambda: True, "nothing", 1), DISMISS)
            assert _balance_requests(sim) == 0  # it never had the key

            second = start()
            call_answering_the_prompt(
                lambda: wait_for(lambda: _balance_requests(sim) >= 1, "a balance", PROMPT_WAIT),
                UNLOCK,
            )
            assert not default_collection_locked()
            second.terminate()
            outputs.append(second.communicate(timeout=30))
            assert second.returncode == 0, outputs[-1][1]
        finally:
            for process in processes:
                if process.poll() is None:
                    process.kill()
                    process.communicate()
            store.delete(account_id)
    for out, err in outputs:
        assert "Traceback" not in out + err
        assert shop.key not in out + err
