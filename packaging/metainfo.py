"""The AppStream metainfo the Linux packages install: resources/linux's file plus the releases.

The `<releases>` element is made from CHANGELOG.md at build time (packaging/changelog.py), so
the version and notes software centres show are the ones the changelog and the package carry.

Usage: python packaging/metainfo.py OUT_FILE
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from changelog import Release, plain_text, read

REPO = Path(__file__).resolve().parent.parent
TEMPLATE = REPO / "resources" / "linux" / "omise-tray.metainfo.xml"


def _paragraph_runs(parent: ET.Element, markdown: str) -> None:
    """Fill an AppStream <p> or <li> with text, and <code> for Markdown's code spans."""
    last: ET.Element | None = None
    for text, is_code in plain_text(markdown):
        if is_code:
            last = ET.SubElement(parent, "code")
            last.text = text
        elif last is None:
            parent.text = (parent.text or "") + text
        else:
            last.tail = (last.tail or "") + text


def release_element(release: Release) -> ET.Element:
    """<release version date><description> with a paragraph and a list per section."""
    element = ET.Element("release", {"version": release.version, "date": release.date.isoformat()})
    description = ET.SubElement(element, "description")
    for section in release.sections:
        ET.SubElement(description, "p").text = f"{section.heading}:"
        bullets = ET.SubElement(description, "ul")
        for item in section.items:
            _paragraph_runs(ET.SubElement(bullets, "li"), item)
    return element


def metainfo(releases: list[Release], template: Path = TEMPLATE) -> bytes:
    """The template's component with a <releases> element listing every release, newest first."""
    tree = ET.parse(template)
    component = tree.getroot()
    if component.find("releases") is not None:
        raise ValueError(f"{template} lists releases itself; CHANGELOG.md is their one source")
    listing = ET.SubElement(component, "releases")
    listing.extend(release_element(release) for release in releases)
    ET.indent(tree, space="  ")
    document: bytes = ET.tostring(component, encoding="utf-8", xml_declaration=True)
    return document + b"\n"


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.splitlines()[-1], file=sys.stderr)
        return 2
    Path(sys.argv[1]).write_bytes(metainfo(read()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
