"""The frozen Linux build: it builds, checks itself (Thai drawable with only DejaVu installed),
prints for CLI commands, fits its size budget, installs from its tarball, and on a desktop
shows its tray icon and reaches balances.

The build is `packaging/build.py` (what `scripts/build` runs, minus setting up .venv) with the
interpreter running the tests; an up-to-date build already in dist/ is reused. Nothing here
skips: a failed build fails every test.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from omise_tray import __version__
from tests.support.building import run_build
from tests.support.desktop import DesktopStack
from tests.support.fonts import dejavu_core_only
from tests.support.waiting import wait_for

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

REPO = Path(__file__).resolve().parents[2]
BUILD = REPO / "packaging" / "build.py"
DIST = REPO / "dist"
ONEDIR = DIST / "omise-tray"
FROZEN = ONEDIR / "omise-tray"
SIZE_BUDGET = 110 * 1_000_000
APP_WAIT = 90.0


@pytest.fixture(scope="module")
def frozen_app() -> Path:
    run_build()
    assert FROZEN.is_file()
    return FROZEN


@pytest.fixture
def user_env(tmp_path: Path) -> dict[str, str]:
    """An environment whose home, settings, logs and caches are all under tmp_path."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("OMISE_", "XDG_", "QT_"))
        and key not in {"DISPLAY", "WAYLAND_DISPLAY"}
    }
    home = tmp_path / "home"
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    return env


def test_frozen_self_test_passes_without_a_display(
    frozen_app: Path, user_env: dict[str, str]
) -> None:
    user_env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    result = subprocess.run(
        [str(frozen_app), "--self-test"],
        env=user_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Omise Tray") and "(frozen, linux)" in lines[0]
    for check in ("Qt platform plugin: offscreen", "CA bundle:", "icons:", "locale data:"):
        assert any(line.startswith(f"ok   {check}") for line in lines), (check, lines)
    assert any(line.startswith("ok   simulator round trip: ") for line in lines), lines
    assert any(
        line.startswith("ok   keyring backends: ") and "SecretService" in line for line in lines
    )
    # Without a session bus no keyring answers: reported, yet not a failure.
    assert any(line.startswith("warn keyring: ") and "not a failure" in line for line in lines)
    assert any(line.startswith("ok   Thai font: ") for line in lines), lines


def test_frozen_app_draws_every_thai_character_on_a_desktop_with_only_dejavu(
    frozen_app: Path, user_env: dict[str, str], tmp_path: Path
) -> None:
    from omise_tray.commands.selftest import THAI_CATALOGUES, drawn_characters
    from omise_tray.i18n.catalogues import TRANSLATIONS_DIR
    from omise_tray.i18n.fonts import JAPANESE_FONT_NOTICE
    from omise_tray.i18n.linguist import read_ts

    user_env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    user_env["FONTCONFIG_FILE"] = str(dejavu_core_only(tmp_path / "fontconfig"))
    result = subprocess.run(
        [str(frozen_app), "--self-test"],
        env=user_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    # The frozen app reads its compiled catalogues; they hold every character of the sources.
    sources = [TRANSLATIONS_DIR / f"{name}.ts" for name in THAI_CATALOGUES]
    written = [text for ts in sources for m in read_ts(ts).messages for text in m.translations]
    count = len(drawn_characters(written))
    assert count > 100
    compiled = ", ".join(f"{name}.qm" for name in THAI_CATALOGUES)
    expected = f"ok   Thai font: Noto Sans Thai and the app's font draw all {count} characters"
    assert f"{expected} of {compiled}" in lines, lines
    # No font draws Japanese here: the check reports the notice the Japanese window shows.
    assert f"warn Japanese font: {JAPANESE_FONT_NOTICE.splitlines()[0]}" in lines, lines


def test_frozen_balance_prints_json_to_stdout(frozen_app: Path, user_env: dict[str, str]) -> None:
    from omise_tray.simulator import Simulator, demo_accounts

    simulator = Simulator(demo_accounts(), dynamic=False)
    base = simulator.start()
    try:
        account = simulator.accounts[0]
        user_env.update(OMISE_SECRET_KEY=account.key, OMISE_API_BASE=base)
        result = subprocess.run(
            [str(frozen_app), "balance", "--json"],
            env=user_env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        simulator.stop()

    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["errors"] == []
    assert [b["currency"] for b in document["balances"]] == [account.currency.upper()]
    assert account.key not in result.stdout + result.stderr


def test_frozen_folder_fits_the_size_budget(frozen_app: Path) -> None:
    size = sum(path.lstat().st_size for path in ONEDIR.rglob("*") if not path.is_dir())
    assert size <= SIZE_BUDGET, f"{size / 1e6:.1f} MB is over the {SIZE_BUDGET / 1e6:.0f} MB budget"
    check = subprocess.run(
        [sys.executable, str(BUILD), "--check-size"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "within the 110 MB budget" in check.stdout


def test_frozen_folder_leaves_out_what_the_app_never_loads(frozen_app: Path) -> None:
    internal = ONEDIR / "_internal"
    names = {path.name for path in internal.rglob("*")}
    for unused in ("libqgtk3.so", "libgtk-3.so.0", "libqeglfs.so", "libqtiff.so", "qt_de.qm"):
        assert unused not in names
    for needed in ("libqxcb.so", "libqoffscreen.so", "libqsvgicon.so", "libqsvg.so"):
        assert needed in names
    dangling = [path for path in internal.rglob("*") if path.is_symlink() and not path.exists()]
    assert dangling == []


def test_tarball_installs_for_one_user_and_uninstalls(
    frozen_app: Path, user_env: dict[str, str], tmp_path: Path
) -> None:
    tarball = DIST / f"omise-tray-{__version__}-linux-x86_64.tar.gz"
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
        top = f"omise-tray-{__version__}"
        for member in (
            "install.sh",
            "omise-tray/omise-tray",
            "share/applications/omise-tray.desktop",
            "share/metainfo/co.omise.OmiseTray.metainfo.xml",
            "share/icons/hicolor/48x48/apps/omise-tray.png",
            "share/icons/hicolor/scalable/apps/omise-tray.svg",
        ):
            assert f"{top}/{member}" in names
        archive.extractall(tmp_path / "unpacked", filter="tar")
    home = Path(user_env["HOME"])
    install = tmp_path / "unpacked" / top / "install.sh"

    subprocess.run([str(install)], env=user_env, check=True, capture_output=True, timeout=300)

    command = home / ".local" / "bin" / "omise-tray"
    version = subprocess.run(
        [str(command), "--version"], env=user_env, capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"omise-tray {__version__}"
    entry = home / ".local" / "share" / "applications" / "omise-tray.desktop"
    assert f'Exec="{home}/.local/lib/omise-tray/omise-tray"' in entry.read_text()
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(entry)], check=True)

    subprocess.run([str(install), "--uninstall"], env=user_env, check=True, capture_output=True)
    assert not command.exists() and not entry.exists()
    assert not (home / ".local" / "lib" / "omise-tray").exists()


@pytest.fixture(scope="module")
def desktop() -> Iterator[dict[str, str]]:
    with DesktopStack() as stack:
        yield dict(stack.env)


def _tray_holds_the_icon(env: dict[str, str]) -> bool:
    """Whether a window of class omise-tray is embedded in trayer's panel (XEmbed)."""
    panels = subprocess.run(
        ["xdotool", "search", "--class", "trayer"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    for panel in panels:
        tree = subprocess.run(
            ["xwininfo", "-tree", "-id", panel],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        if '("omise-tray" "omise-tray")' in tree:
            return True
    return False


def _cached_balances(cache: Path) -> list[dict[str, object]]:
    try:
        document = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return list(document.get("snapshots", []))


@pytest.mark.desktop
def test_frozen_demo_shows_its_tray_icon_and_reaches_balances(
    frozen_app: Path, user_env: dict[str, str], desktop: dict[str, str]
) -> None:
    env = {**user_env, **desktop}
    home = Path(env["HOME"])
    app = subprocess.Popen(
        [str(frozen_app), "--demo", "--minimized"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(lambda: _tray_holds_the_icon(env), "the tray icon appearing in the tray", APP_WAIT)
        # The demo profile caches each account's last balance once a poll has succeeded.
        cache = home / ".cache" / "omise-tray" / "profiles" / "demo" / "last-balances.json"
        wait_for(
            lambda: len(_cached_balances(cache)) >= 2,
            "balances arriving from the simulator",
            APP_WAIT,
        )
        balances = _cached_balances(cache)
        assert all(isinstance(b["total"], int) for b in balances)
        assert {b["account_id"] for b in balances} <= {f"demo-{i}" for i in range(10)}
        log = (
            home
            / ".local"
            / "state"
            / "omise-tray"
            / "log"
            / "profiles"
            / "demo"
            / "omise-tray.log"
        )
        assert "starting (demo=True)" in log.read_text(encoding="utf-8")
        assert app.poll() is None, "the app is still running"
    finally:
        app.terminate()
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
