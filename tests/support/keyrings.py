"""In-memory keyring backends for tests, dressed as whichever real backend a test needs."""

from __future__ import annotations

import subprocess
from typing import Any

import keyring.errors

from omise_tray.storage.secrets import SERVICE


class FakeBackend:
    """A keyring backend in memory whose class module and name the test chooses.

    Deliberately not a keyring.backend.KeyringBackend subclass: those register themselves
    with keyring's global backend discovery and would leak into other tests.
    """

    priority: Any = 5

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], str] = {}
        self.locked = False
        self.failure: Exception | None = None
        self.reads = 0

    def _check(self) -> None:
        if self.locked:
            raise keyring.errors.KeyringLocked("Failed to unlock the collection!")
        if self.failure is not None:
            raise self.failure

    def get_password(self, service: str, username: str) -> str | None:
        self.reads += 1
        self._check()
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("No such password!")


def backend_class(module: str, name: str, priority: Any = 5) -> type[FakeBackend]:
    return type(name, (FakeBackend,), {"__module__": module, "priority": priority})


def make_backend(module: str, name: str, priority: Any = 5) -> FakeBackend:
    return backend_class(module, name, priority)()


class NotViable:
    """Stands in for a priority property that raises, as keyring backends do when unavailable."""

    def __get__(self, instance: object, owner: type) -> float:
        raise RuntimeError("The Secret Service daemon is neither running nor activatable")


def secret_service() -> FakeBackend:
    return make_backend("keyring.backends.SecretService", "Keyring")


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
