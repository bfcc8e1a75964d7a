"""Build the installable app: icons, the PyInstaller onedir folder, and on Linux the tarball.

Run through `scripts/build`, which picks the project's virtual environment. An up-to-date
build (same sources, same PyInstaller, same Python) is reused, so running it twice is cheap.

Usage: python packaging/build.py [--force] [--check-size] [--naive]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from omise_tray import APP_ID, __version__  # noqa: E402

DIST = REPO / "dist"
BUILD = REPO / "build"
ONEDIR = DIST / APP_ID
ICONS = BUILD / "icons"
STAMP = BUILD / f"{APP_ID}.stamp"
SPEC = REPO / "packaging" / "omise_tray.spec"
SIZE_BUDGET_MB = 110  # Linux onedir folder, in MB of 1,000,000 bytes
INPUTS = ("omise_tray", "packaging", "resources", "pyproject.toml")
BUNDLED = (
    "PySide6-Essentials",
    "shiboken6",
    "keyring",
    "SecretStorage",
    "jeepney",
    "cryptography",
    "certifi",
    "requests",
    "platformdirs",
)


def folder_bytes(folder: Path) -> int:
    """Bytes the files take (symlinks count as links, as they are shipped)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())


def megabytes(count: int) -> str:
    return f"{count / 1_000_000:.1f} MB"


def inputs_digest() -> str:
    """A fingerprint of everything that goes into the build."""
    from importlib.metadata import PackageNotFoundError, version

    import PyInstaller

    digest = hashlib.sha256(f"{sys.prefix} {sys.version} {PyInstaller.__version__}".encode())
    for distribution in BUNDLED:
        try:
            digest.update(f"{distribution}=={version(distribution)}".encode())
        except PackageNotFoundError:
            digest.update(f"{distribution} missing".encode())
    for name in INPUTS:
        root = REPO / name
        files = [root] if root.is_file() else sorted(root.rglob("*"))
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(REPO)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def render_icons() -> None:
    subprocess.run([sys.executable, str(REPO / "packaging" / "icons.py"), str(ICONS)], check=True)


def run_pyinstaller() -> None:
    env = {**os.environ, "OMISE_TRAY_ICON_DIR": str(ICONS)}
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(BUILD / "pyinstaller"),
        str(SPEC),
    ]
    subprocess.run(command, check=True, env=env, cwd=REPO)


def linux_tarball() -> Path:
    """The onedir folder plus the desktop entry, icons, AppStream data and an installer script."""
    machine = platform.machine() or "unknown"
    tarball = DIST / f"{APP_ID}-{__version__}-linux-{machine}.tar.gz"
    if tarball.is_file() and tarball.stat().st_mtime >= STAMP.stat().st_mtime:
        return tarball
    top = f"{APP_ID}-{__version__}"
    linux = REPO / "resources" / "linux"
    members = [
        (ONEDIR, f"{top}/{APP_ID}"),
        (linux / "install.sh", f"{top}/install.sh"),
        (linux / f"{APP_ID}.desktop", f"{top}/share/applications/{APP_ID}.desktop"),
        (linux / f"{APP_ID}.metainfo.xml", f"{top}/share/metainfo/{APP_ID}.metainfo.xml"),
        (ICONS / "hicolor", f"{top}/share/icons/hicolor"),
    ]
    partial = tarball.with_suffix(".partial")
    with tarfile.open(partial, "w:gz") as archive:
        for source, name in members:
            archive.add(source, arcname=name)
    partial.replace(tarball)
    return tarball


def windows_installer() -> None:
    """dist/omise-tray-<version>-windows-x64-setup.exe through Inno Setup, when installed."""
    iscc = shutil.which("iscc")
    if iscc is None:
        print("build: iscc (Inno Setup 6) is not on PATH, so no installer was made")
        return
    script = REPO / "packaging" / "windows" / "omise-tray.iss"
    subprocess.run([iscc, f"/DAppVersion={__version__}", str(script)], check=True)


def macos_disk_image() -> None:
    """dist/omise-tray-<version>-macos.dmg holding the .app bundle."""
    app = DIST / "Omise Tray.app"
    image = DIST / f"{APP_ID}-{__version__}-macos.dmg"
    command = ["hdiutil", "create", "-volname", "Omise Tray", "-srcfolder", str(app)]
    subprocess.run([*command, "-ov", "-format", "UDZO", str(image)], check=True)
    print(f"build: {image} is {megabytes(image.stat().st_size)}")


def build(force: bool) -> None:
    digest = inputs_digest()
    if not force and ONEDIR.is_dir() and STAMP.is_file() and STAMP.read_text() == digest:
        print(f"build: {ONEDIR} is up to date")
    else:
        STAMP.unlink(missing_ok=True)
        render_icons()
        run_pyinstaller()
        STAMP.parent.mkdir(parents=True, exist_ok=True)
        STAMP.write_text(digest)
    print(f"build: {ONEDIR} is {megabytes(folder_bytes(ONEDIR))}")
    if sys.platform.startswith("linux"):
        tarball = linux_tarball()
        print(f"build: {tarball} is {megabytes(tarball.stat().st_size)}")
    elif sys.platform == "win32":
        windows_installer()
    elif sys.platform == "darwin":
        macos_disk_image()


def check_size() -> int:
    if not ONEDIR.is_dir():
        print(f"build: {ONEDIR} does not exist; run scripts/build first", file=sys.stderr)
        return 1
    size = folder_bytes(ONEDIR)
    verdict = "within" if size <= SIZE_BUDGET_MB * 1_000_000 else "OVER"
    print(f"build: {ONEDIR} is {megabytes(size)}, {verdict} the {SIZE_BUDGET_MB} MB budget")
    return 0 if verdict == "within" else 1


def naive_build() -> None:
    """The untrimmed baseline: `pyinstaller --onedir --windowed` of the same entry point."""
    work = BUILD / "naive"
    shutil.rmtree(work, ignore_errors=True)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--onedir",
        "--windowed",
        "--log-level",
        "WARN",
        "--name",
        APP_ID,
        "--distpath",
        str(work / "dist"),
        "--workpath",
        str(work / "build"),
        "--specpath",
        str(work),
        str(REPO / "packaging" / "launcher.py"),
    ]
    subprocess.run(command, check=True, cwd=REPO)
    print(f"build: naive onedir is {megabytes(folder_bytes(work / 'dist' / APP_ID))}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even when up to date")
    parser.add_argument(
        "--check-size", action="store_true", help="only check dist/ against the size budget"
    )
    parser.add_argument(
        "--naive", action="store_true", help="build the untrimmed baseline, for comparison"
    )
    args = parser.parse_args()
    if args.check_size:
        return check_size()
    if args.naive:
        naive_build()
        return 0
    build(args.force)
    return check_size() if sys.platform.startswith("linux") else 0


if __name__ == "__main__":
    sys.exit(main())
