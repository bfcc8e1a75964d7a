"""The categories a failure falls into: one enum for the client, snapshots, views and CLI, and
the sentence each failure reads as in the merchant's language."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from omise_tray.core.localized import Translate, english


class ErrorKind(StrEnum):
    """What went wrong, in the categories the UI, the CLI and the alert engine branch on.

    The values are part of `omise-tray balance --json`'s output: they never change.
    """

    CONFIGURATION = "configuration"  # bad key format, insecure URL: fixed by the user, not retried
    AUTH = "auth"  # the API rejected the key
    RATE_LIMITED = "rate_limited"
    NETWORK = "network"  # DNS, refused, reset, timeout
    SERVER = "server"  # 5xx
    INVALID_RESPONSE = "invalid_response"  # HTML, truncated JSON, wrong shape
    REQUEST = "request"  # any other 4xx the API answered with a message


# The one failure found before any request: the account's key is not in the keyring (or the
# keyring would not give it). A CONFIGURATION error, fixed in the Accounts dialog.
NO_KEY_STORED = "No secret key is stored for this account; add it in Accounts."
NO_KEY_CODE = "no_key"
# The codes a CONFIGURATION error carries (omise/keys.py, omise/client.py), so a window can
# say it in its own language; the English message stays for the CLI and the log.
PUBLIC_KEY_CODE = "public_key"
NOT_A_KEY_CODE = "not_a_key"
BAD_ADDRESS_CODE = "bad_address"
ADDRESS_PARTS_CODE = "address_parts"
PLAIN_HTTP_CODE = "plain_http"
API_VERSION_CODE = "api_version"  # OMISE_API_VERSION (or the setting) is not a date
# A read that failed in this app's own code, not at Omise (logged with its traceback).
UNEXPECTED_CODE = "unexpected"


def _configuration(code: str | None, translate: Translate) -> str:
    if code == NO_KEY_CODE:
        return translate("Errors", "No secret key is stored for this account; add it in Accounts.")
    if code == PUBLIC_KEY_CODE:
        return translate(
            "Errors", "This is a public key; paste the secret key from Dashboard → Keys."
        )
    if code == NOT_A_KEY_CODE:
        return translate(
            "Errors",
            "This is not an Omise secret key: a secret key starts with skey_test_ (test mode) "
            "or skey_ (live mode); copy it from Dashboard → Keys.",
        )
    if code == BAD_ADDRESS_CODE:
        return translate(
            "Errors",
            "The Omise API address is not a valid web address; use https://api.omise.co.",
        )
    if code == ADDRESS_PARTS_CODE:
        return translate(
            "Errors",
            "The Omise API address must not contain a user name, password, query or "
            "fragment; use https://api.omise.co.",
        )
    if code == PLAIN_HTTP_CODE:
        return translate(
            "Errors",
            "Refusing to send the secret key over plain http:// to another computer. Use "
            "https://; plain http:// is allowed only to this computer (localhost, 127.0.0.1).",
        )
    if code == API_VERSION_CODE:
        return translate(
            "Errors", "The Omise API version must be a date such as 2019-05-29 (YYYY-MM-DD)."
        )
    return translate("Errors", "This account's settings cannot be used; check it in Accounts.")


def _network(code: str | None, translate: Translate) -> str:
    if code == "reset":
        return translate(
            "Errors", "The connection to Omise broke off (connection reset); try again in a minute."
        )
    if code == "proxy":
        return translate(
            "Errors",
            "Could not reach Omise through the proxy. Check the proxy settings "
            "(HTTPS_PROXY, NO_PROXY).",
        )
    if code == "tls":
        return translate(
            "Errors",
            "Could not set up a secure connection to Omise. Check this computer's date and "
            "time, and any proxy or antivirus that inspects HTTPS.",
        )
    if code == "timeout":
        return translate("Errors", "Omise did not answer in time; try again in a minute.")
    if code == "connect_timeout":
        return translate(
            "Errors",
            "Could not reach Omise (the connection timed out). Check your internet connection "
            "and try again.",
        )
    if code == "dns":
        return translate(
            "Errors",
            "Could not reach Omise (its address could not be looked up). Check your internet "
            "connection and try again.",
        )
    if code == "refused":
        return translate(
            "Errors",
            "Could not reach Omise (connection refused). Check your internet connection and "
            "try again.",
        )
    if code == "cancelled":
        return translate("Errors", "The request to Omise was cancelled.")
    return translate(
        "Errors",
        "Could not reach Omise (no connection). Check your internet connection and try again.",
    )


def failure_sentence(
    kind: ErrorKind,
    translate: Translate,
    *,
    code: str | None = None,
    status: int | None = None,
    server_text: str | None = None,
) -> str:
    """The failure as a sentence in the reader's language, from its facts: the kind, the
    client's code for the cause, the HTTP status, and the server's own message (already made
    safe), which stays as Omise wrote it, framed by translated words."""
    if kind is ErrorKind.CONFIGURATION:
        return _configuration(code, translate)
    if kind is ErrorKind.AUTH:
        return translate(
            "Errors",
            "Omise rejected the secret key. Check it in Dashboard → Keys and update it in "
            "this app.",
        )
    if kind is ErrorKind.RATE_LIMITED:
        return translate(
            "Errors", "Omise is receiving too many requests from this computer; wait a minute."
        )
    if kind is ErrorKind.NETWORK:
        return _network(code, translate)
    if kind is ErrorKind.SERVER:
        if status is None:
            return translate(
                "Errors", "Omise is having trouble right now; try again in a few minutes."
            )
        #: {status} is an HTTP status number such as 503.
        return translate(
            "Errors",
            "Omise is having trouble right now (HTTP {status}); try again in a few minutes.",
        ).format(status=status)
    if kind is ErrorKind.INVALID_RESPONSE:
        if code == UNEXPECTED_CODE:
            return translate("Errors", "The read failed unexpectedly; details are in the log.")
        if code == "truncated":
            return translate(
                "Errors", "Omise's answer was cut off before the end; try again in a minute."
            )
        return translate(
            "Errors", "Omise sent an answer this app does not understand; try again in a minute."
        )
    if server_text:
        #: {status} is an HTTP status number such as 404; {message} is Omise's own words,
        #: in English, quoted as they came.
        return translate("Errors", "Omise refused the request (HTTP {status}): “{message}”").format(
            status=status if status is not None else "4xx", message=server_text
        )
    #: {status} is an HTTP status number such as 404.
    return translate(
        "Errors",
        "Omise refused the request (HTTP {status}). Check the API address in the settings.",
    ).format(status=status if status is not None else "4xx")


class KeyringTrouble(StrEnum):
    """Why a secret key cannot be read or kept in the keyring (storage/secrets.py)."""

    SESSION_OFFER = "session_offer"  # no keyring: the key can be kept for this session only
    LOCKED = "locked"
    FAILED = "failed"
    UNAVAILABLE = "unavailable"  # a secure keyring that cannot work right now
    FILE_ON_DISK = "file_on_disk"
    NOT_SECURE = "not_secure"
    NONE_FOUND = "none_found"
    NOT_LOADED = "not_loaded"
    DEMO = "demo"
    CANNOT_LIST = "cannot_list"
    SESSION_LAST_TIME = "session_last_time"  # an account's key was kept for the last session
    NOT_IN_KEYRING = "not_in_keyring"  # an account's key is missing from the keyring


class KeyringNotice(NamedTuple):
    """A keyring trouble and its facts (the keyring's name, the account's name, the keyring
    service's name); `sentence(translate)` says it, `english` for the CLI and the log."""

    trouble: KeyringTrouble
    keyring: str = ""
    account: str = ""
    service: str = ""

    @property
    def english(self) -> str:
        return self.sentence(english)

    def sentence(self, translate: Translate) -> str:
        """The notice in the reader's language."""
        trouble, keyring, account = self.trouble, self.keyring, self.account
        if trouble is KeyringTrouble.LOCKED:
            return translate(
                "Keyring",
                "Your keyring is locked, so Omise Tray cannot read or save secret keys. Unlock "
                "it (for example from your desktop's password manager) and try again; there is "
                "no need to restart.",
            )
        if trouble is KeyringTrouble.FAILED:
            return translate(
                "Keyring",
                "The keyring did not answer. Check that your desktop's keyring service is "
                "running, then try again; details are in the log.",
            )
        if trouble is KeyringTrouble.UNAVAILABLE:
            #: {keyring} is the keyring's name, such as Secret Service or macOS Keychain.
            return translate(
                "Keyring",
                "The {keyring} keyring is not available right now. Omise Tray will not store "
                "your secret key in a plain file. You can keep the key for this session only; "
                "you will be asked again next time.",
            ).format(keyring=keyring)
        if trouble is KeyringTrouble.FILE_ON_DISK:
            #: {keyring} is the name of a keyring module that keeps passwords in a file.
            return translate(
                "Keyring",
                "The only keyring available keeps passwords in a file on disk ({keyring}). "
                "Omise Tray will not store your secret key in a plain file. You can keep the "
                "key for this session only; you will be asked again next time.",
            ).format(keyring=keyring)
        if trouble is KeyringTrouble.NOT_SECURE:
            #: {keyring} is the name of a keyring module.
            return translate(
                "Keyring",
                "The keyring in use ({keyring}) is not one Omise Tray knows to be secure. "
                "Omise Tray will not store your secret key in a plain file. You can keep the "
                "key for this session only; you will be asked again next time.",
            ).format(keyring=keyring)
        if trouble is KeyringTrouble.NONE_FOUND:
            return translate(
                "Keyring",
                "No secure keyring was found (no Secret Service, KWallet, macOS Keychain or "
                "Windows Credential Locker answered). Omise Tray will not store your secret key "
                "in a plain file. You can keep the key for this session only; you will be asked "
                "again next time.",
            )
        if trouble is KeyringTrouble.NOT_LOADED:
            return translate(
                "Keyring",
                "The configured keyring could not be loaded. Omise Tray will not store your "
                "secret key in a plain file. You can keep the key for this session only; you "
                "will be asked again next time.",
            )
        if trouble is KeyringTrouble.DEMO:
            return translate("Keyring", "Demo mode keeps keys in memory only.")
        if trouble is KeyringTrouble.CANNOT_LIST:
            #: {keyring} is the keyring's name; {service} is the name its entries are kept
            #: under, as its own password manager shows them.
            return translate(
                "Keyring",
                "The {keyring} keyring cannot list the keys it holds, so keys no account uses "
                'cannot be found from here. Look for entries of the service "{service}" in '
                "your keyring's own password manager.",
            ).format(keyring=keyring, service=self.service)
        if trouble is KeyringTrouble.SESSION_LAST_TIME:
            #: {account} is the name of an account in the list.
            return translate(
                "Keyring",
                "The key for {account} was kept for the last session only. Enter it again in "
                "Accounts.",
            ).format(account=account)
        if trouble is KeyringTrouble.NOT_IN_KEYRING:
            #: {account} is the name of an account in the list.
            return translate(
                "Keyring",
                "The keyring holds no secret key for {account}. Add it again in Accounts.",
            ).format(account=account)
        return translate(
            "Keyring",
            "Omise Tray will not store your secret key in a plain file. You can keep the key "
            "for this session only; you will be asked again next time.",
        )


class FailureFacts(NamedTuple):
    """What a window needs to say a failed read in its own language: the kind, the client's
    code for the cause, the HTTP status, the server's own words, or the keyring's notice
    when the key itself could not be read."""

    kind: ErrorKind
    code: str | None = None
    status: int | None = None
    server_text: str | None = None
    keyring: KeyringNotice | None = None

    def sentence(self, translate: Translate) -> str:
        if self.keyring is not None:
            return self.keyring.sentence(translate)
        return failure_sentence(
            self.kind,
            translate,
            code=self.code,
            status=self.status,
            server_text=self.server_text,
        )
