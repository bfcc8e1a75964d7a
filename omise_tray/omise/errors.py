"""Typed errors of the Omise client: each carries a user-facing sentence and a category."""

from __future__ import annotations

from omise_tray.core.errors import ErrorKind


class OmiseError(Exception):
    """Base of every client error. `str(error)` is a sentence fit to show a merchant.

    The message never contains a key; developer detail goes to the log, not here.
    `retry_after` is the number of seconds the caller should wait before trying again,
    or None where retrying will not help; `server_retry_after` is what the server itself asked
    for (a Retry-After header), None when it asked nothing. `code` names the cause (the API's
    error code, or the client's own such as "dns"), and `server_text` is the API's own message
    when it sent one: with the kind and status they let a window say the failure in its
    language (core.errors.failure_sentence).
    """

    kind: ErrorKind = ErrorKind.REQUEST
    default_retry_after: float | None = None

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        retry_after: float | None = None,
        server_text: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.server_text = server_text
        self.server_retry_after = retry_after
        self.retry_after = retry_after if retry_after is not None else self.default_retry_after

    @property
    def retryable(self) -> bool:
        return self.retry_after is not None


class KeyFormatError(OmiseError):
    """The key is not a secret key (a public key, a typo, an empty string)."""

    kind = ErrorKind.CONFIGURATION


class ApiVersionError(OmiseError, ValueError):
    """The API version asked for (OMISE_API_VERSION, the setting) is not a date: refused before
    connecting. Also a ValueError, as a version that does not parse."""

    kind = ErrorKind.CONFIGURATION


class InsecureTransportError(OmiseError):
    """An API base URL that is unsafe or unusable (http:// to a non-loopback host, another
    scheme, credentials in it, no host): refused before connecting."""

    kind = ErrorKind.CONFIGURATION


class AuthenticationError(OmiseError):
    """The API rejected the secret key (HTTP 401 or authentication_failure)."""

    kind = ErrorKind.AUTH


class RateLimitedError(OmiseError):
    """HTTP 429: too many requests; retry_after honours the server's Retry-After."""

    kind = ErrorKind.RATE_LIMITED
    default_retry_after = 60.0


class ServerError(OmiseError):
    """HTTP 5xx from the API or a proxy in front of it."""

    kind = ErrorKind.SERVER
    default_retry_after = 30.0


class NetworkError(OmiseError):
    """No usable answer: DNS failure, refused or reset connection, or a timeout."""

    kind = ErrorKind.NETWORK
    default_retry_after = 30.0


class InvalidResponseError(OmiseError):
    """The answer was not the JSON object expected: HTML, truncated, wrong type or fields."""

    kind = ErrorKind.INVALID_RESPONSE
    default_retry_after = 60.0


class RequestError(OmiseError):
    """Any other 4xx answer from the API (not found, bad request, forbidden)."""

    kind = ErrorKind.REQUEST
