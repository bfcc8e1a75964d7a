"""Specification of every injectable fault, as an HTTP client experiences it."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator

import pytest
import requests

from omise_tray.simulator import Fault, Simulator, demo_accounts
from tests.support.waiting import wait_for

TIMEOUT = (5, 15)


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(demo_accounts()) as simulator:
        yield simulator


def get(
    sim: Simulator, path: str = "/balance", account: str = "Bangkok Coffee"
) -> requests.Response:
    key = sim.account(account).key
    return requests.get(sim.base_url + path, auth=(key, ""), timeout=TIMEOUT)


def wait_until_taken(sim: Simulator) -> None:
    """Wait until the server has picked up the injected fault for a request in flight."""
    wait_for(lambda: not sim.pending_faults(), "the request to reach the simulator", 10, 0.01)


@pytest.mark.parametrize(
    ("fault", "status", "code"),
    [
        (Fault.UNAUTHORIZED, 401, "authentication_failure"),
        (Fault.RATE_LIMITED, 429, "rate_limit_exceeded"),
        (Fault.SERVER_ERROR, 500, "internal_error"),
    ],
)
def test_error_faults_answer_in_omise_error_shape(
    sim: Simulator, fault: Fault, status: int, code: str
) -> None:
    sim.inject(fault)
    response = get(sim)
    assert response.status_code == status
    assert response.json()["object"] == "error"
    assert response.json()["code"] == code
    assert get(sim).status_code == 200


def test_rate_limiting_says_when_to_retry_when_told_to(sim: Simulator) -> None:
    sim.inject(Fault.RATE_LIMITED, retry_after=2)
    sim.inject(Fault.RATE_LIMITED, retry_after=0.5)
    sim.inject(Fault.RATE_LIMITED)
    assert [get(sim).headers.get("Retry-After") for _ in range(3)] == ["2", "1", None]


def test_unavailable_is_a_proxy_html_page(sim: Simulator) -> None:
    sim.inject(Fault.UNAVAILABLE)
    response = get(sim)
    assert response.status_code == 503
    assert response.headers["Content-Type"].startswith("text/html")
    assert "<html>" in response.text


def test_html_fault_answers_200_with_a_page_that_is_not_json(sim: Simulator) -> None:
    sim.inject(Fault.HTML)
    response = get(sim)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    with pytest.raises(ValueError):
        response.json()


def test_truncated_json_is_cut_but_its_length_is_honest(sim: Simulator) -> None:
    sim.inject(Fault.TRUNCATED)
    response = get(sim)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/json")
    assert int(response.headers["Content-Length"]) == len(response.content) > 0
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.content)


def test_reset_is_a_connection_error(sim: Simulator) -> None:
    sim.inject(Fault.RESET)
    with pytest.raises(requests.ConnectionError):
        get(sim)
    assert get(sim).status_code == 200


def test_slow_body_trickles_but_delivers_the_right_document(sim: Simulator) -> None:
    sim.inject(Fault.SLOW_BODY, seconds=1.0)
    started = time.monotonic()
    response = get(sim)
    assert time.monotonic() - started >= 0.5
    assert response.json()["object"] == "balance"
    assert response.json()["total"] == 1_523_450


@pytest.mark.parametrize(
    ("path", "wrong"), [("/balance", "list"), ("/account", "list"), ("/transactions", "balance")]
)
def test_wrong_object_is_valid_json_of_another_type(sim: Simulator, path: str, wrong: str) -> None:
    sim.inject(Fault.WRONG_OBJECT)
    response = get(sim, path)
    assert response.status_code == 200
    assert response.json()["object"] == wrong
    assert "code" not in response.json()


def test_a_hang_that_outlasts_the_read_timeout_is_a_timeout(sim: Simulator) -> None:
    sim.inject(Fault.HANG, seconds=30)
    key = sim.account("Bangkok Coffee").key
    with pytest.raises(requests.ReadTimeout):
        requests.get(sim.base_url + "/balance", auth=(key, ""), timeout=(5, 0.5))


def test_a_short_hang_ends_with_the_connection_closed_unanswered(sim: Simulator) -> None:
    sim.inject(Fault.HANG, seconds=0.3)
    with pytest.raises(requests.ConnectionError):
        get(sim)
    assert sim.request_log[-1].status is None


@pytest.mark.parametrize(
    ("fault", "seconds", "outcome"),
    [
        (Fault.HANG, None, requests.ConnectionError),
        (Fault.SLOW_BODY, 60.0, requests.RequestException),
    ],
    ids=["hang", "trickle"],
)
def test_stop_is_prompt_while_a_request_waits_on_a_fault(
    fault: Fault, seconds: float | None, outcome: type[requests.RequestException]
) -> None:
    sim = Simulator(demo_accounts())
    sim.start()
    sim.inject(fault, seconds=seconds)
    answers: list[BaseException | requests.Response] = []
    finished = threading.Event()

    def client() -> None:
        try:
            answers.append(get(sim))
        except requests.RequestException as exc:
            answers.append(exc)
        finished.set()

    threading.Thread(target=client, daemon=True).start()
    wait_until_taken(sim)
    started = time.monotonic()
    sim.stop()
    assert time.monotonic() - started < 3
    assert finished.wait(5)
    assert isinstance(answers[0], outcome)


def test_a_fault_for_one_key_spares_the_other_accounts(sim: Simulator) -> None:
    sim.inject(Fault.SERVER_ERROR, times=2, key=sim.account("Osaka Ramen").key)
    assert get(sim, account="Bangkok Coffee").status_code == 200
    assert get(sim, account="Marina Books").status_code == 200
    assert [get(sim, account="Osaka Ramen").status_code for _ in range(3)] == [500, 500, 200]


def test_a_fault_for_one_path_spares_the_other_paths(sim: Simulator) -> None:
    sim.inject(Fault.UNAUTHORIZED, path="/balance")
    assert get(sim, "/account").status_code == 200
    assert get(sim, "/balance").status_code == 401


def test_cleared_faults_never_happen(sim: Simulator) -> None:
    sim.inject(Fault.RESET, times=3)
    sim.clear_faults()
    assert get(sim).status_code == 200


def test_faults_are_recorded_in_the_request_log(sim: Simulator) -> None:
    sim.inject(Fault.RATE_LIMITED)
    get(sim)
    get(sim)
    assert [(r.fault, r.status) for r in sim.request_log] == [
        (Fault.RATE_LIMITED, 429),
        (None, 200),
    ]


def test_a_client_leaving_mid_trickle_is_logged_not_printed(
    sim: Simulator, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG, logger="omise_tray.simulator")
    sim.inject(Fault.SLOW_BODY, seconds=4.0)
    key = sim.account("Bangkok Coffee").key
    with requests.get(
        sim.base_url + "/balance", auth=(key, ""), timeout=TIMEOUT, stream=True
    ) as response:
        assert response.raw.read(5)
        # Drop the connection half-way through the body.
        response.raw.close()
    wait_for(
        lambda: any("left before its answer" in r.getMessage() for r in caplog.records),
        "the server to notice the client had gone",
        10,
    )
    assert "Traceback" not in capfd.readouterr().err
