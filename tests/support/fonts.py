"""A fontconfig that sees only fonts-dejavu-core: the bare Linux desktop of issue 12."""

from __future__ import annotations

from pathlib import Path

DEJAVU_FOLDER = Path("/usr/share/fonts/truetype/dejavu")
# The six files of Debian's fonts-dejavu-core; -extra and other fonts share the folder.
DEJAVU_CORE = tuple(
    f"DejaVu{family}{style}.ttf"
    for family in ("Sans", "SansMono", "Serif")
    for style in ("", "-Bold")
)


def dejavu_core_only(folder: Path) -> Path:
    """Write a fontconfig file under folder listing only DejaVu core; its path, for
    FONTCONFIG_FILE. The system's rules (/etc/fonts/conf.d) still apply, as on any desktop."""
    fonts = folder / "fonts"
    fonts.mkdir(parents=True)
    for name in DEJAVU_CORE:
        source = DEJAVU_FOLDER / name
        assert source.is_file(), (
            f"{source} is missing: scripts/bootstrap installs fonts-dejavu-core"
        )
        (fonts / name).symlink_to(source)
    config = folder / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n'
        '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        "<fontconfig>\n"
        f"  <dir>{fonts}</dir>\n"
        f"  <cachedir>{folder / 'cache'}</cachedir>\n"
        '  <include ignore_missing="yes">/etc/fonts/conf.d</include>\n'
        "</fontconfig>\n",
        encoding="utf-8",
    )
    return config
