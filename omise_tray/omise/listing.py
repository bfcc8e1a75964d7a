"""What a page of an account's lists is asked for with and answered by: pure records, shared by
the fetcher (app.activity) and the views (ui.activity) without either importing the other."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from omise_tray.core.errors import ErrorKind
from omise_tray.omise.models import Page, Transaction, Transfer

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100  # the most Omise returns in one list


class Listing(StrEnum):
    """Which of an account's lists a page comes from."""

    TRANSACTIONS = "transactions"
    PAYOUTS = "payouts"


@dataclass(frozen=True, slots=True)
class PageRequest:
    """One page asked for: whose list, which list and where in it; serial orders the requests."""

    account_id: str
    listing: Listing
    offset: int = 0
    limit: int = PAGE_SIZE
    serial: int = 0


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A page Omise answered with."""

    request: PageRequest
    page: Page[Transaction] | Page[Transfer]


@dataclass(frozen=True, slots=True)
class FetchFailure:
    """Why a page could not be fetched: the client's English sentence (the English window
    shows it) and the kind and code another language says it from."""

    request: PageRequest
    kind: ErrorKind
    message: str
    code: str | None = None


PageAnswer = FetchedPage | FetchFailure
