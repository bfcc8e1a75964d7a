"""Failures of the app's own making, as a Thai or Japanese window shows them: start at login
that cannot be turned on or off, an API version that is not a date, a read with no key or
that failed in the app's code. Each is typed and said from its facts; the English the log and
the commands print stays as it was. No request leaves this computer: every failure here
happens before one (the client is made for a loopback address where nothing listens)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from omise_tray.app.account_fetches import AccountFetches, Work
from omise_tray.app.activity import UNEXPECTED, ActivityFetcher
from omise_tray.config import ApiEndpoint
from omise_tray.core.errors import (
    API_VERSION_CODE,
    NO_KEY_CODE,
    UNEXPECTED_CODE,
    ErrorKind,
    failure_sentence,
)
from omise_tray.core.localized import Language, english
from omise_tray.omise.client import OmiseClient, check_api_version
from omise_tray.omise.errors import ApiVersionError, OmiseError
from omise_tray.omise.listing import FetchFailure, Listing, PageAnswer, PageRequest
from omise_tray.system.autostart import AutostartError
from omise_tray.ui import activity
from tests.support.languages import speaking
from tests.unit.test_dialogs_languages import english_left, reads_in

TH, JA = Language.THAI, Language.JAPANESE
KEY = "skey_test_5r7appfailures0001"
NOWHERE = "http://127.0.0.1:9"  # the discard port: nothing is ever sent there in these tests
WAIT_MS = 10_000


# -- start at login ------------------------------------------------------------------------

AUTOSTART_FAILURES = [
    AutostartError(enabling=enabling, kind=kind, where=where, reason="Permission denied")
    for enabling in (True, False)
    for kind, where in (
        ("xdg", "/home/somchai/.config/autostart/omise-tray.desktop"),
        ("macos", "/Users/yuki/Library/LaunchAgents/co.omise.OmiseTray.plist"),
        ("windows", "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"),
    )
] + [AutostartError(enabling=True, kind="windows")]


def test_every_start_at_login_failure_has_an_english_sentence_of_its_own() -> None:
    sentences = [str(error) for error in AUTOSTART_FAILURES]
    assert len(set(sentences)) == len(sentences)
    assert all(str(error) == error.sentence(english) for error in AUTOSTART_FAILURES)


@pytest.mark.parametrize("language", [TH, JA])
@pytest.mark.parametrize("error", AUTOSTART_FAILURES, ids=str)
def test_a_start_at_login_failure_reads_in_thai_and_japanese(
    catalogue_cache: Path, language: Language, error: AutostartError
) -> None:
    with speaking(language, catalogue_cache):
        sentence = error.sentence(QCoreApplication.translate)
    assert reads_in(language, sentence)
    # The entry's place and the system's reason stay as the system names them.
    assert english_left(iter([sentence.replace(error.reason, "")])) == []
    assert error.where in sentence and error.reason in sentence


def test_the_log_keeps_the_english_of_a_start_at_login_failure() -> None:
    error = AUTOSTART_FAILURES[0]
    assert str(error) == (
        "Could not turn on start at login: the autostart entry "
        "/home/somchai/.config/autostart/omise-tray.desktop could not be changed (Permission "
        "denied). Check that you may write there, then try again."
    )


# -- an API version that is not a date -----------------------------------------------------


def test_an_api_version_that_is_not_a_date_is_a_configuration_error_and_still_a_value_error() -> (
    None
):
    with pytest.raises(ApiVersionError) as caught:
        OmiseClient(KEY, api_base=NOWHERE, api_version="soon")
    error = caught.value
    assert isinstance(error, OmiseError) and isinstance(error, ValueError)
    assert (error.kind, error.code) == (ErrorKind.CONFIGURATION, API_VERSION_CODE)
    # What the commands print is unchanged.
    assert str(error) == "The Omise API version must be a date such as 2019-05-29 (YYYY-MM-DD)."
    assert failure_sentence(error.kind, english, code=error.code) == str(error)
    assert check_api_version(" 2019-05-29 ") == "2019-05-29"


# -- reads of an account that end before a request -------------------------------------------


def untouched(_client: OmiseClient) -> object:
    return None


def broken(_client: OmiseClient) -> object:
    raise RuntimeError("a bug in the work")


def fetched(qtbot: QtBot, endpoint: ApiEndpoint, key: str | None, work: Work) -> object:
    """What AccountFetches answers for one read of `work` with this key and endpoint."""
    answers: list[object] = []
    reads = AccountFetches(lambda: endpoint, {"shop": key}.get if key else lambda _id: None)
    assert reads.run("outlook", "shop", work, answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=WAIT_MS)
    assert reads.stop()
    return answers[0]


READ_FAILURES = [
    ("no-key", None, ApiEndpoint(NOWHERE), untouched, NO_KEY_CODE),
    ("bad-version", KEY, ApiEndpoint(NOWHERE, "soon"), untouched, API_VERSION_CODE),
    ("bug", KEY, ApiEndpoint(NOWHERE), broken, UNEXPECTED_CODE),
]


@pytest.mark.parametrize("language", [TH, JA])
@pytest.mark.parametrize(
    ("case", "key", "endpoint", "work", "code"), READ_FAILURES, ids=[c[0] for c in READ_FAILURES]
)
def test_a_read_that_ends_before_a_request_is_said_in_thai_and_japanese(
    qtbot: QtBot,
    catalogue_cache: Path,
    *,
    language: Language,
    case: str,
    key: str | None,
    endpoint: ApiEndpoint,
    work: Work,
    code: str,
) -> None:
    answer = fetched(qtbot, endpoint, key, work)
    assert isinstance(answer, OmiseError)
    assert answer.code == code
    with speaking(language, catalogue_cache):
        sentence = failure_sentence(answer.kind, QCoreApplication.translate, code=answer.code)
    assert reads_in(language, sentence)
    assert english_left(iter([sentence])) == []


# -- pages of the activity list ------------------------------------------------------------


def page_failure(qtbot: QtBot, endpoint: ApiEndpoint, key: str | None) -> FetchFailure:
    answers: list[PageAnswer] = []
    fetcher = ActivityFetcher(endpoint, {"shop": key}.get if key else lambda _id: None)
    fetcher.fetch(PageRequest("shop", Listing.TRANSACTIONS, 0, 20), answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=WAIT_MS)
    assert fetcher.stop()
    failure = answers[0]
    assert isinstance(failure, FetchFailure)
    return failure


PAGE_FAILURES = [
    ("no-key", None, ApiEndpoint(NOWHERE), NO_KEY_CODE),
    ("bad-version", KEY, ApiEndpoint(NOWHERE, "soon"), API_VERSION_CODE),
]


@pytest.mark.parametrize("language", [TH, JA])
@pytest.mark.parametrize(
    ("case", "key", "endpoint", "code"), PAGE_FAILURES, ids=[c[0] for c in PAGE_FAILURES]
)
def test_a_page_that_could_not_be_asked_for_is_said_in_thai_and_japanese(
    qtbot: QtBot,
    catalogue_cache: Path,
    *,
    language: Language,
    case: str,
    key: str | None,
    endpoint: ApiEndpoint,
    code: str,
) -> None:
    failure = page_failure(qtbot, endpoint, key)
    assert (failure.kind, failure.code) == (ErrorKind.CONFIGURATION, code)
    with speaking(language, catalogue_cache):
        sentence = activity.failure_sentence(failure.kind, failure.message, failure.code)
    assert reads_in(language, sentence)
    assert english_left(iter([sentence])) == []
    # The English window keeps the client's own sentence.
    assert activity.failure_sentence(failure.kind, failure.message, failure.code) == (
        failure.message
    )


@pytest.mark.parametrize("language", [TH, JA])
def test_a_page_lost_to_a_bug_is_said_in_thai_and_japanese(
    catalogue_cache: Path, language: Language
) -> None:
    with speaking(language, catalogue_cache):
        sentence = activity.failure_sentence(
            ErrorKind.INVALID_RESPONSE, UNEXPECTED, UNEXPECTED_CODE
        )
    assert reads_in(language, sentence)
    assert english_left(iter([sentence])) == []
