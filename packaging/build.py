"""Build the installable app: icons, the PyInstaller onedir folder, and this system's packages.

Linux: the tarball and the .deb; Windows: the Inno Setup installer; macOS: the .app in a .dmg.
Run through `scripts/build`, which installs the locked build set into the project's virtual
environment. An up-to-date build (same sources, same PyInstaller, same Python) is reused, and
so is each package made from it, so running it twice is cheap.

Usage: python packaging/build.py [--force] [--app-only] [--check-size] [--naive]
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
sys.path.insert(0, str(REPO / "packaging"))

from omise_tray import APP_ID, APP_NAME, __version__  # noqa: E402

DIST = REPO / "dist"
BUILD = REPO / "build"
ONEDIR = DIST / APP_ID
ICONS = BUILD / "icons"
STAMP = BUILD / f"{APP_ID}.stamp"
SPEC = REPO / "packaging" / "omise_tray.spec"
SIZE_BUDGET_MB = 110  # Linux onedir folder, in MB of 1,000,000 bytes
# What the one-folder app is made of; the packages around it have their own fingerprints.
INPUTS = (
    "omise_tray",
    "pyproject.toml",
    "packaging/omise_tray.spec",
    "packaging/launcher.py",
    "packaging/bundle.py",
    "packaging/elf.py",
    "packaging/icudata.py",
    "packaging/icons.py",
)
BUNDLED = (
    "PySide6-Essentials",
    "shiboken6",
    "keyring",
    "SecretStorage",
    "jeepney",
    "cryptography",
    "certifi",
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


def package_is_current(output: Path, inputs: tuple[str, ...]) -> tuple[bool, Path, str]:
    """Whether output was made from this onedir and these inputs: (current, stamp, digest)."""
    digest = hashlib.sha256(STAMP.read_bytes())
    for name in inputs:
        root = REPO / name
        for path in [root] if root.is_file() else sorted(root.rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(REPO)).encode())
                digest.update(path.read_bytes())
    stamp = BUILD / f"{output.name}.stamp"
    current = output.is_file() and stamp.is_file() and stamp.read_text() == digest.hexdigest()
    return current, stamp, digest.hexdigest()


LINUX_INPUTS = (
    "CHANGELOG.md",
    "resources/linux",
    "packaging/build.py",
    "packaging/changelog.py",
    "packaging/metainfo.py",
)


def linux_metainfo() -> bytes:
    import metainfo
    from changelog import read

    return metainfo.metainfo(read())


def linux_tarball() -> Path:
    """The onedir folder plus the desktop entry, icons, AppStream data and an installer script."""
    from deb import METAINFO_NAME

    machine = platform.machine() or "unknown"
    tarball = DIST / f"{APP_ID}-{__version__}-linux-{machine}.tar.gz"
    current, stamp, digest = package_is_current(tarball, LINUX_INPUTS)
    if current:
        return tarball
    top = f"{APP_ID}-{__version__}"
    linux = REPO / "resources" / "linux"
    metainfo_file = BUILD / "metainfo" / METAINFO_NAME
    metainfo_file.parent.mkdir(parents=True, exist_ok=True)
    metainfo_file.write_bytes(linux_metainfo())
    members = [
        (ONEDIR, f"{top}/{APP_ID}"),
        (linux / "install.sh", f"{top}/install.sh"),
        (linux / f"{APP_ID}.desktop", f"{top}/share/applications/{APP_ID}.desktop"),
        (metainfo_file, f"{top}/share/metainfo/{METAINFO_NAME}"),
        (ICONS / "hicolor", f"{top}/share/icons/hicolor"),
    ]
    partial = tarball.with_suffix(".partial")
    with tarfile.open(partial, "w:gz") as archive:
        for source, name in members:
            archive.add(source, arcname=name)
    partial.replace(tarball)
    stamp.write_text(digest)
    return tarball


def debian_package() -> Path:
    """dist/omise-tray_<version>_<arch>.deb (packaging/deb.py)."""
    import deb
    from changelog import read

    inputs = (*LINUX_INPUTS, "packaging/deb.py", "scripts/bootstrap", "requirements/runtime.txt")
    arch = deb.architecture()
    package = DIST / f"{deb.PACKAGE}_{__version__}_{arch}.deb"
    current, stamp, digest = package_is_current(package, inputs)
    if current:
        return package
    year = read()[0].date.year
    deb.build_deb(
        onedir=ONEDIR,
        icons=ICONS,
        metainfo=linux_metainfo(),
        version=__version__,
        out_dir=DIST,
        work=BUILD / "deb",
        year=year,
    )
    stamp.write_text(digest)
    return package


def windows_installer() -> None:
    """dist/omise-tray-<version>-windows-x64-setup.exe through Inno Setup, when installed."""
    iscc = shutil.which("iscc")
    if iscc is None:
        print("build: iscc (Inno Setup 6) is not on PATH, so no installer was made")
        return
    script = REPO / "packaging" / "windows" / "omise-tray.iss"
    subprocess.run([iscc, f"/DMyAppVersion={__version__}", str(script)], check=True)


def macos_disk_image() -> None:
    """dist/omise-tray-<version>-macos-<arch>.dmg holding the .app bundle."""
    app = DIST / f"{APP_NAME}.app"
    image = DIST / f"{APP_ID}-{__version__}-macos-{platform.machine()}.dmg"
    command = ["hdiutil", "create", "-volname", APP_NAME, "-srcfolder", str(app)]
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


def package() -> None:
    """This system's installable packages around the built app."""
    if sys.platform.startswith("linux"):
        for made in (linux_tarball(), debian_package()):
            print(f"build: {made} is {megabytes(made.stat().st_size)}")
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
        "--app-only",
        action="store_true",
        help="build the app folder only, not the packages (to sign it before packaging)",
    )
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
    if not args.app_only:
        package()
    return check_size() if sys.platform.startswith("linux") else 0


if __name__ == "__main__":
    sys.exit(main())
