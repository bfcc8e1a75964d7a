"""The wheel (what `pip install .` installs) carries every catalogue compiled by the build."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from omise_tray.i18n.catalogues import TRANSLATIONS_DIR

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

REPO = Path(__file__).resolve().parents[2]
INSIDE = "omise_tray/resources/translations"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(folder), "."],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=540,
        check=False,
    )
    assert result.returncode == 0, f"pip wheel failed:\n{result.stderr[-4000:]}"
    (built,) = folder.glob("omise_tray-*.whl")
    return built


def test_the_wheel_carries_a_compiled_catalogue_for_each_source(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    sources = sorted(path.stem for path in TRANSLATIONS_DIR.glob("*.ts"))
    assert len(sources) >= 4
    assert [stem for stem in sources if f"{INSIDE}/{stem}.qm" not in names] == []
    assert "omise_tray/resources/fonts/NotoSansThai-Regular.ttf" in names
    assert "omise_tray/resources/fonts/OFL.txt" in names


def test_the_wheels_thai_catalogue_translates(qapp: object, wheel: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        compiled = tmp_path / "omise_tray_th.qm"
        compiled.write_bytes(archive.read(f"{INSIDE}/omise_tray_th.qm"))
    translator = QTranslator()
    assert translator.load(str(compiled))
    assert translator.translate("Time", "tomorrow") == "พรุ่งนี้"
