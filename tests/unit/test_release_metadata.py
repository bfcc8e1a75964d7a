"""One version everywhere: the package's version is CHANGELOG.md's newest release, the AppStream
release the Linux packages carry, the tag a release is cut from, and what the Windows
installer and the macOS bundle are stamped with; and the changelog reads as its format says."""

from __future__ import annotations

import datetime
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from omise_tray import __version__

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import changelog  # noqa: E402  (packaging/changelog.py)
import metainfo  # noqa: E402  (packaging/metainfo.py)

GOOD = """\
# Changelog

## [Unreleased]

- not released yet

## [1.2.0] - 2026-12-01

### Added

- A `balance --json` switch, see [the docs](docs/x.md) for
  **all** of it.

### Fixed

- The tray icon.

## [1.1.0] - 2026-11-02

### Changed

- Something.
"""


def test_changelog_newest_release_is_the_package_version() -> None:
    releases = changelog.read()
    assert releases[0].version == __version__
    assert changelog.agreement_problems(__version__, releases) == []


def test_metainfo_lists_every_release_newest_first_with_the_package_version_on_top() -> None:
    document = ET.fromstring(metainfo.metainfo(changelog.read()))
    released = document.findall("releases/release")
    assert released[0].get("version") == __version__
    assert released[0].get("date") == changelog.read()[0].date.isoformat()
    assert [r.get("version") for r in released] == [r.version for r in changelog.read()]
    assert document.findtext("id") == "co.omise.OmiseTray"


def test_metainfo_template_leaves_the_releases_to_the_changelog() -> None:
    assert ET.parse(metainfo.TEMPLATE).getroot().find("releases") is None


def test_windows_installer_takes_its_version_from_the_build_command() -> None:
    script = (REPO / "packaging" / "windows" / "omise-tray.iss").read_text()
    assert "#ifndef MyAppVersion" in script
    assert "AppVersion={#MyAppVersion}" in script
    assert "OutputBaseFilename=omise-tray-{#MyAppVersion}-windows-x64-setup" in script
    assert re.search(r"\d+\.\d+\.\d+", script.split("[Setup]", 1)[1].split("[Tasks]")[0]) is None
    build = (REPO / "packaging" / "build.py").read_text()
    assert 'f"/DMyAppVersion={__version__}"' in build


def test_macos_bundle_is_stamped_with_the_package_version() -> None:
    spec = (REPO / "packaging" / "omise_tray.spec").read_text()
    assert '"CFBundleShortVersionString": __version__' in spec
    assert '"CFBundleVersion": __version__' in spec


@pytest.mark.parametrize(
    ("tag", "agrees"),
    [(f"v{__version__}", True), (__version__, False), ("v0.0.0-not-this", False)],
)
def test_a_release_tag_must_be_v_and_the_package_version(tag: str, agrees: bool) -> None:
    problems = changelog.agreement_problems(__version__, changelog.read(), tag)
    assert (problems == []) is agrees


def test_a_version_missing_from_the_changelog_is_named() -> None:
    problems = changelog.agreement_problems("9.9.9", changelog.parse(GOOD))
    assert problems == [
        "the package version is 9.9.9 but CHANGELOG.md's newest release is 1.2.0: "
        "add a '## [9.9.9] - YYYY-MM-DD' section"
    ]


def test_changelog_skips_unreleased_and_joins_wrapped_items() -> None:
    releases = changelog.parse(GOOD)
    assert [(r.version, r.date) for r in releases] == [
        ("1.2.0", datetime.date(2026, 12, 1)),
        ("1.1.0", datetime.date(2026, 11, 2)),
    ]
    added, fixed = releases[0].sections
    assert added == changelog.Section(
        "Added",
        ("A `balance --json` switch, see [the docs](docs/x.md) for **all** of it.",),
    )
    assert fixed.heading == "Fixed"
    assert releases[0].notes().startswith("### Added\n\n- A `balance --json` switch")


def test_release_notes_in_appstream_keep_code_and_drop_markdown_links_and_emphasis() -> None:
    element = metainfo.release_element(changelog.parse(GOOD)[0])
    item = element.find("description/ul/li")
    assert item is not None
    assert ET.tostring(item, encoding="unicode") == (
        "<li>A <code>balance --json</code> switch, see the docs for all of it.</li>"
    )
    assert [p.text for p in element.findall("description/p")] == ["Added:", "Fixed:"]


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("## 1.0.0 - 2026-01-01\n### Added\n- x\n", "a release heading reads"),
        ("## [1.0.0] - 2026-02-30\n### Added\n- x\n", "is not a date"),
        ("## [1.0.0] - 2026-01-01\n- x\n", "expected '### Heading' or '- item'"),
        ("## [1.0.0] - 2026-01-01\n### Added\n", "lists nothing"),
        ("## [1.0.0] - 2026-01-01\n", "has no '### ...' section"),
        ("## [Unreleased]\n### Added\n- x\n", "records no release"),
        (
            "## [1.1.0] - 2026-01-01\n### Added\n- x\n## [1.0.0] - 2026-02-01\n### Added\n- y\n",
            "list releases newest first",
        ),
    ],
)
def test_a_malformed_changelog_is_refused_with_a_sentence(text: str, complaint: str) -> None:
    with pytest.raises(changelog.ChangelogError, match=re.escape(complaint)):
        changelog.parse(text)
