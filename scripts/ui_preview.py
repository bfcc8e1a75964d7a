#!/usr/bin/env python3
"""Render the main window, the tray menu and the tray icons with sample data to PNG files.

Usage: python scripts/ui_preview.py [--out DIR] [--dark]
Runs offscreen unless a display is set (e.g. under scripts/desktop-session).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from omise_tray.app.state import AppState
from omise_tray.core.errors import ErrorKind
from omise_tray.core.portfolio import Signal
from omise_tray.ui.main_window import MainWindow
from omise_tray.ui.tray import TrayController
from omise_tray.ui.tray_icon import TRAY_SIZES, app_pixmap, status_pixmap
from tests.support.sample_state import INTERVAL, NOW, account, failure, snapshot, state_of


def overview_state() -> AppState:
    """Two THB live shops, THB test, JPY live critical, SGD stale, MYR offline, one bad key."""
    bangkok = account("Bangkok shop", "THB", True)
    chiang_mai = account("Chiang Mai & Co", "THB", True)
    sandbox = account("Sandbox", "THB", False)
    tokyo = account("Tokyo store", "JPY", True)
    singapore = account("Singapore", "SGD", True)
    kuala_lumpur = account("Kuala Lumpur", "MYR", True)
    osaka = account("Osaka pop-up", "JPY", True)
    state = state_of(bangkok, chiang_mai, sandbox, tokyo, singapore, kuala_lumpur, osaka)
    state.apply_snapshot(snapshot(bangkok, total=1_523_450_00, available=1_234_500_00))
    state.apply_snapshot(snapshot(chiang_mai, total=95_000, available=80_000, minutes_ago=3))
    state.apply_snapshot(snapshot(sandbox, total=5_000_000))
    state.apply_snapshot(
        snapshot(tokyo, total=2_150, available=1_500, reserve=10_000, on_hold=2_500)
    )
    state.apply_snapshot(snapshot(singapore, total=12_000_00, available=9_500_00, minutes_ago=42))
    state.apply_snapshot(snapshot(kuala_lumpur, total=3_400_00, minutes_ago=9))
    state.apply_error(failure(kuala_lumpur, ErrorKind.NETWORK, minutes_ago=4))
    state.apply_error(failure(osaka, ErrorKind.AUTH))
    return state


def two_currencies_state() -> AppState:
    shop = account("Bangkok shop", "THB", False)
    store = account("Tokyo store", "JPY", True)
    state = state_of(shop, store)
    state.apply_snapshot(snapshot(shop, total=1_234_500))
    state.apply_snapshot(snapshot(store, total=30_000, available=3_800))
    return state


def fetching_state() -> AppState:
    state = state_of(account("Bangkok shop", "THB", True))
    state.set_busy(True)
    return state


def grab(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def window_shots(out: Path, name: str, state: AppState, sizes: list[tuple[int, int]]) -> None:
    window = MainWindow(state, tray_available=lambda: True, clock=lambda: NOW)
    window.show()
    for width, height in sizes:
        window.resize(width, height)
        QApplication.processEvents()
        grab(window, out / f"window-{name}-{width}x{height}.png")
    window.close()
    window.deleteLater()


def icon_sheet(out: Path) -> None:
    """Every signal at every tray size, on a light and a dark strip, shown 4x with no smoothing."""
    rows = [*list(Signal), None]
    step = max(TRAY_SIZES) + 8
    width = sum(TRAY_SIZES) + 8 * (len(TRAY_SIZES) + 1)
    sheet = QPixmap(width * 2, step * len(rows) + 8)
    sheet.fill(QColor("#FFFFFF"))
    painter = QPainter(sheet)
    painter.fillRect(width, 0, width, sheet.height(), QColor("#2B2B2B"))
    for row, signal in enumerate(rows):
        for half in (0, width):
            x = half + 8
            for size in TRAY_SIZES:
                pixmap = app_pixmap(size) if signal is None else status_pixmap(signal, size)
                painter.drawPixmap(QPoint(x, 8 + row * step), pixmap)
                x += size + 8
    painter.end()
    path = out / "tray-icons.png"
    sheet.scaled(
        sheet.size() * 2,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.FastTransformation,
    ).save(str(path))
    print(path)


def tray_shots(out: Path) -> None:
    state = overview_state()
    tray = TrayController(state, window_toggle=lambda: None, clock=lambda: NOW)
    tray.menu.adjustSize()
    grab(tray.menu, out / "tray-menu.png")
    (out / "tray-tooltip.txt").write_text(
        tray.tooltip(state.groups(), [s for s in state.statuses() if s.snapshot is None], NOW)
        + "\n",
        encoding="utf-8",
    )
    print(out / "tray-tooltip.txt")
    state.set_paused(True)
    two = TrayController(two_currencies_state(), window_toggle=lambda: None, clock=lambda: NOW)
    two.menu.adjustSize()
    grab(two.menu, out / "tray-menu-two-currencies.png")


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in {
        roles.Window: "#2B2B2B",
        roles.WindowText: "#E8E8E8",
        roles.Base: "#353535",
        roles.AlternateBase: "#3C3C3C",
        roles.Text: "#E8E8E8",
        roles.Button: "#3A3A3A",
        roles.ButtonText: "#E8E8E8",
        roles.Mid: "#505050",
        roles.Highlight: "#3D7BE0",
        roles.HighlightedText: "#FFFFFF",
        roles.Link: "#6EA8FF",
        roles.PlaceholderText: "#A0A0A0",
        roles.ToolTipBase: "#353535",
        roles.ToolTipText: "#E8E8E8",
    }.items():
        palette.setColor(role, QColor(colour))
    return palette


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/ui-preview"))
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setStyle(QStyleFactory.create("Fusion"))
    if args.dark:
        app.setPalette(dark_palette())
    suffix = "-dark" if args.dark else ""
    out: Path = args.out
    window_shots(out, "overview" + suffix, overview_state(), [(980, 760), (560, 400), (1400, 700)])
    window_shots(out, "empty" + suffix, AppState(INTERVAL), [(780, 540)])
    window_shots(out, "fetching" + suffix, fetching_state(), [(780, 540)])
    paused = two_currencies_state()
    paused.set_paused(True)
    window_shots(out, "paused" + suffix, paused, [(780, 540)])
    icon_sheet(out)
    tray_shots(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
