"""The locked sets in requirements/ match pyproject.toml: every requirement of a set is pinned
there within its bounds, every pin carries hashes, and the sets agree on shared pins. A
pyproject.toml edited without running scripts/lock fails here, before an install does."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text())
# Each set: the pyproject extras it holds (scripts/lock).
SETS = {"runtime": (), "build": ("build",), "test": ("build", "test")}
_PIN = re.compile(
    r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>\S+)(?: ; (?P<marker>.+?))? \\$"
)


def pins(lock: str) -> dict[str, tuple[str, str | None, int]]:
    """name -> (version, marker, number of hashes) from a requirements file with hashes."""
    found: dict[str, tuple[str, str | None, int]] = {}
    lines = (REPO / "requirements" / f"{lock}.txt").read_text().splitlines()
    for index, line in enumerate(lines):
        match = _PIN.match(line)
        if match is None:
            continue
        hashes = 0
        for following in lines[index + 1 :]:
            if not following.strip().startswith("--hash=sha256:"):
                break
            hashes += 1
        name = canonicalize_name(match["name"])
        found[name] = (match["version"], match["marker"], hashes)
    return found


def requirements_of(lock: str) -> list[Requirement]:
    project = PYPROJECT["project"]
    listed = [*project["dependencies"], *PYPROJECT["build-system"]["requires"]]
    for extra in SETS[lock]:
        listed += project["optional-dependencies"][extra]
    return [Requirement(text) for text in listed]


@pytest.mark.parametrize("lock", sorted(SETS))
def test_every_requirement_of_the_set_is_pinned_within_its_bounds(lock: str) -> None:
    pinned = pins(lock)
    for requirement in requirements_of(lock):
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{requirement} is not in requirements/{lock}.txt: run scripts/lock"
        version, _marker, _hashes = pinned[name]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"requirements/{lock}.txt pins {name}=={version}, outside {requirement}: "
            "run scripts/lock"
        )


@pytest.mark.parametrize("lock", sorted(SETS))
def test_every_pin_carries_hashes_and_a_valid_marker(lock: str) -> None:
    pinned = pins(lock)
    assert pinned
    for name, (_version, marker, hashes) in pinned.items():
        assert hashes >= 1, f"{name} has no hash in requirements/{lock}.txt"
        if marker:
            Marker(marker)


def test_the_sets_nest_and_agree_on_every_shared_pin() -> None:
    runtime, build, test = pins("runtime"), pins("build"), pins("test")
    for smaller, larger, names in ((runtime, build, "build"), (build, test, "test")):
        for name, (version, _marker, _hashes) in smaller.items():
            assert name in larger, f"{name} is missing from requirements/{names}.txt"
            assert larger[name][0] == version, f"{name} differs in requirements/{names}.txt"


def test_the_qt_binding_stays_below_the_release_that_crashes() -> None:
    version = tuple(int(part) for part in pins("runtime")["pyside6-essentials"][0].split("."))
    assert (6, 8) <= version < (6, 12)


def test_windows_and_macos_only_packages_keep_their_markers() -> None:
    pinned = pins("build")
    assert pinned["pywin32-ctypes"][1] == "sys_platform == 'win32'"
    assert pinned["macholib"][1] == "sys_platform == 'darwin'"
    assert "sys_platform == 'linux'" in (pinned["jeepney"][1] or "")
    assert "sys_platform == 'linux'" in (pinned["secretstorage"][1] or "")
