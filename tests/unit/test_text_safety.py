"""Text from the server or a file reaches a terminal, log, bubble or label as one safe line."""

from __future__ import annotations

import unicodedata

import pytest

from omise_tray.core.text_safety import LONGEST, safe_text

DIRECTION_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
HOSTILE = [
    ("\x1b[1;31mRed alert\x1b[0m shop", "Red alert shop"),
    ("Shop\x1b]0;You have been owned\x07 name", "Shop name"),
    ("Shop\x1b]2;title\x1b\\ name", "Shop name"),
    ("\x1b[2J\x1b[HCleared", "Cleared"),
    ("\x9b31mC1 colour", "C1 colour"),
    ("\x1bcReset the terminal", "Reset the terminal"),
    ("Ding\x07\x07", "Ding"),
    ("evil\u202egpj.exe", "evilgpj.exe"),
    ("\u2066isolated\u2069 \u200fmark", "isolated mark"),
    ("N\x00U\x00L", "NUL"),
    ("one\ntwo\r\nthree\u2028four", "one two three four"),
    ("tab\tand\x0bvertical", "tab and vertical"),
    ("lone \ud800 surrogate", "lone \ufffd surrogate"),
    ("  spaced   out  ", "spaced out"),
]
READABLE = [
    "ร้านกาแฟ บางกอก",
    "東京ストア",
    "Café — €5 · ฿100",
    "👩‍💻 🇹🇭",
    "shop@example.com",
    "مرحبا",  # right-to-left letters carry their own direction
]


@pytest.mark.parametrize(("hostile", "shown"), HOSTILE, ids=[h[1] for h in HOSTILE])
def test_control_characters_escapes_and_direction_overrides_are_removed(
    hostile: str, shown: str
) -> None:
    assert safe_text(hostile) == shown


@pytest.mark.parametrize("text", READABLE)
def test_readable_text_of_every_script_is_kept_as_it_is(text: str) -> None:
    assert safe_text(text) == text


def test_ten_thousand_characters_are_cut_to_one_line_with_an_ellipsis() -> None:
    shown = safe_text("ก" * 10_000)
    assert len(shown) == LONGEST == 200
    assert shown == "ก" * 199 + "…"


def test_a_limit_of_none_keeps_every_character_but_still_cleans() -> None:
    assert safe_text("a\x1b[31m" + "b" * 500, limit=None) == "a" + "b" * 500


@pytest.mark.parametrize("block", [range(0x0, 0x250), range(0x2000, 0x2070), range(0xD800, 0xD810)])
def test_no_character_a_terminal_acts_on_comes_out(block: range) -> None:
    for code in block:
        shown = safe_text(f"a{chr(code)}b", limit=None)
        categories = {unicodedata.category(ch) for ch in shown}
        assert not categories & {"Cc", "Cs", "Zl", "Zp"}, hex(code)
        assert not set(shown) & set(DIRECTION_CONTROLS), hex(code)


@pytest.mark.parametrize(
    "introducer", ["\x1b]", "\x1bP", "\x1b_", "\x1b^", "\x1bX", "\x9d", "\x90"]
)
@pytest.mark.parametrize("terminator", ["\x07", "\x1b\\", "\x9c"])
def test_a_title_or_other_string_sequence_goes_whole_up_to_its_terminator(
    introducer: str, terminator: str
) -> None:
    assert safe_text(f"before {introducer}0;a title{terminator}after") == "before after"


@pytest.mark.parametrize("final", ["m", "J", "H", "t", "~"])
def test_a_control_sequence_goes_whole_up_to_its_final_byte(final: str) -> None:
    assert safe_text(f"before \x1b[1;31{final}after") == "before after"
    assert safe_text(f"before \x9b?25{final}after") == "before after"
