"""Keys are read in the key thread: an unlock window that waits for the user freezes nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from omise_tray.app.key_loader import KeyLoader
from omise_tray.storage.secrets import SERVICE, FoundKeys, SecretStore
from omise_tray.storage.settings import AccountSettings
from tests.support.keyrings import FakeBackend

KEY = "skey_test_5xuy4w91xqz7d1w9u0t"
OTHER_KEY = "skey_test_61n8vs3lbd9e7d2zbcv"
SHOP = AccountSettings(id="shop", name="Shop")
CAFE = AccountSettings(id="cafe", name="Cafe")


class PromptingBackend(FakeBackend):
    """A Secret Service whose reads wait, as they do while the unlock window is up."""

    def __init__(self) -> None:
        super().__init__()
        self.answered = threading.Event()
        self.waiting = threading.Event()
        self.read_accounts: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.read_accounts.append(username)
        self.waiting.set()
        assert self.answered.wait(30), "the test never answered the prompt"
        return FakeBackend.get_password(self, service, username)


# Dressed as keyring's Secret Service backend, which the policy trusts.
PromptingBackend.__module__ = "keyring.backends.SecretService"
PromptingBackend.__name__ = PromptingBackend.__qualname__ = "Keyring"


@pytest.fixture
def backend() -> Iterator[PromptingBackend]:
    prompting = PromptingBackend()
    prompting.entries[(SERVICE, SHOP.id)] = KEY
    prompting.entries[(SERVICE, CAFE.id)] = OTHER_KEY
    yield prompting
    prompting.answered.set()  # never leave the key thread waiting


def loader_for(backend: PromptingBackend, opened_in: list[str]) -> KeyLoader:
    def make() -> SecretStore:
        opened_in.append(threading.current_thread().name)
        return SecretStore.for_backend(backend)  # type: ignore[arg-type]

    return KeyLoader(make)


def test_the_keyring_is_opened_and_read_off_the_main_thread(
    qtbot: QtBot, backend: PromptingBackend
) -> None:
    opened_in: list[str] = []
    loader = loader_for(backend, opened_in)
    beats: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: beats.append(1))
    heartbeat.start()
    try:
        with qtbot.waitSignal(loader.opened, timeout=10_000) as opened:
            loader.start()
        assert opened.args[0].status.usable
        assert opened_in and opened_in[0] != threading.main_thread().name
        assert loader.store() is opened.args[0]

        loader.load([SHOP])
        assert backend.waiting.wait(10)
        # The read waits for the user; the event loop keeps turning meanwhile.
        qtbot.waitUntil(lambda: len(beats) >= 20, timeout=10_000)

        with qtbot.waitSignal(loader.loaded, timeout=10_000) as loaded:
            backend.answered.set()
        found = loaded.args[0]
        assert isinstance(found, FoundKeys)
        assert dict(found.keys) == {SHOP.id: KEY}
    finally:
        heartbeat.stop()
        backend.answered.set()
        assert loader.stop(5000)


def test_requests_made_while_a_read_waits_become_one_read_of_the_newest(
    qtbot: QtBot, backend: PromptingBackend
) -> None:
    loader = loader_for(backend, [])
    results: list[FoundKeys] = []
    loader.loaded.connect(results.append)
    try:
        loader.start()
        loader.load([SHOP])
        assert backend.waiting.wait(10)
        loader.load([SHOP])
        loader.load([CAFE])
        loader.load([SHOP, CAFE])  # the newest: the only one read after the first
        backend.answered.set()
        qtbot.waitUntil(lambda: len(results) == 2, timeout=10_000)
        assert not loader.pending  # nothing else follows
        assert backend.read_accounts == [SHOP.id, SHOP.id, CAFE.id]
        assert dict(results[1].keys) == {SHOP.id: KEY, CAFE.id: OTHER_KEY}
    finally:
        backend.answered.set()
        assert loader.stop(5000)


def test_quitting_while_the_unlock_window_is_up_does_not_wait_for_it(
    qtbot: QtBot, backend: PromptingBackend
) -> None:
    loader = loader_for(backend, [])
    loader.start()
    loader.load([SHOP])
    assert backend.waiting.wait(10)

    assert not loader.stop(200)  # the caller then leaves without waiting (the app exits)

    backend.answered.set()
    qtbot.waitUntil(lambda: not loader.running, timeout=10_000)
