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


# --- fonts: the Thai catalogues drawn by the bundled Noto Sans Thai, Japanese by the system ---

THAI_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
<context>
    <name>Sample</name>
    <message>
        <source>Balance</source>
        <translation>{text}</translation>
    </message>
</context>
</TS>
"""
# Unassigned in the Thai block: no font has a glyph for it, whatever the desktop has.
NO_GLYPH = "\u0e3b"


def write_thai_catalogues(folder: Path, text: str, compiled: bool) -> None:
    """Both Thai catalogues the app loads, as .ts sources or compiled the way the build does."""
    from omise_tray.i18n.linguist import compile_catalogue

    folder.mkdir(exist_ok=True)
    for name in selftest.THAI_CATALOGUES:
        source = folder / f"{name}.ts"
        source.write_text(THAI_TS.format(text=text), encoding="utf-8")
        if compiled:
            compile_catalogue(source, folder / f"{name}.qm")
            source.unlink()


def test_a_compiled_catalogue_gives_back_every_translation_of_its_source(
    tmp_path: Path,
) -> None:
    from omise_tray.i18n.catalogues import TRANSLATIONS_DIR
    from omise_tray.i18n.linguist import compile_catalogue, read_ts

    source = TRANSLATIONS_DIR / "omise_tray_th.ts"
    compile_catalogue(source, tmp_path / "omise_tray_th.qm")

    compiled = selftest.compiled_translations(tmp_path / "omise_tray_th.qm")

    written = {text for message in read_ts(source).messages for text in message.translations}
    assert len(written) > 100
    assert set(compiled) == written


def test_a_file_that_is_not_a_compiled_catalogue_fails(tmp_path: Path) -> None:
    (tmp_path / "omise_tray_th.qm").write_bytes(b"<TS>not compiled</TS>")
    with pytest.raises(SelfTestError, match="is not a compiled catalogue"):
        selftest.compiled_translations(tmp_path / "omise_tray_th.qm")


@pytest.mark.parametrize(("compiled", "suffix"), [(True, ".qm"), (False, ".ts")])
def test_thai_the_font_draws_passes_naming_the_catalogues_read(
    qapp: object, tmp_path: Path, compiled: bool, suffix: str
) -> None:
    write_thai_catalogues(tmp_path, "ยอดเงิน ฿1,234.50 — โอนได้…", compiled)

    result = selftest.check_thai_font(translations=tmp_path)

    assert result.outcome is Outcome.OK
    # ยอดเงิน฿1,234.50—โอนได้… without the spaces: 21 different characters.
    assert result.detail == (
        f"Noto Sans Thai and the app's font draw all 21 characters of "
        f"omise_tray_th{suffix}, omise_tray_qtbase_th{suffix}"
    )


def test_a_thai_catalogue_character_the_font_lacks_fails_the_check(
    qapp: object, tmp_path: Path
) -> None:
    write_thai_catalogues(tmp_path, f"ยอดเงิน{NO_GLYPH}", compiled=True)

    with pytest.raises(SelfTestError, match=r"cannot draw 1 of the 8 characters .*: U\+0E3B"):
        selftest.check_thai_font(translations=tmp_path)


def test_the_thai_font_check_fails_without_the_bundled_font(qapp: object, tmp_path: Path) -> None:
    write_thai_catalogues(tmp_path / "translations", "ยอดเงิน", compiled=False)
    with pytest.raises(SelfTestError, match="Noto Sans Thai did not load from"):
        selftest.check_thai_font(translations=tmp_path / "translations", fonts=tmp_path)


def test_the_thai_font_check_fails_without_a_thai_catalogue(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(SelfTestError, match="the Thai catalogue omise_tray_th is not in"):
        selftest.check_thai_font(translations=tmp_path)


def test_the_shipped_thai_catalogues_are_drawable(qapp: object) -> None:
    assert selftest.check_thai_font().outcome is Outcome.OK


def test_the_japanese_font_check_follows_the_fonts_this_desktop_has(qapp: object) -> None:
    from PySide6.QtGui import QFontDatabase

    from omise_tray.i18n.fonts import JAPANESE_FONT_NOTICE

    result = selftest.check_japanese_font()

    if QFontDatabase.families(QFontDatabase.WritingSystem.Japanese):
        assert result.line() == "ok   Japanese font: the app's font draws Japanese"
    else:  # the notice the app shows, in English (test_bare_desktop_fonts.py runs this case)
        assert result.outcome is Outcome.WARN
        assert result.detail == JAPANESE_FONT_NOTICE.splitlines()[0]
