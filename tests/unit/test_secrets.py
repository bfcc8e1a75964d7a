"""The secret-key policy: which keyrings are trusted, how keys move between keyring and memory."""

from __future__ import annotations

import logging
from typing import Any

import keyring.errors
import pytest

from omise_tray.storage.secrets import (
    SERVICE,
    KeyLocation,
    KeyringLockedError,
    KeyringUnusableError,
    SecretStore,
    SecretStoreError,
    assess_backend,
)
from omise_tray.storage.settings import AccountSettings
from tests.support.keyrings import FakeBackend, NotViable, make_backend, secret_service

KEY = "skey_test_5xuy4w91xqz7d1w9u0t"
OTHER_KEY = "skey_test_61n8vs3lbd9e7d2zbcv"


def shop(name: str = "Shop TH", key_storage: str = "keyring") -> AccountSettings:
    return AccountSettings(
        id=f"id-{name.replace(' ', '-').lower()}", name=name, key_storage=key_storage
    )


@pytest.mark.parametrize(
    ("module", "name", "label"),
    [
        ("keyring.backends.SecretService", "Keyring", "Secret Service"),
        ("keyring.backends.libsecret", "Keyring", "Secret Service"),
        ("keyring.backends.kwallet", "DBusKeyring", "KWallet"),
        ("keyring.backends.kwallet", "DBusKeyringKWallet4", "KWallet"),
        ("keyring.backends.macOS", "Keyring", "macOS Keychain"),
        ("keyring.backends.Windows", "WinVaultKeyring", "Windows Credential Locker"),
    ],
)
def test_secure_keyrings_are_used(module: str, name: str, label: str) -> None:
    backend: Any = make_backend(module, name)  # a stand-in, duck-typed (see FakeBackend)
    chosen, status = assess_backend(backend)
    assert chosen is backend
    assert status.usable
    assert status.backend_name == label
    assert status.reason is None


@pytest.mark.parametrize(
    ("module", "name", "phrase"),
    [
        ("keyring.backends.fail", "Keyring", "No secure keyring was found"),
        ("keyring.backends.null", "Keyring", "No secure keyring was found"),
        ("keyrings.alt.file", "PlaintextKeyring", "keeps passwords in a file on disk"),
        ("keyrings.alt.file", "EncryptedKeyring", "keeps passwords in a file on disk"),
        ("someone.else", "CleverKeyring", "not one Omise Tray knows to be secure"),
    ],
)
def test_insecure_or_absent_keyrings_are_refused_with_a_sentence(
    module: str, name: str, phrase: str
) -> None:
    chosen, status = assess_backend(make_backend(module, name, priority=0.5))  # type: ignore[arg-type]
    assert chosen is None
    assert not status.usable
    assert status.reason is not None
    assert phrase in status.reason
    assert "will not store your secret key in a plain file" in status.reason
    assert "this session only" in status.reason


@pytest.mark.parametrize("priority", [NotViable(), 0.5])
def test_a_secure_keyring_that_cannot_work_here_is_refused(priority: Any) -> None:
    chosen, status = assess_backend(
        make_backend("keyring.backends.SecretService", "Keyring", priority)  # type: ignore[arg-type]
    )
    assert chosen is None
    assert not status.usable
    assert status.reason is not None
    assert "Secret Service keyring is not available" in status.reason


def chainer(*backends: FakeBackend) -> Any:
    chain = make_backend("keyring.backends.chainer", "ChainerBackend", priority=10)
    chain.backends = list(backends)  # type: ignore[attr-defined]
    return chain


def test_the_chainer_is_resolved_to_its_secure_backend_even_behind_a_plaintext_one() -> None:
    plaintext = make_backend("keyrings.alt.file", "PlaintextKeyring", priority=0.5)
    secure: Any = secret_service()
    chosen, status = assess_backend(chainer(plaintext, secure))
    assert chosen is secure
    assert status.backend_name == "Secret Service"


def test_a_chain_of_insecure_backends_is_refused_for_its_first_one() -> None:
    chosen, status = assess_backend(
        chainer(make_backend("keyrings.alt.file", "PlaintextKeyring", priority=0.5))
    )
    assert chosen is None
    assert status.reason is not None
    assert "keyrings.alt.file.PlaintextKeyring" in status.reason


def test_an_empty_chain_means_no_keyring() -> None:
    chosen, status = assess_backend(chainer())
    assert chosen is None
    assert status.backend_name == "none"


def test_keys_are_stored_per_account_id_under_the_omise_tray_service() -> None:
    backend = secret_service()
    store = SecretStore.for_backend(backend)  # type: ignore[arg-type]
    store.set("acct1", KEY)
    assert backend.entries == {(SERVICE, "acct1"): KEY}
    assert store.get("acct1") == KEY
    store.set("acct1", OTHER_KEY)
    assert backend.entries == {(SERVICE, "acct1"): OTHER_KEY}
    store.delete("acct1")
    assert backend.entries == {}
    assert store.get("acct1") is None


def test_deleting_a_key_that_is_not_there_is_not_an_error() -> None:
    store = SecretStore.for_backend(secret_service())  # type: ignore[arg-type]
    store.delete("never-stored")
    assert store.get("never-stored") is None


def test_a_locked_keyring_gives_a_sentence_and_a_later_unlock_works_without_restart() -> None:
    backend = secret_service()
    store = SecretStore.for_backend(backend)  # type: ignore[arg-type]
    store.set("acct1", KEY)
    backend.locked = True
    with pytest.raises(KeyringLockedError, match="Your keyring is locked") as raised:
        store.get("acct1")
    assert "no need to restart" in str(raised.value)
    assert raised.value.__cause__ is None
    with pytest.raises(KeyringLockedError):
        store.set("acct2", OTHER_KEY)
    backend.locked = False
    assert store.get("acct1") == KEY


def test_a_failing_keyring_never_puts_the_key_in_the_error_or_the_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    backend = secret_service()
    store = SecretStore.for_backend(backend)  # type: ignore[arg-type]
    backend.failure = OSError("org.freedesktop.DBus.Error.ServiceUnknown")
    caplog.set_level(logging.DEBUG)
    with pytest.raises(SecretStoreError) as raised:
        store.set("acct1", KEY)
    assert "did not answer" in str(raised.value)
    assert KEY not in str(raised.value)
    assert raised.value.__cause__ is None
    assert KEY not in caplog.text
    assert "ServiceUnknown" in caplog.text


def test_a_refused_keyring_cannot_keep_a_key_but_the_session_can() -> None:
    store = SecretStore.for_backend(make_backend("keyring.backends.fail", "Keyring", 0))  # type: ignore[arg-type]
    assert not store.keyring_usable
    with pytest.raises(KeyringUnusableError, match="No secure keyring was found"):
        store.set("acct1", KEY)
    store.set("acct1", KEY, session_only=True)
    assert store.get("acct1") == KEY
    store.delete("acct1")
    assert store.get("acct1") is None


def test_a_refused_backend_is_never_called() -> None:
    plaintext = make_backend("keyrings.alt.file", "PlaintextKeyring", priority=0.5)
    store = SecretStore.for_backend(plaintext)  # type: ignore[arg-type]
    store.set("acct1", KEY, session_only=True)
    store.get("acct1")
    store.get("other")
    store.delete("acct1")
    assert plaintext.entries == {}
    assert plaintext.reads == 0


def test_keeping_a_key_for_the_session_removes_an_older_keyring_entry() -> None:
    backend = secret_service()
    store = SecretStore.for_backend(backend)  # type: ignore[arg-type]
    store.set("acct1", KEY)
    store.set("acct1", OTHER_KEY, session_only=True)
    assert backend.entries == {}
    assert store.get("acct1") == OTHER_KEY


def test_saving_to_the_keyring_replaces_a_session_key() -> None:
    backend = secret_service()
    store = SecretStore.for_backend(backend)  # type: ignore[arg-type]
    store.set("acct1", OTHER_KEY, session_only=True)
    store.set("acct1", KEY)
    backend.entries.clear()
    assert store.get("acct1") is None


def test_demo_store_never_touches_the_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("demo mode asked the keyring")

    monkeypatch.setattr(keyring, "get_keyring", refuse)
    store = SecretStore.memory_only()
    demo = shop("Demo", "session")
    store.set(demo.id, KEY, session_only=True)
    assert store.get(demo.id) == KEY
    assert dict(store.keys_for([demo]).keys) == {demo.id: KEY}
    store.delete(demo.id)
    assert store.get(demo.id) is None


def test_keys_for_gives_each_account_its_key_or_a_sentence() -> None:
    backend = secret_service()
    store = SecretStore.for_backend(backend)  # type: ignore[arg-type]
    stored, session, gone, forgotten = (
        shop("Stored"),
        shop("Session", "session"),
        shop("Gone"),
        shop("Forgotten", "session"),
    )
    store.set(stored.id, KEY)
    store.set(session.id, OTHER_KEY, session_only=True)
    found = store.keys_for([stored, session, gone, forgotten])
    assert dict(found.keys) == {stored.id: KEY, session.id: OTHER_KEY}
    assert found.problems == {
        gone.id: "The keyring holds no secret key for Gone. Add it again in Accounts.",
        forgotten.id: (
            "The key for Forgotten was kept for the last session only. Enter it again in Accounts."
        ),
    }


def test_keys_for_asks_a_locked_keyring_once_per_refresh() -> None:
    backend = secret_service()
    store = SecretStore.for_backend(backend)  # type: ignore[arg-type]
    accounts = [shop("One"), shop("Two"), shop("Three")]
    backend.locked = True
    found = store.keys_for(accounts)
    assert backend.reads == 1
    assert found.keys == {}
    assert set(found.problems) == {a.id for a in accounts}
    assert all("Your keyring is locked" in p for p in found.problems.values())


def test_keys_for_with_a_refused_keyring_explains_why() -> None:
    store = SecretStore.for_backend(make_backend("keyring.backends.null", "Keyring", -1))  # type: ignore[arg-type]
    found = store.keys_for([shop()])
    assert "No secure keyring was found" in found.problems["id-shop-th"]


@pytest.mark.parametrize(
    ("setup", "expected", "words"),
    [
        ("keyring", KeyLocation.KEYRING, "keyring (Secret Service)"),
        ("session", KeyLocation.SESSION, "session only"),
        ("session ended", KeyLocation.SESSION, "session only"),
        ("nothing", KeyLocation.MISSING, "missing"),
        ("locked", KeyLocation.LOCKED, "keyring (locked)"),
        ("broken", KeyLocation.UNAVAILABLE, "keyring unavailable"),
    ],
)
def test_location_says_where_the_key_is(setup: str, expected: KeyLocation, words: str) -> None:
    backend = secret_service()
    store = SecretStore.for_backend(backend)  # type: ignore[arg-type]
    account = shop(key_storage="session" if setup.startswith("session") else "keyring")
    if setup == "keyring":
        store.set(account.id, KEY)
    elif setup == "session":
        store.set(account.id, KEY, session_only=True)
    elif setup == "locked":
        backend.locked = True
    elif setup == "broken":
        backend.failure = RuntimeError("gone")
    found = store.find(account)
    assert found.location is expected
    assert found.key == (KEY if setup in ("keyring", "session") else None)
    assert store.describe(found.location) == words


def test_nothing_prints_a_key() -> None:
    store = SecretStore.for_backend(secret_service())  # type: ignore[arg-type]
    store.set("acct1", KEY)
    store.set("acct2", OTHER_KEY, session_only=True)
    one = AccountSettings(id="acct1", name="One")
    found, stored = store.keys_for([one]), store.find(one)
    for shown in (repr(store), str(store), repr(found), str(found), repr(stored), str(stored)):
        assert "skey_" not in shown


def test_a_keyring_that_cannot_list_its_keys_says_so() -> None:
    stand_in: Any = make_backend("keyring.backends.kwallet", "DBusKeyring")
    kwallet = SecretStore.for_backend(stand_in)
    assert kwallet.keyring_usable
    assert kwallet.stored_account_ids() is None
    assert kwallet.cannot_list.startswith("The KWallet keyring cannot list the keys it holds")
    none = SecretStore.memory_only()
    assert none.stored_account_ids() is None
    assert none.cannot_list == "Demo mode keeps keys in memory only."
