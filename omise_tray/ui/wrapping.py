"""Long words in narrow places: a break opportunity every few characters of a run without
spaces, so a 200-character server message wraps inside its card instead of widening it."""

from __future__ import annotations

import re
import unicodedata

ZERO_WIDTH_SPACE = "\N{ZERO WIDTH SPACE}"
LONGEST_UNBROKEN = 16

_LONG_RUN = re.compile(rf"\S{{{LONGEST_UNBROKEN + 1},}}")


def _pieces(word: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    while len(word) - start > LONGEST_UNBROKEN:
        end = start + LONGEST_UNBROKEN
        # A combining mark (a Thai vowel or tone mark) stays with the letter it sits on.
        while end < len(word) and unicodedata.category(word[end]).startswith("M"):
            end += 1
        pieces.append(word[start:end])
        start = end
    pieces.append(word[start:])
    return [piece for piece in pieces if piece]


def breakable(text: str) -> str:
    """The text with an invisible break opportunity after every LONGEST_UNBROKEN characters of
    any run without whitespace; shorter words are left exactly as they are."""
    return _LONG_RUN.sub(lambda run: ZERO_WIDTH_SPACE.join(_pieces(run.group())), text)
