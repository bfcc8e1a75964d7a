"""HTTP client for the Omise REST API: each call returns a record or raises one typed error."""

from __future__ import annotations

import base64
import http.client
import logging
import re
import socket
import ssl
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlencode, urlsplit

import omise_tray
from omise_tray.config import DEFAULT_API_BASE, DEFAULT_API_VERSION, is_loopback_host
from omise_tray.core.balance import Balance
from omise_tray.core.errors import (
    ADDRESS_PARTS_CODE,
    API_VERSION_CODE,
    BAD_ADDRESS_CODE,
    PLAIN_HTTP_CODE,
)
from omise_tray.core.redact import redact
from omise_tray.omise.errors import (
    ApiVersionError,
    AuthenticationError,
    InsecureTransportError,
    InvalidResponseError,
    NetworkError,
    OmiseError,
    RateLimitedError,
    RequestError,
    ServerError,
)
from omise_tray.omise.keys import check_secret_key, is_test_key
from omise_tray.omise.models import (
    Account,
    ErrorDocument,
    Page,
    RecentTransactions,
    Transaction,
    Transfer,
    TransferSchedule,
)
from omise_tray.omise.parse import (
    NOT_UNDERSTOOD,
    decode_json,
    not_understood,
    parse_account,
    parse_balance,
    parse_error,
    parse_transactions,
    parse_transfer_schedules,
    parse_transfers,
)
from omise_tray.omise.transport import (
    BodyTooLargeError,
    CancelledError,
    ConnectTimeoutError,
    DeadlineError,
    ProxyError,
    Transport,
    route_for,
)

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = (5.0, 15.0)
LIST_ORDERS = ("chronological", "reverse_chronological")
LARGEST_PAGE = 100

AUTH_REJECTED = (
    "Omise rejected the secret key. Check it in Dashboard → Keys and update it in this app."
)
CUT_OFF = "Omise's answer was cut off before the end; try again in a minute."
CANCELLED = "The request to Omise was cancelled."

_LARGEST_BODY = 1024 * 1024  # a balance is ~300 bytes and a page of 100 transfers ~100 kB
_LONGEST_RETRY_AFTER = 900.0  # a server asking for hours is misconfigured; poll again later
_API_VERSION = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_api_version(text: str) -> str:
    """Return an Omise-Version value (YYYY-MM-DD), or raise ApiVersionError (a ValueError)."""
    version = text.strip()
    if not _API_VERSION.fullmatch(version):
        raise ApiVersionError(
            "The Omise API version must be a date such as 2019-05-29 (YYYY-MM-DD).",
            code=API_VERSION_CODE,
        )
    return version


def check_api_base(text: str) -> str:
    """Return the API base URL without a trailing slash, or raise InsecureTransportError.

    Plain http:// is refused except to this computer: the secret key travels in every request.
    """
    base = text.strip().rstrip("/")
    invalid = InsecureTransportError(
        "The Omise API address is not a valid web address; use https://api.omise.co.",
        code=BAD_ADDRESS_CODE,
    )
    try:
        parts = urlsplit(base)
        host = parts.hostname
        _ = parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        raise invalid from None
    if parts.scheme not in ("http", "https") or not host:
        raise invalid
    if parts.username is not None or parts.password is not None or parts.query or parts.fragment:
        raise InsecureTransportError(
            "The Omise API address must not contain a user name, password, query or fragment; "
            "use https://api.omise.co.",
            code=ADDRESS_PARTS_CODE,
        )
    if parts.scheme == "http" and not is_loopback_host(host):
        raise InsecureTransportError(
            f"Refusing to send the secret key over plain http:// to {host}. Use https://; "
            "plain http:// is allowed only to this computer (localhost, 127.0.0.1).",
            code=PLAIN_HTTP_CODE,
        )
    return base


def _api_time(moment: datetime) -> str:
    """A time as the API's list filters take it: UTC, whole seconds, ISO 8601 with Z."""
    if moment.tzinfo is None:
        raise ValueError("a time sent to Omise needs its time zone")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _user_agent() -> str:
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return f"OmiseTray/{omise_tray.__version__} Python/{python}"


def _network_error(error: BaseException) -> OmiseError:
    """Translate a transport failure into a sentence; the raw text goes to the log only."""
    if isinstance(error, http.client.IncompleteRead):
        return InvalidResponseError(CUT_OFF, code="truncated")
    if isinstance(error, http.client.RemoteDisconnected | ConnectionResetError | BrokenPipeError):
        return NetworkError(
            "The connection to Omise broke off (connection reset); try again in a minute.",
            code="reset",
        )
    if isinstance(error, http.client.HTTPException):
        return InvalidResponseError(NOT_UNDERSTOOD)
    if isinstance(error, ProxyError):
        return NetworkError(
            "Could not reach Omise through the proxy. Check the proxy settings "
            "(HTTPS_PROXY, NO_PROXY).",
            code="proxy",
        )
    if isinstance(error, ssl.SSLError | ssl.CertificateError):
        return NetworkError(
            "Could not set up a secure connection to Omise. Check this computer's date and time, "
            "and any proxy or antivirus that inspects HTTPS.",
            code="tls",
        )
    if isinstance(error, ConnectTimeoutError):
        reason, code = "the connection timed out", "connect_timeout"
    elif isinstance(error, socket.gaierror):
        reason, code = "its address could not be looked up", "dns"
    elif isinstance(error, ConnectionRefusedError):
        reason, code = "connection refused", "refused"
    elif isinstance(error, TimeoutError):
        return NetworkError("Omise did not answer in time; try again in a minute.", code="timeout")
    else:
        reason, code = "no connection", "connection"
    return NetworkError(
        f"Could not reach Omise ({reason}). Check your internet connection and try again.",
        code=code,
    )


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds asked for by a Retry-After header (seconds or HTTP-date), capped; None if absent."""
    if value is None:
        return None
    text = value.strip()
    if re.fullmatch(r"\d{1,10}(\.\d{1,6})?", text):
        seconds = float(text)
    else:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        seconds = (moment - (now or datetime.now(UTC))).total_seconds()
    return min(max(seconds, 0.0), _LONGEST_RETRY_AFTER)


def _quiet_json(body: bytes) -> object:
    # Error bodies are often HTML from a proxy: not worth a warning of their own.
    try:
        return decode_json(body) if body.lstrip()[:1] in (b"{", b"[") else None
    except InvalidResponseError:
        return None


def error_for_status(
    status: int, headers: Mapping[str, str], document: ErrorDocument | None
) -> OmiseError:
    """The typed error for a non-2xx answer: the status decides, the API's code refines."""
    code = document.code if document is not None else None
    if status == 401:
        return AuthenticationError(AUTH_REJECTED, status=status, code=code)
    if status == 429:
        return RateLimitedError(
            "Omise is receiving too many requests from this computer; wait a minute.",
            status=status,
            code=code,
            retry_after=parse_retry_after(headers.get("Retry-After")),
        )
    if status >= 500:
        return ServerError(
            f"Omise is having trouble right now (HTTP {status}); try again in a few minutes.",
            status=status,
            code=code,
            retry_after=parse_retry_after(headers.get("Retry-After")),
        )
    if 400 <= status < 500 and code == "authentication_failure":
        return AuthenticationError(AUTH_REJECTED, status=status, code=code)
    if 400 <= status < 500:
        if document is not None:
            ending = "" if document.message.endswith((".", "!", "?", "…")) else "."
            return RequestError(
                f"Omise refused the request (HTTP {status}): {document.message}{ending}",
                status=status,
                code=code,
                server_text=document.message,
            )
        return RequestError(
            f"Omise refused the request (HTTP {status}). Check the API address in the settings.",
            status=status,
        )
    return InvalidResponseError(NOT_UNDERSTOOD, status=status)


class OmiseClient:
    """Reads one Omise account's balance, account, transactions and transfers.

    Make calls from one thread at a time (the poller's worker); `abort()` may be called from
    any thread. The client never retries or sleeps: errors carry `retry_after` instead.
    The constructor checks everything before any connection: KeyFormatError for the key,
    InsecureTransportError for the address, ApiVersionError for a version that is not a date.
    `deadline` bounds each call as a whole, however slowly the server sends.
    """

    def __init__(
        self,
        secret_key: str,
        *,
        api_base: str = DEFAULT_API_BASE,
        api_version: str = DEFAULT_API_VERSION,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        deadline: float | None = None,
    ) -> None:
        key = check_secret_key(secret_key)
        self.api_base = check_api_base(api_base)
        self.api_version = check_api_version(api_version)
        self.test_mode = is_test_key(key)
        self.timeout = timeout
        self.deadline = deadline
        self._prefix = urlsplit(self.api_base).path
        credentials = base64.b64encode(f"{key}:".encode()).decode("ascii")
        self._headers = {
            "Authorization": f"Basic {credentials}",
            "Omise-Version": self.api_version,
            "User-Agent": _user_agent(),
            "Accept": "application/json",
        }
        self._route_problem: ProxyError | None = None
        try:
            route = route_for(self.api_base)
        except ProxyError as exc:  # told at the first call, like any other network failure
            self._route_problem = exc
            route = route_for("http://localhost")  # never used: every call fails first
        self._transport = Transport(route, connect_timeout=timeout[0], read_timeout=timeout[1])

    def __repr__(self) -> str:
        mode = "test" if self.test_mode else "live"
        return f"OmiseClient(api_base={self.api_base!r}, api_version={self.api_version!r}, {mode})"

    def balance(self) -> Balance:
        """The account's balance (GET /balance), normalised across API versions."""
        return parse_balance(self._get("/balance"))

    def account(self) -> Account:
        """The account the key belongs to (GET /account)."""
        return parse_account(self._get("/account"))

    def transactions(
        self,
        limit: int = 20,
        offset: int = 0,
        order: str = "reverse_chronological",
        since: datetime | None = None,
    ) -> Page[Transaction]:
        """One page of balance movements (GET /transactions), newest first by default.

        `since` (a time with its zone) leaves out movements created before it (`from`).
        """
        if order not in LIST_ORDERS:
            raise ValueError(f"order must be one of {LIST_ORDERS}")
        params = {**self._page_params(limit, offset), "order": order}
        if since is not None:
            params["from"] = _api_time(since)
        return parse_transactions(self._get("/transactions", params))

    def upcoming_transactions(
        self, now: datetime, *, pending: int | None = None, max_pages: int = 5
    ) -> RecentTransactions:
        """The newest transactions, enough to hold every credit not yet transferable at `now`.

        Pages of 100, newest first, until a page ends with a transaction already transferable
        (or, when the balance's `pending` is given, until the credits still to come add up
        to it), the list ends, or `max_pages` were read.
        """

        def enough(items: Sequence[Transaction], last_page: Page[Transaction]) -> bool:
            if pending is not None:
                to_come = sum(
                    t.amount
                    for t in items
                    if t.direction == "credit"
                    and t.transferable_at is not None
                    and t.transferable_at > now
                )
                return to_come >= pending
            oldest = last_page.items[-1].transferable_at if last_page.items else None
            return oldest is None or oldest <= now

        return self._newest_transactions(enough, since=None, max_pages=max_pages)

    def transactions_since(self, since: datetime, *, max_pages: int = 20) -> RecentTransactions:
        """Every transaction created from `since` on, newest first, reading at most `max_pages`."""
        return self._newest_transactions(lambda _items, _page: False, since, max_pages)

    def transfer_schedules(self) -> Page[TransferSchedule]:
        """The account's automatic payouts (GET /transfers/schedules), up to 100 of them."""
        params = self._page_params(LARGEST_PAGE, 0)
        return parse_transfer_schedules(self._get("/transfers/schedules", params))

    def transfers(
        self, limit: int = 20, offset: int = 0, order: str | None = None
    ) -> Page[Transfer]:
        """One page of payouts to the bank (GET /transfers); the API's own order unless given."""
        params = self._page_params(limit, offset)
        if order is not None:
            if order not in LIST_ORDERS:
                raise ValueError(f"order must be one of {LIST_ORDERS}")
            params["order"] = order
        return parse_transfers(self._get("/transfers", params))

    def _newest_transactions(
        self,
        enough: Callable[[Sequence[Transaction], Page[Transaction]], bool],
        since: datetime | None,
        max_pages: int,
    ) -> RecentTransactions:
        if max_pages < 1:
            raise ValueError("max_pages must be at least 1")
        items: dict[str, Transaction] = {}
        for number in range(1, max_pages + 1):
            page = self.transactions(
                LARGEST_PAGE, (number - 1) * LARGEST_PAGE, "reverse_chronological", since
            )
            # A transaction made while paging shifts the list by one: keep the first copy.
            for transaction in page.items:
                items.setdefault(transaction.id, transaction)
            found = tuple(items.values())
            if not page.has_more or not page.items or enough(found, page):
                return RecentTransactions(found, complete=True, pages=number)
        return RecentTransactions(tuple(items.values()), complete=False, pages=max_pages)

    def abort(self) -> None:
        """Make the call in flight (in another thread) and every later call fail promptly.

        Safe from any thread; a name lookup in progress is left behind, not waited for.
        """
        self._transport.abort()

    def close(self) -> None:
        """Close the connection kept open between calls."""
        self._transport.close()

    def __enter__(self) -> OmiseClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @staticmethod
    def _page_params(limit: int, offset: int) -> dict[str, str]:
        if not 1 <= limit <= 100:
            raise ValueError("limit must be between 1 and 100")
        if offset < 0:
            raise ValueError("offset must not be negative")
        return {"limit": str(limit), "offset": str(offset)}

    def _get(self, path: str, params: Mapping[str, str] | None = None) -> object:
        """GET path and return its JSON document, or raise the matching OmiseError."""
        if self._transport.aborter.aborted:
            raise NetworkError(CANCELLED, code="cancelled")
        target = self._prefix + path + (f"?{urlencode(params)}" if params else "")
        started = time.monotonic()
        try:
            if self._route_problem is not None:
                raise self._route_problem
            answer = self._transport.get(
                target, self._headers, deadline=self.deadline, largest_body=_LARGEST_BODY
            )
        except CancelledError:
            logger.info("GET %s cancelled after %.1f s", path, time.monotonic() - started)
            raise NetworkError(CANCELLED, code="cancelled") from None
        except DeadlineError:
            deadline = self.deadline or 0.0
            logger.warning("GET %s gave up at its %.1f s deadline", path, deadline)
            raise NetworkError(
                f"Omise did not answer within the time limit ({round(deadline, 1):g} s); "
                "try again in a minute.",
                code="timeout",
            ) from None
        except BodyTooLargeError as exc:
            raise not_understood("body", str(exc)) from None
        except (OSError, http.client.HTTPException) as exc:
            if self._transport.aborter.aborted:
                # Shutting the socket down to abort can surface as a broken pipe or a reset
                # wherever the call was (a TLS handshake, say): it was still cancelled.
                logger.info("GET %s cancelled after %.1f s", path, time.monotonic() - started)
                raise NetworkError(CANCELLED, code="cancelled") from None
            logger.warning(
                "GET %s failed after %.1f s: %s",
                path,
                time.monotonic() - started,
                redact(f"{type(exc).__name__}: {exc}"),
            )
            raise _network_error(exc) from None
        elapsed = time.monotonic() - started
        status = answer.status
        logger.debug("GET %s answered HTTP %d in %.1f s", path, status, elapsed)
        if 200 <= status < 300:
            return decode_json(answer.body)
        document = parse_error(_quiet_json(answer.body))
        logger.warning(
            "GET %s answered HTTP %d (%s)",
            path,
            status,
            document.code if document is not None else "no error document",
        )
        raise error_for_status(status, answer.headers, document)
