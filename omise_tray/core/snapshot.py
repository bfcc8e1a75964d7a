"""What one poll of one account produced: a balance, or a failure the user can read."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from omise_tray.core.balance import Balance
from omise_tray.core.errors import ErrorKind, FailureFacts, KeyringNotice


class Snapshot(NamedTuple):
    """A successful poll: the account's balance and when it was fetched (aware UTC)."""

    account_id: str
    balance: Balance
    fetched_at: datetime


class PollError(NamedTuple):
    """A failed poll: a category to branch on, a sentence to show, and when the next try is.

    `message` is the English sentence (the log, the CLI); a window says it in its own language
    from the facts: kind, `code`, `status` and the server's own words (`server_text`), or the
    keyring's notice when the key could not be read."""

    account_id: str
    kind: ErrorKind
    message: str
    at: datetime
    retry_in: float | None = None
    status: int | None = None
    code: str | None = None
    server_text: str | None = None
    keyring: KeyringNotice | None = None  # why the account's key could not be read

    @property
    def facts(self) -> FailureFacts:
        """The failure's facts, to say it in a window's language."""
        return FailureFacts(self.kind, self.code, self.status, self.server_text, self.keyring)
