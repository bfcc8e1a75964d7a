"""Checks a secret key against the Omise API in a background thread, so a dialog never blocks.

KeyChecker is the app's KeyCheck (ui/account_actions.py): the form asks, the answer comes back
as a CheckedKey that describes the Omise account the key opens, never the key.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject

from omise_tray.app.background import Worker
from omise_tray.config import ApiEndpoint
from omise_tray.core.balance import Balance
from omise_tray.core.errors import ErrorKind, failure_sentence
from omise_tray.omise.client import OmiseClient
from omise_tray.omise.errors import (
    AuthenticationError,
    InvalidResponseError,
    OmiseError,
)
from omise_tray.omise.models import Account
from omise_tray.storage.settings import AccountSettings, account_from_omise
from omise_tray.ui.account_actions import CheckedKey

log = logging.getLogger(__name__)

CHECK_TIMEOUT = (5.0, 15.0)  # (connect, read) seconds per request
CHECK_DEADLINE = 30.0  # seconds for each request as a whole, however the server dribbles
UNCHECKED = "The key could not be checked; details are in the log."
UNCHECKED_CODE = "unchecked"  # the check itself failed (a bug, logged), not Omise


@dataclass(frozen=True, slots=True)
class KeyVerdict:
    """What checking a key found: the account and its balance, or the error saying why not."""

    account: Account | None = None
    balance: Balance | None = None
    error: OmiseError | None = None

    @property
    def accepted(self) -> bool:
        return self.error is None and self.account is not None and self.balance is not None

    @property
    def livemode(self) -> bool | None:
        if self.balance is not None:
            return self.balance.livemode
        return self.account.livemode if self.account is not None else None

    @property
    def currency(self) -> str | None:
        if self.balance is not None:
            return self.balance.currency.upper()
        if self.account is not None and self.account.currency:
            return self.account.currency.upper()
        return None

    def problem(self) -> str:
        """The sentence to show when the key was not accepted, in the window's language."""
        translate = QCoreApplication.translate
        error = self.error
        if error is None:
            return ""
        if error.code == UNCHECKED_CODE:
            return translate("KeyCheck", "The key could not be checked; details are in the log.")
        if isinstance(error, AuthenticationError):
            return translate(
                "KeyCheck",
                "Omise rejected this key: it may have been revoked or mistyped. "
                "Copy the secret key again from Dashboard → Keys.",
            )
        why = failure_sentence(
            error.kind,
            translate,
            code=error.code,
            status=error.status,
            server_text=error.server_text,
        )
        if error.kind is ErrorKind.NETWORK:
            #: {problem} says why Omise could not be reached.
            line = translate(
                "KeyCheck",
                "{problem} Your key was not saved; check it again when Omise is reachable.",
            )
            return line.format(problem=why)
        if error.kind in (ErrorKind.SERVER, ErrorKind.RATE_LIMITED, ErrorKind.INVALID_RESPONSE):
            #: {problem} says what went wrong with Omise's answer.
            line = translate("KeyCheck", "{problem} The key could not be checked yet.")
            return line.format(problem=why)
        return why


_UNCHECKED = KeyVerdict(error=InvalidResponseError(UNCHECKED, code=UNCHECKED_CODE))


def _check(client: OmiseClient) -> KeyVerdict:
    """In the check's thread: fetch the account and the balance with one client."""
    try:
        return KeyVerdict(account=client.account(), balance=client.balance())
    except OmiseError as exc:
        return KeyVerdict(error=exc)
    finally:
        client.close()


def described(found: AccountSettings) -> str:
    """ "shop@example.com · TH · THB · test mode": what the merchant recognises."""
    translate = QCoreApplication.translate
    if found.livemode is None:
        mode = translate("KeyCheck", "mode unknown")
    elif found.livemode:
        mode = translate("KeyCheck", "live mode")
    else:
        mode = translate("KeyCheck", "test mode")
    parts = [found.email, found.country, found.currency, mode]
    return " · ".join(part for part in parts if part)


def checked_key(verdict: KeyVerdict) -> CheckedKey:
    """The verdict as the form takes it: the Omise account the key opens, described with the
    server's words made fit for the settings file (and so for a widget), or the problem."""
    if not verdict.accepted or verdict.account is None:
        return CheckedKey(None, verdict.problem)
    found = account_from_omise(
        "",
        omise_account_id=verdict.account.id,
        livemode=verdict.livemode,
        currency=verdict.currency,
        email=verdict.account.email or None,
        country=verdict.account.country,
    )
    return CheckedKey(found, partial(found_sentence, found))


def found_sentence(found: AccountSettings) -> str:
    #: {account} describes the Omise account the key opens: "shop@example.com · TH · THB ·
    #: test mode".
    line = QCoreApplication.translate("KeyCheck", "Found {account}")
    return line.format(account=described(found))


class KeyChecker(QObject):
    """Runs one key check at a time; a newer check or cancel() makes the older one's answer moot.

    Each check runs in a worker thread of its own, so a new check never queues behind an
    abandoned one still waiting on the network. The answer is given in the thread that owns
    the checker (the UI thread), as a CheckedKey: never the key.
    """

    def __init__(self, endpoint: ApiEndpoint, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("key-checker")
        self.endpoint = endpoint
        self._number = 0
        self._current: tuple[int, OmiseClient] | None = None
        self._answer: Callable[[CheckedKey], None] | None = None
        self._workers: list[Worker] = []

    @property
    def busy(self) -> bool:
        return self._current is not None

    def check(self, key: str, answer: Callable[[CheckedKey], None]) -> None:
        """Start checking the key; `answer` is given what was found."""
        self.cancel()
        self._number += 1
        number = self._number
        try:
            client = OmiseClient(
                key,
                api_base=self.endpoint.base,
                api_version=self.endpoint.version,
                timeout=CHECK_TIMEOUT,
                deadline=CHECK_DEADLINE,
            )
        except OmiseError as exc:  # a malformed key or an insecure API address: no thread needed
            answer(checked_key(KeyVerdict(error=exc)))
            return
        self._answer = answer
        worker = Worker(f"key-check-{number}")
        self._workers = [*(w for w in self._workers if w.running), worker]
        self._current = (number, client)
        worker.submit(
            lambda: _check(client),
            lambda verdict: self._on_checked(number, verdict),
            lambda _error: self._on_checked(number, _UNCHECKED),
        )
        worker.close()  # one check per thread: it ends with its answer

    def cancel(self) -> None:
        """Abandon the check in flight: its connection is cut and its answer ignored."""
        self._answer = None
        if self._current is not None:
            self._current[1].abort()
            self._current = None

    def wait(self, milliseconds: int) -> bool:
        """Wait for every check thread to end (for orderly shutdown); False on timeout."""
        return all(worker.wait(milliseconds / 1000) for worker in self._workers)

    def _on_checked(self, number: int, verdict: KeyVerdict) -> None:
        if self._current is None or number != self._current[0]:
            return
        self._current = None
        answer, self._answer = self._answer, None
        if answer is not None:
            answer(checked_key(verdict))
