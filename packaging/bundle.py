"""What the frozen app carries: the Qt plugins it uses, and no library that nothing loads.

Imported by omise_tray.spec. PyInstaller's Qt hooks collect every plugin of each Qt module
(GTK3's platform theme alone drags in GTK, Cairo, Pango and Kerberos), all of Qt's
translations and the libraries those need; this module filters the collected lists.
"""

from __future__ import annotations

import posixpath
import re
import sys
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from elf import needed

Entry = tuple[str, str, str]  # PyInstaller's TOC entry: (destination, source, typecode)

# Plugin folder -> plugin file stems (without "lib" and the suffix) to keep. A folder not
# listed is dropped whole: generic input (evdev, tuio), EGLFS, network information, TLS
# (the standard library does the HTTPS, QtNetwork only serves the single-instance local socket).
QT_PLUGINS: dict[str, frozenset[str]] = {
    # Wayland sessions run the app through XWayland (Qt falls back to xcb by itself), where a
    # tray app may place its window next to the tray; the Wayland stack would add ~2 MB.
    "platforms": frozenset({"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"}),
    # The portal theme gives native file dialogs under Flatpak/GNOME; GTK3's costs ~25 MB.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    # PNG and BMP are built into QtGui; SVG for theme icons, ICO/ICNS for the app's own.
    "imageformats": frozenset({"qsvg", "qico", "qicns"}),
    "iconengines": frozenset({"qsvgicon"}),
    "xcbglintegrations": frozenset({"qxcb-glx-integration", "qxcb-egl-integration"}),
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"}),
}

# Libraries of the desktop itself, taken from the running system (scripts/bootstrap and every
# Linux desktop install them): the DBus client talks to the system's bus (and bundling it
# drags in libsystemd with its compression and crypto libraries, 3.6 MB), and fontconfig must
# read the system's /etc/fonts, whose newer syntax an older bundled copy rejects.
SYSTEM_LIBRARIES = frozenset({"libdbus-1.so.3", "libfontconfig.so.1", "libfreetype.so.6"})

_PLUGIN_PATH = re.compile(r"(?:^|/)plugins/(?P<folder>[^/]+)/(?P<file>[^/]+)$")
_PYTHON_EXTENSION = re.compile(r"\.(?:abi3|cpython-[^.]+)\.so$")
_SHARED_LIBRARY = re.compile(r"^lib.+\.so(?:\.\d+)*$")


def _stem(file_name: str) -> str:
    name = file_name.removeprefix("lib")
    return re.sub(r"\.(?:so|dll|dylib)(?:\.\d+)*$", "", name)


def keep_qt_plugin(destination: str) -> bool:
    """False for a Qt plugin the app does not use; True for anything that is not a plugin."""
    path = destination.replace("\\", "/")
    match = _PLUGIN_PATH.search(path)
    if match is None or "PySide6" not in path:
        return True
    wanted = QT_PLUGINS.get(match["folder"])
    return wanted is not None and _stem(match["file"]) in wanted


def is_qt_translation(destination: str) -> bool:
    """The app speaks English only; Qt's own translations would give it mixed-language dialogs."""
    parts = PurePosixPath(destination.replace("\\", "/")).parts
    return "PySide6" in parts and "translations" in parts and destination.endswith(".qm")


def is_shared_library(destination: str) -> bool:
    """A library loaded only because another binary links it (not a module or a plugin)."""
    name = PurePosixPath(destination).name
    return (
        _SHARED_LIBRARY.match(name) is not None
        and _PYTHON_EXTENSION.search(name) is None
        and _PLUGIN_PATH.search(destination) is None
        and not name.startswith("libpython")
    )


def linked_closure(roots: Iterable[Path], collected: dict[str, Path]) -> set[str]:
    """Names of the collected libraries the roots load, following links library by library."""
    reached: set[str] = set()
    pending = [name for root in roots for name in needed(root)]
    while pending:
        name = pending.pop()
        if name in reached or name not in collected or name in SYSTEM_LIBRARIES:
            continue
        reached.add(name)
        pending.extend(needed(collected[name]))
    return reached


def trim(
    binaries: list[Entry], datas: list[Entry], platform: str = sys.platform
) -> tuple[list[Entry], list[Entry]]:
    """Binaries and data without unused plugins, translations and (on Linux) unlinked libraries."""
    binaries = [entry for entry in binaries if keep_qt_plugin(entry[0])]
    datas = [
        entry for entry in datas if keep_qt_plugin(entry[0]) and not is_qt_translation(entry[0])
    ]
    if platform.startswith("linux"):
        files = [entry for entry in binaries if entry[2] != "SYMLINK"]
        collected = {PurePosixPath(dest).name: Path(source) for dest, source, _ in files}
        roots = [Path(source) for dest, source, _ in files if not is_shared_library(dest)]
        reached = linked_closure(roots, collected)
        binaries = [
            entry
            for entry in binaries
            if not is_shared_library(entry[0]) or PurePosixPath(entry[0]).name in reached
        ]
    # A symbolic link whose target was left out would dangle.
    present = {entry[0] for entry in binaries + datas if entry[2] != "SYMLINK"}

    def target_present(entry: Entry) -> bool:
        dest, link, kind = entry
        return (
            kind != "SYMLINK"
            or posixpath.normpath(posixpath.join(posixpath.dirname(dest), link)) in present
        )

    return [e for e in binaries if target_present(e)], [e for e in datas if target_present(e)]


def left_out(before: Iterable[Entry], after: Iterable[Entry]) -> list[str]:
    """The destinations dropped, for the build log."""
    kept = {entry[0] for entry in after}
    return sorted({entry[0] for entry in before} - kept)
