"""The releases recorded in CHANGELOG.md, for the AppStream metainfo and the GitHub release.

CHANGELOG.md follows Keep a Changelog: an optional `## [Unreleased]` section, then one
`## [X.Y.Z] - YYYY-MM-DD` section per release, newest first, each made of `### Added`-style
headings over `- ` items. The newest release must carry the package's version
(`omise_tray.__version__`), and a release tag must be `v` and that version.

Usage: python packaging/changelog.py notes [VERSION]   # a release's notes, as Markdown
       python packaging/changelog.py check [TAG]       # version, changelog (and tag) agree
"""

from __future__ import annotations

import argparse
import datetime
import itertools
import re
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHANGELOG = REPO / "CHANGELOG.md"

_RELEASE_HEADING = re.compile(
    r"^## \[(?P<version>\d+\.\d+\.\d+(?:[-.][0-9A-Za-z.]+)?)\] - (?P<date>\d{4}-\d{2}-\d{2})\s*$"
)
_UNRELEASED_HEADING = re.compile(r"^## \[Unreleased\]\s*$", re.IGNORECASE)
_SECTION_HEADING = re.compile(r"^### (?P<heading>\S.*?)\s*$")
_ITEM = re.compile(r"^[-*] (?P<text>.*)$")
_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|\*|__|_)(?P<text>\S(?:.*?\S)?)\1")


class ChangelogError(ValueError):
    """CHANGELOG.md is not laid out as this module expects; the message says where."""


@dataclass(frozen=True)
class Section:
    """One `### Heading` of a release and its items, each item's lines joined."""

    heading: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Release:
    """One `## [X.Y.Z] - date` section."""

    version: str
    date: datetime.date
    sections: tuple[Section, ...]

    def notes(self) -> str:
        """The section's body as Markdown, as the GitHub release shows it."""
        blocks = []
        for section in self.sections:
            items = "\n".join(f"- {item}" for item in section.items)
            blocks.append(f"### {section.heading}\n\n{items}")
        return "\n\n".join(blocks) + "\n"


def _finish(lines: list[tuple[int, str]], where: str) -> tuple[Section, ...]:
    """The sections of one release from its body lines (line number, text)."""
    sections: list[Section] = []
    heading: str | None = None
    items: list[str] = []

    def close() -> None:
        if heading is not None:
            if not items:
                raise ChangelogError(f"{where}: the section '{heading}' lists nothing")
            sections.append(Section(heading, tuple(items)))

    for number, line in lines:
        if not line.strip():
            continue
        section = _SECTION_HEADING.match(line)
        item = _ITEM.match(line)
        if section:
            close()
            heading, items = section["heading"], []
        elif item and heading is not None:
            items.append(item["text"].strip())
        elif line.startswith((" ", "\t")) and items:
            items[-1] = f"{items[-1]} {line.strip()}"
        else:
            raise ChangelogError(
                f"{where}, line {number}: expected '### Heading' or '- item', found {line!r}"
            )
    close()
    if not sections:
        raise ChangelogError(f"{where}: the release has no '### ...' section")
    return tuple(sections)


def parse(text: str, source: str = "CHANGELOG.md") -> list[Release]:
    """The released sections, newest first (the Unreleased section is skipped)."""
    releases: list[Release] = []
    current: tuple[str, datetime.date] | None = None
    body: list[tuple[int, str]] = []

    def close() -> None:
        if current is not None:
            version, date = current
            releases.append(Release(version, date, _finish(body, f"{source}, [{version}]")))

    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("## "):
            close()
            current, body = None, []
            if _UNRELEASED_HEADING.match(line):
                continue
            heading = _RELEASE_HEADING.match(line)
            if heading is None:
                raise ChangelogError(
                    f"{source}, line {number}: a release heading reads "
                    f"'## [X.Y.Z] - YYYY-MM-DD', not {line!r}"
                )
            try:
                date = datetime.date.fromisoformat(heading["date"])
            except ValueError:
                raise ChangelogError(
                    f"{source}, line {number}: {heading['date']} is not a date"
                ) from None
            current = (heading["version"], date)
        elif current is not None:
            body.append((number, line))
    close()
    if not releases:
        raise ChangelogError(f"{source} records no release ('## [X.Y.Z] - YYYY-MM-DD')")
    for newer, older in itertools.pairwise(releases):
        if newer.date < older.date:
            raise ChangelogError(
                f"{source}: [{newer.version}] is dated before [{older.version}]; "
                "list releases newest first"
            )
    return releases


def read(path: Path = CHANGELOG) -> list[Release]:
    return parse(path.read_text(encoding="utf-8"), path.name)


def plain_text(markdown: str) -> list[tuple[str, bool]]:
    """Inline Markdown as runs of (text, is_code): links and emphasis become their text."""
    runs: list[tuple[str, bool]] = []
    for index, part in enumerate(markdown.split("`")):
        if index % 2:
            runs.append((part, True))
        elif part:
            unlinked = _LINK.sub(lambda match: match["text"], part)
            runs.append((_EMPHASIS.sub(lambda match: match["text"], unlinked), False))
    return runs


def agreement_problems(version: str, releases: list[Release], tag: str | None = None) -> list[str]:
    """Sentences naming each way the version, the newest release and the tag disagree."""
    problems = []
    newest = releases[0].version
    if newest != version:
        problems.append(
            f"the package version is {version} but CHANGELOG.md's newest release is "
            f"{newest}: add a '## [{version}] - YYYY-MM-DD' section"
        )
    if tag is not None and tag != f"v{version}":
        problems.append(f"the tag {tag} does not name the package version {version} (v{version})")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    notes = commands.add_parser("notes", help="print a release's notes (default: the newest)")
    notes.add_argument("version", nargs="?")
    check = commands.add_parser("check", help="the version, CHANGELOG.md and a tag agree")
    check.add_argument("tag", nargs="?")
    args = parser.parse_args()
    try:
        releases = read()
    except ChangelogError as error:
        print(f"changelog: {error}", file=sys.stderr)
        return 1
    if args.command == "notes":
        wanted = args.version or releases[0].version
        for release in releases:
            if release.version == wanted:
                sys.stdout.write(release.notes())
                return 0
        print(f"changelog: CHANGELOG.md has no release {wanted}", file=sys.stderr)
        return 1
    sys.path.insert(0, str(REPO))
    from omise_tray import __version__

    problems = agreement_problems(__version__, releases, args.tag)
    for problem in problems:
        print(f"changelog: {problem}", file=sys.stderr)
    if not problems:
        print(__version__)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
