"""`omise-tray balance` in process against a scripted server: output, exit status, retries."""

from __future__ import annotations

import json
import logging
import os
import re
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from omise_tray import cli
from omise_tray.commands import balance as balance_command
from omise_tray.commands.reading import NO_KEY
from tests.conftest import ScriptedServer

JSON_FIELDS = [
    "account", "livemode", "currency", "exponent", "total", "available", "transferable", "pending",
    "reserve", "on_hold", "status", "fetched_at",
]  # fmt: skip


@dataclass(frozen=True)
class Outcome:
    """What one run of the command line produced."""

    code: int
    out: str
    err: str


Runner = Callable[..., Outcome]


@pytest.fixture
def run(
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture, secret_key: str
) -> Runner:
    """Run main(argv) and check the key reached neither output nor log."""

    def run_cli(*argv: str) -> Outcome:
        given = os.environ.get("OMISE_SECRET_KEY")
        with caplog.at_level(logging.DEBUG):
            code = cli.main(list(argv))
        assert "OMISE_SECRET_KEY" not in os.environ  # taken out, for no child to inherit
        if given is not None:  # the next run is another process started the same way
            os.environ["OMISE_SECRET_KEY"] = given
        out, err = capsys.readouterr()
        assert secret_key not in out and secret_key not in err
        assert "Traceback" not in out and "Traceback" not in err
        for record in caplog.records:
            assert secret_key not in record.getMessage()
        return Outcome(code, out, err)

    return run_cli


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch, server: ScriptedServer, secret_key: str) -> None:
    monkeypatch.setenv("OMISE_API_BASE", server.base_url)
    monkeypatch.setenv("OMISE_SECRET_KEY", secret_key)
    monkeypatch.delenv("OMISE_API_VERSION", raising=False)


def balance(
    currency: str = "THB", total: int = 1_234_500, available: int = 1_000_000
) -> dict[str, object]:
    return {
        "object": "balance", "livemode": False, "currency": currency, "total": total,
        "transferable": available, "reserve": 30_000, "created_at": "2024-05-01T08:00:00Z",
    }  # fmt: skip


def error_document(code: str) -> dict[str, object]:
    return {"object": "error", "code": code, "message": code.replace("_", " ")}


def test_json_lists_each_balance_with_status_and_fetch_time(
    server: ScriptedServer, run: Runner
) -> None:
    server.answer(balance(total=1_234_500, available=1_000_000))
    outcome = run("balance", "--json")
    assert outcome.code == 0 and outcome.err == ""
    document = json.loads(outcome.out)
    assert document["errors"] == []
    (entry,) = document["balances"]
    assert list(entry) == JSON_FIELDS
    assert {key: entry[key] for key in JSON_FIELDS[:-1]} == {
        "account": "default", "livemode": False, "currency": "THB", "exponent": 2,
        "total": 1_234_500, "available": 1_000_000, "transferable": 1_000_000, "pending": 234_500,
        "reserve": 30_000, "on_hold": 0, "status": "healthy",
    }  # fmt: skip
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", entry["fetched_at"])


@pytest.mark.parametrize(
    ("currency", "amounts", "shown"),
    [
        ("THB", (1_234_500, 1_000_000), ["12,345.00", "10,000.00", "2,345.00", "300.00"]),
        ("JPY", (12_345, 10_000), ["12,345", "10,000", "2,345", "30,000"]),
        ("SGD", (12_345, 12_345), ["123.45", "123.45", "0.00"]),
    ],
)
def test_table_shows_amounts_in_the_currencys_units(
    server: ScriptedServer,
    run: Runner,
    currency: str,
    amounts: tuple[int, int],
    shown: list[str],
) -> None:
    server.answer(balance(currency, *amounts))
    outcome = run("balance")
    assert outcome.code == 0
    header, row = outcome.out.splitlines()
    assert header.split() == [
        "ACCOUNT", "CURRENCY", "TOTAL", "AVAILABLE", "PENDING", "RESERVE", "STATUS",
    ]  # fmt: skip
    assert row.startswith("default (test)")
    for amount in shown:
        assert f" {amount} " in f" {row} "
    if currency == "JPY":
        assert "." not in row


@pytest.mark.parametrize(
    ("currency", "available", "status"),
    [
        ("THB", 50_000, "critical"),
        ("THB", 50_001, "low"),
        ("THB", 100_000, "low"),
        ("THB", 100_001, "moderate"),
        ("THB", 500_000, "moderate"),
        ("THB", 500_001, "healthy"),
        ("THB", -100, "critical"),
        ("JPY", 2_000, "critical"),
        ("JPY", 2_001, "low"),
        ("JPY", 20_001, "healthy"),
        ("SGD", 4_000, "low"),
    ],
)
def test_status_classifies_available_by_the_currency_default_thresholds(
    server: ScriptedServer, run: Runner, currency: str, available: int, status: str
) -> None:
    server.answer(balance(currency, total=max(available, 0) + 10, available=available))
    outcome = run("balance", "--json")
    assert json.loads(outcome.out)["balances"][0]["status"] == status


@pytest.mark.parametrize(
    ("answer", "code", "kind"),
    [
        ((401, error_document("authentication_failure")), 3, "auth"),
        ((404, error_document("not_found")), 1, "request"),
        ((500, error_document("internal_error")), 1, "server"),
        ((200, "<html>sign in</html>"), 1, "invalid_response"),
    ],
)
def test_failures_exit_with_their_status_and_one_line_on_stderr(
    server: ScriptedServer,
    run: Runner,
    answer: tuple[int, str | dict[str, object]],
    code: int,
    kind: str,
) -> None:
    status, body = answer
    server.answer(body, status=status)
    outcome = run("balance", "--json")
    assert outcome.code == code
    document = json.loads(outcome.out)
    assert document["balances"] == []
    (error,) = document["errors"]
    assert (error["account"], error["kind"]) == ("default", kind)
    assert outcome.err == f"omise-tray: default: {error['message']}\n"
    assert len(server.seen) == 1, "only 429 and 503 are retried"


@pytest.mark.parametrize(("currency", "expected"), [("JPY", 0), ("THB", 2), ("KWD", 3)])
def test_each_balance_says_how_many_decimals_its_currency_has(
    server: ScriptedServer, run: Runner, currency: str, expected: int
) -> None:
    server.answer(balance(currency))
    (entry,) = json.loads(run("balance", "--json").out)["balances"]
    assert (entry["currency"], entry["exponent"]) == (currency, expected)


@pytest.fixture
def no_accounts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No one-off key and an empty settings folder (never the real user's)."""
    monkeypatch.delenv("OMISE_SECRET_KEY")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def test_missing_key_is_a_configuration_error(run: Runner, no_accounts: None) -> None:
    outcome = run("balance")
    assert (outcome.code, outcome.out) == (2, "")
    assert outcome.err == f"omise-tray: {NO_KEY}\n"


def run_with(run: Runner, environ: list[str], argv: list[str]) -> Outcome:
    """Run `balance --json` with NAME=value variables set for the run only."""
    with pytest.MonkeyPatch.context() as patch:
        for assignment in environ:
            name, value = assignment.split("=", 1)
            patch.setenv(name, value)
        return run("balance", "--json", *argv)


@pytest.mark.parametrize(
    ("argv", "environ", "message"),
    [
        ([], [], NO_KEY),
        (["--account", "Nowhere"], [], "No account is called Nowhere"),
        ([], ["OMISE_API_BASE=http://example.com"], "Refusing to send the secret key"),
        ([], ["OMISE_API_VERSION=latest"], "must be a date"),
    ],
    ids=["no account", "unknown account", "insecure address", "bad version"],
)
def test_json_is_printed_with_its_error_even_when_nothing_can_be_fetched(
    run: Runner, no_accounts: None, argv: list[str], environ: list[str], message: str
) -> None:
    outcome = run_with(run, environ, argv)
    assert outcome.code == 2
    document = json.loads(outcome.out)
    assert document["balances"] == []
    (error,) = document["errors"]
    assert (error["account"], error["kind"]) == (None, "configuration")
    assert message in error["message"]
    assert outcome.err == f"omise-tray: {error['message']}\n"


def test_public_key_is_refused_before_any_request(
    server: ScriptedServer, run: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMISE_SECRET_KEY", "pkey_test_5fixturekey0000000000")
    outcome = run("balance", "--json")
    assert outcome.code == 2
    assert json.loads(outcome.out)["errors"][0]["kind"] == "configuration"
    assert "public key" in outcome.err and "pkey_test_5fixture" not in outcome.err
    assert server.seen == []


def test_plain_http_to_another_host_is_refused_without_connecting(
    run: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: attempts.append(a))
    monkeypatch.setenv("OMISE_API_BASE", "http://api.omise.co")
    outcome = run("balance")
    assert outcome.code == 2
    assert "plain http://" in outcome.err
    assert attempts == []


def test_api_version_that_is_not_a_date_is_a_configuration_error(
    run: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMISE_API_VERSION", "latest")
    outcome = run("balance")
    assert outcome.code == 2 and "2019-05-29" in outcome.err


def test_api_version_from_the_environment_is_sent(
    server: ScriptedServer, run: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMISE_API_VERSION", "2017-11-02")
    assert run("balance").code == 0
    assert server.seen[0].headers["Omise-Version"] == "2017-11-02"


def test_account_option_picks_an_account_by_name(server: ScriptedServer, run: Runner) -> None:
    assert run("balance", "--account", "default").code == 0
    unknown = run("balance", "--account", "shop")
    assert unknown.code == 2 and "No account is called shop" in unknown.err
    assert len(server.seen) == 1


@pytest.mark.parametrize(
    ("status", "failures"),
    [(429, 1), (429, 2), (503, 1), (503, 2)],
)
def test_rate_limit_and_unavailable_are_retried_up_to_twice(
    server: ScriptedServer, run: Runner, status: int, failures: int
) -> None:
    for _ in range(failures):
        server.answer("busy", status=status, headers={"Retry-After": "0"})
    server.answer(balance())
    outcome = run("balance")
    assert outcome.code == 0 and outcome.err == ""
    assert len(server.seen) == failures + 1


def test_retries_give_up_after_the_third_attempt(server: ScriptedServer, run: Runner) -> None:
    server.answer(error_document("rate_limit_exceeded"), status=429, headers={"Retry-After": "0"})
    outcome = run("balance")
    assert outcome.code == 1 and "too many requests" in outcome.err
    assert len(server.seen) == 3


@pytest.mark.slow
def test_retries_never_run_past_the_timeout(server: ScriptedServer, run: Runner) -> None:
    # Without Retry-After the waits are 1 s then 2 s; a 2.5 s budget leaves room for one.
    server.answer(error_document("rate_limit_exceeded"), status=429)
    outcome = run("balance", "--timeout", "2.5")
    assert outcome.code == 1
    assert len(server.seen) == 2


@pytest.mark.slow
def test_hung_server_ends_in_a_sentence_within_the_timeout(
    server: ScriptedServer, run: Runner
) -> None:
    server.answer(hang=True)
    started = time.monotonic()
    outcome = run("balance", "--timeout", "1")
    assert time.monotonic() - started < 10
    assert outcome.code == 1
    assert "did not answer within the time limit (1 s)" in outcome.err


def test_version_is_printed(run: Runner) -> None:
    outcome = run("--version")
    assert (outcome.code, outcome.out) == (0, "omise-tray 0.1.0\n")


@pytest.mark.parametrize(
    "argv",
    [["--bogus"], ["balance", "--timeout", "soon"], ["balance", "--timeout", "-1"], ["nope"]],
)
def test_usage_errors_exit_2_with_argparse_message(run: Runner, argv: list[str]) -> None:
    outcome = run(*argv)
    assert outcome.code == 2
    assert "usage: omise-tray" in outcome.err and "error:" in outcome.err


def test_unexpected_error_is_one_line_and_the_traceback_goes_to_the_log(
    run: Runner,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    secret_key: str,
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError(f"bug while holding {secret_key}")

    monkeypatch.setattr(balance_command, "fetch_balance", explode)
    outcome = run("balance")
    assert outcome.code == 1
    (line,) = outcome.err.splitlines()
    assert line.startswith("omise-tray: unexpected error; details are in the log")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Traceback" in logged and "RuntimeError" in logged
