"""Acceptance: `omise-tray outlook` against the simulator over real HTTP.

The JSON shape, local dates under TZ, the exit statuses of `balance`, a rejected key and a
server that hangs part-way through the readings, all ended within --timeout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from omise_tray import cli
from omise_tray.simulator import Fault, Simulator, demo_accounts

REPO = Path(__file__).resolve().parents[2]
OUTLOOK_FIELDS = {
    "account", "livemode", "currency", "available", "incoming", "payouts", "payouts_enabled",
    "payout_fee", "min_payout", "projection", "low_on",
}  # fmt: skip


@dataclass(frozen=True)
class Run:
    """One finished process: exit status and both streams."""

    code: int
    out: str
    err: str


OutlookCli = Callable[..., Run]


@pytest.fixture(scope="module")
def simulator() -> Iterator[Simulator]:
    with Simulator(demo_accounts()) as running:
        yield running


@pytest.fixture(autouse=True)
def fresh(simulator: Simulator) -> Iterator[None]:
    simulator.clear_faults()
    yield
    simulator.clear_faults()


@pytest.fixture
def outlook_cli(simulator: Simulator, tmp_path: Path) -> OutlookCli:
    """Run `python -m omise_tray outlook ARGS` for a demo shop (Bangkok Coffee by default)."""

    def run(*args: str, shop: str = "Bangkok Coffee", key: str | None = None, tz: str = "") -> Run:
        key = key or simulator.account(shop).key
        env = {
            **os.environ,
            "PYTHONPATH": str(REPO),
            "OMISE_API_BASE": simulator.base_url,
            "OMISE_SECRET_KEY": key,
            "XDG_STATE_HOME": str(tmp_path / "state"),
            "TZ": tz or os.environ.get("TZ", "UTC"),
        }
        env.pop("OMISE_API_VERSION", None)
        done = subprocess.run(
            [sys.executable, "-m", "omise_tray", "outlook", *args],
            env=env,
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        for stream in (done.stdout, done.stderr):
            assert key not in stream
            assert "Traceback" not in stream
        for log in (tmp_path / "state").rglob("*.log"):
            assert key not in log.read_text(encoding="utf-8")
        return Run(done.returncode, done.stdout, done.stderr)

    return run


def today_in(zone: str) -> set[date]:
    """Today's date in the zone, and tomorrow's when midnight is a few seconds away."""
    now = datetime.now(ZoneInfo(zone))
    return {now.date(), (now + timedelta(seconds=30)).date()}


def test_json_has_exactly_the_documented_fields(outlook_cli: OutlookCli) -> None:
    run = outlook_cli("--json")
    assert (run.code, run.err) == (0, "")
    document = json.loads(run.out)
    assert set(document) == {"outlooks", "errors"} and document["errors"] == []
    (outlook,) = document["outlooks"]
    assert set(outlook) == OUTLOOK_FIELDS
    assert (outlook["account"], outlook["livemode"], outlook["currency"]) == (
        "default",
        False,
        "THB",
    )
    assert outlook["available"] == 1_187_200
    assert (outlook["payouts_enabled"], outlook["payout_fee"], outlook["min_payout"]) == (
        True,
        3_000,
        3_000,
    )
    assert len(outlook["projection"]) == 14
    assert all(set(point) == {"date", "available"} for point in outlook["projection"])
    for payout in outlook["payouts"]:
        assert set(payout) == {"date", "amount", "percentage", "fee"}
        assert (payout["amount"], payout["percentage"], payout["fee"]) == (1_000_000, None, 3_000)
        assert date.fromisoformat(payout["date"]).weekday() == 4  # every Friday


def test_incoming_money_is_the_pending_balance_one_entry_per_date_ascending(
    outlook_cli: OutlookCli,
) -> None:
    (outlook,) = json.loads(outlook_cli("--json").out)["outlooks"]
    dates = [item["date"] for item in outlook["incoming"]]
    assert dates == sorted(set(dates)) and dates
    assert all(isinstance(item["amount"], int) for item in outlook["incoming"])
    # 2,014.50 by mobile banking and 1,348.00 by card, both still pending.
    assert sum(item["amount"] for item in outlook["incoming"]) == 336_250


def test_a_percentage_payout_has_its_share_and_projected_amount(outlook_cli: OutlookCli) -> None:
    (outlook,) = json.loads(outlook_cli("--json", shop="Osaka Ramen").out)["outlooks"]
    (payout, *_) = outlook["payouts"]
    assert payout["percentage"] == 50
    assert payout["fee"] == 260 and outlook["min_payout"] is None
    # The payout leaves at 10:00 on its date, or the Monday after when that is a weekend; the
    # simulator's money settles at 06:00, so that day's incoming money counts for it.
    leaves = date.fromisoformat(payout["date"])
    while leaves.weekday() >= 5:
        leaves += timedelta(days=1)
    by_date = {point["date"]: point["available"] for point in outlook["projection"]}
    incoming = {item["date"]: item["amount"] for item in outlook["incoming"]}
    day_before = (leaves - timedelta(days=1)).isoformat()
    before_run = by_date.get(day_before, outlook["available"]) + incoming.get(leaves.isoformat(), 0)
    assert payout["amount"] == before_run // 2
    assert by_date[leaves.isoformat()] == before_run - payout["amount"]


@pytest.mark.parametrize("zone", ["Asia/Bangkok", "Asia/Tokyo", "America/New_York"])
def test_dates_are_local_to_tz(outlook_cli: OutlookCli, zone: str) -> None:
    (outlook,) = json.loads(outlook_cli("--json", "--days", "3", tz=zone).out)["outlooks"]
    days = [date.fromisoformat(point["date"]) for point in outlook["projection"]]
    assert days[0] in today_in(zone)
    assert days == [days[0] + timedelta(days=n) for n in range(3)]


@pytest.mark.parametrize("days", ["1", "30"])
def test_the_projection_has_one_entry_per_day_asked_for(outlook_cli: OutlookCli, days: str) -> None:
    (outlook,) = json.loads(outlook_cli("--json", "--days", days).out)["outlooks"]
    assert len(outlook["projection"]) == int(days)


@pytest.mark.parametrize("days", ["0", "31", "-1", "x", "1.5", "٣"])
def test_days_outside_1_to_30_are_a_usage_error(outlook_cli: OutlookCli, days: str) -> None:
    run = outlook_cli("--days", days)
    assert run.code == 2
    assert run.out == ""
    assert "usage: omise-tray outlook" in run.err and "from 1 to 30" in run.err


def test_low_on_is_today_when_the_balance_is_already_at_the_low_line(
    simulator: Simulator, outlook_cli: OutlookCli
) -> None:
    shop = simulator.account("Marina Books")
    simulator.set_balance(shop.key, total=3_000, available=3_000)  # S$30.00, low is S$40.00
    (outlook,) = json.loads(outlook_cli("--json", shop="Marina Books").out)["outlooks"]
    assert outlook["low_on"] == outlook["projection"][0]["date"]
    assert outlook["incoming"] == [] and outlook["payouts"] == []


def test_the_table_shows_the_account_days_and_the_projection_note(
    outlook_cli: OutlookCli,
) -> None:
    run = outlook_cli()
    assert (run.code, run.err) == (0, "")
    lines = run.out.splitlines()
    assert lines[0] == (
        "default (test) · THB · available 11,872.00 · payout fee 30.00, smallest 30.00"
    )
    assert lines[1].split() == ["DATE", "INCOMING", "PAYOUT", "PROJECTED"]
    assert any(line.split()[3:4] == ["+2,014.50"] for line in lines[2:] if line.strip())
    assert "-10,000.00" in run.out
    assert lines[-1] == "A projection: new sales and refunds are not in it."


def test_a_rejected_key_exits_3_with_one_sentence(outlook_cli: OutlookCli) -> None:
    run = outlook_cli("--json", key="skey_test_5nobodyhasthiskey000")
    assert run.code == 3
    document = json.loads(run.out)
    assert document["outlooks"] == []
    (error,) = document["errors"]
    assert (error["account"], error["kind"]) == ("default", "auth")
    assert run.err == f"omise-tray: default: {error['message']}\n"


@pytest.mark.parametrize(
    ("fault", "path", "kind"),
    [
        (Fault.SERVER_ERROR, "/transfers/schedules", "server"),
        (Fault.HTML, "/account", "invalid_response"),
        (Fault.RESET, "/transactions", "network"),
    ],
)
def test_a_failure_on_any_reading_exits_1(
    simulator: Simulator, outlook_cli: OutlookCli, fault: Fault, path: str, kind: str
) -> None:
    simulator.inject(fault, path=path)
    run = outlook_cli("--json")
    assert run.code == 1
    (error,) = json.loads(run.out)["errors"]
    assert error["kind"] == kind


@pytest.mark.parametrize("path", ["/balance", "/transfers/schedules", "/transactions"])
def test_a_hung_server_is_given_up_on_within_the_timeout(
    simulator: Simulator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    path: str,
) -> None:
    # In process, so the clock measures the command and not a Python start-up.
    monkeypatch.setenv("OMISE_API_BASE", simulator.base_url)
    monkeypatch.setenv("OMISE_SECRET_KEY", simulator.account("Bangkok Coffee").key)
    monkeypatch.delenv("OMISE_API_VERSION", raising=False)
    simulator.inject(
        Fault.SLOW_BODY if path == "/transactions" else Fault.HANG, path=path, seconds=30
    )
    started = time.monotonic()
    code = cli.main(["outlook", "--json", "--timeout", "2"])
    elapsed = time.monotonic() - started
    assert code == 1
    assert elapsed < 3.0
    (error,) = json.loads(capsys.readouterr().out)["errors"]
    assert error["kind"] == "network"
    assert "time limit" in error["message"] or "did not answer" in error["message"]
