"""Just enough of the ELF format (64-bit, little-endian) to read a library's needs and data."""

from __future__ import annotations

import struct
from pathlib import Path

SHT_DYNAMIC = 6
SHT_DYNSYM = 11
DT_NEEDED = 1

Section = tuple[int, int, int, int, int, int, int, int, int, int]


def _sections(elf: bytes, where: Path) -> list[Section]:
    if elf[:6] != b"\x7fELF\x02\x01":
        raise ValueError(f"{where} is not a 64-bit little-endian ELF file")
    (offset,) = struct.unpack_from("<Q", elf, 0x28)
    entry_size, count = struct.unpack_from("<HH", elf, 0x3A)
    return [
        struct.unpack_from("<IIQQQQIIQQ", elf, offset + index * entry_size)
        for index in range(count)
    ]


def _string(elf: bytes, table: Section, at: int) -> str:
    start = table[4] + at
    return elf[start : elf.index(b"\0", start)].decode()


def needed(library: Path) -> list[str]:
    """The sonames a binary links directly (its DT_NEEDED entries)."""
    elf = library.read_bytes()
    sections = _sections(elf, library)
    names = []
    for section in sections:
        if section[1] != SHT_DYNAMIC:
            continue
        offset, size, link = section[4], section[5], section[6]
        for start in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", elf, start)
            if tag == DT_NEEDED:
                names.append(_string(elf, sections[link], value))
    return names


def symbol_bytes(library: Path, symbol: str) -> bytes:
    """The bytes of one exported data symbol."""
    elf = library.read_bytes()
    sections = _sections(elf, library)
    for section in sections:
        if section[1] != SHT_DYNSYM:
            continue
        offset, size, link, entry_size = section[4], section[5], section[6], section[9]
        for start in range(offset, offset + size, entry_size):
            name_at, _info, _other, index, value, length = struct.unpack_from("<IBBHQQ", elf, start)
            if _string(elf, sections[link], name_at) != symbol:
                continue
            home = sections[index]
            file_offset = home[4] + (value - home[3])
            return elf[file_offset : file_offset + length]
    raise ValueError(f"{library} has no symbol {symbol}")


SHT_GNU_VERNEED = 0x6FFFFFFE


def version_needs(binary: Path) -> dict[str, set[str]]:
    """The symbol versions a binary asks of each library it links, e.g. libc.so.6: GLIBC_2.34."""
    elf = binary.read_bytes()
    sections = _sections(elf, binary)
    needs: dict[str, set[str]] = {}
    for section in sections:
        if section[1] != SHT_GNU_VERNEED:
            continue
        strings = sections[section[6]]
        entry = section[4]
        while True:
            _version, count, file_at, aux_at, next_at = struct.unpack_from("<HHIII", elf, entry)
            names = needs.setdefault(_string(elf, strings, file_at), set())
            aux = entry + aux_at
            for _ in range(count):
                _hash, _flags, _other, name_at, aux_next = struct.unpack_from("<IHHII", elf, aux)
                names.add(_string(elf, strings, name_at))
                aux += aux_next
            if not next_at:
                break
            entry += next_at
    return needs
