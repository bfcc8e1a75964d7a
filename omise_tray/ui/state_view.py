"""StateView: what the widgets read of the app's state; the app's AppState is one.

Widgets are handed the state as this protocol, so ui/ never imports the coordinators above it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import SignalInstance

from omise_tray.core.portfolio import AccountStatus, CurrencyGroup
from omise_tray.core.portfolio import Signal as TraySignal
from omise_tray.storage.settings import AccountSettings

if TYPE_CHECKING:  # read after the first paint: the module loads with the first outlook
    from omise_tray.core.outlook import Outlook


class KnownOutlook(NamedTuple):
    """An account's latest outlook, when its transactions and payouts were read, and since
    when reading them again fails (None while the last reading worked)."""

    outlook: Outlook
    read_at: datetime
    failing_since: datetime | None = None


class StateView(Protocol):
    """The latest balances and polling state, read-only; `changed` fires after every change."""

    @property
    def changed(self) -> SignalInstance: ...

    @property
    def accounts(self) -> tuple[AccountSettings, ...]: ...

    @property
    def interval(self) -> timedelta: ...

    @property
    def paused(self) -> bool: ...

    @property
    def busy(self) -> bool: ...

    @property
    def amounts_hidden(self) -> bool:
        """Privacy mode: show "•••" wherever an amount would be."""
        ...

    def statuses(self) -> list[AccountStatus]: ...

    def groups(self) -> list[CurrencyGroup]: ...

    def signal(self, now: datetime | None = None) -> TraySignal: ...

    def outlook(self, account_id: str) -> KnownOutlook | None:
        """The account's money timeline, None until it was first read."""
        ...
