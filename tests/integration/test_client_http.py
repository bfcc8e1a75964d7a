"""The client against a scripted loopback server: requests sent, answers mapped, calls cut short."""

from __future__ import annotations

import base64
import logging
import re
import threading
import time

import pytest

from omise_tray.omise.client import AUTH_REJECTED, CUT_OFF, OmiseClient
from omise_tray.omise.errors import (
    AuthenticationError,
    InvalidResponseError,
    NetworkError,
    OmiseError,
    RateLimitedError,
    RequestError,
    ServerError,
)
from omise_tray.omise.parse import NOT_UNDERSTOOD
from tests.conftest import ScriptedServer

HTML_PAGE = "<html><head><title>503 Service Unavailable</title></head><body>down</body></html>"


def error_document(code: str, message: str) -> dict[str, object]:
    return {"object": "error", "location": "https://docs.opn.ooo", "code": code, "message": message}


@pytest.fixture
def client(server: ScriptedServer, secret_key: str) -> OmiseClient:
    return OmiseClient(secret_key, api_base=server.base_url, deadline=20.0)


def test_request_carries_basic_auth_version_user_agent_and_accept(
    server: ScriptedServer, client: OmiseClient, secret_key: str
) -> None:
    client.balance()
    (seen,) = server.seen
    assert seen.path == "/balance"
    expected_auth = base64.b64encode(f"{secret_key}:".encode()).decode()
    assert seen.headers["Authorization"] == f"Basic {expected_auth}"
    assert seen.headers["Omise-Version"] == "2019-05-29"
    assert seen.headers["Accept"] == "application/json"
    assert re.fullmatch(r"OmiseTray/0\.1\.0 Python/\d+\.\d+", seen.headers["User-Agent"])


def test_list_parameters_go_in_the_query_string(
    server: ScriptedServer, client: OmiseClient
) -> None:
    server.answer({"object": "list", "data": [], "limit": 5, "offset": 10, "total": 0})
    page = client.transactions(limit=5, offset=10, order="chronological")
    client.transfers(limit=7)
    assert page.items == () and not page.has_more
    assert [seen.path for seen in server.seen] == [
        "/transactions?limit=5&offset=10&order=chronological",
        "/transfers?limit=7&offset=0",
    ]


def test_connection_is_reused_between_calls(server: ScriptedServer, client: OmiseClient) -> None:
    first, second = client.balance(), client.balance()
    assert first == second and len(server.seen) == 2


ANSWERS = [
    pytest.param(
        (401, error_document("authentication_failure", "authentication failed"), {}),
        AuthenticationError,
        AUTH_REJECTED,
        id="401",
    ),
    pytest.param(
        (403, error_document("authentication_failure", "authentication failed"), {}),
        AuthenticationError,
        AUTH_REJECTED,
        id="403 authentication_failure",
    ),
    pytest.param(
        (429, error_document("rate_limit_exceeded", "too many"), {"Retry-After": "7"}),
        RateLimitedError,
        "too many requests",
        id="429",
    ),
    pytest.param(
        (500, error_document("internal_error", "internal error"), {}),
        ServerError,
        "HTTP 500",
        id="500 json",
    ),
    pytest.param(
        (503, HTML_PAGE, {"Content-Type": "text/html"}), ServerError, "HTTP 503", id="503 html"
    ),
    pytest.param(
        (404, error_document("not_found", "customer was not found"), {}),
        RequestError,
        "customer was not found.",
        id="404 with message",
    ),
    pytest.param((400, HTML_PAGE, {}), RequestError, "HTTP 400", id="400 html"),
    pytest.param(
        (200, HTML_PAGE, {"Content-Type": "text/html"}),
        InvalidResponseError,
        NOT_UNDERSTOOD,
        id="200 html",
    ),
    pytest.param(
        (200, '{"object": "balance", "livemo', {}),
        InvalidResponseError,
        NOT_UNDERSTOOD,
        id="200 truncated json",
    ),
    pytest.param(
        (200, {"object": "account", "id": "acct_1", "email": "a@b.c"}, {}),
        InvalidResponseError,
        NOT_UNDERSTOOD,
        id="200 wrong object",
    ),
    pytest.param(
        (302, "", {"Location": "https://elsewhere.example.com/"}),
        InvalidResponseError,
        NOT_UNDERSTOOD,
        id="redirect",
    ),
]


@pytest.mark.parametrize(("answer", "error_type", "wording"), ANSWERS)
def test_answers_map_to_typed_errors_with_sentences(
    server: ScriptedServer,
    client: OmiseClient,
    answer: tuple[int, str | dict[str, object], dict[str, str]],
    error_type: type[OmiseError],
    wording: str,
) -> None:
    status, body, headers = answer
    server.answer(body, status=status, headers=headers)
    with pytest.raises(error_type) as raised:
        client.balance()
    assert type(raised.value) is error_type
    assert wording in raised.value.message
    assert raised.value.message.endswith((".", "…"))
    assert "<html>" not in raised.value.message


def test_rate_limit_carries_the_servers_retry_after(
    server: ScriptedServer, client: OmiseClient
) -> None:
    server.answer(
        error_document("rate_limit_exceeded", "slow down"), status=429, headers={"Retry-After": "7"}
    )
    with pytest.raises(RateLimitedError) as limited:
        client.balance()
    assert limited.value.retry_after == 7.0 and limited.value.status == 429


def test_rate_limit_without_retry_after_waits_a_minute(
    server: ScriptedServer, client: OmiseClient
) -> None:
    server.answer(error_document("rate_limit_exceeded", "slow down"), status=429)
    with pytest.raises(RateLimitedError) as limited:
        client.balance()
    assert limited.value.retry_after == 60.0


def test_body_shorter_than_announced_is_a_cut_off_answer(
    server: ScriptedServer, client: OmiseClient
) -> None:
    server.answer('{"object": "balance"}', announced_length=400)
    with pytest.raises(InvalidResponseError) as cut:
        client.balance()
    assert cut.value.message == CUT_OFF


def test_refused_connection_is_a_network_error(secret_key: str, unused_port: int) -> None:
    client = OmiseClient(secret_key, api_base=f"http://127.0.0.1:{unused_port}")
    with pytest.raises(NetworkError) as refused:
        client.balance()
    assert refused.value.code == "refused"
    assert "connection refused" in refused.value.message


@pytest.mark.slow
def test_deadline_ends_a_trickling_answer(server: ScriptedServer, secret_key: str) -> None:
    # One byte every 0.2 s never trips a read timeout; only the overall deadline stops it.
    server.answer(trickle_seconds=0.2)
    client = OmiseClient(secret_key, api_base=server.base_url, timeout=(5, 5), deadline=1.0)
    started = time.monotonic()
    with pytest.raises(NetworkError) as late:
        client.balance()
    assert time.monotonic() - started < 15  # the whole body would take about 40 s
    assert late.value.code == "timeout"
    assert "did not answer" in late.value.message


@pytest.mark.slow
def test_deadline_ends_a_hung_server_and_the_client_works_afterwards(
    server: ScriptedServer, secret_key: str
) -> None:
    server.answer(hang=True)
    server.answer()
    client = OmiseClient(secret_key, api_base=server.base_url, timeout=(5, 60), deadline=1.0)
    with pytest.raises(NetworkError) as late:
        client.balance()
    assert late.value.code == "timeout"
    assert client.balance().currency == "THB"


def test_abort_from_another_thread_unblocks_a_hung_call(
    server: ScriptedServer, client: OmiseClient
) -> None:
    server.answer(hang=True)
    outcome: list[BaseException] = []

    def poll() -> None:
        try:
            client.balance()
        except OmiseError as error:
            outcome.append(error)

    worker = threading.Thread(target=poll)
    worker.start()
    assert server.answering.wait(10), "the request never reached the server"
    client.abort()
    worker.join(timeout=5)  # the GUI allows 1 s; generous here for a loaded machine
    assert not worker.is_alive()
    (error,) = outcome
    assert isinstance(error, NetworkError) and error.code == "cancelled"


def test_after_abort_every_call_is_cancelled_without_a_request(
    server: ScriptedServer, client: OmiseClient
) -> None:
    client.abort()
    with pytest.raises(NetworkError) as cancelled:
        client.balance()
    assert cancelled.value.code == "cancelled"
    assert server.seen == []


@pytest.mark.parametrize(
    "answer",
    [
        {"status": 401, "body": error_document("authentication_failure", "bad key")},
        {"status": 404, "body": error_document("not_found", "no skey_test_5fixturekey0000000000")},
        {"status": 503, "body": HTML_PAGE},
        {"status": 200, "body": HTML_PAGE},
        {"status": 200, "body": "", "announced_length": 100},
    ],
)
def test_key_never_reaches_messages_or_log_records(
    server: ScriptedServer,
    client: OmiseClient,
    secret_key: str,
    caplog: pytest.LogCaptureFixture,
    answer: dict[str, object],
) -> None:
    server.answer(**answer)  # type: ignore[arg-type]
    with caplog.at_level(logging.DEBUG), pytest.raises(OmiseError) as raised:
        client.balance()
    assert secret_key not in str(raised.value) and secret_key not in repr(raised.value)
    assert caplog.records, "failures are logged"
    for record in caplog.records:
        assert secret_key not in record.getMessage()
        assert secret_key not in (record.exc_text or "")
