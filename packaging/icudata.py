"""Shrink the ICU data library PySide6 ships (32 MB) to the parts Qt actually reads.

QtCore calls ICU for case mapping, collation (QCollator, localeAwareCompare), calendars and
time-zone names (QTimeZone), and nothing else; no other Qt library links ICU. Break-iterator
dictionaries, transliterators, number spell-out rules, unit/currency/language/region display
names, legacy code pages (Qt decodes UTF-8 and Latin-1 itself) and the Unicode character-name
table are never asked for. This module reads the `icudtNN_dat` symbol out of
libicudata.so.NN, rewrites ICU's common-data table of contents without those items, and
assembles a drop-in libicudata.so.NN with the same soname and symbol.
"""

from __future__ import annotations

import re
import struct
import subprocess
import tempfile
from pathlib import Path

from elf import symbol_bytes

# Items Qt never reads, as prefixes of the name after "icudtNNl/".
DROPPED_PREFIXES = (
    "brkitr/",
    "translit/",
    "rbnf/",
    "unit/",
    "curr/",
    "lang/",
    "region/",
)
DROPPED_SUFFIXES = (".cnv", ".spp", ".cfu")
DROPPED_NAMES = ("unames.icu",)
# Top-level locale bundles (th.res, ja_JP.res, ...) hold date, number and display-name data for
# ICU's own formatters, which Qt does not call; its calendars read supplementalData and its
# collation and zone names live in the coll/ and zone/ trees, which stay.
LOCALE_BUNDLE = re.compile(r"[a-z]{2,3}(?:_[A-Za-z0-9]+)*\.res$")
ALIGNMENT = 16


def _is_dropped(item: str) -> bool:
    name = item.split("/", 1)[1] if "/" in item else item
    return (
        name.startswith(DROPPED_PREFIXES)
        or name.endswith(DROPPED_SUFFIXES)
        or name in DROPPED_NAMES
        or LOCALE_BUNDLE.fullmatch(name) is not None
    )


def filter_common_data(data: bytes) -> tuple[bytes, int, int]:
    """ICU common data ("CmnD") with the dropped items left out: (data, kept, dropped)."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD":
        raise ValueError("not ICU common data")
    (count,) = struct.unpack_from("<I", data, header_size)
    toc = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    names = []
    for name_offset, _ in toc:
        start = header_size + name_offset
        names.append(data[start : data.index(b"\0", start)].decode("ascii"))
    bounds = [data_offset for _, data_offset in toc] + [len(data) - header_size]
    items = [
        (name, data[header_size + bounds[i] : header_size + bounds[i + 1]])
        for i, name in enumerate(names)
    ]
    kept = [(name, body) for name, body in items if not _is_dropped(name)]
    name_block = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    toc_size = 4 + 8 * len(kept)
    first_item = _align(toc_size + len(name_block))
    entries = []
    bodies = b""
    name_at = toc_size
    for name, body in kept:
        entries.append(struct.pack("<II", name_at, first_item + len(bodies)))
        name_at += len(name.encode("ascii")) + 1
        bodies += body + b"\0" * (_align(len(body)) - len(body))
    table = struct.pack("<I", len(kept)) + b"".join(entries) + name_block
    table += b"\0" * (first_item - len(table))
    return data[:header_size] + table + bodies, len(kept), len(items) - len(kept)


def _align(size: int) -> int:
    return (size + ALIGNMENT - 1) // ALIGNMENT * ALIGNMENT


def build_library(data: bytes, soname: str, symbol: str, out: Path) -> None:
    """Assemble a shared library that exports `symbol` holding `data`, as ICU's build does."""
    with tempfile.TemporaryDirectory(prefix="icudata-") as tmp:
        blob = Path(tmp) / "icudata.dat"
        blob.write_bytes(data)
        source = Path(tmp) / "icudata.S"
        source.write_text(
            "\n".join(
                (
                    '.section .rodata,"a"',
                    f".globl {symbol}",
                    f".type {symbol}, @object",
                    f".balign {ALIGNMENT}",
                    f"{symbol}:",
                    f'.incbin "{blob}"',
                    f".size {symbol}, . - {symbol}",
                    '.section .note.GNU-stack,"",@progbits',
                    "",
                )
            )
        )
        command = ["cc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(out)]
        try:
            subprocess.run([*command, str(source)], check=True)
        except FileNotFoundError as exc:
            raise SystemExit(
                "Trimming ICU data needs a C compiler (cc); install gcc (apt install gcc)."
            ) from exc


def trimmed_icu_library(library: Path, out_dir: Path) -> Path:
    """A smaller copy of `library` (libicudata.so.NN) in `out_dir`, and what it left out."""
    match = re.match(r"libicudata\.so\.(\d+)$", library.name)
    if match is None:
        raise ValueError(f"{library} is not an ICU data library")
    symbol = f"icudt{match[1]}_dat"
    original = symbol_bytes(library, symbol)
    data, kept, dropped = filter_common_data(original)
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / library.name
    build_library(data, library.name, symbol, out)
    print(
        f"icudata: {library.name} {len(original) / 1e6:.1f} MB -> "
        f"{len(data) / 1e6:.1f} MB ({kept} items kept, {dropped} left out)"
    )
    return out


def swap_in(binaries: list[tuple[str, str, str]], work: Path) -> list[tuple[str, str, str]]:
    """The TOC with each collected ICU data library replaced by its trimmed copy."""
    swapped = []
    for dest, source, kind in binaries:
        if kind != "SYMLINK" and re.match(r"libicudata\.so\.\d+$", Path(dest).name):
            swapped.append((dest, str(trimmed_icu_library(Path(source), work)), kind))
        else:
            swapped.append((dest, source, kind))
    return swapped
