"""`--self-test`: one line per check, exit 0 unless something the app needs is broken."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from omise_tray.commands import selftest
from omise_tray.commands.selftest import (
    CheckResult,
    Outcome,
    SelfTestError,
    check_ca_bundle,
    check_icons,
    run_self_test,
)

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16">'
    '<rect width="16" height="16" fill="#000"/></svg>'
)


def passing(name: str) -> CheckResult:
    return CheckResult(name, Outcome.OK, "fine")


def failing() -> CheckResult:
    raise SelfTestError("the part is missing")


def crashing() -> CheckResult:
    raise RuntimeError("unexpected")


def run(checks: list[tuple[str, object]]) -> tuple[int, list[str]]:
    out = io.StringIO()
    status = run_self_test(out, checks)  # type: ignore[arg-type]
    return status, out.getvalue().splitlines()


@pytest.fixture(autouse=True)
def _keep_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # run_self_test forces the offscreen platform; give the variable back after each test.
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")


def test_every_check_passing_prints_one_ok_line_each_and_exits_zero() -> None:
    status, lines = run(
        [("first", lambda: passing("first")), ("second", lambda: passing("second"))]
    )

    assert status == 0
    assert lines[1:3] == ["ok   first: fine", "ok   second: fine"]
    assert lines[-1] == "everything needed to run was found"


def test_a_broken_part_is_a_fail_line_and_exit_one() -> None:
    status, lines = run([("CA bundle", failing), ("icons", lambda: passing("icons"))])

    assert status == 1
    assert "FAIL CA bundle: the part is missing" in lines
    assert "ok   icons: fine" in lines, "later checks still run"
    assert lines[-1] == "broken: CA bundle"


def test_a_crashing_check_is_reported_as_a_line_not_a_traceback() -> None:
    status, lines = run([("keyring", crashing)])

    assert status == 1
    assert "FAIL keyring: RuntimeError: unexpected" in lines
    assert not any("Traceback" in line for line in lines)


def test_a_warning_is_not_a_failure() -> None:
    status, lines = run([("keyring", lambda: CheckResult("keyring", Outcome.WARN, "none"))])

    assert status == 0
    assert "warn keyring: none" in lines


def test_the_self_test_runs_without_a_display(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    run([])
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"


def test_missing_ca_bundle_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import certifi

    monkeypatch.setattr(certifi, "where", lambda: str(tmp_path / "cacert.pem"))
    with pytest.raises(SelfTestError, match="does not exist"):
        check_ca_bundle()


def test_unreadable_ca_bundle_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import certifi

    bundle = tmp_path / "cacert.pem"
    bundle.write_text("not a certificate")
    monkeypatch.setattr(certifi, "where", lambda: str(bundle))
    with pytest.raises(SelfTestError, match="cannot be read as certificates"):
        check_ca_bundle()


def test_real_ca_bundle_passes() -> None:
    result = check_ca_bundle()
    assert result.outcome is Outcome.OK
    assert "authorities" in result.detail


def test_icons_that_render_pass(
    qapp: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "icons").mkdir()
    (tmp_path / "icons" / "good.svg").write_text(SVG)
    monkeypatch.setattr(selftest, "resources_dir", lambda: tmp_path)

    result = check_icons()

    assert result.outcome is Outcome.OK
    assert result.detail.startswith("1 rendered")


def test_an_icon_that_does_not_render_is_named(
    qapp: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "good.svg").write_text(SVG)
    (tmp_path / "broken.png").write_bytes(b"not a png")
    monkeypatch.setattr(selftest, "resources_dir", lambda: tmp_path)

    with pytest.raises(SelfTestError, match=r"cannot render broken\.png"):
        check_icons()


def test_no_icons_at_all_fails(
    qapp: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(selftest, "resources_dir", lambda: tmp_path)
    with pytest.raises(SelfTestError, match="no icons found"):
        check_icons()


def test_shipped_icons_render(qapp: object) -> None:
    assert check_icons().outcome is Outcome.OK


def test_a_secure_keyring_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from omise_tray.storage.secrets import KeyringStatus

    status = KeyringStatus(usable=True, backend_name="Secret Service")
    monkeypatch.setattr("omise_tray.storage.secrets.detect_keyring", lambda: (object(), status))
    result = selftest.check_keyring()
    assert result.line() == "ok   keyring: Secret Service (secure; keys are kept there)"


def test_no_secure_keyring_is_a_warning_not_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    from omise_tray.storage.secrets import KeyringStatus

    status = KeyringStatus(
        usable=False, backend_name="none", reason="No secure keyring was found. Keep it for now."
    )
    monkeypatch.setattr("omise_tray.storage.secrets.detect_keyring", lambda: (None, status))

    status_code, lines = run([("keyring", selftest.check_keyring)])

    assert status_code == 0
    assert "warn keyring: No secure keyring was found. Keep it for now. (not a failure)" in lines
