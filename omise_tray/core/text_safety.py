"""Text from the server or a file, made safe to show in a terminal, a log, a bubble or a label.

Such text could carry terminal escape sequences (colours, a window title, a cleared screen),
a bell, a NUL, a right-to-left override that reverses what follows it, line breaks that forge
extra lines, or ten thousand characters. What it means to a person survives: letters of every
script, punctuation, emoji.
"""

from __future__ import annotations

import re

LONGEST = 200
ELLIPSIS = "…"

# Patterns are plain strings, compiled on first use by re's own cache: compiling them on import
# would cost the window's start (README, Performance).
# Terminal escape sequences, whole: what a terminal would act on must not reach it in pieces.
_ESCAPE_SEQUENCE = r"""(?x)
      (?:\x1b\[|\x9b) [\x30-\x3f]* [\x20-\x2f]* [\x40-\x7e]?      # CSI: colours, cursor, clear
    | (?:\x1b[\]P^_X]|[\x90\x98\x9d\x9e\x9f])                     # OSC (window title), DCS,
      [^\x07\x1b\x9c]* (?:\x07|\x1b\\|\x9c)?                      #   PM, APC, SOS: up to ST/BEL
    | \x1b [\x20-\x2f]* [\x30-\x7e]?                              # any other escape
    """
# Anything that breaks a line, in any convention: becomes a space.
_BREAKS = "\t\n\v\f\r\x1c\x1d\x1e\x1f\x85\u2028\u2029"
# Direction overrides, embeddings and isolates, and the invisible direction marks: they reorder
# or disguise what follows (an invoice name that reads backwards). Letters carry their own
# direction, so nothing readable is lost.
_DIRECTION_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_CONTROLS = "".join(chr(c) for c in (*range(0x20), *range(0x7F, 0xA0)))
_TRANSLATION = {
    **{ord(ch): None for ch in _CONTROLS + _DIRECTION_CONTROLS},
    **{ord(ch): " " for ch in _BREAKS},
}
_LONE_SURROGATE = r"[\ud800-\udfff]"  # JSON can carry them; no encoder takes them
_SPACES = r" {2,}"


def safe_text(text: str, limit: int | None = LONGEST) -> str:
    """One line of `text` without escape sequences, control or direction characters, at most
    `limit` characters (the last an ellipsis when cut); None keeps every character."""
    cleaned = re.sub(_ESCAPE_SEQUENCE, "", text).translate(_TRANSLATION)
    cleaned = re.sub(_SPACES, " ", re.sub(_LONE_SURROGATE, "\ufffd", cleaned)).strip()
    if limit is not None and len(cleaned) > limit:
        cleaned = cleaned[: limit - len(ELLIPSIS)].rstrip() + ELLIPSIS
    return cleaned
