"""The app follows the desktop's colour scheme: on a desktop that prefers dark (as xdg-desktop-
portal says it, read by Qt's platform theme) the demo window is dark with light text, on one
that prefers light it is light with dark text; read from the pixels of the real window."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from omise_tray.ui.theme import TEXT_CONTRAST, contrast, luminance
from tests.support.desktop import DesktopStack, missing_programs

pytestmark = pytest.mark.desktop


def window_image(scheme: str, home: Path) -> QImage:
    """The demo's main window on a desktop with the given colour scheme, as it is on screen."""
    with DesktopStack(colour_scheme=scheme) as stack:
        env = {
            **os.environ,
            **stack.env,
            **{
                f"XDG_{n}_HOME": str(home / n.lower()) for n in ("CONFIG", "DATA", "STATE", "CACHE")
            },
            "LANGUAGE": "en",
        }
        env.pop("QT_QPA_PLATFORM", None)
        app = subprocess.Popen(
            [sys.executable, "-m", "omise_tray", "--demo"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            window = ""
            deadline = time.monotonic() + 60
            while not window and time.monotonic() < deadline:
                found = subprocess.run(
                    ["xdotool", "search", "--onlyvisible", "--name", "^Omise Tray$"],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                window = found.stdout.split()[0] if found.stdout.split() else ""
                time.sleep(0.3)
            assert window, "the main window did not appear"
            time.sleep(3)  # the first balances
            shot = home / f"{scheme}.png"
            subprocess.run(["import", "-window", window, str(shot)], env=env, check=True)
        finally:
            app.terminate()
            app.wait(20)
    image = QImage(str(shot))
    assert not image.isNull()
    return image


@pytest.fixture(scope="module")
def needs_desktop() -> Iterator[None]:
    missing = missing_programs()
    if missing:
        message = "the desktop stack needs " + ", ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    yield


def headline_ink(image: QImage, background: QColor) -> float:
    """The strongest contrast in the headline's area (the verdict beside the status icon)."""
    best = 1.0
    for y in range(12, 36):
        for x in range(60, 260):
            best = max(best, contrast(image.pixelColor(x, y), background))
    return best


@pytest.mark.parametrize(("scheme", "dark"), [("dark", True), ("light", False)])
def test_the_window_follows_the_desktops_colour_scheme(
    needs_desktop: None, tmp_path: Path, scheme: str, dark: bool
) -> None:
    image = window_image(scheme, tmp_path)
    background = image.pixelColor(4, 4)
    if dark:
        assert luminance(background) < 0.1
    else:
        assert luminance(background) > 0.7
    assert headline_ink(image, background) >= TEXT_CONTRAST
