"""The Debian package: made by the same build as the frozen app, named and stamped with the
package's version, its desktop entry and AppStream metainfo valid, and on this Debian system
apt installs it, the installed command checks itself and shows its tray icon on a desktop,
the system's fonts gain the app's Noto Sans Thai (so the notification daemon draws Thai), and
a purge leaves nothing of it outside the user's own folders.

The build is `packaging/build.py`, which reuses the frozen app test_frozen.py builds (or the
other way round) when it is up to date. Installing needs root (CI runs as root) or sudo
without a password; elsewhere that one test is skipped and says why.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from omise_tray import __version__
from tests.support.building import run_build
from tests.support.desktop import tray_icon_of

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

REPO = Path(__file__).resolve().parents[2]
BUILD = REPO / "packaging" / "build.py"
PACKAGE = "omise-tray"
APP_WAIT = 90.0
# Where a package's own files may go; the user's folders (here a temporary home) are not here.
SYSTEM_TREES = ("/opt", "/usr", "/etc", "/var/lib")
# Another process's apt (a parallel bootstrap) holds the lock for a while; wait for it.
APT_GET = ("apt-get", "-y", "-q", "-o", "DPkg::Lock::Timeout=300")
OUR_NAMES = ("(", "-name", f"{PACKAGE}*", "-o", "-name", "co.omise.*", ")")
SYSTEM_FONTS = Path("/usr/share/fonts/truetype") / PACKAGE
THAI_FONTS = ("NotoSansThai-Bold.ttf", "NotoSansThai-Regular.ttf")


def _architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


@pytest.fixture(scope="module")
def deb() -> Path:
    run_build()
    package = REPO / "dist" / f"{PACKAGE}_{__version__}_{_architecture()}.deb"
    assert package.is_file(), f"the build did not make {package.name}"
    return package


@pytest.fixture(scope="module")
def unpacked(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("deb-root")
    subprocess.run(["dpkg-deb", "--extract", str(deb), str(root)], check=True)
    return root


def _field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def _runtime_debs() -> list[str]:
    text = (REPO / "scripts" / "bootstrap").read_text()
    listing = text.split("runtime_debs=(", 1)[1].split(")", 1)[0]
    return listing.split()


def test_deb_is_named_and_stamped_with_the_package_version(deb: Path) -> None:
    assert _field(deb, "Package") == PACKAGE
    assert _field(deb, "Version") == __version__
    assert deb.name == f"{PACKAGE}_{__version__}_{_field(deb, 'Architecture')}.deb"


def test_deb_depends_on_the_libraries_the_frozen_qt_loads_from_the_system(deb: Path) -> None:
    depends = [entry.strip() for entry in _field(deb, "Depends").split(",")]
    names = {entry.split(" ", 1)[0] for entry in depends}
    assert set(_runtime_debs()) <= names
    # Linked by the bundle but deliberately left to the system (packaging/bundle.py).
    assert {"libdbus-1-3", "libfontconfig1", "libfreetype6", "libxcb1"} <= names
    assert any(entry.startswith("libc6 (>= 2.") for entry in depends), depends


def test_deb_lays_out_the_app_the_command_and_the_desktop_files(unpacked: Path) -> None:
    assert (unpacked / "opt" / PACKAGE / PACKAGE).is_file()
    launcher = unpacked / "usr" / "bin" / PACKAGE
    assert launcher.is_symlink() and os.readlink(launcher) == f"/opt/{PACKAGE}/{PACKAGE}"
    share = unpacked / "usr" / "share"
    for size in ("16x16", "48x48", "256x256", "512x512"):
        assert (share / "icons" / "hicolor" / size / "apps" / f"{PACKAGE}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{PACKAGE}.svg").is_file()
    doc = share / "doc" / PACKAGE
    copyright_text = (doc / "copyright").read_text()
    assert "License: Expat" in copyright_text
    assert "PySide6" in copyright_text and "LGPL-3.0-only" in copyright_text
    assert (doc / "licenses" / "Python" / "LICENSE.txt").is_file()
    assert (doc / "licenses" / "certifi" / "LICENSE").is_file()
    assert (doc / "changelog.gz").is_file()


def test_deb_carries_the_apps_thai_font_to_the_system_fonts_with_its_licence(
    deb: Path, unpacked: Path
) -> None:
    system_fonts = unpacked / SYSTEM_FONTS.relative_to("/")
    app_fonts = unpacked / "opt" / PACKAGE / "_internal" / "omise_tray" / "resources" / "fonts"
    assert sorted(path.name for path in system_fonts.iterdir()) == list(THAI_FONTS)
    for name in THAI_FONTS:
        assert (system_fonts / name).read_bytes() == (app_fonts / name).read_bytes()
    doc = unpacked / "usr" / "share" / "doc" / PACKAGE
    assert (doc / "licenses" / "fonts" / "OFL.txt").read_text() == (
        app_fonts / "OFL.txt"
    ).read_text()
    copyright_text = (doc / "copyright").read_text()
    assert f"Files: {SYSTEM_FONTS.relative_to('/')}/* " in copyright_text
    assert "Copyright: 2016 Google Inc." in copyright_text
    # The licence's whole text, as the copyright format wants for one not in common-licenses.
    assert "\nLicense: OFL-1.1\n Noto Sans Thai" in copyright_text
    assert "\n SIL OPEN FONT LICENSE\n .\n Version 1.1 - 26 February 2007\n" in copyright_text
    # fontconfig's file trigger on /usr/share/fonts refreshes the cache: no maintainer script.
    control = subprocess.run(
        ["dpkg-deb", "--ctrl-tarfile", str(deb)], capture_output=True, check=True
    ).stdout
    listing = subprocess.run(
        ["tar", "-t"], input=control, capture_output=True, check=True
    ).stdout.decode()
    assert sorted(name for name in listing.split() if name != "./") == [
        "./control",
        "./md5sums",
    ]


def test_deb_desktop_entry_and_metainfo_pass_the_validators(unpacked: Path) -> None:
    share = unpacked / "usr" / "share"
    entry = share / "applications" / f"{PACKAGE}.desktop"
    subprocess.run(["desktop-file-validate", str(entry)], check=True)
    metainfo = share / "metainfo" / "co.omise.OmiseTray.metainfo.xml"
    subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], check=True)
    subprocess.run(["appstreamcli", "validate-tree", "--no-net", str(unpacked)], check=True)
    release = ET.parse(metainfo).getroot().find("releases/release")
    assert release is not None and release.get("version") == __version__


def _privileged() -> list[str]:
    """The prefix that runs apt as root: none for root, `sudo -n` where it needs no password."""
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], check=False).returncode == 0:
        return ["sudo", "-n"]
    pytest.skip("installing a .deb with apt needs root or password-less sudo (CI runs as root)")


def _apt(prefix: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, "env", "DEBIAN_FRONTEND=noninteractive", *APT_GET, *args],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def _is_installed() -> bool:
    status = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", PACKAGE], capture_output=True, text=True, check=False
    )
    return "install ok installed" in status.stdout


def _ours_in_system_trees() -> set[str]:
    """Paths under the system trees whose names are the package's or its component id's."""
    found = subprocess.run(
        ["find", *SYSTEM_TREES, "-xdev", *OUR_NAMES, "-print"],
        capture_output=True,
        text=True,
        check=False,
    )
    return set(found.stdout.splitlines())


@pytest.fixture
def user_env(tmp_path: Path, desktop_session: dict[str, str]) -> dict[str, str]:
    """A merchant's session on the test desktop, with every folder of theirs under tmp_path."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("OMISE_", "XDG_", "QT_"))
    }
    home = tmp_path / "home"
    env.update(
        desktop_session,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        PATH="/usr/local/bin:/usr/bin:/bin",
    )
    return env


@pytest.fixture
def apt_prefix() -> Iterator[list[str]]:
    prefix = _privileged()
    if _is_installed():
        # Left by an interrupted run of this test: start from a system without it.
        _apt(prefix, "remove", "--purge", PACKAGE)
    yield prefix
    if _is_installed():
        _apt(prefix, "remove", "--purge", PACKAGE)


def _system_font_caches() -> list[Path]:
    """fontconfig's system cache files for the package's font folder: fc-cache names each
    after the MD5 of the folder's path (then the byte order and the cache format's version);
    fontconfig's dpkg trigger on /usr/share/fonts runs it when the folder comes and goes."""
    digest = hashlib.md5(str(SYSTEM_FONTS).encode(), usedforsecurity=False).hexdigest()
    return sorted(Path("/var/cache/fontconfig").glob(f"{digest}-*.cache-*"))


def _thai_fonts(env: dict[str, str]) -> dict[str, str]:
    """Font file -> family, for every font fontconfig says can write Thai."""
    listing = subprocess.run(
        ["fc-list", "--format", "%{file}\t%{family[0]}\n", ":lang=th"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(line.split("\t", 1) for line in listing.stdout.splitlines())


def _wait_for_tray_icon(env: dict[str, str], app: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + APP_WAIT
    while time.monotonic() < deadline:
        if tray_icon_of(PACKAGE, env) is not None:
            return
        assert app.poll() is None, f"the installed app exited with {app.returncode}"
        time.sleep(0.5)
    raise AssertionError(f"no tray icon of the installed app within {APP_WAIT:.0f} s")


@pytest.mark.desktop
def test_apt_installs_the_package_it_runs_and_a_purge_leaves_nothing_behind(
    deb: Path, apt_prefix: list[str], user_env: dict[str, str]
) -> None:
    before = _ours_in_system_trees()

    installed = _apt(apt_prefix, "install", str(deb))
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]
    files = subprocess.run(
        ["dpkg", "-L", PACKAGE], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert f"/opt/{PACKAGE}/{PACKAGE}" in files and f"/usr/bin/{PACKAGE}" in files
    assert shutil.which(PACKAGE, path=user_env["PATH"]) == f"/usr/bin/{PACKAGE}"
    # Checked before anything here runs fontconfig, which as root could write the cache itself.
    assert _system_font_caches(), "fontconfig's trigger did not cache the package's fonts"

    self_test = subprocess.run(
        [PACKAGE, "--self-test"],
        env=user_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert self_test.returncode == 0, self_test.stdout + self_test.stderr
    assert self_test.stdout.startswith(f"Omise Tray {__version__} self-test (frozen, linux)")
    assert f"/opt/{PACKAGE}/_internal/certifi/cacert.pem" in self_test.stdout

    thai = _thai_fonts(user_env)
    for name in THAI_FONTS:
        assert thai.get(str(SYSTEM_FONTS / name)) == "Noto Sans Thai", thai

    app = subprocess.Popen(
        [PACKAGE, "--demo", "--minimized"],
        env=user_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for_tray_icon(user_env, app)
    finally:
        app.terminate()
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()

    purged = _apt(apt_prefix, "remove", "--purge", PACKAGE)
    assert purged.returncode == 0, purged.stdout[-3000:] + purged.stderr[-3000:]
    assert not _is_installed()
    left = [path for path in files if os.path.lexists(path) and not os.path.isdir(path)]
    assert left == [], f"files of the package are still there: {left[:10]}"
    assert not os.path.lexists(f"/opt/{PACKAGE}")
    assert not os.path.lexists(f"/usr/share/doc/{PACKAGE}")
    assert _ours_in_system_trees() - before == set()
    assert _system_font_caches() == [], "fontconfig's trigger kept the removed folder's cache"
    assert [font for font in _thai_fonts(user_env) if font.startswith(str(SYSTEM_FONTS))] == []
    assert not list(Path("/var/lib/dpkg/info").glob(f"{PACKAGE}.*"))
