"""Render the app's SVG icon to the PNG, ICO and ICNS files installers and desktops want.

Qt renders the SVG (ImageMagick often lacks an SVG delegate); ICO and ICNS are written here
with PNG-compressed entries, which Windows Vista+ and macOS 10.7+ read.

Usage: python packaging/icons.py OUT_DIR [--svg PATH]
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
APP_SVG = REPO / "omise_tray" / "resources" / "icons" / "omise-tray.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS types that hold a PNG, with the pixel size each one means.
ICNS_TYPES = ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024))


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent size x size square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"icons: {svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as str at run time; its stubs say bytes.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (a size of 256 is written as 0)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    directory = b""
    for size in sizes:
        edge = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(pngs[size]), offset)
        offset += len(pngs[size])
    return header + directory + b"".join(pngs[size] for size in sizes)


def icns_bytes(pngs: dict[bytes, bytes]) -> bytes:
    """A macOS .icns made of PNG-holding entries (type, big-endian length including header)."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in pngs.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build_icons(svg: Path, out: Path) -> list[Path]:
    """Write hicolor PNGs, the scalable SVG, omise-tray.ico and omise-tray.icns into `out`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    rendered = {size: render_png(svg, size) for size in {*PNG_SIZES, *ICO_SIZES, 1024}}
    written = []
    for size in PNG_SIZES:
        path = out / "hicolor" / f"{size}x{size}" / "apps" / "omise-tray.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(rendered[size])
        written.append(path)
    scalable = out / "hicolor" / "scalable" / "apps" / "omise-tray.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(svg.read_bytes())
    ico = out / "omise-tray.ico"
    ico.write_bytes(ico_bytes({size: rendered[size] for size in ICO_SIZES}))
    icns = out / "omise-tray.icns"
    icns.write_bytes(icns_bytes({kind: rendered[size] for kind, size in ICNS_TYPES}))
    written += [scalable, ico, icns]
    del app
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--svg", type=Path, default=APP_SVG)
    args = parser.parse_args()
    for path in build_icons(args.svg, args.out):
        print(f"icons: wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
