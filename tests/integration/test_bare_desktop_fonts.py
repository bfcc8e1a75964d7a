"""On a desktop whose only fonts are fonts-dejavu-core, the app's self-test finds every Thai
character drawable (the bundled Noto Sans Thai) and names the missing Japanese font with the
notice the app shows. The frozen app's twin is in test_frozen.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from omise_tray.i18n.fonts import JAPANESE_FONT_NOTICE
from tests.support.fonts import dejavu_core_only


def test_from_source_thai_draws_and_japanese_is_said_missing_with_only_dejavu(
    tmp_path: Path,
) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
    env.update(FONTCONFIG_FILE=str(dejavu_core_only(tmp_path)), HOME=str(tmp_path / "home"))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    result = subprocess.run(
        [sys.executable, "-m", "omise_tray", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    thai = next(line for line in lines if "Thai font:" in line)
    assert thai.startswith("ok   Thai font: Noto Sans Thai and the app's font draw all "), thai
    assert "omise_tray_th.ts" in thai
    english_notice = JAPANESE_FONT_NOTICE.splitlines()[0]
    assert f"warn Japanese font: {english_notice}" in lines
