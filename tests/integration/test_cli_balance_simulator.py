"""Acceptance: the real `omise-tray balance` process against the simulator, for every fault."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from omise_tray.simulator import Fault, Simulator, demo_accounts

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Run:
    """One finished process: exit status and both streams."""

    code: int
    out: str
    err: str


BalanceCli = Callable[..., Run]


@pytest.fixture(scope="module")
def simulator() -> Iterator[Simulator]:
    with Simulator(demo_accounts()) as running:
        yield running


@pytest.fixture(autouse=True)
def no_faults_left(simulator: Simulator) -> Iterator[None]:
    simulator.clear_faults()
    yield
    simulator.clear_faults()


def one_off_key_env(simulator: Simulator, state: Path) -> dict[str, str]:
    """The environment of a run with the first demo account's key in OMISE_SECRET_KEY."""
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "OMISE_API_BASE": simulator.base_url,
        "OMISE_SECRET_KEY": simulator.accounts[0].key,
        "XDG_STATE_HOME": str(state),
    }
    env.pop("OMISE_API_VERSION", None)
    return env


def run_python(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def balance_cli(simulator: Simulator, tmp_path: Path) -> Iterator[BalanceCli]:
    """Run `python -m omise_tray balance ARGS` with the first demo account's key."""
    key = simulator.accounts[0].key
    env = one_off_key_env(simulator, tmp_path / "state")

    def run(*args: str) -> Run:
        done = run_python(env, "-m", "omise_tray", "balance", *args)
        for stream in (done.stdout, done.stderr):
            assert key not in stream
            assert "Traceback" not in stream
        return Run(done.returncode, done.stdout, done.stderr)

    yield run
    for log in (tmp_path / "state").rglob("*.log"):
        assert key not in log.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Case:
    """A fault, how to inject it, and what the command must report."""

    fault: Fault
    kind: str
    code: int
    times: int = 1  # 429 and 503 are retried twice, so they must hit all three attempts
    seconds: float | None = None
    timeout: str = "10"


CASES = [
    Case(Fault.UNAUTHORIZED, "auth", 3),
    Case(Fault.RATE_LIMITED, "rate_limited", 1, times=3),
    Case(Fault.SERVER_ERROR, "server", 1),
    Case(Fault.UNAVAILABLE, "server", 1, times=3),
    Case(Fault.HANG, "network", 1, seconds=30, timeout="1.5"),
    Case(Fault.SLOW_BODY, "network", 1, seconds=30, timeout="1.5"),
    Case(Fault.HTML, "invalid_response", 1),
    Case(Fault.TRUNCATED, "invalid_response", 1),
    Case(Fault.RESET, "network", 1),
    Case(Fault.WRONG_OBJECT, "invalid_response", 1),
]


def inject(simulator: Simulator, case: Case) -> None:
    # The simulator is shared by the module: a case starts with no fault left by another.
    simulator.clear_faults()
    simulator.inject(case.fault, times=case.times, seconds=case.seconds, path="/balance")


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[case.fault.value for case in CASES])
def test_json_reports_each_fault_with_its_kind_and_exit_status(
    simulator: Simulator, balance_cli: BalanceCli, case: Case
) -> None:
    inject(simulator, case)
    run = balance_cli("--json", "--timeout", case.timeout)
    assert run.code == case.code
    document = json.loads(run.out)
    assert document["balances"] == []
    (error,) = document["errors"]
    assert (error["account"], error["kind"]) == ("default", case.kind)
    assert error["message"].endswith(".")
    assert run.err == f"omise-tray: default: {error['message']}\n"


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[case.fault.value for case in CASES])
def test_table_form_reports_each_fault_in_one_sentence(
    simulator: Simulator, balance_cli: BalanceCli, case: Case
) -> None:
    inject(simulator, case)
    run = balance_cli("--timeout", case.timeout)
    assert run.code == case.code
    assert run.out == ""
    (line,) = run.err.splitlines()
    assert line.startswith("omise-tray: default: ") and line.endswith(".")


def test_a_healthy_account_prints_its_table(balance_cli: BalanceCli) -> None:
    run = balance_cli()
    assert (run.code, run.err) == (0, "")
    header, row = run.out.splitlines()
    assert header.split()[:2] == ["ACCOUNT", "CURRENCY"]
    assert row.split()[:3] == ["default", "(test)", "THB"]


@pytest.mark.parametrize("fault", [Fault.RATE_LIMITED, Fault.UNAVAILABLE])
def test_one_rate_limit_or_outage_then_success_exits_0(
    simulator: Simulator, balance_cli: BalanceCli, fault: Fault
) -> None:
    simulator.inject(fault, times=1, retry_after=1, path="/balance")
    run = balance_cli("--json")
    assert run.code == 0 and run.err == ""
    document = json.loads(run.out)
    assert document["errors"] == [] and document["balances"][0]["currency"] == "THB"


def test_a_slow_body_within_the_timeout_still_succeeds(
    simulator: Simulator, balance_cli: BalanceCli
) -> None:
    simulator.inject(Fault.SLOW_BODY, times=1, seconds=1.0, path="/balance")
    run = balance_cli("--json", "--timeout", "20")
    assert run.code == 0
    assert json.loads(run.out)["balances"][0]["account"] == "default"


# What a run of `balance` leaves in sys.modules, printed after the command's own output.
_LOADED_AFTER_BALANCE = """
import sys
from omise_tray.cli import main
status = main(["balance"])
print(" ".join(sorted(sys.modules)))
sys.exit(status)
"""


def test_a_one_off_key_loads_no_keyring_settings_gui_or_other_command(
    simulator: Simulator, tmp_path: Path
) -> None:
    done = run_python(one_off_key_env(simulator, tmp_path), "-c", _LOADED_AFTER_BALANCE)
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.splitlines()[-1].split())
    assert "omise_tray.omise.client" in loaded
    needless = {
        "keyring",
        "PySide6",
        "sqlite3",
        "platformdirs",
        "omise_tray.simulator",
        "omise_tray.storage.secrets",
        "omise_tray.storage.settings",
        "omise_tray.commands.accounts",
        "omise_tray.commands.export",
        "omise_tray.commands.simulate",
    }
    assert loaded & needless == set()
