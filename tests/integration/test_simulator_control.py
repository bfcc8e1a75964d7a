"""Specification of the out-of-process controls: /_simulator/ endpoints and `simulate`."""

from __future__ import annotations

import argparse
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from omise_tray.commands import simulate
from omise_tray.simulator import Simulator, demo_accounts

TIMEOUT = (5, 15)
WORKTREE = Path(__file__).resolve().parents[2]
# cli.py is written elsewhere; this drives the sub-command the same way it will.
RUN_SIMULATE = (
    "import argparse, sys\n"
    "from omise_tray.commands import simulate\n"
    "parser = argparse.ArgumentParser()\n"
    "simulate.register(parser.add_subparsers())\n"
    "args = parser.parse_args(sys.argv[1:])\n"
    "sys.exit(args.func(args))\n"
)


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(demo_accounts()) as simulator:
        yield simulator


def control(sim: Simulator, method: str, what: str, body: object = None) -> requests.Response:
    return requests.request(method, f"{sim.base_url}/_simulator/{what}", json=body, timeout=TIMEOUT)


def balance(sim: Simulator, account: str) -> requests.Response:
    key = sim.account(account).key
    return requests.get(sim.base_url + "/balance", auth=(key, ""), timeout=TIMEOUT)


def test_accounts_control_lists_names_and_balances_but_no_keys(sim: Simulator) -> None:
    response = control(sim, "GET", "accounts")
    listed = {(a["name"], a["currency"], a["total"]) for a in response.json()["data"]}
    assert ("Bangkok Coffee", "THB", 1_523_450) in listed
    assert len(listed) == 3
    assert not any(a.key in response.text for a in sim.accounts)


def test_fault_control_injects_a_fault_for_a_named_account(sim: Simulator) -> None:
    injected = control(
        sim, "POST", "faults", {"fault": "rate_limited", "retry_after": 2, "account": "Osaka Ramen"}
    )
    assert injected.status_code == 200
    assert balance(sim, "Bangkok Coffee").status_code == 200
    limited = balance(sim, "Osaka Ramen")
    assert (limited.status_code, limited.headers["Retry-After"]) == (429, "2")


def test_fault_control_can_clear_faults(sim: Simulator) -> None:
    control(sim, "POST", "faults", {"fault": "server_error", "times": 5})
    assert control(sim, "DELETE", "faults").status_code == 200
    assert balance(sim, "Marina Books").status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        {"fault": "meteor"},
        {"fault": "hang", "times": 0},
        {"fault": "hang", "account": "Nobody's Shop"},
        {"fault": "hang", "seconds": "long"},
        ["hang"],
    ],
)
def test_fault_control_refuses_nonsense(sim: Simulator, body: object) -> None:
    response = control(sim, "POST", "faults", body)
    assert response.status_code == 400
    assert response.json()["code"] == "bad_request"
    assert sim.pending_faults() == []


def test_advance_control_moves_simulated_time(sim: Simulator) -> None:
    assert control(sim, "POST", "advance", {"seconds": 60}).json()["now"] == 60
    assert balance(sim, "Marina Books").json()["transferable"] < 4_000


def test_balance_control_sets_a_named_account_balance(sim: Simulator) -> None:
    body = {"account": "Marina Books", "total": 1_900, "available": 1_800}
    assert control(sim, "POST", "balance", body).status_code == 200
    served = balance(sim, "Marina Books").json()
    assert (served["total"], served["transferable"]) == (1_900, 1_800)


def test_an_unknown_control_is_not_found(sim: Simulator) -> None:
    assert control(sim, "GET", "nothing").status_code == 404


def test_simulate_serves_the_demo_until_interrupted_and_exits_cleanly() -> None:
    for stop_signal in (signal.SIGINT, signal.SIGTERM):
        process = subprocess.Popen(
            [sys.executable, "-c", RUN_SIMULATE, "simulate", "--port", "0", "--speed", "2"],
            cwd=WORKTREE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert process.stdout is not None
            lines: list[str] = []
            while not lines or not lines[-1].startswith("  OMISE_API_BASE="):
                line = process.stdout.readline()
                assert line, "simulate ended before printing its example"
                lines.append(line)
            printed = "".join(lines)
            example = re.search(
                r"OMISE_API_BASE=(\S+) OMISE_SECRET_KEY=(\S+) omise-tray balance", printed
            )
            assert example is not None
            base_url, key = example.groups()
            assert base_url.startswith("http://127.0.0.1:")
            for name in ("Bangkok Coffee", "Osaka Ramen", "Marina Books"):
                assert name in printed
            served = requests.get(base_url + "/balance", auth=(key, ""), timeout=TIMEOUT)
            assert served.json()["object"] == "balance"
            process.send_signal(stop_signal)
            _, errors = process.communicate(timeout=20)
        finally:
            if process.poll() is None:
                process.kill()
        assert process.returncode == 0
        assert "Traceback" not in errors


def test_simulate_explains_a_port_that_is_taken(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        parser = argparse.ArgumentParser()
        simulate.register(parser.add_subparsers())
        args = parser.parse_args(["simulate", "--port", str(port)])
        assert args.func(args) == 2
    assert f"port {port}" in capsys.readouterr().err


@pytest.mark.parametrize("arguments", [["--port", "70000"], ["--speed", "0"], ["--speed", "x"]])
def test_simulate_refuses_bad_options(arguments: list[str]) -> None:
    parser = argparse.ArgumentParser()
    simulate.register(parser.add_subparsers())
    with pytest.raises(SystemExit):
        parser.parse_args(["simulate", *arguments])


@pytest.mark.parametrize("seconds", ["Infinity", "NaN", "-5"])
def test_advance_control_refuses_time_that_is_not_a_step_forward(
    sim: Simulator, seconds: str
) -> None:
    response = requests.post(
        f"{sim.base_url}/_simulator/advance", data=f'{{"seconds": {seconds}}}', timeout=TIMEOUT
    )
    assert response.status_code == 400
    assert sim.now() == 0
