"""The secret-key policy against a real Secret Service (gnome-keyring) and insecure backends."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import secretstorage
from keyring.backends import SecretService

from omise_tray.storage.secrets import SERVICE, KeyringLockedError, SecretStore
from tests.support.desktop import KEYRING_PASSWORD

pytestmark = pytest.mark.desktop

REPO = Path(__file__).resolve().parents[2]
KEY = "skey_test_5ka8dfj3m2nq7wz1pxe"
NEW_KEY = "skey_test_5kb9egk4n3or8xa2qyf"
OTHER_KEY = "skey_test_5kcafhl5o4ps9yb3rzg"


def keyring_lookup(account_id: str) -> str | None:
    """The secret stored for the account, as the desktop's own secret-tool sees it."""
    result = subprocess.run(
        ["secret-tool", "lookup", "service", SERVICE, "username", account_id],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    return result.stdout if result.returncode == 0 else None


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


def answer_unlock_prompt(keys: list[str]) -> threading.Thread:
    """Wait for gnome-keyring's unlock window and type into it (xdotool), in the background."""

    def answer() -> None:
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "Unlock"],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        window = found.stdout.split()[0]
        subprocess.run(["xdotool", "windowactivate", "--sync", window], check=False, timeout=30)
        for key in keys:
            subprocess.run(["xdotool", *key.split(" ", 1)], check=False, timeout=30)

    thread = threading.Thread(target=answer, name="unlock-prompt-answerer", daemon=True)
    thread.start()
    return thread


def collection_locked() -> bool:
    with secretstorage.dbus_init() as connection:
        return bool(secretstorage.get_default_collection(connection).is_locked())


def test_a_locked_keyring_explains_itself_and_an_unlock_is_picked_up_without_restart(
    store: SecretStore, account_ids: tuple[str, str]
) -> None:
    first, _ = account_ids
    store.set(first, KEY)
    password = KEYRING_PASSWORD.decode()
    with secretstorage.dbus_init() as connection:
        secretstorage.get_default_collection(connection).lock()
    try:
        dismisser = answer_unlock_prompt(["key Escape"])
        with pytest.raises(KeyringLockedError, match="Your keyring is locked"):
            store.get(first)
        dismisser.join(timeout=60)

        unlocker = answer_unlock_prompt([f"type {password}", "key Return"])
        assert store.get(first) == KEY
        unlocker.join(timeout=60)
    finally:
        # Later tests share this keyring: never leave it locked, whatever failed above.
        if collection_locked():
            rescuer = answer_unlock_prompt([f"type {password}", "key Return"])
            with secretstorage.dbus_init() as connection:
                secretstorage.get_default_collection(connection).unlock()
            rescuer.join(timeout=60)
        assert not collection_locked()


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
